"""`bilan inspect`: read one file and normalize it exactly as `convert` does, then have
outputs/inspect.py draw what each stage found (pictures, tree.txt, index.html).

When a row comes out wrong, the cause lies in one stage: a cell read badly, a bullet not seen,
a heading taken for an item, a date not read. The reader and normalize/ are called here as
`convert` calls them, so what is drawn is what the dataset holds.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from bilan.outputs.inspect import DEFAULT_RESOLUTION

__all__ = ["DEFAULT_RESOLUTION", "Inspection", "inspect_file"]


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
                 password: str | None = None, ocr: str = "auto", ocr_lang: str = "fra",
                 pdf_engine: str | None = None, columns: dict[str, str] | None = None,
                 resolution: int = DEFAULT_RESOLUTION) -> Inspection:
    """Write the pictures (PDF), tree.txt and index.html of one file into out_dir.

    Raises extract.ReadError when the file cannot be read; a file with no bilan table is still
    drawn (its tables outlined), with `error` saying why no action came out.
    """
    from bilan.extract import read
    from bilan.normalize.document import NoBilanTable, normalize_document
    from bilan.outputs.inspect import write_inspection
    from bilan.outputs.inspect_found import gather

    name = Path(path).name
    doc = read(path, password=password, ocr=ocr, ocr_lang=ocr_lang, pdf_engine=pdf_engine)
    error = None
    try:
        converted = normalize_document(doc, name, columns, trace=True)
    except NoBilanTable as exc:
        converted, error = None, str(exc)
    found = gather(doc, name, converted, columns)
    names, pictures = write_inspection(found, path, out_dir, pdf=doc.format == "pdf",
                                       password=password, resolution=resolution)
    return Inspection(names, pictures, len(converted.actions) if converted else 0,
                      len(converted.followups) if converted else 0, len(found.anomalies), error)
