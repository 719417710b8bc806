"""PDFs built with reportlab through the whole pipeline: exact rows, across page breaks."""

from __future__ import annotations

from pathlib import Path

import pdf_fixtures as fx
from conftest import read_rows, run_bilan

FOLLOW_TAIL = ["-Aînés (23/02/09)",
               [("-Rencontre avec le 1", ()), ("er", ("sup",)), (" Ministre (février 2008)", ())]]


def convert(pdf: str, tmp: Path) -> tuple[list[dict], list[dict], list[dict]]:
    out = tmp / "out"
    proc = run_bilan("convert", pdf, "--out", str(out), "--format", "csv")
    assert proc.returncode == 0, proc.stderr
    return (read_rows(out / "actions.csv"), read_rows(out / "followups.csv"),
            read_rows(out / "anomalies.csv"))


def action_rows(actions: list[dict]) -> list[tuple]:
    return [(a["action_id"], a["objective"], a["action"], a["responsible"], a["deadline_text"],
             a["deadline_kind"], a["followup_count"], a["page_start"], a["page_end"]) for a in actions]


def item_rows(items: list[dict]) -> list[tuple]:
    return [(i["action_id"], i["item_no"], i["channel"], i["text"], i["date_start"], i["date_end"],
             i["date_precision"], i["page"]) for i in items]


EXPECTED_ITEMS = [
    ("A001", "1", "", "Forum tenu le 12 mai 2008", "2008-05-12", "2008-05-12", "day", "1"),
    ("A002", "1", "Concert'action", "Immigration", "2009-03-09", "2009-03-09", "day", "1"),
    ("A002", "2", "Concert'action", "Aînés", "2009-02-23", "2009-02-23", "day", "1"),
    ("A002", "3", "Concert'action", "Rencontre avec le 1er Ministre", "2008-02-01", "2008-02-29", "month", "1"),
    ("A003", "1", "", "À venir", "", "", "none", "1"),
]
OBJ1 = "1.1 Soutenir les organismes communautaires du territoire"
OBJ2 = "1.2 Favoriser la concertation"


def test_ruled_and_borderless_tables_give_the_same_rows(tmp_path: Path):
    for name, build in (("ruled.pdf", fx.ruled_table_pdf), ("borderless.pdf", fx.borderless_table_pdf)):
        actions, items, _ = convert(build(str(tmp_path / name)), tmp_path / name.split(".")[0])
        assert action_rows(actions) == [
            ("A001", OBJ1, "Tenir un forum régional", "CDC", "2008", "year", "1", "1", "1"),
            ("A002", OBJ2, "Participer aux tables de concertation", "Comité", "2008-2009", "range", "3", "1", "1"),
            ("A003", OBJ2, "Diffuser l'information", "CLD", "2009", "year", "1", "1", "1"),
        ], name
        assert item_rows(items) == EXPECTED_ITEMS, name


def test_table_continued_on_the_next_page_under_a_repeated_header(tmp_path: Path):
    actions, items, anomalies = convert(fx.two_page_table_pdf(str(tmp_path / "two.pdf")), tmp_path)
    assert action_rows(actions)[2] == ("A003", "1.3 Informer la population", "Diffuser l'information",
                                       "CLD", "2009", "year", "1", "2", "2")
    assert len(actions) == 3  # the repeated header is not an action
    assert item_rows(items)[-1] == ("A003", "1", "", "À venir", "", "", "none", "2")
    joins = [(a["kind"], a["action_id"], a["page_start"], a["page_end"]) for a in anomalies
             if a["kind"] == "merged_continuation"]
    assert joins == [("merged_continuation", "", "1", "2")]


def _split_row_pdf(path: str, action_tail: str | None) -> str:
    """Row 2 cut by the page break: its follow-up (and maybe its action) goes on on page 2."""
    s = fx.Sheet(path)
    head = fx.ROWS[1][:4] + [fx.FOLLOW_UP[:2]]
    if action_tail is not None:
        head = [fx.ROWS[1][0], ["Participer aux tables de"]] + fx.ROWS[1][2:4] + [fx.FOLLOW_UP[:2]]
    s.table(60, [fx.ROWS[0], head])
    s.new_page()
    tail_action = [action_tail] if action_tail is not None else [""]
    s.table(60, [[None, tail_action, [""], [""], FOLLOW_TAIL], fx.ROWS[2]])
    s.save()
    return path


def test_row_cut_by_a_page_break_is_joined_cell_by_cell(tmp_path: Path):
    for tail in (None, "concertation"):
        name = f"split-{tail or 'follow'}"
        actions, items, anomalies = convert(_split_row_pdf(str(tmp_path / f"{name}.pdf"), tail),
                                            tmp_path / name)
        assert action_rows(actions) == [
            ("A001", OBJ1, "Tenir un forum régional", "CDC", "2008", "year", "1", "1", "1"),
            ("A002", OBJ2, "Participer aux tables de concertation", "Comité", "2008-2009", "range", "3", "1", "2"),
            ("A003", OBJ2, "Diffuser l'information", "CLD", "2009", "year", "1", "2", "2"),
        ], name
        expected = [list(r) for r in EXPECTED_ITEMS]
        expected[2][7] = expected[3][7] = expected[4][7] = "2"  # items on page 2
        assert item_rows(items) == [tuple(r) for r in expected], name
        joined = [(a["action_id"], a["page_start"], a["page_end"]) for a in anomalies
                  if a["kind"] == "merged_continuation" and a["action_id"]]
        assert joined == [("A002", "1", "2")], name


def _borderless_cut_pdf(path: str, action_tail: str) -> str:
    """A borderless table whose last row goes on on page 2 under the repeated header: in the
    follow-up column only, or with the rest of an action cut in mid-sentence."""
    s = fx.Sheet(path)
    s.table(60, [fx.ROWS[0], fx.ROWS[1][:1] + [["Participer aux tables de"]] + fx.ROWS[1][2:4]
                 + [fx.FOLLOW_UP[:2]]], ruled=False)
    s.new_page()
    s.table(60, [[[""], [action_tail], [""], [""], FOLLOW_TAIL]], ruled=False)
    s.save()
    return path


def test_borderless_row_cut_by_a_page_break_goes_on_under_the_repeated_header(tmp_path: Path):
    for tail in ("", "concertation (Comité régional, Table"):
        name = f"cut-{len(tail)}"
        actions, items, anomalies = convert(_borderless_cut_pdf(str(tmp_path / f"{name}.pdf"), tail),
                                            tmp_path / name)
        action = "Participer aux tables de" + (f" {tail}" if tail else "")
        assert [(a["action_id"], a["action"], a["followup_count"], a["page_end"]) for a in actions] == [
            ("A001", "Tenir un forum régional", "1", "1"), ("A002", action, "3", "2")], name
        assert [(i["action_id"], i["text"]) for i in items][1:] == [
            ("A002", "Immigration"), ("A002", "Aînés"), ("A002", "Rencontre avec le 1er Ministre")], name
        assert not [a for a in anomalies if a["kind"] == "unaccounted_text"], name
