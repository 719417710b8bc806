"""The two PDF engines (pdfminer, PDFium) give the same chars, lines and dataset on the sample."""

from __future__ import annotations

from pathlib import Path

import pytest

from bilan.api import convert
from bilan.extract.pdf.pages import _Objects

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "bilan-2006-2008.pdf"


def _objects(engine: str, number: int) -> dict[str, list[dict]]:
    import pdfplumber

    with pdfplumber.open(SAMPLE) as pdf:
        fill = _Objects(engine, str(SAMPLE), None)
        page = pdf.pages[number - 1]
        fill(page)
        fill.close()
        return {"char": list(page.chars), "edge": list(page.edges)}


def test_pdfium_chars_and_edges_match_pdfminer_on_every_sample_page() -> None:
    import pdfplumber

    with pdfplumber.open(SAMPLE) as pdf:
        count = len(pdf.pages)
    for number in range(1, count + 1):
        miner, pdfium = _objects("pdfminer", number), _objects("pdfium", number)
        assert len(pdfium["char"]) == len(miner["char"]), number

        def where(c: dict) -> tuple:  # PDFium may list a symbol font's glyph apart from its line
            return round(c["top"], 1), round(c["x0"], 1), c["text"]
        for a, b in zip(sorted(miner["char"], key=where), sorted(pdfium["char"], key=where)):
            assert b["text"] == a["text"], (number, a["text"])
            for key in ("x0", "x1", "top", "bottom", "size"):
                assert b[key] == pytest.approx(a[key], abs=0.05), (number, key, a["text"])
            assert a["fontname"] == b["fontname"]
        edges = sorted((e["orientation"], round(e["x0"], 2), round(e["top"], 2), round(e["x1"], 2),
                        round(e["bottom"], 2)) for e in miner["edge"])
        assert sorted((e["orientation"], round(e["x0"], 2), round(e["top"], 2), round(e["x1"], 2),
                       round(e["bottom"], 2)) for e in pdfium["edge"]) == edges, number


def test_both_engines_give_the_same_dataset_bytes_on_the_sample(tmp_path: Path) -> None:
    outputs = {}
    for engine in ("pdfminer", "pdfium"):
        folder = tmp_path / engine
        convert([SAMPLE], pdf_engine=engine).write(folder, formats=("csv",))
        outputs[engine] = {p.name: p.read_bytes() for p in folder.glob("*.csv")}
    assert outputs["pdfminer"]["actions.csv"].count(b"\n") > 10
    assert outputs["pdfium"] == outputs["pdfminer"]


def test_an_unknown_engine_is_refused() -> None:
    with pytest.raises(ValueError, match="pdf_engine"):
        convert([SAMPLE], pdf_engine="poppler")


@pytest.mark.parametrize("reading", ["shifted", "long"])
def test_a_page_text_that_does_not_line_up_with_its_chars_is_read_char_by_char(monkeypatch, reading: str) -> None:
    """PDFium's page text in one call is taken only where it lines up with its chars; a text
    shifted by a char (a char the text leaves out) or longer than one unit a char (a char
    beyond the 16-bit plane) is read char by char: the same chars either way."""
    import pypdfium2.raw as raw

    expected = [_objects("pdfium", number)["char"] for number in (1, 2)]
    real = raw.FPDFText_GetText

    def odd(tp, start, count, buffer):  # noqa: ANN001, ANN202
        written = real(tp, start, count, buffer)
        if reading == "long":
            return written + 1
        codes = buffer[:count]
        for i in range(count):  # one char left out at the start: every code a place early
            buffer[i] = codes[i + 1] if i + 1 < count else 0
        return written

    monkeypatch.setattr(raw, "FPDFText_GetText", odd)
    assert [_objects("pdfium", number)["char"] for number in (1, 2)] == expected


def test_a_hyphen_ending_a_line_keeps_its_place_when_the_page_text_is_read_in_one_call(tmp_path: Path) -> None:
    """PDFium marks the hyphen a line ends on ("Bas-" / "Saint-Laurent") as its own code, which
    its page text gives as U+FFFE: read again alone, the hyphen is a char as pdfminer lists it."""
    from reportlab.pdfgen import canvas

    path = tmp_path / "hyphen.pdf"
    page = canvas.Canvas(str(path), pagesize=(300, 200))
    page.setFont("Helvetica", 11)
    page.drawString(20, 150, "Forum jeunesse du Bas-")
    page.drawString(20, 136, "Saint-Laurent et autres")
    page.save()

    import pdfplumber

    texts = {}
    for engine in ("pdfminer", "pdfium"):
        with pdfplumber.open(path) as pdf:
            fill = _Objects(engine, str(path), None)
            fill(pdf.pages[0])
            fill.close()
            texts[engine] = "".join(c["text"] for c in pdf.pages[0].chars)
    assert "Bas-Saint" in texts["pdfium"] and texts["pdfium"] == texts["pdfminer"]
