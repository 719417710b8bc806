"""The other table shapes of real bilans (normalize/shapes.py): a status column told by its
cells, objectives and sections as title rows, the plan's numbers of actions, one follow-up
column per year; and what the audit makes of states."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from bilan.normalize.shapes import (is_number_column, is_state_column, number_text, read_state, split_number,
                                    Title, title_of, title_row)
from conftest import read_rows


@pytest.mark.parametrize("text, state, progress", [
    ("Réalisé", "realise", None), ("réalisée", "realise", None), ("Complétés", "realise", None),
    ("Terminé", "realise", None), ("Fait", "realise", None), ("100 %", "realise", 100),
    ("En cours", "en_cours", None), ("Amorcée", "en_cours", None), ("Partiellement réalisé", "en_cours", None),
    ("En voie de réalisation", "en_cours", None), ("En continu", "en_cours", None),
    ("Réalisé à 75 %", "en_cours", 75), ("60%", "en_cours", 60),
    ("Non débuté", "non_debute", None), ("Non réalisée", "non_debute", None), ("À venir", "non_debute", None),
    ("0 %", "non_debute", 0),
    ("Reporté", "reporte", None), ("Reportée à 2017", "reporte", None), ("Suspendu", "reporte", None),
    ("Différée", "reporte", None),
    ("Abandonné", "abandonne", None), ("Annulée", "abandonne", None), ("Retiré", "abandonne", None),
    ("En attente de financement", "unparsed", None), ("", "", None),
])
def test_a_status_cell_is_read(text: str, state: str, progress: int | None):
    got = read_state(text)
    assert (got.state, got.progress) == (state, progress)


def test_a_status_column_is_told_by_its_cells():
    assert is_state_column(["Réalisé", "En cours", "", "Non débuté", "En attente de financement"])
    assert is_state_column(["25 %", "100 %", "0 %"])
    # dated lists under a status-sounding header are follow-up, not states
    assert not is_state_column(["-Rencontre tenue (12/03/09)", "-Réalisé en mars 2009 (03/09)", "En cours"])
    assert not is_state_column(["Réalisé"])  # one cell says too little
    assert not is_state_column(["Forum tenu le 12 mai 2008", "À venir", "Bulletin publié"])


def test_plan_numbers():
    assert split_number("3.2 Tenue d'un forum régional") == ("3.2", "Tenue d'un forum régional", "")
    assert split_number("1.2.3 - Soutenir les cuisines") == ("1.2.3", "Soutenir les cuisines", "-")
    assert split_number("A-3 Recenser les logements") == ("A-3", "Recenser les logements", "")
    assert split_number("3) Créer un jardin") == ("3)", "Créer un jardin", "")
    assert split_number("b) Créer un jardin") == ("b)", "Créer un jardin", "")
    # a count, a year, a date: no plan number
    for text in ("4 rencontres par année", "2008 : forum", "12/03/09 rencontre", "Tenir 3.2 rencontres"):
        assert split_number(text) == ("", text, "")
    assert is_number_column(["1.1", "1.2", "", "2.1"]) and is_number_column(["1", "2", "3"])
    assert not is_number_column(["1.1", "Tenir un forum"])
    # a scan's misread numbers among many read right ("NH", "Lu 1" for "1.2", "3.1")
    assert is_number_column(["1.1", "NH", "1.3", "2.1", "2.2", "2.3", "Lu 1", "3.2", "3.3"])
    assert not is_number_column(["1.1", "NH", "1.3"]) and not is_number_column(["1.1", "1.2", "1.3", "Tenir"])
    assert number_text("1.\n1") == "1.1" and number_text("A- 3") == "A- 3"


def test_title_rows():
    assert title_of("Objectif 2 : Favoriser l'accès au logement").text == "Favoriser l'accès au logement"
    assert title_of("Objectif 2 : Favoriser l'accès au logement").kind == "objective"
    assert title_of("AXE 1 - La sécurité alimentaire") .kind == "section"
    assert title_of("Orientation 3. Mobiliser").text == "Mobiliser"
    assert title_of("Axe 1 ; Agir sur les conditions de vie") == Title("section", "Agir sur les conditions de vie")
    assert title_of("Soutenir les familles", labelled_only=True) is None
    assert title_of("Objectif Favoriser l'emploi").text == "Favoriser l'emploi"
    assert title_of("Objectif diffusion").text == "Objectif diffusion"  # a phrase, no label
    assert title_of("Objectif diffusion", labelled_only=True) is None
    no = [False] * 6
    # one cell across the table, label or not
    assert title_row(["Soutenir les familles", "", "", "", "", ""], [False] + [True] * 5, no).text == \
        "Soutenir les familles"
    # a label in the first cell alone, the others empty (a borderless table)
    assert title_row(["Objectif 1 : Mobiliser", "", "", "", "", ""], no, no).text == "Mobiliser"
    # bold text run over the first columns
    assert title_row(["Soutenir les", "familles", "", "", "", ""], no, [True, True] + [False] * 4).text == \
        "Soutenir les familles"
    # an action alone on its row is still an action; so is a row with its later cells filled
    assert title_row(["Diffuser l'information", "", "", "", "", ""], no, no) is None
    assert title_row(["Objectif 1", "Tenir un forum", "CDC", "2008", "", ""], no, no) is None


def _table(document, header: list[str], rows: list) -> None:
    table = document.add_table(rows=0, cols=len(header))
    table.style = "Table Grid"
    for values in [header] + rows:
        cells = table.add_row().cells
        if isinstance(values, str):  # a title row: one cell across the table, bold
            merged = cells[0].merge(cells[-1])
            merged.text = values
            for run in merged.paragraphs[0].runs:
                run.bold = True
            continue
        for cell, value in zip(cells, values):
            lines = value.split("\n")
            cell.text = lines[0]
            for line in lines[1:]:
                cell.add_paragraph(line)


def _convert(document, tmp_path: Path) -> dict[str, list[dict]]:
    from bilan.api import convert

    path = tmp_path / "bilan.docx"
    document.save(path)
    convert(path).write(tmp_path / "out", formats=("csv",))
    out = {n: read_rows(tmp_path / "out" / f"{n}.csv") for n in ("documents", "actions", "followups",
                                                                   "anomalies", "coverage", "extras")}
    assert out["documents"][0]["status"] == "ok" and out["documents"][0]["chars_unaccounted"] == "0"
    return out


@pytest.mark.parametrize("number_header", ["No", ""])
def test_title_rows_numbers_and_a_status_column(tmp_path: Path, number_header: str):
    """Objectives and sections as title rows, a number column and a status column; the number
    column told by its cells where its header is blank (a scan lost a narrow column's "No")."""
    document = docx.Document()
    document.add_paragraph("Bilan du plan d'action en développement social de la Ville")
    _table(document, [number_header, "Actions", "Responsable", "Échéancier", "État de réalisation", "Suivi au 31 mars 2016"], [
        "Axe 1 : Habitation",
        "Objectif 1 : Favoriser l'accès au logement",
        ["1.1", "Recenser les logements vacants", "MRC", "2015", "Réalisé",
         "-Relevé terminé (04/12/15)\n-Rapport diffusé (mars 2016)"],
        ["1.2", "Tenir un forum sur l'habitation", "CDC", "Juin 2015", "Non débuté", ""],
        ["1.3", "Rénover des logements sociaux", "OMH", "2015", "Réalisé", ""],
        "Objectif 2 : Soutenir la sécurité alimentaire",
        ["2.1", "Créer un jardin collectif", "Ville", "2017", "0 %", "-Terrain trouvé (12/02/16)"],
        ["2.2", "Mettre sur pied une cuisine collective", "CLSC", "2015", "En attente de financement", ""],
        ["2.3", "Distribuer des paniers de Noël", "Organismes", "Décembre 2015", "Réalisé à 75 %",
         "-300 paniers (décembre 2015)"],
    ])
    out = _convert(document, tmp_path)
    actions = out["actions"]
    assert [(a["action_no"], a["action"]) for a in actions][:2] == [
        ("1.1", "Recenser les logements vacants"), ("1.2", "Tenir un forum sur l'habitation")]
    assert [a["section"] for a in actions] == ["Habitation"] * 6
    assert [a["objective"] for a in actions] == ["Favoriser l'accès au logement"] * 3 + \
        ["Soutenir la sécurité alimentaire"] * 3
    assert [(a["state"], a["progress"]) for a in actions] == [
        ("realise", ""), ("non_debute", ""), ("realise", ""), ("non_debute", "0"), ("unparsed", ""),
        ("en_cours", "75")]
    assert actions[4]["state_text"] == "En attente de financement"
    assert not out["extras"]
    assert out["documents"][0]["as_of"] == "2016-03-31"
    items = out["followups"]
    assert [i["action_id"] for i in items] == ["A001", "A001", "A004", "A006"] and not any(i["period"] for i in items)
    # a status cell is a follow-up report: no action stated "Réalisé" is late or without follow-up
    status = {c["action_id"]: (c["state"], c["status"]) for c in out["coverage"]}
    assert status["A003"] == ("realise", "suivi") and status["A002"] == ("non_debute", "suivi")
    kinds = {(a["action_id"], a["kind"]) for a in out["anomalies"]}
    assert ("A002", "late_by_state") in kinds and ("A006", "late_by_state") in kinds
    assert ("A005", "unparsed_state") in kinds
    assert ("A004", "state_conflict") in kinds  # 0 % with work dated before as_of
    assert not {k for _, k in kinds} & {"no_followup", "overdue_without_followup"}
    assert ("A001", "late_by_state") not in kinds and ("A003", "late_by_state") not in kinds


def test_one_followup_column_per_year_and_numbers_in_the_action_cell(tmp_path: Path):
    document = docx.Document()
    document.add_paragraph("Plan d'action triennal 2016-2019 — bilan")
    _table(document, ["Objectif", "Actions", "Porteur", "Échéance", "Suivi 2016-2017", "Suivi 2017-2018"], [
        ["Briser l'isolement des aînés", "1.1 Tenue d'un forum sur le vieillissement", "Table des aînés", "2017",
         "-Forum tenu (12/05/17)", "-Actes publiés (février 2018)\n-Suivi du comité (03/2018)"],
        ["", "1.2 Visites d'amitié", "Centre d'action bénévole", "Continu", "", "-40 bénévoles (2018)"],
    ])
    out = _convert(document, tmp_path)
    assert [(a["action_no"], a["action"]) for a in out["actions"]] == [
        ("1.1", "Tenue d'un forum sur le vieillissement"), ("1.2", "Visites d'amitié")]
    items = out["followups"]
    assert [(i["action_id"], i["item_no"], i["period"]) for i in items] == [
        ("A001", "1", "Suivi 2016-2017"), ("A001", "2", "Suivi 2017-2018"), ("A001", "3", "Suivi 2017-2018"),
        ("A002", "1", "Suivi 2017-2018")]
    assert out["documents"][0]["as_of"] == "2018-12-31"  # the latest date the headers give
    assert not out["extras"] and not any(a["kind"] == "unknown_column" for a in out["anomalies"])


def test_states_are_shown_in_the_workbook_the_report_and_the_page(tmp_path: Path):
    import openpyxl

    from bilan.api import convert
    from bilan.runs import coverage_summary

    document = docx.Document()
    document.add_paragraph("Bilan du plan d'action de la Ville")
    _table(document, ["Actions", "Responsable", "Échéancier", "Statut", "Suivi au 31 mars 2016"], [
        "Objectif 1 : Favoriser l'accès au logement",
        ["Recenser les logements vacants", "MRC", "2015", "Réalisé", ""],
        ["Tenir un forum sur l'habitation", "CDC", "Juin 2015", "En cours", "-Salle réservée (02/2016)"],
        ["Rénover des logements sociaux", "OMH", "2017", "Réalisé", ""],
    ])
    path = tmp_path / "etats.docx"
    document.save(path)
    result = convert(path)
    result.write(tmp_path / "out")
    book = openpyxl.load_workbook(tmp_path / "out" / "bilan.xlsx")
    sheet = book["Couverture"]
    values = [c.value for row in sheet.iter_rows() for c in row if c.value is not None]
    assert "État" in values and "États" in values and "réalisé 2, en cours 1" in values
    html = (tmp_path / "out" / "rapport.html").read_text(encoding="utf-8")
    assert "États des actions" in html and "réalisé 2, en cours 1" in html and "non débuté" not in html
    (summary,) = coverage_summary(result.dataset.coverage)
    assert summary["states"] == "réalisé 2, en cours 1" and summary["suivi"] == 3
    assert "Dictionnaire" in book.sheetnames
    dictionary = [c.value for row in book["Dictionnaire"].iter_rows() for c in row]
    assert {"actions.csv:action_no", "actions.csv:state_text", "actions.csv:state", "actions.csv:progress",
            "followups.csv:period", "coverage.csv:state"} <= set(dictionary)


def test_the_state_is_shown_along_a_track():
    from bilan.outputs.excel_tracks import cell_text

    assert cell_text("suivi", 1, "en_cours") == "suivi (1) · en cours"
    assert cell_text("en_retard", 0) == "en retard (0)"


def test_a_header_repeated_with_a_misread_cell_is_the_header_again(tmp_path: Path):
    """The header over a second table, one cell misread ("O)bijectif(s" for "Objectif(s)", a
    scan's reading): the known header again, not a data row under it."""
    header = ["Activités", "Objectif(s)", "Calendrier", "Responsable(s)", "Suivi au 31 mars 2011"]
    document = docx.Document()
    document.add_paragraph("Bilan annuel du plan d'action")
    _table(document, header, [["Recension des services", "Améliorer l'accès", "2010", "Comité", "Faite"]])
    document.add_paragraph("Orientation 2 : Soutenir la concertation")
    _table(document, ["Activités", "O)bijectif(s", *header[2:]],
           [["Formation des membres", "Renforcer les compétences", "2010", "Table", "Trois sessions"]])
    actions = _convert(document, tmp_path)["actions"]
    assert [a["action"] for a in actions] == ["Recension des services", "Formation des membres"]
    assert actions[1]["objective"] == "Renforcer les compétences"


def test_a_header_repeated_with_one_cell_read_far_off_is_the_header_again(tmp_path: Path):
    """"jorteurts" for "Porteur(s)" (a blurred bold word), another cell a little off
    ("Objectif(s)" where the first header read "Obje.uif(s)"), three cells the same: the
    header again. With two cells as far off (one three letters off any header word, which
    names no field), it is a row of data under the header before."""
    header = ["Obje.uif(s)", "Moyens d'action", "P)orteur(s", "Échéance", "État d'avancement au 30 juin 2010"]
    row = ["Accroître la participation", "Formation des citoyens", "Corporations", "2010", "Faite"]
    for second, kept in ((["Objectif(s)", "Moyens d'action", "jorteurts", "Échéance", header[4]], True),
                         (["Objectif(s)", "Moyens d'action", "jorteurts", "Éxhxaxce", header[4]], False)):
        document = docx.Document()
        document.add_paragraph("Bilan annuel du plan d'action")
        _table(document, header, [["Soutenir les initiatives", "Mise en place d'un fonds", "CRÉ", "2009", "Fait"]])
        document.add_paragraph("Axe 2 : Participation citoyenne")
        _table(document, second, [row])
        out = tmp_path / ("kept" if kept else "not")
        out.mkdir()
        actions = _convert(document, out)["actions"]
        assert ("Moyens d'action" not in [a["action"] for a in actions]) == kept, second
        if kept:
            assert [a["action"] for a in actions][-1] == "Formation des citoyens"


def test_a_plan_number_whose_point_a_scan_lost_is_read_back_from_the_sequence():
    """"23 Production d'un bottin" after action 2.2, and a number cell read "32" after 3.1:
    the points a scan lost, in a document numbered N.M. A count opening an action ("12
    ateliers", or "45 Rencontres" that follows no number before it) is left as it is, and
    so is a document not numbered N.M."""
    from bilan.normalize.records import ActionRow
    from bilan.normalize.shapes import points_lost

    def rows(*pairs: tuple[str, str]) -> list[ActionRow]:
        return [ActionRow("d", f"A{k}", "", "", text, "", "", "", None, None, "", 0, 1, 1, action_no=no)
                for k, (no, text) in enumerate(pairs, start=1)]

    actions = rows(("2.1", "Créer"), ("2.2", "Tenir"), ("", "23 Production d'un bottin"), ("3.1", "Offrir"),
                   ("32", "Tenue d'un forum"), ("", "12 ateliers donnés"), ("", "45 Rencontres tenues"),
                   ("", "42 Diffuser"))
    points_lost(actions)
    assert [(a.action_no, a.action) for a in actions] == [
        ("2.1", "Créer"), ("2.2", "Tenir"), ("2.3", "Production d'un bottin"), ("3.1", "Offrir"),
        ("3.2", "Tenue d'un forum"), ("", "12 ateliers donnés"), ("", "45 Rencontres tenues"),
        ("", "42 Diffuser")]
    plain = rows(("", "11 Créer"), ("", "12 Tenir"))
    points_lost(plain)
    assert [a.action_no for a in plain] == ["", ""]
