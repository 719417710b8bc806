"""extract/pdf/__init__.py on small reportlab PDFs (tests/pdf_fixtures.py) and on the committed sample."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, os.path.dirname(__file__))
import pdf_fixtures as fx  # noqa: E402

if not os.path.exists(fx.FONT_DIR + "DejaVuSans.ttf"):
    pytest.skip("DejaVu Sans is not installed (apt-get install fonts-dejavu-core)",
                allow_module_level=True)

from bilan.extract.model import Paragraph, Table  # noqa: E402
from bilan.extract.pdf import _PAGE_NUMBER, PdfReadError, read_pdf  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "bilan-2006-2008.pdf"
SAMPLE_SPEC = ROOT / "samples" / "bilan-2006-2008.json"


def grid(table: Table) -> list[list[list[str] | None]]:
    """Paragraph texts per row and cell, None for a merged slot."""
    return [[None if c.merged else [p.text for p in c.paragraphs] for c in row.cells]
            for row in table.rows]


def spans(par: Paragraph) -> list[tuple[str, bool, bool]]:
    return [(s.text, s.underline, s.superscript) for s in par.spans]


FOLLOW_UP_SPANS = [
    [("Concert'action", True, False)],
    [("-Immigration (09/03/09)", False, False)],
    [("-Aînés (23/02/09)", False, False)],
    [("-Rencontre avec le 1", False, False), ("er", False, True),
     (" Ministre (février 2008)", False, False)],
]


def check_bilan_table(table: Table, *, ruled: bool) -> None:
    assert table.ruled is ruled
    assert (table.page_start, table.page_end) == (1, 1)
    rows = grid(table)
    assert rows[0] == [[h] for h in fx.HEADER]
    expected = fx.EXPECTED
    if not ruled:  # no border says the empty slot is covered by the cell above
        expected = [[[] if c is None else c for c in row] for row in expected]
    assert rows[1:] == expected
    assert all(len(row.cells) == 5 for row in table.rows)
    assert all((row.page_start, row.page_end) == (1, 1) for row in table.rows)
    assert all(c.page == 1 for row in table.rows for c in row.cells)
    assert all(s.bold for c in table.rows[0].cells for s in c.paragraphs[0].spans)
    follow = table.rows[2].cells[4]
    assert [spans(p) for p in follow.paragraphs] == FOLLOW_UP_SPANS
    assert not any(s.underline or s.superscript for row in table.rows[:2] + table.rows[3:]
                   for c in row.cells for p in c.paragraphs for s in p.spans)
    # cells carry their position; paragraphs their lines
    assert follow.x0 < follow.paragraphs[0].lines[0].x0 < follow.x1
    assert follow.top <= follow.paragraphs[0].lines[0].top < follow.paragraphs[-1].lines[0].top
    assert all(line.page == 1 for p in follow.paragraphs for line in p.lines)


def test_ruled_table(tmp_path):
    doc = read_pdf(fx.ruled_table_pdf(str(tmp_path / "ruled.pdf")))
    assert (doc.format, doc.pages) == ("pdf", 1)
    assert len(doc.blocks) == 1 and len(doc.tables) == 1
    check_bilan_table(doc.tables[0], ruled=True)
    merged = doc.tables[0].rows[3].cells[0]
    assert merged.merged and merged.paragraphs == [] and merged.page == 1
    assert merged.x0 == pytest.approx(fx.COLS[0]) and merged.x1 == pytest.approx(fx.COLS[1])


def test_underline_drawn_as_thin_rectangle(tmp_path):
    doc = read_pdf(fx.ruled_table_pdf(str(tmp_path / "rect.pdf"), underline="underline-rect"))
    check_bilan_table(doc.tables[0], ruled=True)


def test_underline_close_to_the_bottom_border(tmp_path):
    """An underlined last line (tight cell padding) is not taken for the cell's border."""
    path = str(tmp_path / "tight.pdf")
    s = fx.Sheet(path)
    cell = ["-Forum jeunesse (01/12/08)", [("Autres", ("underline",))]]
    s.table(60, [[["Objectif 4"], cell]], cols=[36.0, 176.0, 420.0], header=["Objectif", "Suivi"],
            pad=1.0)
    s.save()
    (table,) = read_pdf(path).tables
    assert [spans(p) for p in table.rows[1].cells[1].paragraphs] == [
        [("-Forum jeunesse (01/12/08)", False, False)], [("Autres", True, False)]]


def test_borderless_table(tmp_path):
    doc = read_pdf(fx.borderless_table_pdf(str(tmp_path / "borderless.pdf")))
    assert len(doc.blocks) == 1
    check_bilan_table(doc.tables[0], ruled=False)
    assert doc.tables[0].rows[3].cells[0].merged is False


def test_borderless_merged_cell_text_runs_on_into_the_next_row(tmp_path):
    doc = read_pdf(fx.borderless_flow_pdf(str(tmp_path / "flow.pdf")))
    (table,) = doc.tables
    rows = grid(table)
    assert len(rows) == 3 and all(len(row.cells) == 5 for row in table.rows)
    assert rows[1] == [[fx.FLOW_OBJECTIVE], ["Projet d'insertion"], ["2010-2011"], ["Carrefours"],
                       ["Cohorte de 14 participants"]]
    assert rows[2] == [None, ["Répertoire des entreprises"], ["Décembre 2010"], ["Pôle régional"],
                       ["Répertoire diffusé le 10/12/2010"]]
    assert len(table.rows[1].cells[0].paragraphs[0].lines) > 2  # it did run past its row


def test_borderless_table_under_shaded_header(tmp_path):
    """Shaded header cells make a one-row grid for pdfplumber; the rows below are borderless."""
    doc = read_pdf(fx.shaded_header_pdf(str(tmp_path / "shaded.pdf")))
    assert len(doc.blocks) == 1
    check_bilan_table(doc.tables[0], ruled=False)
    follow = doc.tables[0].rows[2].cells[4]
    assert (follow.x0, follow.x1) == (fx.COLS[4], fx.COLS[5])


def test_fake_bold_is_read_once(tmp_path):
    """Text printed twice with a small offset (fake bold, shadows) is read once."""
    path = str(tmp_path / "fake-bold.pdf")
    s = fx.Sheet(path)
    for dx in (0.0, 0.3):
        s.text(72 + dx, 100, "Objectif 1 : informer")
    s.save()
    assert [b.text for b in read_pdf(path).blocks] == ["Objectif 1 : informer"]


def test_chars_printed_twice_found_in_bulk_as_one_by_one():
    """_dedupe's bulk test finds a pair printed twice wherever it falls on its grids, up to
    the tolerance and not beyond: it keeps the same chars as the loop over every char."""
    import random

    from bilan.extract.pdf import _dedupe, _twice_printed

    def by_loop(chars: list[dict], tol: float = 1.0) -> list[dict]:
        kept: list[dict] = []
        for c in chars:
            if not any(o["text"] == c["text"] and abs(o["x0"] - c["x0"]) <= tol
                       and abs(o["top"] - c["top"]) <= tol and o["fontname"] == c["fontname"]
                       and abs(o["size"] - c["size"]) < 0.05 for o in kept):
                kept.append(c)
        return kept

    rng = random.Random(7)
    found = 0
    for _ in range(400):
        chars = [{"text": rng.choice("ab"), "x0": round(rng.uniform(0, 40), 2), "top": round(rng.uniform(0, 40), 2),
                  "fontname": rng.choice(["F", "G"]), "size": rng.choice([10.0, 10.02, 11.0])} for _ in range(30)]
        expected = by_loop(chars)
        found += len(expected) < len(chars)
        assert [id(c) for c in _dedupe(chars)] == [id(c) for c in expected]
    assert 50 < found < 400  # both kinds of page were drawn
    twin = {"text": "a", "fontname": "F", "size": 10.0}
    for dx, dy, twice in ((1.0, 1.0, True), (-1.0, 0.5, True), (1.01, 0.0, False), (0.0, -1.02, False)):
        for x in (0.0, 0.55, 1.1, 1.65, 2.19, 7.7):  # either side of the grids' lines
            pair = [dict(twin, x0=x, top=x), dict(twin, x0=x + dx, top=x + dy)]
            assert _twice_printed(pair, 1.0) is twice, (dx, dy, x)


def test_ligatures_read_as_printed(tmp_path):
    path = str(tmp_path / "ligature.pdf")
    s = fx.Sheet(path)
    s.text(72, 140, "Plan ﬁnal")
    s.save()
    assert [b.text for b in read_pdf(path).blocks] == ["Plan final"]


def test_symbol_font_bullet_reads_as_a_bullet():
    """A Word list bullet drawn in the Symbol font comes out of pdfminer as U+F0B7."""
    from bilan.extract.pdf import _page_objects

    class Page:  # the few pdfplumber page attributes the reader copies
        width, height, lines, rects, curves, images = 792.0, 612.0, [], [], [], []
        bbox, rotation, edges = (0.0, 0.0, 792.0, 612.0), 0, []
        chars = [{"text": t, "x0": x, "x1": x + 5, "top": 100.0, "bottom": 110.0, "size": 10.0,
                  "fontname": "Symbol", "upright": True}
                 for t, x in (("\uf0b7", 72.0), ("\uf0a7", 80.0), ("P", 90.0))]

        def find_tables(self, table_settings):
            return []

    assert [c["text"] for c in _page_objects(Page()).chars] == ["•", "▪", "P"]


def test_table_continued_on_next_page(tmp_path):
    doc = read_pdf(fx.two_page_table_pdf(str(tmp_path / "two.pdf")))
    assert doc.pages == 2
    first, second = doc.tables
    assert [b for b in doc.blocks] == [first, second]
    assert (first.page_start, first.page_end, second.page_start, second.page_end) == (1, 1, 2, 2)
    assert grid(first)[0] == grid(second)[0] == [[h] for h in fx.HEADER]
    assert grid(first)[1:] == fx.EXPECTED[:2]
    assert grid(second)[1:] == [[["1.3 Informer la population"]] + fx.EXPECTED[2][1:]]
    assert all(r.page_start == r.page_end == 2 for r in second.rows)
    assert all(c.page == 2 for r in second.rows for c in r.cells)


def test_borderless_table_continued_without_header(tmp_path):
    doc = read_pdf(fx.borderless_two_page_pdf(str(tmp_path / "bl2.pdf")))
    first, second = doc.tables
    assert len(doc.blocks) == 2 and not first.ruled and not second.ruled
    assert grid(first)[1:] == fx.EXPECTED[:2]
    assert grid(second) == [[["1.3 Informer la population"]] + fx.EXPECTED[2][1:]]
    assert second.page_start == 2


def test_wrapped_item_and_short_line_paragraphs(tmp_path):
    doc = read_pdf(fx.wrapped_cell_pdf(str(tmp_path / "wrap.pdf")))
    (table,) = doc.tables
    cell = table.rows[1].cells[1]
    assert [p.text for p in cell.paragraphs] == [
        " ".join(fx.WRAP_LINES), fx.WRAP_AFTER, fx.WRAP_LONG]
    item = cell.paragraphs[0]
    # the line-end hyphen is kept as printed: normalize decides how to join
    assert [line.text for line in item.lines] == fx.WRAP_LINES
    assert len(cell.paragraphs[2].lines) >= 2
    assert grid(table)[1][0] == ["Objectif 3"]


def test_word_broken_without_hyphen_stays_one_word(tmp_path):
    pieces = fx.force_break("Annuellement", fx.NARROW)
    assert len(pieces) == 2  # the fixture really breaks the word
    (table,) = read_pdf(fx.broken_word_pdf(str(tmp_path / "broken.pdf"))).tables
    (par,) = table.rows[1].cells[1].paragraphs
    assert par.text == "Annuellement" and [line.text for line in par.lines] == ["Annuellement"]
    # an ordinary wrap keeps its two lines, even when the first fills the column (then the
    # space printed at the end of the line tells)
    assert [line.text for line in table.rows[2].cells[1].paragraphs[0].lines] == ["Comité", "régional"]
    assert [line.text for line in table.rows[3].cells[1].paragraphs[0].lines] == [
        fx.FULL_WORD, "diffusé"]


def test_the_language_tells_a_broken_word_from_a_wrap(tmp_path):
    path, printed = fx.broken_or_wrapped_pdf(str(tmp_path / "narrow.pdf"))
    assert printed[1:] == [["Annuelleme", "nt"], ["Un renouvell", "ement"]]  # really broken
    (table,) = read_pdf(path).tables
    texts = [table.rows[r].cells[1].paragraphs[0].text for r in (1, 2, 3)]
    assert texts == ["alimentation saine et", "Annuellement", "Un renouvellement"]


def test_a_word_broken_after_a_slash_compound_is_read_whole(tmp_path):
    # "Ressour" is no word and "Ressource" is: the last part of "travail/Ressour" answers
    (table,) = read_pdf(fx.slash_broken_pdf(str(tmp_path / "slash.pdf"))).tables
    (par,) = table.rows[1].cells[1].paragraphs
    assert par.text == "Comité de travail/Ressource de la CRÉ, de ce comité"


def test_a_range_broken_around_its_dash_reads_whole(tmp_path):
    (table,) = read_pdf(fx.dash_broken_pdf(str(tmp_path / "dash.pdf"))).tables
    assert [[p.text for p in table.rows[r].cells[1].paragraphs] for r in (1, 2)] == [["2016-2017"], ["2016-2018"]]
    # a list item opening on a dash and a number stays an item of its own
    assert [p.text for p in table.rows[2].cells[2].paragraphs] == ["-Terrain cédé (mars 2017)", "-2 rencontres"]


def test_full_line_ends_its_paragraph_when_wraps_print_a_space(tmp_path):
    (table,) = read_pdf(fx.full_line_paragraphs_pdf(str(tmp_path / "full.pdf"))).tables
    cell = table.rows[1].cells[1]
    assert [p.text for p in cell.paragraphs] == fx.FULL_PARAGRAPHS
    assert len(cell.paragraphs[1].lines) >= 3
    # a producer that prints no space at wraps gives no such clue: the lines stay together
    (table,) = read_pdf(fx.full_line_paragraphs_pdf(str(tmp_path / "bare.pdf"), False)).tables
    assert [p.text for p in table.rows[1].cells[1].paragraphs] == [" ".join(fx.FULL_PARAGRAPHS)]


def test_running_header_footer_and_title(tmp_path):
    doc = read_pdf(fx.titled_pages_pdf(str(tmp_path / "titled.pdf")))
    texts = [b.text for b in doc.blocks if isinstance(b, Paragraph)]
    assert texts == [fx.TITLE, "Axe 1 : Concertation", fx.INTRO]
    styles = [b.style for b in doc.blocks if isinstance(b, Paragraph)]
    assert styles == ["Title", "Heading", ""]
    kinds = [(type(b).__name__, getattr(b, "page", None) or b.page_start) for b in doc.blocks]
    assert kinds == [("Paragraph", 1), ("Paragraph", 1), ("Paragraph", 1), ("Table", 1),
                     ("Table", 2)]
    assert grid(doc.tables[1])[1] == fx.EXPECTED[1]


def test_body_text_high_on_the_page_is_not_a_running_header(tmp_path):
    """A page whose text starts in the top 8% (half-inch margin) keeps its first line."""
    from reportlab.lib.utils import simpleSplit

    path = str(tmp_path / "high.pdf")
    text = ("La Table a tenu plusieurs rencontres avec les partenaires du milieu afin de "
            "préparer le plan d'action et de convenir des priorités régionales pour les "
            "prochaines années, en tenant compte des besoins exprimés par les organismes.")
    s = fx.Sheet(path)
    for n in (1, 2):
        for i, line in enumerate(simpleSplit(text, fx.REG, 10, 720)):
            s.text(36, 40 + 12 * i, line, size=10)
        s.text(380, 600, str(n), size=8)
        s.new_page()
    s.save()
    doc = read_pdf(path)
    assert [(b.page, b.text) for b in doc.blocks] == [(1, text), (2, text)]


@pytest.mark.parametrize("text", ["3", "Page 3", "page 12", "3/12", "- 3 -", "Page 3 de 12",
                                  "– 7 –", "iv", "p. 4"])
def test_page_number_lines(text):
    assert _PAGE_NUMBER.match(text)


@pytest.mark.parametrize("text", ["Page suivante", "Bilan 2008", "2008-2009", "Objectif 3"])
def test_not_page_number_lines(text):
    assert not _PAGE_NUMBER.match(text)


def test_pages_are_closed_one_by_one(tmp_path, monkeypatch):
    import pdfplumber.page

    closed = []
    original = pdfplumber.page.Page.close

    def close(self):
        closed.append(self.page_number)
        original(self)

    monkeypatch.setattr(pdfplumber.page.Page, "close", close)
    read_pdf(fx.titled_pages_pdf(str(tmp_path / "titled.pdf")))
    assert closed[:2] == [1, 2]


def test_import_does_not_load_pdfplumber():
    code = "import sys, bilan.extract.pdf; print('pdfplumber' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": str(ROOT)}, check=True)
    assert out.stdout.strip() == "False"


# ------------------------------------------------------------------ errors

def reason(path, **kw) -> str:
    with pytest.raises(PdfReadError) as info:
        read_pdf(path, **kw)
    assert isinstance(info.value, ValueError)
    assert info.value.path == str(path)
    assert "\n" not in info.value.reason
    return info.value.reason


def test_not_a_pdf(tmp_path):
    bad = tmp_path / "bilan.pdf"
    bad.write_text("Objectif;Actions\n")
    assert reason(bad) == "not a PDF (bad header)"
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    assert reason(empty) == "empty file"
    assert reason(tmp_path / "missing.pdf") == "file not found"


@pytest.mark.parametrize("share", [0.3, 0.6, 0.95])
def test_truncated_pdf(tmp_path, share):
    data = Path(fx.ruled_table_pdf(str(tmp_path / "whole.pdf"))).read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(data[:int(len(data) * share)])
    assert reason(cut).startswith("truncated or corrupt PDF")


def test_encrypted_pdf(tmp_path):
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfgen import canvas

    path = tmp_path / "locked.pdf"
    c = canvas.Canvas(str(path), encrypt=StandardEncryption("secret", ownerPassword="owner",
                                                            strength=128))
    c.drawString(72, 500, "Bilan confidentiel")
    c.save()
    assert reason(path) == "encrypted, give --password"
    assert reason(path, password="wrong") == "encrypted: wrong password"
    doc = read_pdf(path, password="secret")
    assert [b.text for b in doc.blocks] == ["Bilan confidentiel"]


def test_scanned_pdf(tmp_path):
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    path = tmp_path / "scan.pdf"
    c = canvas.Canvas(str(path))
    c.drawImage(ImageReader(Image.new("RGB", (60, 40), (230, 230, 230))), 50, 50, 300, 200)
    c.save()
    assert reason(path, ocr="never") == "no text layer: this looks like a scan, and OCR is off (--ocr never)"


def test_blank_pdf_gives_empty_document(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "blank.pdf"
    c = canvas.Canvas(str(path))
    c.showPage()
    c.save()
    doc = read_pdf(path)
    assert (doc.blocks, doc.pages) == ([], 1)


# ------------------------------------------------------------------ property

WORDS = st.sampled_from(["suivi", "comité", "rencontre", "(09/03/09)", "Aînés", "plan",
                         "d'action", "régional", "CRÉ", "2008-2009", "à", "l'ATI", "et",
                         "développement", "social", "Concert'action", "mise", "œuvre"])


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(paras=st.lists(st.lists(WORDS, min_size=1, max_size=25).map(" ".join), min_size=1, max_size=3))
def test_cell_text_round_trips(tmp_path, paras):
    """Whatever the wrapping, a cell's words come back in order; one-line paragraphs that end
    short stay apart; paragraphs starting with a bullet are always apart."""
    items = ["-" + p for p in paras]
    path = str(tmp_path / "prop.pdf")
    s = fx.Sheet(path)
    s.table(60, [[["Objectif"], items]], cols=[36.0, 176.0, 420.0], header=["Objectif", "Suivi"])
    s.save()
    (table,) = read_pdf(path).tables
    assert [p.text for p in table.rows[1].cells[1].paragraphs] == items


# ------------------------------------------------------------------ the committed sample

@pytest.mark.skipif(not SAMPLE.exists(), reason="samples/bilan-2006-2008.pdf not built")
def test_sample_pdf():
    doc = read_pdf(SAMPLE)
    assert doc.pages == 7
    assert len(doc.tables) > 6
    cells = [c for t in doc.tables for r in t.rows for c in r.cells]
    assert all(len(r.cells) == 5 for t in doc.tables for r in t.rows)
    assert any(s.underline and s.text == "Concert'action"
               for c in cells for p in c.paragraphs for s in p.spans)
    assert any(s.superscript and s.text == "er" for c in cells for p in c.paragraphs for s in p.spans)
    paragraphs = [b for b in doc.blocks if isinstance(b, Paragraph)]
    assert not any(_PAGE_NUMBER.match(p.text.strip()) for p in paragraphs)
    assert [p.text for p in paragraphs if p.style == "Title"][:5] == [
        "LE DÉVELOPPEMENT SOCIAL", "DANS LA RÉGION DE LA CAPITALE-NATIONALE", "BILAN",
        "PLAN D'ACTION DE LA TABLE DE CONCERTATION", "2006-2008"]
    assert any(c.merged for c in cells)
    if SAMPLE_SPEC.exists():  # nearly every follow-up item is one paragraph of a cell
        spec = json.loads(SAMPLE_SPEC.read_text(encoding="utf-8"))
        texts = {p.text for c in cells for p in c.paragraphs}
        items = [(f.get("bullet") or "") + f["item"] for s in spec["sections"] for t in s["tables"]
                 for r in t["rows"] for f in r["followup"] if "item" in f]
        found = sum(item in texts for item in items)
        assert found >= 0.9 * len(items), (found, len(items))


def test_a_word_broken_twice_is_read_whole_by_the_word_list():
    from bilan.extract.pdf.text import _language_says

    assert _language_says("Cale", ["ndrie", "r"]) == (True, 2)
    assert _language_says("Chaque", ["trimest", "re"]) == (False, 1)
    assert _language_says("Halte-garderie", ["communautaire"]) == (False, 1)
    assert _language_says("travail/Ressour", ["ce"]) == (True, 1)
    assert _language_says("travail/Ressource", ["régionale"]) == (False, 1)
    assert _language_says("Saint-Sau", ["veur"]) == (True, 1)
    assert _language_says("2008-201", ["0"]) == (None, 0)


def test_letters_whose_unicode_map_swapped_its_bytes_are_read_back():
    """Ghostscript 10.0 writes some ligatures' Unicode as U+XX00 ("ti" as "琀椀")."""
    from bilan.extract.pdf import _swapped_back

    latin = [{"text": t} for t in "Objectif de la Table régionale"]
    got = _swapped_back([{"text": "Objec"}, {"text": "\u7400\u6900"}, {"text": "f"}] + latin)
    assert "".join(c["text"] for c in got[:3]) == "Objectif"
    # a page of Chinese stays as it is
    chinese = [{"text": "\u7400"}, {"text": "\u6900"}, {"text": "\u4e2d"}]
    assert [c["text"] for c in _swapped_back(chinese)] == ["\u7400", "\u6900", "\u4e2d"]


@pytest.mark.parametrize("scanned, called, bold, under, note", [
    (True, True, 0.0, "", True),       # a scan lost the note's call and read its size as the body's
    (True, True, 0.0, "heading", True),  # ... with the next table's heading under it
    (True, True, 0.0, "text", False),  # ... with text under it: no note
    (False, True, 0.0, "", False),     # a typeset page tells a note by its size
    (True, False, 0.0, "", False),     # no call on the page: no note
    (True, True, 1.0, "", False),      # a bold line is a heading over the next page's table
])
def test_the_paragraph_under_a_scanned_pages_table_with_a_call_is_its_note(scanned: bool, called: bool, bold: float,
                                                                          under: str, note: bool):
    """"Les actions som présentées en annexe" under a scanned page's table whose action prints
    a raised "1": the note, its own call lost and its size read as the body's (a heading over
    the next page's table may stand under it)."""
    from bilan.extract.model import Cell, Line, Paragraph, Row, Span, Table
    from bilan.extract.pdf import _Builder

    spans = [Span("plan quinquennal de développement")] + ([Span("1", superscript=True)] if called else [])
    table = Table(rows=[Row(cells=[Cell(paragraphs=[Paragraph(lines=[Line(spans=spans, page=2)])], page=2)])])
    closing = Paragraph(lines=[Line(spans=[Span("Les actions som présentées en annexe")], page=2)])
    below = Paragraph(lines=[Line(spans=[Span("Analyse et mise en œuvre d'actions concertées")], page=2)])
    builder = _Builder("scan.pdf", ocr_pages=[2] if scanned else [])
    builder.entries = [(2, 60.0, table), (2, 700.0, closing)] + ([(2, 730.0, below)] if under else [])
    builder.meta = {id(closing): (10.0, bold), id(below): (10.0, 1.0 if under == "heading" else 0.0)}
    assert (id(closing) in builder._foot_notes(10.0)) == note


def test_a_scanned_mark_across_a_rule_goes_with_the_word_it_is_glued_to():
    """An OCR dash whose box crosses the rule left of its cell ("-120", its box widened by a
    speck) goes to the cell of the text it is glued to; typeset chars, and a mark set apart
    from the text after it, stay where their centre is."""
    from bilan.extract.pdf.tables import RawTable, place_chars, ruled_table

    raw = RawTable(bbox=(0.0, 0.0, 300.0, 50.0), cells=[(0.0, 0.0, 100.0, 50.0), (100.0, 0.0, 300.0, 50.0)],
                   rows=[[(0.0, 0.0, 100.0, 50.0), (100.0, 0.0, 300.0, 50.0)]])

    def char(text: str, x0: float, x1: float, ocr: bool = True) -> dict:
        c = {"text": text, "x0": x0, "x1": x1, "top": 10.0, "bottom": 20.0, "size": 10.0, "fontname": "F",
             "upright": True}
        return dict(c, ocr_conf=90.0) if ocr else c

    def cells(chars: list[dict]) -> list[str]:
        return [" / ".join(ln.text for ln in cell.lines) for cell in ruled_table(raw, place_chars([raw], chars)[0][0], []).rows[0]]

    date = [char(t, 10.0 + 6 * k, 15.0 + 6 * k) for k, t in enumerate("2010")]
    number = [char(t, 101.0 + 6 * k, 106.0 + 6 * k) for k, t in enumerate("120")]
    assert cells(date + [char("-", 94.0, 101.0)] + number) == ["2010", "-120"]
    typeset = [dict(c) for c in date + number]
    for c in typeset:
        del c["ocr_conf"]
    assert cells(typeset + [char("-", 94.0, 101.0, ocr=False)]) == ["2010 -", "120"]
    apart = [char(t, 106.0 + 6 * k, 111.0 + 6 * k) for k, t in enumerate("120")]
    assert cells(date + [char("-", 94.0, 101.0)] + apart) == ["2010 -", "120"]
