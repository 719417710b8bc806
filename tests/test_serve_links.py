"""The result page's card "D'un bilan à l'autre": confirming, refusing and adding links between
the actions of a series' bilans, written as the run's links.csv (the `--links` file of
`bilan convert`) and the tracks recomputed; through the test client and in a real browser."""

from __future__ import annotations

import csv
import io
import re
import time
import urllib.request
import zipfile
from collections.abc import Iterator
from html import unescape
from pathlib import Path

import pytest
from starlette.testclient import TestClient

import browser
from bilan.serve import ServeConfig, create_app
from conftest import DATA, run_bilan

SERIES = sorted((DATA / "series").glob("bilan-vallee-*.docx"))
BASE = "http://127.0.0.1:8000"
Y1, Y2 = "bilan-vallee-2008-2009.docx", "bilan-vallee-2009-2010.docx"


@pytest.fixture()
def client() -> Iterator[TestClient]:
    with TestClient(create_app(ServeConfig(max_upload_mb=5, timeout=120)), base_url=BASE,
                    follow_redirects=False) as c:
        yield c


def _convert(client: TestClient, links: bytes | None = None) -> str:
    files = [("files", (p.name, p.read_bytes())) for p in SERIES]
    if links is not None:
        files.append(("links", ("links.csv", links)))
    response = client.post("/convert", files=files, data={"sep": ","})
    assert response.status_code == 303, response.text
    location = response.headers["location"]
    deadline = time.monotonic() + 240
    while client.get(location + "status.json").json()["state"] != "fini":
        assert time.monotonic() < deadline
        time.sleep(0.2)
    return location


def _parse(data: bytes) -> list[dict[str, str]]:
    """A CSV of the run, in the separator the form chose (the page's default is ';')."""
    text = data.decode("utf-8-sig")
    head = text.split("\n", 1)[0]
    return list(csv.DictReader(io.StringIO(text), delimiter=";" if head.count(";") > head.count(",") else ","))


def _csv(client: TestClient, url: str) -> list[dict[str, str]]:
    response = client.get(url)
    assert response.status_code == 200, url
    return _parse(response.content)


def _track(rows: list[dict[str, str]], document: str, action_id: str) -> str:
    return next(r["track_id"] for r in rows if (r["document"], r["action_id"]) == (document, action_id))


def _rows(page: str) -> dict[tuple[str, str], dict[str, str]]:
    """The card's link rows: (action, target) as document:action_id → the forms' values and state."""
    out = {}
    for m in re.finditer(r'<tr data-action="([^"]+)" data-target="([^"]+)"( class="confirmed")?>(.*?)</tr>',
                         page, re.S):
        values = re.search(r'name="action" value="([^"]+)"><input type="hidden" name="target" value="([^"]+)"',
                           m.group(4))
        out[(unescape(m.group(1)), unescape(m.group(2)))] = {
            "action": values.group(1), "target": values.group(2), "confirmed": bool(m.group(3))}
    return out


def _choose(client: TestClient, location: str, **fields: str):
    return client.post(location + "links", data=fields)


def test_each_link_is_listed_and_refusing_confirming_adding_undoing_rewrites_the_tracks(
        client: TestClient, tmp_path: Path):
    location = _convert(client)
    before = _csv(client, location + "tracks.csv")
    page = client.get(location).text
    assert "D'un bilan à l'autre" in unescape(page)
    rows = _rows(page)
    linked = [r for r in before if r["link"] != "first"]
    assert len(rows) == len(linked) > 10  # one row per link of tracks.csv
    kinds = {"same": "même texte", "reworded": "reformulée", "after_gap": "reprise après un bilan sans elle"}
    assert {r["link"] for r in linked} == set(kinds)
    assert all(unescape(page).count(label) >= sum(r["link"] == kind for r in linked) for kind, label in kinds.items())
    assert client.get(location + "links.csv").status_code == 404  # no correction yet

    # Refuse the link of the second bilan's A001: it leaves the first bilan's A001 track.
    pair = (f"{Y2}:A001", f"{Y1}:A001")
    assert _track(before, Y2, "A001") == _track(before, Y1, "A001")
    response = _choose(client, location, op="forbid", **{k: rows[pair][k] for k in ("action", "target")})
    assert response.status_code == 303 and response.headers["location"].endswith("#links")
    refused = _csv(client, location + "tracks.csv")
    assert _track(refused, Y2, "A001") != _track(refused, Y1, "A001")
    rules = _csv(client, location + "links.csv")
    assert rules == [{"document": Y2, "action_id": "A001", "linked_document": Y1, "linked_action_id": "A001",
                      "decision": "forbid"}]
    page = client.get(location).text
    assert pair not in _rows(page)
    assert f"{Y2} A001 n'est pas {Y1} A001" in unescape(page)
    archive = zipfile.ZipFile(io.BytesIO(client.get(location + "bilan-csv.zip").content))
    assert "links.csv" in archive.namelist()
    assert archive.read("tracks.csv").decode("utf-8") == client.get(location + "tracks.csv").content.decode("utf-8")

    # The run's links.csv, given to the command line, gives the run's tracks.
    (tmp_path / "links.csv").write_bytes(client.get(location + "links.csv").content)
    proc = run_bilan("convert", *map(str, SERIES), "--out", str(tmp_path / "out"),
                     "--links", str(tmp_path / "links.csv"))
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "out" / "tracks.csv").read_bytes() == client.get(location + "tracks.csv").content

    # Add the missed link back: the forced link replaces the refusal of the same pair.
    response = _choose(client, location, op="force", action=rows[pair]["action"], target=rows[pair]["target"])
    assert response.status_code == 303
    assert _csv(client, location + "tracks.csv") == before
    assert [r["decision"] for r in _csv(client, location + "links.csv")] == ["force"]
    assert _rows(client.get(location).text)[pair]["confirmed"]

    # Confirm another proposed link: the tracks stay, the rule is kept.
    other = next(p for p in rows if p != pair)
    assert _choose(client, location, op="force", **{k: rows[other][k] for k in ("action", "target")}).status_code == 303
    assert _csv(client, location + "tracks.csv") == before
    assert len(_csv(client, location + "links.csv")) == 2

    # Undo both: no correction file, the tracks as first proposed.
    for _ in range(2):
        assert _choose(client, location, op="undo", rule="0").status_code == 303
    assert client.get(location + "links.csv").status_code == 404
    assert _csv(client, location + "tracks.csv") == before
    assert "Vos corrections" not in client.get(location).text


def test_a_choice_that_cannot_be_made_says_why_and_changes_nothing(client: TestClient):
    location = _convert(client)
    before = client.get(location + "tracks.csv").content
    rows = _rows(client.get(location).text)
    link = rows[(f"{Y2}:A001", f"{Y1}:A001")]
    action = link["action"]
    backwards = _choose(client, location, op="force", action=link["target"], target=action)
    assert backwards.status_code == 400
    assert f"{Y2} ne précède pas {Y1}" in unescape(backwards.text)
    for fields in ({"op": "force", "action": "9:A001", "target": action},
                   {"op": "undo", "rule": "0"}, {"op": "delete"}):
        response = _choose(client, location, **fields)
        assert response.status_code == 400 and 'id="link-error"' in response.text, fields
    cross_site = client.post(location + "links", data={"op": "forbid", "action": action, "target": action},
                             headers={"origin": "http://evil.example"})
    assert cross_site.status_code == 403
    assert client.get(location + "tracks.csv").content == before
    assert client.get(location + "links.csv").status_code == 404
    assert client.post("/runs/nope/links", data={"op": "undo", "rule": "0"}).status_code == 404


def test_a_links_file_sent_with_the_bilans_is_applied_and_a_bad_one_is_refused(client: TestClient):
    rules = ("document,action_id,linked_document,linked_action_id,decision\n"
             f"{Y2},A001,{Y1},A001,forbid\n").encode()
    location = _convert(client, links=rules)
    tracks = _csv(client, location + "tracks.csv")
    assert _track(tracks, Y2, "A001") != _track(tracks, Y1, "A001")
    assert client.get(location + "links.csv").content.decode("utf-8").splitlines()[1] == f"{Y2},A001,{Y1},A001,forbid"
    assert f"{Y2} A001 n'est pas {Y1} A001" in unescape(client.get(location).text)

    bad = client.post("/convert", files=[("files", (SERIES[0].name, SERIES[0].read_bytes())),
                                         ("links", ("corrections.csv", b"document;action_id\nx;A001\n"))])
    assert bad.status_code == 400
    text = unescape(bad.text)
    assert "corrections.csv" in text and "missing column(s) linked_document" in text


@pytest.mark.skipif(browser.browser_missing() is not None, reason=browser.browser_missing() or "")
def test_a_real_browser_refuses_a_link_then_adds_it_back(tmp_path: Path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import Select, WebDriverWait

    with browser.live_server(ServeConfig(max_upload_mb=5, timeout=120)) as url, \
            browser.chromium(tmp_path / "profile") as driver:
        driver.get(url + "/")
        driver.find_element(By.CSS_SELECTOR, 'input[name="files"]').send_keys("\n".join(map(str, SERIES)))
        driver.find_element(By.CSS_SELECTOR, 'button[type="submit"]').click()
        WebDriverWait(driver, 240).until(ec.presence_of_element_located((By.ID, "links")))
        run = driver.current_url.split("#")[0]
        row = f'#links tr[data-action="{Y2}:A001"][data-target="{Y1}:A001"]'
        driver.find_element(By.CSS_SELECTOR, row + ' button[value="forbid"]').click()
        WebDriverWait(driver, 60).until(ec.presence_of_element_located((By.ID, "link-rules")))
        assert driver.current_url == run + "#links"
        assert not driver.find_elements(By.CSS_SELECTOR, row)
        assert f"{Y2} A001 n'est pas {Y1} A001" in driver.find_element(By.ID, "link-rules").text
        with urllib.request.urlopen(run + "tracks.csv", timeout=30) as response:
            tracks = _parse(response.read())
        assert _track(tracks, Y2, "A001") != _track(tracks, Y1, "A001")

        form = driver.find_element(By.CSS_SELECTOR, "#links form.add-link")
        Select(form.find_element(By.NAME, "action")).select_by_visible_text(
            next(o.text for o in form.find_elements(By.CSS_SELECTOR, 'select[name="action"] option')
                 if o.text.startswith(f"{Y2} A001 ")))
        Select(form.find_element(By.NAME, "target")).select_by_visible_text(
            next(o.text for o in form.find_elements(By.CSS_SELECTOR, 'select[name="target"] option')
                 if o.text.startswith(f"{Y1} A001 ")))
        form.find_element(By.CSS_SELECTOR, 'button[value="force"]').click()
        WebDriverWait(driver, 60).until(ec.presence_of_element_located((By.CSS_SELECTOR, row + ".confirmed")))
        assert "confirmé" in driver.find_element(By.CSS_SELECTOR, row).text
        links = {a.text: a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "#downloads a")}
        with urllib.request.urlopen(links["links.csv"], timeout=30) as response:
            assert _parse(response.read()) == [{"document": Y2, "action_id": "A001", "linked_document": Y1,
                                                 "linked_action_id": "A001", "decision": "force"}]
        with urllib.request.urlopen(run + "tracks.csv", timeout=30) as response:
            tracks = _parse(response.read())
        assert _track(tracks, Y2, "A001") == _track(tracks, Y1, "A001")
