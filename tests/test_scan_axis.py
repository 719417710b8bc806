"""The scan axis of the layout family (tests/layouts/scan_axis.py): members printed and scanned
back (300 or 200 dpi, black and white or greyscale, JPEG or lossless, tilted, specked, blurred,
fed sideways or upside down), read by OCR, scored against the spec like every member.

By default a few scanned members run, one per thing the OCR must get right (a dash bullet
Tesseract leaves out, a cross bullet read as X, a header row on a grey band, a header word
broken at its cell's edge, a sheet turned a quarter, a ruled header row of one line, rows on
shaded bands photocopied); `make test-scans` (-m scans) runs all 40,
those still read wrong listed in KNOWN with what differs (xfail).
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from layouts import family, scan_axis
from layouts.scan_axis import ScanLook, ScanMember

MEMBERS = scan_axis.members()
# Measured below 0.97 (score, and the first difference from the spec), not yet read right:
# none at present ("le 19 septembre" for "le 10 septembre", the last one, is now told by the
# holes of the "0").
KNOWN: dict[str, str] = {}


def _by_base(name: str) -> scan_axis.family.Member:
    return next(m for m in scan_axis._pdf_members() if m.name == name)


# one member per case, under a look other than the one that showed it
CASES = {
    "dash bullets left out, borderless": ("bilan-mauricie-2010-2011~rl03", ScanLook(grey=True, jpeg=False, tilt=0.4)),
    "cross bullets read as X": ("bilan-outaouais-2010~rl12", ScanLook(dpi=200, grey=True, tilt=-2.0, blur=0.8)),
    "header row on a grey band": ("plan-objectifs-en-titres-2016~shape-rl03", ScanLook(grey=True, tilt=2.0, blur=0.8)),
    "header word broken at its edge": ("plan-numeros-dans-action-2014-2015~shape-rl09", ScanLook(tilt=-1.2)),
    "a sheet fed sideways": ("bilan-sans-puces~rl10", ScanLook(dpi=200, tilt=1.0, turn=90)),
    "shaded rows and narrow columns, upside down": ("plan-deux-suivis-statut-2016-2018~shapes7-10-rl",
                                                    ScanLook(grey=True, jpeg=False, blur=0.6, turn=180)),
    "numbered actions, words run together": ("plan-titres-statut-numeros-2018-2019~shape-rl11",
                                             ScanLook(grey=True, tilt=1.0)),
    "a ruled header row of one line": ("plan-axes-objectifs-2017-2018~shape-lo-letter-land-LiberationSans-ruled",
                                       ScanLook(dpi=200, grey=True, tilt=0.6)),
    "header and rows on shaded bands, photocopied": ("bilan-2006-2008~rl03",
                                                     ScanLook(dpi=200, grey=True, jpeg=True, tilt=-1.8)),
    "ones misread in numbers and square bullets, blurred black and white": (
        "bilan-mauricie-2010-2011~rl04", ScanLook(dpi=200, tilt=-1.2, blur=0.9)),
}


def test_the_axis_covers_every_option():
    looks = [m.look for m in MEMBERS]
    assert len(MEMBERS) >= 40
    assert {lk.dpi for lk in looks} == {200, 300}
    assert {(lk.grey, lk.jpeg) for lk in looks} >= {(False, True), (True, True), (True, False)}
    assert {lk.turn for lk in looks} == {0, 90, 180, 270}
    assert max(abs(lk.tilt) for lk in looks) == 3.0 and any(lk.tilt < 0 for lk in looks)
    assert any(lk.speckle for lk in looks) and any(lk.blur for lk in looks)
    specs = {m.spec for m in MEMBERS}
    assert len(specs) >= 10 and any(scan_axis.shapes.is_shape(m.base) for m in MEMBERS)
    bullets = {item.get("bullet") for spec in specs for item in _items(spec)}
    assert {"-", "•", "o", "▪", "–", "✕", None} <= bullets


def test_random_looks_are_reproducible_and_varied():
    first, again = scan_axis.random_members(7, 12), scan_axis.random_members(7, 12)
    assert [m.name for m in first] == [m.name for m in again]
    assert len({m.look for m in first}) >= 10 and len({m.base.spec for m in first}) >= 4
    rng = random.Random(1)
    assert all(abs(scan_axis.random_look(rng).tilt) <= 3 for _ in range(200))


def _items(spec: str) -> list[dict]:
    from layouts import family

    data = family.spec(spec)
    return [item for section in data["sections"] for table in section["tables"] for row in table["rows"]
            for key, value in row.items() if isinstance(value, list) for item in value if isinstance(item, dict)]


@pytest.fixture(scope="session")
def scans_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("scan-axis")


def _check(member: ScanMember, folder: Path) -> None:
    reason = scan_axis.missing(member)
    if reason:
        pytest.skip(reason)
    outcome = scan_axis.run(member, folder)
    assert outcome.status == "ok", outcome.problems[:5]
    assert outcome.overall >= scan_axis.THRESHOLD, outcome.problems[:10]
    assert outcome.unaccounted == 0


@pytest.mark.slow
@pytest.mark.parametrize("case", list(CASES))
def test_a_scanned_member_reads_as_printed(case: str, scans_dir: Path):
    base, look = CASES[case]
    _check(ScanMember(_by_base(base), look), scans_dir)


@pytest.mark.scans
@pytest.mark.parametrize("member", [
    pytest.param(m, marks=pytest.mark.xfail(reason=KNOWN[m.name])) if m.name in KNOWN else m
    for m in MEMBERS], ids=lambda m: m.name)
def test_every_scanned_member(member: ScanMember, scans_dir: Path):
    _check(member, scans_dir)


@pytest.mark.slow
def test_a_header_row_on_a_fill_just_lighter_than_the_split_is_read(scans_dir: Path):
    """A grey header row (about 191) on a blurred 200 dpi greyscale copy, Otsu's split falling
    just under it (about 180): the print on the fill took in the fill's blurred edges, the
    header's words ran together ("Objet", "Éeter.") and no bilan table was found. The split is
    now kept as far under such a fill as under one below it: the header is read, every action
    found, nothing left unaccounted. (The "31" of its dates still reads "41" on this copy:
    the score is not asked here.)"""
    member = ScanMember(_by_base("plan-deux-suivis-statut-2016-2018~shape-rl07"),
                        ScanLook(dpi=200, grey=True, jpeg=False, blur=0.9))
    reason = scan_axis.missing(member)
    if reason:
        pytest.skip(reason)
    outcome = scan_axis.run(member, scans_dir)
    assert outcome.status == "ok", outcome.problems[:5]
    assert not [p for p in outcome.problems if p.startswith(("missing action", "extra action"))]
    assert outcome.unaccounted == 0


@pytest.mark.slow
def test_a_grey_header_row_under_blurred_print_is_no_ink(scans_dir: Path):
    """A 200 dpi greyscale copy, blurred and JPEG'd, of a bilan whose header row is grey
    (about 191) over light bands: the blur spreads the print over every grey between ink and
    paper, so the header's grey held under 0.4 of the pixels darker than paper (0.39) and was
    taken for print, a solid block cleared with the header's words: "no bilan table found".
    Its narrow peak stands over four times above the greys a little darker: a fill. (Seen on
    a random look of the scan axis, seed 257; its words on the fill are still misread in
    places, so the score is not asked here.)"""
    outcome = _random_outcome(257, 0, "plan-axes-objectifs-2017-2018~shape-rl03~scan-200-grey-jpeg", scans_dir)
    assert outcome.status == "ok", outcome.problems[:5]
    assert not [p for p in outcome.problems if p.startswith("missing action")][1:]  # one reads otherwise


@pytest.mark.slow
def test_a_grey_header_row_blurred_print_hides_in_the_histogram_is_a_fill(scans_dir: Path):
    """A 200 dpi greyscale copy, blurred and speckled, of a bilan whose header row is grey
    (about 191) over an objective's lighter row and light bands: the blurred print made the
    header's grey 0.35 of the pixels darker than paper, standing 3.9 times over the greys a
    little darker, and it was taken for print, a block cleared with the header's words: "no
    bilan table found". Its grey makes a solid area, which print's blurred edges never do: a
    fill. (Seen on a random look of the scan axis, seed 1515.)"""
    outcome = _random_outcome(1515, 1, "plan-longues-cellules-2015-2016~shape-rl03~scan-200-grey-flate", scans_dir)
    assert outcome.status == "ok", outcome.problems[:5]
    assert not [p for p in outcome.problems if p.startswith(("missing action", "extra action"))]
    assert outcome.unaccounted == 0


def _random_outcome(seed: int, k: int, name: str, scans_dir: Path) -> family.Outcome:
    """Member k of a random look's seed (two members a seed, as measured), checked to be the
    member `name` opens, converted and scored; skipped without Tesseract."""
    member = scan_axis.random_members(seed, 2)[k]
    assert member.name.startswith(name)
    reason = scan_axis.missing(member)
    if reason:
        pytest.skip(reason)
    return scan_axis.run(member, scans_dir)
