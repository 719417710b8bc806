"""The wheel installs one import name, `bilan`: extract, normalize and outputs live under it."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(ROOT)],
                          capture_output=True, text=True, timeout=600)
    if proc.returncode != 0:
        pytest.skip(f"cannot build a wheel here (needs setuptools from PyPI): {proc.stderr.strip()[-300:]}")
    (path,) = out.glob("bilan-*.whl")
    return path


def test_the_wheel_holds_only_bilan_at_the_top(wheel: Path):
    names = zipfile.ZipFile(wheel).namelist()
    assert {n.split("/")[0] for n in names} == {"bilan", f"{wheel.name.split('-')[0]}-{wheel.name.split('-')[1]}.dist-info"}
    for module in ("bilan/extract/pdf/__init__.py", "bilan/normalize/document.py", "bilan/outputs/excel.py",
                   "bilan/web/templates/index.html"):
        assert module in names, module


def test_the_stages_import_under_bilan():
    code = ("import bilan.extract, bilan.normalize.document, bilan.outputs, importlib.util, sys; "
            "print(all(importlib.util.find_spec(m) is None for m in ('extract', 'normalize', 'outputs')))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd="/", timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "True"
