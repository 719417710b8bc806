"""bilan.xlsx as openpyxl and pandas read it: the sheets, real dates, never a formula, and a
Couverture sheet whose figures and charts can be recomputed from the Actions and Suivis sheets."""

from __future__ import annotations

import datetime as dt
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from bilan.api import convert
from conftest import SAMPLES
from bilan.normalize.audit import coverage
from bilan.normalize.records import ActionRow, Dataset, DocumentRow, FollowupRow
from bilan.outputs.excel import write_xlsx
from bilan.outputs.schema import SCHEMA, SHEETS

DATA_SHEETS = ["Documents", "Actions", "Suivis", "Extras", "Anomalies", "Couverture"]
AS_OF = dt.datetime(2009, 3, 31)


@pytest.fixture(scope="module")
def xlsx(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("xlsx")
    convert(SAMPLES / "bilan-2006-2008.docx").write(out)
    return out / "bilan.xlsx"


@pytest.fixture(scope="module")
def book(xlsx: Path):  # noqa: ANN201
    from openpyxl import load_workbook
    return load_workbook(xlsx)


def _records(ws, first_col: int = 1, width: int | None = None) -> list[dict]:  # noqa: ANN001
    """Rows of the table whose header is row 1 from first_col on, up to its first empty row."""
    header = []
    for cell in ws[1][first_col - 1:]:
        if cell.value is None or (width is not None and len(header) == width):
            break
        header.append(cell.value)
    rows = []
    for values in ws.iter_rows(min_row=2, min_col=first_col, max_col=first_col + len(header) - 1,
                               values_only=True):
        if all(v is None for v in values):
            break
        rows.append(dict(zip(header, values)))
    return rows


def _column_of(ws, label: str, occurrence: int = 1) -> int:  # noqa: ANN001
    hits = [c.column for c in ws[1] if c.value == label]
    return hits[occurrence - 1]


def test_sheets_with_openpyxl_and_pandas(xlsx: Path, book):  # noqa: ANN001
    import pandas as pd

    expected = DATA_SHEETS + ["Pluriannuel", "Dictionnaire"]
    assert book.sheetnames == expected
    frames = pd.read_excel(xlsx, sheet_name=None)
    assert list(frames) == expected
    assert len(frames["Actions"]) == 17 and len(frames["Suivis"]) == 109
    assert list(frames["Actions"].columns) == [c.label for c in SCHEMA["actions"]]


def test_couverture_has_the_two_charts_on_its_own_cells(book):  # noqa: ANN001
    ws = book["Couverture"]
    assert len(ws._charts) == 2
    refs = [s.val.numRef.f for chart in ws._charts for s in chart.series]
    cats = [s.cat.numRef.f if s.cat.numRef is not None else s.cat.strRef.f
            for chart in ws._charts for s in chart.series]
    assert all(ref.startswith("'Couverture'!") for ref in refs + cats)
    share, months = ws._charts
    labels = [c.value for (c,) in ws[cats[0].split("!")[1].replace("$", "")]]
    values = [c.value for (c,) in ws[refs[0].split("!")[1].replace("$", "")]]
    assert len(labels) == len(values) == 4
    assert values == [0.5, 0.8, 0.5, 1.0]
    assert labels[1].startswith("S'approprier les différents concepts")
    counts = [c.value for (c,) in ws[refs[1].split("!")[1].replace("$", "")]]
    assert sum(counts) == 96 and max(counts) == 7


def test_dates_are_real_dates(xlsx: Path, book):  # noqa: ANN001
    import pandas as pd

    frames = pd.read_excel(xlsx, sheet_name=None)
    for stem, title in SHEETS.items():
        ws = book[title]
        for index, column in enumerate(SCHEMA[stem], start=1):
            if column.type != "date":
                continue
            values = [c.value for (c,) in ws.iter_rows(min_row=2, min_col=index, max_col=index)]
            assert all(v is None or isinstance(v, dt.datetime) for v in values), (title, column.label)
            if any(v is not None for v in values):
                assert pd.api.types.is_datetime64_any_dtype(frames[title][column.label]), (title, column.label)
    assert book["Documents"]["H2"].value == AS_OF
    months = book["Couverture"].cell(row=2, column=_column_of(book["Couverture"], "Mois"))
    assert months.value == dt.datetime(2005, 12, 1) and months.number_format == "yyyy-mm"


def _kind(cell) -> str:  # noqa: ANN001
    """The cell's type; an empty text cell (written for an empty string) counts as empty."""
    return "n" if cell.data_type == "inlineStr" and cell.value is None else cell.data_type


def test_no_cell_is_ever_a_formula(xlsx: Path, book):  # noqa: ANN001
    for ws in book.worksheets:
        kinds = Counter(_kind(c) for row in ws.iter_rows() for c in row)
        assert set(kinds) <= {"s", "n", "d"}, (ws.title, kinds)
    with zipfile.ZipFile(xlsx) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in z.read(name) and b"<f " not in z.read(name), name


def test_header_frozen_with_filters(book):  # noqa: ANN001
    for title in DATA_SHEETS:
        ws = book[title]
        assert ws.freeze_panes == "A2", title
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:"), title
        assert all(c.font.bold for c in ws[1] if c.value is not None), title
    assert book["Couverture"].auto_filter.ref == "A1:J18"  # the per-action table, its state column included


def _recomputed(book) -> tuple[dict, dict]:  # noqa: ANN001
    """Per action and per objective, the statuses from Actions, Suivis and Documents alone."""
    as_of = {d["Document"]: d["Suivi en date du"] for d in _records(book["Documents"])}
    items: dict[tuple, list[dict]] = defaultdict(list)
    for item in _records(book["Suivis"]):
        items[(item["Document"], item["No action"])].append(item)
    actions, objectives = {}, {}
    for a in _records(book["Actions"]):
        key = (a["Document"], a["No action"])
        mine = items[key]
        end = a["Fin échéance"]
        status = ("suivi" if mine else "sans_suivi" if end is None
                  else "en_retard" if end < as_of[a["Document"]] else "a_venir")
        starts = [i["Date début"] for i in mine if i["Date début"] is not None]
        ends = [i["Date fin"] for i in mine if i["Date fin"] is not None]
        actions[key] = (a["Section"], a["Objectif"], len(mine), len(starts), min(starts, default=None),
                        max(ends, default=None), status)
        group = objectives.setdefault((a["Document"], a["Section"], a["Objectif"]), Counter())
        group["actions"] += 1
        group[status] += 1
        group["items"] += len(mine)
    return actions, objectives


def test_coverage_figures_recomputed_from_actions_and_suivis(book):  # noqa: ANN001
    actions, objectives = _recomputed(book)
    ws = book["Couverture"]
    per_action = {(r["Document"], r["No action"]): (r["Section"], r["Objectif"], r["Suivis"], r["Suivis datés"],
                                                    r["Premier suivi"], r["Dernier suivi"], r["Statut"])
                  for r in _records(ws, width=len(SCHEMA["coverage"]))}
    assert per_action == actions
    assert Counter(a[-1] for a in actions.values()) == {"suivi": 12, "en_retard": 4, "sans_suivi": 1}

    table = _records(ws, first_col=_column_of(ws, "Document", 2), width=len(SCHEMA["coverage_by_objective"]))
    assert len(table) == len(objectives) == 4
    for row in table:
        want = objectives[(row["Document"], row["Section"], row["Objectif"])]
        assert (row["Actions"], row["Suivies"], row["En retard"], row["À venir"], row["Sans suivi"]) == (
            want["actions"], want["suivi"], want["en_retard"], want["a_venir"], want["sans_suivi"])
        assert row["Part suivie"] == round(want["suivi"] / want["actions"], 3)
        assert row["Suivis"] == want["items"]
    assert ws.cell(row=2, column=_column_of(ws, "Part suivie")).number_format == "0.0%"


def test_month_table_recomputed_from_suivis(book):  # noqa: ANN001
    per_month: Counter = Counter()
    for item in _records(book["Suivis"]):
        start, end = item["Date début"], item["Date fin"]
        if start is not None and (start.year, start.month) == (end.year, end.month):
            per_month[dt.datetime(start.year, start.month, 1)] += 1
    ws = book["Couverture"]
    table = _records(ws, first_col=_column_of(ws, "Mois"))
    assert [r["Mois"] for r in table][:3] == [dt.datetime(2005, 12, 1), dt.datetime(2006, 1, 1),
                                              dt.datetime(2006, 2, 1)]
    assert len(table) == 40  # every month from December 2005 to March 2009, empty ones too
    assert {r["Mois"]: r["bilan-2006-2008.docx"] for r in table if r["bilan-2006-2008.docx"]} == per_month


FORMULAS = ['=HYPERLINK("http://x")', "+1", "@SUM(A1)", "-2+3", "=1+1", "\t=cmd"]


def _formula_dataset() -> Dataset:
    doc = "=A1.docx"
    actions = [ActionRow(doc, f"A{n:03d}", "-2+3", text, text, text, "2007", "year", dt.date(2007, 1, 1),
                         dt.date(2007, 12, 31), text, 1 if n == 1 else 0, None, None)
               for n, text in enumerate(FORMULAS, start=1)]
    items = [FollowupRow(doc, "A001", 1, "@SUM(A1)", "+1", "mars 2008", dt.date(2008, 3, 1),
                         dt.date(2008, 3, 31), "month", '=HYPERLINK("http://x")', None)]
    data = Dataset(documents=[DocumentRow(doc, "ok", title="=2+2", as_of=dt.date(2009, 3, 31),
                                          actions=len(actions), followups=1, anomalies=0)],
                   actions=actions, followups=items)
    data.coverage = coverage(actions, items, dt.date(2009, 3, 31))
    return data


def test_formula_like_text_stays_text(tmp_path: Path):
    from openpyxl import load_workbook

    path = tmp_path / "bilan.xlsx"
    write_xlsx(path, _formula_dataset())
    book = load_workbook(path)
    seen: Counter = Counter()
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert _kind(cell) in ("s", "n", "d"), (ws.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str) and cell.value.lstrip("\t")[:1] in "=+-@":
                    assert cell.data_type == "s"
                    seen[cell.value] += 1
    assert set(FORMULAS) - {"\t=cmd"} <= set(seen)  # each text came back, as text
    assert seen["=A1.docx"] >= 5  # in every data sheet, and as a chart series name in Couverture
    assert book["Actions"]["E2"].value == '=HYPERLINK("http://x")'
    assert book["Couverture"].cell(row=1, column=_column_of(book["Couverture"], "=A1.docx")).data_type == "s"
    with zipfile.ZipFile(path) as z:
        assert not any(b"<f>" in z.read(n) or b"<f " in z.read(n)
                       for n in z.namelist() if n.startswith("xl/worksheets/"))


def _sample_dataset() -> Dataset:
    return convert(SAMPLES / "bilan-2006-2008.pdf").dataset


@pytest.mark.parametrize("halves", [False, True])
def test_the_biggest_sheet_written_beside_gives_the_same_workbook(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch, halves: bool):
    """The sheet with the most cells is filled and written by a forked process (any sheet
    past _SIDE_CELLS cells; here every one), or by two, a half each (past _HALVED_CELLS): the
    workbook's bytes are those written in one."""
    import bilan.outputs.excel as excel

    dataset = _sample_dataset()
    monkeypatch.setattr(excel, "_SIDE_CELLS", 10**9)
    write_xlsx(tmp_path / "one.xlsx", dataset)
    alone = excel._write_alone
    marks = tmp_path / "marks"
    marks.mkdir()

    def marked(ws, fill, path, *rest):  # noqa: ANN001, ANN002, ANN202 - runs in a forked process
        (marks / path.name).touch()
        return alone(ws, fill, path, *rest)

    monkeypatch.setattr(excel, "_SIDE_CELLS", 0)
    monkeypatch.setattr(excel, "_HALVED_CELLS", 0 if halves else 10**9)
    monkeypatch.setattr(excel, "_write_alone", marked)
    write_xlsx(tmp_path / "two.xlsx", dataset)
    assert sorted(p.name for p in marks.iterdir()) == (
        [".two.xlsx.Suivis.0.xml", ".two.xlsx.Suivis.1.xml"] if halves else [".two.xlsx.Suivis.xml"])
    assert (tmp_path / "two.xlsx").read_bytes() == (tmp_path / "one.xlsx").read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["marks", "one.xlsx", "two.xlsx"]  # no side file left


@pytest.mark.parametrize("failing", [".Suivis.xml", ".Suivis.0.xml", ".Suivis.1.xml"])
def test_a_sheet_the_side_process_cannot_write_is_written_here(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch, failing: str):
    """The side process (or one of the two halves) fails: the whole sheet is made here."""
    import bilan.outputs.excel as excel

    dataset = _sample_dataset()
    monkeypatch.setattr(excel, "_SIDE_CELLS", 10**9)
    write_xlsx(tmp_path / "one.xlsx", dataset)
    alone = excel._write_alone

    def fails(ws, fill, path, *rest):  # noqa: ANN001, ANN002, ANN202
        if path.name.endswith(failing):
            raise OSError(28, "No space left on device")
        return alone(ws, fill, path, *rest)

    monkeypatch.setattr(excel, "_SIDE_CELLS", 0)
    monkeypatch.setattr(excel, "_HALVED_CELLS", 10**9 if failing == ".Suivis.xml" else 0)
    monkeypatch.setattr(excel, "_write_alone", fails)
    write_xlsx(tmp_path / "two.xlsx", dataset)
    assert (tmp_path / "two.xlsx").read_bytes() == (tmp_path / "one.xlsx").read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["one.xlsx", "two.xlsx"]


def test_work_beside_raises_its_own_error_or_runs_here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    import os

    import bilan.outputs.aside as aside

    def full() -> None:
        (tmp_path / "pid").write_text(str(os.getpid()))
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError) as caught:
        aside.Aside(full).wait()
    assert caught.value.errno == 28
    assert int((tmp_path / "pid").read_text()) != os.getpid()  # it ran in a child

    monkeypatch.setattr(aside, "can_fork", lambda: False)  # a threaded server, say
    done = []
    pending = aside.Aside(lambda: done.append(os.getpid()))
    assert done == []  # run when waited for, in this process
    pending.wait()
    assert done == [os.getpid()]
