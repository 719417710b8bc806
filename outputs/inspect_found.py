"""What `bilan inspect` shows, gathered once per file: boxes, notes and tags per page."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bilan.extract.model import Cell, Document, Line, Paragraph, Table

if TYPE_CHECKING:  # pragma: no cover - typing only
    from bilan.normalize.header import HeaderMap
    from bilan.normalize.records import Anomaly, Converted, Trace

DEFAULT_RESOLUTION = 110  # dots per inch: a landscape page is ~1200 px wide, text stays legible
LEFT_BAND = 84            # px at DEFAULT_RESOLUTION: the action ids, left of the page
RIGHT_BAND = 420          # px: the notes (item numbers, dates, channels, anomalies)

Box = tuple[float, float, float, float]  # x0, top, x1, bottom in PDF points


@dataclass(frozen=True)
class Style:
    """How one kind of finding is drawn, and its line in the legend."""

    colour: tuple[int, int, int]
    width: int
    fill: int  # alpha of the tint inside the box, 0 for none
    legend: str


STYLES: dict[str, Style] = {
    "paragraph": Style((150, 160, 175), 1, 0, "paragraphe hors tableau"),
    "cell": Style((95, 125, 175), 1, 0, "cellule de tableau"),
    "header": Style((125, 60, 165), 2, 28, "ligne d'en-tête"),
    "action": Style((20, 45, 120), 2, 0, "cellule Actions (n° d'action)"),
    "item_a": Style((0, 135, 95), 1, 45, "élément de suivi"),
    "item_b": Style((225, 115, 0), 1, 45, "élément suivant"),
    "undated": Style((135, 135, 135), 1, 45, "élément sans date lue"),
    "heading": Style((205, 20, 145), 2, 55, "titre de canal"),
    "marker": Style((0, 140, 205), 2, 55, "marque « (suite) »"),
    "anomaly": Style((225, 0, 0), 3, 0, "anomalie"),
    "unaccounted": Style((225, 0, 0), 3, 90, "texte placé nulle part (unaccounted_text)"),
}
INK = (35, 40, 50)
MUTED = (95, 100, 110)


@dataclass
class Mark:
    """A box to draw on one page, with a note for the right-hand column."""

    page: int
    box: Box
    style: str
    note: str = ""
    detail: str = ""  # smaller text after the note: the dates read


@dataclass
class Tag:
    """An action id in the left-hand column, level with the action's row on that page."""

    page: int
    box: Box
    action_id: str
    continued: bool


@dataclass
class Findings:
    """Everything the pictures, tree.txt and index.html show, gathered once per file."""

    name: str
    doc: Document
    converted: Converted | None
    headers: list[HeaderMap | None]
    header_rows: set[tuple[int, int]]
    row_owner: dict[tuple[int, int], tuple[str, bool]]
    notes_by_line: dict[int, list[str]]
    anomalies_by_row: dict[tuple[int, int], list[Anomaly]]
    marks: list[Mark] = field(default_factory=list)
    tags: list[Tag] = field(default_factory=list)

    @property
    def anomalies(self) -> list[Anomaly]:
        return self.converted.anomalies if self.converted else []



# --- what was found, where ------------------------------------------------------------------

def gather(doc: Document, name: str, converted: Converted | None,
           columns: dict[str, str] | None = None) -> Findings:
    """Tie every action, item, heading, marker and anomaly to the table cells and lines it
    came from (by object identity: normalize/ keeps the reader's own Paragraph and Line)."""
    from bilan.normalize.header import map_header
    from bilan.normalize.tables import cell_text

    tables = doc.tables
    where: dict[int, tuple[int, int, int]] = {}
    headers: list[HeaderMap | None] = []
    header_rows: set[tuple[int, int]] = set()
    current = None
    for t, table in enumerate(tables):
        for r, row in enumerate(table.rows):
            mapped = map_header([cell_text(c) for c in row.cells], columns)
            if mapped is not None:
                header_rows.add((t, r))
                if r == 0:
                    current = mapped
            for c, cell in enumerate(row.cells):
                for p in cell.paragraphs:
                    where[id(p)] = (t, r, c)
        headers.append(current)

    found = Findings(name, doc, converted, headers, header_rows, {}, defaultdict(list),
                     defaultdict(list))
    _mark_paragraphs(found)
    for t, table in enumerate(tables):
        for r, row in enumerate(table.rows):
            for cell in row.cells:
                box = _cell_box(cell)
                if box and not cell.merged:
                    style = "header" if (t, r) in header_rows else "cell"
                    found.marks.append(Mark(_cell_page(cell, row, table), box, style))
    if converted is None:
        return found

    rows_of: dict[str, list[tuple[int, int]]] = {}
    for trace in converted.trace:
        rows_of[trace.action_id] = _physical_rows(trace, where)
        _mark_action(found, trace, rows_of[trace.action_id])
    by_item = {(tr.action_id, no): item for tr in converted.trace
               for no, item in enumerate(tr.split.items, start=1)}
    for anomaly in converted.anomalies:
        _mark_anomaly(found, anomaly, rows_of, by_item)
    for piece in getattr(converted.reconciliation, "pieces", []):
        if piece.lines:
            found.notes_by_line[id(piece.lines[0])].append(f"  ! unaccounted_text : {piece.where}")
        for page, box in _line_boxes(piece.lines):
            found.marks.append(Mark(page, _grow(box, 2), "unaccounted", "! unaccounted_text", piece.text[:60]))
    return found


def _mark_paragraphs(found: Findings) -> None:
    """Text outside tables, with the part it plays: title line or section heading."""
    from bilan.normalize.text import collapse

    conv = found.converted
    titles = set(conv.document.title.split(" — ")) if conv and conv.document.title else set()
    sections = {row.section for row in (t.row for t in conv.trace)} if conv else set()
    for block in found.doc.blocks:
        if not isinstance(block, Paragraph):
            continue
        text = collapse(block.text)
        role = ("titre" if text in titles else
                f"section « {text} »" if text and text in sections else "")
        if role and block.lines:
            found.notes_by_line[id(block.lines[0])].append(f"→ {role}")
        for page, box in _line_boxes(block.lines):
            found.marks.append(Mark(page, box, "paragraph", role))


def _physical_rows(trace: Trace, where: dict[int, tuple[int, int, int]]) -> list[tuple[int, int]]:
    paragraphs = [p for ps in (*trace.row.cells.values(), *trace.row.extras.values()) for p in ps]
    return sorted({where[id(p)][:2] for p in paragraphs if id(p) in where})


def _mark_action(found: Findings, trace: Trace, rows: list[tuple[int, int]]) -> None:
    aid = trace.action_id
    tables = found.doc.tables
    for n, (t, r) in enumerate(rows):
        found.row_owner[(t, r)] = (aid, n > 0)
        header = found.headers[t]
        column = header.column("action") if header else None
        row = tables[t].rows[r]
        if column is not None and column < len(row.cells):
            cell = row.cells[column]
            box = _cell_box(cell)
            if box:
                page = _cell_page(cell, row, tables[t])
                found.marks.append(Mark(page, box, "action"))
                found.tags.append(Tag(page, box, aid, n > 0))

    split = trace.split
    for no, item in enumerate(split.items, start=1):
        label = f"{aid}#{no}"
        style = ("item_a" if no % 2 else "item_b") if item.dates else "undated"
        if item.lines:
            found.notes_by_line[id(item.lines[0])].append(
                f"→ {label} · {_channel(item.channel)} · {_dates(item)}")
        for n, (page, box) in enumerate(_line_boxes(item.lines)):
            found.marks.append(Mark(page, box, style, label + (" (suite)" if n else ""),
                                    "" if n else _dates(item)))
    for chunk in split.headings:
        channel = chunk.text.rstrip(" :")
        if chunk.lines:
            found.notes_by_line[id(chunk.lines[0])].append(f"→ titre de canal « {channel} »")
        for page, box in _line_boxes(chunk.lines):
            found.marks.append(Mark(page, box, "heading", f"canal « {channel} »"))
    for chunk in split.markers:
        after = _channel_after(split, chunk)
        text = f"(suite) : le canal « {after} » continue" if after else "(suite) : rien à reporter"
        if chunk.lines:
            found.notes_by_line[id(chunk.lines[0])].append(f"→ marque {text}")
        for page, box in _line_boxes(chunk.lines):
            found.marks.append(Mark(page, box, "marker", text))


def _mark_anomaly(found: Findings, anomaly: Anomaly, rows_of: dict[str, list[tuple[int, int]]],
                  by_item: dict) -> None:
    aid, no = anomaly.action_id, anomaly.item_no
    pages = page_range(anomaly)
    if aid and no is not None and (aid, no) in by_item:
        item = by_item[(aid, no)]
        if item.lines:
            found.notes_by_line[id(item.lines[0])].append(f"  ! {anomaly.kind} : {anomaly.detail}")
        for page, box in _line_boxes(item.lines):
            if pages is None or page in pages:
                found.marks.append(Mark(page, _grow(box, 2), "anomaly", f"! {anomaly.kind}", f"{aid}#{no}"))
        return
    if aid and aid in rows_of:
        tables = found.doc.tables
        rows = rows_of[aid]
        if rows:
            found.anomalies_by_row[rows[0]].append(anomaly)
        for t, r in rows:
            box, page = _row_box(tables[t], tables[t].rows[r], found.headers[t])
            if box and (pages is None or page in pages):
                found.marks.append(Mark(page, _grow(box, 2), "anomaly", f"! {anomaly.kind}", aid))


def _row_box(table: Table, row, header: HeaderMap | None) -> tuple[Box | None, int | None]:
    """The row's cells but the objective's, which often spans several actions."""
    skip = header.column("objective") if header else None
    cells = [c for i, c in enumerate(row.cells) if i != skip and _cell_box(c)] \
        or [c for c in row.cells if _cell_box(c)]
    if not cells:
        return None, None
    boxes = [_cell_box(c) for c in cells]
    return _union(boxes), _cell_page(cells[0], row, table)


def _channel_after(split, marker) -> str:
    """The channel in force after a "(suite)" marker: the next item's, found by position."""
    if not marker.lines:
        return ""
    first = marker.lines[0]
    for item in split.items:
        if item.lines and (item.lines[0].page or 0, item.lines[0].top or 0) >= (first.page or 0, first.top or 0):
            return item.channel
    return ""


def _channel(channel: str) -> str:
    return f"canal « {channel} »" if channel else "sans canal"


def _dates(item) -> str:  # noqa: ANN001 - a normalize.items.Item
    """The item's date text as written, then the ISO days it covers."""
    if not item.dates:
        return "sans date"
    start, end = item.date_start, item.date_end
    days = start.isoformat() if start == end else f"{start.isoformat()} – {end.isoformat()}"
    return f"{days}  « {item.date_text} »"


def page_range(anomaly: Anomaly) -> range | None:
    if anomaly.page_start is None and anomaly.page_end is None:
        return None
    first = anomaly.page_start if anomaly.page_start is not None else anomaly.page_end
    last = anomaly.page_end if anomaly.page_end is not None else first
    return range(first, last + 1)


def _cell_box(cell: Cell) -> Box | None:
    if None in (cell.x0, cell.top, cell.x1, cell.bottom):
        return None
    return (cell.x0, cell.top, cell.x1, cell.bottom)


def _cell_page(cell: Cell, row, table: Table) -> int | None:
    return cell.page or row.page_start or table.page_start


def _line_boxes(lines: list[Line]) -> list[tuple[int, Box]]:
    """One box per page around the lines that lie on it, in page order."""
    per_page: dict[int, list[Box]] = {}
    for ln in lines:
        if ln.page is None or None in (ln.x0, ln.top, ln.x1, ln.bottom):
            continue
        per_page.setdefault(ln.page, []).append((ln.x0, ln.top, ln.x1, ln.bottom))
    return [(page, _grow(_union(boxes), 1)) for page, boxes in sorted(per_page.items())]


def _union(boxes: list[Box]) -> Box:
    return (min(b[0] for b in boxes), min(b[1] for b in boxes),
            max(b[2] for b in boxes), max(b[3] for b in boxes))


def _grow(box: Box, by: float) -> Box:
    return (box[0] - by, box[1] - by, box[2] + by, box[3] + by)

def on_page(anomaly: Anomaly, number: int) -> bool:
    pages = page_range(anomaly)
    return pages is not None and number in pages

def blend(colour: tuple[int, int, int], alpha: int) -> tuple[int, int, int]:
    return tuple(round(255 + (c - 255) * alpha / 255) for c in colour)  # type: ignore[return-value]
