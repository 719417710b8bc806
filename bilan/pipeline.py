"""One file through the three stages, with every failure turned into a one-line error."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from bilan.normalize.records import Converted, DocumentRow, NoBilanTable


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def convert_file(path: Path, name: str, *, password: str | None = None, ocr: str = "auto",
                 ocr_lang: str = "fra", pdf_engine: str | None = None,
                 columns: dict[str, str] | None = None,
                 on_read: Callable[[], None] | None = None) -> Converted:
    """Convert one file; a failure gives a DocumentRow with status `error`, never an exception.

    `on_read` is called when the file is read, before it is normalized."""
    from bilan.extract import ReadError, read, sniff_format

    row = DocumentRow(document=name, status="error")
    try:
        row.format = sniff_format(path)
        row.sha256 = sha256_of(path)
        # the rules are imported while a PDF's page workers start (or here, after reading)
        doc = read(path, password=password, ocr=ocr, ocr_lang=ocr_lang, pdf_engine=pdf_engine,
                   idle=_load_rules)
        if on_read is not None:
            on_read()
        from bilan.normalize.document import normalize_document
        from bilan.outputs.aside import in_halves
        converted = normalize_document(doc, name, columns, in_parts=in_halves)
    except (ReadError, NoBilanTable) as exc:
        row.error = one_line(str(exc))
        return Converted(document=row)
    except MemoryError:
        row.error = "out of memory while reading the file"
        return Converted(document=row)
    except Exception as exc:  # a reader bug must not stop the batch
        row.error = one_line(f"unexpected error while reading ({type(exc).__name__}: {exc})")
        return Converted(document=row)
    converted.document.sha256 = row.sha256
    converted.document.format = row.format
    return converted


def _load_rules() -> None:
    import bilan.normalize.document  # noqa: F401


def one_line(text: str) -> str:
    """An error as one line of at most 300 characters."""
    return " ".join(text.split())[:300]
