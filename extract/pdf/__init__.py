"""PDF reader: pdfplumber into the document model, one page at a time.

Ruled tables come from the page's drawn lines and thin rectangles (pdfplumber's "lines"
strategy); borderless tables from the text left outside them: a header line whose word groups
spread across the page and the lines below cut at its columns (see extract/pdf/tables.py).
Cell and page text is grouped into lines with spans (underline from strokes under the chars,
superscript from smaller raised chars, bold/italic from font names) and then into paragraphs
(extract/pdf/text.py). Running headers/footers and page numbers are left out. Each page's
table is its own Table block: joining fragments across pages is normalize/'s job. No
business rule is applied.

The package: pages.py (pages read in parallel, chars and lines by pdfminer with
`--pdf-engine pdfminer`), chars_pdfium.py (the same chars and lines by PDFium, the default),
text.py, tables.py; for scanned pages, loaded only for them, ocr.py (a page read from its
image with Tesseract; its error in ocr_error.py),
ocr_case.py (a first letter's case told by its height) and respell.py (the words a scan
misread, set right by the document and the word list).
"""

from __future__ import annotations

import functools
import math
import os
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from operator import itemgetter

from bilan.extract import lexicon
from bilan.extract.model import Cell, Document, Paragraph, Row, Table
from bilan.extract.pdf.ocr_error import OcrError
from bilan.extract.pdf.tables import (CellDraft, RawTable, Runs, TableDraft, center_in, closing_rules, extend_header_row,
                                find_borderless, is_border, opens_on_lost_call, place_chars, raised_number,
                                reads_as_header, ruled_table, word_runs)
from bilan.extract.pdf.text import (Segment, TextLine, build_lines, group_paragraphs, is_bold, pitch_ratio,
                              to_paragraph, whole_words, wrap_evidence)

__all__ = ["PdfReadError", "read_pdf", "TABLE_SETTINGS"]

TABLE_SETTINGS = {
    "vertical_strategy": "lines",
    "horizontal_strategy": "lines",
    "snap_tolerance": 3,
    "join_tolerance": 3,
    "edge_min_length": 3,
    "intersection_tolerance": 3,
}
MARGIN = 0.08  # share of the page height where running headers and footers live
NOTE_SIZE = 0.85  # a paragraph in print under this share of the body's size, closing its page: a footnote
_PAGE_NUMBER = re.compile(
    r"^(?:page|p\.)?\s*[-–—]?\s*(?:\d{1,3}|[ivxlcdm]{1,7})\s*[-–—]?\s*"
    r"(?:(?:/|de|sur|of)\s*\d{1,3})?\s*[-–—]?$", re.I)
# What some code points print: presentation-form ligatures, and the Symbol/Wingdings bullets
# of Word lists that fonts map into the private use area.
_GLYPHS = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
           "\ufb05": "st", "\ufb06": "st", "\uf0b7": "•", "\uf0a7": "▪", "\uf0d8": "➢",
           "\uf0fc": "✓", "\uf076": "❖", "\uf06e": "■", "\uf071": "❑"}
_OCR = "no text layer: this looks like a scan, and OCR is off (--ocr never)"
_OCR_EMPTY = "scanned PDF: OCR found no text on its pages"
OCR_FAILED = "OCR failed"  # a page's image work raised: no fault of the file
_JUNK = 20  # a page with fewer visible chars than this (and an image) has no real text layer


class PdfReadError(ValueError):
    """A file that cannot be read as a PDF; `reason` is one line naming the cause."""

    def __init__(self, path: str | os.PathLike[str], reason: str):
        self.path = os.fspath(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


def read_pdf(path: str | os.PathLike[str], *, password: str | None = None, ocr: str = "auto",
             ocr_lang: str = "fra", workers: int | None = None, engine: str | None = None,
             idle: Callable[[], object] | None = None) -> Document:
    """Read a PDF into a Document: paragraphs and per-page table fragments in reading order.

    `ocr`: "auto" reads a page without a text layer from its image, "always" every page,
    "never" none (see extract/pdf/ocr.py); `ocr_lang` is Tesseract's language ("fra+eng").
    Pages are read by `workers` processes (default: see extract/pdf/pages.py), and joined in
    page order here: the Document is the same whatever their number. `engine` reads the
    characters and drawn lines: "pdfium" or "pdfminer" (None: DEFAULT_ENGINE; see
    extract/pdf/chars_pdfium.py). `idle` runs while the page workers start (see pages.read_pages),
    after the word list is loaded.
    """
    import pdfplumber  # imported here so importing extract.pdf stays cheap

    from bilan.extract.pdf.pages import PageFailed, collector_paused, read_pages, short_cause
    from bilan.extract.pdf.chars_pdfium import DEFAULT_ENGINE, ENGINES

    engine = engine or DEFAULT_ENGINE
    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {ENGINES}, not {engine!r}")

    name = os.fspath(path)
    _check_header(name)
    try:
        pdf = pdfplumber.open(name, password=password)
    except Exception as exc:  # pdfplumber wraps pdfminer's many error types
        raise PdfReadError(name, _open_reason(exc, password)) from None
    builder = _Builder(name)
    try:
        try:
            pages = pdf.pages
        except Exception as exc:
            raise PdfReadError(name, f"truncated or corrupt PDF ({short_cause(exc)})") from None
        if not pages:
            raise PdfReadError(name, "truncated or corrupt PDF (no page found)")
        read_page = functools.partial(_page_objects, ocr=ocr, ocr_lang=ocr_lang)
        held: list[tuple[int, _PageRaw]] = []  # pages from the first scanned one on: one size, one bold
        with collector_paused():
            for number, raw in read_pages(pdf, name, password, read_page, workers, keep=(OcrError,),
                                          engine=engine, idle=functools.partial(_idle, idle)):
                if raw.ocr or held:
                    held.append((number, raw))
                else:
                    builder.add_page(number, raw)
            if held:  # (the OCR reader and its patterns are loaded for a scan only)
                from bilan.extract.pdf.ocr import settle
                settle([raw.chars for _, raw in held if raw.ocr])
            for number, raw in held:
                builder.add_page(number, raw)
    except OcrError as exc:
        raise PdfReadError(name, exc.reason) from None
    except PageFailed as exc:
        where = f"page {exc.page}: " if exc.page else ""
        if exc.cause.startswith(OCR_FAILED):
            raise PdfReadError(name, f"{where}{exc.cause}") from None
        raise PdfReadError(name, f"truncated or corrupt PDF ({where}{exc.cause})") from None
    except _parse_errors() as exc:  # pdfminer parses lazily: a damaged object may surface anywhere
        raise PdfReadError(name, f"truncated or corrupt PDF ({short_cause(exc)})") from None
    finally:
        _close(pdf)
    return builder.finish()


def _idle(then: Callable[[], object] | None) -> None:
    """Load the word list (the builder needs it from the first page on), then the caller's work."""
    lexicon.load()
    if then is not None:
        then()


def _parse_errors() -> tuple[type[Exception], ...]:
    """pdfminer's and pdfplumber's exceptions for a file they cannot parse."""
    from pdfminer.psexceptions import PSException  # PDFSyntaxError and the like derive from it
    from pdfplumber.utils.exceptions import PdfminerException
    return (PSException, PdfminerException)


def _close(pdf) -> None:  # noqa: ANN001
    """Close the file even when pdfplumber's close (which walks the page tree) fails on it."""
    try:
        pdf.close()
    except Exception:
        try:
            pdf.stream.close()
        except Exception:
            pass


def _check_header(name: str) -> None:
    try:
        with open(name, "rb") as fh:
            head = fh.read(1024)
    except FileNotFoundError:
        raise PdfReadError(name, "file not found") from None
    except OSError as exc:
        raise PdfReadError(name, f"cannot open ({exc.strerror or exc})") from None
    if not head:
        raise PdfReadError(name, "empty file")
    if b"%PDF-" not in head:
        raise PdfReadError(name, "not a PDF (bad header)")


def _open_reason(exc: Exception, password: str | None) -> str:
    inner = exc.args[0] if exc.args and isinstance(exc.args[0], Exception) else exc
    kind = type(inner).__name__
    if kind == "PDFPasswordIncorrect":
        return "encrypted, give --password" if not password else "encrypted: wrong password"
    if kind in ("PDFEncryptionError", "PDFEncryptionWarning"):
        return f"encrypted with an unsupported method ({_short(inner)})"
    return f"truncated or corrupt PDF ({_short(inner)})"


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:160]


@dataclass
class _PageRaw:
    width: float
    height: float
    chars: list[dict]  # all the page's chars; once split, those outside its grids
    segments: list[Segment]
    tables: list[RawTable]
    images: int
    ocr: bool = False  # read from the page image
    # once split: the grids read as tables, with the chars inside each placed in its cells
    # (tables.place_chars's runs), and the chars' sizes
    grids: list[tuple[RawTable, Runs]] | None = None
    sizes: dict[float, int] = field(default_factory=dict)

    def split(self) -> list[tuple[RawTable, Runs]]:
        """Count the chars' sizes and part the chars among the cells of the grids read as
        tables (see _grids and tables.place_chars) and the rest: work of the page alone, done by the
        page's worker, so the builder (which takes the pages one after the other) has less
        of it. A scanned page is split once the document's OCR pages are settled (their sizes
        and weights)."""
        if self.grids is not None:
            return self.grids
        counts: dict[float, int] = {}  # a page has few sizes (keys keep the order of their
        for c in self.chars:           # first char, as most_common's ties do)
            if not c["text"].isspace():
                counts[c["size"]] = counts.get(c["size"], 0) + 1
        self.sizes = counts
        grids = _grids(self.tables, self.chars)
        runs, self.chars = place_chars(grids, self.chars)
        self.grids = list(zip(grids, runs))
        return self.grids


def _grids(tables: list[RawTable], chars: list[dict]) -> list[RawTable]:
    """The grids of a page read as tables, top to bottom."""
    # a grid of one column is shading (bands behind the rows of a borderless table) or a
    # framed paragraph, not a table: its text is read with the page's text
    grids = [t for t in tables if any(sum(1 for c in row if c) > 1 for row in t.rows)]
    # ... unless it is one cell in bold as wide as a grid of the page: a row across that
    # table (a title row) that its rows left apart
    grids += [t for t in tables if len(t.cells) == 1 and any(
        abs(t.bbox[0] - g.bbox[0]) <= 3 and abs(t.bbox[2] - g.bbox[2]) <= 3 for g in grids)
        and _all_bold([c for c in chars if center_in(c, t.bbox, 0.5)])]
    grids.sort(key=lambda t: t.bbox[1])
    return grids


def _page_objects(page, ocr: str = "auto", ocr_lang: str = "fra") -> _PageRaw:
    """Copy what the reader needs out of a pdfplumber page (which is then closed).

    A page image without a real text layer (see _no_real_text) is read from its image when
    `ocr` is "auto"; with "always" every page is. Typeset pages never render an image.
    """
    _viewer_space(page)
    images = len(page.images)
    if ocr == "always" or (ocr == "auto" and images and _no_real_text(page.chars)):
        from bilan.extract.pdf.ocr import OcrError, ocr_page
        try:
            got = ocr_page(page, ocr_lang)
        except (OcrError, MemoryError):
            raise
        except Exception as exc:  # a fault of the image work, not of the file: said as such
            from bilan.extract.pdf.pages import short_cause
            raise RuntimeError(f"{OCR_FAILED} ({short_cause(exc)})") from exc
        return _PageRaw(got.width, got.height, got.chars, got.segments, got.tables, images, ocr=True)
    # pdfplumber's own dicts are kept (plain data, no link to the closed page): copying
    # 2,000 chars a page costs more than keeping their extra keys until the page is done
    texts = set(map(_TEXT, page.chars))
    if texts.isdisjoint(_SET_APART) and _all_upright(page.chars):
        # (most pages: no char to leave out or to print otherwise, told by the page's few
        # distinct texts; nor letters swapped, when none of them is made of such letters)
        chars = _dedupe(list(page.chars))
        if any(not t.strip(_SWAPPED) for t in texts):
            chars = _swapped_back(chars)
    else:
        chars = []
        for c in page.chars:
            if not c.get("upright", True) or not c["text"] or c["text"] in ("\x00", "\ufffd"):
                continue
            text = c["text"]
            if text in _GLYPHS:
                c = dict(c, text=_GLYPHS[text])
            chars.append(c)
        chars = _swapped_back(_dedupe(chars))
    segments = []
    for obj in list(page.lines) + list(page.rects) + list(page.curves):
        if obj["bottom"] - obj["top"] < 1.5 and obj["x1"] - obj["x0"] > 1:
            segments.append((obj["x0"], obj["x1"], (obj["top"] + obj["bottom"]) / 2))
    tables = []
    closing = closing_rules(page.edges)
    settings = dict(TABLE_SETTINGS, explicit_horizontal_lines=closing) if closing else TABLE_SETTINGS
    for t in page.find_tables(table_settings=settings):
        tables.append(RawTable(bbox=tuple(t.bbox), cells=[tuple(c) for c in t.cells],
                               rows=[[tuple(c) if c else None for c in r.cells] for r in t.rows]))
    raw = _PageRaw(float(page.width), float(page.height), chars, segments, tables, images)
    raw.split()
    return raw


_XS = ("x0", "x1")
_YS = ("top", "bottom", "doctop")


def _viewer_space(page) -> None:  # noqa: ANN001
    """Read the page in the space a viewer shows, with (0, 0) at its top left.

    pdfplumber turns a page stored with /Rotate into that space, but with floating-point
    noise: a rule 1e-13 out of level reads as vertical, so no ruled table is found; and a
    page box whose origin is not (0, 0) moves every coordinate by it. Both are set right on
    the page's own objects, before tables or text are derived from them; an upright page at
    the origin is left as it is.
    """
    dx, dy = float(page.bbox[0]), float(page.bbox[1])
    if not page.rotation and not dx and not dy:
        return
    for objs in page.objects.values():
        for o in objs:
            for k in _XS:
                if k in o:
                    o[k] = round(o[k] - dx, 3)
            for k in _YS:
                if k in o:
                    o[k] = round(o[k] - dy, 3)
            if "pts" in o:
                o["pts"] = [(round(x - dx, 3), round(y - dy, 3)) for x, y in o["pts"]]


def _swapped_back(chars: list[dict]) -> list[dict]:
    """Latin letters a font's Unicode map wrote with its two bytes swapped, as Ghostscript 10.0
    writes those of ligatures ("ti" read "琀椀", U+7400 U+6900): on a page of Latin text, a
    character U+XX00 whose XX is an ASCII letter is that letter. (Bilans hold no Chinese.)"""
    odd = [c for c in chars if not c["text"].strip(_SWAPPED)]  # all its letters are such
    if not odd or len(odd) * 10 > len(chars):
        return chars
    for c in odd:  # one glyph may map to several letters (a ligature)
        c["text"] = "".join(chr(ord(t) >> 8) for t in c["text"])
    return chars


# U+XX00 for each ASCII letter XX, for str.strip to test all the letters of a char at once
_SWAPPED = "".join(chr(code << 8) for code in range(128) if chr(code).isalpha())


# texts of a char that _page_objects leaves out ("", no text) or prints otherwise (_GLYPHS)
_SET_APART = frozenset(["", None, "\x00", "\ufffd", *_GLYPHS])


def _all_upright(chars: list[dict]) -> bool:
    """Every char upright (those without the key too, as _page_objects takes them; then the
    chars are looked at one by one)."""
    try:
        return all(map(_UPRIGHT, chars))
    except KeyError:
        return False


def _all_bold(chars: list[dict]) -> bool:
    visible = [c for c in chars if not c["text"].isspace()]
    return bool(visible) and all(is_bold(c.get("fontname") or "") for c in visible)


def _no_real_text(chars: list[dict]) -> bool:
    """No text layer worth reading: fewer than _JUNK visible chars (a scanner's stamp), or the
    invisible GlyphLessFont words another OCR program laid over the image (they do not line up
    in cells like typeset text). Looks at the first chars only: typeset pages stay cheap."""
    visible = ocr_font = 0
    for c in chars:
        if c["text"].strip() and c["text"] not in ("\x00", "\ufffd"):
            visible += 1
            ocr_font += "GlyphLessFont" in (c.get("fontname") or "")
            if visible >= 2 * _JUNK:
                break
    return visible < _JUNK or ocr_font * 2 > visible


def _dedupe(chars: list[dict], tol: float = 1.0) -> list[dict]:
    """Drop chars printed twice at (nearly) the same place, as fake bold and shadows do.

    Same job as pdfplumber's dedupe_chars, by hashing positions on a grid of `tol` (text →
    row → column) instead of sorting: a char only looks at the 3×3 grid cells around it.
    Most pages print no char twice: _twice_printed tells so first, in bulk.
    """
    if not _twice_printed(chars, tol):
        return chars
    seen: dict[str, dict[int, dict[int, list[dict]]]] = {}
    out = []
    for c in chars:
        x, y = c["x0"], c["top"]
        gx, gy = int(x // tol), int(y // tol)
        rows = seen.setdefault(c["text"], {})
        if any(_printed_over(o, c, tol) for dy in (-1, 0, 1) for dx in (-1, 0, 1)
               for o in rows.get(gy + dy, {}).get(gx + dx, ())):
            continue
        rows.setdefault(gy, {}).setdefault(gx, []).append(c)
        out.append(c)
    return out


def _twice_printed(chars: list[dict], tol: float) -> bool:
    """Whether two of the chars are one printed twice (_dedupe's test: same text, font and
    size, within `tol` across and down), found without a loop over the chars in Python.

    Two points at most `tol` apart share a cell of width s >= 2 * tol in the grid that starts
    at 0 or in the one shifted by s / 2 (they cannot cross a line of both, s / 2 apart); so a
    pair of such chars shares a (text, column, row) key in one of four grids. Sets of keys
    find the keys held twice; only the chars under those are compared.
    """
    size = 2.2 * tol  # a little over 2 * tol: no rounding of a division splits such a pair
    half = size / 2
    texts = list(map(_TEXT, chars))
    xs, ys = list(map(_X0, chars)), list(map(_TOP, chars))
    # the cells by maps of float methods, no Python-level loop: x // size (a whole float, as
    # good a key as an int), the shifted grid's (x + half) // size
    cell = size.__rfloordiv__
    columns = (list(map(cell, xs)), list(map(cell, map(half.__add__, xs))))
    rows = (list(map(cell, ys)), list(map(cell, map(half.__add__, ys))))
    for column in columns:
        for row in rows:
            if len(set(zip(texts, column, row))) == len(texts):
                continue
            keys = list(zip(texts, column, row))
            twice = {key for key, count in Counter(keys).items() if count > 1}
            shared: dict[tuple, list[dict]] = {}
            for c, key in zip(chars, keys):
                if key in twice:
                    shared.setdefault(key, []).append(c)
            for group in shared.values():
                for i, a in enumerate(group):
                    if any(_printed_over(a, b, tol) for b in group[i + 1:]):
                        return True
    return False


def _printed_over(a: dict, b: dict, tol: float) -> bool:
    """Two chars of the same text (the callers' keys): one printed over the other, in the same
    font and size, within `tol` across and down."""
    return (abs(a["x0"] - b["x0"]) <= tol and abs(a["top"] - b["top"]) <= tol
            and a["fontname"] == b["fontname"] and abs(a["size"] - b["size"]) < 0.05)


_TEXT, _X0, _TOP, _UPRIGHT = itemgetter("text"), itemgetter("x0"), itemgetter("top"), itemgetter("upright")


@dataclass
class _Builder:
    path: str
    entries: list[tuple[int, float, Paragraph | Table]] = field(default_factory=list)
    margin: dict[int, tuple[str, str]] = field(default_factory=dict)  # id(par) -> (zone, key)
    meta: dict[int, tuple[float, float]] = field(default_factory=dict)  # id(par) -> size, bold
    sizes: Counter = field(default_factory=Counter)
    pages: int = 0
    images: int = 0
    ocr_pages: list[int] = field(default_factory=list)
    carried: tuple[list[float], str | None, float] | None = None  # borderless bounds, header, size
    # header lines of the borderless tables so far, with the finest column bounds seen under each
    headers: dict[str, list[float]] = field(default_factory=dict)
    left: float | None = None  # text area seen so far (min x0, max x1 of body lines)
    right: float | None = None
    starts: Counter = field(default_factory=Counter)  # x0 of body lines, to see left alignment
    wrap_spaces: bool = False  # the producer prints the space at each wrap
    wraps: list[int] = field(default_factory=lambda: [0, 0])  # wraps with, without that space
    whole: set[str] = field(default_factory=set)  # words printed whole so far

    def add_page(self, n: int, raw: _PageRaw) -> None:
        self.pages = n
        self.images += raw.images
        if raw.ocr:
            self.ocr_pages.append(n)
        split = raw.split()
        for size, count in raw.sizes.items():  # each of a page's few sizes rounded once
            self.sizes[round(size * 2) / 2] += count
        grids = [t for t, _ in split]
        drafts = [ruled_table(t, runs, raw.segments) for t, runs in split]
        rest = raw.chars
        segs = [s for s in raw.segments if not any(is_border(s, t.cells) for t in grids)]
        lines = build_lines(rest, segs)
        known = [b + 2.0 for bounds in [*self.headers.values(), self.carried[0] if self.carried else []]
                 for b in bounds]  # where the columns of the borderless tables seen so far start
        body, margin = _split_margins(lines, raw.height, known)
        cells = [cell for d in drafts for row in d.rows for cell in row]
        ratio = pitch_ratio([cell.lines for cell in cells] + [body])
        self._weigh_wraps([(cell.lines, cell.right) for cell in cells])
        left, right = self._text_area(body, raw.width)
        body, margin = _table_head_back(body, margin, left, right)
        carried, self.carried = self.carried, None
        drafts, body, self.carried = _text_tables(drafts, body, segs, ratio, left, right,
                                                  None if drafts else carried, self.wrap_spaces,
                                                  self.headers)
        for d in drafts:
            if d.header_text and len(d.bounds) >= len(self.headers.get(d.header_text, ())):
                self.headers[d.header_text] = list(d.bounds)
        self._weigh_wraps([(cell.lines, cell.right) for d in drafts if not d.ruled
                           for row in d.rows for cell in row] + [(body, right)])
        page_lines = body + [ln for d in drafts for row in d.rows for cell in row for ln in cell.lines]
        self.whole |= whole_words(page_lines)
        for d in drafts:
            self.entries.append((n, d.bbox[1], _table(d, n, ratio, self.wrap_spaces, self.whole)))
        tops = sorted(d.bbox[1] for d in drafts)
        runs: dict[int, list[TextLine]] = {}
        for ln in body:
            runs.setdefault(sum(1 for t in tops if t < ln.top), []).append(ln)
        for run in runs.values():
            for group in group_paragraphs(run, left, right, ratio, self.wrap_spaces):
                self._paragraph(n, group)
        for zone_name, ln in margin:
            if _PAGE_NUMBER.match(ln.text.strip()):
                continue
            par = self._paragraph(n, [ln])
            self.margin[id(par)] = (zone_name, re.sub(r"\d+", "#", " ".join(ln.text.lower().split())))

    def _text_area(self, body: list[TextLine], width: float) -> tuple[float, float]:
        """Where body text runs: the lines seen so far, widened to 1in margins until
        left-aligned text has been seen (a title page is all centred)."""
        if body:
            x0, x1 = min(ln.x0 for ln in body), max(ln.x1 for ln in body)
            self.left = x0 if self.left is None else min(self.left, x0)
            self.right = x1 if self.right is None else max(self.right, x1)
            self.starts.update(round(ln.x0) for ln in body)
        left, right = self.left, self.right
        if left is None or right is None or self.starts.most_common(1)[0][1] < 3:
            return min(left or 72.0, 72.0), max(right or 0.0, width - 72.0)
        return left, right

    def _weigh_wraps(self, regions: list[tuple[list[TextLine], float]]) -> None:
        """Does the producer print the space at each wrap (LibreOffice)? Then a line without
        one, where it would have fitted, ends its paragraph (see text.wrap_evidence)."""
        for lines, right in regions:
            printed, missing = wrap_evidence(lines, right)
            self.wraps[0] += printed
            self.wraps[1] += missing
        self.wrap_spaces = self.wraps[0] >= 3 and self.wraps[1] * 4 <= self.wraps[0]

    def _foot_notes(self, body: float) -> set[int]:
        """Paragraphs in print clearly smaller than the body's (under NOTE_SIZE of it) that
        close their page, with nothing under them but such paragraphs and the margins: the
        page's footnotes, also where the call opening them was lost (a scan's tiny "¹"). On a
        page printing a call (a raised number), so is a paragraph there in any size opening
        on that call as a scan reads it ("‘Les actions …": tables.opens_on_lost_call), and, on
        a scanned page, the paragraph right under the page's last table, neither bold nor
        bigger than the body, with nothing under it but headings (over the next page's table)
        and the margins: its own call lost and its size read as the body's ("Les actions som
        présentées en annexe")."""
        pages: dict[int, list[tuple[float, Paragraph | Table]]] = {}
        for n, top, block in self.entries:
            pages.setdefault(n, []).append((top, block))
        out: set[int] = set()
        for n, items in pages.items():
            called = any(raised_number(spans) for _, block in items for spans in _block_spans(block))
            for _, block in sorted(items, key=lambda e: -e[0]):
                if isinstance(block, Paragraph) and id(block) in self.margin:
                    continue
                if isinstance(block, Table) or (self.meta[id(block)][0] >= NOTE_SIZE * body and not (
                        called and opens_on_lost_call(block.text))):
                    break
                out.add(id(block))
            if called and n in self.ocr_pages:
                out |= self._note_read_plain(items, body)
        return out

    def _note_read_plain(self, items: list[tuple[float, Paragraph | Table]], body: float) -> set[int]:
        """The paragraph right under a scanned page's last table, plain, with only headings
        under it (see _foot_notes), or nothing."""
        tables = [top for top, block in items if isinstance(block, Table)]
        if not tables:
            return set()
        under = [block for top, block in sorted(items, key=lambda e: e[0])
                 if top > max(tables) and id(block) not in self.margin and isinstance(block, Paragraph)]
        heading = [_heading_print(*self.meta[id(block)], body) for block in under]
        if not under or heading[0] or not all(heading[1:]):
            return set()
        return {id(under[0])}

    def _paragraph(self, n: int, group: list[TextLine]) -> Paragraph:
        par = to_paragraph(group, n)
        chars = sum(len(ln.chars) for ln in group)
        size = sum(ln.size * len(ln.chars) for ln in group) / max(chars, 1)
        self.meta[id(par)] = (size, min(ln.bold_share for ln in group))
        self.entries.append((n, group[0].top, par))
        return par

    def finish(self) -> Document:
        if not self.sizes and self.images:
            raise PdfReadError(self.path, _OCR_EMPTY if self.ocr_pages else _OCR)
        seen: dict[tuple[str, str], set[int]] = {}
        for n, _, block in self.entries:
            key = self.margin.get(id(block))
            if key is not None:
                seen.setdefault(key, set()).add(n)
        need = max(2, math.ceil(0.5 * self.pages))
        repeated = {k for k, pages in seen.items() if len(pages) >= need}
        body_size = self.sizes.most_common(1)[0][0] if self.sizes else 0.0
        notes = self._foot_notes(body_size)
        blocks: list[Paragraph | Table] = []
        for n, _, block in sorted(self.entries, key=lambda e: (e[0], e[1])):
            if isinstance(block, Paragraph):
                zone = self.margin.get(id(block))
                if zone in repeated:
                    continue
                block.style = "Footnote" if id(block) in notes else _style(block, n, *self.meta[id(block)],
                                                                            body_size)
                if zone is not None and not block.style:
                    # set apart at the page's top or foot, and not repeated as such (a running
                    # title or page number the OCR read another way): a header or a footer
                    block.style = "Header" if zone[0] == "top" else "Footer"
            blocks.append(block)
        doc = Document(path=self.path, format="pdf", blocks=blocks, pages=self.pages,
                       ocr_pages=self.ocr_pages)
        if self.ocr_pages:
            from bilan.extract.pdf.respell import respell
            respell(doc)
        return doc


def _split_margins(lines: list[TextLine], height: float, columns: list[float] | tuple = ()
                   ) -> tuple[list[TextLine], list[tuple[str, TextLine]]]:
    """Body lines, and the lines in the top or bottom margin zone set apart from the body.

    A margin line lies wholly in the top or bottom MARGIN share of the page (twice that for a
    page number: wide page margins print it higher), is not a table row (`_row_like`) nor
    starts where a column of a borderless table seen so far starts (`columns`: the rest of a
    cell at the page foot; the zone ends there), with a gap of at least 0.8 of its font
    size between it (or the margin lines next to it) and the body text: body text that starts
    high on a page is not taken for a running header.
    """
    ordered = sorted(lines, key=lambda ln: ln.top)
    margin: list[tuple[str, TextLine]] = []
    taken: set[int] = set()
    for name, seq in (("top", ordered), ("bottom", ordered[::-1])):
        block: list[TextLine] = []
        for ln in seq:
            number = bool(_PAGE_NUMBER.match(ln.text.strip()))
            zone = (2 if number else 1) * MARGIN * height
            inside = ln.bottom <= zone if name == "top" else ln.top >= height - zone
            if id(ln) in taken or not inside or not number and (
                    _row_like(ln) or any(abs(ln.x0 - c) <= 1.5 for c in columns)):
                break
            block.append(ln)
        # keep the block up to its last big gap towards the body
        for cut in range(len(block), 0, -1):
            edge = block[cut - 1]
            nxt = seq[cut] if cut < len(seq) else None
            gap = (nxt.top - edge.bottom if name == "top" else edge.top - nxt.bottom) if nxt else 1e9
            if gap >= 0.8 * edge.size:
                margin.extend((name, ln) for ln in block[:cut])
                taken.update(id(ln) for ln in block[:cut])
                break
    return [ln for ln in lines if id(ln) not in taken], margin


def _row_like(line: TextLine) -> bool:
    """Words in separate runs, as cells of a table row, none of them a page number: body
    text (a row at the page foot), not a running header or footer."""
    runs = word_runs(line)
    return len(runs) >= 2 and not any(_PAGE_NUMBER.match(r) for r in runs)


def _table_head_back(body: list[TextLine], margin: list[tuple[str, TextLine]], left: float,
                     right: float) -> tuple[list[TextLine], list[tuple[str, TextLine]]]:
    """A table's header row printed high on a page is not a running header: a top-margin line
    that reads as a table header over the lines below it goes back to the body, with the
    margin lines under it."""
    top = sorted((ln for zone, ln in margin if zone == "top"), key=lambda ln: ln.top)
    for i, ln in enumerate(top):
        if reads_as_header(ln, top[i + 1:] + body[:30], left, right):
            back = {id(x) for x in top[i:]}
            body = sorted(body + top[i:], key=lambda x: (x.base, x.x0))
            return body, [(zone, x) for zone, x in margin if id(x) not in back]
    return body, margin


def _text_tables(drafts: list[TableDraft], body: list[TextLine], segs: list[Segment],
                 ratio: float, left: float, right: float,
                 carried: tuple[list[float], str | None, float] | None, wrap_spaces: bool,
                 headers: dict[str, list[float]] | None = None):
    """Add the tables drawn without borders to a page's ruled ones.

    A one-row ruled grid (a shaded or boxed header row) takes the borderless rows under it;
    then header lines with aligned text below make borderless tables, and a borderless table
    that ran to the end of the previous page may go on at the top of this one (`carried`).
    Returns the drafts, the body lines left over, and what to carry to the next page.
    """
    out = []
    for d in drafts:
        ext = extend_header_row(d, body, segs, ratio, wrap_spaces)
        if ext is None:
            out.append(d)
            continue
        draft, a, b = ext
        out.append(draft)
        body = body[:a] + body[b:]
    found = find_borderless(body, segs, ratio, left, right, *(carried or (None, None, None)),
                            wrap_spaces=wrap_spaces, headers=headers)
    used: set[int] = set()
    carry = None
    for draft, a, b in found:
        out.append(draft)
        used.update(range(a, b))
        if b == len(body):  # ran to the page's end: may go on at the next page's top
            head = draft.header_text if draft.header_text is not None else (
                carried[1] if carried else None)
            sizes = sorted(ln.size for row in draft.rows[1 if draft.header_text else 0:]
                           for cell in row for ln in cell.lines) or [0.0]
            carry = (draft.bounds, head, sizes[len(sizes) // 2])
    out.sort(key=lambda d: d.bbox[1])
    return out, [ln for i, ln in enumerate(body) if i not in used], carry


def _block_spans(block: Paragraph | Table) -> Iterator[list]:
    """The spans of each line of a paragraph, or of a table's cells."""
    pars = [block] if isinstance(block, Paragraph) else [
        p for row in block.rows for cell in row.cells for p in cell.paragraphs]
    for par in pars:
        for line in par.lines:
            yield line.spans


def _style(par: Paragraph, page: int, size: float, bold: float, body: float) -> str:
    if not body:
        return ""
    if page == 1 and size >= 1.4 * body:
        return "Title"
    if len(par.lines) <= 2 and len(par.text) <= 150 and _heading_print(size, bold, body):
        return "Heading"
    return ""


def _heading_print(size: float, bold: float, body: float) -> bool:
    """Print set as a heading's: clearly bigger than the body's, or all bold."""
    return size >= 1.15 * body or bold == 1.0


def _table(d: TableDraft, n: int, ratio: float, wrap_spaces: bool, whole: set[str]) -> Table:
    rows = []
    for draft_row in d.rows:
        cells = [_cell(c, n, ratio, wrap_spaces, whole) for c in draft_row]
        rows.append(Row(cells=cells, page_start=n, page_end=n))
    return Table(rows=rows, page_start=n, page_end=n, ruled=d.ruled)


def _cell(c: CellDraft, n: int, ratio: float, wrap_spaces: bool, whole: set[str]) -> Cell:
    # the cell's text area: a ruled cell's from its borders, a borderless one's from its column
    exact = (c.left, c.right) if c.exact or c.right > c.left else (None, None)
    paragraphs = [to_paragraph(g, n, *exact, whole=whole, exact=c.exact, reach=c.reach)
                  for g in group_paragraphs(c.lines, c.left, c.right, ratio, wrap_spaces)]
    cell = Cell(paragraphs=paragraphs, page=n, merged=c.merged and not paragraphs,
                x0=round(c.x0, 2), x1=round(c.x1, 2), top=round(c.top, 2), bottom=round(c.bottom, 2))
    words: dict[object, tuple[float, str]] = {}  # OCR words, once each, in reading order
    for ln in c.lines:
        for ch in ln.chars:
            if "ocr_conf" in ch:
                words.setdefault(ch["ocr_word_id"], (ch["ocr_conf"], ch["ocr_word"]))
    if words:
        from bilan.extract.pdf.ocr import LOW_CONFIDENCE

        cell.ocr_confidence = round(min(conf for conf, _ in words.values()), 1)
        cell.ocr_doubtful = [text for conf, text in words.values() if conf < LOW_CONFIDENCE]
    return cell

