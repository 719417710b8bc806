"""The "Pluriannuel" sheet of bilan.xlsx: one row per track (the same action over a Table's
bilans), one column per document, the action's status and item count there, colour-coded."""

from __future__ import annotations

from bilan.normalize.records import Dataset
from bilan.normalize.shapes import STATE_LABELS

LABELS = {"suivi": "suivi", "en_retard": "en retard", "a_venir": "à venir", "sans_suivi": "sans suivi"}
FILLS = {"suivi": "C6EFCE", "en_retard": "FFC7CE", "a_venir": "FFEB9C", "sans_suivi": "E0E0E0",
         "absent": "FFFFFF"}
FIXED = ["Série", "Piste", "Action (dernier libellé)", "Objectif (dernier)"]
MEANING = [
    ("Série", "Table dont les bilans forment la série (titre sans années ni dates, ou --series)"),
    ("Piste", "tracks.csv:track_id — la même action d'un bilan à l'autre"),
    ("Action (dernier libellé)", "Libellé de l'action dans le dernier bilan qui la contient"),
    ("Objectif (dernier)", "Objectif de l'action dans le dernier bilan qui la contient"),
    ("(un document par colonne)", "Statut de l'action dans ce bilan (suivi, en retard, à venir, sans suivi) "
     "et nombre de suivis entre parenthèses, puis son état quand le bilan a une colonne d'état "
     "(réalisé, en cours, non débuté, reporté, abandonné); « absent » quand le bilan de la série ne la "
     "contient pas"),
]


def cell_text(status: str, items: int, state: str = "") -> str:
    """"suivi (3)", "en retard (0)", "suivi (1) · en cours" (the state, when the bilan has one)."""
    return f"{LABELS.get(status, status)} ({items})" + (f" · {STATE_LABELS.get(state, state)}" if state else "")


def add_pluriannual(wb, dataset: Dataset) -> None:  # noqa: ANN001 - an openpyxl Workbook
    """Add the sheet (before Dictionnaire when it exists)."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    from bilan.normalize.tracks import dataset_tracks
    from bilan.normalize.tracks.view import grid
    from bilan.outputs.excel import _Styles

    tracks = dataset_tracks(dataset)
    documents = [d for docs in tracks.series.values() for d in docs]
    series_of = {d: name for name, docs in tracks.series.items() for d in docs}
    ws = wb.create_sheet("Pluriannuel", index=wb.sheetnames.index("Dictionnaire")
                         if "Dictionnaire" in wb.sheetnames else None)
    ws.append([ILLEGAL_CHARACTERS_RE.sub("", v) for v in FIXED + documents])
    for cell in ws[1]:
        cell.data_type = "s"  # a file name is never a formula
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    fills = {k: PatternFill("solid", start_color=v, end_color=v) for k, v in FILLS.items()}
    absent_font = Font(italic=True, color="808080")
    styles = _Styles()

    def look(cell, wrap: bool, status: str | None) -> None:  # noqa: ANN001
        cell.alignment = Alignment(wrap_text=wrap, vertical="top")
        if status is not None:  # a document's column: the status's colour
            cell.fill = fills.get(status, fills["absent"])
            if status == "absent":
                cell.font = absent_font

    row = 1  # the header's; each track's row goes under the last (max_row would scan every cell)
    for line in grid(tracks, dataset.actions, dataset.coverage):
        values: list[object] = [tracks.labels.get(line.series, line.series), line.track_id, line.action, line.objective]
        for document in documents:
            if series_of[document] != line.series:
                values.append(None)
            elif document in line.cells:
                here = line.cells[document]
                values.append(cell_text(here.status, here.items, here.state))
            else:
                values.append("absent")
        ws.append([ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v for v in values])
        row += 1
        for j in range(1, len(values) + 1):
            cell = ws.cell(row=row, column=j)
            if cell.value is None:
                continue
            cell.data_type = "s"  # never a formula, whatever the text
            status = None
            if j > len(FIXED):
                document = documents[j - len(FIXED) - 1]
                status = line.cells[document].status if document in line.cells else "absent"
            wrap = j in (3, 4)
            styles.apply(cell, (wrap, status), lambda c, w=wrap, s=status: look(c, w, s))
    for j, width in enumerate([28, 8, 60, 40] + [max(14, min(len(d) + 2, 30)) for d in documents], start=1):
        ws.column_dimensions[get_column_letter(j)].width = width
    ws.freeze_panes = "E2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(FIXED) + len(documents))}{max(ws.max_row, 2)}"
    if "Dictionnaire" in wb.sheetnames:
        dictionary = wb["Dictionnaire"]
        for label, meaning in MEANING:
            dictionary.append(["Pluriannuel", label, "tracks.csv", "string", "", meaning])
            for cell in dictionary[dictionary.max_row]:
                cell.data_type = "s"
