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

The shape axis (tests/layouts/shapes.py): bilans in other table shapes (status columns, title
rows, plan numbers, one follow-up column per year) drawn by reportlab, saved from Word as PDF,
and as the Word file itself; a shape member must also report its spec's `expect_anomalies`.
The few members the readers still get wrong are listed in KNOWN with the reason (strict xfail).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from layouts import family, shapes
from scoring import score

pytestmark = pytest.mark.layouts
MEMBERS = family.members()
SHAPE_MEMBERS = [m for m in MEMBERS if shapes.is_shape(m)]
# Members the readers still get wrong, each for a stated reason (strict: a fix shows up).
KNOWN: dict[str, str] = {}
_OUTCOMES: dict[str, family.Outcome] = {}  # a member converted once for both of its tests


def _outcome(member: family.Member, folder: Path) -> family.Outcome:
    reason = family.missing(member)
    if reason:
        pytest.skip(reason)
    if member.name not in _OUTCOMES:
        try:
            _OUTCOMES[member.name] = family.run(member, folder)
        except family.producers.Unusable as exc:
            pytest.skip(str(exc))
    return _OUTCOMES[member.name]


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


def test_the_shape_axis_covers_the_shapes():
    assert len(SHAPE_MEMBERS) >= 40
    assert {m.spec for m in SHAPE_MEMBERS} == set(shapes.SHAPES)
    for name in shapes.SHAPES:
        own = [m for m in SHAPE_MEMBERS if m.spec == name]
        assert {m.look.style for m in own if m.look} == {"ruled", "borderless", "header_rule", "zebra"}, name
        assert any(m.office and not m.docx for m in own) and any(m.docx for m in own), name
    fonts = {m.office[2] for m in SHAPE_MEMBERS if m.office}
    assert fonts <= {"Liberation Sans", "Liberation Serif", "DejaVu Sans"}
    assert any(m.look and m.look.title_foot for m in SHAPE_MEMBERS)
    assert any(m.look and m.look.cut_row for m in SHAPE_MEMBERS)
    assert any(m.title_foot for m in SHAPE_MEMBERS if m.office)
    again = shapes.random_members(3, 12)
    assert [m.name for m in again] == [m.name for m in shapes.random_members(3, 12)] and len(again) == 12


@pytest.mark.parametrize("member", [pytest.param(m, marks=pytest.mark.xfail(reason=KNOWN[m.name], strict=True))
                                    if m.name in KNOWN else m for m in MEMBERS],
                         ids=[m.name for m in MEMBERS])
def test_member_converts_to_its_expected_rows(member: family.Member, family_dir: Path):
    outcome = _outcome(member, family_dir)
    assert outcome.status == "ok"
    assert outcome.overall >= 0.99, "\n".join([f"score {outcome.overall:.3f}"] + outcome.problems[:20])
    if outcome.unaccounted is not None:
        assert outcome.unaccounted == 0


@pytest.mark.parametrize("member", SHAPE_MEMBERS, ids=[m.name for m in SHAPE_MEMBERS])
def test_shape_member_reports_its_expected_anomalies(member: family.Member, family_dir: Path):
    outcome = _outcome(member, family_dir)
    assert outcome.status == "ok"
    assert not outcome.anomalies, "\n".join(outcome.anomalies)


# Members of each producer, among them every one on which the two PDF engines once gave
# different datasets (Chromium: spaces drawn as text objects of their own, kerned; Carlito's
# "ti" and DejaVu's "ff" ligatures; Ghostscript: ligatures mapped with swapped bytes; LibreOffice:
# a glyph mapped to "ff"): the two engines must give the same dataset bytes.
ENGINE_MEMBERS = [
    "bilan-2006-2008~rl03", "bilan-2006-2008~random11-00",
    "bilan-2006-2008~lo-A4-port-LiberationSerif-ruled",
    "bilan-outaouais-2010~lo-legal-land-DejaVuSans-borderless",
    "plan-numeros-colonne-2017-2018~shape-lo-letter-port-DejaVuSans-ruled",
    "bilan-2006-2008~chr-legal-port-LiberationSerif-head-ruled",
    "bilan-mauricie-2010-2011~chr-letter-land-Carlito-nohead-borderless",
    "bilan-bas-saint-laurent-2009-2010~chr-letter-land-DejaVuSans-head-ruled",
    "bilan-saguenay-2010-2011~chr-A4-land-LiberationSans-head-ruled",
    "bilan-mots-entete~lo-letter-land-Carlito-ruled+gs",
    "bilan-bas-saint-laurent-2009-2010~lo-A4-port-LiberationSerif-borderless+gs",
    "bilan-outaouais-2010~chr-legal-land-LiberationSans-nohead-ruled+gs",
]


def _dataset(pdf: Path, engine: str, folder: Path) -> dict[str, bytes]:
    from bilan.api import convert

    if not (folder / "actions.csv").exists():
        convert([pdf], pdf_engine=engine).write(folder, formats=("csv",))
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.csv"))}


@pytest.mark.parametrize("name", ENGINE_MEMBERS)
def test_both_pdf_engines_give_the_same_dataset(name: str, family_dir: Path):
    from bilan.extract.pdf.chars_pdfium import DEFAULT_ENGINE

    (member,) = [m for m in MEMBERS if m.name == name]
    reason = family.missing(member)
    if reason:
        pytest.skip(reason)
    pdf = family_dir / "pdf" / f"{name}.pdf"  # drawn already when its member test ran
    if not pdf.exists():
        try:
            family.draw(member, family_dir / "pdf")
        except family.producers.Unusable as exc:
            pytest.skip(str(exc))
    outputs = {}
    for engine in ("pdfminer", "pdfium"):  # the default engine's run may be the member test's
        folder = family_dir / "out" / name if engine == DEFAULT_ENGINE else family_dir / engine / name
        outputs[engine] = _dataset(pdf, engine, folder)
    assert outputs["pdfminer"]["actions.csv"].count(b"\n") > 2
    assert outputs["pdfium"] == outputs["pdfminer"]
