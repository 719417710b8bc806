"""`bilan inspect`: what the reader found in one file, and how each action row was cut.

When a row comes out wrong, the cause lies in one stage: a cell read badly, a bullet not seen,
a heading taken for an item, a date not read. Seeing every stage's result on the page itself
finds it at a glance. PDF pages become PNG pictures with cells, actions, follow-up items,
channel headings, "(suite)" markers, dates read and anomalies drawn on them; every format gets
tree.txt (the document model as an indented text tree, with what each row and paragraph
became) and index.html (pages and anomalies). The reader and normalize/ are called exactly as
`convert` calls them, so what is drawn is what the dataset holds; nothing here decides.
What a user reads here is French, like rapport.html.
"""

from __future__ import annotations

import functools
import os
from collections import defaultdict
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from extract.model import Cell, Document, Line, Paragraph, Span, Table

if TYPE_CHECKING:  # pragma: no cover - typing only
    from PIL import Image as PILImage
    from normalize.header import HeaderMap
    from normalize.records import Anomaly, Converted, Trace

__all__ = ["DEFAULT_RESOLUTION", "LEFT_BAND", "Inspection", "inspect_file"]

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


@dataclass
class Inspection:
    """What `inspect_file` wrote, for the command line's summary."""

    files: list[str]
    pictures: int
    actions: int
    items: int
    anomalies: int
    error: str | None = None  # why no action came out (no bilan table), when none did


def inspect_file(path: str | os.PathLike[str], out_dir: str | os.PathLike[str], *,
                 password: str | None = None, columns: dict[str, str] | None = None,
                 resolution: int = DEFAULT_RESOLUTION) -> Inspection:
    """Write the pictures (PDF), tree.txt and index.html of one file into out_dir.

    Raises extract.ReadError when the file cannot be read; a file with no bilan table is still
    drawn (its tables outlined), with `error` saying why no action came out.
    """
    from extract import read
    from normalize.document import NoBilanTable, normalize_document
    from outputs.files import publish, staging

    name = Path(path).name
    doc = read(path, password=password)
    error = None
    try:
        converted = normalize_document(doc, name, columns, trace=True)
    except NoBilanTable as exc:
        converted, error = None, str(exc)
    found = gather(doc, name, converted, columns)
    out = Path(out_dir)
    with staging(out) as tmp:
        pictures = render_pages(found, path, tmp, password=password, resolution=resolution) \
            if doc.format == "pdf" else []
        (tmp / "tree.txt").write_text(tree_text(found), encoding="utf-8")
        (tmp / "index.html").write_text(index_html(found, pictures), encoding="utf-8")
        names = [*pictures, "tree.txt", "index.html"]
        publish(tmp, out, names)
    return Inspection(names, len(pictures), len(converted.actions) if converted else 0,
                      len(converted.followups) if converted else 0, len(found.anomalies), error)


# --- what was found, where ------------------------------------------------------------------

def gather(doc: Document, name: str, converted: Converted | None,
           columns: dict[str, str] | None = None) -> Findings:
    """Tie every action, item, heading, marker and anomaly to the table cells and lines it
    came from (by object identity: normalize/ keeps the reader's own Paragraph and Line)."""
    from normalize.header import map_header
    from normalize.tables import cell_text

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
    return found


def _mark_paragraphs(found: Findings) -> None:
    """Text outside tables, with the part it plays: title line or section heading."""
    from normalize.text import collapse

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
    pages = _page_range(anomaly)
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


def _page_range(anomaly: Anomaly) -> range | None:
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


# --- pictures -------------------------------------------------------------------------------

def render_pages(found: Findings, path: str | os.PathLike[str], out: Path, *,
                 password: str | None = None, resolution: int = DEFAULT_RESOLUTION) -> list[str]:
    """Draw each page of the PDF with its findings; returns the PNG names, in page order."""
    import pdfplumber

    names = []
    with pdfplumber.open(path, password=password or "") as pdf:
        total = len(pdf.pages)
        for number, page in enumerate(pdf.pages, start=1):
            try:
                base = page.to_image(resolution=resolution).original.convert("RGB")
                origin = (float(page.bbox[0]), float(page.bbox[1]))
            finally:
                page.close()
            picture = draw_page(found, number, total, base, origin, resolution / 72.0, resolution)
            name = f"page-{number:03d}.png"
            picture.save(out / name, optimize=True)
            names.append(name)
    return names


@dataclass
class _Note:
    y: float          # wanted top, px
    anchor: tuple[float, float]
    style: str
    text: str
    detail: str


def draw_page(found: Findings, number: int, total: int, base: PILImage.Image,
              origin: tuple[float, float], scale: float, resolution: int) -> PILImage.Image:
    """The page picture between an ids column (left) and a notes column (right), legend below."""
    from PIL import Image, ImageDraw

    k = resolution / DEFAULT_RESOLUTION
    left, right = round(LEFT_BAND * k), round(RIGHT_BAND * k)
    note_font, small, tag_font = _font(round(12 * k), True), _font(round(11 * k)), _font(round(13 * k), True)
    line_h = round(15 * k)

    def px(box: Box) -> tuple[float, float, float, float]:
        return (left + (box[0] - origin[0]) * scale, (box[1] - origin[1]) * scale,
                left + (box[2] - origin[0]) * scale, (box[3] - origin[1]) * scale)

    marks = [m for m in found.marks if m.page == number]
    tags = [t for t in found.tags if t.page == number]
    notes = _place_notes([_Note(px(m.box)[1], (px(m.box)[2], px(m.box)[1]), m.style, m.note, m.detail)
                          for m in marks if m.note], line_h)
    page_notes = [a for a in found.anomalies if not a.action_id and _on_page(a, number)]
    width, height = base.width + left + right, base.height
    body = max(height, int(notes[-1].y + line_h + 4) if notes else 0)
    legend = _legend_lines(width - 24, small)
    footer = round(10 * k) + line_h * (2 + len(legend) + len(page_notes))

    canvas = Image.new("RGB", (width, body + footer), "white")
    canvas.paste(base, (left, 0))
    draw = ImageDraw.Draw(canvas)
    draw.rectangle((0, 0, left - 1, body), fill=(244, 246, 250))
    draw.rectangle((left + base.width, 0, width, body), fill=(244, 246, 250))

    tint = Image.new("RGBA", canvas.size, (0, 0, 0, 0))
    tinter = ImageDraw.Draw(tint)
    for m in marks:
        style = STYLES[m.style]
        if style.fill:
            tinter.rectangle(px(m.box), fill=(*style.colour, style.fill))
    canvas.paste(Image.alpha_composite(canvas.convert("RGBA"), tint).convert("RGB"))
    draw = ImageDraw.Draw(canvas)

    order = list(STYLES)
    for m in sorted(marks, key=lambda m: order.index(m.style)):
        style = STYLES[m.style]
        draw.rectangle(px(m.box), outline=style.colour, width=max(1, round(style.width * k)))

    x_notes = left + base.width + round(8 * k)
    for n in notes:
        colour = STYLES[n.style].colour
        mid = n.y + line_h / 2
        draw.line((n.anchor[0] + 2, n.anchor[1] + 3 * k, x_notes - 4, mid), fill=colour, width=1)
        text = _fit(draw, n.text, note_font, right - 12 * k)
        draw.text((x_notes, n.y), text, font=note_font, fill=colour if n.style != "undated" else MUTED)
        if n.detail:
            x = x_notes + draw.textlength(text + "  ", font=note_font)
            room = left + base.width + right - 6 - x
            if room > 20:
                draw.text((x, n.y + 1), _fit(draw, n.detail, small, room), font=small,
                          fill=MUTED if n.style == "undated" else INK)

    for tag in tags:
        x0, y0, x1, _ = px(tag.box)
        colour = STYLES["action"].colour
        text = tag.action_id
        w = draw.textlength(text, font=tag_font) + 10 * k
        box = (4 * k, y0 + 2 * k, 4 * k + w, y0 + 2 * k + line_h + 4 * k)
        if tag.continued:
            draw.rectangle(box, fill="white", outline=colour, width=max(1, round(2 * k)))
            draw.text((box[0] + 5 * k, box[1] + 2 * k), text, font=tag_font, fill=colour)
            draw.text((box[0] + 2 * k, box[3] + 1 * k), "(suite)", font=small, fill=colour)
        else:
            draw.rectangle(box, fill=colour)
            draw.text((box[0] + 5 * k, box[1] + 2 * k), text, font=tag_font, fill="white")
        draw.line((box[2], y0 + 1, x0, y0 + 1), fill=colour, width=max(1, round(2 * k)))

    y = body + round(6 * k)
    draw.line((0, body, width, body), fill=(200, 205, 215), width=1)
    counts = _page_counts(found, number)
    draw.text((12, y), f"{found.name} — page {number}/{total}{counts}", font=_font(round(14 * k), True), fill=INK)
    y += line_h + round(4 * k)
    for entries in legend:
        x = 12.0
        for key in entries:
            style = STYLES[key]
            sw = (x, y + 2 * k, x + 22 * k, y + line_h - 2 * k)
            if style.fill:
                draw.rectangle(sw, fill=_blend(style.colour, style.fill))
            draw.rectangle(sw, outline=style.colour, width=max(1, min(style.width, 2)))
            draw.text((x + 28 * k, y), style.legend, font=small, fill=INK)
            x += 28 * k + draw.textlength(style.legend, font=small) + 18 * k
        y += line_h
    for a in page_notes:
        draw.text((12, y), _fit(draw, f"! {a.kind} : {a.detail}", small, width - 24),
                  font=small, fill=STYLES["anomaly"].colour)
        y += line_h
    return canvas


def _place_notes(notes: list[_Note], line_h: int) -> list[_Note]:
    """Notes in page order, pushed down just enough not to overlap one another; an anomaly's
    note comes after the note of what it is about (its box is drawn a little larger)."""
    notes = sorted(enumerate(notes), key=lambda pair: (pair[1].y + (line_h / 2 if pair[1].style == "anomaly" else 0),
                                                       pair[0]))
    placed: list[_Note] = []
    bottom = 0.0
    for _, n in notes:
        n.y = max(n.y, bottom)
        bottom = n.y + line_h
        placed.append(n)
    return placed


def _legend_lines(width: float, font) -> list[list[str]]:  # noqa: ANN001 - a PIL font
    from PIL import Image, ImageDraw

    draw = ImageDraw.Draw(Image.new("RGB", (1, 1)))
    lines: list[list[str]] = [[]]
    x = 0.0
    for key, style in STYLES.items():
        w = draw.textlength(style.legend, font=font) + 60
        if lines[-1] and x + w > width:
            lines.append([])
            x = 0.0
        lines[-1].append(key)
        x += w
    return lines


def _page_counts(found: Findings, number: int) -> str:
    actions = sorted({t.action_id for t in found.tags if t.page == number})
    items = sum(1 for m in found.marks if m.page == number and m.style in ("item_a", "item_b", "undated"))
    problems = sum(1 for a in found.anomalies if _on_page(a, number))
    if not actions and not items and not problems:
        return ""
    span = f"{actions[0]}–{actions[-1]}" if len(actions) > 1 else (actions[0] if actions else "aucune")
    return f" — actions {span} · {items} élément(s) · {problems} anomalie(s)"


def _on_page(anomaly: Anomaly, number: int) -> bool:
    pages = _page_range(anomaly)
    return pages is not None and number in pages


def _blend(colour: tuple[int, int, int], alpha: int) -> tuple[int, int, int]:
    return tuple(round(255 + (c - 255) * alpha / 255) for c in colour)  # type: ignore[return-value]


def _fit(draw, text: str, font, width: float) -> str:  # noqa: ANN001 - PIL objects
    if draw.textlength(text, font=font) <= width:
        return text
    while text and draw.textlength(text + "…", font=font) > width:
        text = text[:-1]
    return text.rstrip() + "…"


@functools.lru_cache(maxsize=16)
def _font(size: int, bold: bool = False):  # noqa: ANN202 - a PIL font
    """A font with French accents: DejaVu or Arial where installed, else Pillow's own."""
    from PIL import ImageFont

    names = (("DejaVuSans-Bold.ttf", "arialbd.ttf", "Arial Bold.ttf", "LiberationSans-Bold.ttf")
             if bold else ("DejaVuSans.ttf", "arial.ttf", "Arial.ttf", "LiberationSans-Regular.ttf"))
    for name in names:
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    return ImageFont.load_default(size=size)


# --- tree.txt -------------------------------------------------------------------------------

def tree_text(found: Findings) -> str:
    """The document model as an indented tree, each row and paragraph with what it became."""
    doc, conv = found.doc, found.converted
    out = [f"{found.name} — {doc.format}" + (f", {doc.pages} pages" if doc.pages else "")
           + f", {len(doc.blocks)} blocs, {len(doc.tables)} tableaux"
           + (f" — {len(conv.actions)} actions, {len(conv.followups)} éléments de suivi, "
              f"{len(conv.anomalies)} anomalies" if conv else ""),
           "marques : [u] souligné, [sup] exposant, [b] gras, [i] italique, [list] paragraphe de "
           "liste Word ; → ce que la lecture en a fait ; ! anomalie", ""]
    for a in found.anomalies:
        if not a.action_id:
            out.append(f"! {a.kind} : {a.detail}" + _pages(a.page_start, a.page_end))
    if any(not a.action_id for a in found.anomalies):
        out.append("")
    t = -1
    for block in doc.blocks:
        if isinstance(block, Paragraph):
            out.extend(_paragraph_lines(block, "", found))
            continue
        t += 1
        width = max((len(r.cells) for r in block.rows), default=0)
        out.append(f"TABLEAU {t + 1}{_pages(block.page_start, block.page_end)} — "
                   f"{len(block.rows)} lignes × {width} colonnes"
                   + ("" if block.ruled else " (sans filets)"))
        header = found.headers[t]
        names = {i: n for n, i in header.fields.items()} if header else {}
        if header:
            names.update({i: "extra" for i in header.extras})
        for r, row in enumerate(block.rows):
            out.append(f"  ligne {r + 1}{_pages(row.page_start, row.page_end)} — {_row_label(found, t, r, row)}")
            for a in found.anomalies_by_row.get((t, r), []):
                out.append(f"    ! {a.kind} : {a.detail}")
            for c, cell in enumerate(row.cells):
                what = f" {names[c]}" if c in names else ""
                if cell.merged:
                    out.append(f"    [{c + 1}]{what} (couverte par une cellule fusionnée)")
                elif not cell.paragraphs or not cell.text.strip():
                    out.append(f"    [{c + 1}]{what} (vide)")
                else:
                    out.append(f"    [{c + 1}]{what}")
                    for p in cell.paragraphs:
                        out.extend(_paragraph_lines(p, "      ", found))
    return "\n".join(out) + "\n"


def _row_label(found: Findings, t: int, r: int, row) -> str:  # noqa: ANN001 - a model Row
    from normalize.tables import cell_text

    if (t, r) in found.row_owner:
        aid, continued = found.row_owner[(t, r)]
        return f"{aid} (suite, jointe à la ligne précédente)" if continued else aid
    if (t, r) in found.header_rows:
        return "en-tête"
    if any(cell_text(c) for c in row.cells):
        return "hors action (voir text_outside_tables, ou objectif seul)"
    return "vide"


def _paragraph_lines(p: Paragraph, indent: str, found: Findings) -> list[str]:
    marks = "[list] " if p.list_item else ""
    if p.style and p.style != "Normal":
        marks += f"[style={p.style}] "
    out = []
    for n, line in enumerate(p.lines):
        text = _marked(line.spans)
        if not text.strip() and n:
            continue
        out.append(f"{indent}{'¶ ' + marks if n == 0 else '  '}{text}")
        out.extend(f"{indent}    {note}" for note in found.notes_by_line.get(id(line), []))
    if not p.lines:
        out.append(f"{indent}¶ {marks}")
    return out


def _marked(spans: list[Span]) -> str:
    """Span text with its marks, neighbours with the same marks run together."""
    out: list[str] = []
    run: list[str] = []
    current: tuple[str, ...] = ()

    def flush() -> None:
        text = "".join(run)
        if current and text.strip():
            out.append("".join(f"[{m}]" for m in current) + text
                       + "".join(f"[/{m}]" for m in reversed(current)))
        else:
            out.append(text)
        run.clear()

    for s in spans:
        tags = tuple(m for m, on in (("u", s.underline), ("sup", s.superscript), ("b", s.bold),
                                     ("i", s.italic)) if on)
        if tags != current and run:
            flush()
        current = tags
        run.append(s.text)
    if run:
        flush()
    return "".join(out)


def _pages(start: int | None, end: int | None) -> str:
    if start is None:
        return ""
    return f" (p. {start})" if end in (None, start) else f" (p. {start}–{end})"


# --- index.html -----------------------------------------------------------------------------

CSS = """
body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;
color:#1d2430;background:#f5f7fa}
main{max-width:1200px;margin:0 auto;padding:1rem}
section{background:#fff;border:1px solid #d8dde5;border-radius:8px;padding:1rem;margin:1rem 0}
h1{font-size:1.4rem;margin:.5rem 0}h2{font-size:1.15rem;margin:0 0 .5rem}
.meta{color:#5b6472}
img{max-width:100%;height:auto;border:1px solid #d8dde5}
.thumb img{width:520px}
table{border-collapse:collapse;width:100%;font-size:.9rem;margin-top:.5rem}
th,td{text-align:left;vertical-align:top;padding:.3rem .5rem;border-bottom:1px solid #d8dde5}
th{background:#eef1f5}
code{font-size:.85rem;color:#c00}
.legend{display:flex;flex-wrap:wrap;gap:.3rem 1rem;list-style:none;padding:0;margin:.5rem 0}
.legend span{display:inline-block;width:1.4rem;height:.9rem;vertical-align:middle;margin-right:.35rem}
nav a{margin-right:.6rem}
"""


def index_html(found: Findings, pictures: list[str]) -> str:
    """The pages' pictures with, under each, the anomalies found on it; self-contained."""
    from outputs.report import KINDS

    conv, doc = found.converted, found.doc
    title = f"Inspection — {found.name}"
    parts = ["<!DOCTYPE html>", '<html lang="fr"><head><meta charset="utf-8">',
             '<meta name="viewport" content="width=device-width, initial-scale=1">',
             f"<title>{escape(title)}</title><style>{CSS}</style></head><body><main>",
             f"<h1>{escape(title)}</h1>"]
    counts = (f"{len(conv.actions)} actions, {len(conv.followups)} éléments de suivi, "
              f"{len(conv.anomalies)} anomalies" if conv else "aucune action lue")
    parts.append(f'<p class="meta">{escape(doc.format.upper())}'
                 + (f", {doc.pages} pages" if doc.pages else "")
                 + f" — {escape(counts)} — <a href=\"tree.txt\">tree.txt</a> : le modèle lu, en arbre</p>")
    if conv is None:
        parts.append("<p><b>Aucune table de bilan reconnue</b> : les tableaux lus sont encadrés "
                     "sur les pages ; tree.txt donne leur texte.</p>")
    if pictures:
        parts.append("<ul class=\"legend\">" + "".join(
            f'<li><span style="border:2px solid {_hex(s.colour)};background:{_hex(_blend(s.colour, s.fill)) if s.fill else "#fff"}">'
            f"</span>{escape(s.legend)}</li>" for s in STYLES.values()) + "</ul>")
        parts.append("<nav>" + "".join(f'<a href="#page-{n}">page {n}</a>'
                                       for n in range(1, len(pictures) + 1)) + "</nav>")

    def table(anomalies: list[Anomaly]) -> str:
        if not anomalies:
            return '<p class="meta">Aucune anomalie.</p>'
        rows = "".join(
            f"<tr><td><code>{escape(a.kind)}</code><br>{escape(KINDS.get(a.kind, ''))}</td>"
            f"<td>{escape(a.action_id)}</td><td>{'' if a.item_no is None else a.item_no}</td>"
            f"<td>{escape(a.detail)}</td></tr>" for a in anomalies)
        return ("<table><thead><tr><th>type</th><th>action</th><th>élément</th><th>détail</th>"
                f"</tr></thead><tbody>{rows}</tbody></table>")

    anomalies = found.anomalies
    general = [a for a in anomalies if _page_range(a) is None]
    if general or not pictures:
        heading = "Anomalies du document" if pictures else "Anomalies"
        parts.append(f"<section><h2>{heading}</h2>{table(general if pictures else anomalies)}</section>")
    for n, name in enumerate(pictures, start=1):
        on_page = [a for a in anomalies if _on_page(a, n)]
        parts.append(f'<section id="page-{n}"><h2>Page {n}</h2>'
                     f'<a class="thumb" href="{escape(name)}"><img src="{escape(name)}" '
                     f'alt="page {n}, annotée" loading="lazy"></a>{table(on_page)}</section>')
    parts.append("</main></body></html>")
    return "\n".join(parts) + "\n"


def _hex(colour: tuple[int, int, int]) -> str:
    return "#" + "".join(f"{c:02x}" for c in colour)
