"""Atomic writes: every file goes to a temporary name in the same folder, then is renamed."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def staging(out_dir: Path) -> Iterator[Path]:
    """A scratch folder inside out_dir; removed whatever happens, so nothing half-written stays."""
    out_dir.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".bilan-", dir=out_dir))
    try:
        yield tmp
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def publish(staged: Path, out_dir: Path, names: list[str]) -> None:
    """Move finished files into place, each by an atomic rename (same file system)."""
    for name in names:
        os.replace(staged / name, out_dir / name)


def write_text(path: Path, writer: Callable[[object], None], encoding: str = "utf-8") -> None:
    with open(path, "w", encoding=encoding, newline="") as fh:
        writer(fh)
