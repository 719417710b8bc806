"""Bad and hostile files: one clear line each, the batch goes on, nothing leaks, nothing hangs."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from conftest import SAMPLES, read_rows, run_bilan

DOCX = SAMPLES / "bilan-2006-2008.docx"
PDF = SAMPLES / "bilan-2006-2008.pdf"


def _pdf_with(tmp: Path, name: str, draw, **canvas_options) -> Path:
    from reportlab.lib.pagesizes import landscape, letter
    from reportlab.pdfgen import canvas

    path = tmp / name
    c = canvas.Canvas(str(path), pagesize=landscape(letter), **canvas_options)
    draw(c)
    c.showPage()
    c.save()
    return path


def _text_pdf(c) -> None:  # noqa: ANN001
    c.drawString(72, 500, "Rapport annuel sans tableau")


def _bad_files(tmp: Path) -> dict[str, tuple[Path, str]]:
    """name → (file, words its error line must hold)."""
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.lib.utils import ImageReader
    from PIL import Image

    files: dict[str, tuple[Path, str]] = {}
    empty = tmp / "vide.pdf"
    empty.write_bytes(b"")
    files["vide.pdf"] = (empty, "empty file")
    truncated = tmp / "tronque.pdf"
    truncated.write_bytes(PDF.read_bytes()[: 4000])
    files["tronque.pdf"] = (truncated, "PDF")
    files["chiffre.pdf"] = (_pdf_with(tmp, "chiffre.pdf", _text_pdf,
                                      encrypt=StandardEncryption("secret", canPrint=0)), "--password")

    def scan(c) -> None:  # noqa: ANN001
        image = Image.new("RGB", (400, 300), "white")
        for x in range(0, 400, 7):
            image.putpixel((x, 150), (0, 0, 0))
        c.drawImage(ImageReader(image), 50, 50, 600, 450)
    files["scan.pdf"] = (_pdf_with(tmp, "scan.pdf", scan), "OCR")
    files["sans-tableau.pdf"] = (_pdf_with(tmp, "sans-tableau.pdf", _text_pdf), "no bilan table")
    renamed = tmp / "faux.pdf"
    renamed.write_bytes(DOCX.read_bytes())  # a Word file named .pdf: read as Word, converts
    notzip = tmp / "pas-un-zip.docx"
    notzip.write_text("Objectif;Actions;Suivi\n", encoding="utf-8")
    files["pas-un-zip.docx"] = (notzip, "not a Word document")
    return files


def test_a_batch_of_bad_files_and_the_samples(tmp_path: Path):
    bad = _bad_files(tmp_path)
    out = tmp_path / "out"
    inputs = [str(DOCX)] + [str(p) for p, _ in bad.values()] + [str(tmp_path / "faux.pdf"), str(PDF)]
    proc = run_bilan("convert", *inputs, "--out", str(out))
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    for name, (_, words) in bad.items():
        lines = [ln for ln in proc.stderr.splitlines() if ln.startswith(f"bilan: {name}: ")]
        assert len(lines) == 1, (name, proc.stderr)
        assert words in lines[0], lines[0]
    docs = {d["document"]: d for d in read_rows(out / "documents.csv")}
    assert docs["faux.pdf"]["status"] == "ok" and docs["faux.pdf"]["format"] == "docx"
    for name in bad:
        assert docs[name]["status"] == "error" and docs[name]["error"]
    actions = read_rows(out / "actions.csv")
    assert {a["document"] for a in actions} == {"bilan-2006-2008.docx", "bilan-2006-2008.pdf", "faux.pdf"}
    assert len(actions) == 3 * 17


def test_encrypted_pdf_with_its_password(tmp_path: Path):
    from reportlab.lib.pdfencrypt import StandardEncryption

    path = _pdf_with(tmp_path, "chiffre.pdf", _text_pdf, encrypt=StandardEncryption("secret"))
    proc = run_bilan("convert", str(path), "--out", str(tmp_path / "o"), "--password", "secret")
    # the password opens it; it then holds no bilan table, which is what the line must say
    assert proc.returncode == 1 and "no bilan table" in proc.stderr and "password" not in proc.stderr


def _docx_with(tmp: Path, name: str, document_xml: bytes, extra: dict[str, bytes] | None = None,
               compress: int = zipfile.ZIP_DEFLATED) -> Path:
    path = tmp / name
    with zipfile.ZipFile(DOCX) as src, zipfile.ZipFile(path, "w", compress) as dst:
        for info in src.infolist():
            data = document_xml if info.filename == "word/document.xml" else src.read(info.filename)
            dst.writestr(info.filename, data)
        for member, data in (extra or {}).items():
            dst.writestr(member, data)
    return path


def test_zip_bomb_is_refused_before_expanding(tmp_path: Path):
    original = zipfile.ZipFile(DOCX).read("word/document.xml")
    bomb = _docx_with(tmp_path, "bombe.docx", original, {"word/media/pad.bin": b"\0" * (300 * 1024 * 1024)})
    assert bomb.stat().st_size < 2 * 1024 * 1024
    proc = run_bilan("convert", str(bomb), "--out", str(tmp_path / "o"))
    assert proc.returncode == 1
    assert "zip bomb" in proc.stderr and "Traceback" not in proc.stderr


def test_a_zip_that_asks_for_an_unknown_zip_version_is_a_corrupt_archive(tmp_path: Path):
    data = bytearray(DOCX.read_bytes())
    entry = data.index(b"PK\x01\x02")  # first central directory entry
    data[entry + 6] = 0xFF  # "version needed to extract": 25.5, which no reader knows
    path = tmp_path / "version.docx"
    path.write_bytes(bytes(data))
    proc = run_bilan("convert", str(path), "--out", str(tmp_path / "o"))
    assert proc.returncode == 1
    assert "version.docx: corrupt zip archive" in proc.stderr and "unexpected" not in proc.stderr


def test_xml_external_entity_is_never_resolved(tmp_path: Path):
    secret = tmp_path / "secret.txt"
    secret.write_text("MOT-DE-PASSE-SECRET", encoding="utf-8")
    original = zipfile.ZipFile(DOCX).read("word/document.xml").decode("utf-8")
    head, sep, rest = original.partition("?>")
    doctype = f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://{secret}">]>'
    xml = head + sep + doctype + rest.replace("Constitution d'un comité de travail",
                                              "Constitution d'un comité de travail &xxe;", 1)
    path = _docx_with(tmp_path, "xxe.docx", xml.encode("utf-8"))
    out = tmp_path / "o"
    proc = run_bilan("convert", str(path), "--out", str(out), "--format", "csv")
    assert "Traceback" not in proc.stderr
    for produced in out.glob("*") if out.exists() else []:
        assert b"MOT-DE-PASSE-SECRET" not in produced.read_bytes(), produced.name


def test_a_file_that_takes_too_long_is_cut_off(tmp_path: Path):
    from bilan.workers import convert_isolated

    results = list(convert_isolated([(PDF, "lent.pdf"), (DOCX, "ok.docx")], jobs=1, timeout=0.05))
    assert results[0].document.status == "error" and "timed out after 0.05 s" in results[0].document.error
    # the next file gets its own clock: the Word file converts, or times out with the same line
    assert results[1].document.document == "ok.docx"


def test_a_file_that_needs_too_much_memory_is_cut_off(tmp_path: Path):
    # starved of memory a reader may fail at once or spin: both must end with the memory named.
    # (Run as a user runs it, in a fresh process: one that read files before holds freed memory
    # a small file's reading may fit in.)
    proc = run_bilan("convert", str(PDF), "--out", str(tmp_path / "o"), "--max-memory", "1", "--timeout", "30")
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert "bilan-2006-2008.pdf: needs more than 1 MB of memory (raise --max-memory)" in proc.stderr


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="address space read from /proc (Linux)")
def test_the_memory_limit_is_a_files_allowance_above_what_its_parent_holds():
    """A parent holding more address space than the limit (a server up for long, a test run):
    a file read in a child it forks gets its allowance on top of that, and converts."""
    import mmap

    from bilan.workers import convert_isolated

    held = mmap.mmap(-1, 3 * 1024 ** 3)  # 3 GB of address space, never touched
    try:
        (result,) = convert_isolated([(DOCX, "ok.docx")], memory_mb=512, timeout=120)
    finally:
        held.close()
    assert result.document.status == "ok", result.document.error


@pytest.mark.parametrize("jobs", [1, 2])
def test_jobs_give_the_same_bytes(tmp_path: Path, jobs: int):
    out = tmp_path / f"j{jobs}"
    ref = tmp_path / "ref"
    assert run_bilan("convert", str(DOCX), str(PDF), "--out", str(ref), "--format", "csv").returncode == 0
    assert run_bilan("convert", str(DOCX), str(PDF), "--out", str(out), "--format", "csv",
                     "--jobs", str(jobs)).returncode == 0
    for f in ref.iterdir():
        assert (out / f.name).read_bytes() == f.read_bytes(), f.name
