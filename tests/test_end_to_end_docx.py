"""The Word sample through the command line, row by row and field by field against the
hand-written expectation (tests/data/seed, from the spec in samples/)."""

from __future__ import annotations

from pathlib import Path

from conftest import DATA, read_rows

ACTION_FIELDS = ["action_id", "section", "objective", "action", "responsible", "deadline_text",
                 "deadline_kind", "deadline_start", "deadline_end", "followup_count"]
ITEM_FIELDS = ["action_id", "item_no", "channel", "text", "date_text", "date_start", "date_end",
               "date_precision", "raw"]


def _compare(expected: list[dict], got: list[dict], fields: list[str]) -> list[str]:
    problems = []
    if len(expected) != len(got):
        problems.append(f"{len(got)} rows, expected {len(expected)}")
    for n, (e, g) in enumerate(zip(expected, got), start=1):
        for f in fields:
            if e[f] != g[f]:
                problems.append(f"row {n} {f}: expected {e[f]!r}, got {g[f]!r}")
    return problems


def test_actions_match_the_expectation(docx_out: Path):
    got = read_rows(docx_out / "actions.csv")
    assert {r["document"] for r in got} == {"bilan-2006-2008.docx"}
    assert _compare(read_rows(DATA / "seed" / "actions.csv"), got, ACTION_FIELDS) == []
    assert all(r["page_start"] == "" and r["page_end"] == "" for r in got)  # Word has no pages


def test_followups_match_the_expectation(docx_out: Path):
    got = read_rows(docx_out / "followups.csv")
    assert _compare(read_rows(DATA / "seed" / "followups.csv"), got, ITEM_FIELDS) == []


def test_documents_row(docx_out: Path):
    (doc,) = read_rows(docx_out / "documents.csv")
    assert doc["status"] == "ok" and doc["error"] == ""
    assert doc["format"] == "docx" and doc["pages"] == ""
    assert doc["as_of"] == "2009-03-31"
    assert doc["title"].startswith("LE DÉVELOPPEMENT SOCIAL — DANS LA RÉGION DE LA CAPITALE-NATIONALE")
    assert int(doc["actions"]) == 17 and int(doc["followups"]) == 109
    assert len(doc["sha256"]) == 64


def test_anomalies_of_the_seed(docx_out: Path):
    rows = read_rows(docx_out / "anomalies.csv")
    kinds = [(r["kind"], r["action_id"], r["item_no"]) for r in rows]
    assert sorted(k for k in kinds if k[0] == "date_out_of_order") == [
        ("date_out_of_order", "A016", "19"), ("date_out_of_order", "A017", "10")]
    joined = [k for k in kinds if k[0] == "merged_continuation"]
    assert joined == [("merged_continuation", "A017", "")]
    expected = read_rows(DATA / "seed" / "actions.csv")
    silent = [a for a in expected if a["followup_count"] == "0"]
    overdue = {a["action_id"] for a in silent if a["deadline_end"] and a["deadline_end"] < "2009-03-31"}
    assert overdue  # the seed has overdue actions without follow-up
    assert {k[1] for k in kinds if k[0] == "overdue_without_followup"} == overdue
    assert {k[1] for k in kinds if k[0] == "no_followup"} == {a["action_id"] for a in silent} - overdue
    assert all(r["detail"] for r in rows)
