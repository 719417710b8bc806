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


@pytest.mark.parametrize(("cells", "kept"), [
    (["Objectif", "Actions", "Respect", "Suivi"], [2]),             # a word, not a cut one
    (["Objectif", "Actions", "Respectivement", "Suivi"], [2]),      # opening so, but two letters longer
    (["Actions", "Responsable", "Resp. adjoint", "Suivi"], [2]),    # the field has its column already
    (["Objectif", "Actions", "Resp. 1", "Resp. 2", "Suivi"], [2, 3]),  # two cells open so: neither is told
])
def test_other_cells_are_not_pulled_to_a_field_by_their_opening(cells: list[str], kept: list[int]):
    found = map_header(cells)
    assert found is not None and all(i in found.extras for i in kept)
