"""`bilan inspect`: the pictures, tree.txt and index.html a user opens to see why a row came out."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SAMPLES, run_bilan

PDF = SAMPLES / "bilan-2006-2008.pdf"
DOCX = SAMPLES / "bilan-2006-2008.docx"
HEAVY = ("pdfplumber", "pypdfium2", "PIL", "pdfminer")


@pytest.fixture(scope="module")
def pdf_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("inspect-pdf")
    proc = run_bilan("inspect", str(PDF), "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    assert "7 page pictures" in proc.stderr
    return out


def test_one_picture_per_page(pdf_out: Path):
    assert sorted(p.name for p in pdf_out.glob("*.png")) == [f"page-{n:03d}.png" for n in range(1, 8)]


def test_each_picture_is_drawn_on(pdf_out: Path):
    """The page area of every picture differs from the same page rendered bare."""
    import pdfplumber
    from PIL import Image, ImageChops

    from bilan.outputs.inspect import DEFAULT_RESOLUTION, LEFT_BAND

    with pdfplumber.open(PDF) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            bare = page.to_image(resolution=DEFAULT_RESOLUTION).original.convert("RGB")
            page.close()
            with Image.open(pdf_out / f"page-{number:03d}.png") as drawn:
                assert drawn.width > bare.width and drawn.height > bare.height
                area = drawn.convert("RGB").crop((LEFT_BAND, 0, LEFT_BAND + bare.width, bare.height))
            diff = ImageChops.difference(area, bare).convert("L").point(lambda v: 255 if v > 40 else 0)
            changed = sum(diff.histogram()[255:])
            assert changed > 1000, f"page {number}: only {changed} pixels drawn"


def test_index_lists_pages_and_their_anomalies(pdf_out: Path):
    html = (pdf_out / "index.html").read_text(encoding="utf-8")
    for n in range(1, 8):
        assert f'id="page-{n}"' in html and f'src="page-{n:03d}.png"' in html
    page5 = html.split('id="page-5"')[1].split("</section>")[0]
    assert re.search(r"<code>date_out_of_order</code>.*?<td>A016</td><td>19</td>", page5)
    assert not re.search(r'(src|href)="(https?:)?//', html) and "<script" not in html  # offline
    assert "l&#x27;ordre décroissant" in html  # document text is escaped


def test_tree_of_a_pdf_ties_items_to_their_lines(pdf_out: Path):
    tree = (pdf_out / "tree.txt").read_text(encoding="utf-8")
    assert "→ A017#10 · canal « Concert'action » · 2008-01-17" in tree
    assert "! date_out_of_order" in tree
    assert "→ marque (suite) : le canal « Concert'action » continue" in tree


def test_docx_gets_a_text_tree(tmp_path: Path):
    proc = run_bilan("inspect", str(DOCX), "--out", str(tmp_path))
    assert proc.returncode == 0, proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    tree = (tmp_path / "tree.txt").read_text(encoding="utf-8")
    for needle in ("A017", "Concert'action", "[u]", "[u]Concert'action[/u]",
                   "→ titre de canal « Concert'action »", "ligne 2 — A017"):
        assert needle in tree, needle
    assert not list(tmp_path.glob("*.png"))
    assert "date_out_of_order" in (tmp_path / "index.html").read_text(encoding="utf-8")


def test_unreadable_file_and_usage_errors(tmp_path: Path):
    bad = tmp_path / "notes.pdf"
    bad.write_text("pas un PDF\n", encoding="utf-8")
    proc = run_bilan("inspect", str(bad), "--out", str(tmp_path / "out"))
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines() == [proc.stderr.strip()]
    assert proc.stderr.startswith("bilan: notes.pdf: ") and "Traceback" not in proc.stderr
    assert not (tmp_path / "out" / "index.html").exists()
    assert run_bilan("inspect", str(DOCX)).returncode == 2  # no --out
    assert run_bilan("inspect", str(DOCX), "--out", str(tmp_path), "--resolution", "5").returncode == 2


def test_a_file_without_bilan_table_is_still_shown(tmp_path: Path):
    import docx

    document = docx.Document()
    document.add_paragraph("Compte rendu")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Nom", "Adresse"
    path = tmp_path / "autre.docx"
    document.save(path)
    proc = run_bilan("inspect", str(path), "--out", str(tmp_path / "out"))
    assert proc.returncode == 1
    assert proc.stderr.startswith("bilan: autre.docx: no bilan table found")
    assert "Nom" in (tmp_path / "out" / "tree.txt").read_text(encoding="utf-8")


def test_help_stays_light():
    """`bilan --help` must not load the PDF and image libraries."""
    for args in (["--help"], ["inspect", "--help"]):
        proc = subprocess.run([sys.executable, "-X", "importtime", "-m", "bilan", *args],
                              capture_output=True, text=True, cwd=ROOT, timeout=60)
        assert proc.returncode == 0
        loaded = {ln.rsplit("|", 1)[-1].strip().split(".")[0]
                  for ln in proc.stderr.splitlines() if ln.startswith("import time:")}
        assert "argparse" in loaded and not loaded & set(HEAVY), loaded & set(HEAVY)
    proc = run_bilan("inspect", "--help")
    assert proc.stdout.index("bilan inspect samples/") < proc.stdout.index("--out DIR, -o DIR")


def test_unaccounted_text_is_drawn_in_red(tmp_path: Path):
    """A paragraph between two tables that is no heading or note: placed nowhere, drawn red."""
    import pdf_fixtures as fx
    from PIL import Image

    from bilan.extract import read
    from bilan.normalize.document import normalize_document
    from bilan.outputs.inspect_found import DEFAULT_RESOLUTION, LEFT_BAND, gather

    path = str(tmp_path / "perdu.pdf")
    s = fx.Sheet(path)
    bottom = s.table(60, fx.ROWS[:1])
    s.text(fx.COLS[0], bottom + 30, "Ce texte entre deux tableaux ne tient dans aucune ligne et finit par un point.")
    s.table(bottom + 60, fx.ROWS[2:], header=None)
    s.save()
    doc = read(path)
    converted = normalize_document(doc, "perdu.pdf", trace=True)
    assert converted.document.chars_unaccounted > 0
    found = gather(doc, "perdu.pdf", converted)
    (mark,) = [m for m in found.marks if m.style == "unaccounted"]
    assert mark.page == 1 and mark.box[1] < bottom + 30 < mark.box[3]

    out = tmp_path / "inspect"
    assert run_bilan("inspect", path, "--out", str(out)).returncode == 0
    k = DEFAULT_RESOLUTION / 72
    with Image.open(out / "page-001.png") as picture:
        band = picture.convert("RGB").crop((LEFT_BAND + round(mark.box[0] * k), round(mark.box[1] * k),
                                            LEFT_BAND + round(mark.box[2] * k), round(mark.box[3] * k)))
    data = band.tobytes()
    reds = sum(1 for i in range(0, len(data), 3) if data[i] > 180 and data[i + 1] < 120 and data[i + 2] < 120)
    assert reds > 200


def test_tree_names_text_placed_nowhere(tmp_path: Path):
    import docx

    document = docx.Document()
    table = document.add_table(rows=2, cols=5)
    for cell, text in zip(table.rows[0].cells, ["Objectif", "Actions", "Responsable", "Échéancier", "Suivi"]):
        cell.text = text
    for cell, text in zip(table.rows[1].cells, ["Informer", "Tenir un forum", "CDC", "2009", "Forum tenu"]):
        cell.text = text
    document.add_paragraph("Une longue phrase sous le tableau, qui ne tient dans aucune ligne d'action.")
    path = tmp_path / "phrase.docx"
    document.save(path)
    assert run_bilan("inspect", str(path), "--out", str(tmp_path / "i")).returncode == 0
    tree = (tmp_path / "i" / "tree.txt").read_text(encoding="utf-8")
    after = tree.split("¶ Une longue phrase")[1]
    assert "! unaccounted_text" in after[:300]
