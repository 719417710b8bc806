"""The Python face: `bilan.convert(paths)` gives the dataset, as rows and as DataFrames."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from normalize.records import Dataset

if TYPE_CHECKING:
    import pandas as pd


@dataclass
class Result:
    """A conversion: the contract's tables as record lists (`dataset`) or DataFrames."""

    dataset: Dataset
    failed: list[tuple[str, str]]  # (document, error)

    def frame(self, stem: str) -> "pd.DataFrame":
        from outputs.frames import to_frame
        return to_frame(self.dataset, stem)

    def __getattr__(self, stem: str) -> "pd.DataFrame":
        if stem in ("documents", "actions", "followups", "extras", "anomalies", "coverage",
                    "coverage_by_objective", "timeline"):
            return self.frame(stem)
        raise AttributeError(stem)

    def write(self, folder: str | os.PathLike[str], **options: Any) -> list[str]:
        """Write the contract folder; returns the file names written."""
        from outputs import write_folder
        return write_folder(self.dataset, folder, **options)


def convert(paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]], *,
            password: str | None = None, columns: dict[str, str] | None = None,
            recursive: bool = False,
            on_file: Callable[[str, str | None], None] | None = None) -> Result:
    """Convert files and folders into one dataset, documents in input order.

    `on_file(document, error)` is called after each file (error None when it converted).
    """
    from bilan.inputs import document_names, expand
    from bilan.pipeline import convert_file

    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    files = expand([os.fspath(p) for p in paths], recursive=recursive)
    dataset = Dataset()
    failed: list[tuple[str, str]] = []
    for path, name in zip(files, document_names(files)):
        converted = convert_file(Path(path), name, password=password, columns=columns)
        dataset.add(converted)
        error = converted.document.error if converted.document.status == "error" else None
        if error is not None:
            failed.append((name, error))
        if on_file is not None:
            on_file(name, error)
    return Result(dataset=dataset, failed=failed)
