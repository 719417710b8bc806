"""rapport.html: self-contained, in French, every document text escaped, and drawn for real by
a browser when one is installed."""

from __future__ import annotations

import datetime as dt
import os
import re
import struct
import subprocess
import zlib
from collections import Counter
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import pytest

from bilan.api import convert
from conftest import SAMPLES
from bilan.normalize.audit import coverage
from bilan.normalize.records import ActionRow, Anomaly, Dataset, DocumentRow, FollowupRow
from bilan.outputs.report import french_date, render, write_report

TITLE = ("LE DÉVELOPPEMENT SOCIAL — DANS LA RÉGION DE LA CAPITALE-NATIONALE — BILAN — "
         "PLAN D'ACTION DE LA TABLE DE CONCERTATION — 2006-2008")
CHROMIUM = "/usr/bin/chromium"
ACCENT, GREEN = (31, 95, 168), (46, 125, 79)  # timeline bars, share bars (outputs/report.py CSS)


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("report")
    names = convert(SAMPLES / "bilan-2006-2008.docx").write(out)
    assert "rapport.html" in names
    return out / "rapport.html"


class _Rows(HTMLParser):
    """The text of every table cell, row by row (group headings are one-cell rows)."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[str]] = []
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None:
            self.rows[-1].append(re.sub(r"[ \t\r\n]+", " ", "".join(self._cell)).strip(" "))
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def _rows(html: str) -> list[list[str]]:
    parser = _Rows()
    parser.feed(html)
    return parser.rows


def test_self_contained_and_printable(report: Path):
    html = report.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert '<html lang="fr">' in html and '<meta charset="utf-8">' in html
    assert re.search(r'<meta name="viewport" content="width=device-width', html)
    assert "@media print" in html and "@media (max-width" in html
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", html, re.I)
    assert "<script" not in html.lower()
    assert "@import" not in html and "url(" not in html  # no font or image to fetch
    assert "<link" not in html.lower()


def test_title_date_counts_and_coverage(report: Path):
    html = report.read_text(encoding="utf-8")
    text = unescape(html)
    assert TITLE in text
    assert "Suivi en date du 31 mars 2009" in text
    rows = _rows(html)
    assert ["bilan-2006-2008.docx", "converti", "docx", "", TITLE, "31 mars 2009", "17", "109", "8", ""] in rows
    objective = next(r for r in rows if r and r[0].startswith("S'approprier les différents concepts"))
    assert objective[1:] == ["5", "4", "1", "0", "0", "9", "80\u00a0%"]
    assert len(re.findall(r"<section\b", html)) == 1
    assert html.count("<svg") == 1 and html.count('<rect class="b"') == 32  # months of timeline.csv


def test_actions_without_followup_overdue_first(report: Path):
    rows = _rows(report.read_text(encoding="utf-8"))
    pending = [(r[0], r[1]) for r in rows if len(r) == 6 and r[0] in ("En retard", "À venir", "Sans suivi")]
    assert pending == [("En retard", "A001"), ("En retard", "A008"), ("En retard", "A011"),
                       ("En retard", "A013"), ("Sans suivi", "A004")]
    a001 = next(r for r in rows if len(r) == 6 and r[1] == "A001")
    assert a001[3] == "2007 (fin : 31 décembre 2007)"


def test_anomalies_in_french_with_their_items(report: Path):
    rows = _rows(report.read_text(encoding="utf-8"))
    anomalies = [r for r in rows if len(r) == 5 and r[0] != "Type"]
    assert len(anomalies) == 8
    out_of_order = [r for r in anomalies if r[0] == "Date hors de l'ordre chronologique"]
    assert [(r[1], r[2]) for r in out_of_order] == [("A016", "19"), ("A017", "10")]
    assert "(30/01/06)" in out_of_order[0][3] and "(17/01/08)" in out_of_order[1][3]
    assert {r[0] for r in anomalies} >= {"Échéance passée sans suivi", "Aucun suivi",
                                         "Ligne jointe à la précédente (saut de page)"}


def test_same_bytes_each_time(report: Path, tmp_path: Path):
    convert(SAMPLES / "bilan-2006-2008.docx").write(tmp_path, formats=("html",))
    assert (tmp_path / "rapport.html").read_bytes() == report.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rapport.html"]


def _hostile() -> Dataset:
    evil = "<script>alert(1)</script>"
    day = dt.date(2009, 3, 31)
    action = ActionRow("a<i>.docx", "A001", f"Section {evil}", f"Objectif {evil}", evil,
                       '"><img src=x onerror=alert(1)>', evil, "year", dt.date(2007, 1, 1),
                       dt.date(2007, 12, 31), "", 0, None, None)
    item = FollowupRow("a<i>.docx", "A002", 1, evil, evil, "2008", dt.date(2008, 3, 1),
                       dt.date(2008, 3, 31), "month", evil, None)
    other = ActionRow("a<i>.docx", "A002", "S", "O", "x", "", "", "none", None, None, evil, 1, None, None)
    data = Dataset(
        documents=[DocumentRow("a<i>.docx", "ok", title=evil, as_of=day, actions=2, followups=1, anomalies=1),
                   DocumentRow("c&d.pdf", "error", error=f"not a PDF: {evil}")],
        actions=[action, other], followups=[item],
        anomalies=[Anomaly("a<i>.docx", "A001", None, "overdue_without_followup", evil, 3, 4)])
    data.coverage = coverage(data.actions, data.followups, day)
    return data


def test_every_text_is_escaped(tmp_path: Path):
    path = tmp_path / "rapport.html"
    write_report(path, _hostile())
    html = path.read_text(encoding="utf-8")
    assert "<script" not in html and "<img" not in html and "<i>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "a&lt;i&gt;.docx" in html and "c&amp;d.pdf" in html
    text = unescape(html)
    assert "not a PDF: <script>alert(1)</script>" in text  # the failed input and its cause
    assert "p. 3–4" in text and "Échéance passée sans suivi" in text


def test_french_dates():
    assert french_date(dt.date(2009, 3, 31)) == "31 mars 2009"
    assert french_date(dt.date(2008, 4, 1)) == "1er avril 2008"
    assert french_date(dt.date(2007, 8, 15)) == "15 août 2007"
    assert french_date(None) == ""


def test_an_empty_document_still_renders():
    html = render(Dataset(documents=[DocumentRow("vide.docx", "ok", title="", as_of=None, actions=0,
                                                 followups=0, anomalies=0)]))
    assert "date du suivi inconnue" in html and "Aucune action." in html


def _pixels(png: bytes) -> tuple[int, int, list[bytes]]:
    """Decode an 8-bit RGB or RGBA PNG into rows of pixels (the standard library only)."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    pos, data = 8, b""
    while pos < len(png):
        size, kind = struct.unpack(">I4s", png[pos:pos + 8])
        body = png[pos + 8:pos + 8 + size]
        pos += 12 + size
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and colour in (2, 6) and interlace == 0
        elif kind == b"IDAT":
            data += body
    bpp = 3 if colour == 2 else 4
    raw, stride, rows = zlib.decompress(data), width * bpp, []
    prev = bytearray(stride)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b = prev[x]
            c = prev[x - bpp] if x >= bpp else 0
            if kind == 1:
                line[x] = (line[x] + a) & 255
            elif kind == 2:
                line[x] = (line[x] + b) & 255
            elif kind == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, [bytes(r[i:i + 3]) for r in rows for i in range(0, stride, bpp)]


def _chromium(*args: str, home: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={home / 'profile'}", *args],
        capture_output=True, timeout=180, env={**os.environ, "HOME": str(home)})


@pytest.mark.skipif(not os.access(CHROMIUM, os.X_OK),
                    reason=f"{CHROMIUM} not installed (Debian package chromium): no real browser to draw the report")
def test_a_browser_draws_the_report(report: Path, tmp_path: Path):
    shot = tmp_path / "rapport.png"
    proc = _chromium(f"--screenshot={shot}", "--window-size=1200,2000", report.as_uri(), home=tmp_path)
    assert shot.exists(), proc.stderr.decode(errors="replace")[-2000:]
    width, height, pixels = _pixels(shot.read_bytes())
    assert (width, height) == (1200, 2000)
    colours = Counter(pixels)
    assert len(colours) > 200  # text, tables, bars: not a blank page
    assert colours.most_common(1)[0][1] < 0.9 * len(pixels)
    assert colours[bytes(ACCENT)] > 5000 and colours[bytes(GREEN)] > 1000  # SVG and CSS bars drawn

    proc = _chromium("--dump-dom", report.as_uri(), home=tmp_path)
    dom = unescape(proc.stdout.decode("utf-8"))
    assert TITLE in dom
    assert "80\u00a0%" in dom and "Suivi en date du 31 mars 2009" in dom

