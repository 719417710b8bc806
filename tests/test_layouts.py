"""The layout family (tests/layouts/family.py): every spec drawn many ways must convert to its
expected rows, with nothing left unaccounted.

Each member is a spec (the sample, the variants, and tests/layouts/specs/: header words in
data rows, cells without bullets) drawn on another page size, orientation, font and size, with
other column widths and table styles (ruled, borderless, a rule under the header only, zebra
shading), rows split at the page foot or moved whole, headings at the top of a page, a
"(suite)" row that starts at a page foot; some are saved by LibreOffice from Word instead,
and a few are looks once drawn at random that showed a bug (family.FOUND).
A member passes at a score of 0.99 (tests/scoring.py) with 0 characters unaccounted.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from layouts import family
from scoring import score

pytestmark = pytest.mark.layouts
MEMBERS = family.members()


@pytest.fixture(scope="session")
def family_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("layouts")


def test_the_family_covers_the_layouts():
    looks = [m.look for m in MEMBERS if m.look is not None]
    assert len(MEMBERS) >= 40
    assert {lk.page for lk in looks} == {"letter", "A4", "legal"}
    assert {lk.landscape for lk in looks} == {True, False}
    assert {lk.font for lk in looks} == {"Helvetica", "Times", "DejaVu"}
    assert len({lk.size for lk in looks}) >= 3
    assert {lk.style for lk in looks} == {"ruled", "borderless", "header_rule", "zebra"}
    assert {lk.split_rows for lk in looks} == {True, False}
    assert any(lk.heading_new_page for lk in looks) and any(lk.suite == "foot" for lk in looks)
    assert any(m.office for m in MEMBERS)
    specs = {m.spec for m in MEMBERS}
    assert {"bilan-2006-2008", "bilan-mots-entete", "bilan-sans-puces"} <= specs


def test_the_scorer_sees_a_lost_action_and_a_lost_item():
    actions, items = family.expected("bilan-2006-2008")
    assert score(actions, items, actions, items).overall == 1.0
    fewer = [a for a in actions if a["action_id"] != "A002"]
    assert score(actions, items, fewer, [i for i in items if i["action_id"] != "A002"]).overall < 0.99
    assert score(actions, items, actions, items[1:]).items_f1 < 1.0


@pytest.mark.parametrize("member", MEMBERS, ids=[m.name for m in MEMBERS])
def test_member_converts_to_its_expected_rows(member: family.Member, family_dir: Path):
    if member.office and not family.office_available():
        pytest.skip("LibreOffice (soffice) is not installed: apt-get install libreoffice-writer")
    outcome = family.run(member, family_dir)
    assert outcome.status == "ok"
    assert outcome.overall >= 0.99, "\n".join([f"score {outcome.overall:.3f}"] + outcome.problems[:20])
    if outcome.unaccounted is not None:
        assert outcome.unaccounted == 0
