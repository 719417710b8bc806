"""The samples through the command line, row by row and field by field against the
hand-written expectation (tests/data/seed, from the spec in samples/): the Word file and the
PDF LibreOffice made of it must both give exactly the expected rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import DATA, SAMPLES, converted, diff_rows, read_rows

ACTION_FIELDS = ["action_id", "section", "objective", "action", "responsible", "deadline_text",
                 "deadline_kind", "deadline_start", "deadline_end", "followup_count"]
ITEM_FIELDS = ["action_id", "item_no", "channel", "text", "date_text", "date_start", "date_end",
               "date_precision", "raw"]


@pytest.fixture(scope="module")
def pdf_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return converted(tmp_path_factory, SAMPLES / "bilan-2006-2008.pdf")


@pytest.fixture(scope="module")
def borderless_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same report drawn without cell borders (only a rule under the header), by
    `samples/make_samples.py` with `build_docx(spec, path, ruled=False)` then LibreOffice."""
    return converted(tmp_path_factory, DATA / "seed" / "bilan-2006-2008-borderless.pdf")


@pytest.fixture(params=["docx", "pdf", "borderless"])
def out(request: pytest.FixtureRequest) -> Path:
    return request.getfixturevalue(f"{request.param}_out")


def test_actions_match_the_expectation(out: Path):
    got = read_rows(out / "actions.csv")
    assert len({r["document"] for r in got}) == 1
    assert diff_rows(read_rows(DATA / "seed" / "actions.csv"), got, ACTION_FIELDS) == []


def test_followups_match_the_expectation(out: Path):
    got = read_rows(out / "followups.csv")
    assert diff_rows(read_rows(DATA / "seed" / "followups.csv"), got, ITEM_FIELDS) == []


def test_word_and_pdf_give_the_same_rows_but_pages(docx_out: Path, pdf_out: Path):
    for name, pages in (("actions.csv", {"document", "page_start", "page_end", "followup_text"}),
                        ("followups.csv", {"document", "page"})):
        docx_rows = [{k: v for k, v in r.items() if k not in pages} for r in read_rows(docx_out / name)]
        pdf_rows = [{k: v for k, v in r.items() if k not in pages} for r in read_rows(pdf_out / name)]
        assert docx_rows == pdf_rows


def test_pages_of_the_pdf(pdf_out: Path):
    actions = {r["action_id"]: r for r in read_rows(pdf_out / "actions.csv")}
    assert all(a["page_start"] and int(a["page_start"]) <= int(a["page_end"]) for a in actions.values())
    # the hand-split "(suite)" row of A017 lies on the next page
    assert int(actions["A017"]["page_end"]) == int(actions["A017"]["page_start"]) + 1
    items = [r for r in read_rows(pdf_out / "followups.csv") if r["action_id"] == "A017"]
    assert int(items[-1]["page"]) == int(actions["A017"]["page_end"])
    (doc,) = read_rows(pdf_out / "documents.csv")
    assert doc["format"] == "pdf" and int(doc["pages"]) >= 6


def test_documents_row_of_the_word_file(docx_out: Path):
    (doc,) = read_rows(docx_out / "documents.csv")
    assert doc["status"] == "ok" and doc["error"] == ""
    assert doc["format"] == "docx" and doc["pages"] == ""
    assert doc["as_of"] == "2009-03-31"
    assert doc["title"].startswith("LE DÉVELOPPEMENT SOCIAL — DANS LA RÉGION DE LA CAPITALE-NATIONALE")
    assert int(doc["actions"]) == 17 and int(doc["followups"]) == 109
    assert len(doc["sha256"]) == 64


def test_anomalies_of_the_seed(out: Path):
    rows = read_rows(out / "anomalies.csv")
    kinds = [(r["kind"], r["action_id"], r["item_no"]) for r in rows]
    assert sorted(k for k in kinds if k[0] == "date_out_of_order") == [
        ("date_out_of_order", "A016", "19"), ("date_out_of_order", "A017", "10")]
    joined = [k[1] for k in kinds if k[0] == "merged_continuation"]
    assert "A017" in joined  # the "(suite)" row
    expected = read_rows(DATA / "seed" / "actions.csv")
    silent = [a for a in expected if a["followup_count"] == "0"]
    overdue = {a["action_id"] for a in silent if a["deadline_end"] and a["deadline_end"] < "2009-03-31"}
    assert overdue  # the seed has overdue actions without follow-up
    assert {k[1] for k in kinds if k[0] == "overdue_without_followup"} == overdue
    assert {k[1] for k in kinds if k[0] == "no_followup"} == {a["action_id"] for a in silent} - overdue
    assert all(r["detail"] for r in rows)
