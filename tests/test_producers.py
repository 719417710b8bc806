"""The layout family's producers (tests/layouts/producers.py): a page stored turned with /Rotate
shows exactly the original page, whatever the angle and the page box's origin; the fonts the
family names are checked, not substituted; the HTML page is the spec's."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from layouts import fonts
from layouts.html import spec_html
from layouts.producers import pin_pdf, store_rotated

pypdf = pytest.importorskip("pypdf", reason="pypdf is not installed: pip install -e '.[test]'")
NO_PDFTOPPM = "pdftoppm is not installed: apt-get install poppler-utils"


def _source(path: Path) -> Path:
    """Two landscape pages, nothing symmetric: text near a corner, a frame, a diagonal, a box."""
    from reportlab.lib.pagesizes import landscape, letter
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=landscape(letter))
    w, h = landscape(letter)
    for n in (1, 2):
        c.setFont("Helvetica-Bold", 28)
        c.drawString(40, h - 70, f"Objectif {n} - haut gauche")
        c.setFont("Helvetica", 12)
        c.drawString(w - 220, 40, "Suivi en bas a droite")
        c.rect(30, 30, w - 60, h - 60)
        c.line(30, 30, w / 3, h - 30)
        c.rect(w - 200, h - 180, 120 * n, 60, fill=1)
        c.showPage()
    c.save()
    return path


def _render(pdf: Path, prefix: Path) -> list[Path]:
    subprocess.run(["pdftoppm", "-r", "40", "-gray", "-png", str(pdf), str(prefix)], check=True,
                   capture_output=True, timeout=120)
    return sorted(prefix.parent.glob(prefix.name + "-*.png"))


def _differs(a: Path, b: Path) -> float:
    """Share of pixels whose grey differs by more than 48 (anti-aliasing differs a little)."""
    from PIL import Image, ImageChops

    ia, ib = Image.open(a).convert("L"), Image.open(b).convert("L")
    assert ia.size == ib.size, (a.name, ia.size, ib.size)
    diff = ImageChops.difference(ia, ib).point(lambda v: 255 if v > 48 else 0)
    return diff.histogram()[255] / (ia.size[0] * ia.size[1])


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason=NO_PDFTOPPM)
@pytest.mark.parametrize("angle, origin", [(90, (0, 0)), (180, (0, 0)), (270, (0, 0)), (90, (30, 40)),
                                           (270, (-20, 15)), (180, (30, 40))])
def test_a_page_stored_turned_shows_the_original_page(tmp_path: Path, angle: int, origin: tuple):
    src = _source(tmp_path / "src.pdf")
    dst = store_rotated(src, tmp_path / "turned.pdf", angle, origin)
    reader = pypdf.PdfReader(str(dst))
    w, h = 792, 612
    for page in reader.pages:
        assert page.rotation == angle
        box = [float(v) for v in page.mediabox]
        size = (h, w) if angle in (90, 270) else (w, h)
        assert box == pytest.approx([origin[0], origin[1], origin[0] + size[0], origin[1] + size[1]])
        assert [float(v) for v in page.cropbox] == pytest.approx(box)
    before = _render(src, tmp_path / "before")
    after = _render(dst, tmp_path / "after")
    assert len(before) == len(after) == 2
    for a, b in zip(before, after):
        assert _differs(a, b) < 0.002, (a.name, angle, origin)


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason=NO_PDFTOPPM)
def test_a_turned_page_is_not_the_original_without_its_rotate(tmp_path: Path):
    """The check above would see a page turned the wrong way."""
    src = _source(tmp_path / "src.pdf")
    dst = store_rotated(src, tmp_path / "turned.pdf", 180)
    writer = pypdf.PdfWriter(clone_from=str(dst))
    for page in writer.pages:
        page.rotation = 0
    bare = tmp_path / "bare.pdf"
    writer.write(str(bare))
    a, b = _render(src, tmp_path / "before")[0], _render(bare, tmp_path / "bare")[0]
    assert _differs(a, b) > 0.01


def test_store_rotated_refuses_other_angles(tmp_path: Path):
    with pytest.raises(ValueError):
        store_rotated(tmp_path / "none.pdf", tmp_path / "out.pdf", 45)


def test_pinned_pdf_dates_keep_their_length(tmp_path: Path):
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(b"/CreationDate (D:20240517123456+00'00') /ModDate (D:20240517123456Z)"
                    b" /ID [<0123abcd><89efAB01>] <xmp:CreateDate>2024-05-17T12:34:56Z</xmp:CreateDate>")
    before = pdf.read_bytes()
    after = pin_pdf(pdf).read_bytes()
    assert len(after) == len(before)
    assert b"2024" not in after and b"abcd" not in after


def test_a_substituted_font_is_missing(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(fonts, "matched", lambda name: "Nimbus Roman")
    reason = fonts.missing("Liberation Serif")
    assert reason and "apt-get install fonts-liberation" in reason and "Nimbus Roman" in reason
    monkeypatch.setattr(fonts, "matched", lambda name: "Carlito")
    assert fonts.missing("Carlito") is None


def test_the_html_page_draws_the_spec():
    spec = {"title": ["BILAN"], "preamble": [{"p": "Texte d'intro"}],
            "header": ["Objectif", "Actions", "Suivi"], "columns": ["objective", "action", "followup"],
            "sections": [{"title": "Section A", "tables": [{"rows": [
                {"objective": "Obj 1", "action": "Act 1", "footnote": "¹",
                 "followup": [{"channel": "Canal"}, {"item": "Le 1er mai 2009", "bullet": "-"}]},
                {"objective": "", "action": "Act 2 <b>", "followup": [{"item": "Rien", "bullet": "•"}]}]}]}],
            "footnotes": ["¹ Une note."]}
    page = spec_html(spec, page="legal", landscape=True, font="Carlito", repeat_header=True, ruled=False)
    assert "@page { size: legal landscape" in page and 'font-family: "Carlito"' in page
    assert "<thead><tr><th>Objectif</th>" in page and 'rowspan="2"' in page
    assert "<u>Canal</u>" in page and "-Le 1<sup>er</sup> mai 2009" in page and "Act 1<sup>1</sup>" in page
    assert "Act 2 &lt;b&gt;" in page and "• Rien" in page and "¹ Une note." in page
    flat = spec_html(spec, repeat_header=False)
    assert "<thead>" not in flat and "<tbody><tr><th>Objectif</th>" in flat
