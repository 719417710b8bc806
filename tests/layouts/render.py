"""Draw a document spec (samples/SPEC_FORMAT.md) as a PDF with reportlab, under a `Look`.

The drawing is a word processor's, kept simple: a title page, the preamble, then per section a
heading and its tables, cells wrapped to their column, a header row repeated on each page, rows
split at the page foot or moved whole to the next page, page numbers. What varies (page, font,
column widths, borders, where the page breaks fall) is the `Look`; what is drawn is the spec.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, legal, letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

DEJAVU = "/usr/share/fonts/truetype/dejavu/"
PAGES = {"letter": letter, "A4": A4, "legal": legal}
FONTS = {"Helvetica": ("Helvetica", "Helvetica-Bold"), "Times": ("Times-Roman", "Times-Bold"),
         "DejaVu": ("DejaVu", "DejaVu-Bold")}
# Shares of the table width per column (samples/make_samples.py's, by default).
SHARES = {"objective": 18, "action": 22, "responsible": 15, "deadline": 10, "followup": 35,
          "number": 5, "state": 11}
OTHER_SHARE = 10
_SUP_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_ORDINAL = re.compile(r"(?<=\d)er\b")

Run = tuple[str, tuple[str, ...]]


@dataclass(frozen=True)
class Look:
    """How a spec is drawn."""

    page: str = "letter"            # letter | A4 | legal
    landscape: bool = True
    font: str = "DejaVu"            # Helvetica | Times | DejaVu
    size: float = 9.0
    shares: tuple[tuple[str, int], ...] = ()  # column name -> width share (else SHARES)
    style: str = "ruled"            # ruled | borderless | header_rule | zebra
    split_rows: bool = True         # a row may break at the page foot (else moved whole)
    repeat_header: bool = True      # the header row again at the top of each page
    heading_new_page: bool = False  # each section heading starts a page
    suite: str = "page"             # a hand-split "(suite)" row: page | foot (starts at a page foot)
    pad: float = 4.0
    margin: float = 40.0
    running: bool = False           # a running header line at the top of each page
    title_foot: int = 0             # the n-th title row drawn alone at a page foot (0: none)
    cut_row: int = 0                # the n-th action row started two lines above a page foot


def _register() -> None:
    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", DEJAVU + "DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DejaVu-Bold", DEJAVU + "DejaVuSans-Bold.ttf"))


def _encodable(ch: str) -> bool:
    """Latin-1 is what the standard fonts print with a text map every reader follows."""
    return ord(ch) < 256


class Writer:
    """A canvas with a cursor going down the page (y counted from the top)."""

    def __init__(self, path: str, look: Look, running: str = ""):
        _register()
        self.look = look
        size = PAGES[look.page]
        self.w, self.h = (max(size), min(size)) if look.landscape else (min(size), max(size))
        self.c = canvas.Canvas(path, pagesize=(self.w, self.h))
        self.c.setLineWidth(0.5)
        self.reg, self.bold = FONTS[look.font]
        self.lead = round(look.size * 1.22, 2)
        self.left, self.right = look.margin, self.w - look.margin
        self.top, self.bottom = look.margin, self.h - look.margin
        self.page = 1
        self.running = running
        self._furniture()
        self.y = self.top

    # ---------------------------------------------------------------- pages

    def _furniture(self) -> None:
        if self.look.running and self.running and self.page > 1:
            self.text(self.left, self.top - 16, [(self.running, ())], size=7)
        label = f"Page {self.page}"
        fs = 7
        self.text(self.w / 2 - self.width(label, fs) / 2, self.bottom + 18, [(label, ())], size=fs)

    def new_page(self) -> None:
        self.c.showPage()
        self.c.setLineWidth(0.5)
        self.page += 1
        self._furniture()
        self.y = self.top

    def save(self) -> None:
        self.c.save()

    # ---------------------------------------------------------------- text

    def width(self, text: str, size: float | None = None, bold: bool = False) -> float:
        return pdfmetrics.stringWidth(text, self.bold if bold else self.reg, size or self.look.size)

    def wrap(self, text: str, width: float, size: float | None = None, bold: bool = False) -> list[str]:
        """Lines as a word processor wraps them: at spaces, or after a hyphen or a slash before a
        letter (not in "2009-2010", "21/10/09"); a word wider than the line broken where its
        next character would not fit."""
        font, size = self.bold if bold else self.reg, size or self.look.size

        def w(t: str) -> float:
            return pdfmetrics.stringWidth(t, font, size)

        pieces: list[tuple[str, bool]] = []  # (piece, a space before it)
        for word in text.split():
            for i, part in enumerate(re.split(r"(?<=[-/])(?=[^\W\d_])", word)):
                while len(part) > 1 and w(part) > width:
                    n = max([k for k in range(1, len(part)) if w(part[:k]) <= width] or [1])
                    pieces.append((part[:n], i == 0))
                    part, i = part[n:], 1
                pieces.append((part, i == 0))
        lines: list[str] = []
        line = ""
        for piece, spaced in pieces:
            joined = line + (" " if spaced and line else "") + piece
            if line and w(joined) > width:
                lines.append(line)
                line = piece
            else:
                line = joined
        return lines + [line] if line or not lines else lines

    def text(self, x: float, baseline: float, runs: list[Run], size: float | None = None,
             bold: bool = False) -> None:
        """Draw runs on one line; a character the font lacks is drawn in DejaVu."""
        size = size or self.look.size
        c = self.c
        for text, marks in runs:
            fs = size * 0.6 if "sup" in marks else size
            rise = size * 0.35 if "sup" in marks else 0.0
            start = x
            for piece, own in _font_pieces(text, self.look.font != "DejaVu"):
                font = (self.bold if bold or "bold" in marks else self.reg) if own else \
                    ("DejaVu-Bold" if bold or "bold" in marks else "DejaVu")
                t = c.beginText()
                t.setTextOrigin(x, self.h - baseline + rise)
                t.setFont(font, fs)
                t.textOut(piece)
                c.drawText(t)
                x += pdfmetrics.stringWidth(piece, font, fs)
            if "underline" in marks:
                c.setLineWidth(0.6)
                c.line(start, self.h - baseline - 1.4, x, self.h - baseline - 1.4)
                c.setLineWidth(0.5)

    def paragraph(self, text: str, *, size: float | None = None, bold: bool = False,
                  center: bool = False, indent: float = 0.0, before: float = 0.0,
                  after: float = 4.0) -> None:
        size = size or self.look.size
        lead = size * 1.22
        lines = self.wrap(text, self.right - self.left - indent, size, bold)
        if self.y + before + lead * min(2, len(lines)) > self.bottom:
            self.new_page()
        else:
            self.y += before
        for line in lines:
            if self.y + lead > self.bottom:
                self.new_page()
            x = self.left + indent
            if center:
                x = self.w / 2 - self.width(line, size, bold) / 2
            self.text(x, self.y + size, [(line, ())], size=size, bold=bold)
            self.y += lead
        self.y += after

    def line_runs(self, line: str, marks: tuple[str, ...] = ()) -> list[Run]:
        """A wrapped line as runs: the "er" of "1er" raised."""
        out: list[Run] = []
        pos = 0
        for m in _ORDINAL.finditer(line):
            out += [(line[pos:m.start()], marks), ("er", marks + ("sup",))]
            pos = m.end()
        return out + [(line[pos:], marks)] if line[pos:] or not out else out

    # ---------------------------------------------------------------- tables

    def columns(self, columns: list[str]) -> list[float]:
        shares = dict(SHARES, **dict(self.look.shares))
        # the follow-up share is the table's room for follow-ups, split between its columns
        # when there is one per year (else the other columns shrink to a few letters)
        shares["followup"] = shares["followup"] / max(1, columns.count("followup"))
        parts = [shares.get(c, OTHER_SHARE) for c in columns]
        total = self.right - self.left
        xs = [self.left]
        for p in parts:
            xs.append(xs[-1] + total * p / sum(parts))
        return xs

    def cell_lines(self, field: str, row: dict, width: float, blocks: list | None = None) -> list[list[Run]]:
        """The cell's wrapped lines; `blocks` are the follow-up blocks of this cell when the table
        has several follow-up columns (else the row's `followup`)."""
        if field == "followup":
            out: list[list[Run]] = []
            for block in (row.get("followup") if blocks is None else blocks) or []:
                if "channel" in block:
                    out += [self.line_runs(t, ("underline",)) for t in self.wrap(block["channel"], width)]
                elif "marker" in block:
                    out += [self.line_runs(t) for t in self.wrap(block["marker"], width)]
                elif "item" in block:
                    bullet = block.get("bullet")
                    text = (block["item"] if not bullet else "-" + block["item"] if bullet == "-"
                            else f"{bullet} {block['item']}")
                    out += [self.line_runs(t) for t in self.wrap(text, width)]
            return out
        text = row.get(field) or ""
        if not text:
            return []
        lines = [self.line_runs(t) for t in self.wrap(text, width)]
        if field == "action" and row.get("footnote"):
            lines[-1].append((row["footnote"].translate(_SUP_DIGITS), ("sup",)))
        return lines

    def table(self, header: list[str], columns: list[str], rows: list[dict]) -> None:
        look = self.look
        xs = self.columns(columns)
        widths = [xs[k + 1] - xs[k] - 2 * look.pad for k in range(len(columns))]
        head = [[[(t, ("bold",))] for t in self.wrap(h, widths[k], bold=True)] for k, h in enumerate(header)]
        head_h = 2 * look.pad + self.lead * max(len(c) for c in head)
        several = columns.count("followup") > 1
        nth = [columns[:k].count("followup") for k in range(len(columns))]  # a follow-up column's rank

        def cells_of(row: dict) -> list[list[list[Run]]]:
            if "title_row" in row:  # one cell across the table, in bold
                text = row["title_row"]["text"]
                return [[self.line_runs(t, ("bold",)) for t in self.wrap(text, xs[-1] - xs[0] - 2 * look.pad,
                                                                          bold=True)]]
            return [self.cell_lines(f, row, widths[k],
                                    (row.get("followups") or [[]] * len(columns))[nth[k]]
                                    if several and f == "followup" else None)
                    for k, f in enumerate(columns)]

        body = [cells_of(row) for row in rows]
        obj = columns.index("objective") if "objective" in columns else -1
        titles = actions = 0  # title rows and action rows drawn so far (Look.title_foot, cut_row)

        def draw_header() -> None:
            if look.style == "zebra":
                self._fill(xs[0], xs[-1], self.y, head_h, 0.75)
            self._cells(xs, head, self.y, head_h)
            if look.style == "ruled":
                self._box(xs, self.y, head_h, skip_top=())
            elif look.style == "header_rule":
                self.c.line(xs[0], self.h - (self.y + head_h), xs[-1], self.h - (self.y + head_h))
            self.y += head_h

        if self.y + head_h + 2 * look.pad + 2 * self.lead > self.bottom:
            self.new_page()
        draw_header()
        for r, cells in enumerate(body):
            row = rows[r]
            merged = () if row.get("objective") or obj < 0 or r == 0 or "title_row" in rows[r - 1] else (obj,)
            if "title_row" in row:
                titles += 1
                self._title_row(xs, cells[0], r, head_h, draw_header, at_foot=titles == look.title_foot)
                continue
            if not row.get("continuation"):
                actions += 1
            if actions == look.cut_row and not row.get("continuation"):
                # this row begins two lines above the page foot, after blank space: the page cuts it
                foot = self.bottom - 2 * look.pad - 2.5 * self.lead
                if foot > self.y + 0.5:
                    self.y, merged = foot, ()
            if row.get("continuation") and look.suite == "foot":
                # the author's "(suite)" row begins at the foot of a page, two lines above it,
                # after blank space: its borders are closed
                foot = self.bottom - 2 * look.pad - 2.5 * self.lead
                if foot > self.y + 0.5:
                    self.y, merged = foot, ()
            rest = [list(c) for c in cells]
            while True:
                need = 2 * look.pad + self.lead * max(1, max(len(c) for c in rest))
                room = self.bottom - self.y
                fit = int((room - 2 * look.pad) / self.lead)
                whole_page = self.bottom - self.top - head_h
                if need <= room:
                    self._piece(xs, rest, need, r, merged)
                    break
                if fit < 2 or (not look.split_rows and need <= whole_page):
                    self.new_page()
                    if look.repeat_header:
                        draw_header()
                    continue
                now = [c[:fit] for c in rest]
                self._piece(xs, now, 2 * look.pad + self.lead * fit, r, merged)
                rest = [c[fit:] for c in rest]
                merged = ()
                self.new_page()
                if look.repeat_header:
                    draw_header()

    def _title_row(self, xs, lines, r, head_h, draw_header, at_foot) -> None:
        """A title row: one cell across the table, never split; shaded but in borderless tables,
        ruled in ruled tables. At_foot: drawn as the last thing on its page."""
        look = self.look
        height = 2 * look.pad + self.lead * max(1, len(lines))
        if at_foot and self.y + height < self.bottom - 0.5:
            self.y = self.bottom - height
        if self.y + height > self.bottom:
            self.new_page()
            if look.repeat_header:
                draw_header()
        if look.style != "borderless":
            self._fill(xs[0], xs[-1], self.y, height, 0.85)
        self._cells(xs[:1] + xs[-1:], [lines], self.y, height)
        if look.style == "ruled":
            self._box([xs[0], xs[-1]], self.y, height, skip_top=())
        self.y += height

    def _piece(self, xs, cells, height, r, merged) -> None:
        if self.look.style == "zebra" and r % 2 == 1:
            self._fill(xs[0], xs[-1], self.y, height, 0.92)
        self._cells(xs, cells, self.y, height)
        if self.look.style == "ruled":
            self._box(xs, self.y, height, skip_top=merged)
        self.y += height

    def _cells(self, xs, cells, top, height) -> None:
        for k, lines in enumerate(cells):
            for i, runs in enumerate(lines):
                self.text(xs[k] + self.look.pad, top + self.look.pad + self.look.size + i * self.lead, runs)

    def _fill(self, x0, x1, top, height, gray) -> None:
        self.c.setFillGray(gray)
        self.c.rect(x0, self.h - top - height, x1 - x0, height, stroke=0, fill=1)
        self.c.setFillGray(0)

    def _box(self, xs, top, height, skip_top) -> None:
        c = self.c
        for k in range(len(xs) - 1):
            if k not in skip_top:
                c.line(xs[k], self.h - top, xs[k + 1], self.h - top)
        c.line(xs[0], self.h - top - height, xs[-1], self.h - top - height)
        for x in xs:
            c.line(x, self.h - top, x, self.h - top - height)


def _font_pieces(text: str, fallback: bool) -> list[tuple[str, bool]]:
    """Split text where a standard (Latin-1) font lacks a glyph: (piece, drawn in own font)."""
    if not fallback:
        return [(text, True)]
    out: list[tuple[str, bool]] = []
    for ch in text:
        own = _encodable(ch)
        if out and out[-1][1] == own:
            out[-1] = (out[-1][0] + ch, own)
        else:
            out.append((ch, own))
    return out


def draw_spec(spec: dict, path: str, look: Look) -> str:
    """Draw the whole document the spec describes; returns path."""
    running = " ".join(spec.get("title") or [])[:90]
    w = Writer(path, look, running=running)
    for i, line in enumerate(spec.get("title") or []):
        w.paragraph(line, size=16, bold=True, center=True, before=120 if i == 0 else 0, after=8)
    if spec.get("date_line"):
        w.paragraph(spec["date_line"], size=12, bold=True, center=True, before=30)
    if spec.get("title") or spec.get("date_line"):
        w.new_page()
    for block in spec.get("preamble") or []:
        if "p" in block:
            w.paragraph(block["p"], after=8)
        for item in block.get("bullets") or []:
            w.paragraph(f"{block.get('marker') or '•'} {item}", indent=30, after=3)
    header, columns = spec["header"], spec["columns"]
    footnotes = list(spec.get("footnotes") or [])
    for s, section in enumerate(spec["sections"]):
        if look.heading_new_page and (s or spec.get("preamble")):
            w.new_page()
        w.paragraph(section["title"], size=look.size + 3, bold=True, before=10, after=6)
        tables = [dict(t) for t in section["tables"]]
        if look.suite != "page":  # the "(suite)" row drawn in the table before it
            for t in range(len(tables) - 1, 0, -1):
                if tables[t]["rows"] and tables[t]["rows"][0].get("continuation"):
                    tables[t - 1]["rows"] = tables[t - 1]["rows"] + tables.pop(t)["rows"]
        for table in tables:
            rows = table["rows"]
            if rows and rows[0].get("continuation") and look.suite == "page":
                w.new_page()
            w.table(table.get("header") or header, table.get("columns") or columns, rows)
            if footnotes and any(r.get("footnote") for r in rows):
                for note in footnotes:
                    w.paragraph(note, size=7, before=4)
                footnotes = []
            w.y += 8
    for note in footnotes:
        w.paragraph(note, size=7, before=4)
    w.save()
    return path
