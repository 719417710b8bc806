"""Word (.docx) reader: python-docx into the document model.

python-docx repeats the same cell object for every grid slot a merged cell covers and leaves
list bullets out of `paragraph.text`, so the table grid and list marks are read from the XML.
"""

from __future__ import annotations

import os
from typing import Any

from extract.model import Cell, Document, Paragraph, Row, Span, Table, Line

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


# A real bilan's document.xml is a few MB at most. Past these limits a package is refused
# before anything is expanded: a "zip bomb" of a few KB can inflate to gigabytes.
MAX_UNCOMPRESSED = 256 * 1024 * 1024  # bytes, all members together
MAX_RATIO = 200  # uncompressed / compressed size of any member larger than 1 MB
MAX_MEMBERS = 10_000


class DocxReadError(ValueError):
    """A file python-docx cannot read as a Word document; the message is one line."""


def check_package(path: str | os.PathLike[str]) -> None:
    """Refuse a zip whose declared sizes could exhaust memory, before expanding it."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except zipfile.BadZipFile:
        raise DocxReadError("corrupt zip archive (truncated or damaged Word file)") from None
    if len(infos) > MAX_MEMBERS:
        raise DocxReadError(f"refused: {len(infos)} parts in the archive (limit {MAX_MEMBERS})")
    total = sum(i.file_size for i in infos)
    if total > MAX_UNCOMPRESSED:
        raise DocxReadError(f"refused: expands to {total // (1024 * 1024)} MB "
                            f"(limit {MAX_UNCOMPRESSED // (1024 * 1024)} MB), a likely zip bomb")
    for info in infos:
        if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise DocxReadError(f"refused: part {info.filename} is compressed {info.file_size // max(info.compress_size, 1)}:1 "
                                f"(limit {MAX_RATIO}:1), a likely zip bomb")


def read_docx(path: str | os.PathLike[str]) -> Document:
    import docx  # python-docx; imported here so `bilan --help` stays fast
    from docx.text.paragraph import Paragraph as DocxParagraph

    check_package(path)
    try:
        document = docx.Document(os.fspath(path))
    except Exception as exc:  # python-docx raises many types for a bad package
        raise DocxReadError(f"not a readable Word document ({_reason(exc)})") from None

    blocks: list[Paragraph | Table] = []
    body = document.element.body
    for child in body.iterchildren():
        if child.tag == _w("p"):
            blocks.append(_paragraph(DocxParagraph(child, document)))
        elif child.tag == _w("tbl"):
            blocks.append(_table(child, document, DocxParagraph))
        elif child.tag == _w("sdt"):  # content controls wrap ordinary paragraphs
            for p in child.iter(_w("p")):
                blocks.append(_paragraph(DocxParagraph(p, document)))
    return Document(path=os.fspath(path), format="docx", blocks=blocks, pages=None)


def _reason(exc: Exception) -> str:
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text[:200]


def _paragraph(p: Any) -> Paragraph:
    spans: list[Span] = []
    for item in p.iter_inner_content():
        runs = item.runs if hasattr(item, "runs") else [item]  # a hyperlink holds runs
        for run in runs:
            text = run.text
            if not text:
                continue
            font = run.font
            spans.append(Span(
                text=text,
                underline=bool(run.underline),
                superscript=bool(font.superscript),
                italic=bool(run.italic),
                bold=bool(run.bold),
            ))
    style = ""
    try:
        style = p.style.name if p.style is not None else ""
    except (KeyError, ValueError):
        style = ""
    return Paragraph(lines=[Line(spans=spans)], list_item=_is_list(p, style), style=style or "")


def _is_list(p: Any, style: str) -> bool:
    ppr = p._p.pPr
    if ppr is not None and ppr.numPr is not None:
        num_id = ppr.numPr.numId
        return num_id is None or num_id.val != 0  # numId 0 switches numbering off
    return style.lower().startswith(("list bullet", "list number"))


def _table(tbl: Any, document: Any, para_cls: Any) -> Table:
    rows: list[Row] = []
    for tr in tbl.iterchildren(_w("tr")):
        cells: list[Cell] = []
        for tc in tr.iterchildren(_w("tc")):
            tcpr = tc.find(_w("tcPr"))
            span = 1
            continued = False
            if tcpr is not None:
                grid = tcpr.find(_w("gridSpan"))
                if grid is not None:
                    span = max(1, int(grid.get(_w("val"), "1")))
                vmerge = tcpr.find(_w("vMerge"))
                if vmerge is not None and vmerge.get(_w("val"), "continue") == "continue":
                    continued = True
            if continued:
                cells.append(Cell(merged=True))
            else:
                paragraphs = [_paragraph(para_cls(p, document)) for p in tc.iter(_w("p"))]
                cells.append(Cell(paragraphs=[p for p in paragraphs if p.text.strip()]))
            cells.extend(Cell(merged=True) for _ in range(span - 1))
        trpr = tr.find(_w("trPr"))
        header = False
        if trpr is not None:
            flag = trpr.find(_w("tblHeader"))
            header = flag is not None and flag.get(_w("val"), "true") not in ("0", "false")
        rows.append(Row(cells=cells, repeat_header=header))
    return Table(rows=rows, ruled=True)
