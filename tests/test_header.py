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
])
def test_a_header_word_one_letter_off_is_that_word(text: str, field: str):
    assert classify(text) == field


@pytest.mark.parametrize("text", ["Montant", "Indicateurs", "Coût", "Ateliers", "Dépenses", "Réponse"])
def test_other_words_are_not_pulled_to_a_header_word(text: str):
    assert classify(text) is None


def test_a_scanned_header_row_with_a_misread_word_keeps_its_column():
    found = map_header(["Actions", "Porteur", "Échéanrier", "Statut", "Suivi en date du 31 mers 2018"])
    assert found is not None
    assert found.column("deadline") == 2 and found.column("responsible") == 1
