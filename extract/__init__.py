"""Readers: one per format, each turning a file into the plain document model.

`read()` picks the reader from the file's bytes, not its extension, because files in shared
drives are often misnamed.
"""

from __future__ import annotations

import os
import zipfile
from collections.abc import Callable

from bilan.extract.model import Document

__all__ = ["ReadError", "read", "sniff_format", "Document"]


class ReadError(Exception):
    """A file that cannot be read; the message is one line naming the cause."""


def sniff_format(path: str | os.PathLike[str]) -> str:
    """Return 'pdf', 'docx', 'odt' or 'doc' from the leading bytes, or raise ReadError."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(1024)
    except FileNotFoundError:
        raise ReadError("file not found") from None
    except IsADirectoryError:
        raise ReadError("is a folder, not a file") from None
    except PermissionError:
        raise ReadError("permission denied") from None
    except OSError as exc:
        raise ReadError(f"cannot open ({exc.strerror or exc})") from None
    if not head:
        raise ReadError("empty file")
    if b"%PDF-" in head:
        return "pdf"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "doc"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(path) as zf:
                names = set(zf.namelist())
                if "word/document.xml" in names:
                    return "docx"
                if "mimetype" in names and zf.read("mimetype").startswith(
                        b"application/vnd.oasis.opendocument.text"):
                    return "odt"
        except (zipfile.BadZipFile, NotImplementedError):  # damaged: odd version or method fields
            raise ReadError("corrupt zip archive (truncated or damaged Word file)") from None
        raise ReadError("a zip archive that is not a Word document")
    ext = os.path.splitext(os.fspath(path))[1].lower()
    what = {".pdf": "PDF", ".docx": "Word document"}.get(ext)
    if what:
        raise ReadError(f"not a {what}: its content does not match the {ext} extension")
    raise ReadError("not a PDF or Word document")


def read(path: str | os.PathLike[str], *, password: str | None = None, ocr: str = "auto",
         ocr_lang: str = "fra", pdf_engine: str | None = None,
         idle: Callable[[], object] | None = None) -> Document:
    """Read a bilan file of any supported format into the document model; `ocr`, `ocr_lang`
    and `pdf_engine` apply to PDF pages (see extract/pdf/__init__.py). `idle` is work the
    caller needs next (importing the next stage, say): a PDF read by page workers runs it
    while they start; otherwise it is not run."""
    fmt = sniff_format(path)
    if fmt == "docx":
        from bilan.extract.docx import DocxReadError, read_docx
        try:
            return read_docx(path)
        except DocxReadError as exc:
            raise ReadError(str(exc)) from None
    if fmt == "pdf":
        from bilan.extract import pdf
        try:
            return pdf.read_pdf(path, password=password, ocr=ocr, ocr_lang=ocr_lang,
                                engine=pdf_engine, idle=idle)
        except pdf.PdfReadError as exc:
            raise ReadError(exc.reason if hasattr(exc, "reason") else str(exc)) from None
    if fmt in ("doc", "odt"):
        from bilan.extract.docx import DocxReadError
        from bilan.extract.legacy import LegacyReadError, read_legacy
        try:
            return read_legacy(path, fmt)
        except (LegacyReadError, DocxReadError) as exc:
            raise ReadError(str(exc)) from None
    raise ReadError(f"{fmt} files are not supported yet: save it as .docx or PDF")
