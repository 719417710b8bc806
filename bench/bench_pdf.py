#!/usr/bin/env python3
"""Benchmark: the whole PDF conversion against pdfplumber's bare `page.extract_tables()`.

Builds a long bilan (150+ pages) from a generated spec (the seed's sections repeated), renders
it with LibreOffice, then measures in fresh child processes:

- time of `bilan`'s conversion (read + normalize, no writing) vs. pdfplumber opening the same
  file and calling `page.extract_tables()` on every page (closing each page, as we do);
- peak memory (max RSS) of the conversion on the long document vs. on the 7-page sample.

Run by hand (needs LibreOffice): `python bench/bench_pdf.py [--copies 25]`. Targets: ratio
<= 1.2, memory ratio <= 1.5.
"""

from __future__ import annotations

import argparse
import copy
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CONVERT = """
import resource, sys, time
import pdfplumber
from bilan.extract import read
from bilan.normalize.document import normalize_document
from bilan.extract.pdf.pages import set_page_workers
set_page_workers(1)  # this process's CPU time is the measure: no page workers (bench_convert.py has them)
t = time.process_time()  # imports are a fixed cost, left out on both sides
doc = read(sys.argv[1])
res = normalize_document(doc, "bench")
print(time.process_time() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, len(res.actions), doc.pages)
"""

BARE = """
import resource, sys, time
import pdfplumber
t = time.process_time()
n = 0
with pdfplumber.open(sys.argv[1]) as pdf:
    for page in pdf.pages:
        n += len(page.extract_tables())
        page.close()
print(time.process_time() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, n)
"""


def long_spec(copies: int) -> dict:
    seed = json.loads((ROOT / "samples" / "bilan-2006-2008.json").read_text(encoding="utf-8"))
    spec = copy.deepcopy(seed)
    spec["sections"] = []
    for n in range(copies):
        for section in seed["sections"]:
            s = copy.deepcopy(section)
            s["title"] = f"{section['title']} ({n + 1})"
            spec["sections"].append(s)
    return spec


def run(code: str, pdf: Path) -> list[str]:
    out = subprocess.run([sys.executable, "-c", code, str(pdf)], capture_output=True, text=True,
                         check=True, cwd=ROOT)
    return out.stdout.split()


def best(code: str, pdf: Path, repeat: int) -> list[float]:
    """Best of `repeat` runs, each in a fresh process; CPU time, which a busy machine disturbs less."""
    runs = [list(map(float, run(code, pdf))) for _ in range(repeat)]
    return min(runs, key=lambda r: r[0])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=25, help="times the seed's sections are repeated")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each measure (best is kept)")
    args = parser.parse_args()

    sys.path.insert(0, str(ROOT / "samples"))
    import make_samples

    with tempfile.TemporaryDirectory() as tmp:
        docx = Path(tmp) / "long.docx"
        make_samples.build_docx(long_spec(args.copies), docx)
        pdf = make_samples.docx_to_pdf(docx, tmp)
        small = ROOT / "samples" / "bilan-2006-2008.pdf"
        conv = best(CONVERT, pdf, args.repeat)
        bare = best(BARE, pdf, args.repeat)
        conv = min(conv, best(CONVERT, pdf, args.repeat), key=lambda r: r[0])  # interleaved
        bare = min(bare, best(BARE, pdf, args.repeat), key=lambda r: r[0])
        conv_small = best(CONVERT, small, args.repeat)
        print(f"long document: {int(conv[3])} pages, {int(conv[2])} actions")
        print(f"CPU time: bilan read+normalize {conv[0]:.2f} s, pdfplumber extract_tables {bare[0]:.2f} s, "
              f"ratio {conv[0] / bare[0]:.2f} (target <= 1.2)")
        print(f"peak RSS: {int(conv[1]) // 1024} MB at {int(conv[3])} pages, "
              f"{int(conv_small[1]) // 1024} MB at {int(conv_small[3])} pages: "
              f"ratio {conv[1] / conv_small[1]:.2f} (target <= 1.5); bare extract_tables {int(bare[1]) // 1024} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
