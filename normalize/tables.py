"""Walk a document's blocks into logical action rows: bilan tables found by their header,
repeated headers dropped, page fragments and hand-split "(suite)" rows joined, objectives and
sections carried down. Format-blind: a PDF's page fragments and a Word file's tables alike.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from operator import attrgetter
from typing import Any

from bilan.extract.model import Cell, Document, Paragraph, Row, Table
from bilan.normalize.header import HeaderMap, deadline_by_content, followup_by_content, map_header, shape_columns
from bilan.normalize.shapes import Title, title_of, title_row
from bilan.normalize.items import all_letters, bullet_of, is_marker, left_open
from bilan.normalize.text import broken_across, collapse, fold, join_cut, join_lines, page_cut

_HEADING_STYLE = re.compile(r"^(heading|titre|title)", re.IGNORECASE)


@dataclass
class Join:
    """A join of a table or a row to the one before it, for `merged_continuation`."""

    detail: str
    page_start: int | None
    page_end: int | None


@dataclass
class Stray:
    """Text inside a table that no row could take."""

    text: str
    page: int | None


@dataclass
class LogicalRow:
    """One action as the source spreads it: its cells' paragraphs gathered over pages."""

    section: str
    objective: str
    cells: dict[str, list[Paragraph]]
    extras: dict[str, list[Paragraph]]
    page_start: int | None
    page_end: int | None
    joins: list[Join] = field(default_factory=list)
    periods: dict[str, str] = field(default_factory=dict)  # follow-up field → header, when several


@dataclass
class Layout:
    """What the walk finds in a document."""

    rows: list[LogicalRow] = field(default_factory=list)
    title_lines: list[str] = field(default_factory=list)
    date_line: str = ""
    followup_header: str = ""
    followup_headers: list[str] = field(default_factory=list)  # one per follow-up column
    extra_headers: list[str] = field(default_factory=list)
    table_joins: list[Join] = field(default_factory=list)
    strays: list[Stray] = field(default_factory=list)
    headers_seen: list[list[str]] = field(default_factory=list)
    bilan_tables: int = 0
    # id(paragraph) -> what it is (title, preamble, heading, header row, footnote): the text the
    # reconciliation counts as furniture rather than data
    furniture: dict[int, str] = field(default_factory=dict)
    # id(paragraph) of an objective stated on a row of its own -> the objective it sets
    objective_pars: dict[int, str] = field(default_factory=dict)
    no_followup: list[list[str]] = field(default_factory=list)  # headers of tables without follow-up

    def mark(self, paragraphs: list[Paragraph], kind: str) -> None:
        for p in paragraphs:
            self.furniture[id(p)] = kind

    def mark_row(self, row: Row, kind: str) -> None:
        for c in row.cells:
            self.mark(c.paragraphs, kind)


def paragraphs_text(paragraphs: list[Paragraph]) -> str:
    """Paragraphs as one line of text: wrapped lines joined, whitespace collapsed; a word a
    page break cut in two (the cell's text going on the next page), or a row split of a
    borderless table on the next line ("Ressourc" / "e"), or cut after a hyphen ("Bas-" /
    "Ville"), is read whole."""
    out = ""
    for before, p in zip([None, *paragraphs], paragraphs):
        text = paragraph_text(p)
        # (the hyphen is looked for in the last chars only: out grows with every paragraph)
        cut = before is not None and (page_cut(before.lines, p.lines)
                                      or bool(_HYPHEN_CUT.search(out, max(0, len(out) - 3)))
                                      or (_next_line(before, p) and broken_across(out, text)))
        out = join_cut(out, text) if cut else f"{out} {text}"
    return collapse(out)


def _next_line(before: Paragraph, p: Paragraph) -> bool:
    """`p` opens on the line right under `before`'s last, on the same page: two pieces of one
    paragraph that a row split of a borderless table cut apart."""
    a, b = before.lines[-1] if before.lines else None, p.lines[0] if p.lines else None
    if a is None or b is None or a.page != b.page or None in (a.top, a.bottom, b.top):
        return False
    return 0 <= b.top - a.bottom <= 0.6 * (a.bottom - a.top)


_HYPHEN_CUT = re.compile(r"[^\W\d_]-$")  # a word and a hyphen last: a compound cut after its hyphen


def cell_text(cell: Cell | None) -> str:
    return paragraphs_text(cell.paragraphs) if cell is not None else ""


def paragraph_text(p: Paragraph) -> str:
    return join_lines([ln.text for ln in p.lines])


class CellTexts:
    """The texts of a document's cells for one normalize call, each worked out once: the header
    search, the columns' shapes, the rows and then each action's fields read the same cells
    again. A text is known by the identities of its paragraphs, held here so that no other
    paragraph takes one's id meanwhile: a cell whose paragraphs are cut apart (a header run on
    into its row) or gathered over pages is read anew."""

    def __init__(self) -> None:
        self._known: dict[tuple[int, ...], tuple[list[Paragraph], str]] = {}

    def of(self, paragraphs: list[Paragraph]) -> str:
        """`paragraphs_text(paragraphs)`."""
        key = tuple(map(id, paragraphs))
        known = self._known.get(key)
        if known is None:
            known = self._known[key] = (list(paragraphs), paragraphs_text(paragraphs))
        return known[1]

    def cell(self, cell: Cell) -> str:
        return self.of(cell.paragraphs)

    def row(self, row: Row) -> list[str]:
        return [self.of(c.paragraphs) for c in row.cells]


class _Headers:
    """`map_header` of the rows one walk reads, each row of texts mapped once: a header repeated
    on every page is looked at several times a page. Each answer is a copy of its own, as a
    call would give (the walk completes the header it keeps)."""

    def __init__(self, overrides: dict[str, str] | None) -> None:
        self._overrides = overrides
        self._known: dict[tuple[str, ...], HeaderMap | None] = {}

    def of(self, texts: list[str]) -> HeaderMap | None:
        key = tuple(texts)
        if key not in self._known:
            self._known[key] = map_header(texts, self._overrides)
        found = self._known[key]
        if found is None:
            return None
        return replace(found, fields=dict(found.fields), extras=dict(found.extras), texts=list(found.texts))


def _header_run_on(rows: list[Row], overrides: dict[str, str] | None) -> list[Row]:
    """A header row with the row under it run into it: a page that drew no line between them
    (a borderless table read from a scan) may give one row whose follow-up cell reads "Suivi en
    date du …", then "(suite)" and the items. A header cell holds no list: where a cell's
    paragraphs come to a "(suite)" or a list item, and the paragraphs before make a header with
    the other cells, the rest is a row of its own, else the items would be read as header text."""
    first = rows[0] if rows else None
    if first is None:
        return rows
    split = [_lines_apart(c.paragraphs) for c in first.cells]
    cuts = [next((k for k, p in enumerate(ps) if k and _content(p)), len(ps)) for ps in split]
    if all(k == len(ps) for k, ps in zip(cuts, split)):
        return rows
    if map_header([collapse(" ".join(paragraph_text(p) for p in ps[:k]))
                   for k, ps in zip(cuts, split)], overrides) is None:
        return rows
    for c, ps in zip(first.cells, split):
        c.paragraphs[:] = ps  # in the source too: every paragraph is accounted for by identity
    header = Row(cells=[replace(c, paragraphs=c.paragraphs[:k]) for k, c in zip(cuts, first.cells)],
                 page_start=first.page_start, page_end=first.page_end, repeat_header=first.repeat_header)
    rest = Row(cells=[replace(c, paragraphs=c.paragraphs[k:], merged=False) for k, c in zip(cuts, first.cells)],
               page_start=first.page_start, page_end=first.page_end)
    return [header, rest, *rows[1:]]


def _header_tail(header: list[str], texts: list[str]) -> bool:
    """Whether a row under the header holds only the ends of the words its header cells' texts
    were cut in ("Échéan" / "cier": a narrow column's header broken at its edge, the pieces set
    as two rows where no line parts them): the header's second line, no action."""
    full = [(h, t) for h, t in zip(header, texts) if t]
    return len(texts) == len(header) and bool(full) and all(broken_across(h, t) for h, t in full)


def _lines_apart(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """The paragraphs with each line that opens on a list item or "(suite)" made the start of a
    paragraph of its own: a scan's lines may be grouped with the header line above them."""
    out = []
    for p in paragraphs:
        start = 0
        for j in range(1, len(p.lines)):
            text = p.lines[j].text.strip()
            if is_marker(text) or bullet_of(text)[0] is not None:
                out.append(replace(p, lines=p.lines[start:j]))
                start = j
        out.append(replace(p, lines=p.lines[start:]) if start else p)
    return out


def _content(p: Paragraph) -> bool:
    """A paragraph no header holds: a "(suite)" line or a list item."""
    text = paragraph_text(p)
    return p.list_item or is_marker(text) or bullet_of(text.strip())[0] is not None


def _is_heading(p: Paragraph) -> bool:
    return bool(_HEADING_STYLE.match(p.style or ""))


def _heading_like(text: str) -> bool:
    """A short line without final punctuation that starts like a title, not a note nor a
    list item (a bullet first: a follow-up item read outside its table)."""
    return (len(text) <= 100 and not re.search(r"[.:;,]$", text) and not text[0].isdigit()
            and text[0] not in _FOOTNOTE_START and bullet_of(text)[0] is None)


_FOOTNOTE_START = "¹²³⁴⁵⁶⁷⁸⁹*"
# "Page" alone, or with a short token: a page number a scan lost or misread, left in the body
_PAGE_ALONE = re.compile(r"^(?:page|p\.)(?:\s+\S{1,3})?$", re.IGNORECASE)
# a note opens on its call: raised, starred, bracketed, or a number and a space, or a number
# glued to the note's first word ("1Les actions …": a raised "1" an OCR read on the line), or
# a stroke mark before a capital, alone or glued to it ("! Les actions …", "!Les actions …": a
# raised "1" read as a mark; French sets no "!" before a word)
_FOOTNOTE = re.compile(r"^(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\*+|\(?\d{1,2}\)|\d{1,2}\s|\d(?=[A-ZÀ-Ý][a-zà-ÿ])"
                       r"|[!|]\s?(?=[A-ZÀ-Ý][a-zà-ÿ]))\s*\S")


def _headings(paragraphs: list[Paragraph], styled: bool, titles: bool) -> tuple[str | None, Paragraph | None]:
    """The section heading among the paragraphs between two tables (the last one wins), and
    the paragraph stating an objective ("Objectif 2 : …": a title row alone at a page foot),
    which sets the objective of the rows after it as a title row does and is no section.
    With `titles` (these lines are title rows of a table, cut off by the page: the table above
    ended on its header, or the one below goes on without one), a section stated "Axe 1 : …"
    loses its label as a title row's does."""
    section = objective = None
    for p in paragraphs:
        text = collapse(paragraph_text(p))
        if not text or not (_is_heading(p) if styled else _heading_like(text)):
            continue
        stated = title_of(text, labelled_only=True)
        if stated is not None and stated.kind == "objective":
            objective = p
        else:
            section = stated.text if stated is not None and titles else text
    return section, objective


def _mark_between(layout: Layout, paragraphs: list[Paragraph], styled: bool) -> None:
    """Paragraphs among the tables: headings and footnotes are furniture; any other text is
    left without a place, for the reconciliation to quote (a table row read as a paragraph).
    Where the document styles its headings, a heading is one so styled, as for `_headings`:
    a short line of body text is no heading there ("Actualisation du Portrait Ressource de la
    2008": a row the reader left out of its table). A header or footer line, and "Page" with
    at most a short token after it (its number lost or misread), are furniture."""
    for p in paragraphs:
        text = collapse(paragraph_text(p))
        if not text:
            continue
        if _is_heading(p) if styled else _heading_like(text):
            layout.furniture[id(p)] = "intertitre"
        elif _FOOTNOTE.match(text) or p.style.lower().startswith(("footnote", "note de bas")):
            layout.furniture[id(p)] = "note de bas de page"
        elif p.style.lower().startswith(("header", "footer", "en-tête", "pied de page")):
            layout.furniture[id(p)] = "en-tête ou pied de page"
        elif _PAGE_ALONE.match(text):
            layout.furniture[id(p)] = "numéro de page"


def _title(paragraphs: list[Paragraph], layout: Layout) -> None:
    """Title lines up to the date line; everything before the first table is furniture."""
    from bilan.normalize.dates import find_dates

    layout.mark(paragraphs, "préambule")
    for p in paragraphs:
        text = collapse(paragraph_text(p))
        if not text:
            continue
        dates = find_dates(text)
        if dates and dates[0].precision in ("day", "month") and len(text) <= 40:
            layout.date_line = text
            layout.furniture[id(p)] = "ligne de date"
            return
        if len(text) > 120 or re.search(r"[.:;]$", text) or (_is_heading(p) and layout.title_lines
                                                          and not p.style.lower().startswith("title")):
            return
        layout.title_lines.append(text)
        layout.furniture[id(p)] = "titre"


def _pages_continue(prev: Table | None, table: Table, cell_texts: CellTexts) -> bool:
    """A table on the page after the previous one, with as many columns: its continuation.
    So is one without a header further down the same page (a row the author moved to the
    page foot, its borders drawn apart from the table above)."""
    if prev is None or prev.page_end is None or table.page_start is None or not (prev.rows and table.rows):
        return False
    if len(table.rows[0].cells) != len(prev.rows[-1].cells):
        return False
    if table.page_start == prev.page_end:
        return map_header(cell_texts.row(table.rows[0])) is None
    return table.page_start == prev.page_end + 1


def _running_lines(doc: Document) -> set[int]:
    """Paragraphs that open or close their page with the same text (numbers aside) on at
    least half the pages (and two): running headers and footers the reader left in the
    text, printed lower than its margin zone."""
    ends: dict[int, list[Paragraph]] = {}
    for block in doc.blocks:
        page = block.page if isinstance(block, Paragraph) else block.page_start
        if page is not None:
            ends.setdefault(page, []).append(block)
    pages: dict[str, set[int]] = {}
    where: dict[str, list[Paragraph]] = {}
    for page, blocks in ends.items():
        for block in {id(b): b for b in (blocks[0], blocks[-1])}.values():
            if isinstance(block, Paragraph) and len(block.lines) == 1:
                key = re.sub(r"\d+", "#", fold(collapse(paragraph_text(block))))
                pages.setdefault(key, set()).add(page)
                where.setdefault(key, []).append(block)
    if doc.ocr_pages:
        _near_keys(pages, where)
    need = max(2, -(-(doc.pages or len(ends)) // 2))
    return {id(p) for key, found in pages.items() if key and len(found) >= need for p in where[key]}


def _near_keys(pages: dict[str, set[int]], where: dict[str, list[Paragraph]]) -> None:
    """On a scan, a running line read with a letter off on a page ("CAPITALE:NATIONALE"): a
    long line as long as another within a letter or two, and as many letters off at most
    (_RUNNING_OFF), is counted with it, on the pages of both. A line that says more or less
    ("Bilan du plan d'action" under a title "Bilan du plan d'action 2016-2018") is another."""
    from rapidfuzz.distance import Levenshtein

    keys = sorted((k for k in pages if len(k) >= _RUNNING_LONG), key=lambda k: -len(pages[k]))
    for i, key in enumerate(keys):
        if not pages[key]:
            continue  # counted with a line before it already
        for other in keys[i + 1:]:
            if pages[other] and abs(len(key) - len(other)) <= _RUNNING_OFF \
                    and Levenshtein.distance(key, other, score_cutoff=_RUNNING_OFF) <= _RUNNING_OFF:
                pages[key] |= pages[other]
                where[key] += where[other]
                pages[other] = set()


_RUNNING_LONG = 20  # characters a running line needs for one read a few letters off to count
_RUNNING_OFF = 2  # … and letters it may be off


def _starts_lower(text: str) -> bool:
    return bool(text) and (text[0].islower() or text[0] in ",;)")


def _runs_on(text: str) -> bool:
    """Text that opens as the rest of a cell a page cut: in lower case, on a mark a sentence
    does not open on, or on a parenthesis ("(phase 2)")."""
    return bool(text) and (_starts_lower(text) or text[0] in ":(")


def lone_fragment(text: str) -> bool:
    """An action cell that cannot be an action of its own: a few words (four at most) that
    run on from a cell above ("(phase 2)", "du milieu", "et des partenaires")."""
    return _runs_on(text) and len(text.split()) <= 4


def walk(doc: Document, overrides: dict[str, str] | None = None, cell_texts: CellTexts | None = None) -> Layout:
    """The layout of a document's bilan tables; `cell_texts` keeps the texts of the cells it reads."""
    layout = Layout()
    styled = any(isinstance(b, Paragraph) and _is_heading(b) for b in doc.blocks)
    pending: list[Paragraph] = []
    section = ""
    objective = ""
    header: HeaderMap | None = None
    spans: list[tuple[float | None, float | None]] = []  # where the header's columns lie (PDF)
    prev_table: Table | None = None
    seen_table = False
    bare_header = False  # the last table was a bilan header with no action under it
    running = _running_lines(doc)
    cell_texts = cell_texts if cell_texts is not None else CellTexts()
    headers = _Headers(overrides)
    tables = [b for b in doc.blocks if isinstance(b, Table) and b.rows]
    place = {id(t): k for k, t in enumerate(tables)}

    for block in doc.blocks:
        if isinstance(block, Paragraph):
            if id(block) in running:
                layout.furniture[id(block)] = "en-tête ou pied de page courant"
            else:
                pending.append(block)
            continue
        table = block
        if not table.rows:
            continue
        if not seen_table:
            _title(pending, layout)
        else:
            _mark_between(layout, pending, styled)
        # lines cut off a table by the page: after its header alone, or before its rows going
        # on without a header
        cut_off = bare_header or (header is not None and len(table.rows[0].cells) == len(header.texts)
                                  and headers.of(cell_texts.row(table.rows[0])) is None)
        heading, said = _headings(pending, styled, cut_off)
        bare_header = False
        carried_objective = None
        if said is not None:
            carried_objective = title_of(collapse(paragraph_text(said)), labelled_only=True).text
            layout.objective_pars[id(said)] = carried_objective
            pending = [p for p in pending if p is not said]
        # nothing but footnotes between this table and the last: it may go on the last one
        quiet = heading is None and all(not (t := collapse(paragraph_text(p))) or _FOOTNOTE.match(t)
                                        for p in pending)
        continues = quiet and _pages_continue(prev_table, table, cell_texts)
        if heading is not None and heading != section:
            section, objective = heading, ""
        if carried_objective is not None:
            objective = carried_objective
        pending = []
        seen_table = True

        rows = _header_run_on(list(table.rows), overrides)
        head = cell_texts.row(rows[0])
        tail = len(rows) > 1 and _header_tail(head, cell_texts.row(rows[1]))
        found = headers.of([join_cut(h, t) for h, t in zip(head, cell_texts.row(rows[1]))] if tail else head)
        if found is None:
            tail = False
        if found is not None and header is not None and _same_header(found.texts, header.texts):
            found = header  # the header repeated: read as before
        elif found is not None:
            shape_columns(found, _columns(rows[1 + tail:] + _rows_after(tables, place[id(table)], found, headers,
                                                                 cell_texts), cell_texts), overrides)
            if header is not None and not _new_header(found, header):
                found = None  # a data row full of header words, not a header
        if found is None:
            layout.headers_seen.append([t for t in cell_texts.row(rows[0]) if t])
        if found is not None:
            for row in rows[:1 + tail]:
                layout.mark_row(row, "en-tête de tableau")
            rows = rows[1 + tail:]
            if "followup" not in found.fields:
                _from_content(found, rows, overrides, "followup", followup_by_content, lambda c: c.paragraphs)
            if "deadline" not in found.fields:
                _from_content(found, rows, overrides, "deadline", deadline_by_content, cell_texts.cell)
            if "followup" not in found.fields and found.texts not in layout.no_followup:
                layout.no_followup.append(found.texts)
            if header is None or not layout.followup_header:
                layout.followup_header = found.texts[found.fields["followup"]] \
                    if "followup" in found.fields else ""
                layout.followup_headers = [found.texts[found.fields[k]] for k in found.followups()]
            header = found
            spans = [(c.x0, c.x1) for c in table.rows[0].cells]
            for text in found.extras.values():
                if text not in layout.extra_headers:
                    layout.extra_headers.append(text)
        elif header is not None and len(rows) == 1 and len(rows[0].cells) == 1 and \
                (alone := title_of(cell_text(rows[0].cells[0]))) is not None:
            # one cell between the fragments of a bilan table: a row across it (a title row)
            section, objective = _take_titles(layout, rows[0], alone, section, objective)
            prev_table = table
            continue
        elif header is None or len(rows[0].cells) != len(header.texts):
            next_page = (quiet and prev_table is not None and prev_table.page_end is not None
                         and table.page_start == prev_table.page_end + 1)
            regrid = _regrid(rows, spans) if header is not None and next_page else None
            if regrid is not None:
                rows, continues = regrid, True
        if found is None and (header is None or len(rows[0].cells) != len(header.texts)):
            for row in rows:
                for c in row.cells:
                    if cell_text(c):
                        layout.strays.append(Stray(cell_text(c), c.page or row.page_start))
            prev_table = None
            continue
        assert header is not None
        layout.bilan_tables += 1
        if continues:
            layout.table_joins.append(Join(
                f"tableau de la page {prev_table.page_end} poursuivi page {table.page_start} : joint",
                prev_table.page_end, table.page_start))
        elif found is None:
            layout.table_joins.append(Join(
                "tableau sans en-tête, de même nombre de colonnes : lu avec l'en-tête du tableau précédent",
                table.page_start, table.page_end))
        prev_table = table

        first = True
        before = len(layout.rows)
        for row in rows:
            texts = cell_texts.row(row)
            if not any(texts):
                continue
            if [fold(t) for t in header.texts] == [fold(collapse(t)) for t in texts]:
                layout.mark_row(row, "en-tête répété")
                continue  # a header repeated at the top of a page
            page_top = first and continues
            first = False
            title = None if page_top and _runs_on(texts[0]) else \
                title_row(texts, [c.merged for c in row.cells], [_all_bold(c) for c in row.cells])
            if title is not None:  # an objective or a section stated across the table
                section, objective = _take_titles(layout, row, title, section, objective)
                continue
            objective = _take_row(layout, row, texts, header, section, objective, page_top=page_top)
        bare_header = found is not None and len(layout.rows) == before
        layout.headers_seen.append(header.texts)
    if seen_table:
        _mark_between(layout, pending, styled)
    _notes_read_as_objectives(layout)
    return layout


def _notes_read_as_objectives(layout: Layout) -> None:
    """A table's footnote read into it as a row of its first column alone ("1 Le cadre de
    gestion …", its raised call read on the line): an objective no action comes under that
    opens on a note's call is the note, furniture."""
    stated = {row.objective for row in layout.rows}
    for key, text in list(layout.objective_pars.items()):
        if text not in stated and _FOOTNOTE.match(text):
            del layout.objective_pars[key]
            layout.furniture[key] = "note de bas de page"


def _rows_after(tables: list[Table], index: int, found: HeaderMap, headers: _Headers,
                cell_texts: CellTexts) -> list[Row]:
    """The rows the tables after tables[index] read under the same header: repeated, or left
    out (as many columns), up to another header. A status column is found by the cells of all
    of them: a page may hold the header and a row or two only."""
    out: list[Row] = []
    texts = [fold(t) for t in found.texts]
    for table in tables[index + 1:]:
        first = cell_texts.row(table.rows[0])
        if headers.of(first) is not None:
            if [fold(collapse(t)) for t in first] != texts:
                break
            out += table.rows[1:]
        elif len(first) == len(texts):
            out += table.rows
        else:
            break
    return out


def _take_titles(layout: Layout, row: Row, title: Title, section: str, objective: str) -> tuple[str, str]:
    """The section and objective in force after a title row. A section title is furniture;
    an objective title is placed by the actions it heads (quoted if it heads none)."""
    for par, said in _titles(row, title):
        if said.kind == "section":
            layout.mark(par, "intertitre")
            section, objective = said.text, ""
        else:
            for p in par:
                layout.objective_pars[id(p)] = said.text
            objective = said.text
    return section, objective


def _titles(row: Row, title: Title) -> list[tuple[list[Paragraph], Title]]:
    """The titles a title row states: one, or one per paragraph when each opens on its own
    label (an axis, then an objective, drawn in one cell)."""
    pars = [p for c in row.cells for p in c.paragraphs if collapse(paragraph_text(p))]
    each = [title_of(paragraph_text(p), labelled_only=True) for p in pars]
    if len(pars) > 1 and all(each):
        return [([p], t) for p, t in zip(pars, each)]
    return [(pars, title)]


def _all_bold(cell: Cell) -> bool:
    return all_letters((s for p in cell.paragraphs for line in p.lines for s in line.spans), attrgetter("bold"))


def _columns(rows: list[Row], cell_texts: CellTexts) -> dict[int, list[str]]:
    """Each grid column's cell texts, for the rules that tell a column by its cells (a row
    with one cell filled, a title over the rows, says nothing of the columns)."""
    out: dict[int, list[str]] = {}
    for row in rows:
        texts = cell_texts.row(row)
        if sum(1 for text in texts if text.strip()) <= 1 < len(texts):
            continue
        for i, text in enumerate(texts):
            out.setdefault(i, []).append(text)
    return out


def _regrid(rows: list[Row], spans: list[tuple[float | None, float | None]]) -> list[Row] | None:
    """The rows of a table fragment that continues the last one on the next page with another
    number of columns (a border left undrawn beside an empty merged cell), laid out on the
    header's columns by where each cell lies; None when a cell lies under no column or the
    positions are unknown (Word)."""
    if not spans or any(a is None or b is None for a, b in spans):
        return None
    out = []
    for row in rows:
        cells = [Cell(page=row.page_start) for _ in spans]
        for cell in row.cells:
            if cell.x0 is None or cell.x1 is None:
                return None
            if not cell.paragraphs:
                continue
            mid = (cell.x0 + cell.x1) / 2
            k = next((k for k, (a, b) in enumerate(spans) if a <= mid <= b), None)
            if k is None:
                return None
            cells[k].paragraphs.extend(cell.paragraphs)
            cells[k].page, cells[k].x0, cells[k].x1 = cell.page, cell.x0, cell.x1
        out.append(Row(cells=cells, page_start=row.page_start, page_end=row.page_end))
    return out


def _from_content(found: HeaderMap, rows: list[Row], overrides: dict[str, str] | None, name: str,
                  by_content: Callable[[HeaderMap, dict], int | None], cell_of: Callable[[Cell], Any]) -> None:
    """A column of field `name` under a wording no rule knows, told by its content
    (`by_content`: lists of dated items for the follow-up, deadlines alone for the deadline)
    from each cell as `cell_of` gives it; a column the user mapped by hand stays as mapped."""
    mapped = {fold(collapse(k)) for k in (overrides or {})}
    candidates = HeaderMap(extras={i: t for i, t in found.extras.items() if fold(t) not in mapped})
    cells = {i: [cell_of(row.cells[i]) for row in rows if i < len(row.cells)] for i in candidates.extras}
    index = by_content(candidates, cells)
    if index is not None:
        found.fields[name] = index
        del found.extras[index]


def _same_header(texts: list[str], known: list[str]) -> bool:
    """The known header's cells again, each the same or nearly (a scan's "O)bijectif(s" for
    "Objectif(s)": 80 or more on RapidFuzz's ratio, once folded), but one that may be further,
    at 50 or more ("jorteurts" for "P)orteur(s": a blurred bold word read two ways), where
    three cells or more are the same (no row of data repeats three header cells)."""
    if len(texts) != len(known):
        return False
    differ = [(fold(a), fold(b)) for a, b in zip(texts, known) if fold(a) != fold(b)]
    if not differ:
        return True
    from rapidfuzz import fuzz  # (imported only then: a typeset repeat is the same text)

    ratios = sorted(fuzz.ratio(a, b) for a, b in differ)
    if len(texts) - len(differ) >= 3:
        return ratios[0] >= 50 and all(r >= 80 for r in ratios[1:])
    return ratios[0] >= 80


def _new_header(found: HeaderMap, known: HeaderMap) -> bool:
    """Once a header is known, a table's first row is a header only if its cells are short and
    it repeats the known one's columns (the same field in every column, however worded), or, in
    a table of another width, names a distinct field in every non-empty cell. An action row
    that happens to hold "suivi", "résultats" or "partenaires" does neither: it stays data."""
    if any(len(t) > 80 for t in found.texts):
        return False
    if found.fields == known.fields and set(found.extras) == set(known.extras):
        return True
    if len(found.texts) == len(known.texts):
        return False
    return not found.extras and len(found.fields) >= 4


def _get(texts: list[str], index: int | None) -> str:
    return texts[index] if index is not None and index < len(texts) else ""


def _take_row(layout: Layout, row: Row, texts: list[str], header: HeaderMap, section: str,
              objective: str, page_top: bool) -> str:
    f = header.fields
    action = _get(texts, f.get("action"))
    own_objective = _get(texts, f.get("objective"))
    others = [_get(texts, i) for k, i in f.items() if k not in ("objective", "action")]
    last = layout.rows[-1] if layout.rows and layout.rows[-1].section == section else None

    known = set(f.values()) | set(header.extras)
    for index, cell in enumerate(row.cells):
        if index not in known and cell_text(cell):
            layout.strays.append(Stray(cell_text(cell), cell.page or row.page_start))
    # at a page top: the rest of the row above when the action runs on, the action above was
    # left open, or a few words stand alone in the action cell (a row has more than that:
    # "Fontaine", the name the page cut off "au parc")
    tail = page_top and last is not None and (
        not action or _runs_on(action)
        or left_open(paragraphs_text(last.cells.get("action", [])))
        or (len(action.split()) <= 4 and not any(t for i, t in enumerate(texts) if i != f.get("action"))))
    fragment = last is not None and not tail and (lone_fragment(action) or _flows_on(row, texts, f, action, last))
    # no action: the rest of the row above (its objective, if any, runs on in lower case)
    rest = not action and (not own_objective or _starts_lower(own_objective))
    if last is not None and (rest or tail or fragment):
        follow = row.cells[f["followup"]].paragraphs if "followup" in f and f["followup"] < len(row.cells) else []
        if follow and is_marker(paragraph_text(follow[0])):
            why = "ligne « (suite) » jointe à la ligne précédente"
        elif page_top:
            why = "ligne coupée par un saut de page, jointe à la précédente"
        elif fragment:
            why = f"suite d'action « {action} » jointe à la ligne précédente"
        else:
            why = "ligne sans action jointe à la ligne précédente"
        for name, index in f.items():
            if index < len(row.cells) and not row.cells[index].merged:
                last.cells.setdefault(name, []).extend(row.cells[index].paragraphs)
        for index, text in header.extras.items():
            if index < len(row.cells):
                last.extras.setdefault(text, []).extend(row.cells[index].paragraphs)
        if own_objective:
            objective = _extend_objective(layout, section, last.objective, own_objective, page_top)
        join = Join(f"{why} (pages {last.page_start or '?'}–{row.page_start or '?'})"
                    if row.page_start else why, last.page_end, row.page_end)
        last.joins.append(join)
        if row.page_end is not None:
            last.page_end = row.page_end
        return objective
    if not action or lone_fragment(action):  # a fragment with no row above to go on: quoted
        if own_objective and (action or not any(others)):
            for p in row.cells[f["objective"]].paragraphs:
                layout.objective_pars[id(p)] = own_objective
            if not action:
                return own_objective  # an objective stated on a row of its own
            objective = own_objective
        for index, c in enumerate(row.cells):
            if cell_text(c) and not (action and index == f.get("objective")):
                layout.strays.append(Stray(cell_text(c), c.page or row.page_start))
        return objective
    if own_objective and objective and (_starts_lower(own_objective) or page_top and left_open(objective)):
        # the rest of the objective above: its merged cell's text flowed on beside this row,
        # or the page cut it (objectives do not open in lower case, nor end on an article)
        own_objective = _extend_objective(layout, section, objective, own_objective, page_top)
    if own_objective:
        objective = own_objective
    cells = {name: list(row.cells[index].paragraphs) for name, index in f.items()
             if index < len(row.cells)}
    extras = {text: list(row.cells[index].paragraphs) for index, text in header.extras.items()
              if index < len(row.cells)}
    layout.rows.append(LogicalRow(section=section, objective=objective, cells=cells, extras=extras,
                                  page_start=row.page_start, page_end=row.page_end,
                                  periods=header.periods()))
    return objective


def _flows_on(row: Row, texts: list[str], f: dict[str, int], action: str, last: LogicalRow) -> bool:
    """The action runs on (lower case) from the row above, and so does every other cell of
    the plan (responsible, deadline, state, number): empty, running on, or going on a cell
    the row above left open. The row splitter of a borderless table cut a row in two."""
    if not _runs_on(action):
        return False
    for name, index in f.items():
        if name in ("objective", "action") or name.startswith("followup"):
            continue
        text = _get(texts, index)
        if text and not _runs_on(text) and not left_open(paragraphs_text(last.cells.get(name, []))):
            return False
    return True


def _extend_objective(layout: Layout, section: str, objective: str, rest: str, cut: bool) -> str:
    """The objective in force with its rest (cut from it by a page break when `cut`), set on
    the rows that carry it already."""
    whole = collapse(join_cut(objective, rest) if cut else f"{objective} {rest}")
    for row in reversed(layout.rows):
        if row.section != section or row.objective != objective:
            break
        row.objective = whole
    return whole
