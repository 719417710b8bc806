#!/usr/bin/env python3
"""Benchmark: the whole `bilan convert` process against pdfplumber's bare `extract_tables()`.

Builds a long bilan (about 125 pages: the seed's sections repeated 25 times) with LibreOffice, then runs,
interleaved and each in a fresh process:

- `bilan convert LONG.pdf --out DIR` (all outputs, as a user runs it), once with each PDF
  engine (`--pdf-engine pdfium`, `--pdf-engine pdfminer`);
- a script that opens the same PDF with pdfplumber and calls `page.extract_tables()` page by
  page, closing each page.

For each it keeps the median of the runs: wall time, CPU time (user + system, of the whole
process tree) and peak memory (max RSS of the largest process of the tree, as `wait4` reports
it). The memory ratio compares `bilan convert` on the long document with the 7-page sample.
The load average is printed too: on a busy machine wall times drift, CPU times much less.
The package's bytecode is compiled first, as pip does when it installs it (a checkout run
with PYTHONDONTWRITEBYTECODE would otherwise compile every module of the tool at each run,
and pdfplumber's modules are compiled already).

    python bench/bench_convert.py [--copies 25] [--repeat 3] [--pdf LONG.pdf] [-- --format csv]

Targets: time ratio (pdfium) <= 0.25 (aim 0.15), memory ratio <= 1.5.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BARE = """
import sys
import pdfplumber
n = 0
with pdfplumber.open(sys.argv[1]) as pdf:
    for page in pdf.pages:
        n += len(page.extract_tables())
        page.close()
"""


@dataclass
class Run:
    wall: float
    cpu: float
    peak_mb: float


def measure(argv: list[str]) -> Run:
    """Run argv to its end; wall time, CPU time and largest RSS of its whole process tree."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)  # the child's usage includes its reaped children
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed ({proc.returncode}):\n{err}")
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


def median(runs: list[Run], what: str) -> float:
    return statistics.median(getattr(r, what) for r in runs)


def build_long(copies: int, folder: Path) -> Path:
    sys.path.insert(0, str(ROOT / "samples"))
    sys.path.insert(0, str(ROOT / "bench"))
    import make_samples
    from bench_pdf import long_spec

    docx = folder / "long.docx"
    make_samples.build_docx(long_spec(copies), docx)
    return make_samples.docx_to_pdf(docx, folder)


def compile_package() -> None:
    import compileall
    for folder in ("bilan", "extract", "normalize", "outputs"):
        compileall.compile_dir(ROOT / folder, quiet=1)


def pages_of(pdf: Path) -> int:
    import pdfplumber
    with pdfplumber.open(pdf) as doc:
        return len(doc.pages)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=25,
                        help="times the seed's sections are repeated (25: about 125 pages, 20: about 100, "
                             "with the fonts make setup installs)")
    parser.add_argument("--repeat", type=int, default=3, help="interleaved runs of each side")
    parser.add_argument("--pdf", type=Path, help="use this long PDF instead of building one")
    parser.add_argument("convert_options", nargs="*", help="after --: extra options of bilan convert")
    args = parser.parse_args()
    small = ROOT / "samples" / "bilan-2006-2008.pdf"
    bilan = [sys.executable, "-m", "bilan", "convert", "-q"]
    compile_package()

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        pdf = args.pdf or build_long(args.copies, folder)
        load_before = os.getloadavg()
        conv: list[Run] = []
        miner: list[Run] = []
        bare: list[Run] = []
        conv_small: list[Run] = []
        for n in range(args.repeat):
            conv.append(measure([*bilan, str(pdf), "--out", str(folder / f"out{n}"), "--pdf-engine",
                                 "pdfium", *args.convert_options]))
            miner.append(measure([*bilan, str(pdf), "--out", str(folder / f"miner{n}"),
                                  "--pdf-engine", "pdfminer", *args.convert_options]))
            bare.append(measure([sys.executable, "-c", BARE, str(pdf)]))
            conv_small.append(measure([*bilan, str(small), "--out", str(folder / f"small{n}"),
                                       *args.convert_options]))
        load_after = os.getloadavg()
        print(f"long document: {pages_of(pdf)} pages; small: {pages_of(small)} pages; "
              f"{args.repeat} interleaved runs, medians; cores: {os.cpu_count()}; "
              f"load average before {load_before[0]:.2f}, after {load_after[0]:.2f}")
        for label, runs in (("pdfium", conv), ("pdfminer", miner)):
            print(f"bilan convert --pdf-engine {label} {' '.join(args.convert_options) or '(all outputs)'}: "
                  f"wall {median(runs, 'wall'):.2f} s, CPU {median(runs, 'cpu'):.2f} s, "
                  f"peak {median(runs, 'peak_mb'):.0f} MB; time ratio (wall) "
                  f"{median(runs, 'wall') / median(bare, 'wall'):.2f}")
        print(f"pdfplumber extract_tables: wall {median(bare, 'wall'):.2f} s, "
              f"CPU {median(bare, 'cpu'):.2f} s, peak {median(bare, 'peak_mb'):.0f} MB")
        print(f"time ratio (wall, pdfium): {median(conv, 'wall') / median(bare, 'wall'):.2f} "
              f"(target <= 0.25, aim 0.15); CPU ratio: {median(conv, 'cpu') / median(bare, 'cpu'):.2f}")
        print(f"memory ratio: {median(conv, 'peak_mb'):.0f} MB / {median(conv_small, 'peak_mb'):.0f} MB = "
              f"{median(conv, 'peak_mb') / median(conv_small, 'peak_mb'):.2f} (target <= 1.5; "
              f"largest process, {pages_of(pdf)} pages vs {pages_of(small)})")
        print("runs (wall/CPU s): pdfium " + ", ".join(f"{r.wall:.2f}/{r.cpu:.2f}" for r in conv)
              + "; pdfminer " + ", ".join(f"{r.wall:.2f}/{r.cpu:.2f}" for r in miner)
              + "; bare " + ", ".join(f"{r.wall:.2f}/{r.cpu:.2f}" for r in bare))
    return 0


if __name__ == "__main__":
    sys.exit(main())
