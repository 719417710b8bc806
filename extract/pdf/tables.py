"""Table geometry for the PDF reader: ruled grids from pdfplumber, borderless tables from text.

Produces drafts (cells with their chars and lines); extract/pdf/__init__.py turns them into the model
once the page's line pitch is known. No business rule: a table is what the page draws.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from bilan.extract.lexicon import is_word
from bilan.extract.pdf.text import Segment, TextLine, Word, build_lines, ends_unwrapped, is_bullet, range_rest

BBox = tuple[float, float, float, float]  # x0, top, x1, bottom
_FUZZY_SAME = 90  # a header line read again: a RapidFuzz ratio at least this (see _repeats)
_FUZZY_LEAST = 20  # ... for lines at least this long


@dataclass
class CellDraft:
    x0: float
    top: float
    x1: float
    bottom: float
    chars: list[dict] = field(default_factory=list)
    merged: bool = False
    lines: list[TextLine] = field(default_factory=list)
    left: float = 0.0   # where the cell's text may start and end, for paragraph grouping
    right: float = 0.0
    exact: bool = False  # left/right come from drawn borders (not from the text itself)
    reach: float = 0.0  # borderless: where the widest line of the column ends on the page


@dataclass
class TableDraft:
    rows: list[list[CellDraft]]
    bbox: BBox
    ruled: bool
    bounds: list[float] = field(default_factory=list)  # borderless column boundaries
    header_text: str | None = None  # borderless: the header line's text, when it had one


@dataclass
class RawTable:
    """What pdfplumber found, copied out of the page: its cells and its grid rows."""

    bbox: BBox
    cells: list[BBox]
    rows: list[list[BBox | None]]


def center_in(c: dict, bbox: BBox, tol: float = 0.0) -> bool:
    cx, cy = (c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2
    return bbox[0] - tol <= cx <= bbox[2] + tol and bbox[1] - tol <= cy <= bbox[3] + tol


# ---------------------------------------------------------------- ruled tables

# A grid's slot that holds chars: the bbox of one of its cells, or (row, column) of a slot
# pdfplumber left open (a missing border); and the chars placed there, a run at a time.
Slot = BBox | tuple[int, int]
Runs = list[tuple[Slot, list[dict]]]


def grid_slots(raw: RawTable) -> tuple[list[float], list[float], dict[tuple[int, int], BBox]]:
    """A grid's row tops and column lefts, and for each (row, column) slot the first cell
    (in row order) covering it: each char finds its cell by two bisections instead of a
    scan of every cell (a long table has thousands of chars and cells)."""
    x0s = sorted({c[0] for c in raw.cells})
    tops = [min(c[1] for c in row if c is not None) for row in raw.rows]
    owner: dict[tuple[int, int], BBox] = {}
    for bbox in dict.fromkeys(b for row in raw.rows for b in row if b is not None):
        r0 = max(0, bisect.bisect_right(tops, bbox[1] + 0.01) - 1)
        r1 = max(r0, bisect.bisect_left(tops, bbox[3] - 0.01) - 1)
        k0 = max(0, bisect.bisect_right(x0s, bbox[0] + 0.01) - 1)
        k1 = max(k0, bisect.bisect_left(x0s, bbox[2] - 0.01) - 1)
        for r in range(r0, r1 + 1):
            for k in range(k0, k1 + 1):
                owner.setdefault((r, k), bbox)
    return tops, x0s, owner


def open_slot(raw: RawTable, tops: list[float], x0s: list[float], cx: float, cy: float) -> Slot:
    """Where a char centred at (cx, cy) goes that its slot's cell does not hold: the first
    cell holding it, else the slot itself (one pdfplumber left open: its text is kept)."""
    for bbox in dict.fromkeys(b for row in raw.rows for b in row if b is not None):
        if bbox[0] <= cx <= bbox[2] and bbox[1] <= cy <= bbox[3]:
            return bbox
    return (max(0, bisect.bisect_right(tops, cy) - 1), max(0, bisect.bisect_right(x0s, cx) - 1))


def place_chars(grids: list[RawTable], chars: list[dict]) -> tuple[list[Runs], list[dict]]:
    """The chars of a page placed in the cells of its grids, as runs in their order per grid,
    and the chars outside every grid. A char belongs to the first grid holding its centre
    within half a point (center_in's test), and there to the cell grid_slots gives its slot
    when that cell holds the centre, else to the one open_slot finds. Written out: one pass
    computes each char's centre once, for every char of every page."""
    if not grids:
        return [], chars
    # per grid: its bbox widened, the grid, its row tops, column lefts, slot owners, and runs
    places = [(t.bbox[0] - 0.5, t.bbox[1] - 0.5, t.bbox[2] + 0.5, t.bbox[3] + 0.5, t, *grid_slots(t), [])
              for t in grids]
    rest = []
    bisect_right = bisect.bisect_right
    last, run = None, []  # the slot the last char went to (owner's own tuple), and its run
    for c in chars:
        cx, cy = (c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2
        for x0, top, x1, bottom, t, tops, lefts, owner, runs in places:  # noqa: B007 (the one broken at)
            if x0 <= cx <= x1 and top <= cy <= bottom:
                break
        else:
            rest.append(c)
            continue
        slot = owner.get((bisect_right(tops, cy) - 1, bisect_right(lefts, cx) - 1))
        if slot is None or not (slot[0] <= cx <= slot[2] and slot[1] <= cy <= slot[3]):
            slot = open_slot(t, tops, lefts, cx, cy)
        if slot is not last:
            last, run = slot, []
            runs.append((slot, run))
        run.append(c)
    return [place[-1] for place in places], rest


def ruled_table(raw: RawTable, runs: Runs, segments: list[Segment]) -> TableDraft:
    """Lay a pdfplumber grid out as rows of one cell per column, its chars placed in its cells
    (place_chars)."""
    x0s = sorted({c[0] for c in raw.cells})
    x1s = x0s[1:] + [raw.bbox[2]]
    tops = [min(c[1] for c in row if c is not None) for row in raw.rows]
    bottoms = tops[1:] + [raw.bbox[3]]
    grid: list[list[CellDraft]] = []
    by_bbox: dict[BBox, CellDraft] = {}
    for r, row in enumerate(raw.rows):
        out = []
        for k, bbox in enumerate(row):
            if bbox is None:
                out.append(CellDraft(x0s[k], tops[r], x1s[k], bottoms[r], merged=True))
            else:
                cell = CellDraft(*bbox)
                by_bbox[bbox] = cell
                out.append(cell)
        grid.append(out)
    for slot, placed in runs:
        if len(slot) == 2:  # a slot left open
            home = grid[slot[0]][slot[1]]
            home.merged = False
        else:
            home = by_bbox[slot]
        home.chars.extend(placed)
    _glued_across(by_bbox)
    local = [s for s in segments if not is_border(s, raw.cells)]
    pads = []
    for row in grid:
        for cell in row:
            if cell.chars:
                cell.lines = build_lines(cell.chars, local)
                if cell.lines:
                    pads.append(min(ln.x0 for ln in cell.lines) - cell.x0)
    pads.sort()  # cell padding, from the left-aligned cells (a low quantile skips outliers)
    pad = min(max(pads[len(pads) // 4] if pads else 5.0, 1.5), 12.0)
    for row in grid:
        for cell in row:
            cell.left, cell.right, cell.exact = cell.x0 + pad, cell.x1 - pad, True
    return TableDraft(rows=grid, bbox=raw.bbox, ruled=True)


def _glued_across(cells: dict[BBox, CellDraft]) -> None:
    """A scan's char whose box crosses its cell's right rule, glued to a char of the cell right
    of it on its line, goes to that cell: a mark Tesseract read as one word with the text after
    it (a dash bullet, "-120"), its box widened by a speck, has its centre left of the rule,
    in the cell beside. (Typeset chars lie inside their cells: the rule is for OCR chars.)"""
    for bbox, cell in cells.items():
        moved = []
        for c in cell.chars:
            if "ocr_conf" not in c or c["x1"] <= bbox[2] + 0.5 or c["text"].isspace():
                continue
            size = c["bottom"] - c["top"]
            cy = (c["top"] + c["bottom"]) / 2
            right = next((o for b, o in cells.items() if o is not cell and b[0] <= c["x1"] <= b[2]
                          and b[1] <= cy <= b[3]), None)
            if right is not None and any(
                    -0.2 * size <= o["x0"] - c["x1"] <= 0.15 * size and abs(o["bottom"] - c["bottom"]) < 0.3 * size
                    and not o["text"].isspace() for o in right.chars):
                right.chars.append(c)
                moved.append(c)
        if moved:
            gone = {id(c) for c in moved}
            cell.chars = [c for c in cell.chars if id(c) not in gone]


def closing_rules(edges: list[dict], tol: float = 3.0, min_length: float = 3.0) -> list[dict]:
    """Rules a ruled grid leaves undrawn where a page cuts it: the vertical rules of its last
    row at the page foot go on below its last horizontal rule with none under them (a
    browser's or reportlab's split row), or those of a row carried to the next page start
    above any. Where two or more vertical rules of one grid (each touching a horizontal rule
    somewhere, so column separators alone never make a grid) end at the same height with
    neither a horizontal rule nor another vertical rule going on there, the rule across them
    is drawn back, so the row stays a row of its table."""
    vs = [e for e in edges if e["orientation"] == "v" and e["bottom"] - e["top"] >= min_length]
    hs = [e for e in edges if e["orientation"] == "h" and e["x1"] - e["x0"] >= min_length]
    if len(vs) < 2 or not hs:
        return []

    def ruled_at(x: float, y: float) -> bool:
        return any(abs(h["top"] - y) <= tol and h["x0"] - tol <= x <= h["x1"] + tol for h in hs)

    def goes_on(v: dict, y: float, down: bool) -> bool:  # another vertical rule carries on past y
        return any(abs(o["x0"] - v["x0"]) <= tol and (
            o["top"] <= y + tol and o["bottom"] > y + tol if down else o["bottom"] >= y - tol and o["top"] < y - tol)
            for o in vs if o is not v)

    def in_grid(v: dict) -> bool:
        return any(h["x0"] - tol <= v["x0"] <= h["x1"] + tol and v["top"] - tol <= h["top"] <= v["bottom"] + tol
                   for h in hs)

    open_ends: list[tuple[float, float]] = []  # (y, x)
    for v in vs:
        if not in_grid(v):
            continue
        for y, down in ((v["top"], False), (v["bottom"], True)):
            if not ruled_at(v["x0"], y) and not goes_on(v, y, down):
                open_ends.append((y, v["x0"]))
    out = []
    open_ends.sort()
    group: list[tuple[float, float]] = []
    for end in open_ends + [(float("inf"), 0.0)]:
        if group and end[0] - group[0][0] > tol:
            xs = sorted(x for _, x in group)
            if len(xs) >= 2 and xs[-1] - xs[0] > tol:
                y = sum(g[0] for g in group) / len(group)
                out.append({"x0": xs[0], "x1": xs[-1], "top": y, "bottom": y, "width": xs[-1] - xs[0],
                            "height": 0.0, "orientation": "h", "object_type": "line"})
            group = []
        group.append(end)
    return out


def is_border(seg: Segment, cells: list[BBox]) -> bool:
    """A stroke across the whole width of one of these cells, on or inside it: a border.

    An underline never reaches both sides of its cell (cell padding), even when it lies close
    to the bottom border.
    """
    x0, x1, y = seg
    return any(top - 2 <= y <= bottom + 2 and x0 <= cx0 + 3 and x1 >= cx1 - 3
               for cx0, top, cx1, bottom in cells)


# ---------------------------------------------------------------- borderless tables

BOUND_MARGIN = 2.0  # points a column boundary stands left of where the column's text starts
_NOTE_MARKS = "¹²³⁴⁵⁶⁷⁸⁹*"  # what opens a footnote under a table
_SPECKS = ".,:;'‘’`_·"  # marks a speck of a scan is read as
_CALL_READ_AS = "!‘’'`°"  # what a scan's tiny raised call ("¹") is read as, run into the note's first word

def _segments(line: TextLine, gap: float) -> list[list[Word]]:
    groups: list[list[Word]] = []
    for w in line.words:
        if groups and w.x0 - groups[-1][-1].x1 < gap:
            groups[-1].append(w)
        else:
            groups.append([w])
    return groups


def word_runs(line: TextLine) -> list[str]:
    """The line's text cut where words stand several spaces apart (cells of a row)."""
    return [" ".join(w.text for w in run) for run in _segments(line, _seg_gap(line))]


def _seg_gap(line: TextLine) -> float:
    return max(0.8 * line.size, 6.0)  # several spaces wide, narrower than a cell padding pair


def header_bounds(line: TextLine, following: list[TextLine], text_left: float,
                  text_right: float) -> list[float] | None:
    """Column boundaries if `line` reads like a table header, else None.

    A header has at least three word groups spread over most of the text width, each short
    (a group of specks alone, read "." or "'", is none);
    a boundary is the start of a header group, moved left where the lines below start their
    text earlier (centred titles; a speck alone, read as a mark that is no bullet, or a word
    another line's word runs across, does not move it). A header word also opens a group,
    however close to the word before it (cells with little padding), where a column of the
    lines below starts:
    three or more of their words start there (two, where the gap is wider than a word space:
    a page of few rows) and none of their words runs across it (lines that run across the
    table in one piece, headings between tables, aside), or where a
    capitalised word stands clearly further from the word before than the header's word space
    (a column whose cells below are still empty). A column of the lines below, its words a
    cell's gutter from any text before them, that starts between two header words, nearer the
    first, opens the second's column there (its first word lost on a scan: "réalisé" for
    "% réalisé"; "de" of "Ressource de la" in three lines, a word space after "Ressource", is
    no such column).
    """
    if len(line.words) > 24 or len(line.words) < 3:
        return None
    span = line.x1 - line.x0
    below = [ln for ln in following[:30] if not _across(ln, span)]
    starts, pairs = _column_starts(below), _column_starts(below, least=2)
    gaps = sorted(b.x0 - a.x1 for a, b in zip(line.words, line.words[1:]))
    # the header's own word space: the gaps inside its groups (a gutter is wider than half
    # the size); with the gutters counted, a header of few words per column sized it up
    inner = [g for g in gaps if g < 0.5 * line.size] or gaps
    space = inner[len(inner) // 2] if inner else 0.0
    cut = _broken_at_edge(line, following, starts)
    groups = []
    for group in _segments(line, _seg_gap(line)):
        groups.append([group[0]])
        for before, w in zip(group, group[1:]):
            gap = w.x0 - before.x1
            if gap > 0.3 * line.size and (id(before) in cut or any(abs(w.x0 - x) <= 1.0 for x in starts) or (
                    gap > 0.4 * line.size and any(abs(w.x0 - x) <= 1.0 for x in pairs)) or (
                    gap > max(1.6 * space, 0.45 * line.size) and w.text[:1].isupper())):
                groups.append([w])
            else:
                groups[-1].append(w)
    # a group of specks alone (read ".", "'", "_") heads no column
    groups = [g for g in groups if any(ch not in _SPECKS for w in g for ch in w.text)]
    if len(groups) < 3 or any(len(g) > 8 for g in groups) or len(line.words) > 24:
        return None
    if groups[-1][-1].x1 - groups[0][0].x0 < 0.45 * max(text_right - text_left, 1.0):
        return None
    # text in a clearly smaller font than the lines below (a page number, a footnote) is no
    # cell of theirs: it does not move a boundary
    sizes = sorted(ln.size for ln in following) or [line.size]
    body = [ln for ln in following if ln.size >= 0.85 * sizes[len(sizes) // 2]]
    columns = _column_starts(below, apart=True)  # the columns of the lines below, cells a gutter apart
    words = [w for ln in body for w in ln.words]
    bounds = []
    for prev, cur in zip(groups, groups[1:]):
        mid = (prev[-1].x1 + cur[0].x0) / 2
        # (a mark alone that is no bullet, a speck read "_" or ".", opens no text there; nor
        # does a word that the word of another line runs across: a scan's wide word space
        # inside a cell, "actions" / "à" 7 points apart, under "prioritaires" of the line below)
        starts = [g[0].x0 for ln in body for g in _segments(ln, _seg_gap(ln))
                  if mid < g[0].x0 < cur[0].x0 and (any(ch.isalnum() for ch in g[0].text) or is_bullet(g))
                  and not any(w.x0 < g[0].x0 - 1.0 and w.x1 > g[0].x0 + 0.5 for w in words)]
        # a column of the lines below (its words a gutter from the text before them) that starts
        # past the header word before, nearer it than the middle: the header's first word lost
        # ("%" of "% réalisé" on a scan); a column of its own, its header's first line lost
        # (all of "%" over "réali" / "sé"), where the header word after it opens a column
        # of the lines below too
        lost = [x for x in columns if prev[-1].x1 < x <= mid]
        if lost and any(abs(cur[0].x0 - x) <= 1.0 for x in columns):
            bounds.append(min(lost) - BOUND_MARGIN)
        else:
            starts += lost
        bounds.append(min([cur[0].x0] + starts) - BOUND_MARGIN)
    return bounds


def _letters(text: str) -> str:
    """The letters a word opens on ("er/" → "er")."""
    m = re.match(r"[^\W\d_]+", text)
    return m.group(0) if m else ""


def _broken_at_edge(line: TextLine, following: list[TextLine], starts: list[float] = ()) -> set[int]:
    """Header words broken at their cell's edge: the header's next line opens, at the start
    of a word of `line`, on a piece in lower case that makes a word with a word of that run
    ("Échéanci" / "er/ Date"). Such a word ends its cell: the word after it opens a column.
    The run ends where a column of the lines below starts (`starts`): a cell runs across no
    column ("Échéanc" / "ter" under a blurred "ier" makes no "enter" with a word further on)."""
    out: set[int] = set()
    nxt = following[0] if following else None
    if nxt is None or nxt.top - line.bottom > line.size:
        return out
    segs = _segments(nxt, _seg_gap(nxt))
    for seg, after in zip(segs, segs[1:] + [None]):
        piece = _letters(seg[0].text)
        if not piece[:1].islower():
            continue
        end = after[0].x0 if after else line.x1 + 1.0  # the run ends where the next cell starts
        end = min([end] + [x - 1.0 for x in starts if x > seg[0].x0 + 1.0])
        run = [w for w in line.words if seg[0].x0 - 1.0 <= w.x0 < end]
        if not run or abs(run[0].x0 - seg[0].x0) > 1.0:
            continue
        for w in run[:-1]:
            if _letters(w.text) and is_word(_letters(w.text) + piece):
                out.add(id(w))
                break
    return out


def reads_as_header(line: TextLine, following: list[TextLine], text_left: float,
                    text_right: float) -> bool:
    """`line` reads as a table header and the line close under it keeps to its columns."""
    bounds = header_bounds(line, following, text_left, text_right)
    return (bounds is not None and bool(following) and not _straddles(following[0], bounds)
            and following[0].top - line.bottom < 2 * line.size)


def _column_starts(lines: list[TextLine], least: int = 3, apart: bool = False) -> list[float]:
    """x positions where `least` or more words of these lines start and no word runs across.
    A word counts where it opens its line or stands further from the word before it than a
    word space (0.3 of the size): the second word of "-Rencontres tenues" and of "-Collecte
    données" starting level by chance opens no column. `apart`: further than a cell's
    gutter (a scan's word spaces vary: "de" of "Ressource de la" three lines running)."""
    words = [w for ln in lines for w in ln.words]
    xs = sorted(w.x0 for ln in lines for before, w in zip([None, *ln.words], ln.words)
                if before is None or w.x0 - before.x1 > (_seg_gap(ln) if apart else 0.3 * ln.size))
    out = []
    i = 0
    while i < len(xs):
        j = i
        while j + 1 < len(xs) and xs[j + 1] - xs[i] <= 1.0:
            j += 1
        x = xs[i]
        if j - i + 1 >= least and not any(w.x0 < x - 1.0 and w.x1 > x + 0.5 for w in words):
            out.append(x)
        i = j + 1
    return out


def _across(line: TextLine, span: float) -> bool:
    """One run of words over more than half of a header `span` wide: a heading or a paragraph
    between tables, or a row merged across them, not text of one column."""
    return len(_segments(line, _seg_gap(line))) == 1 and line.x1 - line.x0 > 0.5 * span


def _runs_across(line: TextLine, bounds: list[float]) -> bool:
    """A word of the line lies across a column boundary, or two words either side of one
    are a word space apart (closer than any gutter between cells): text across the columns.
    On a line cut into cells elsewhere (gutters wider than word spaces), a word that opens its
    column where the column's text starts is that column's, however close the cell before it
    runs (a cell filled to its edge); a line of one run (a title across) has no such word."""
    if _straddles(line, bounds):
        return True
    celled = len(_segments(line, _seg_gap(line))) > 1
    return any(b.x0 - a.x1 < 0.36 * line.size and _col(a, bounds) != _col(b, bounds)
               and not (celled and _opens_column(b, bounds))
               for a, b in zip(line.words, line.words[1:]))


def _opens_column(w: Word, bounds: list[float]) -> bool:
    """`w` starts where the text of its column (past the first) starts."""
    return abs(w.x0 - bounds[_col(w, bounds) - 1] - BOUND_MARGIN) <= 1.5


def _straddles(line: TextLine, bounds: list[float]) -> bool:
    return any(w.x0 < b - 1 and w.x1 > b + 1 and _start(w) < b - 1 for w in line.words for b in bounds)


def _repeats(text: str, header: list[str], stops: frozenset[str] | set[str]) -> bool:
    """A repeat of the table's header line, or of a header seen before (the next table starts
    there): the same text, or text nearly the same (a RapidFuzz ratio of 90 or more, for a line
    of 20 characters or more), as an OCR reads a header twice ("Éché•a" and "Échéa")."""
    if text in stops or text in header:
        return True
    if len(text) < _FUZZY_LEAST:
        return False
    from rapidfuzz.fuzz import ratio
    return any(ratio(text, known) >= _FUZZY_SAME for known in (*header, *stops) if len(known) >= _FUZZY_LEAST)


def grow_borderless(lines: list[TextLine], start: int, bounds: list[float], rules: list[Segment],
                    ratio: float, header: bool, wrap_spaces: bool = False, min_used: int = 2,
                    stops: frozenset[str] | set[str] = frozenset()) -> tuple[TableDraft, int] | None:
    """Cut lines[start:] into a borderless table with these column bounds.

    The table ends at a line that runs across a column boundary, in a bigger or a clearly
    smaller font (a heading, a footnote; not a piece of a cell read small or big: `_odd_piece`),
    after a very large gap unless the text goes on in a column past the first (page text
    starts at the left), or at a repeat of its header line or
    a line in `stops` (a header seen before: the next table), or at a footnote (a note mark
    first, in a smaller font, across the columns or in the first column alone at the page's
    foot, or raised apart from its text). A bold
    header row ends
    at its first line that is not all bold. Returns the draft and the index after its last
    line, or None when the lines do not make a table (fewer than `min_used` columns used
    under the header).
    """
    ncols = len(bounds) + 1
    table_lines = [lines[start]]
    spanning: set[int] = set()  # lines of a row whose one cell spans the table
    odd: set[int] = set()  # pieces of cells read small or big (their size is no measure of the next line's)
    for j in range(start + 1, len(lines)):
        ln = lines[j]
        prev = table_lines[-2] if len(table_lines) - 1 in odd else table_lines[-1]
        far = ln.base - prev.base > 4 * ratio * max(ln.size, prev.size)
        resized = not 0.85 * prev.size <= ln.size <= 1.15 * prev.size
        piece = resized and (_odd_piece(lines, j, prev, bounds, ratio) or _header_piece(lines, start, j, bounds, header))
        if piece:
            odd.add(len(table_lines))
        if (resized and not piece
                or _repeats(ln.text, [table_lines[0].text] if header else [], stops)
                or (ln.text[:1] in _NOTE_MARKS and ln.size < prev.size - 0.5) or _opens_on_call(ln)
                or (_opens_on_mark(ln, table_lines) and _notes_to_end(lines, j, bounds))):
            break
        if _runs_across(ln, bounds) and not (j - start > _HEADER_LINES
                                             and _column_runs_through(lines, j, bounds, ratio)):
            # titles across the table closing the page under its header (their rows follow on
            # the next page), or between rows; a note opening on its mark ("* Le cadre …") is
            # no title
            if _opens_on_mark(ln, table_lines) or not (header and _titles_to_end(lines, j, bounds)
                    or _spans_a_row(lines, j, bounds, ratio, stops | {table_lines[0].text})):
                break
            spanning.add(len(table_lines))
        elif far and ln.x0 < bounds[0] and len(_fragments(ln, bounds)) < 3:
            break  # far below, text from the left edge is the page's own, unless it keeps to
            # three or more of the columns (a row moved down to the page foot)
        table_lines.append(ln)
    frags = [{0: ln.words} if i in spanning else _fragments(ln, bounds) for i, ln in enumerate(table_lines)]
    head = 0
    if header and table_lines[0].bold_share == 1.0:
        # the bold header row ends at a line not in bold, spanning the table, or opening the
        # first column further from the line before than the table's closest lines are (a bold
        # title under the header; a header cell's wrapped words stay in their column)
        steps = [b.base - a.base for a, b in zip(table_lines, table_lines[1:]) if b.base - a.base > 0.8 * b.size]
        wrap = min(steps, default=ratio * table_lines[0].size)
        head = next((i for i, ln in enumerate(table_lines) if ln.bold_share < 1.0 or i in spanning
                     or (i and ln.x0 < bounds[0] and (ln.base - table_lines[i - 1].base
                                                      > wrap + max(1.5, 0.2 * ln.size)
                                                      or _opens_first_cell(table_lines[i - 1], ln, frags[i],
                                                                           frags[i - 1], bounds)))),
                    len(table_lines))
    elif header and len(table_lines) > 1 and _repeats(table_lines[0].text, [], stops):
        # a header seen before, not all in bold (an OCR tells bold from its strokes, and a
        # header on a fill may read thinner): its row ends where a line stands further
        # below the one before than the header's own lines (the first row's cell padding)
        steps = [b.base - a.base for a, b in zip(table_lines, table_lines[1:_HEADER_LINES + 2])]
        wrap = min(steps[:-1] or steps)
        head = next((i for i in range(1, len(steps) + 1)
                     if steps[i - 1] > wrap + max(1.5, 0.2 * table_lines[i].size)), 0)
    at_foot = header and start + len(table_lines) == len(lines)
    if at_foot and head == 0 and len(table_lines) > 1 and all(
            ln.bold_share == 1.0 and (i in spanning or set(frags[i]) == {0})
            for i, ln in enumerate(table_lines[1:], start=1)):
        head = 1  # a header line not all in bold (an OCR may read a header on a fill thinner
        # than bold) with only bold titles under it at the foot of the lines: its row is that line
    used = {k for f in (frags[max(head, 1):] if header else frags) for k in f}
    # a bold header row alone at the foot of the lines (or with titles under it, across the
    # table or in its first column), or a header line seen before alone there (an OCR tells
    # no bold): its table starts on the next page
    orphan = at_foot and ((0 < head and all(i in spanning or set(frags[i]) == {0}
                                            for i in range(head, len(table_lines))))
                          or (len(table_lines) == 1 and _repeats(table_lines[0].text, [], stops)))
    if len(used) < min_used and not orphan:
        return None
    left = min(ln.x0 for ln in table_lines) - 1.0
    right = max(ln.x1 for ln in table_lines) + 1.0
    edges = [left] + bounds + [right]
    # a row spanning the table says nothing of its first column's width
    cols = [{} if i in spanning else f for i, f in enumerate(frags)]
    col_left = [min([f[k][0].x0 for f in cols if k in f] or [edges[k]]) for k in range(ncols)]
    col_right = [max([f[k][-1].x1 for f in cols if k in f] or [edges[k + 1]]) for k in range(ncols)]
    # a column's text may run up to the next column's text, less the cell paddings (Word's
    # default: 0.19 cm on each side), even where no line of it comes that far
    size = sorted(ln.size for ln in table_lines)[len(table_lines) // 2]
    # where the widest line of each column ends, the header row's and the body's apart
    top_lines = max(head, 1) if header else 0
    reach = [[max([f[k][-1].x1 for f in part if k in f] or [0.0]) for k in range(ncols)]
             for part in (cols[:top_lines], cols[top_lines:])]
    widest = list(col_right)
    for k in range(ncols - 1):
        col_right[k] = max(col_right[k], col_left[k + 1] - 1.2 * size)
    # whether a word would have fitted after a line is judged against the widest line of a
    # column of many lines (one of them came close to its edge); in a shorter column, against
    # the next column's text less the table's gutter, which is no wider than the narrowest gap
    # between a column's widest line and the next column (kept within 1.2 and 2 sizes)
    counts = [sum(1 for f in cols[top_lines:] if k in f) for k in range(ncols)]
    gaps = [col_left[k + 1] - widest[k] for k in range(ncols - 1) if counts[k]]
    gutter = min(max(min(gaps, default=1.2 * size), 1.2 * size), 2.0 * size)
    fit_right = [widest[k] if counts[k] >= 10 or k == ncols - 1
                 else max(widest[k], col_left[k + 1] - gutter) for k in range(ncols)]
    width = bounds[-1] - bounds[0] if len(bounds) > 1 else right - left
    row_of, fresh_at = _split_rows(table_lines, frags, ncols, fit_right, rules, ratio, width,
                                   wrap_spaces, head, spanning)
    nrows = row_of[-1] + 1
    # ... or with only the wrapped words of its own cells under it ("Échéancier/" over
    # "Date"): the lines make its one row
    wrapped = at_foot and len(table_lines) <= _HEADER_LINES and _repeats(table_lines[0].text, [], stops)
    if header and nrows < 2 and not (orphan or wrapped):
        return None
    owner = _owners(frags, row_of, fresh_at)
    rows = []
    for r in range(nrows):
        chunk = [ln for i, ln in enumerate(table_lines) if row_of[i] == r]
        top, bottom = min(ln.top for ln in chunk), max(ln.bottom for ln in chunk)
        cells = []
        for k in range(ncols):
            cell = CellDraft(edges[k], top, edges[k + 1], bottom, left=col_left[k], right=col_right[k],
                             reach=reach[0 if header and r == 0 else 1][k])
            cell.chars = [c for i, f in enumerate(frags) if owner[i].get(k) == r
                          for w in f[k] for c in w.chars + w.spaces]
            if cell.chars:
                cell.lines = build_lines(cell.chars, rules)
                cell.bottom = max(bottom, max(ln.bottom for ln in cell.lines))
            else:
                cell.merged = any(row_of[i] == r and (owner[i].get(k, r) != r or i in spanning)
                                  for i in range(len(frags)))
            cells.append(cell)
        rows.append(cells)
    bbox = (left, table_lines[0].top, right, table_lines[-1].bottom)
    draft = TableDraft(rows=rows, bbox=bbox, ruled=False, bounds=list(bounds),
                       header_text=table_lines[0].text if header else None)
    return draft, start + len(table_lines)


def _odd_piece(lines: list[TextLine], j: int, prev: TextLine, bounds: list[float], ratio: float) -> bool:
    """lines[j], in a clearly smaller or bigger font than `prev`, is a piece of a cell read so
    (a scan's short word, "n" of "d'habitatio" / "n" with a speck, read small; "par les" in a
    narrow column, read big), no footnote nor heading: it keeps within one column past the
    first, and the line after it is back in the table's font within two lines' steps of `prev`,
    or within two lines' steps of the piece, itself that near `prev` (the "r" of a header's
    "Échéancie" / "r" read small, a title row under it after the header row's padding)."""
    ln = lines[j]
    if j + 1 >= len(lines) or ln.x0 < bounds[0] or len(_fragments(ln, bounds)) != 1:
        return False
    nxt = lines[j + 1]
    step = 2.5 * ratio * prev.size
    return 0.85 * prev.size <= nxt.size <= 1.15 * prev.size and (
        nxt.base - prev.base <= step or ln.base - prev.base <= step and nxt.base - ln.base <= step)


def _header_piece(lines: list[TextLine], start: int, j: int, bounds: list[float], header: bool) -> bool:
    """lines[j], a line of the header row's wrapped words ("ble/ ncier/" under "Responsa" and
    "Échéa"), read bigger than the header line (a scan's speck over a letter sizes a short
    line up): within the header's lines, in bold as the header line is, keeping to the
    header's columns past the first, and no more than half again as big. (Read small, a
    piece is `_odd_piece`'s.)"""
    ln, first = lines[j], lines[start]
    return (header and 0 < j - start < _HEADER_LINES and first.bold_share == 1.0 and ln.bold_share == 1.0
            and ln.x0 >= bounds[0] and not _runs_across(ln, bounds)
            and first.size < ln.size <= 1.5 * first.size)


def _opens_on_call(line: TextLine) -> bool:
    """The line opens on a raised number apart from its text: a footnote under the table."""
    first = line.spans[0] if line.spans else None
    return (first is not None and first.superscript and first.text.strip().isdigit()
            and len(line.spans) > 1 and line.spans[1].text[:1] == " ")


_HEADER_LINES = 3  # lines a header row wraps to at most: a title right under it is no line of cells


def _column_runs_through(lines: list[TextLine], j: int, bounds: list[float], ratio: float) -> bool:
    """lines[j] runs across a boundary only by a word space ("régionaux en des travaux": two
    cells filled to their edges), no word of it lying across one and each word past a boundary
    opening its column where the column's text starts, and a column past the first it reaches
    has text on the lines just above and below it, a line's distance away: that column's text
    runs through it, so it is a line of cells, not a title across the table. So is a row's
    first line that leaves the first column empty, when a column it reaches goes on below it:
    a title across the table starts at its left."""
    ln = lines[j]
    if j == 0 or j + 1 >= len(lines) or _straddles(ln, bounds):
        return False
    if any(_col(a, bounds) != _col(b, bounds) and not _opens_column(b, bounds)
           for a, b in zip(ln.words, ln.words[1:])):
        return False  # a word past a boundary not where its column's text starts: a title's
    prev, nxt = lines[j - 1], lines[j + 1]
    pitch = 1.5 * ratio * ln.size
    reached = set(_fragments(ln, bounds)) - {0}
    below = 0 < nxt.base - ln.base <= pitch and reached & set(_fragments(nxt, bounds))
    if below and ln.x0 >= bounds[0]:
        return True  # a row's first line leaving the first column empty: no title starts there
    if not (0 < ln.base - prev.base <= pitch and below):
        return False
    return bool(reached & set(_fragments(prev, bounds)))


def _opens_on_mark(line: TextLine, above: list[TextLine] = ()) -> bool:
    """The line opens on a note's mark, a word of its own ("* Le cadre …", "¹ Voir …"); or,
    under `above` lines that print a raised number (a note's call), on a mark run into a
    capital ("‘Les actions …", "!Les …"): the note's own raised number as a scan reads it."""
    if line.text[:1] in _NOTE_MARKS and line.text[1:2] == " ":
        return True
    return opens_on_lost_call(line.text) and any(raised_number(ln.spans) for ln in above)


def opens_on_lost_call(text: str) -> bool:
    """`text` opens on what a scan reads a footnote's tiny raised number as, run into a capital."""
    return text[:1] in _CALL_READ_AS and text[1:2].isupper()


def raised_number(spans: list) -> bool:
    """A raised number among the spans: a note's call."""
    return any(s.superscript and s.text.strip().isdigit() for s in spans)


def _notes_to_end(lines: list[TextLine], j: int, bounds: list[float]) -> bool:
    """lines[j:] are the page's last one to three lines and keep to the first column: a note
    under the table in the table's own size (an OCR reads every line alike), not an objective
    left without its actions."""
    rest = lines[j:]
    return len(rest) <= 3 and all(set(_fragments(ln, bounds)) == {0} for ln in rest)


def _opens_first_cell(prev: TextLine, ln: TextLine, frag: dict[int, list[Word]],
                      prev_frag: dict[int, list[Word]], bounds: list[float]) -> bool:
    """`ln` keeps to the first column, under a line with text there, and its first word would
    have fitted after that text, short of the next column less a gutter: no wrap of the same
    cell but a new paragraph (a title row under a bold header, closer than a row's distance)."""
    if set(frag) != {0} or 0 not in prev_frag:
        return False
    end = prev_frag[0][-1].x1
    return end + 0.3 * prev.size + ln.first_word_width < bounds[0] - 1.2 * ln.size


def _titles_to_end(lines: list[TextLine], j: int, bounds: list[float]) -> bool:
    """lines[j:] are one to three lines across the columns, from the first column, and the
    page's last: titles at a page foot over rows on the next page."""
    rest = lines[j:]
    return 0 < len(rest) <= 3 and all(ln.x0 < bounds[0] and _runs_across(ln, bounds) for ln in rest)


def _spans_a_row(lines: list[TextLine], j: int, bounds: list[float], ratio: float, stops: set[str]) -> bool:
    """lines[j] runs across the columns, yet the table goes on: a row of one cell spanning the
    table (a title over the rows under it). It starts in the first column, and the lines up to
    the next one that keeps to the columns (at a row's distance, no header) run across too."""
    ln = lines[j]
    if ln.x0 >= bounds[0]:
        return False
    for nxt in lines[j + 1:j + 4]:
        far = nxt.base - ln.base > 3 * ratio * max(ln.size, nxt.size)
        if nxt.text in stops:
            return False
        if not _runs_across(nxt, bounds):  # far below only a row moved to the page foot
            used = len(_fragments(nxt, bounds))
            return used >= (3 if far else 2) and abs(nxt.size - ln.size) <= 0.15 * ln.size
        if far:
            return False
        ln = nxt
    return False


def _split_rows(table_lines: list[TextLine], frags: list[dict[int, list[Word]]], ncols: int,
                col_right: list[float], rules: list[Segment], ratio: float, width: float,
                wrap_spaces: bool, head: int = 0, spanning: set[int] | frozenset[int] = frozenset()
                ) -> tuple[list[int], list[dict[int, bool]]]:
    """Row index of each line, and for each line and column whether its text starts afresh.

    Text in a column starts afresh when the column was empty on the line before, at a bullet,
    after a paragraph gap, or when the column's line before ended short (or, with
    `wrap_spaces`, without the space printed at a wrap). A row starts at a rule
    across the table, when a column other than the last gets text it did not have on the line
    before, when two or more columns have text that starts afresh or capitalised (one of them,
    not the last column, afresh; leftmost columns running on in lower case aside), when every
    column opens a text (afresh, capitalised or a number), or at a
    large gap with text before the last column. The first `head` lines are the header row.
    """
    row_of = [0]
    fresh_at: list[dict[int, bool]] = [{k: True for k in frags[0]}]
    for i in range(1, len(table_lines)):
        ln, prev = table_lines[i], table_lines[i - 1]
        cols, prev_cols = frags[i], frags[i - 1]
        pitch = ratio * max(ln.size, prev.size)
        gap = ln.base - prev.base
        fresh = {}
        for k, words in cols.items():
            before = prev_cols.get(k)
            fresh[k] = (before is None or is_bullet(words) and not range_rest(before[-1].text, _joined(words))
                        or gap > pitch + max(1.5, 0.2 * ln.size)
                        or before[-1].x1 + 0.25 * ln.size + words[0].x1 - words[0].x0 + 1 < col_right[k]
                        or (wrap_spaces and ends_unwrapped(before, prev.size, col_right[k])))
        # a rule across the table (an underline stays inside its column's text)
        ruled = any(prev.bottom - 1 <= y <= ln.top + 1 and x1 - x0 >= 0.5 * width
                    and any(x0 + 3 < c < x1 - 3 for c in col_right[:-1])
                    for x0, x1, y in rules)
        if ruled or (prev.bold_share == 1.0 and ln.bold_share == 0.0):
            fresh = {k: True for k in fresh}
        fresh_at.append(fresh)
        inner = [k for k in cols if k < ncols - 1]
        # the leftmost columns may run on in mid-sentence (a merged cell's text flowing through
        # the rows it covers, see _owners); the others must all open a cell: afresh, or
        # capitalised (a full line can end a cell too)
        ordered = sorted(cols)
        while ordered and not fresh[ordered[0]] and cols[ordered[0]][0].text[:1].islower():
            ordered.pop(0)
        opens = [k for k in ordered
                 if fresh[k] or cols[k][0].text[:1].isupper() or cols[k][0].text[:1].isdigit()]
        opening = len(opens) == len(ordered) or (
            # most columns open, one before the last afresh with a capital: a cell running
            # on in lower case (a date over two lines) does not hold the row back
            2 * len(opens) > len(ordered)
            and any(fresh[k] and cols[k][0].text[:1].isupper() for k in opens if k < ncols - 1))
        if head and i <= head:
            row_of.append(0 if i < head else 1)
            continue
        if i in spanning or i - 1 in spanning:  # a spanning row is a row of its own (its lines
            fresh_at[-1] = {k: True for k in cols}  # at a wrap's distance from each other)
            # (a spanning line goes on the one above at a wrap's distance, when that one is
            # full: the next first word would not have fitted after it)
            wrapped = (i in spanning and i - 1 in spanning and gap <= pitch + max(1.5, 0.2 * ln.size)
                       and prev.x1 + 0.25 * ln.size + ln.first_word_width + 1 >= col_right[-1])
            row_of.append(row_of[-1] + (0 if wrapped else 1))
            continue
        # a line all in bold opening the first column afresh under plain text: a title row
        titled = ln.bold_share == 1.0 and prev.bold_share < 1.0 and 0 in cols and fresh[0]
        new_row = (ruled or titled or any(k not in prev_cols for k in inner)
                   or (len(ordered) >= 2 and opening and any(fresh[k] for k in ordered
                                                            if k < ncols - 1))
                   # every column of the table opens a text at once (words broken to fit
                   # narrow columns keep each one from being afresh)
                   or (ncols >= 3 and len(opens) == len(ordered) == ncols)
                   or (bool(inner) and gap > 1.8 * pitch))
        row_of.append(row_of[-1] + 1 if new_row else row_of[-1])
    return row_of, fresh_at


def _joined(words: list[Word]) -> str:
    return " ".join(w.text for w in words)


def _owners(frags: list[dict[int, list[Word]]], row_of: list[int],
            fresh_at: list[dict[int, bool]]) -> list[dict[int, int]]:
    """For each line and column, the row whose cell the text belongs to.

    Word flows a merged cell's text through the rows it covers: at a row start, text that runs
    on unbroken and in mid-sentence (lower case) in a column with no new text to its left stays
    in the cell above (the merged columns are the leftmost ones, Objectif over its Actions).
    """
    owner: list[dict[int, int]] = []
    for i, f in enumerate(frags):
        mine: dict[int, int] = {}
        opened = False  # some column to the left starts new text on this line
        for k in sorted(f):
            runs_on = i > 0 and k in frags[i - 1] and not fresh_at[i][k]
            if runs_on and row_of[i] == row_of[i - 1]:
                mine[k] = owner[i - 1][k]
            elif runs_on and not opened and f[k][0].text[:1].islower():
                mine[k] = owner[i - 1][k]
            else:
                mine[k] = row_of[i]
                opened = True
        owner.append(mine)
    return owner


def _fragments(line: TextLine, bounds: list[float]) -> dict[int, list[Word]]:
    out: dict[int, list[Word]] = {}
    for w in line.words:
        out.setdefault(_col(w, bounds), []).append(w)
    return out


def _col(w: Word, bounds: list[float]) -> int:
    return bisect.bisect_right(bounds, _start(w))


def _start(w: Word) -> float:
    """Where a word's letters start. A mark opening it (a bullet, or the quote an OCR reads
    for one, its box widened by a speck beside it) may reach into the gutter, left of its
    column's boundary: the word is still that column's, not text across the columns."""
    first = w.chars[0]
    if first["text"].isalnum():
        return w.x0
    return next((c["x0"] for c in w.chars if c["text"].isalnum()), w.x0)


def extend_header_row(draft: TableDraft, lines: list[TextLine], rules: list[Segment],
                      ratio: float, wrap_spaces: bool = False) -> tuple[TableDraft, int, int] | None:
    """A one-row ruled grid (a header row shaded or boxed alone) over borderless rows.

    Returns the whole table, with the grid's columns, and the range of `lines` it took.
    """
    if len(draft.rows) != 1 or len(draft.rows[0]) < 2:
        return None
    bottom = draft.bbox[3]
    idx = next((i for i, ln in enumerate(lines) if ln.top >= bottom - 1), None)
    if idx is None or lines[idx].top - bottom > 3 * ratio * lines[idx].size:
        return None
    head = draft.rows[0]
    bounds = [c.x0 for c in head[1:]]
    res = grow_borderless(lines, idx, bounds, rules, ratio, False, wrap_spaces)
    if res is None:
        return None
    body, end = res
    for row in body.rows:  # the grid's columns are the true cell edges
        for cell, slot in zip(row, head):
            cell.x0, cell.x1 = slot.x0, slot.x1
    bbox = (min(draft.bbox[0], body.bbox[0]), draft.bbox[1], max(draft.bbox[2], body.bbox[2]),
            body.bbox[3])
    return TableDraft(rows=[head] + body.rows, bbox=bbox, ruled=False, bounds=bounds), idx, end


def find_borderless(lines: list[TextLine], rules: list[Segment], ratio: float, text_left: float,
                    text_right: float, carried: list[float] | None = None,
                    carried_header: str | None = None, carried_size: float | None = None,
                    wrap_spaces: bool = False, headers: dict[str, list[float]] | None = None
                    ) -> list[tuple[TableDraft, int, int]]:
    """Borderless tables among a page's lines: (draft, first line index, end index).

    `carried` are the column bounds of a borderless table that ran to the end of the previous
    page (whose header line read `carried_header`, whose text was `carried_size` points); the
    page's first lines go on with it when they repeat that header, or keep to its columns
    in a font no bigger than its text (a heading at the top of the page starts afresh, and so
    do bold lines over a header line seen before). The
    header line of a table seen before (`headers`) opens a table even when only one column
    goes on under it (the rest of a long cell), and keeps the finest columns seen under it
    (a few lines under a header need not show every column).
    """
    headers = dict(headers or {})  # with this page's own headers added as they are found
    stops = set(headers)
    found = []
    i = lead = 0
    # lines in a smaller font across the columns above the rest of the table (a running
    # header the margin zone did not hold), or in its font but set well apart from the lines
    # under them (an OCR page tells sizes less finely), leave it going on under them
    while (carried and carried_size and lead < len(lines) - 1 and _straddles(lines[lead], carried)
           and (lines[lead].size < 0.95 * carried_size
                or (lines[lead].size <= 1.05 * carried_size
                    and lines[lead + 1].top - lines[lead].bottom > 1.5 * lines[lead].size))):
        lead += 1
    repeated = bool(carried_header) and _repeats(lines[lead].text if lines else "", [carried_header], ())
    if carried and lead and (repeated or not _straddles(lines[lead], carried)):
        rest = find_borderless(lines[lead:], rules, ratio, text_left, text_right, carried, carried_header,
                               carried_size, wrap_spaces, headers)
        return [(d, a + lead, b + lead) for d, a, b in rest]
    if carried and lines:
        # a scanned page may lie a few points left of the one before (a sheet fed shifted):
        # a first line opening just short of a column takes the columns with it
        short = [b - lines[0].x0 for b in carried if 0 < b - lines[0].x0 <= 6]
        moved = [b - short[0] - 1.0 for b in carried] if short else carried
        if not _straddles(lines[0], moved):
            carried = moved
    if carried and lines and repeated:
        # the header repeated over the rest of the table (read the same or nearly: an OCR reads
        # it again a little differently, see _repeats): one column going on is enough; the
        # lines under it may show a column the lines under its last print did not (a header
        # alone at a page foot has none)
        bounds = _finest(lines[0], [carried, header_bounds(lines[0], lines[1:30], text_left, text_right),
                                    headers.get(lines[0].text)])
        res = grow_borderless(lines, 0, bounds, rules, ratio, True, wrap_spaces, min_used=1, stops=stops)
        if res is not None:
            found.append((res[0], 0, res[1]))
            i = res[1]
    elif carried and lines and not _straddles(lines[0], carried) and (
            not carried_size or lines[0].size <= 1.15 * carried_size) and not _heading_over(lines, carried_header, stops):
        # a header-like first line is still a continuation when it has the same columns, or
        # when it is plain text that keeps to them (the cut cells of a row)
        own = header_bounds(lines[0], lines[1:30], text_left, text_right)
        same = own is None or (len(own) == len(carried) and all(
            abs(a - b) <= 6 for a, b in zip(own, carried))) or lines[0].bold_share < 1.0
        res = grow_borderless(lines, 0, carried, rules, ratio, False, wrap_spaces, stops=stops) if same else None
        if res is None and same and min(_fragments(lines[0], carried)) > 0:
            # one column going on alone (the rest of a long follow-up cell), away from the
            # left edge where the page's own text would start
            res = grow_borderless(lines, 0, carried, rules, ratio, False, wrap_spaces, min_used=1, stops=stops)
        if res is not None:
            found.append((res[0], 0, res[1]))
            i = res[1]
    while i < len(lines):
        bounds = header_bounds(lines[i], lines[i + 1:i + 30], text_left, text_right)
        seen = _seen_header(lines[i].text, headers)
        known = headers.get(seen) if seen else None
        if bounds or (known and not _straddles(lines[i], known)):
            # a header seen before, even where too few lines follow it to show its columns
            bounds = _finest(lines[i], [bounds, known])
        res = grow_borderless(lines, i, bounds, rules, ratio, True, wrap_spaces, stops=stops) if bounds else None
        if res is None and bounds and seen:
            res = grow_borderless(lines, i, bounds, rules, ratio, True, wrap_spaces, min_used=1, stops=stops)
        if res is None:
            i += 1
            continue
        found.append((res[0], i, res[1]))
        if len(bounds) >= len(headers.get(lines[i].text, ())):
            headers[lines[i].text] = bounds
        i = res[1]
    return found


def _seen_header(text: str, headers: dict[str, list[float]]) -> str | None:
    """The header seen before that `text` reads, the same or nearly (an OCR reads a date in a
    header again as "31 mars 2008" for "2009"; see _repeats)."""
    if text in headers:
        return text
    return next((known for known in headers if _repeats(text, [known], ())), None)


def _heading_over(lines: list[TextLine], header: str | None, known: set[str]) -> bool:
    """The page opens on bold lines over a header line seen before (the carried table's, or
    another's) within its first three lines: a heading over the next table, not the rest of a
    row (a heading a copy blurred to its text's size keeps to the columns by chance)."""
    for j in range(1, min(4, len(lines))):
        if lines[j].text == header or lines[j].text in known:
            return all(ln.bold_share == 1.0 for ln in lines[:j])
    return False


def _finest(header: TextLine, candidates: list[list[float] | None]) -> list[float]:
    """Of the column bounds found for a header line, those with the most columns that cut none
    of its words (the first on a tie)."""
    fit = [b for b in candidates if b and not _straddles(header, b)]
    return max(fit, key=len) if fit else next(b for b in candidates if b)
