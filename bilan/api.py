"""The Python face: `bilan.convert(paths)` gives the dataset, as rows and as DataFrames."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bilan.normalize.records import Converted, Dataset

if TYPE_CHECKING:
    import pandas as pd


@dataclass
class Result:
    """A conversion: the contract's tables as record lists (`dataset`) or DataFrames."""

    dataset: Dataset
    failed: list[tuple[str, str]]  # (document, error)

    def frame(self, stem: str) -> "pd.DataFrame":
        from bilan.outputs.frames import to_frame
        return to_frame(self.dataset, stem)

    def __getattr__(self, stem: str) -> "pd.DataFrame":
        from bilan.outputs.schema import SCHEMA
        if stem in SCHEMA:
            return self.frame(stem)
        raise AttributeError(stem)

    def write(self, folder: str | os.PathLike[str], **options: Any) -> list[str]:
        """Write the contract folder; returns the file names written."""
        from bilan.outputs import write_folder
        return write_folder(self.dataset, folder, **options)


def convert(paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]], *,
            password: str | None = None, ocr: str = "auto", ocr_lang: str = "fra",
            pdf_engine: str | None = None, columns: dict[str, str] | None = None, recursive: bool = False,
            jobs: int | None = None, timeout: float | None = None, max_memory: int | None = None,
            on_file: Callable[[str, str | None], None] | None = None,
            series: dict[str, str] | Iterable[tuple[str, str]] | None = None,
            links: str | os.PathLike[str] | Iterable[Any] | None = None,
            names: list[str] | None = None) -> Result:
    """Convert files and folders into one dataset, documents in input order.

    `series` ({name: glob} or (name, glob) pairs) puts the documents whose name matches a glob
    in that series whatever their title; `links` (a corrections CSV, or LinkRule objects)
    forces or forbids links between actions of a series (`result.tracks`).

    By default every file is read in this process. `jobs`, `timeout` (seconds per file) or
    `max_memory` (MB per file) read each file in a child process instead, `jobs` at a time,
    cut off past those limits. `on_file(document, error)` is called as each file finishes
    (error None when it converted). `names`, one per file, name the documents instead of
    their paths (files stored under other names, e.g. uploads). `ocr` ("auto", "always", "never")
    and `ocr_lang` say when and in which language(s) Tesseract reads PDF pages from their image.
    `pdf_engine` ("pdfium", the default, or "pdfminer") reads PDF characters and lines
    (see extract/pdf/chars_pdfium.py); pdfminer is slower, and kept for a file where the two differ.
    """
    from bilan.inputs import document_names, expand
    from bilan.pipeline import convert_file

    if ocr not in ("never", "auto", "always"):
        raise ValueError(f"ocr must be 'never', 'auto' or 'always', not {ocr!r}")
    if pdf_engine not in (None, "pdfminer", "pdfium"):
        raise ValueError(f"pdf_engine must be 'pdfminer' or 'pdfium', not {pdf_engine!r}")

    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    files = expand([os.fspath(p) for p in paths], recursive=recursive)
    if names is not None and len(names) != len(files):
        raise ValueError(f"{len(names)} names for {len(files)} files")
    tasks = [(Path(p), name) for p, name in zip(files, names if names is not None else document_names(files))]
    options = {"password": password, "ocr": ocr, "ocr_lang": ocr_lang, "pdf_engine": pdf_engine,
               "columns": columns}

    def done(converted: Converted) -> None:
        if on_file is not None:
            doc = converted.document
            on_file(doc.document, doc.error if doc.status == "error" else None)

    if jobs is None and timeout is None and max_memory is None:
        results: Iterable[Converted] = (_tap(convert_file(path, name, **options), done)
                                        for path, name in tasks)
    else:
        from bilan.workers import convert_isolated
        results = convert_isolated(tasks, jobs=jobs or 1, timeout=timeout, memory_mb=max_memory,
                                   options=options, on_done=lambda _i, c: done(c), idle=_import_writers)
    dataset = Dataset()
    if series:
        dataset.series = list(series.items() if isinstance(series, dict) else series)
    if links is not None:
        from bilan.tracks_io import read_links
        dataset.link_rules = read_links(links) if isinstance(links, (str, os.PathLike)) else list(links)
    for converted in results:
        dataset.add(converted)
    failed = [(d.document, d.error) for d in dataset.documents if d.status == "error"]
    return Result(dataset=dataset, failed=failed)


def _import_writers() -> None:
    """Import what Result.write needs (openpyxl takes a few tenths of a second): run while the
    child processes read the files, this process having nothing else to do then."""
    import bilan.normalize.tracks  # noqa: F401
    import bilan.outputs.excel
    import bilan.outputs.report  # noqa: F401

    bilan.outputs.excel.load_openpyxl()


def _tap(converted: Converted, done: Callable[[Converted], None]) -> Converted:
    done(converted)
    return converted
