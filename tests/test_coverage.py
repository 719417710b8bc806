"""coverage.csv, coverage_by_objective.csv and timeline.csv, recomputed from actions.csv and
followups.csv alone, for the seed and for several documents at once."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from conftest import DATA, SAMPLES, read_rows, run_bilan
from bilan.normalize.audit import status_of
from bilan.normalize.records import ActionRow

VARIANTS = DATA / "variants"


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("coverage")
    inputs = [str(SAMPLES / "bilan-2006-2008.docx")] + sorted(str(p) for p in VARIANTS.glob("*/*.pdf"))
    proc = run_bilan("convert", *inputs, "--out", str(folder), "--format", "csv")
    assert proc.returncode == 0, proc.stderr
    return folder


def test_coverage_recomputed(out: Path):
    as_of = {d["document"]: d["as_of"] for d in read_rows(out / "documents.csv")}
    items = defaultdict(list)
    for i in read_rows(out / "followups.csv"):
        items[(i["document"], i["action_id"])].append(i)
    actions = read_rows(out / "actions.csv")
    coverage = read_rows(out / "coverage.csv")
    assert [(c["document"], c["action_id"]) for c in coverage] == [(a["document"], a["action_id"]) for a in actions]
    statuses = Counter()
    for a, c in zip(actions, coverage):
        mine = items[(a["document"], a["action_id"])]
        dated = [i for i in mine if i["date_start"]]
        if mine:
            status = "suivi"
        elif not a["deadline_end"]:
            status = "sans_suivi"
        elif as_of[a["document"]] and a["deadline_end"] < as_of[a["document"]]:
            status = "en_retard"
        else:
            status = "a_venir"
        statuses[status] += 1
        assert (c["section"], c["objective"]) == (a["section"], a["objective"])
        assert int(c["items"]) == len(mine) == int(a["followup_count"])
        assert int(c["dated_items"]) == len(dated)
        assert c["first_date"] == min((i["date_start"] for i in dated), default="")
        assert c["last_date"] == max((i["date_end"] for i in dated), default="")
        assert c["status"] == status, (a["document"], a["action_id"])
    assert set(statuses) == {"suivi", "en_retard", "a_venir", "sans_suivi"}  # every status is met


def test_coverage_by_objective_recomputed(out: Path):
    groups: dict[tuple, Counter] = {}
    for c in read_rows(out / "coverage.csv"):
        key = (c["document"], c["section"], c["objective"])
        groups.setdefault(key, Counter())
        groups[key]["actions"] += 1
        groups[key][c["status"]] += 1
        groups[key]["items"] += int(c["items"])
    rows = read_rows(out / "coverage_by_objective.csv")
    assert [(r["document"], r["section"], r["objective"]) for r in rows] == list(groups)
    for r in rows:
        g = groups[(r["document"], r["section"], r["objective"])]
        for name in ("actions", "suivi", "en_retard", "a_venir", "sans_suivi", "items"):
            assert int(r[name]) == g[name], name
        assert r["share_followed"] == f"{g['suivi'] / g['actions']:.3f}"


def test_timeline_recomputed(out: Path):
    counts = Counter()
    for i in read_rows(out / "followups.csv"):
        if i["date_start"] and i["date_start"][:7] == i["date_end"][:7]:
            counts[(i["document"], i["date_start"][:7])] += 1
    rows = read_rows(out / "timeline.csv")
    assert {(r["document"], r["month"]): int(r["items"]) for r in rows} == dict(counts)
    docs = [d["document"] for d in read_rows(out / "documents.csv")]
    assert [(docs.index(r["document"]), r["month"]) for r in rows] == sorted(
        (docs.index(r["document"]), r["month"]) for r in rows)


def _action(deadline_end: dt.date | None) -> ActionRow:
    return ActionRow("d", "A001", "", "", "", "", "", "", None, deadline_end, "", 0, None, None)


def test_status_rules():
    as_of = dt.date(2009, 3, 31)
    assert status_of(_action(dt.date(2008, 12, 31)), 0, as_of) == "en_retard"
    assert status_of(_action(dt.date(2009, 3, 31)), 0, as_of) == "a_venir"
    assert status_of(_action(None), 0, as_of) == "sans_suivi"
    assert status_of(_action(dt.date(2008, 12, 31)), 2, as_of) == "suivi"
    assert status_of(_action(dt.date(2008, 12, 31)), 0, None) == "a_venir"  # never judged overdue
