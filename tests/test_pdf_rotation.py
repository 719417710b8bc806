"""Pages stored turned (/Rotate 90, 180, 270) or with a page box whose origin is not (0, 0)
look the same in every viewer: they must give the same dataset as the upright file, ruled
(the sample) and borderless alike."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import DATA, SAMPLES, read_rows
from layouts.producers import store_rotated

SOURCES = {"ruled": SAMPLES / "bilan-2006-2008.pdf",
           "borderless": DATA / "seed" / "bilan-2006-2008-borderless.pdf"}
FILES = ("actions.csv", "followups.csv", "extras.csv", "anomalies.csv")


def _dataset(source: Path, out: Path) -> dict[str, list[dict[str, str]]]:
    from bilan.api import convert

    convert(source).write(out, formats=("csv",))
    rows = {}
    for name in FILES:
        rows[name] = [{k: v for k, v in r.items() if k != "document"} for r in read_rows(out / name)]
    (doc,) = read_rows(out / "documents.csv")
    assert doc["status"] == "ok" and doc["chars_unaccounted"] == "0"
    return rows


@pytest.fixture(scope="module")
def upright(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    base = tmp_path_factory.mktemp("upright")
    return {kind: _dataset(path, base / kind) for kind, path in SOURCES.items()}


@pytest.mark.parametrize("kind", list(SOURCES))
@pytest.mark.parametrize("angle, origin, exact", [(90, (0, 0), True), (180, (0, 0), True), (270, (0, 0), True),
                                                  (90, (30, 40), True), (90, (0, 0), False), (180, (0, 0), False),
                                                  (270, (25, -15), False)])
def test_a_turned_page_reads_as_the_upright_one(kind: str, angle: int, origin: tuple, exact: bool, upright: dict,
                                                tmp_path: Path):
    """`exact` false: the turn written from the angle's cosine and sine (6e-17 for 0), which
    pdfplumber turns back with noise that leaves the rules a hair out of level."""
    turned = store_rotated(SOURCES[kind], tmp_path / f"turned-{angle}.pdf", angle, origin, exact=exact)
    got = _dataset(turned, tmp_path / "out")
    assert len(got["actions.csv"]) == 17
    for name in FILES:
        assert got[name] == upright[kind][name], name
