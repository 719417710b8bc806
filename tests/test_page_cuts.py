"""A row cut by a page break is one action, wherever the cut falls and whatever draws the
rules: a rule under the first part and over the rest (LibreOffice), or neither (a browser,
reportlab), the header repeated on the next page or not. The objective cut with it is one
objective on every row that carries it; a cell of a few words that runs on is never an
action of its own."""

from __future__ import annotations

from pathlib import Path

import pytest

import pdf_fixtures as fx
from conftest import read_rows


def _convert(pdf: str, out: Path) -> tuple[list[dict], list[dict], list[dict]]:
    from bilan.api import convert

    convert(pdf).write(out, formats=("csv",))
    (doc,) = read_rows(out / "documents.csv")
    assert doc["status"] == "ok" and doc["chars_unaccounted"] == "0"
    return read_rows(out / "actions.csv"), read_rows(out / "followups.csv"), read_rows(out / "anomalies.csv")


@pytest.mark.parametrize("rules, header_again", [("closed", True), ("open", True), ("open", False),
                                                 ("closed", False)])
def test_a_row_cut_by_a_page_is_one_action(tmp_path: Path, rules: str, header_again: bool):
    pdf = fx.page_cut_pdf(str(tmp_path / "cut.pdf"), rules=rules, header_again=header_again)
    actions, items, anomalies = _convert(pdf, tmp_path / "out")
    whole = " ".join(fx.CUT_OBJECTIVE)
    assert [a["action"] for a in actions] == ["Portrait des besoins en habitation", " ".join(fx.CUT_ACTION),
                                            "Forum régional sur l'habitation"]
    assert [a["objective"] for a in actions] == [whole] * 3
    assert actions[1]["responsible"] == "TDS/Ressource de la CRÉ, partenaires du milieu"
    assert (actions[1]["page_start"], actions[1]["page_end"]) == ("1", "2")
    assert [i["raw"] for i in items if i["action_id"] == "A002"] == [t[1:] for t in fx.CUT_ITEMS]
    joins = [a for a in anomalies if a["kind"] == "merged_continuation" and a["action_id"] == "A002"]
    assert joins and joins[0]["page_end"] == "2"


def test_a_lone_fragment_is_joined_and_said(tmp_path: Path):
    """Not at a page top: a cell of a few words opening on a parenthesis or in lower case
    goes on the action above, with a merged_continuation anomaly."""
    pdf = str(tmp_path / "fragment.pdf")
    s = fx.Sheet(pdf)
    s.table(60, [[["Objectif 1"], ["Coordination d'un comité de travail"], ["CRÉ"], ["2009"], ["-Comité formé"]],
                 [None, ["(phase 2)"], [], [], []],
                 [None, ["Forum régional"], ["CRÉ"], ["2009"], ["-Forum tenu"]]])
    s.save()
    actions, _, anomalies = _convert(pdf, tmp_path / "out")
    assert [a["action"] for a in actions] == ["Coordination d'un comité de travail (phase 2)", "Forum régional"]
    assert any(a["kind"] == "merged_continuation" and a["action_id"] == "A001" and "(phase 2)" in a["detail"]
               for a in anomalies)


def test_a_lone_fragment_with_no_action_above_is_quoted(tmp_path: Path):
    pdf = str(tmp_path / "first.pdf")
    s = fx.Sheet(pdf)
    s.table(60, [[["Objectif 1"], ["(phase 2)"], [], [], []],
                 [None, ["Forum régional"], ["CRÉ"], ["2009"], ["-Forum tenu"]]])
    s.save()
    from bilan.api import convert

    convert(pdf).write(tmp_path / "out", formats=("csv",))
    actions = read_rows(tmp_path / "out" / "actions.csv")
    assert [(a["objective"], a["action"]) for a in actions] == [("Objectif 1", "Forum régional")]
    assert any(a["kind"] == "text_outside_tables" and "(phase 2)" in a["detail"]
               for a in read_rows(tmp_path / "out" / "anomalies.csv"))


def test_an_action_cut_in_two_rows_mid_page_is_one_action(tmp_path: Path):
    """A row splitter may cut a row in two: the second opens its action in lower case, and
    its responsible and deadline are empty or run on a cell left open above."""
    pdf = str(tmp_path / "flow.pdf")
    s = fx.Sheet(pdf)
    s.table(60, [[["Objectif 1"], ["Financer des projets"], ["Forum jeunesse / Ville de"], ["2017"], ["-Appel lancé"]],
                 [None, ["citoyens portés par des jeunes"], ["Québec"], [], ["-Neuf projets retenus"]],
                 [None, ["mise en place d'un comité"], ["CRÉ"], ["2018"], []]])
    s.save()
    actions, items, anomalies = _convert(pdf, tmp_path / "out")
    # the third row's responsible and deadline open afresh: an action of its own, lower case or not
    assert [(a["action"], a["responsible"]) for a in actions] == [
        ("Financer des projets citoyens portés par des jeunes", "Forum jeunesse / Ville de Québec"),
        ("mise en place d'un comité", "CRÉ")]
    assert [i["raw"] for i in items if i["action_id"] == "A001"] == ["Appel lancé", "Neuf projets retenus"]
    assert any(a["kind"] == "merged_continuation" and a["action_id"] == "A001" for a in anomalies)
