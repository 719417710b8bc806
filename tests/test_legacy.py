""".doc and .odt bilans: read through LibreOffice as .docx, they give the Word file's rows.

The round-trip tests make the .odt and .doc files from the committed Word files with LibreOffice
and are skipped without it; the others fake or hide LibreOffice and run anywhere (POSIX).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from conftest import DATA, SAMPLES, read_rows

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
NO_LIBREOFFICE = "LibreOffice (soffice) is not installed: apt-get install libreoffice-writer"
MISSING = ("{ext} files need LibreOffice to be read: install it (apt-get install "
           "libreoffice-writer, or libreoffice.org) or save the file as .docx")
SEED = SAMPLES / "bilan-2006-2008.docx"
WORD_LISTS = DATA / "variants" / "bilan-bas-saint-laurent-2009-2010" / "bilan-bas-saint-laurent-2009-2010.docx"


def _bilan(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bilan", *args], capture_output=True, text=True,
                          env=env, timeout=600)


def _save_as(source: Path, fmt: str, out_dir: Path) -> Path:
    """Let LibreOffice save a Word file as .odt or .doc (a private profile: no clash)."""
    profile = (out_dir / f"profile-{fmt}").as_uri()
    proc = subprocess.run([SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--norestore",
                           "--convert-to", fmt, "--outdir", str(out_dir), str(source)],
                          capture_output=True, text=True, timeout=300)
    made = out_dir / f"{source.stem}.{fmt}"
    assert proc.returncode == 0 and made.exists(), proc.stderr
    return made


def _rows(out: Path, file: str, document: str) -> list[dict]:
    return [{k: v for k, v in r.items() if k != "document"}
            for r in read_rows(out / file) if r["document"] == document]


# ------------------------------------------------------------------ with LibreOffice

@pytest.fixture(scope="module")
def legacy_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if SOFFICE is None:
        pytest.skip(NO_LIBREOFFICE)
    folder = tmp_path_factory.mktemp("legacy")
    made = [_save_as(SEED, "odt", folder), _save_as(SEED, "doc", folder),
            _save_as(WORD_LISTS, "odt", folder)]
    out = folder / "out"
    proc = _bilan("convert", str(SEED), str(WORD_LISTS), *map(str, made), "--out", str(out),
                  "--jobs", "2")
    assert proc.returncode == 0, proc.stderr
    return out


@pytest.mark.parametrize("fmt", ["odt", "doc"])
def test_legacy_file_gives_the_rows_of_the_word_file(legacy_out: Path, fmt: str):
    name = f"bilan-2006-2008.{fmt}"
    for file in ("actions.csv", "followups.csv", "anomalies.csv", "extras.csv"):
        assert _rows(legacy_out, file, name) == _rows(legacy_out, file, "bilan-2006-2008.docx"), file
    assert len(_rows(legacy_out, "actions.csv", name)) == 17


@pytest.mark.parametrize("fmt", ["odt", "doc"])
def test_documents_row_says_the_format(legacy_out: Path, fmt: str):
    docs = {r["document"]: r for r in read_rows(legacy_out / "documents.csv")}
    doc, word = docs[f"bilan-2006-2008.{fmt}"], docs["bilan-2006-2008.docx"]
    assert doc["status"] == "ok" and doc["error"] == ""
    assert doc["format"] == fmt and doc["pages"] == ""
    for column in ("title", "as_of", "actions", "followups", "anomalies"):
        assert doc[column] == word[column], column


def test_word_list_paragraphs_survive_odt(legacy_out: Path):
    """Word list bullets (not in the text) are still items after LibreOffice's round trip."""
    name = WORD_LISTS.stem
    for file in ("actions.csv", "followups.csv"):
        assert _rows(legacy_out, file, f"{name}.odt") == _rows(legacy_out, file, f"{name}.docx"), file


# ------------------------------------------------------------------ without LibreOffice

def _fake_doc(path: Path) -> Path:
    """Bytes that sniff as an old Word file (OLE2 compound document)."""
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1024)
    return path


def _fake_odt(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        zf.writestr("content.xml", "<office:document-content/>")
    return path


def test_without_libreoffice_the_error_says_what_to_do(tmp_path: Path):
    empty_bin = tmp_path / "bin"
    empty_bin.mkdir()
    doc, odt = _fake_doc(tmp_path / "vieux.doc"), _fake_odt(tmp_path / "libre.odt")
    out = tmp_path / "out"
    env = {**os.environ, "PATH": str(empty_bin)}  # sys.executable is absolute: python still runs
    proc = _bilan("convert", str(doc), str(odt), str(SEED), "--out", str(out), env=env)
    assert proc.returncode == 1
    lines = proc.stderr.splitlines()
    assert f"bilan: vieux.doc: {MISSING.format(ext='.doc')}" in lines
    assert f"bilan: libre.odt: {MISSING.format(ext='.odt')}" in lines
    assert len([ln for ln in lines if ln.startswith("bilan: vieux.doc:")]) == 1
    docs = {r["document"]: r for r in read_rows(out / "documents.csv")}
    assert docs["vieux.doc"]["status"] == "error" and docs["vieux.doc"]["format"] == "doc"
    assert docs["vieux.doc"]["error"] == MISSING.format(ext=".doc")
    assert docs["bilan-2006-2008.docx"]["status"] == "ok"  # the others are converted all the same


def test_without_libreoffice_read_raises_read_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    from bilan.extract import ReadError, read

    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(ReadError) as err:
        read(_fake_doc(tmp_path / "x.doc"))
    assert str(err.value) == MISSING.format(ext=".doc")


@pytest.mark.skipif(sys.platform == "win32", reason="a shell script stands in for soffice")
def test_a_stuck_libreoffice_is_stopped_at_the_timeout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    from bilan.extract.legacy import LegacyReadError, read_legacy

    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    pid_file = tmp_path / "child.pid"
    fake = bin_dir / "soffice"
    fake.write_text(f"#!/bin/sh\nsleep 60 &\necho $! > {pid_file}\nwait\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
    started = time.monotonic()
    with pytest.raises(LegacyReadError, match=r"LibreOffice took more than 1 s to convert the \.doc file"):
        read_legacy(_fake_doc(tmp_path / "x.doc"), "doc", timeout=1)
    assert time.monotonic() - started < 30
    child = int(pid_file.read_text())
    with pytest.raises(ProcessLookupError):  # the process LibreOffice started went too
        for _ in range(50):
            os.kill(child, 0)
            time.sleep(0.1)


@pytest.mark.skipif(sys.platform == "win32", reason="a shell script stands in for soffice")
def test_a_failed_conversion_is_one_clear_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    from bilan.extract import ReadError, read

    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake = bin_dir / "soffice"
    fake.write_text("#!/bin/sh\necho 'Error: source file could not be loaded' >&2\nexit 0\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", str(bin_dir))
    with pytest.raises(ReadError) as err:
        read(_fake_odt(tmp_path / "x.odt"))
    assert str(err.value) == ("LibreOffice could not convert this .odt file "
                              "(damaged, password-protected, or not a text document)")
