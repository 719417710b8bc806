"""The command line as a user meets it: help, bad files in a batch, exit codes, the folder."""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import SAMPLES, read_rows, run_bilan

DOCX = SAMPLES / "bilan-2006-2008.docx"


def test_help_shows_an_example_and_convert():
    proc = run_bilan("--help")
    assert proc.returncode == 0
    assert "bilan convert" in proc.stdout
    proc = run_bilan("convert", "--help")
    assert proc.returncode == 0 and "--out" in proc.stdout


def test_usage_error_exits_2():
    proc = run_bilan("convert", str(DOCX))  # no --out
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines()[-1].startswith("bilan convert: error:")


def test_bad_files_get_one_line_each_and_the_good_one_is_converted(tmp_path: Path):
    empty = tmp_path / "vide.docx"
    empty.write_bytes(b"")
    text = tmp_path / "notes.docx"
    text.write_text("Ceci n'est pas un document Word.\n", encoding="utf-8")
    missing = tmp_path / "absent.pdf"
    out = tmp_path / "out"
    proc = run_bilan("convert", str(missing), str(empty), str(DOCX), str(text), "--out", str(out))
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    errors = [ln for ln in proc.stderr.splitlines() if ln.startswith("bilan: ") and ": " in ln[7:]]
    by_file = {name: [ln for ln in errors if ln.startswith(f"bilan: {name}:")]
               for name in ("absent.pdf", "vide.docx", "notes.docx")}
    assert [len(v) for v in by_file.values()] == [1, 1, 1], proc.stderr
    assert "file not found" in by_file["absent.pdf"][0]
    assert "empty file" in by_file["vide.docx"][0]
    assert "not a Word document" in by_file["notes.docx"][0]
    docs = read_rows(out / "documents.csv")
    assert [(d["document"], d["status"]) for d in docs] == [
        ("absent.pdf", "error"), ("vide.docx", "error"), ("bilan-2006-2008.docx", "ok"),
        ("notes.docx", "error")]
    assert all(d["error"] for d in docs if d["status"] == "error")
    assert len(read_rows(out / "actions.csv")) == 17


def test_nothing_converted_leaves_previous_outputs(tmp_path: Path):
    out = tmp_path / "out"
    assert run_bilan("convert", str(DOCX), "--out", str(out)).returncode == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    proc = run_bilan("convert", str(tmp_path / "absent.docx"), "--out", str(out))
    assert proc.returncode == 1
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.name != "notes.txt"} == before
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine"


def test_same_input_same_bytes(tmp_path: Path):
    a, b = tmp_path / "a", tmp_path / "b"
    assert run_bilan("convert", str(DOCX), "--out", str(a)).returncode == 0
    assert run_bilan("convert", str(DOCX), "--out", str(b)).returncode == 0
    for name in ["documents.csv", "actions.csv", "followups.csv", "extras.csv", "anomalies.csv",
                 "datapackage.json"]:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def test_folder_input_and_clashing_names(tmp_path: Path):
    for sub in ("2009", "2010"):
        (tmp_path / "in" / sub).mkdir(parents=True)
        shutil.copy(DOCX, tmp_path / "in" / sub / "bilan.docx")
    (tmp_path / "in" / "2009" / "~$bilan.docx").write_bytes(b"lock")
    out = tmp_path / "out"
    proc = run_bilan("convert", str(tmp_path / "in" / "2009"), str(tmp_path / "in" / "2010" / "bilan.docx"),
                     "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    docs = read_rows(out / "documents.csv")
    assert [d["document"] for d in docs] == ["2009/bilan.docx", "2010/bilan.docx"]
    assert len(read_rows(out / "actions.csv")) == 34


def test_every_option_is_in_the_readme():
    from bilan.cli import build_parser

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    options = {o for a in parser._actions for o in a.option_strings if o not in ("-h", "--help")}
    for name, command in sub.choices.items():
        assert f"bilan {name}" in readme, name
        options |= {o for a in command._actions for o in a.option_strings if o not in ("-h", "--help")}
    missing = sorted(o for o in options if f"`{o}" not in readme)
    assert missing == []


def test_bom_and_semicolon_for_french_excel(tmp_path: Path):
    out = tmp_path / "out"
    proc = run_bilan("convert", str(DOCX), "--out", str(out), "--format", "csv", "--sep", ";", "--bom")
    assert proc.returncode == 0, proc.stderr
    raw = (out / "actions.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and raw[3:].startswith(b"document;action_id;section;")
    assert not (out / "bilan.xlsx").exists()
    import json
    package = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    assert package["resources"][0]["dialect"]["delimiter"] == ";"


def test_csv_excel_safe_prefixes_formula_like_cells(tmp_path: Path):
    plain, safe = tmp_path / "plain", tmp_path / "safe"
    assert run_bilan("convert", str(DOCX), "--out", str(plain), "--format", "csv").returncode == 0
    assert run_bilan("convert", str(DOCX), "--out", str(safe), "--format", "csv",
                     "--csv-excel-safe").returncode == 0
    plain_text = [r["followup_text"] for r in read_rows(plain / "actions.csv")]
    safe_text = [r["followup_text"] for r in read_rows(safe / "actions.csv")]
    starts = [t for t in plain_text if t.startswith("-")]
    assert starts  # the seed's follow-up cells start with "-Rencontre …"
    assert all(s == "'" + p if p.startswith("-") else s == p for p, s in zip(plain_text, safe_text))


def test_column_mapping_by_hand_is_checked():
    proc = run_bilan("convert", str(DOCX), "--out", "/tmp/never", "--columns", "Actions=nothing")
    assert proc.returncode == 2 and "'nothing' is not one of" in proc.stderr


def test_columns_maps_a_header_the_tool_does_not_know(tmp_path: Path):
    import zipfile
    src = zipfile.ZipFile(DOCX)
    doc = tmp_path / "projet.docx"
    with zipfile.ZipFile(doc, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "word/document.xml":
                data = data.replace(b">Actions<", b">Projets retenus<")
            dst.writestr(info.filename, data)
    out = tmp_path / "out"
    proc = run_bilan("convert", str(doc), "--out", str(out))
    assert proc.returncode == 1 and "no bilan table found" in proc.stderr and "Projets retenus" in proc.stderr
    mapping = tmp_path / "colonnes.toml"
    mapping.write_text('[columns]\n"Projets retenus" = "action"\n', encoding="utf-8")
    for option in ("Projets retenus=action", str(mapping)):
        proc = run_bilan("convert", str(doc), "--out", str(out), "--columns", option)
        assert proc.returncode == 0, proc.stderr
        assert len(read_rows(out / "actions.csv")) == 17


def test_recursive_takes_sub_folders(tmp_path: Path):
    (tmp_path / "in" / "2009").mkdir(parents=True)
    shutil.copy(DOCX, tmp_path / "in" / "a.docx")
    shutil.copy(DOCX, tmp_path / "in" / "2009" / "b.docx")
    (tmp_path / "in" / ".cache").mkdir()
    shutil.copy(DOCX, tmp_path / "in" / ".cache" / "c.docx")
    out = tmp_path / "out"
    assert run_bilan("convert", str(tmp_path / "in"), "--out", str(out)).returncode == 0
    assert [d["document"] for d in read_rows(out / "documents.csv")] == ["a.docx"]
    assert run_bilan("convert", str(tmp_path / "in"), "--out", str(out), "--recursive").returncode == 0
    assert [d["document"] for d in read_rows(out / "documents.csv")] == ["b.docx", "a.docx"]
