"""The pages of a PDF read in parallel: the same document and the same output bytes whatever the
number of page workers, pdfplumber's own chars matched key for key, damaged files named."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

from conftest import SAMPLES, run_bilan

PDF = SAMPLES / "bilan-2006-2008.pdf"


@pytest.fixture(autouse=True)
def _default_workers():
    from bilan.extract.pdf.pages import set_page_workers
    yield
    set_page_workers(None)


@pytest.mark.parametrize("workers", [2, 3])
def test_the_document_is_the_same_whatever_the_page_workers(workers: int):
    from bilan.extract.pdf import read_pdf

    one = read_pdf(PDF, workers=1)
    several = read_pdf(PDF, workers=workers)
    assert several.pages == one.pages == 7
    assert several == one


def test_every_output_file_has_the_same_bytes_with_one_or_two_page_workers(tmp_path: Path):
    from bilan.api import convert
    from bilan.extract.pdf.pages import set_page_workers

    folders = []
    for workers in (1, 2):
        set_page_workers(workers)
        out = tmp_path / f"w{workers}"
        names = convert([PDF, SAMPLES / "bilan-2006-2008.docx"]).write(out)
        assert "bilan.xlsx" in names and "rapport.html" in names
        folders.append(out)
    for name in names:
        assert (folders[0] / name).read_bytes() == (folders[1] / name).read_bytes(), name


def test_lean_chars_hold_what_pdfplumber_gives():
    import pdfplumber

    from bilan.extract.pdf.pages import CHAR_KEYS, lean_objects

    with pdfplumber.open(PDF) as pdf:
        page = pdf.pages[2]
        full = page.chars
        others = {k: v for k, v in page.objects.items() if k != "char"}
        page.close()
        lean_objects(page)
        assert len(page.chars) == len(full) > 500
        for mine, theirs in zip(page.chars, full):
            assert mine == {k: theirs[k] for k in CHAR_KEYS}
        assert {k: v for k, v in page.objects.items() if k != "char"} == others
        assert page.find_tables()  # the ruled table is still found from lines and rects


def _damaged_page_tree(tmp: Path) -> Path:
    """The sample with its page tree's dictionary broken (a name cut in two)."""
    data = PDF.read_bytes()
    broken = data.replace(b"/MediaBox[ 0 0 792 612 ]\n/Kids", b"/Me/iaBox[ 0 0 792 612 ]\n/Kids", 1)
    assert broken != data
    path = tmp / "arbre.pdf"
    path.write_bytes(broken)
    return path


@pytest.mark.parametrize("workers", [1, 2])
def test_a_damaged_page_tree_is_a_corrupt_pdf(tmp_path: Path, workers: int):
    from bilan.extract.pdf import PdfReadError, read_pdf

    with pytest.raises(PdfReadError) as caught:
        read_pdf(_damaged_page_tree(tmp_path), workers=workers)
    assert caught.value.reason == "truncated or corrupt PDF (Invalid dictionary construct)"


def test_the_command_names_a_damaged_pdf_and_goes_on(tmp_path: Path):
    bad = _damaged_page_tree(tmp_path)
    done = run_bilan("convert", str(bad), str(PDF), "--out", str(tmp_path / "out"), "--format", "csv")
    assert done.returncode == 1
    assert "arbre.pdf: truncated or corrupt PDF (Invalid dictionary construct)" in done.stderr
    assert "unexpected" not in done.stderr
    assert (tmp_path / "out" / "actions.csv").exists()



def _holders(path: Path) -> list[int]:
    """Processes that hold `path` open (Linux /proc)."""
    pids = []
    for fd_dir in Path("/proc").glob("[0-9]*/fd"):
        try:
            if any(str(path) == os.readlink(fd) for fd in fd_dir.iterdir()):
                pids.append(int(fd_dir.parent.name))
        except OSError:
            continue
    return pids


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="page workers fork on Linux only")
def test_page_workers_stop_with_a_file_cut_off_at_its_time_limit(tmp_path: Path):
    from bilan.workers import convert_isolated

    import pdf_fixtures as fx

    copy = tmp_path / "long.pdf"
    sheet = fx.Sheet(str(copy))
    for _ in range(360):  # far more pages than any machine reads in the time allowed (120
        # pages are read in about 0.6 s on two cores: too close to it)
        sheet.table(60, fx.ROWS)
        sheet.new_page()
    sheet.save()
    (result,) = convert_isolated([(copy, "long.pdf")], jobs=1, timeout=0.6)
    assert result.document.status == "error"
    assert "timed out" in result.document.error
    deadline = time.monotonic() + 5
    while _holders(copy) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _holders(copy) == []


@pytest.mark.parametrize("workers", [1, 2])
def test_ocr_that_cannot_run_is_named_from_a_page_worker_too(tmp_path: Path, monkeypatch, workers: int):
    from bilan.extract.pdf import PdfReadError, read_pdf

    monkeypatch.setenv("BILAN_TESSERACT", str(tmp_path / "no-tesseract"))
    with pytest.raises(PdfReadError) as caught:
        read_pdf(PDF, ocr="always", workers=workers)
    assert caught.value.reason.startswith("scanned PDF: OCR needs Tesseract")


def test_a_worker_reads_the_parsed_document_through_a_file_offset_of_its_own(tmp_path: Path):
    import pdfplumber

    from bilan.extract.pdf.pages import _own_file

    with pdfplumber.open(PDF) as pdf:
        expected = pdf.pages[1].extract_text()
    with pdfplumber.open(PDF) as pdf:
        fd = pdf.stream.fileno()
        twin = os.dup(fd)  # shares the offset, as a forked process's descriptor does
        try:
            before = os.lseek(fd, 0, os.SEEK_CUR)
            assert _own_file(pdf, str(PDF))
            assert os.lseek(fd, 0, os.SEEK_CUR) == before
            os.lseek(fd, 0, os.SEEK_END)  # moves this reader's offset only
            assert os.lseek(twin, 0, os.SEEK_CUR) == before
            os.lseek(fd, before, os.SEEK_SET)
            assert pdf.pages[1].extract_text() == expected
        finally:
            os.close(twin)
    other = tmp_path / "other.pdf"  # the path names another file now: the worker opens it anew
    other.write_bytes(PDF.read_bytes())
    with pdfplumber.open(PDF) as pdf:
        assert not _own_file(pdf, str(other))
