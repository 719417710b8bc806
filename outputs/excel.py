"""bilan.xlsx: one sheet per table, French headers, real dates, frozen header, filters.

openpyxl turns any string starting with "=" into a formula and rejects control characters:
every text cell is forced to the string type and cleaned before it is written.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from normalize.records import Dataset
from outputs.schema import SCHEMA, SHEETS, Column

_FIXED_TIME = dt.datetime(2000, 1, 1)


def write_xlsx(path: Path, dataset: Dataset) -> None:
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    wb.remove(wb.active)
    tables = dataset.tables()
    for stem, title in SHEETS.items():
        columns = SCHEMA[stem]
        _, rows = tables[stem]
        ws = wb.create_sheet(title)
        ws.append([c.label for c in columns])
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for row in rows:
            ws.append([_value(getattr(row, c.name), c, ILLEGAL_CHARACTERS_RE) for c in columns])
        for index, column in enumerate(columns, start=1):
            letter = get_column_letter(index)
            if column.type == "date":
                for (cell,) in ws.iter_rows(min_row=2, min_col=index, max_col=index):
                    cell.number_format = "yyyy-mm-dd"
            elif column.type == "string":
                for (cell,) in ws.iter_rows(min_row=2, min_col=index, max_col=index):
                    if cell.value is not None:
                        cell.data_type = "s"  # never a formula, whatever the text
                        cell.alignment = Alignment(wrap_text=len(str(cell.value)) > 60, vertical="top")
            width = max([len(column.label)] + [len(str(getattr(r, column.name) or "")) for r in rows[:500]])
            ws.column_dimensions[letter].width = min(max(width + 2, 8), 60)
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{max(len(rows) + 1, 2)}"
    _dictionary(wb)
    wb.properties.creator = "bilan"
    wb.properties.created = _FIXED_TIME
    wb.properties.modified = _FIXED_TIME
    wb.save(path)


def _value(value: object, column: Column, illegal) -> object:  # noqa: ANN001
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value
    if column.type == "integer":
        return int(value)  # type: ignore[call-overload]
    if column.type == "number":
        return float(value)  # type: ignore[arg-type]
    return illegal.sub("", str(value))


def _dictionary(wb) -> None:  # noqa: ANN001
    from openpyxl.styles import Font

    ws = wb.create_sheet("Dictionnaire")
    ws.append(["Feuille", "Colonne", "Fichier CSV", "Type", "Valeurs", "Définition"])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for stem, title in SHEETS.items():
        for c in SCHEMA[stem]:
            ws.append([title, c.label, f"{stem}.csv:{c.name}", c.type, ", ".join(c.enum), c.description])
            for cell in ws[ws.max_row]:
                cell.data_type = "s"
    for letter, width in zip("ABCDEF", (12, 24, 32, 9, 40, 70)):
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = "A2"
