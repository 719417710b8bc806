"""`bilan inspect`: what the reader found in one file, and how each action row was cut.

When a row comes out wrong, the cause lies in one stage: a cell read badly, a bullet not seen,
a heading taken for an item, a date not read. Seeing every stage's result on the page itself
finds it at a glance. PDF pages become PNG pictures with cells, actions, follow-up items,
channel headings, "(suite)" markers, dates read and anomalies drawn on them; every format gets
tree.txt (the document model as an indented text tree, with what each row and paragraph
became) and index.html (pages and anomalies). The reader and normalize/ are called exactly as
`convert` calls them, so what is drawn is what the dataset holds; nothing here decides.
What a user reads here is French, like rapport.html.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from outputs.inspect_found import DEFAULT_RESOLUTION, LEFT_BAND, gather
from outputs.inspect_pictures import render_pages
from outputs.inspect_text import index_html, tree_text

__all__ = ["DEFAULT_RESOLUTION", "LEFT_BAND", "Inspection", "inspect_file"]

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
                 columns: dict[str, str] | None = None,
                 resolution: int = DEFAULT_RESOLUTION) -> Inspection:
    """Write the pictures (PDF), tree.txt and index.html of one file into out_dir.

    Raises extract.ReadError when the file cannot be read; a file with no bilan table is still
    drawn (its tables outlined), with `error` saying why no action came out.
    """
    from extract import read
    from normalize.document import NoBilanTable, normalize_document
    from outputs.files import publish, staging

    name = Path(path).name
    doc = read(path, password=password, ocr=ocr, ocr_lang=ocr_lang)
    error = None
    try:
        converted = normalize_document(doc, name, columns, trace=True)
    except NoBilanTable as exc:
        converted, error = None, str(exc)
    found = gather(doc, name, converted, columns)
    out = Path(out_dir)
    with staging(out) as tmp:
        pictures = render_pages(found, path, tmp, password=password, resolution=resolution) \
            if doc.format == "pdf" else []
        (tmp / "tree.txt").write_text(tree_text(found), encoding="utf-8")
        (tmp / "index.html").write_text(index_html(found, pictures), encoding="utf-8")
        names = [*pictures, "tree.txt", "index.html"]
        publish(tmp, out, names)
    return Inspection(names, len(pictures), len(converted.actions) if converted else 0,
                      len(converted.followups) if converted else 0, len(found.anomalies), error)
