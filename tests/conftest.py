from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
DATA = Path(__file__).resolve().parent / "data"


def read_rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def diff_rows(expected: list[dict], got: list[dict], fields: list[str]) -> list[str]:
    """Every field that differs, row by row: an empty list when the rows are as expected."""
    problems = []
    if len(expected) != len(got):
        problems.append(f"{len(got)} rows, expected {len(expected)}")
    for n, (e, g) in enumerate(zip(expected, got), start=1):
        for f in fields:
            if e[f] != g[f]:
                problems.append(f"row {n} {f}: expected {e[f]!r}, got {g[f]!r}")
    return problems


def run_bilan(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run the command as a user does, in a child process."""
    return subprocess.run([sys.executable, "-m", "bilan", *args], capture_output=True, text=True,
                          cwd=cwd, timeout=300)


def converted(tmp_path_factory: pytest.TempPathFactory, source: Path) -> Path:
    """The output folder of `bilan convert SOURCE`, which must succeed."""
    out = tmp_path_factory.mktemp(source.stem)
    proc = run_bilan("convert", str(source), "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    return out


@pytest.fixture(scope="session")
def docx_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return converted(tmp_path_factory, SAMPLES / "bilan-2006-2008.docx")
