"""normalize/header.py: a header cell's field, whatever its wording, and one misread letter."""

from __future__ import annotations

import pytest

from bilan.normalize.header import classify, map_header


@pytest.mark.parametrize(("text", "field"), [
    ("Échéancier", "deadline"),
    ("Responsable/ partenaire", "responsible"),
    ("Suivi en date du 31 mars 2018", "followup"),
    ("Résultats attendus", None),  # the plan's own targets, no follow-up
    ("Budget", None),
])
def test_header_wordings(text: str, field: str | None):
    assert classify(text) == field


@pytest.mark.parametrize(("text", "field"), [
    ("Échéanrier", "deadline"),  # "c" read "r"
    ("Responsahle", "responsible"),
    ("Portcur", "responsible"),
    ("Obiectifs", "objective"),
    ("Actiona", "action"),
    ("Étal d'avancement", "followup"),  # "avancement" is read; "Étal" stays a word of its own
    ("Dats prévue", "deadline"),  # a word of four letters too
])
def test_a_header_word_one_letter_off_is_that_word(text: str, field: str):
    assert classify(text) == field


@pytest.mark.parametrize("text", ["Montant", "Indicateurs", "Coût", "Ateliers", "Dépenses", "Réponse", "Dons", "Rôle"])
def test_other_words_are_not_pulled_to_a_header_word(text: str):
    assert classify(text) is None


def test_a_scanned_header_row_with_a_misread_word_keeps_its_column():
    found = map_header(["Actions", "Porteur", "Échéanrier", "Statut", "Suivi en date du 31 mers 2018"])
    assert found is not None
    assert found.column("deadline") == 2 and found.column("responsible") == 1


@pytest.mark.parametrize(("cells", "column", "field"), [
    (["Objectif", "Actions", "Resp-rnratèe", "Échéancier", "% réalisé", "Suivi au 31 mars 2017"], 2, "responsible"),
    (["Actions", "Resp.", "Éch.", "Suivi"], 1, "responsible"),
    (["Actions", "Resp.", "Éch.", "Suivi"], 2, "deadline"),
    (["Obj.", "Actions", "Porteur", "Suivi"], 0, "objective"),
    (["Objectif", "Actions", "Responagh)e", "Échéancier", "Suivi"], 2, "responsible"),  # six letters, then a blur
    (["Actions", "Resprrenhles", "Échéanrier", "Statut", "Suivi"], 1, "responsible"),  # its four, as long as it
])
def test_a_header_word_cut_short_at_a_mark_names_its_field(cells: list[str], column: int, field: str):
    """"Resp.", "Éch.", or a scan's "Resp-rnratèe" (its end blurred past mending, a letter
    off no more): the field's word cut at a mark, in a row where no column holds that field."""
    found = map_header(cells)
    assert found is not None and found.column(field) == column


def test_a_long_header_word_two_letters_off_names_a_field_the_table_lacks():
    """"Éciance" for "Échéance" (a bold header a copy ran together): two letters off a header
    word, in a row where no column holds the deadline, is that column; a short word two
    letters off, or one for a field another column holds, stays unknown."""
    found = map_header(["Objectif(s)", "Moyens d'action", "Porteur(s)", "Éciance", "État d'avancement au 30 juin 2010"])
    assert found is not None and found.column("deadline") == 3
    found = map_header(["Objectif(s)", "Moyens d'action", "Échéance", "Éciance", "État d'avancement"])
    assert found is not None and 3 in found.extras
    found = map_header(["Objectif(s)", "Actions", "Porteur", "Dotis", "Suivi"])  # "Dates"? too short to tell
    assert found is not None and 3 in found.extras
    # "Obijectit(s)" for "Objectif(s)": the plural's mark aside, two letters off
    found = map_header(["Obijectit(s)", "Moyens d'action", "Porteur(s)", "Échéance", "État d'avancement"])
    assert found is not None and found.column("objective") == 0
    found = map_header(["Objectif(s)", "Obijectit(s)", "Moyens d'action", "Porteur(s)", "Échéance", "État"])
    assert found is not None and 1 in found.extras


@pytest.mark.parametrize(("cells", "kept"), [
    (["Objectif", "Actions", "Respect", "Suivi"], [2]),             # a word, not a cut one
    (["Objectif", "Actions", "Respectivement", "Suivi"], [2]),      # opening so, but two letters longer
    (["Actions", "Responsable", "Resp. adjoint", "Suivi"], [2]),    # the field has its column already
    (["Objectif", "Actions", "Resp. 1", "Resp. 2", "Suivi"], [2, 3]),  # two cells open so: neither is told
])
def test_other_cells_are_not_pulled_to_a_field_by_their_opening(cells: list[str], kept: list[int]):
    found = map_header(cells)
    assert found is not None and all(i in found.extras for i in kept)


@pytest.mark.parametrize(("text", "field"), [
    ("Port sur(s)", "responsible"),   # "Porteur(s)" spaced apart, a letter off
    ("Échéa ncier", "deadline"),
    ("Res ponsable", "responsible"),
    ("Par tenaires", "responsible"),
])
def test_a_header_word_a_scan_spaced_apart_is_read_whole(text: str, field: str):
    assert classify(text) == field


@pytest.mark.parametrize("text", ["Coût total", "Mont ant", "Dais prévue", "Nos rôles"])
def test_header_words_read_whole_take_no_field_they_do_not_spell(text: str):
    assert classify(text) is None


def test_a_column_of_deadlines_under_an_unread_header_is_the_deadline():
    """"Dais prévue" (a scan's "Date prévue", two letters off): its cells, all deadlines, one a
    date at least, tell the column; a column of dated follow-up, of "En continu" alone, or two
    columns of dates, do not."""
    from bilan.normalize.header import HeaderMap, deadline_by_content

    extras = {2: "Dais prévue", 3: "Port sur"}
    cells = {2: ["2010-2011", "Décembre 2010", "À venir", "En continu", "4 rencontres par année", ""],
             3: ["Carrefours jeunesse-emploi", "Pôle régional", "", "", "", ""]}
    assert deadline_by_content(HeaderMap(extras=extras), cells) == 2
    followup = {2: ["Répertoire diffusé le 10/12/2010", "Rencontre tenue le 3 mars 2011"]}
    assert deadline_by_content(HeaderMap(extras={2: "Notes"}), followup) is None
    assert deadline_by_content(HeaderMap(extras={2: "Mode"}), {2: ["En continu", "En continu"]}) is None
    both = {2: ["2010", "Mai 2011"], 3: ["2011", "Juin 2011"]}
    assert deadline_by_content(HeaderMap(extras={2: "A", 3: "B"}), both) is None


def test_a_word_table_under_misread_headers_keeps_its_deadlines_and_responsibles(tmp_path):
    """The headers a scan misread, typed as read ("Dais prévue", "Port sur(s)"): the
    deadlines, told by their cells, and the responsibles, by the word read whole, land in
    their columns of actions.csv."""
    import docx

    import bilan

    document = docx.Document()
    document.add_paragraph("Bilan des actions 2010-2011")
    rows = [["Objectif", "Actions", "Dais prévue", "Port sur(s)", "État de réalisation au 31 mars 2011"],
            ["Favoriser l'emploi", "Projet d'insertion", "2010-2011", "Carrefours jeunesse-emploi",
             "Cohorte débutée le 6 avril 2010"],
            ["", "Répertoire des entreprises", "Décembre 2010", "Pôle régional", "Répertoire diffusé"],
            ["", "Salon de l'emploi", "À venir", "Service externe", ""]]
    table = document.add_table(rows=len(rows), cols=5)
    for row, values in zip(table.rows, rows):
        for cell, value in zip(row.cells, values):
            cell.text = value
    path = tmp_path / "entetes-mal-lues.docx"
    document.save(path)
    actions = bilan.convert([path]).actions
    assert list(actions["deadline_text"]) == ["2010-2011", "Décembre 2010", "À venir"]
    assert list(actions["deadline_kind"]) == ["range", "month", "tbd"]
    assert list(actions["responsible"]) == ["Carrefours jeunesse-emploi", "Pôle régional", "Service externe"]
