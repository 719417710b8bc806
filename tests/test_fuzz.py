"""Mutated sample files (bytes flipped, cut short) through the readers in worker processes:
each must end in a result or a clean one-line error, never a crash, a traceback or a hang.

A larger run is `python bench/fuzz_readers.py --cases N`."""

from __future__ import annotations

import random
from pathlib import Path

from bilan.workers import convert_isolated
from conftest import SAMPLES

CASES = 24  # per sample; each case is one mutated file


def mutate(data: bytes, rng: random.Random) -> bytes:
    """Flip a few bytes, cut the file short, or both."""
    buf = bytearray(data)
    kind = rng.choice(["flip", "cut", "both"])
    if kind in ("flip", "both"):
        for _ in range(rng.randint(1, 12)):
            buf[rng.randrange(len(buf))] = rng.randrange(256)
    if kind in ("cut", "both"):
        del buf[rng.randint(1, len(buf) - 1):]
    return bytes(buf)


def test_mutated_samples_end_cleanly(tmp_path: Path):
    rng = random.Random(20091231)
    tasks = []
    for sample in ("bilan-2006-2008.docx", "bilan-2006-2008.pdf"):
        data = (SAMPLES / sample).read_bytes()
        for n in range(CASES):
            path = tmp_path / f"{n:03d}-{sample}"
            path.write_bytes(mutate(data, rng))
            tasks.append((path, path.name))
    results = list(convert_isolated(tasks, jobs=2, timeout=60))
    assert len(results) == len(tasks)
    bad = []
    for r in results:
        doc = r.document
        assert doc.status in ("ok", "error")
        if doc.status == "error":
            assert doc.error and "\n" not in doc.error
            if any(word in doc.error for word in ("unexpected error", "crashed", "timed out", "Traceback")):
                bad.append((doc.document, doc.error))
    assert bad == []
