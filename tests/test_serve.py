"""`bilan serve`: the HTTP surface through Starlette's test client, the command's start-up, and
one real browser (headless Chromium driven by Selenium) dropping the sample on the page."""

from __future__ import annotations

import io
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
import zipfile
from collections.abc import Iterator
from html import unescape
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from bilan.api import convert
from bilan.causes import file_notes, french_cause
from bilan.serve import ServeConfig, create_app, display_url
import browser
from conftest import SAMPLES, run_bilan

DOCX = SAMPLES / "bilan-2006-2008.docx"
BASE = "http://127.0.0.1:8000"


@pytest.fixture()
def client() -> Iterator[TestClient]:
    app = create_app(ServeConfig(max_upload_mb=1, timeout=120))
    with TestClient(app, base_url=BASE, follow_redirects=False) as c:
        yield c


def _post(client: TestClient, *files: tuple[str, bytes], **fields: str):
    return client.post("/convert", files=[("files", (name, data)) for name, data in files], data=fields)


def _finished(client: TestClient, location: str, limit: float = 240.0) -> dict:
    """Poll status.json as the page does, until the run is over."""
    deadline = time.monotonic() + limit
    while True:
        status = client.get(location + "status.json").json()
        if status["state"] == "fini":
            return status
        assert time.monotonic() < deadline, f"run still {status['state']} after {limit:g} s"
        time.sleep(0.2)


def _run_files(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*"))


def test_form_page_is_french_with_a_multiple_file_input(client: TestClient):
    page = client.get("/")
    assert page.status_code == 200
    html = page.text
    assert '<html lang="fr">' in html
    assert 'enctype="multipart/form-data"' in html and 'action="/convert"' in html
    assert re.search(r'<input type="file"[^>]*name="files"[^>]*multiple', html)
    assert 'name="sep" value=";"' in html and 'name="bom"' in html
    assert client.get("/static/drop.js").status_code == 200  # drag and drop onto the page


def test_convert_answers_303_then_the_results_match_the_command_line(client: TestClient, tmp_path: Path):
    answer = _post(client, (DOCX.name, DOCX.read_bytes()), sep=";", bom="1")
    assert answer.status_code == 303
    location = answer.headers["location"]
    match = re.fullmatch(r"/runs/([A-Za-z0-9_-]{20,})/", location)
    assert match, location
    status = _finished(client, location)

    expected = convert(DOCX)
    doc = expected.dataset.documents[0]
    [row] = status["files"]
    assert row == {"name": DOCX.name, "status": "ok", "error": "", "actions": doc.actions,
                   "followups": doc.followups, "anomalies": doc.anomalies,
                   "notes": file_notes(expected.dataset).get(DOCX.name, [])}
    page = client.get(location)
    assert page.status_code == 200 and "converti" in page.text
    assert 'http-equiv="refresh"' not in page.text  # finished: no more polling
    suivi = sum(c.status == "suivi" for c in expected.dataset.coverage)
    assert status["coverage"][0]["suivi"] == suivi
    assert f'<td class="n">{suivi}</td>' in page.text
    for name in ("bilan.xlsx", "rapport.html", "bilan-csv.zip"):
        assert f'href="{location}{name}"' in page.text

    # The downloads are those of `bilan convert --sep ";" --bom`, byte for byte.
    reference = tmp_path / "cli"
    written = expected.write(reference, sep=";", bom=True)
    archive = client.get(location + "bilan-csv.zip")
    assert archive.status_code == 200 and archive.headers["content-type"] == "application/zip"
    with zipfile.ZipFile(io.BytesIO(archive.content)) as zf:
        names = zf.namelist()
        assert sorted(names) == sorted(n for n in written if n.endswith(".csv") or n == "datapackage.json")
        for name in names:
            assert zf.read(name) == (reference / name).read_bytes(), name
        assert zf.read("actions.csv").startswith("\ufeffdocument;action_id;".encode())
    workbook = client.get(location + "bilan.xlsx")
    assert workbook.status_code == 200 and workbook.content[:2] == b"PK"
    assert "attachment" in workbook.headers["content-disposition"]
    report = client.get(location + "rapport.html")
    assert report.status_code == 200 and report.content == (reference / "rapport.html").read_bytes()
    assert "default-src 'none'" in report.headers["content-security-policy"]
    single = client.get(location + "actions.csv")
    assert single.content == (reference / "actions.csv").read_bytes()


def test_a_file_that_fails_gets_its_error_line_and_others_still_convert(client: TestClient):
    answer = _post(client, ("notes.pdf", b"this is not a pdf"), (DOCX.name, DOCX.read_bytes()))
    status = _finished(client, answer.headers["location"])
    bad, good = status["files"]
    assert bad["status"] == "erreur" and bad["error"]
    assert good["status"] == "ok"
    page = client.get(answer.headers["location"]).text
    assert bad["error"] in page and "bilan-csv.zip" in page


def test_bad_files_get_a_french_cause_beside_the_readers_line(client: TestClient, tmp_path: Path):
    from test_bad_input import _bad_files

    bad = _bad_files(tmp_path)
    answer = _post(client, *((name, path.read_bytes()) for name, (path, _) in bad.items()))
    status = _finished(client, answer.headers["location"])
    page = unescape(client.get(answer.headers["location"]).text)
    assert [f["name"] for f in status["files"]] == list(bad)
    for row in status["files"]:
        assert row["status"] == "erreur" and row["error"]
        french = french_cause(row["error"])
        assert french != row["error"], row["error"]  # each usual cause has its French sentence
        assert french in page and row["error"] in page


def test_the_password_field_opens_encrypted_pdfs(client: TestClient, tmp_path: Path):
    from test_bad_input import _bad_files

    encrypted = _bad_files(tmp_path)["chiffre.pdf"][0].read_bytes()
    without = _finished(client, _post(client, ("chiffre.pdf", encrypted)).headers["location"])
    assert "--password" in without["files"][0]["error"]
    opened = _finished(client, _post(client, ("chiffre.pdf", encrypted), password="secret").headers["location"])
    assert opened["files"][0]["error"].startswith("no bilan table")  # opened: it just holds no table


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-fra)")
def test_the_ocr_choice_of_the_form_reaches_the_reader(client: TestClient, tmp_path: Path):
    import pdf_fixtures as fx
    from scans import scan_pdf

    scanned = scan_pdf(Path(fx.ruled_table_pdf(str(tmp_path / "table.pdf"))), tmp_path / "scan.pdf", dpi=300)
    assert 'name="ocr" value="never"' in client.get("/").text
    never = _finished(client, _post(client, ("scan.pdf", scanned.read_bytes()), ocr="never").headers["location"])
    assert never["files"][0]["status"] == "erreur" and never["files"][0]["actions"] is None
    read = _finished(client, _post(client, ("scan.pdf", scanned.read_bytes())).headers["location"])
    assert read["files"][0]["status"] == "ok" and read["files"][0]["actions"] >= 1


def test_a_converted_file_without_follow_up_column_carries_a_note(client: TestClient, tmp_path: Path):
    import docx

    from test_reconciliation import PLAIN, _docx_table

    document = docx.Document()
    rows = [r[:4] + [budget] for r, budget in zip(PLAIN, ["15 000 $", "2 500 $"])]
    _docx_table(document, ["Objectif", "Actions", "Responsable", "Échéance", "Budget"], rows)
    path = tmp_path / "sans-suivi.docx"
    document.save(path)
    answer = _post(client, (path.name, path.read_bytes()), (DOCX.name, DOCX.read_bytes()))
    status = _finished(client, answer.headers["location"])
    lacking, sample = status["files"]
    assert lacking["status"] == "ok" and sample["status"] == "ok"
    assert any("colonne de suivi non reconnue" in n for n in lacking["notes"])
    assert not any("colonne de suivi" in n for n in sample["notes"])
    page = unescape(client.get(answer.headers["location"]).text)
    assert all(note in page for note in lacking["notes"])


def test_nothing_converted_offers_nothing_to_download(client: TestClient):
    answer = _post(client, ("vide.docx", b""))
    status = _finished(client, answer.headers["location"])
    assert status["files"][0]["status"] == "erreur" and status["downloads"] == []
    page = client.get(answer.headers["location"]).text
    assert "rien à télécharger" in page
    assert client.get(answer.headers["location"] + "bilan-csv.zip").status_code == 404


def test_a_hostile_file_name_is_only_a_name(client: TestClient):
    store = client.app.state.store
    answer = _post(client, ("../../x.pdf", DOCX.read_bytes()), ("..\\..\\évil<>.docx", DOCX.read_bytes()))
    assert answer.status_code == 303
    status = _finished(client, answer.headers["location"])
    assert [f["name"] for f in status["files"]] == ["x.pdf", "évil.docx"]
    assert [f["status"] for f in status["files"]] == ["ok", "ok"]
    assert not (store.root.parent / "x.pdf").exists() and not Path("x.pdf").exists()
    run_id = answer.headers["location"].split("/")[2]
    assert [p for p in _run_files(store.root / run_id) if p.startswith("inputs")] == [
        "inputs", "inputs/001", "inputs/002"]
    with zipfile.ZipFile(io.BytesIO(client.get(answer.headers["location"] + "bilan-csv.zip").content)) as zf:
        documents = zf.read("documents.csv").decode()
    assert "\nx.pdf," in documents and "\névil.docx," in documents


def test_over_max_upload_is_413_and_nothing_is_kept(client: TestClient):
    store = client.app.state.store
    big = b"%PDF-1.4\n" + b"0" * (1024 * 1024 + 10)
    answer = _post(client, ("gros.pdf", big))
    assert answer.status_code == 413 and "1 Mo" in answer.text
    assert store.runs == {} and _run_files(store.root) == []


def test_an_upload_without_content_length_is_counted_while_it_streams(client: TestClient):
    store = client.app.state.store
    boundary = "bilanboundary"

    def body() -> Iterator[bytes]:
        yield (f"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.pdf\"\r\n"
               "Content-Type: application/pdf\r\n\r\n").encode()
        for _ in range(40):
            yield b"0" * 65536  # 2.5 MB in all, no Content-Length header
        yield f"\r\n--{boundary}--\r\n".encode()

    answer = client.post("/convert", content=body(),
                         headers={"content-type": f"multipart/form-data; boundary={boundary}"})
    assert answer.status_code == 413
    assert store.runs == {} and _run_files(store.root) == []


def test_unknown_runs_and_files_are_404(client: TestClient):
    assert client.get("/runs/nope/").status_code == 404
    assert client.get("/runs/nope/status.json").status_code == 404
    assert client.get("/runs/nope/bilan.xlsx").status_code == 404
    assert client.get("/nowhere").status_code == 404
    answer = _post(client, (DOCX.name, DOCX.read_bytes()))
    location = answer.headers["location"]
    _finished(client, location)
    for name in ("secret.txt", "inputs", "..%2Finputs%2F001", "..%2F..%2F..%2Fetc%2Fpasswd", ".bilan-csv.zip.tmp"):
        assert client.get(location + name).status_code == 404, name
    assert client.get(location + "inputs/001").status_code == 404
    run_id = location.split("/")[2]
    other = location.replace(run_id, run_id[:-1] + ("x" if run_id[-1] != "x" else "y"))  # one letter off
    assert client.get(other).status_code == 404


def test_no_file_and_cross_site_posts_are_refused(client: TestClient):
    assert client.post("/convert", data={"sep": ";"}).status_code == 400
    forged = client.post("/convert", files=[("files", (DOCX.name, DOCX.read_bytes()))],
                         headers={"origin": "http://evil.example"})
    assert forged.status_code == 403
    assert client.app.state.store.runs == {}
    assert client.get("/", headers={"host": "evil.example"}).status_code == 400  # DNS rebinding


def test_old_runs_are_removed_and_everything_goes_at_shutdown():
    app = create_app(ServeConfig())
    with TestClient(app, base_url=BASE, follow_redirects=False) as client:
        store = app.state.store
        location = _post(client, (DOCX.name, DOCX.read_bytes())).headers["location"]
        _finished(client, location)
        run = store.get(location.split("/")[2])
        assert run.folder.is_dir()
        run.created -= 2 * 86400
        assert client.get("/").status_code == 200  # a request prunes runs older than a day
        assert client.get(location).status_code == 404 and not run.folder.exists()
        assert store.root.is_dir()
    assert not store.root.exists()


def test_only_a_host_given_on_purpose_opens_the_page_to_other_names():
    assert display_url("0.0.0.0", 8000) == "http://127.0.0.1:8000/"  # the address to open here
    assert display_url("::", 8080) == "http://[::1]:8080/"
    shared = create_app(ServeConfig(host="0.0.0.0"))
    with TestClient(shared, base_url="http://192.168.1.20:8000") as c:
        assert c.get("/").status_code == 200
    local = create_app(ServeConfig())
    with TestClient(local, base_url="http://192.168.1.20:8000") as c:
        assert c.get("/").status_code == 400


def test_serve_options_are_checked_and_a_busy_port_is_one_line():
    assert run_bilan("serve", "--port", "70000").returncode == 2
    assert run_bilan("serve", "--max-upload", "0").returncode == 2
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        proc = run_bilan("serve", "--no-browser", "--port", str(port))
    assert proc.returncode == 1
    assert proc.stderr.strip().startswith(f"bilan: error: cannot listen on 127.0.0.1:{port}")
    assert len(proc.stderr.strip().splitlines()) == 1


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a display is told by DISPLAY on Linux only")
def test_serve_command_prints_the_url_and_listens_on_loopback_only():
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    proc = subprocess.Popen([sys.executable, "-m", "bilan", "serve", "--port", "0"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        first, second, third = (proc.stdout.readline() for _ in range(3))
        match = re.search(r"http://127\.0\.0\.1:(\d+)/", first)
        assert match, first
        assert "only on 127.0.0.1" in second
        assert "No graphical display" in third  # no text-mode browser started in the terminal
        with urllib.request.urlopen(match.group(0), timeout=30) as page:
            assert page.status == 200 and "Convertir des bilans" in page.read().decode()
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    assert proc.returncode in (0, -15)


# ---- one real browser -------------------------------------------------------------------------

@pytest.fixture()
def live_server() -> Iterator[str]:
    with browser.live_server(ServeConfig(max_upload_mb=1, timeout=120)) as url:
        yield url


@pytest.mark.skipif(browser.browser_missing() is not None, reason=browser.browser_missing() or "")
def test_a_real_browser_drops_the_sample_and_finds_the_downloads(live_server: str, tmp_path: Path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    with browser.chromium(tmp_path / "profile") as driver:
        driver.get(live_server + "/")
        assert driver.find_element(By.TAG_NAME, "h1").text == "Convertir des bilans"
        big = tmp_path / "gros.pdf"
        big.write_bytes(b"%PDF-1.4\n" + b"0" * (1024 * 1024 + 10))
        picker = driver.find_element(By.CSS_SELECTOR, 'input[type="file"][name="files"]')
        picker.send_keys(str(big))  # over --max-upload: the page says so and does not send it
        driver.find_element(By.CSS_SELECTOR, 'button[type="submit"]').click()
        assert driver.find_element(By.ID, "toobig").is_displayed()
        assert driver.current_url == live_server + "/"
        picker.clear()
        picker.send_keys(str(DOCX))
        assert not driver.find_element(By.ID, "toobig").is_displayed()
        driver.find_element(By.CSS_SELECTOR, 'button[type="submit"]').click()
        WebDriverWait(driver, 240).until(ec.presence_of_element_located((By.ID, "downloads")))
        assert re.fullmatch(re.escape(live_server) + r"/runs/[A-Za-z0-9_-]{20,}/", driver.current_url)
        links = {a.text: a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "#downloads a")}
        assert set(links) == {"bilan.xlsx", "rapport.html", "bilan-csv.zip"}
        assert all(href.startswith(driver.current_url) for href in links.values())
        cells = [td.text for td in driver.find_elements(By.CSS_SELECTOR, "#files td")]
        assert cells[:2] == [DOCX.name, "converti"]
        with urllib.request.urlopen(links["bilan-csv.zip"], timeout=30) as archive:
            assert archive.status == 200
            assert "actions.csv" in zipfile.ZipFile(io.BytesIO(archive.read())).namelist()
        if os.environ.get("BILAN_SCREENSHOT"):  # docs/serve.png: the Word and PDF samples and a bad file
            bad = tmp_path / "notes.pdf"
            bad.write_text("pas un PDF", encoding="utf-8")
            driver.get(live_server + "/")
            files = "\n".join(str(p) for p in (DOCX, SAMPLES / "bilan-2006-2008.pdf", bad))
            driver.find_element(By.CSS_SELECTOR, 'input[name="files"]').send_keys(files)
            driver.find_element(By.CSS_SELECTOR, 'button[type="submit"]').click()
            WebDriverWait(driver, 240).until(ec.presence_of_element_located((By.ID, "downloads")))
            driver.set_window_size(1000, 900)
            driver.save_screenshot(os.environ["BILAN_SCREENSHOT"])


def test_the_page_files_ship_in_the_wheel():
    """Every template and static file is package data, so `pip install .` gives a working page."""
    import fnmatch
    import tomllib

    from conftest import ROOT
    setup = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    web = ROOT / "bilan" / "web"
    files = [p for p in web.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    assert files
    for path in files:
        package = ".".join(path.parent.relative_to(ROOT).parts)
        assert package in setup["packages"], package
        assert any(fnmatch.fnmatch(path.name, g) for g in setup["package-data"].get(package, [])), path
