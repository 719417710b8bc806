"""The plain document model every reader produces and normalize/ consumes.

Readers (one per format) fill it with what the page shows and where; they apply no business
rule. Positions are PDF points from the top-left of the page; DOCX has none.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field


@dataclass
class Span:
    """A run of text with the marks normalize needs (channels are underlined, "er" raised)."""

    text: str
    underline: bool = False
    superscript: bool = False
    italic: bool = False
    bold: bool = False


@dataclass
class Line:
    """One visual line (PDF) or one whole paragraph's text (DOCX)."""

    spans: list[Span] = field(default_factory=list)
    page: int | None = None
    x0: float | None = None
    x1: float | None = None
    top: float | None = None
    bottom: float | None = None

    @property
    def text(self) -> str:
        """Its spans' texts (read for every line at each stage: a line has mostly one span)."""
        spans = self.spans
        return spans[0].text if len(spans) == 1 else "".join([s.text for s in spans])


@dataclass
class Paragraph:
    """A paragraph: one line in DOCX, the wrapped lines of one paragraph in PDF.

    `list_item` is a Word list paragraph (its bullet or number is not in the text).
    `style` is the source's style name where it has one ("Heading 1", "Title", ...).
    """

    lines: list[Line] = field(default_factory=list)
    list_item: bool = False
    style: str = ""
    page: int | None = None
    ocr_respelled: list[tuple[str, str]] = field(default_factory=list)  # as in Cell

    @property
    def text(self) -> str:
        return " ".join(line.text for line in self.lines)

    @property
    def spans(self) -> list[Span]:
        return [s for line in self.lines for s in line.spans]


@dataclass
class Cell:
    """A table cell. `merged` marks a grid slot covered by a merged neighbour (no text).

    Read by OCR, `ocr_confidence` is its least sure word's confidence (0-100) and `ocr_doubtful`
    the words read with low confidence, in reading order; None and empty otherwise.
    `ocr_respelled` holds the (as read, as set right) text of each span the reader set right
    (extract/pdf/respell.py).
    """

    paragraphs: list[Paragraph] = field(default_factory=list)
    page: int | None = None
    merged: bool = False
    x0: float | None = None
    x1: float | None = None
    top: float | None = None
    bottom: float | None = None
    ocr_confidence: float | None = None
    ocr_doubtful: list[str] = field(default_factory=list)
    ocr_respelled: list[tuple[str, str]] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.paragraphs)


@dataclass
class Row:
    """A table row, one cell per grid column. `repeat_header` is Word's "repeat as header row"."""

    cells: list[Cell] = field(default_factory=list)
    page_start: int | None = None
    page_end: int | None = None
    repeat_header: bool = False


@dataclass
class Table:
    """A table as the source draws it; a PDF gives one fragment per page, joined in normalize/."""

    rows: list[Row] = field(default_factory=list)
    page_start: int | None = None
    page_end: int | None = None
    ruled: bool = True


Block = Paragraph | Table


@dataclass
class Document:
    """A whole file in reading order; `ocr_pages` are the pages read from their image."""

    path: str
    format: str
    blocks: list[Block] = field(default_factory=list)
    pages: int | None = None
    ocr_pages: list[int] = field(default_factory=list)

    @property
    def tables(self) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table)]

    def paragraphs(self) -> Iterator[Paragraph]:
        """Every paragraph in reading order, those of table cells included."""
        for block in self.blocks:
            if isinstance(block, Paragraph):
                yield block
            else:
                for row in block.rows:
                    for cell in row.cells:
                        yield from cell.paragraphs
