"""Nothing lost: every character of a table cell reaches the dataset or is reported."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import SAMPLES, read_rows
from bilan.extract import read
from bilan.extract.model import Cell, Document, Line, Paragraph, Row, Span, Table
from bilan.normalize import accounting
from bilan.normalize.document import normalize_document
from bilan.normalize.items import split_followup
from bilan.normalize.tables import walk


def test_samples_have_no_unexplained_characters(docx_out: Path):
    assert [r for r in read_rows(docx_out / "anomalies.csv")
            if r["kind"] in ("text_outside_tables", "unaccounted_text")] == []
    assert [d["chars_unaccounted"] for d in read_rows(docx_out / "documents.csv")] == ["0"]
    for sample in ("bilan-2006-2008.docx", "bilan-2006-2008.pdf"):
        doc = read(SAMPLES / sample)
        layout = walk(doc)
        result = normalize_document(doc, sample)
        assert len(layout.rows) == len(result.actions) == 17
        assert not [a for a in result.anomalies if a.kind in ("text_outside_tables", "unaccounted_text")], sample
        rec = result.reconciliation
        assert rec.unaccounted == 0 and rec.chars_in == rec.in_rows + rec.furniture, sample
        assert rec.in_rows > 0.6 * rec.chars_in, sample


def test_a_lost_character_is_reported():
    doc = read(SAMPLES / "bilan-2006-2008.docx")
    layout = walk(doc)
    result = normalize_document(doc, "x")
    row, action = layout.rows[1], result.actions[1]
    items = [i for i in result.followups if i.action_id == action.action_id]
    split = split_followup(row.cells["followup"])
    assert accounting.unexplained(row, action, items, split, []) == {}
    cut = dataclasses.replace(action, responsible=action.responsible[:-3])
    missing = accounting.unexplained(row, cut, items, split, [])
    assert sorted(missing["responsible"]) == sorted(action.responsible[-3:].replace(" ", ""))
    (anomaly,) = accounting.anomalies("x", cut, missing)
    assert anomaly.kind == "unaccounted_text" and "responsible" in anomaly.detail


WORD = st.text(alphabet="abcdeéèàçôABCÉ'0123456789", min_size=1, max_size=8)
DATE = st.sampled_from(["(04/12/07)", "(février 2008)", "(2006-2009)", "(1er février 2007)", "(05-11-07)", ""])
BULLET = st.sampled_from(["-", "• ", "– ", "✕ ", "o ", "* ", "▪ ", ""])


@st.composite
def followup_cell(draw: st.DrawFn) -> list[Paragraph]:
    paragraphs = []
    for _ in range(draw(st.integers(1, 8))):
        if draw(st.booleans()) and draw(st.booleans()):
            paragraphs.append(Paragraph(lines=[Line(spans=[Span(draw(WORD).capitalize(), underline=True)])]))
            continue
        words = draw(st.lists(WORD, min_size=1, max_size=10))
        text = draw(BULLET) + " ".join(words) + " " + draw(DATE)
        # wrapped over several lines, as a PDF cell shows it
        cut = draw(st.integers(1, max(1, len(words))))
        lines = [" ".join(words[:cut]), " ".join(words[cut:]) + " " + draw(DATE)]
        lines[0] = text.split(" ".join(words))[0] + lines[0]
        paragraphs.append(Paragraph(lines=[Line(spans=[Span(t)]) for t in lines if t.strip()]))
    return paragraphs


@settings(max_examples=300, deadline=None)
@given(followup_cell())
def test_splitting_then_joining_gives_back_the_cell(paragraphs: list[Paragraph]):
    split = split_followup(paragraphs)
    source = accounting.source_chars(paragraphs)
    rebuilt = accounting.chars(" ".join(i.raw for i in split.items))
    rebuilt += accounting.chars(" ".join(c.source for c in split.headings + split.markers))
    assert source - rebuilt == accounting.chars(split.bullets)  # only the bullets themselves
    assert not rebuilt - source  # and nothing invented


def _cell(text: str, x0: float, x1: float, page: int) -> Cell:
    return Cell(paragraphs=[Paragraph(lines=[Line(spans=[Span(text)], page=page)], page=page)] if text else [],
                page=page, x0=x0, x1=x1)


XS = [(50, 150), (150, 300), (300, 400), (400, 470), (470, 700)]  # a PDF table's columns
HEADER = ["Objectif", "Actions", "Responsable", "Échéancier", "Suivi au 31 mars 2009"]


def _row(texts: list[str], page: int, xs: list[tuple[float, float]] = XS) -> Row:
    return Row(cells=[_cell(t, a, b, page) for t, (a, b) in zip(texts, xs)], page_start=page, page_end=page)


def _table(rows: list[Row], page: int) -> Table:
    return Table(rows=rows, page_start=page, page_end=page)


def test_a_next_page_fragment_with_a_column_less_is_laid_on_the_header_columns():
    """A page's table that lost its empty first column (no border drawn beside an empty
    merged cell) goes on the table before it, each cell under the header column it lies in."""
    first = _table([_row(HEADER, 1),
                    _row(["Informer les membres", "Bulletin", "CRÉ", "2008", "- Envoyé (mai 2008)"], 1)], 1)
    cut = _table([_row(["Dépôt d'un rapport à la CRÉ", "Responsable du comité", "À déterminer", ""], 2,
                       XS[1:])], 2)
    doc = Document(path="x.pdf", format="pdf", blocks=[first, cut], pages=2)
    converted = normalize_document(doc, "x.pdf")
    assert [(a.objective, a.action, a.responsible, a.deadline_text) for a in converted.actions] == [
        ("Informer les membres", "Bulletin", "CRÉ", "2008"),
        ("Informer les membres", "Dépôt d'un rapport à la CRÉ", "Responsable du comité", "À déterminer")]
    assert converted.document.chars_unaccounted == 0
    # without positions (Word) such a fragment is not guessed at: its cells are quoted
    for row in cut.rows:
        for c in row.cells:
            c.x0 = c.x1 = None
    assert len(normalize_document(doc, "x.pdf").actions) == 1


def test_a_header_broken_in_a_narrow_column_and_set_as_two_rows_is_one_header():
    """"Échéan" / "cier": the header's word cut at a narrow column's edge, its end set as a row
    of its own (no line parted them). That row is the header's, no action, and its text is
    accounted for. A row under the header with a word of its own is an action."""
    header = ["Objectif", "Actions", "Responsable", "Échéan", "Suivi au 31 mars 2009"]
    table = _table([_row(header, 1), _row(["", "", "", "cier", ""], 1),
                    _row(["Informer", "Bulletin", "CRÉ", "2008", "- Envoyé (mai 2008)"], 1)], 1)
    converted = normalize_document(Document(path="x.pdf", format="pdf", blocks=[table], pages=1), "x.pdf")
    assert [(a.action, a.deadline_text) for a in converted.actions] == [("Bulletin", "2008")]
    assert converted.document.chars_unaccounted == 0
    table = _table([_row(header, 1), _row(["", "", "", "2008", ""], 1),
                    _row(["Informer", "Bulletin", "CRÉ", "2008", "- Envoyé (mai 2008)"], 1)], 1)
    converted = normalize_document(Document(path="x.pdf", format="pdf", blocks=[table], pages=1), "x.pdf")
    assert converted.document.chars_unaccounted == len("2008")  # not the header's: a row of no action


def test_bulleted_lines_outside_a_table_are_quoted_not_taken_for_headings():
    table = _table([_row(HEADER, 1), _row(["Informer", "Bulletin", "CRÉ", "2008", "- Envoyé (mai 2008)"], 1)], 1)
    after = [Paragraph(lines=[Line(spans=[Span(t)], page=2)], page=2)
             for t in ["Diffusion", "-Immigration (17/03/08)", "-Services de garde (03/03/08)"]]
    converted = normalize_document(Document(path="x.pdf", format="pdf", blocks=[table, *after], pages=2), "x.pdf")
    quoted = [a.detail for a in converted.anomalies if a.kind == "unaccounted_text"]
    assert any("Immigration (17/03/08)" in q for q in quoted) and any("Services de garde" in q for q in quoted)
    assert not any("Diffusion" in q for q in quoted)  # a short bare line is a heading
    assert converted.document.chars_unaccounted == len("-Immigration(17/03/08)-Servicesdegarde(03/03/08)")


def test_a_running_header_left_in_the_text_is_furniture_and_does_not_cut_the_table():
    running = "BILAN DU PLAN D'ACTION 2006-2009"

    def page(n: int, texts: list[str], with_header: bool) -> list:
        top = Paragraph(lines=[Line(spans=[Span(running)], page=n)], page=n)
        return [top, _table([_row(HEADER, n)] * with_header + [_row(texts, n)], n)]

    blocks = (page(1, ["Informer", "Bulletin", "CRÉ", "2008", "- Envoyé (mai 2008)"], True)
              + page(2, ["", "suite du bulletin", "", "", "- Relancé (juin 2008)"], False)
              + page(3, ["", "Forum régional", "Table", "2009", "- Tenu (mars 2009)"], False))
    converted = normalize_document(Document(path="x.pdf", format="pdf", blocks=blocks, pages=3), "x.pdf")
    assert [a.action for a in converted.actions] == ["Bulletin suite du bulletin", "Forum régional"]
    assert converted.document.chars_unaccounted == 0
    assert sum(1 for a in converted.anomalies if a.kind == "merged_continuation" and "poursuivi" in a.detail) == 2


@pytest.mark.parametrize("text", ["1Les actions sont présentées en annexe.", "! Les actions sont présentées en annexe.",
                                  "!Les actions sont présentées en annexe."])
def test_a_note_whose_raised_call_was_read_on_the_line_is_a_note(text: str):
    """"1Les actions sont présentées en annexe" under the table: a note's raised "1" an OCR
    read on the line, glued to the note's first word, or read "!" set apart or glued, opens a
    note all the same."""
    note = Paragraph(lines=[Line(spans=[Span(text)], page=1)], page=1)
    table = _table([_row(HEADER, 1), _row(["Informer", "Bulletin", "CRÉ", "2008", "- Envoyé (mai 2008)"], 1)], 1)
    rest = _table([_row(["", "Forum régional", "Table", "2009", "- Tenu (mars 2009)"], 2)], 2)
    converted = normalize_document(Document(path="x.pdf", format="pdf", blocks=[table, note, rest], pages=2),
                                   "x.pdf")
    assert converted.document.chars_unaccounted == 0
    assert not [a for a in converted.anomalies if a.kind in ("text_outside_tables", "unaccounted_text")]


def test_a_point_between_two_names_of_a_scanned_responsible_cell_is_a_comma():
    """"Moisson Outaouais. Ville de Gatineau" read from a scan: a Responsable cell lists bodies,
    so a point between two names is a comma whose tail the copy lost, said in an anomaly and
    with no character unaccounted; after an acronym too ("CRÉ. MRC du Domaine-du-Roy"). An
    abbreviation's point stays ("M. Tremblay", "Ste. Foy"; "CJE. M. Tremblay": no name opens
    on an abbreviation), and so does every point of a page not read by OCR."""
    table = _table([_row(HEADER, 1),
                    _row(["Nourrir", "Jardins", "Moisson Outaouais. Ville de Gatineau", "2010", "- Fait (mai 2010)"], 1),
                    _row(["", "Cuisines", "CJE. M. Tremblay", "2010", "- Fait (mai 2010)"], 1),
                    _row(["", "Taxi", "CRÉ. MRC du Domaine-du-Roy", "2010", "- Fait (mai 2010)"], 1),
                    _row(["", "Vélos", "Ste. Foy", "2010", "- Fait (mai 2010)"], 1)], 1)
    for ocr, meant in (([1], ["Moisson Outaouais, Ville de Gatineau", "CJE. M. Tremblay", "CRÉ, MRC du Domaine-du-Roy",
                              "Ste. Foy"]),
                       ([], ["Moisson Outaouais. Ville de Gatineau", "CJE. M. Tremblay", "CRÉ. MRC du Domaine-du-Roy",
                             "Ste. Foy"])):
        doc = Document(path="x.pdf", format="pdf", blocks=[table], pages=1, ocr_pages=ocr)
        converted = normalize_document(doc, "x.pdf")
        assert [a.responsible for a in converted.actions] == meant
        assert converted.document.chars_unaccounted == 0
        said = [a.detail for a in converted.anomalies if a.kind == "ocr_low_confidence"]
        assert len(said) == 2 * len(ocr) and all(any(n in d for d in said) for n in ("Moisson Outaouais.", "CRÉ.")[:2 * len(ocr)])


def test_a_running_header_a_scan_read_a_letter_off_on_one_page_is_furniture():
    """The running header of a scan, read "CAPITALE:NATIONALE" on one page of three: a long
    line a letter off the one the other pages repeat is that line."""
    running = "LE DÉVELOPPEMENT SOCIAL DANS LA RÉGION DE LA CAPITALE-NATIONALE BILAN PLAN D'ACTION DE LA"

    def page(n: int, texts: list[str], header: str) -> list:
        top = Paragraph(lines=[Line(spans=[Span(header)], page=n)], page=n)
        return [top, _table([_row(HEADER, n)] * (n == 1) + [_row(texts, n)], n)]

    blocks = (page(1, ["Informer", "Bulletin", "CRÉ", "2008", "- Envoyé (mai 2008)"], running)
              + page(2, ["", "Forum régional", "Table", "2009", "- Tenu (mars 2009)"], running.replace("-", ":"))
              + page(3, ["", "Portrait", "CRÉ", "2009", "- Publié (avril 2009)"], running))
    from bilan.normalize.tables import _running_lines

    heads = [id(b) for b in blocks if isinstance(b, Paragraph)]
    doc = Document(path="x.pdf", format="pdf", blocks=blocks, pages=3, ocr_pages=[1, 2, 3])
    assert _running_lines(doc) == set(heads)
    converted = normalize_document(doc, "x.pdf")
    assert converted.document.chars_unaccounted == 0
    typeset = Document(path="x.pdf", format="pdf", blocks=blocks, pages=3)  # its text repeats exactly
    assert _running_lines(typeset) == {heads[0], heads[2]}
    # a heading that says less than the title over the first page is no running line
    title = "BILAN DU PLAN D'ACTION 2016-2018"
    blocks = page(1, ["Informer", "Bulletin", "CRÉ", "2008", "- Envoyé (mai 2008)"], title) \
        + page(2, ["", "Forum régional", "Table", "2009", "- Tenu (mars 2009)"], "Bilan du plan d'action")
    assert _running_lines(Document(path="x.pdf", format="pdf", blocks=blocks, pages=2, ocr_pages=[1, 2])) == set()


def test_a_footnote_read_into_the_table_as_an_objective_alone_is_a_note():
    """The note under a table read as its last row, in the first column alone ("1 Le cadre
    …", its raised call read on the line): an objective no action comes under, opening on a
    note's call, is the note. A numbered objective with actions under it stays one."""
    note = "1 Le cadre de gestion du fonds est disponible sur le site Internet de la CRÉ."
    rows = [_row(HEADER, 1), _row(["1 Soutenir les initiatives", "Mise en place d'un fonds", "CRÉ", "2009",
                                   "- Cadre adopté (septembre 2009)"], 1),
            _row([note, "", "", "", ""], 1)]
    converted = normalize_document(Document(path="x.pdf", format="pdf", blocks=[_table(rows, 1)], pages=1), "x.pdf")
    assert [a.objective for a in converted.actions] == ["1 Soutenir les initiatives"]
    assert converted.document.chars_unaccounted == 0


def test_a_row_run_into_the_header_above_it_is_read_as_a_row():
    """A continued page whose header row and "(suite)" row came out as one row (no line drawn
    between them): the follow-up cell reads the header, then "(suite)" and the items. A header
    holds no list: the items go on the action of the page before, not into the header. A
    header cell of two paragraphs ("Échéancier/" / "Date") stays a header."""
    first = _table([_row(HEADER, 1),
                    _row(["Informer les membres", "Bulletin", "CRÉ", "2008", "- Envoyé (mai 2008)"], 1)], 1)
    run_on = _row(HEADER, 2)
    run_on.cells[3].paragraphs.append(Paragraph(lines=[Line(spans=[Span("Date")], page=2)], page=2))
    run_on.cells[4].paragraphs += [Paragraph(lines=[Line(spans=[Span(t)], page=2)], page=2)
                                   for t in ["(suite)", "- Publié (juin 2008)", "- Diffusé (juillet 2008)"]]
    doc = Document(path="x.pdf", format="pdf", blocks=[first, _table([run_on], 2)], pages=2)
    converted = normalize_document(doc, "x.pdf")
    assert [a.action for a in converted.actions] == ["Bulletin"]
    assert [i.raw for i in converted.followups] == ["Envoyé (mai 2008)", "Publié (juin 2008)", "Diffusé (juillet 2008)"]
    assert converted.document.chars_unaccounted == 0


def test_a_row_run_into_the_header_in_the_same_paragraph_is_read_as_a_row():
    """The same, where the scan grouped the first item's line with the header's line into one
    paragraph ("Suivi en date du 31 mars 2009" / "-Forum jeunesse"): a line opening on a list
    item opens the row all the same."""
    first = _table([_row(HEADER, 1),
                    _row(["Informer les membres", "Bulletin", "CRÉ", "2008", "- Envoyé (mai 2008)"], 1)], 1)
    run_on = _row(HEADER, 2)
    lines = run_on.cells[4].paragraphs[0].lines
    lines += [Line(spans=[Span(t)], page=2) for t in ["- Publié (juin 2008)", "- Diffusé (juillet 2008)"]]
    doc = Document(path="x.pdf", format="pdf", blocks=[first, _table([run_on], 2)], pages=2)
    converted = normalize_document(doc, "x.pdf")
    assert [a.action for a in converted.actions] == ["Bulletin"]
    assert [i.raw for i in converted.followups] == ["Envoyé (mai 2008)", "Publié (juin 2008)", "Diffusé (juillet 2008)"]
    assert converted.document.chars_unaccounted == 0
