#!/usr/bin/env python3
"""Fuzz the readers: mutated copies of the samples (bytes flipped, cut short) through the same
worker processes the command line uses. Prints how many cases ran and how each ended; any
"unexpected error", crash or time-out is a bug to look at.

    python bench/fuzz_readers.py --cases 300 --seed 1
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))


def main() -> int:
    from bilan.workers import convert_isolated
    from test_fuzz import mutate

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=300, help="mutated files per sample")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    outcomes: Counter[str] = Counter()
    bugs = []
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        tasks = []
        for sample in ("bilan-2006-2008.docx", "bilan-2006-2008.pdf"):
            data = (ROOT / "samples" / sample).read_bytes()
            for n in range(args.cases):
                path = Path(tmp) / f"{n:04d}-{sample}"
                path.write_bytes(mutate(data, rng))
                tasks.append((path, path.name))
        for r in convert_isolated(tasks, jobs=args.jobs, timeout=60):
            doc = r.document
            key = "ok" if doc.status == "ok" else doc.error.split("(")[0].strip()[:60]
            outcomes[key] += 1
            if doc.status == "error" and any(w in doc.error for w in ("unexpected", "crashed", "timed out")):
                bugs.append((doc.document, doc.error))
    print(f"{sum(outcomes.values())} cases in {time.perf_counter() - start:.0f} s")
    for key, n in outcomes.most_common():
        print(f"  {n:5d}  {key}")
    for name, error in bugs[:20]:
        print(f"BUG {name}: {error}")
    return 1 if bugs else 0


if __name__ == "__main__":
    sys.exit(main())
