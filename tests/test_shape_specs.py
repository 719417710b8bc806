"""The expected rows and the scorer for bilans in other table shapes (tests/layouts/shapes/*.json,
samples/SPEC_FORMAT.md "Table shapes"): what the specs say a conversion must give, checked
without drawing or converting anything."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

import scripts
from scoring import missing_anomalies, score

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
SHAPES = sorted((TESTS / "layouts" / "shapes").glob("*.json"))
OLD_SPECS = [ROOT / "samples" / "bilan-2006-2008.json", *sorted((TESTS / "variants").glob("*.json")),
             *sorted((TESTS / "layouts" / "specs").glob("*.json"))]
SHAPE_ACTION_COLUMNS = ["action_no", "state_text", "state", "progress"]
BUILD = scripts.variants_build()


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def rows(path: Path) -> tuple[list[dict], list[dict]]:
    actions, items, _ = BUILD.expected_rows(load(path))
    return ([{k: str(v) for k, v in a.items()} for a in actions],
            [{k: str(v) for k, v in i.items()} for i in items])


def by_id(actions: list[dict]) -> dict[str, dict]:
    return {a["action_id"]: a for a in actions}


def read_csv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


# ------------------------------------------------------------------ the specs

def test_the_shape_specs_cover_the_shapes():
    specs = [load(p) for p in SHAPES]
    assert len(specs) >= 8
    headers = {h for s in specs for h, c in zip(s["header"], s["columns"]) if c == "state"}
    assert {"État de réalisation", "Statut", "Avancement", "% réalisé"} <= headers
    states = {r.get("state") for s in specs for sec in s["sections"] for t in sec["tables"] for r in t["rows"]}
    assert {"Réalisé", "En cours", "Non débuté", "Reporté", "Abandonné", "Réalisé à 75 %", "0 %",
            "En attente de financement"} <= states
    assert any(s["columns"].count("followup") == 2 for s in specs)
    assert any("number" in s["columns"] for s in specs)
    kinds = {r["title_row"]["kind"] for s in specs for sec in s["sections"] for t in sec["tables"]
             for r in t["rows"] if "title_row" in r}
    assert kinds == {"objective", "section"}
    anomalies = {a["kind"] for s in specs for a in s["expect_anomalies"]}
    assert {"late_by_state", "state_conflict", "unparsed_state"} <= anomalies


@pytest.mark.parametrize("path", SHAPES, ids=[p.stem for p in SHAPES])
def test_a_shape_spec_gives_the_shape_columns(path: Path):
    spec = load(path)
    assert spec["document"] == path.stem
    actions, items = rows(path)
    assert 5 <= len(actions) <= 14
    assert all(list(a)[-4:] == SHAPE_ACTION_COLUMNS for a in actions)
    assert all(list(i)[-1] == "period" for i in items)
    assert all(a["objective"] and a["section"] for a in actions)
    several = spec["columns"].count("followup") > 1
    periods = [h for h, c in zip(spec["header"], spec["columns"]) if c == "followup"]
    assert {i["period"] for i in items} <= (set(periods) if several else {""})
    if "state" not in spec["columns"]:
        assert {a["state"] for a in actions} == {""}
    BUILD.expected_anomalies(spec)  # kinds of the contract, actions of the spec


def test_title_rows_set_the_objective_and_the_section():
    actions = by_id(rows(TESTS / "layouts" / "shapes" / "plan-axes-objectifs-2017-2018.json")[0])
    assert actions["A001"]["section"] == "Agir sur les conditions de vie"
    assert actions["A001"]["objective"] == "Améliorer l'accès à une alimentation saine"
    assert actions["A003"]["objective"] == "Favoriser le maintien dans un logement convenable"
    assert actions["A005"]["section"] == "Renforcer la participation sociale"
    assert actions["A009"]["objective"] == "Soutenir l'engagement citoyen des jeunes"


def test_states_numbers_and_periods():
    shapes = TESTS / "layouts" / "shapes"
    status = by_id(rows(shapes / "plan-etat-realisation-2016-2017.json")[0])
    assert [status["A004"][c] for c in SHAPE_ACTION_COLUMNS] == ["", "Réalisé à 75 %", "en_cours", "75"]
    assert [status["A005"][c] for c in SHAPE_ACTION_COLUMNS] == ["", "0 %", "non_debute", "0"]
    assert [status["A009"][c] for c in SHAPE_ACTION_COLUMNS] == ["", "En attente de financement", "unparsed", ""]
    assert [status["A010"][c] for c in SHAPE_ACTION_COLUMNS] == ["", "", "", ""]
    opening = by_id(rows(shapes / "plan-numeros-dans-action-2014-2015.json")[0])
    assert (opening["A007"]["action_no"], opening["A007"]["action"]) == (
        "3.2", "Tenue d'un forum régional sur la persévérance scolaire")
    column = by_id(rows(shapes / "plan-numeros-colonne-2017-2018.json")[0])
    assert [column[f"A00{n}"]["action_no"] for n in range(1, 5)] == ["1.1", "1.2", "1.3", "2.1"]
    assert column["A001"]["action"] == "Mettre en place une table employeurs-organismes"
    actions, items = rows(shapes / "plan-suivi-par-annee-2016-2018.json")
    first = [(i["item_no"], i["period"]) for i in items if i["action_id"] == "A005"]
    assert first == [("1", "Suivi 2016-2017"), ("2", "Suivi 2017-2018"), ("3", "Suivi 2017-2018")]
    assert by_id(actions)["A005"]["followup_count"] == "3"


@pytest.mark.parametrize("path", SHAPES, ids=[p.stem for p in SHAPES])
def test_the_expected_anomalies_follow_the_contract(path: Path):
    """The hand-written `expect_anomalies` against the contract's rules applied here to the
    expected rows: a typo in a spec shows, and no kind these rules decide is left out."""
    spec = load(path)
    as_of = spec["as_of"]
    actions, items = rows(path)
    dated = {}
    for i in items:
        if i["date_start"]:
            dated.setdefault(i["action_id"], []).append(i["date_start"])
    want = set()
    for a in actions:
        aid, state, end = a["action_id"], a["state"], a["deadline_end"]
        if a["deadline_kind"] == "unparsed":
            want.add((aid, "unparsed_date"))
        if state == "unparsed":
            want.add((aid, "unparsed_state"))
        if state in ("non_debute", "en_cours", "reporte") and end and end < as_of:
            want.add((aid, "late_by_state"))
        if state == "non_debute" and any(d <= as_of for d in dated.get(aid, [])):
            want.add((aid, "state_conflict"))
        if a["followup_count"] == "0" and not state:
            want.add((aid, "overdue_without_followup" if end and end < as_of else "no_followup"))
    kinds = {"unparsed_date", "unparsed_state", "late_by_state", "state_conflict",
             "overdue_without_followup", "no_followup"}
    got = {(e["action_id"], e["kind"]) for e in spec["expect_anomalies"] if e["kind"] in kinds}
    assert got == want
    assert not [d for ds in dated.values() for d in ds if d > as_of]  # no date_after_as_of left out


def test_old_specs_give_the_rows_they_always_gave():
    for path in OLD_SPECS:
        actions, items = rows(path)
        assert "action_no" not in actions[0] and "period" not in items[0], path.name
        data = TESTS / "data" / "variants" / path.stem
        if data.is_dir():
            assert actions == read_csv(data / "actions.csv"), path.name
            assert items == read_csv(data / "followups.csv"), path.name


# ------------------------------------------------------------------ the scorer

def test_the_scorer_scores_the_shape_columns():
    actions, items = rows(TESTS / "layouts" / "shapes" / "plan-deux-suivis-statut-2016-2018.json")
    assert score(actions, items, actions, items).overall == 1.0
    wrong_state = [dict(a, state="realise") if a["action_id"] == "A002" else a for a in actions]
    assert score(actions, items, wrong_state, items).fields < 1.0
    no_period = [{k: v for k, v in i.items() if k != "period"} for i in items]
    got = score(actions, items, actions, no_period)
    assert got.items_f1 == 0.0  # every item here has a period: scored as empty, all wrong
    assert any("no column period" in p for p in got.problems)
    bare = [{k: v for k, v in a.items() if k not in SHAPE_ACTION_COLUMNS} for a in actions]
    assert score(actions, items, bare, items).fields < 1.0


def test_the_scorer_gives_old_specs_the_same_scores():
    actions, items = rows(ROOT / "samples" / "bilan-2006-2008.json")
    fewer = [a for a in actions if a["action_id"] != "A002"]
    before = score(actions, items, fewer, items[1:])
    extra = [dict(a, action_no="9", state="realise", progress="10") for a in fewer]
    after = score(actions, items, extra, [dict(i, period="x") for i in items[1:]])
    assert (before.actions_f1, before.fields, before.items_f1) == (after.actions_f1, after.fields, after.items_f1)
    assert before.overall < 0.99


def test_missing_anomalies():
    spec = load(TESTS / "layouts" / "shapes" / "plan-etat-realisation-2016-2017.json")
    expect = BUILD.expected_anomalies(spec)
    actions, _ = rows(TESTS / "layouts" / "shapes" / "plan-etat-realisation-2016-2017.json")
    reported = [{"kind": e["kind"], "action_id": e["action_id"]} for e in expect]
    reported.append({"kind": "as_of_guessed", "action_id": ""})
    assert missing_anomalies(expect, reported) == []
    assert missing_anomalies(expect, reported[1:]) == ["missing anomaly late_by_state on A003"]
    assert missing_anomalies([{"kind": "no_as_of", "action_id": ""}], reported) == ["missing anomaly no_as_of"]
    # a title row read as an action shifts the ids: the anomalies are looked for under the
    # action each expected one was paired with
    shifted = [dict(a, action_id=f"A{n + 2:03d}") for n, a in enumerate(actions)]
    extra = [dict(actions[0], action_id="A001", action="Objectif 1 : Améliorer la sécurité alimentaire")]
    moved = [dict(r, action_id=f"A{int(r['action_id'][1:]) + 1:03d}") for r in reported if r["action_id"]]
    assert missing_anomalies(expect, moved, actions, extra + shifted) == []
    assert "missing anomaly state_conflict on A005 (read as A006)" in missing_anomalies(
        expect, reported, actions, extra + shifted)
    lost = [a for a in shifted if a["action_id"] != "A011"]
    assert "missing anomaly no_followup on A010 (the action was not found)" in missing_anomalies(
        expect, moved, actions, extra + lost)
