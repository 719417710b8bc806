"""The Python call, as the README shows it, and the data package it writes."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from conftest import ROOT, SAMPLES


def _readme_python() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", text, re.S)
    assert blocks, "the README has a Python example"
    return blocks[0]


def test_readme_example_runs_and_frames_have_real_dtypes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]):
    os.symlink(SAMPLES, tmp_path / "samples")
    monkeypatch.chdir(tmp_path)
    namespace: dict = {}
    exec(compile(_readme_python(), "README.md", "exec"), namespace)
    printed = capsys.readouterr().out.strip().splitlines()
    result = namespace["result"]
    assert printed[-1] == f"{len(result.actions)} {len(result.followups)} " \
                          f"{int((result.coverage['status'] == 'en_retard').sum())}"
    assert printed[-1] == "34 218 8"  # the figures the README states
    assert (tmp_path / "out" / "actions.csv").exists()
    items, actions, docs = result.followups, result.actions, result.documents
    assert str(items["date_start"].dtype).startswith("datetime64")
    assert str(actions["deadline_end"].dtype).startswith("datetime64")
    assert str(docs["as_of"].dtype).startswith("datetime64")
    assert str(items["item_no"].dtype) == "Int64"
    assert str(actions["followup_count"].dtype) == "Int64"
    assert str(result.coverage_by_objective["share_followed"].dtype) == "float64"
    for name in ("extras", "anomalies", "timeline"):
        assert list(getattr(result, name).columns)
    assert list(docs["document"]) == ["bilan-2006-2008.docx", "bilan-2006-2008.pdf"]


def test_frictionless_validates_the_package(tmp_path: Path):
    frictionless = pytest.importorskip("frictionless")
    import bilan

    result = bilan.convert([SAMPLES / "bilan-2006-2008.docx", SAMPLES / "bilan-2006-2008.pdf"])
    result.write(tmp_path, formats=("csv",))
    report = frictionless.validate(str(tmp_path / "datapackage.json"))
    errors = [e.message for task in report.tasks for e in task.errors] if not report.valid else []
    assert report.valid, errors[:5]


def test_names_label_files_stored_under_other_names(tmp_path: Path):
    import shutil

    import bilan

    stored = tmp_path / "001"
    shutil.copyfile(SAMPLES / "bilan-2006-2008.docx", stored)
    result = bilan.convert([stored], names=["bilan de la Table.docx"], timeout=120)
    [doc] = result.dataset.documents
    assert doc.document == "bilan de la Table.docx" and doc.status == "ok"
    assert {a.document for a in result.dataset.actions} == {"bilan de la Table.docx"}
    with pytest.raises(ValueError):
        bilan.convert([stored], names=["a.docx", "b.docx"])


def test_work_left_for_idle_time_runs_once_the_last_file_is_read(tmp_path: Path):
    """convert_isolated's `idle` (the writers' imports) runs when the last file's worker has
    read it (it then normalizes, and the page readers' cores are free), not before."""
    from bilan.workers import convert_isolated

    done: list[int] = []
    idle: list[list[int]] = []
    tasks = [(SAMPLES / "bilan-2006-2008.docx", "a.docx"), (SAMPLES / "bilan-2006-2008.pdf", "b.pdf")]
    results = list(convert_isolated(tasks, jobs=1, timeout=120, idle=lambda: idle.append(list(done)),
                                    on_done=lambda i, _c: done.append(i)))
    assert [r.document.status for r in results] == ["ok", "ok"]
    assert idle == [[0]]  # once: after the first file's result, before the last one's

    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"not a pdf")
    idle.clear()
    results = list(convert_isolated([(bad, "bad.pdf")], jobs=1, timeout=60, idle=lambda: idle.append([])))
    assert results[0].document.status == "error" and idle == []  # never read: nothing to wait for
