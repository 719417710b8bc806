"""bilan.xlsx: one sheet per table, French headers, real dates, frozen header, filters.

openpyxl turns any string starting with "=" into a formula and rejects control characters:
every text cell is forced to the string type and cleaned before it is written.
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bilan.normalize.audit import contract_tables
from bilan.normalize.records import Dataset, TimelineRow
from bilan.normalize.shapes import state_counts
from bilan.outputs.schema import SCHEMA, SHEETS, Column

_FIXED_TIME = dt.datetime(2000, 1, 1)


def load_openpyxl() -> None:
    """Import openpyxl without numpy, unless numpy is loaded already. openpyxl imports numpy
    when it is installed (the OCR reader needs it) only to count its number types as numbers,
    and no value of a dataset is one; that import is half of openpyxl's (about 0.1 s of
    CPU at the start of every convert)."""
    import sys

    if "openpyxl" in sys.modules or "numpy" in sys.modules:
        return
    sys.modules["numpy"] = None  # type: ignore[assignment]  # openpyxl's optional import fails
    try:
        import openpyxl  # noqa: F401
        import openpyxl.chart  # noqa: F401
        import openpyxl.writer.excel  # noqa: F401
    finally:
        del sys.modules["numpy"]


def write_xlsx(path: Path, dataset: Dataset,
               tables: dict[str, tuple[type, list]] | None = None) -> None:
    """Write bilan.xlsx; `tables` are the dataset's contract_tables when already computed.

    The sheet with the most cells (Suivis, mostly) is filled and written beside the others
    where it is worth it, in two halves when it is long (see _Side): the same bytes as when
    written here.
    """
    load_openpyxl()
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    wb.remove(wb.active)
    tables = tables or contract_tables(dataset)  # the derived tables computed once for all sheets
    styles = _Styles(wb, _table_styles())
    sheets = {}
    for stem, title in SHEETS.items():
        sheets[stem] = wb.create_sheet(title)
        _frame(sheets[stem], SCHEMA[stem], tables[stem][1])
    cells = {stem: len(tables[stem][1]) * len(SCHEMA[stem]) for stem in SHEETS}
    big = max(cells, key=cells.__getitem__)
    side = None
    if cells[big] >= _SIDE_CELLS:
        ws, columns, rows = sheets[big], SCHEMA[big], tables[big][1]
        half = len(rows) // 2 if cells[big] >= _HALVED_CELLS else len(rows)
        parts = [functools.partial(_fill, ws, columns, rows[:half], styles)]
        if half < len(rows):
            parts.append(functools.partial(_fill, ws, columns, rows[half:], styles, first=half))
        side = _Side.start(path, ws, functools.partial(_fill, ws, columns, rows, styles), parts,
                           f"A1:{get_column_letter(len(columns))}{len(rows) + 1}")
    try:
        for stem, ws in sheets.items():
            if side is None or ws is not side.ws:
                _fill(ws, SCHEMA[stem], tables[stem][1], styles)
        _coverage_extras(wb["Couverture"], tables)
        _dictionary(wb)
        _pluriannual(wb, dataset)
        wb.properties.creator = "bilan"
        wb.properties.created = _FIXED_TIME
        wb.properties.modified = _FIXED_TIME
        _save(wb, path, side)
    finally:
        if side is not None:
            side.close()


_SIDE_CELLS = 20_000  # below this a sheet is written faster than a process is forked for it
_HALVED_CELLS = 30_000  # ... and from this on, faster in two halves side by side


def _frame(ws, columns: list[Column], rows: list) -> None:  # noqa: ANN001
    """What a sheet shows around its cells: column widths, the frozen header, the filter."""
    from openpyxl.utils import get_column_letter

    for index, column in enumerate(columns, start=1):
        width = max([len(column.label)] + [len(str(getattr(r, column.name) or "")) for r in rows[:500]])
        ws.column_dimensions[get_column_letter(index)].width = min(max(width + 2, 8), 60)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{max(len(rows) + 1, 2)}"


def _fill(ws, columns: list[Column], rows: list, styles: _Styles, first: int = 0) -> None:  # noqa: ANN001
    """A contract table's cells: the header in bold, then one row per record. With `first`,
    `rows` are the table's records from that index on, and only they are filled (the sheet's
    second half, filled alone: see _Side)."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell

    if first:
        ws._current_row = first + 1  # where openpyxl appends from: under the header and the first records
    else:
        ws.append([c.label for c in columns])
        for cell in ws[1]:
            styles.apply(cell, "header")
    cells: list[list] = [[] for _ in columns]  # each column's cells under its header
    for row in rows:
        line = [Cell(ws, value=_value(getattr(row, c.name), c, ILLEGAL_CHARACTERS_RE)) for c in columns]
        ws.append(line)
        for column_cells, cell in zip(cells, line):
            column_cells.append(cell)
    for index, column in enumerate(columns):
        if column.type == "date":
            for cell in cells[index]:
                styles.apply(cell, "date")
        elif column.type == "string":
            for cell in cells[index]:
                if cell.value is not None:
                    cell.data_type = "s"  # never a formula, whatever the text
                    styles.apply(cell, ("text", len(str(cell.value)) > 60))


class _Styles:
    """Cell styles made once per workbook and then copied from cell to cell.

    Setting `cell.alignment` makes openpyxl hash the style object to find its id, which for
    tens of thousands of cells costs more than writing them; a cell's style is only a small
    array of ids, so each style is made once, the usual way, and the cells take a copy of its
    array (the workbook's style tables come out the same). `makers` are made at once, on a
    scratch cell, and given their ids in the workbook's table before any sheet is filled: a
    sheet filled and written in another process (_Side) then refers to the same ids. Other
    keys are made on the first cell that takes them.
    """

    def __init__(self, wb=None, makers: dict[object, Callable[[Any], None]] | None = None) -> None:  # noqa: ANN001
        self.made: dict[object, object] = {}
        if not makers:
            return
        scratch = wb.create_sheet("scratch")
        for n, (key, make) in enumerate(makers.items(), start=1):
            cell = scratch.cell(row=n, column=1)
            make(cell)
            self.made[key] = cell._style
            wb._cell_styles.add(cell._style)
        wb.remove(scratch)

    def apply(self, cell, key: object, make: Callable[[Any], None] | None = None) -> None:  # noqa: ANN001
        """Give `cell` the style `key` (made by `make(cell)` on the first cell of that key)."""
        made = self.made.get(key)
        if made is None:
            make(cell)  # type: ignore[misc]
            self.made[key] = cell._style
        else:
            cell._style = copy.copy(made)


def _table_styles() -> dict[object, Callable[[Any], None]]:
    """The styles of the contract tables' cells: header, date, short and long text."""
    from openpyxl.styles import Alignment, Font

    def text(wrap: bool) -> Callable[[Any], None]:
        return lambda c: setattr(c, "alignment", Alignment(wrap_text=wrap, vertical="top"))

    return {"header": lambda c: setattr(c, "font", Font(bold=True)),
            "date": lambda c: setattr(c, "number_format", "yyyy-mm-dd"),
            ("text", False): text(False), ("text", True): text(True)}


class _Side:
    """One sheet filled and written to a file of its own by forked processes (outputs/aside.py)
    while this process fills and writes the others; _save then takes the file as that sheet's.
    A long sheet is made in two halves side by side, each process filling its rows only: the
    first writes the sheet with its rows (and the whole sheet's size), the second its rows,
    which go in after the first's (a row's XML depends on its cells only).

    The sheet must use only the styles made before the fork (_Styles), whose ids both
    processes share, and nothing that links it to other parts (a chart, a link): the child
    checks both, and when either fails, or a child does, the sheet is made here instead.
    """

    def __init__(self, ws, fill: Callable[[], None], path: Path, pieces: list[Path],  # noqa: ANN001
                 asides: list[Any]) -> None:
        self.ws, self.fill, self.path, self.pieces, self.asides = ws, fill, path, pieces, asides

    @classmethod
    def start(cls, book: Path, ws, fill: Callable[[], None], parts: list[Callable[[], None]],  # noqa: ANN001
              dimension: str) -> _Side | None:
        """`fill` fills the whole sheet (here, when a part fails); `parts` fill its halves (or
        all of it, one part); `dimension` is the whole sheet's range ("A1:M2726")."""
        from bilan.outputs.aside import Aside, can_fork

        if not can_fork():
            return None
        path = book.with_name(f".{book.name}.{ws.title}.xml")
        pieces = [path] if len(parts) == 1 else [path.with_suffix(f".{k}.xml") for k in range(len(parts))]
        asides = [Aside(functools.partial(_write_alone, ws, part, piece, dimension))
                  for part, piece in zip(parts, pieces)]
        return cls(ws, fill, path, pieces, asides)

    def ready(self) -> bool:
        """Wait for the sheet's file; False when the sheet must be made here after all."""
        try:
            for aside in self.asides:
                aside.wait()
            if self.pieces != [self.path]:
                _stitch(self.pieces, self.path)
        except Exception:  # a real fault (a full disk) comes back when the sheet is made here
            self.fill()
            return False
        return True

    def close(self) -> None:
        for aside in self.asides:
            aside.cancel()
        for path in {self.path, *self.pieces}:
            try:
                os.remove(path)
            except OSError:
                pass


def _stitch(pieces: list[Path], path: Path) -> None:
    """The sheet's XML from its pieces: the first whole, the rows of the others after its rows."""
    first = pieces[0].read_bytes()
    end = first.rindex(b"</sheetData>")
    rows = []
    for piece in pieces[1:]:
        xml = piece.read_bytes()
        rows.append(xml[xml.index(b"<sheetData>") + len(b"<sheetData>"):xml.rindex(b"</sheetData>")])
    path.write_bytes(b"".join([first[:end], *rows, first[end:]]))


class _Linked(Exception):
    """The sheet written alone needs what only the whole workbook writes."""


def _write_alone(ws, fill: Callable[[], None], path: Path, dimension: str | None = None) -> None:  # noqa: ANN001
    import shutil

    from openpyxl.worksheet._writer import WorksheetWriter

    known = len(ws.parent._cell_styles)
    fill()
    if dimension:  # the whole sheet's range, where this process fills a part of it
        ws.calculate_dimension = lambda: dimension
    writer = WorksheetWriter(ws)
    writer.write()
    try:
        if len(ws.parent._cell_styles) != known or len(writer._rels) or ws._charts or ws._images:
            raise _Linked(ws.title)
        shutil.copyfile(writer.out, path)
    finally:
        writer.cleanup()


def _save(wb, path: Path, side: _Side | None = None) -> None:  # noqa: ANN001
    """Save with fixed timestamps (openpyxl stamps the save time into the file and into each
    zip entry): the same dataset gives the same bytes. The sheet of `side` is taken from
    its file; the other sheets' XML is written first (_render), while the side sheet is still
    being made, and the archive then takes each in its usual place."""
    import zipfile

    from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing
    from openpyxl.packaging.relationship import RelationshipList
    from openpyxl.writer.excel import ExcelWriter

    class _Stamped(zipfile.ZipFile):
        def writestr(self, name, data, *args, **kwargs):  # noqa: ANN001, ANN202
            if not isinstance(name, zipfile.ZipInfo):
                name = zipfile.ZipInfo(name, date_time=_FIXED_TIME.timetuple()[:6])
                name.compress_type = zipfile.ZIP_DEFLATED
            return super().writestr(name, data, *args, **kwargs)

        def write(self, filename, arcname=None, *args, **kwargs):  # noqa: ANN001, ANN202
            with open(filename, "rb") as fh:  # a sheet openpyxl wrote to a scratch file
                return self.writestr(arcname or os.fspath(filename), fh.read())

    class _Writer(ExcelWriter):
        def write_worksheet(self, ws):  # noqa: ANN001, ANN202
            writer = rendered.pop(id(ws), None)
            if writer is not None:  # what ExcelWriter does, with the XML already written
                _drawing(ws)
                ws._rels = writer._rels
                self._archive.write(writer.out, ws.path[1:])
                self.manifest.append(ws)
                writer.cleanup()
                return None
            if side is None or ws is not side.ws or not side.ready():
                return super().write_worksheet(ws)
            ws._drawing = SpreadsheetDrawing()  # as ExcelWriter does; the sheet has none
            ws._rels = RelationshipList()
            self._archive.write(side.path, ws.path[1:])
            self.manifest.append(ws)
            return None

    rendered: dict[int, Any] = {}
    try:
        if side is not None:
            rendered = _render([ws for ws in wb.worksheets if ws is not side.ws])
        with _Stamped(path, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
            _Writer(wb, archive).save()
    finally:
        for writer in rendered.values():  # left by a save that failed
            writer.cleanup()


def _render(sheets: list) -> dict[int, Any]:
    """Each sheet's XML written to its scratch file, as ExcelWriter writes it: {id(sheet): writer}.

    ExcelWriter writes the sheets one after the other and would wait for the side sheet before
    writing those after it; a sheet's XML depends on that sheet only, so it is written ahead."""
    from openpyxl.worksheet._writer import WorksheetWriter

    rendered: dict[int, Any] = {}
    try:
        for ws in sheets:
            _drawing(ws)
            writer = WorksheetWriter(ws)
            rendered[id(ws)] = writer
            writer.write()
    except BaseException:
        for writer in rendered.values():
            writer.cleanup()
        raise
    return rendered


def _drawing(ws) -> None:  # noqa: ANN001
    """The sheet's drawing as ExcelWriter sets it before writing the sheet: its charts, images."""
    from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing

    ws._drawing = SpreadsheetDrawing()
    ws._drawing.charts = ws._charts
    ws._drawing.images = ws._images


def _value(value: object, column: Column, illegal) -> object:  # noqa: ANN001
    if value is None or value == "":
        return None  # a blank cell, not an empty text
    if isinstance(value, dt.date):
        return value
    if column.type == "integer":
        return int(value)  # type: ignore[call-overload]
    if column.type == "number":
        return float(value)  # type: ignore[arg-type]
    return illegal.sub("", str(value))


def _coverage_extras(ws, tables: dict[str, tuple[type, list]]) -> None:  # noqa: ANN001
    """Right of the per-action table: coverage by objective, dated items per month, and a chart
    of each. The charts draw on these visible cells, so every bar can be checked and reused."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    def put(row: int, col: int, value: object, fmt: str | None = None) -> None:
        if isinstance(value, str):
            value = ILLEGAL_CHARACTERS_RE.sub("", value) or None  # "" would be an empty text cell
        cell = ws.cell(row=row, column=col, value=value)
        if isinstance(value, str):
            cell.data_type = "s"  # never a formula, whatever the text
        if row == 1:
            cell.font = Font(bold=True)
        if fmt:
            cell.number_format = fmt

    objectives = tables["coverage_by_objective"][1]
    columns = SCHEMA["coverage_by_objective"]
    several = len({o.document for o in objectives}) > 1
    left = len(SCHEMA["coverage"]) + 2  # one empty column after the per-action table
    states: dict[tuple[str, str, str], list[str]] = {}  # the states of each objective's actions
    for c in tables["coverage"][1]:
        states.setdefault((c.document, c.section, c.objective), []).append(c.state)
    stated = any(c.state for c in tables["coverage"][1])
    for j, label in enumerate([c.label for c in columns] + ["Libellé du graphique"] + (["États"] if stated else [])):
        put(1, left + j, label)
    for i, o in enumerate(objectives, start=2):
        for j, c in enumerate(columns):
            put(i, left + j, _value(getattr(o, c.name), c, ILLEGAL_CHARACTERS_RE),
                "0.0%" if c.name == "share_followed" else None)
        put(i, left + len(columns), _short(o.objective or "(sans objectif)", f"{o.document} · " if several else ""))
        if stated:
            put(i, left + len(columns) + 1, state_counts(states.get((o.document, o.section, o.objective), [])))
    widths = [22, 30, 50] + [10] * (len(columns) - 3) + [48] + ([30] if stated else [])
    for j, width in enumerate(widths):
        ws.column_dimensions[get_column_letter(left + j)].width = width

    months, documents, counts = _month_table(tables["timeline"][1])
    right = left + len(columns) + 2 + stated
    put(1, right, "Mois")
    for j, name in enumerate(documents, start=1):
        put(1, right + j, name)
        ws.column_dimensions[get_column_letter(right + j)].width = max(12, min(len(name) + 2, 30))
    for i, month in enumerate(months, start=2):
        put(i, right, month, "yyyy-mm")
        for j, name in enumerate(documents, start=1):
            put(i, right + j, counts.get((name, month), 0))
    ws.column_dimensions[get_column_letter(right)].width = 10

    row = len(objectives) + 4  # the charts go under the objective table
    if objectives:
        share = left + [c.name for c in columns].index("share_followed")
        chart = _share_chart(ws, share, left + len(columns), len(objectives))
        ws.add_chart(chart, f"{get_column_letter(left)}{row}")
        row += int(chart.height / 0.5) + 2  # a row is about half a centimetre high
    if months:
        ws.add_chart(_month_chart(ws, right, len(documents), len(months)), f"{get_column_letter(left)}{row}")


def _short(text: str, prefix: str = "", limit: int = 60) -> str:
    """A chart label: the objective's first words, so that the bars keep room."""
    text = prefix + text
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"


def _month_table(timeline: list[TimelineRow]) -> tuple[list[dt.date], list[str], dict[tuple[str, dt.date], int]]:
    """Every month from the first to the last dated one (empty months too, so gaps show),
    and per document the items of each month."""
    counts = {(t.document, dt.date(int(t.month[:4]), int(t.month[5:7]), 1)): t.items
              for t in timeline}
    documents = list(dict.fromkeys(d for d, _ in counts))
    if not counts:
        return [], documents, counts
    month, last = min(m for _, m in counts), max(m for _, m in counts)
    months = []
    while month <= last:
        months.append(month)
        month = dt.date(month.year + month.month // 12, month.month % 12 + 1, 1)
    return months, documents, counts


def _share_chart(ws, value_col: int, label_col: int, rows: int):  # noqa: ANN001, ANN202
    from openpyxl.chart import BarChart, Reference
    from openpyxl.chart.data_source import AxDataSource, StrRef

    chart = BarChart()
    chart.type = "bar"
    chart.title = "Part des actions suivies, par objectif"
    chart.add_data(Reference(ws, min_col=value_col, min_row=1, max_row=rows + 1), titles_from_data=True)
    labels = Reference(ws, min_col=label_col, min_row=2, max_row=rows + 1)
    chart.series[0].cat = AxDataSource(strRef=StrRef(f=str(labels)))
    chart.x_axis.scaling.orientation = "maxMin"  # first objective on top, as in the table
    chart.y_axis.crosses = "max"  # and the percentages under the bars
    chart.y_axis.scaling.min, chart.y_axis.scaling.max = 0, 1
    chart.y_axis.number_format = "0%"
    chart.y_axis.majorGridlines = None
    chart.legend = None
    chart.gapWidth = 40
    chart.x_axis.delete = chart.y_axis.delete = False
    chart.width, chart.height = 24, max(6, 1.2 + rows * 0.9)
    return chart


def _month_chart(ws, month_col: int, series: int, rows: int):  # noqa: ANN001, ANN202
    from openpyxl.chart import BarChart, Reference

    chart = BarChart()
    chart.type = "col"
    chart.title = "Suivis datés par mois"
    chart.add_data(Reference(ws, min_col=month_col + 1, max_col=month_col + series, min_row=1,
                             max_row=rows + 1), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=month_col, min_row=2, max_row=rows + 1))
    chart.x_axis.number_format = "yyyy-mm"
    chart.y_axis.title = "Suivis"
    chart.gapWidth = 30
    if series == 1:
        chart.legend = None
    chart.x_axis.delete = chart.y_axis.delete = False
    chart.width, chart.height = 24, 9
    return chart


def _pluriannual(wb, dataset: Dataset) -> None:  # noqa: ANN001
    """The Pluriannuel sheet (outputs/excel_tracks.py), placed before Dictionnaire."""
    from bilan.outputs.excel_tracks import add_pluriannual
    add_pluriannual(wb, dataset)


def _dictionary(wb) -> None:  # noqa: ANN001
    from openpyxl.styles import Font

    ws = wb.create_sheet("Dictionnaire")
    ws.append(["Feuille", "Colonne", "Fichier CSV", "Type", "Valeurs", "Définition"])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    row = 1  # the header's; each column's row goes under the last (max_row would scan every cell)
    for stem, title in SHEETS.items():
        for c in SCHEMA[stem]:
            line = [title, c.label, f"{stem}.csv:{c.name}", c.type, ", ".join(c.enum), c.description]
            ws.append(line)
            row += 1
            for column in range(1, len(line) + 1):
                ws.cell(row=row, column=column).data_type = "s"
    for letter, width in zip("ABCDEF", (12, 24, 32, 9, 40, 70)):
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = "A2"
