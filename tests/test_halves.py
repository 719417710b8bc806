"""A long document's rows normalized in two halves, the second in a forked process: the same
rows, items and anomalies as in one run here."""

from __future__ import annotations

import dataclasses
import os

import pytest

from conftest import SAMPLES


def test_the_second_half_is_worked_aside_and_the_halves_come_back_in_order():
    from bilan.outputs.aside import in_halves

    def work(items: list[int]) -> tuple[int, list[int]]:
        return os.getpid(), [2 * i for i in items]

    parts = in_halves(work, list(range(10)), least=4)
    assert [p[1] for p in parts] == [[0, 2, 4, 6, 8], [10, 12, 14, 16, 18]]
    assert parts[0][0] == os.getpid() != parts[1][0]
    assert in_halves(work, [1, 2, 3], least=4) == [(os.getpid(), [2, 4, 6])]  # too few: here, whole


def test_an_error_of_the_half_worked_aside_is_raised_here():
    from bilan.outputs.aside import in_halves

    def work(items: list[int]) -> int:
        if 7 in items:
            raise ValueError("no 7")
        return sum(items)

    with pytest.raises(ValueError, match="no 7"):
        in_halves(work, list(range(10)), least=2)


@pytest.mark.parametrize("sample", ["bilan-2006-2008.pdf", "bilan-2006-2008.docx"])
def test_a_document_normalized_in_halves_gives_what_one_run_gives(sample: str):
    from bilan.extract import read
    from bilan.normalize.document import normalize_document
    from bilan.outputs.aside import in_halves

    doc = read(SAMPLES / sample)
    calls = []

    def in_parts(work, rows):  # noqa: ANN001, ANN202
        calls.append(len(rows))
        return in_halves(work, rows, least=2)

    whole = normalize_document(doc, sample)
    halves = normalize_document(doc, sample, in_parts=in_parts)
    assert calls == [len(whole.actions)] and len(whole.actions) >= 10
    assert dataclasses.asdict(halves) == dataclasses.asdict(whole)
