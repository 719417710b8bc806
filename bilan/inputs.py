"""Which files a command line names, and what each is called in the dataset."""

from __future__ import annotations

import os
from pathlib import Path

SUFFIXES = (".pdf", ".docx", ".doc", ".odt")


def expand(inputs: list[str], *, recursive: bool = False) -> list[Path]:
    """Files in input order; a folder gives its bilan files sorted by path.

    Hidden files and Office lock files (~$...) are skipped; a named path that does not exist
    is kept, so that it is reported as failed rather than silently dropped.
    """
    out: list[Path] = []
    for given in inputs:
        path = Path(given)
        if path.is_dir():
            pattern = "**/*" if recursive else "*"
            found = [p for p in path.glob(pattern)
                     if p.is_file() and p.suffix.lower() in SUFFIXES
                     and not any(part.startswith((".", "~$")) for part in p.relative_to(path).parts)]
            out.extend(sorted(found))
        else:
            out.append(path)
    return out


def document_names(paths: list[Path]) -> list[str]:
    """The file name, or when names clash the shortest trailing path that tells them apart."""
    parts = [Path(os.path.abspath(p)).parts for p in paths]
    names = []
    for i, mine in enumerate(parts):
        for depth in range(1, len(mine) + 1):
            tail = mine[-depth:]
            if all(other[-depth:] != tail for j, other in enumerate(parts) if j != i):
                break
        names.append("/".join(tail))
    return names
