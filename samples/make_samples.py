#!/usr/bin/env python3
"""Build the sample bilan documents (DOCX, then PDF) from a JSON spec.

The spec (format: samples/SPEC_FORMAT.md) describes what a person sees in the
report: title page, preamble, sections and their Objectif / Actions / Responsable /
Échéancier / Suivi tables.  This script draws it the way the real 2006-2008 report is
drawn: landscape pages, ruled tables whose header row repeats on each page, the Objectif
cell merged vertically over the actions of the same objective, underlined channels,
"-Item" follow-up lines, raised "er" in "1er", a superscript footnote mark.

Rebuild the committed samples (from the repository root):

    python samples/make_samples.py                 # samples/bilan-2006-2008.docx and .pdf
    python samples/make_samples.py --no-pdf        # the DOCX only
    python samples/make_samples.py --spec other.json --out-dir /tmp/out

The PDF is made by LibreOffice (``soffice --headless --convert-to pdf``); without it the
script builds the DOCX and says so (``apt-get install libreoffice-writer``).  The DOCX is
byte-for-byte reproducible (fixed core properties and zip timestamps); the PDF's dates and
/ID are pinned as well, the rest depends on the LibreOffice version.

Tests import this file by path and call ``build_docx(spec, path, ruled=...)`` and
``docx_to_pdf(docx_path, out_dir)`` to build variant documents.
"""
from __future__ import annotations

import argparse
import datetime as _dt
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

HERE = Path(__file__).resolve().parent
DEFAULT_SPEC = HERE / "bilan-2006-2008.json"

FIXED_DATE = _dt.datetime(2009, 4, 1, 0, 0, 0)
ZIP_DATE = (2009, 4, 1, 0, 0, 0)

FONT = "Arial"  # LibreOffice draws it with the metric-compatible Liberation Sans
PAGE_W, PAGE_H, MARGIN = Inches(11), Inches(8.5), Inches(0.7)

# Share of the table width per column; columns not listed get OTHER_SHARE.
COLUMN_SHARES = {"objective": 18, "action": 22, "responsible": 15, "deadline": 10, "followup": 35,
                 "number": 5, "state": 11}
TITLE_FILL = "D9D9D9"  # the shading of a title row (an objective or a section across the table)
OTHER_SHARE = 10

DEFAULT_HEADER = ["Objectif", "Actions", "Responsable/ partenaire", "Échéancier/ Date", "Suivi"]
DEFAULT_COLUMNS = ["objective", "action", "responsible", "deadline", "followup"]

_SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_ORDINAL_ER = re.compile(r"(?<=\d)er\b")


# --------------------------------------------------------------------------- runs

def _segments(text: str, italic_spans=()) -> list[tuple[str, bool, bool]]:
    """Split text into (chunk, italic, superscript) pieces.

    Every occurrence of an italic span is italic; the "er" of "1er" (after a digit) is raised.
    """
    n = len(text)
    italic = [False] * n
    for span in italic_spans or ():
        if not span:
            continue
        start = text.find(span)
        while start >= 0:
            for i in range(start, start + len(span)):
                italic[i] = True
            start = text.find(span, start + len(span))
    sup = [False] * n
    for m in _ORDINAL_ER.finditer(text):
        for i in range(m.start(), m.end()):
            sup[i] = True
    out: list[tuple[str, bool, bool]] = []
    for i, ch in enumerate(text):
        key = (italic[i], sup[i])
        if out and (out[-1][1], out[-1][2]) == key:
            out[-1] = (out[-1][0] + ch, *key)
        else:
            out.append((ch, *key))
    return out


def footnote_rule(spec: dict):  # noqa: ANN201 - (note, marks of a table) -> bool
    """Whether a footnote goes under a table whose rows use `marks`: a note goes under the
    first table using its mark (any footnoted table if it names none). The HTML renderer of
    the tests places notes by the same rule."""
    all_marks = {r["footnote"] for s in spec.get("sections") or [] for t in s.get("tables") or []
                 for r in t.get("rows") or [] if r.get("footnote")}

    def note_fits(note: str, marks: set) -> bool:
        own = [m for m in all_marks if note.startswith(m)]
        return bool(marks & set(own)) if own else bool(marks)

    return note_fits


def _add_text(paragraph, text: str, *, italic_spans=(), bold=False, underline=False,
              size=None) -> None:
    for chunk, italic, sup in _segments(text, italic_spans):
        run = paragraph.add_run(chunk)
        if bold:
            run.bold = True
        if italic:
            run.italic = True
        if underline:
            run.underline = True
        if sup:
            run.font.superscript = True
        if size is not None:
            run.font.size = size


def _tight(paragraph) -> None:
    pf = paragraph.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = 1.0


# --------------------------------------------------------------------------- document setup

def _setup_document(doc) -> None:
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(10)
    rpr = normal.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(attr), FONT)
    heading = doc.styles["Heading 1"]
    heading.font.name = FONT
    heading.font.size = Pt(14)
    heading.font.bold = True
    heading.font.color.rgb = RGBColor(0, 0, 0)
    heading.paragraph_format.space_before = Pt(12)
    heading.paragraph_format.space_after = Pt(6)
    hrfonts = heading.element.get_or_add_rPr().find(qn("w:rFonts"))
    if hrfonts is not None:
        for attr in list(hrfonts.attrib):
            del hrfonts.attrib[attr]
        for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            hrfonts.set(qn(attr), FONT)

    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = PAGE_W, PAGE_H
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, MARGIN)

    cp = doc.core_properties
    cp.author = "Table de concertation"
    cp.last_modified_by = "Table de concertation"
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.last_printed = FIXED_DATE
    cp.revision = 1
    cp.title = ""
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""


def _title_page(doc, spec: dict) -> None:
    for i, line in enumerate(spec.get("title") or []):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_before = Pt(120 if i == 0 else 0)
        p.paragraph_format.space_after = Pt(6)
        _add_text(p, line, bold=True, size=Pt(20))
    if spec.get("date_line"):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_before = Pt(36)
        _add_text(p, spec["date_line"], bold=True, size=Pt(14))
    if spec.get("title") or spec.get("date_line"):
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _preamble(doc, spec: dict) -> None:
    for block in spec.get("preamble") or []:
        if "p" in block:
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.space_after = Pt(8)
            _add_text(p, block["p"], italic_spans=block.get("italic") or ())
        elif "bullets" in block:
            marker = block.get("marker") or "•"
            for item in block["bullets"]:
                p = doc.add_paragraph()
                p.paragraph_format.left_indent = Inches(0.5)
                p.paragraph_format.space_after = Pt(4)
                _add_text(p, f"{marker} {item}", italic_spans=block.get("italic") or ())


# --------------------------------------------------------------------------- tables

def _set_borders(parent_pr, tag: str, sides: dict) -> None:
    """Replace parent_pr's <tag> (w:tblBorders / w:tcBorders) with the given sides."""
    old = parent_pr.find(qn(tag))
    if old is not None:
        parent_pr.remove(old)
    borders = OxmlElement(tag)
    for side, val in sides.items():
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), val)
        if val not in ("nil", "none"):
            el.set(qn("w:sz"), "4")
            el.set(qn("w:space"), "0")
            el.set(qn("w:color"), "000000")
        borders.append(el)
    # keep schema order: tblBorders/tcBorders come after the width/jc/indent elements
    successors = {"w:tblBorders": ("w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook"),
                  "w:tcBorders": ("w:shd", "w:noWrap", "w:tcMar", "w:textDirection",
                                  "w:tcFitText", "w:vAlign", "w:hideMark")}[tag]
    for name in successors:
        nxt = parent_pr.find(qn(name))
        if nxt is not None:
            nxt.addprevious(borders)
            return
    parent_pr.append(borders)


_SIDES = ("top", "left", "bottom", "right", "insideH", "insideV")


def _mark_header_row(row) -> None:
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def _column_widths(columns: list[str]) -> list[int]:
    total = PAGE_W - 2 * MARGIN
    shares = [COLUMN_SHARES.get(c, OTHER_SHARE) for c in columns]
    s = sum(shares)
    widths = [int(total * sh / s) for sh in shares]
    return widths


def _fill_cell(cell, field: str, row: dict, blocks: list | None = None) -> None:
    """Write the row's `field` into cell; `blocks` are this cell's follow-up blocks when the table
    has several follow-up columns (else the row's `followup`)."""
    first = cell.paragraphs[0]
    _tight(first)
    if field == "followup":
        paragraph = first
        for i, block in enumerate((row.get("followup") if blocks is None else blocks) or []):
            if i:
                paragraph = cell.add_paragraph()
                _tight(paragraph)
            if "channel" in block:
                _add_text(paragraph, block["channel"], underline=True)
            elif "marker" in block:
                _add_text(paragraph, block["marker"])
            elif "item" in block:
                bullet = block.get("bullet")
                if bullet is None or bullet == "":
                    text = block["item"]
                elif bullet == "-":
                    text = "-" + block["item"]
                else:
                    text = f"{bullet} {block['item']}"
                _add_text(paragraph, text, italic_spans=block.get("italic") or ())
        return
    text = row.get(field) or ""
    if field == "action":
        _add_text(first, text, italic_spans=row.get("italic") or ())
        mark = row.get("footnote")
        if mark:
            run = first.add_run(mark.translate(_SUPERSCRIPT_DIGITS))
            run.font.superscript = True
    else:
        _add_text(first, text)


def _add_table(doc, header: list[str], columns: list[str], rows: list[dict], *, ruled: bool):
    table = doc.add_table(rows=1 + len(rows), cols=len(columns))
    if ruled:
        table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    tblPr = table._tbl.tblPr
    _set_borders(tblPr, "w:tblBorders",
                 {s: ("single" if ruled else "nil") for s in _SIDES})

    widths = _column_widths(columns)
    tblW = tblPr.find(qn("w:tblW"))
    tblW.set(qn("w:type"), "dxa")
    tblW.set(qn("w:w"), str(sum(w // 635 for w in widths)))  # EMU -> twentieths of a point
    for col, width in zip(table.columns, widths):
        col.width = width
    for tr in table.rows:
        for cell, width in zip(tr.cells, widths):
            cell.width = width

    head = table.rows[0]
    _mark_header_row(head)
    for cell, text in zip(head.cells, header):
        p = cell.paragraphs[0]
        _tight(p)
        _add_text(p, text, bold=True)
        if not ruled:
            _set_borders(cell._tc.get_or_add_tcPr(), "w:tcBorders", {"bottom": "single"})

    several = columns.count("followup") > 1
    for r, row in enumerate(rows, start=1):
        cells = table.rows[r].cells
        if "title_row" in row:
            _title_row(cells, row["title_row"]["text"])
            continue
        for k, (cell, field) in enumerate(zip(cells, columns)):
            if several and field == "followup":
                blocks = (row.get("followups") or [[]] * len(columns))[columns[:k].count("followup")]
                _fill_cell(cell, field, row, blocks)
            else:
                _fill_cell(cell, field, row)

    # Objectif merged down over the following rows that leave it empty.
    if "objective" in columns:
        c = columns.index("objective")
        r = 0
        while r < len(rows):
            end = r
            if rows[r].get("objective"):
                while (end + 1 < len(rows) and not rows[end + 1].get("objective")
                       and "title_row" not in rows[end + 1]):
                    end += 1
            if end > r:
                table.cell(r + 1, c).merge(table.cell(end + 1, c))
            r = end + 1
    return table


def _title_row(cells, text: str) -> None:
    """A title row (an objective or a section): one cell across the table (w:gridSpan), bold,
    shaded."""
    cell = cells[0].merge(cells[-1]) if len(cells) > 1 else cells[0]
    p = cell.paragraphs[0]
    _tight(p)
    _add_text(p, text, bold=True)
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), TITLE_FILL)
    for name in ("w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark"):
        nxt = tcPr.find(qn(name))
        if nxt is not None:
            nxt.addprevious(shd)
            break
    else:
        tcPr.append(shd)


def _footnote_paragraph(doc, text: str) -> None:
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(4)
    p.paragraph_format.space_after = Pt(4)
    _add_text(p, text, size=Pt(8))


def build_docx(spec: dict, path, *, ruled: bool = True, title_foot: int = 0) -> None:
    """Draw spec as a Word document at path (ruled=False: borderless tables; title_foot=n: the
    table ends after the n-th title row and the rest starts on a new page, under its header)."""
    path = Path(path)
    doc = Document()
    _setup_document(doc)
    _title_page(doc, spec)
    _preamble(doc, spec)

    header = spec.get("header") or DEFAULT_HEADER
    columns = spec.get("columns") or DEFAULT_COLUMNS
    footnotes = list(spec.get("footnotes") or [])
    note_fits = footnote_rule(spec)
    placed = set()
    titles = 0
    for section in spec.get("sections") or []:
        if section.get("title"):
            doc.add_heading(section["title"], level=1)
        for t in section.get("tables") or []:
            rows = t.get("rows") or []
            if rows and rows[0].get("continuation"):
                # the author split this row by hand: it starts on the next page
                doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            cut = None
            for i, row in enumerate(rows):
                titles += "title_row" in row
                if title_foot and "title_row" in row and titles == title_foot and cut is None:
                    cut = i + 1
            if cut is not None and cut < len(rows):
                # the title row ends its page: its rows start the next one
                _add_table(doc, t.get("header") or header, t.get("columns") or columns, rows[:cut],
                           ruled=ruled)
                doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
                rows = rows[cut:]
            _add_table(doc, t.get("header") or header, t.get("columns") or columns, rows,
                       ruled=ruled)
            marks = {r["footnote"] for r in rows if r.get("footnote")}
            for i, note in enumerate(footnotes):
                if i not in placed and note_fits(note, marks):
                    _footnote_paragraph(doc, note)
                    placed.add(i)
            # an empty paragraph keeps consecutive tables apart (Word would join them)
            _tight(doc.add_paragraph())
    for i, note in enumerate(footnotes):
        if i not in placed:
            _footnote_paragraph(doc, note)

    tmp = path.with_name(path.name + ".tmp")
    doc.save(str(tmp))
    _normalize_zip(tmp, path)
    tmp.unlink()


def _normalize_zip(src: Path, dst: Path) -> None:
    """Rewrite the package with fixed member timestamps so rebuilds are byte-identical."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))


# --------------------------------------------------------------------------- PDF

def _soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def docx_to_pdf(docx_path, out_dir) -> Path:
    """Convert docx_path to PDF with LibreOffice; return the PDF path in out_dir."""
    exe = _soffice()
    if exe is None:
        raise FileNotFoundError("soffice not found: the PDF needs LibreOffice "
                                "(apt-get install libreoffice-writer)")
    docx_path = Path(docx_path).resolve()
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="make_samples_") as tmp:
        tmp = Path(tmp)
        # a private profile: no clash with another running LibreOffice
        profile = (tmp / "profile").as_uri()
        cmd = [exe, f"-env:UserInstallation={profile}", "--headless", "--norestore",
               "--convert-to", "pdf", "--outdir", str(tmp / "out"), str(docx_path)]
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=300,
                              env={**os.environ, "TZ": "UTC"})
        produced = tmp / "out" / (docx_path.stem + ".pdf")
        if proc.returncode != 0 or not produced.exists():
            raise RuntimeError(f"LibreOffice conversion failed ({proc.returncode}):\n"
                               f"{proc.stdout}\n{proc.stderr}")
        _pin_pdf_metadata(produced)
        target = out_dir / produced.name
        shutil.move(str(produced), str(target))
    return target


def _pin_pdf_metadata(pdf: Path) -> None:
    """Replace the build dates, /ID and /DocChecksum by fixed values of the same length (xref stays valid)."""
    data = pdf.read_bytes()
    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\(D:)[0-9]{14}", rb"\g<1>20090401000000", data)
    data = re.sub(rb"/ID\s*\[\s*<[0-9A-Fa-f]*>\s*<[0-9A-Fa-f]*>\s*\]",
                  lambda m: re.sub(rb"[0-9A-Fa-f](?=[0-9A-Fa-f]*>)", b"0", m.group(0)), data)
    data = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]{32})", lambda m: m.group(1) + b"0" * 32, data)
    pdf.write_bytes(data)


# --------------------------------------------------------------------------- CLI

def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--spec", type=Path, default=DEFAULT_SPEC, help="JSON spec (default: %(default)s)")
    ap.add_argument("--out-dir", type=Path, default=HERE, help="output folder (default: %(default)s)")
    ap.add_argument("--no-pdf", action="store_true", help="build the DOCX only")
    args = ap.parse_args(argv)

    spec = json.loads(args.spec.read_text(encoding="utf-8"))
    out_dir = args.out_dir
    out_dir.mkdir(parents=True, exist_ok=True)
    name = spec.get("document") or args.spec.stem
    docx_path = out_dir / f"{name}.docx"
    build_docx(spec, docx_path)
    print(f"wrote {docx_path}")
    if args.no_pdf:
        return 0
    if _soffice() is None:
        print(f"skipped {name}.pdf: the PDF needs LibreOffice (apt-get install libreoffice-writer)")
        return 0
    pdf = docx_to_pdf(docx_path, out_dir)
    print(f"wrote {pdf}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
