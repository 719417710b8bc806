"""Outputs are replaced whole or not at all: a run that fails while writing leaves the
previous run's folder exactly as it was, and no scratch file behind."""

from __future__ import annotations

from pathlib import Path

import pytest

import bilan
from conftest import SAMPLES


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


@pytest.mark.parametrize("failing", ["bilan.outputs.excel.write_xlsx", "bilan.outputs.report.write_report",
                                     "bilan.outputs.csvfiles.write_csv"])
def test_a_failure_while_writing_leaves_the_previous_outputs(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch, failing: str):
    out = tmp_path / "out"
    first = bilan.convert([SAMPLES / "bilan-2006-2008.docx"])
    first.write(out)
    (out / "mine.txt").write_text("à garder", encoding="utf-8")
    before = _snapshot(out)

    second = bilan.convert([SAMPLES / "bilan-2006-2008.pdf"])  # other content: other bytes
    module, _, name = failing.rpartition(".")

    def explode(*args, **kwargs):
        raise KeyboardInterrupt("interrupted while writing")

    monkeypatch.setattr(f"{module}.{name}", explode)
    with pytest.raises(KeyboardInterrupt):
        second.write(out)
    assert _snapshot(out) == before
    assert not [p for p in out.iterdir() if p.name.startswith(".bilan-")]


def test_a_complete_run_replaces_every_file_it_writes(tmp_path: Path):
    out = tmp_path / "out"
    bilan.convert([SAMPLES / "bilan-2006-2008.docx"]).write(out)
    before = _snapshot(out)
    bilan.convert([SAMPLES / "bilan-2006-2008.pdf"]).write(out)
    after = _snapshot(out)
    assert set(after) == set(before)
    changed = {n for n in after if after[n] != before[n]}
    assert {"documents.csv", "actions.csv", "followups.csv", "bilan.xlsx", "rapport.html"} <= changed
