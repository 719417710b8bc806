#!/usr/bin/env python3
"""Benchmark: `bilan convert` of scanned PDFs, per page.

Scans the bundled sample (samples/bilan-2006-2008.pdf, 7 landscape pages) as a scanner would
(tests/scans.py): 300 dpi greyscale JPEG, 200 dpi black and white, and 300 dpi black and white
with every page turned 90° (the orientation check then turns each page back). Each copy is
converted `--repeat` times, each run in a fresh process (`bilan convert --ocr auto`, CSV only),
and the median wall and CPU time (user + system, the whole process tree) are reported per page,
with the load average: wall times on a busy machine drift, CPU times much less.

    python bench/bench_scan.py [--repeat 3] [--keep DIR]

Target: the speed per scanned page stays within 1.2x of the reference measured when the
orientation check came in (about 1.7-1.9 s wall a page on 2 cores for the 300 dpi scans).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "bench"), str(ROOT)]

from bench_convert import measure  # noqa: E402

LOOKS = {"300-grey-jpeg": {"dpi": 300, "grey": True},
         "200-bw": {"dpi": 200},
         "300-bw-turn90": {"dpi": 300, "turns": {n: 90 for n in range(1, 100)}}}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs of each scan")
    parser.add_argument("--keep", type=Path, help="keep the scans and outputs in this folder")
    args = parser.parse_args()

    from scans import scan_pdf, tesseract_missing

    missing = tesseract_missing()
    if missing:
        print(f"bench_scan: {missing}", file=sys.stderr)
        return 1
    import pypdfium2

    folder = args.keep or Path(tempfile.mkdtemp(prefix="bilan-bench-scan-"))
    folder.mkdir(parents=True, exist_ok=True)
    source = ROOT / "samples" / "bilan-2006-2008.pdf"
    pages = len(pypdfium2.PdfDocument(str(source)))
    bilan = str(Path(sys.executable).parent / "bilan")
    print(f"{source.name}: {pages} pages; {args.repeat} runs each, medians; cores: {os.cpu_count()}; "
          f"load average before {os.getloadavg()[0]:.2f}")
    for name, look in LOOKS.items():
        scanned = scan_pdf(source, folder / f"scan-{name}.pdf", **look)
        runs = [measure([bilan, "convert", str(scanned), "--out", str(folder / f"out-{name}"), "--format", "csv",
                         "--quiet"]) for _ in range(args.repeat)]
        wall = statistics.median(r.wall for r in runs)
        cpu = statistics.median(r.cpu for r in runs)
        print(f"{name}: wall {wall:.1f} s ({wall / pages:.2f} s a page), CPU {cpu:.1f} s "
              f"({cpu / pages:.2f} s a page); runs (wall/CPU s): "
              + ", ".join(f"{r.wall:.1f}/{r.cpu:.1f}" for r in runs))
    print(f"load average after {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
