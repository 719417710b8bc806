"""Nothing lost, checked from the source: every string drawn into a document reaches an output
row, is furniture (title, headings, header rows), or is quoted in an `unaccounted_text` anomaly."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

import pdf_fixtures as fx
from conftest import read_rows, run_bilan

HEADER = ["Objectif", "Actions", "Responsable", "Échéancier", "Suivi en date du 31 mars 2010"]

# Rows an over-eager header reader takes for a repeated header: full of its words.
HEADER_WORDS = [
    ["Suivi des partenaires", "Actions de diffusion des résultats", "Centre d'action bénévole et partenaires",
     "Date à déterminer", "-Échéance respectée (12/05/09)\n-Suivi des actions fait (13/05/09)"],
    ["", "Action de suivi des résultats", "Partenaires du milieu", "Échéance : 2009",
     "-Résultats diffusés (14/05/09)"],
]
PLAIN = [
    ["Soutenir les organismes", "Tenir un forum régional", "CDC", "2008", "Forum tenu le 12 mai 2008"],
    ["", "Diffuser l'information", "CLD", "2009", "-Bulletin publié (03/02/09)\n-Site web (04/02/09)"],
]


def _outputs(out: Path) -> tuple[str, list[dict], list[dict]]:
    """All text of the data rows, the anomalies, and documents.csv."""
    texts = []
    for name in ("actions", "followups", "extras"):
        for row in read_rows(out / f"{name}.csv"):
            texts.extend(row.values())
    return " ¶ ".join(texts), read_rows(out / "anomalies.csv"), read_rows(out / "documents.csv")


def _placed(text: str, data: str, anomalies: list[dict]) -> bool:
    squeeze = "".join(text.lstrip("-").split())
    return squeeze in "".join(data.split()) or any(squeeze in "".join(a["detail"].split()) for a in anomalies)


def _convert(path: Path, tmp: Path) -> tuple[str, list[dict], list[dict]]:
    out = tmp / "out"
    proc = run_bilan("convert", str(path), "--out", str(out), "--format", "csv")
    assert proc.returncode == 0, proc.stderr
    return _outputs(out)


def _docx_table(document, header: list[str] | None, rows: list[list[str]]) -> None:
    table = document.add_table(rows=0, cols=5)
    table.style = "Table Grid"
    for values in ([header] if header else []) + rows:
        cells = table.add_row().cells
        for cell, value in zip(cells, values):
            lines = value.split("\n")
            cell.text = lines[0]
            for line in lines[1:]:
                cell.add_paragraph(line)


def test_word_rows_full_of_header_words_are_actions_and_lost_text_is_quoted(tmp_path: Path):
    document = docx.Document()
    document.add_paragraph("Bilan du plan d'action de la Table de développement social")
    document.add_heading("Volet régional", level=1)
    _docx_table(document, HEADER, PLAIN)
    # a second table, as authors make when a page fills: no header, first row full of header words
    _docx_table(document, None, HEADER_WORDS + [["Objectif resté seul sans action", "", "", "", ""]])
    stray_paragraph = ("Ce paragraphe entre deux tableaux raconte ce que le comité a fait cette année "
                       "et ne tient dans aucune ligne du tableau.")
    document.add_paragraph(stray_paragraph)
    legend = document.add_table(rows=1, cols=2)
    legend.rows[0].cells[0].text, legend.rows[0].cells[1].text = "Légende", "CDC : corporation de développement"
    path = tmp_path / "mots-d-en-tete.docx"
    document.save(path)

    data, anomalies, (doc_row,) = _convert(path, tmp_path)
    actions = read_rows(tmp_path / "out" / "actions.csv")
    assert [a["action"] for a in actions] == [
        "Tenir un forum régional", "Diffuser l'information", "Actions de diffusion des résultats",
        "Action de suivi des résultats"]
    for row in PLAIN + HEADER_WORDS:
        for cell in row:
            for line in cell.split("\n"):
                if line:
                    assert _placed(line, data, anomalies), line
    lost = {a["detail"] for a in anomalies if a["kind"] == "unaccounted_text"}
    for text in ("Objectif resté seul sans action", stray_paragraph, "Légende",
                 "CDC : corporation de développement"):
        assert any(text in d for d in lost), text
    expected = sum(len("".join(t.split())) for t in ("Objectif resté seul sans action", stray_paragraph,
                                                      "Légende", "CDC : corporation de développement"))
    assert int(doc_row["chars_unaccounted"]) == expected


def test_pdf_page_top_row_full_of_header_words_is_not_dropped(tmp_path: Path):
    """A ruled table continued on page 2 without its header: the first row there is data."""
    page2 = [[[line for line in cell.split("\n")] for cell in row] for row in HEADER_WORDS]
    s = fx.Sheet(str(tmp_path / "suite.pdf"))
    s.table(60, [[[line for line in cell.split("\n")] for cell in row] for row in PLAIN], header=HEADER)
    s.new_page()
    s.table(60, page2, header=None)
    s.save()

    data, anomalies, (doc_row,) = _convert(tmp_path / "suite.pdf", tmp_path)
    actions = read_rows(tmp_path / "out" / "actions.csv")
    assert len(actions) == 4
    assert actions[2]["action"] == "Actions de diffusion des résultats"
    assert actions[2]["page_start"] == "2"
    for row in PLAIN + HEADER_WORDS:
        for cell in row:
            for line in cell.split("\n"):
                if line:
                    assert _placed(line, data, anomalies), line
    assert doc_row["chars_unaccounted"] == "0"


def test_a_repeated_header_is_skipped_only_when_it_equals_the_header(tmp_path: Path):
    s = fx.Sheet(str(tmp_path / "repete.pdf"))
    s.table(60, [[[c] for c in PLAIN[0]]], header=HEADER)
    s.new_page()
    s.table(60, [[[c] for c in PLAIN[1][:4]] + [["Bulletin publié (03/02/09)"]]], header=[h.upper() for h in HEADER])
    s.save()
    data, anomalies, (doc_row,) = _convert(tmp_path / "repete.pdf", tmp_path)
    actions = read_rows(tmp_path / "out" / "actions.csv")
    assert [a["action"] for a in actions] == ["Tenir un forum régional", "Diffuser l'information"]
    assert doc_row["chars_unaccounted"] == "0"


FOLLOWUP_WORDINGS = [
    "Suivi en date du 31 mars 2013", "État de situation au 31 mars 2013", "Réalisations",
    "Réalisations au 31 mars 2013", "Bilan au 31 mars 2013", "Progression", "Où en sommes-nous ?",
    "État d'avancement", "Résultats obtenus", "Commentaires", "Actions réalisées",
    "Situation au 31 mars 2013", "Mise à jour", "Observations",
]


@pytest.mark.parametrize("wording", FOLLOWUP_WORDINGS)
def test_a_follow_up_column_is_found_under_any_wording(tmp_path: Path, wording: str):
    document = docx.Document()
    document.add_paragraph("Bilan 2012-2013")
    _docx_table(document, ["Objectifs", "Moyens d'action", "Porteur", "Échéance", wording], PLAIN)
    path = tmp_path / "b.docx"
    document.save(path)
    _, anomalies, (doc_row,) = _convert(path, tmp_path)
    assert doc_row["followups"] == "3"
    assert not [a for a in anomalies if a["kind"] in ("unknown_column", "no_followup_column")]


def test_a_follow_up_column_is_told_by_its_content(tmp_path: Path):
    document = docx.Document()
    _docx_table(document, ["Objectif", "Actions", "Responsable", "Échéance", "Où rendu"], PLAIN)
    path = tmp_path / "contenu.docx"
    document.save(path)
    _, anomalies, (doc_row,) = _convert(path, tmp_path)
    assert doc_row["followups"] == "3"
    assert not [a for a in anomalies if a["kind"] == "no_followup_column"]


def test_without_a_follow_up_column_nothing_is_overdue_and_the_user_is_told(tmp_path: Path):
    document = docx.Document()
    rows = [r[:4] + [budget] for r, budget in zip(PLAIN, ["15 000 $", "2 500 $"])]
    _docx_table(document, ["Objectif", "Actions", "Responsable", "Échéance", "Budget"], rows)
    path = tmp_path / "sans-suivi.docx"
    document.save(path)
    out = tmp_path / "out"
    proc = run_bilan("convert", str(path), "--out", str(out), "--format", "csv")
    assert proc.returncode == 0
    assert "no follow-up column" in proc.stderr and "--columns" in proc.stderr
    anomalies = read_rows(out / "anomalies.csv")
    assert [a["kind"] for a in anomalies if a["kind"] == "no_followup_column"] == ["no_followup_column"]
    assert not [a for a in anomalies if a["kind"] in ("overdue_without_followup", "no_followup")]
    assert {c["status"] for c in read_rows(out / "coverage.csv")} <= {"a_venir", "sans_suivi"}
    # mapped by hand, the same column is read as follow-up
    proc = run_bilan("convert", str(path), "--out", str(out), "--format", "csv", "--columns", "Budget=followup")
    assert proc.returncode == 0 and "no follow-up column" not in proc.stderr
    assert read_rows(out / "documents.csv")[0]["followups"] == "2"


def test_verbose_prints_the_reconciliation(tmp_path: Path):
    proc = run_bilan("convert", str(fx.ruled_table_pdf(str(tmp_path / "r.pdf"))), "--out", str(tmp_path / "o"),
                     "--format", "csv", "-v")
    assert proc.returncode == 0
    assert "characters in" in proc.stderr and "0 unaccounted" in proc.stderr


# --- no path by which text disappears: random tables full of traps ---------------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

WORDS = ["Diffusion", "des", "résultats", "suivi", "action", "actions", "partenaires", "date", "échéance",
         "Centre", "d'action", "bénévole", "objectif", "bilan", "réalisations", "comité", "forum",
         "responsable", "état", "situation", "Table", "régionale", "concertation", "portrait"]
PHRASE = st.lists(st.sampled_from(WORDS), min_size=1, max_size=7).map(lambda ws: " ".join(ws).capitalize())
DEADLINE = st.sampled_from(["", "2009", "Continu", "mars 2010", "Échéance 2009", "À déterminer", "Date à venir"])
FOLLOW_LINE = st.one_of(
    st.tuples(st.sampled_from(["-", "• ", "– ", "o "]), PHRASE, st.sampled_from(["", " (04/12/07)", " (mars 2008)"]))
    .map("".join),
    PHRASE, st.just("(suite)"), st.just("Concert'action"))
ROW = st.fixed_dictionaries({
    "objective": st.one_of(st.just(""), PHRASE), "action": st.one_of(st.just(""), PHRASE),
    "responsible": st.one_of(st.just(""), PHRASE), "deadline": DEADLINE,
    "followup": st.lists(FOLLOW_LINE, max_size=4)})


@settings(max_examples=int(__import__("os").environ.get("RECON_EXAMPLES", "40")), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(ROW, min_size=1, max_size=8), cut=st.integers(0, 8), note=st.booleans())
def test_every_source_string_reaches_a_row_or_an_anomaly(tmp_path: Path, rows: list[dict], cut: int, note: bool):
    from bilan.extract import read
    from bilan.normalize.document import normalize_document

    document = docx.Document()
    document.add_paragraph("Bilan du plan d'action 2008-2009")
    values = [[r["objective"], r["action"], r["responsible"], r["deadline"], "\n".join(r["followup"])]
              for r in rows]
    cut = max(cut, 1)
    _docx_table(document, HEADER, values[:cut])
    if values[cut:]:
        if note:
            document.add_paragraph("Le comité a revu ce tableau en entier lors de sa dernière rencontre.")
        _docx_table(document, None, values[cut:])
    path = tmp_path / "pieges.docx"
    document.save(path)

    result = normalize_document(read(path), "pieges.docx")
    data = " ¶ ".join(str(v) for rows_ in (result.actions, result.followups, result.extras)
                      for r in rows_ for v in r.as_strings())
    details = [{"detail": a.detail} for a in result.anomalies]
    for row in values:
        for cell in row:
            for line in cell.split("\n"):
                if line and line != "(suite)":
                    assert _placed(line.lstrip("-•–o "), data, details), (line, values)
    if note and values[cut:]:
        assert _placed("Le comité a revu ce tableau", data, details)
    rec = result.reconciliation
    assert rec.chars_in == rec.in_rows + rec.furniture + rec.unaccounted
    assert result.document.chars_unaccounted == rec.unaccounted == sum(
        len("".join(a.detail.split("« ", 1)[-1].rsplit(" »", 1)[0].split()))
        for a in result.anomalies if a.kind == "unaccounted_text")


def test_a_short_plain_line_between_tables_of_a_document_with_styled_headings_is_quoted(tmp_path: Path):
    """Where the document styles its headings, a short line of body text between two tables
    (a table row the reader left out of its table, as a scan's may be) is no heading: it is
    quoted in an anomaly, not counted as furniture and lost without a word. A styled heading
    there stays a heading (the section of the rows after it)."""
    document = docx.Document()
    document.add_heading("Bilan du plan d'action 2009-2010", level=1)
    document.add_heading("Lutte contre la pauvreté", level=2)
    _docx_table(document, HEADER, PLAIN)
    document.add_paragraph("Actualisation du Portrait Ressource de la 2008")
    document.add_heading("La diffusion et la circulation de l'information", level=2)
    _docx_table(document, HEADER, PLAIN)
    path = tmp_path / "bilan.docx"
    document.save(path)
    data, anomalies, _ = _convert(path, tmp_path)
    lost = [a for a in anomalies if a["kind"] == "unaccounted_text"]
    assert len(lost) == 1 and "Actualisation du Portrait Ressource de la 2008" in lost[0]["detail"]
    sections = {row["section"] for row in read_rows(tmp_path / "out" / "actions.csv")}
    assert sections == {"Lutte contre la pauvreté", "La diffusion et la circulation de l'information"}


def test_a_line_the_pdf_reader_set_apart_at_the_page_foot_or_top_is_furniture():
    """A page's foot or top set apart from its body and not repeated as such (a page number,
    a running title the scan garbled: "Paye +", "OUTAQOUAIS") is a footer or a header, not
    text lost between two tables, nor is "Page" whose number was lost; a short plain line
    among the body's is quoted."""
    from bilan.extract.model import Cell, Document, Line, Paragraph, Row, Span, Table
    from bilan.normalize.document import normalize_document

    def par(text: str, style: str = "", page: int = 1) -> Paragraph:
        return Paragraph(lines=[Line(spans=[Span(text)], page=page)], style=style, page=page)

    def table(page: int) -> Table:
        rows = [HEADER] + PLAIN
        return Table(rows=[Row(cells=[Cell(paragraphs=[par(v, page=page)] if v else [], page=page) for v in values],
                               page_start=page, page_end=page) for values in rows],
                     page_start=page, page_end=page)

    doc = Document(path="bilan.pdf", format="pdf", pages=2, blocks=[
        par("Bilan 2009-2010", "Title"), par("Lutte contre la pauvreté", "Heading"), table(1),
        par("Paye +", "Footer"), par("Page", "", 1), par("PLAN D'ACTION DE L'OUTAQOUAIS", "Header", 2),
        par("Actualisation du Portrait 2008", ""), table(2)])
    converted = normalize_document(doc, "bilan.pdf")
    lost = [a.detail for a in converted.anomalies if a.kind == "unaccounted_text"]
    assert len(lost) == 1 and "Actualisation du Portrait 2008" in lost[0]


def test_small_print_closing_a_page_is_a_note_even_without_its_call(tmp_path: Path):
    """A note at the page's foot, in print clearly smaller than the body's, whose call mark
    was lost (a scan's tiny "¹", or none printed): furniture, as a note opening on its mark
    is. The same small print with a table under it closes no page: it is quoted."""
    note = "Les montants comprennent la contribution du ministère et celle des partenaires du milieu."
    aside = "Les montants de cette section sont donnés avant les taxes et les frais de gestion."
    s = fx.Sheet(str(tmp_path / "notes.pdf"))
    s.table(60, [[[line for line in cell.split("\n")] for cell in row] for row in PLAIN], header=HEADER)
    s.text(36, 560, note, size=6)
    s.new_page()
    bottom = s.table(60, [[[line for line in cell.split("\n")] for cell in row] for row in PLAIN[:1]],
                     header=HEADER)
    s.text(36, bottom + 20, aside, size=6)
    s.table(bottom + 40, [[[line for line in cell.split("\n")] for cell in row] for row in PLAIN[1:]],
            header=HEADER)
    s.save()

    data, anomalies, (doc_row,) = _convert(tmp_path / "notes.pdf", tmp_path)
    lost = [a["detail"] for a in anomalies if a["kind"] == "unaccounted_text"]
    assert len(lost) == 1 and aside[:40] in lost[0], lost
    assert not any("contribution du ministère" in d for d in lost)
    assert len(read_rows(tmp_path / "out" / "actions.csv")) == 4


@pytest.mark.parametrize("called", [True, False])
def test_a_note_opening_on_its_call_as_a_scan_reads_it_closes_its_page(tmp_path: Path, called: bool):
    """A page whose text prints a call (a raised "1") and closes on a line in the body's size
    opening on "‘" run into a capital ("‘Les actions …": the raised "1" as a scan reads it):
    that line is the note, furniture. Without a call on the page, the same line is quoted."""
    note = "‘Les actions sont présentées en annexe."
    s = fx.Sheet(str(tmp_path / "notes.pdf"))
    s.runs(36, 40, [("Suivi des interventions régionales", ())] + ([("1", ("sup",))] if called else []))
    s.table(60, [[[line for line in cell.split("\n")] for cell in row] for row in PLAIN], header=HEADER)
    s.text(36, 560, note)
    s.save()

    _, anomalies, _ = _convert(tmp_path / "notes.pdf", tmp_path)
    lost = [a["detail"] for a in anomalies if a["kind"] == "unaccounted_text"]
    assert bool(lost) != called and all("présentées en annexe" in d for d in lost), lost
