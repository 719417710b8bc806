"""Word (.docx) reader: python-docx opens the package, extract/wordml.py reads the text.

python-docx's `paragraph.runs` sees only the direct runs and hyperlinks of a paragraph and
`table.rows` only direct rows: text in a tracked insertion, a move, a smart tag, a field, custom
XML or a content control would be lost, and so would rows or tables in a content control.
Files as people save them hold all of these, so the body's XML is walked instead.
"""

from __future__ import annotations

import os

from bilan.extract.model import Document

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
    except (zipfile.BadZipFile, NotImplementedError):  # damaged: odd version or method fields
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

    from bilan.extract.wordml import read_body

    check_package(path)
    try:
        document = docx.Document(os.fspath(path))
    except Exception as exc:  # python-docx raises many types for a bad package
        raise DocxReadError(f"not a readable Word document ({_reason(exc)})") from None
    blocks = read_body(document.element.body, _style_names(document))
    return Document(path=os.fspath(path), format="docx", blocks=blocks, pages=None)


def _reason(exc: Exception) -> str:
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text[:200]


def _style_names(document) -> dict[str | None, str]:
    """Paragraph style id -> the name Word shows; key None is the default paragraph style."""
    from docx.enum.style import WD_STYLE_TYPE

    names: dict[str | None, str] = {None: ""}
    for style in document.styles:
        try:
            if style.type == WD_STYLE_TYPE.PARAGRAPH and style.style_id:
                names[style.style_id] = style.name or ""
        except (KeyError, ValueError, AttributeError):
            continue
    try:
        default = document.styles.default(WD_STYLE_TYPE.PARAGRAPH)
        if default is not None:
            names[None] = default.name or ""
    except (KeyError, ValueError, AttributeError):
        pass
    return names
