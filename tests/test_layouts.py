"""The layout family (tests/layouts/family.py): every spec drawn many ways must convert to its
expected rows, with nothing left unaccounted.

Each member is a spec (the sample, the variants, and tests/layouts/specs/: header words in
data rows, cells without bullets) drawn on another page size, orientation, font and size, with
other column widths and table styles (ruled, borderless, a rule under the header only, zebra
shading), rows split at the page foot or moved whole, headings at the top of a page, a
"(suite)" row that starts at a page foot; some are saved by LibreOffice from Word instead,
a few are looks once drawn at random that showed a bug (family.FOUND), and some come from
other producers (tests/layouts/producers.py): printed from HTML by Chromium, re-distilled by
Ghostscript, stored turned with /Rotate, the Word file saved again by LibreOffice as .docx or
.odt. A member whose program or font is missing skips, naming the Debian package to install.
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
    steps = [step for m in MEMBERS for step in m.producer]
    chrome = [s for s in steps if s[0] == "chromium"]
    assert {(s[1], s[2]) for s in chrome} == {(p, o) for p in ("letter", "A4", "legal") for o in (True, False)}
    assert {s[4] for s in chrome} == {s[5] for s in chrome} == {True, False}
    assert {s[1] for s in steps if s[0] == "rotate"} == {90, 180, 270}
    assert any(s[0] == "rotate" and any(s[2]) for s in steps)
    assert {s[1] for s in steps if s[0] == "resave"} == {"docx", "odt"}
    assert any(s[0] == "gs" for s in steps)
    assert len([m for m in MEMBERS if m.producer]) >= 40
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
    reason = family.missing(member)
    if reason:
        pytest.skip(reason)
    try:
        outcome = family.run(member, family_dir)
    except family.producers.Unusable as exc:
        pytest.skip(str(exc))
    assert outcome.status == "ok"
    assert outcome.overall >= 0.99, "\n".join([f"score {outcome.overall:.3f}"] + outcome.problems[:20])
    if outcome.unaccounted is not None:
        assert outcome.unaccounted == 0
