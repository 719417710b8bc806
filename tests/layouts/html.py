"""A spec (samples/SPEC_FORMAT.md) written as a plain HTML page and printed to PDF by Chromium.

People copy a bilan into a web page or an e-mail and print it from the browser: the tables come
out as the browser cuts them (rows broken anywhere at a page foot, the header row repeated only
when it sits in a <thead>), in the font the page names. The page is drawn as
samples/make_samples.py draws the Word file: a title page, the preamble, per section a heading
and its tables (the header row in bold, the objective cell merged down with rowspan over the
rows that leave it empty, the follow-up cell one paragraph per block, channels underlined, the
"er" of "1er" and the footnote mark raised), a footnote under the first table that uses its mark.

    html = spec_html(spec, page="A4", landscape=False, font="Liberation Sans")
    print_pdf(html_path, pdf_path)        # headless Chromium, a private profile, a timeout
"""

from __future__ import annotations

import functools
import html as _html
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import scripts
from layouts.render import OTHER_SHARE, SHARES

_SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


NO_CHROMIUM = "Chromium is not installed: apt-get install chromium"


# ------------------------------------------------------------------ text

@functools.lru_cache(maxsize=1)
def _samples():  # noqa: ANN202 - samples/make_samples.py, loaded once (its run splitter, its footnote rule)
    return scripts.make_samples()


def _runs(text: str, italic_spans=()) -> str:
    """Escaped text, the spans of `italic_spans` in <i>, the "er" of "1er" in <sup>: the
    pieces samples/make_samples.py draws in Word."""
    out = []
    for chunk, italic, sup in _samples()._segments(text, italic_spans):
        piece = _html.escape(chunk, quote=False)
        piece = f"<sup>{piece}</sup>" if sup else piece
        out.append(f"<i>{piece}</i>" if italic else piece)
    return "".join(out)


def _followup(row: dict) -> str:
    out = []
    for block in row.get("followup") or []:
        if "channel" in block:
            out.append(f"<p><u>{_runs(block['channel'])}</u></p>")
        elif "marker" in block:
            out.append(f"<p>{_runs(block['marker'])}</p>")
        elif "item" in block:
            bullet = block.get("bullet")
            text = (block["item"] if not bullet else "-" + block["item"] if bullet == "-"
                    else f"{bullet} {block['item']}")
            out.append(f"<p>{_runs(text, block.get('italic') or ())}</p>")
    return "".join(out)


def _cell(field: str, row: dict) -> str:
    if field == "followup":
        return _followup(row)
    text = row.get(field) or ""
    if field == "action":
        body = _runs(text, row.get("italic") or ())
        if row.get("footnote"):
            body += f"<sup>{_html.escape(row['footnote'].translate(_SUPERSCRIPT_DIGITS))}</sup>"
        return f"<p>{body}</p>"
    return f"<p>{_runs(text)}</p>" if text else ""


# ------------------------------------------------------------------ page

def _table(header: list[str], columns: list[str], rows: list[dict], repeat_header: bool) -> str:
    shares = [SHARES.get(c, OTHER_SHARE) for c in columns]
    cols = "".join(f'<col style="width:{100 * s / sum(shares):.3f}%">' for s in shares)
    head = "<tr>" + "".join(f"<th>{_runs(h)}</th>" for h in header) + "</tr>"
    obj = columns.index("objective") if "objective" in columns else -1
    span = [1] * len(rows)        # rowspan of the objective cell; 0: covered by the one above
    if obj >= 0:
        r = 0
        while r < len(rows):
            end = r
            if rows[r].get("objective"):
                while end + 1 < len(rows) and not rows[end + 1].get("objective"):
                    end += 1
            span[r] = end - r + 1
            for k in range(r + 1, end + 1):
                span[k] = 0
            r = end + 1
    body = []
    for r, row in enumerate(rows):
        cells = []
        for k, field in enumerate(columns):
            if k == obj and span[r] == 0:
                continue
            attr = f' rowspan="{span[r]}"' if k == obj and span[r] > 1 else ""
            cells.append(f"<td{attr}>{_cell(field, row)}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    if repeat_header:
        return f"<table><colgroup>{cols}</colgroup><thead>{head}</thead><tbody>{''.join(body)}</tbody></table>"
    return f"<table><colgroup>{cols}</colgroup><tbody>{head}{''.join(body)}</tbody></table>"


def spec_html(spec: dict, *, page: str = "A4", landscape: bool = True, font: str = "Liberation Sans",
              repeat_header: bool = True, ruled: bool = True, size: float = 10.0,
              margin: str = "0.7in") -> str:
    """The whole document the spec describes, as one HTML page printed on `page` paper."""
    rule = "0.5pt solid #000" if ruled else "none"
    css = f"""
@page {{ size: {page} {'landscape' if landscape else 'portrait'}; margin: {margin}; }}
body {{ font-family: "{font}"; font-size: {size}pt; line-height: 1.15; margin: 0; color: #000; }}
p {{ margin: 0; }}
.title {{ text-align: center; font-weight: bold; font-size: 20pt; margin: 0 0 6pt 0; }}
.first {{ margin-top: 120pt; }}
.date {{ text-align: center; font-weight: bold; font-size: 14pt; margin-top: 36pt; }}
.newpage {{ break-before: page; }}
.pre {{ text-align: justify; margin: 0 0 8pt 0; }}
.bullet {{ margin: 0 0 4pt 0.5in; }}
h1 {{ font-size: 14pt; font-weight: bold; margin: 12pt 0 6pt 0; }}
table {{ border-collapse: collapse; width: 100%; table-layout: fixed; margin: 0 auto; }}
th, td {{ border: {rule}; padding: 1pt 5pt; vertical-align: top; text-align: left;
          overflow-wrap: break-word; }}
th {{ font-weight: bold; }}
.note {{ font-size: 8pt; margin: 4pt 0; }}
.gap {{ height: {size * 1.15:.2f}pt; }}
"""
    parts = []
    title = spec.get("title") or []
    for i, line in enumerate(title):
        parts.append(f'<p class="title{" first" if i == 0 else ""}">{_runs(line)}</p>')
    if spec.get("date_line"):
        parts.append(f'<p class="date">{_runs(spec["date_line"])}</p>')
    new_page = bool(title or spec.get("date_line"))
    for block in spec.get("preamble") or []:
        italic = block.get("italic") or ()
        cls = " newpage" if new_page else ""
        if "p" in block:
            parts.append(f'<p class="pre{cls}">{_runs(block["p"], italic)}</p>')
            new_page = False
        elif "bullets" in block:
            marker = block.get("marker") or "•"
            for item in block["bullets"]:
                parts.append(f'<p class="bullet{" newpage" if new_page else ""}">'
                             f'{_runs(f"{marker} {item}", italic)}</p>')
                new_page = False

    header, columns = spec.get("header"), spec.get("columns")
    footnotes = list(spec.get("footnotes") or [])
    note_fits = _samples().footnote_rule(spec)
    placed: set[int] = set()
    for section in spec.get("sections") or []:
        if section.get("title"):
            parts.append(f'<h1{" class=newpage" if new_page else ""}>{_runs(section["title"])}</h1>')
            new_page = False
        for t in section.get("tables") or []:
            rows = t.get("rows") or []
            if (rows and rows[0].get("continuation")) or new_page:
                parts.append('<div class="newpage"></div>')   # the author's "(suite)": next page
                new_page = False
            parts.append(_table(t.get("header") or header, t.get("columns") or columns, rows, repeat_header))
            marks = {r["footnote"] for r in rows if r.get("footnote")}
            for i, note in enumerate(footnotes):
                if i not in placed and note_fits(note, marks):
                    parts.append(f'<p class="note">{_runs(note)}</p>')
                    placed.add(i)
            parts.append('<div class="gap"></div>')
    for i, note in enumerate(footnotes):
        if i not in placed:
            parts.append(f'<p class="note">{_runs(note)}</p>')
    name = _html.escape(spec.get("document") or "bilan")
    return (f'<!DOCTYPE html>\n<html lang="fr">\n<head>\n<meta charset="utf-8">\n<title>{name}</title>\n'
            f"<style>{css}</style>\n</head>\n<body>\n" + "\n".join(parts) + "\n</body>\n</html>\n")


# ------------------------------------------------------------------ printing

def print_pdf(html_path: Path, pdf_path: Path, timeout: float = 120) -> Path:
    """Print html_path to pdf_path with headless Chromium (no header or footer lines); the
    dates in the PDF are pinned so the same page gives the same bytes."""
    exe = chromium()
    if exe is None:
        raise FileNotFoundError(NO_CHROMIUM)
    html_path, pdf_path = Path(html_path).resolve(), Path(pdf_path).resolve()
    with tempfile.TemporaryDirectory(prefix="family_chromium_") as tmp:
        out = Path(tmp) / "out.pdf"
        cmd = [exe, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
               "--no-default-browser-check", "--disable-extensions", "--disable-sync",
               "--disable-background-networking", "--disable-component-update",
               f"--user-data-dir={tmp}/profile", "--no-pdf-header-footer",
               f"--print-to-pdf={out}", html_path.as_uri()]
        env = {**os.environ, "TZ": "UTC", "HOME": tmp, "LANG": "fr_FR.UTF-8"}
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env)
        except subprocess.TimeoutExpired as exc:
            raise RuntimeError(f"Chromium did not print {html_path.name} within {timeout:.0f} s") from exc
        if proc.returncode != 0 or not out.exists() or out.stat().st_size == 0:
            raise RuntimeError(f"Chromium failed to print {html_path.name} ({proc.returncode}):\n{proc.stderr[-2000:]}")
        from layouts.producers import pin_pdf
        pin_pdf(out)
        pdf_path.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(out), str(pdf_path))
    return pdf_path


def draw_html(spec: dict, pdf_path: Path, **options) -> Path:
    """The spec as HTML beside pdf_path, printed by Chromium to pdf_path."""
    pdf_path = Path(pdf_path)
    page = pdf_path.with_suffix(".html")
    page.write_text(spec_html(spec, **options), encoding="utf-8")
    return print_pdf(page, pdf_path)
