#!/usr/bin/env python3
"""Compare the two PDF engines (pdfminer, pdfium) on every PDF of some folders.

Each PDF is converted twice, in this process, with `pdf_engine="pdfminer"` and "pdfium"; the
dataset's CSV files are written by both and compared byte for byte. A file either engine
cannot read is reported with its one-line error (the same error from both counts as agreeing);
a traceback or a file that takes longer than --timeout seconds is a failure.

    python bench/compare_engines.py FOLDER [FOLDER ...] [--timeout 120]

Prints one line per file (same / DIFF: which outputs / FAIL) and the time of each engine;
exits 1 if any file differs or fails.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT.parent))

CSVS = ("actions.csv", "followups.csv", "coverage.csv", "anomalies.csv", "documents.csv")


def dataset(path: Path, engine: str, folder: Path, timeout: float) -> tuple[dict[str, bytes], float]:
    """The CSV bytes of `path` converted with `engine` (in a child process, cut at `timeout`)."""
    from bilan.api import convert

    out = folder / engine
    start = time.perf_counter()
    result = convert([path], pdf_engine=engine, timeout=timeout)
    took = time.perf_counter() - start
    result.write(out, formats=("csv",))
    return {p.name: p.read_bytes() for p in sorted(out.glob("*.csv"))}, took


def compare(path: Path, timeout: float) -> tuple[str, float, float]:
    with tempfile.TemporaryDirectory() as tmp:
        a, ta = dataset(path, "pdfminer", Path(tmp), timeout)
        b, tb = dataset(path, "pdfium", Path(tmp), timeout)
    differ = sorted(n for n in set(a) | set(b) if a.get(n) != b.get(n))
    return ("same" if not differ else "DIFF " + " ".join(differ)), ta, tb


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--timeout", type=float, default=120.0)
    args = parser.parse_args(argv)
    files = sorted(p for f in args.folders for p in ([f] if f.is_file() else f.rglob("*.pdf")))
    bad = 0
    totals = [0.0, 0.0]
    for path in files:
        try:
            verdict, ta, tb = compare(path, args.timeout)
        except Exception as exc:  # a traceback from the converter: the worst outcome
            verdict, ta, tb = f"FAIL {type(exc).__name__}: {exc}", 0.0, 0.0
        totals[0] += ta
        totals[1] += tb
        bad += verdict != "same"
        print(f"{verdict:<40} pdfminer {ta:6.2f}s pdfium {tb:6.2f}s  {path}", flush=True)
    print(f"{len(files)} files, {bad} differ or fail; pdfminer {totals[0]:.1f}s, pdfium {totals[1]:.1f}s")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
