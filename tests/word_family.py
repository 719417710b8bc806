"""The Word family: the project's specs saved the way people really save Word files.

A bilan is passed around with track changes on, built from a template with content controls,
pasted from e-mails with smart tags and fields. Each member is one spec (samples/ or
tests/variants/) drawn by samples/make_samples.py, then rewritten at the XML level with one
kind of wrapper around its text (WRAPPERS). The visible text stays the same, so each member
must give exactly the spec's expected rows; the text a reader must not see (deletions, the
moved-from copy, field instructions) holds HIDDEN, which must appear in no output.

    python tests/word_family.py OUT_DIR      # write every member into OUT_DIR, to open in Word
"""

from __future__ import annotations

import copy
import json
import re
import sys
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

from lxml import etree

import scripts

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DATA = HERE / "data"

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
V = "urn:schemas-microsoft-com:vml"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

# A word of text Word keeps in the file but does not show: it must reach no output.
HIDDEN = "BIFFURE"


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


# ------------------------------------------------------------------ specs and their rows

def specs() -> dict[str, tuple[dict, Path]]:
    """Every spec by name, with the folder of its expected actions.csv and followups.csv."""
    found = {"bilan-2006-2008": (_load(ROOT / "samples" / "bilan-2006-2008.json"), DATA / "seed")}
    for path in sorted((HERE / "variants").glob("*.json")):
        found[path.stem] = (_load(path), DATA / "variants" / path.stem)
    return found


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def build_plain(spec: dict, path: Path) -> None:
    """The spec drawn as tests/variants/build.py draws it (Word list rows included)."""
    make_samples = scripts.make_samples()
    variants = scripts.variants_build()
    make_samples.build_docx(spec, path, ruled=spec.get("ruled", True))
    variants.word_lists(spec, path, make_samples)


def _table_columns(spec: dict) -> list[list[str]]:
    """The column names of each table of the document, in order."""
    columns = spec.get("columns") or ["objective", "action", "responsible", "deadline", "followup"]
    return [t.get("columns") or columns for s in spec["sections"] for t in s["tables"]]


# ------------------------------------------------------------------ XML helpers

def _el(tag: str, attrs: dict[str, str] | None = None, *children) -> etree._Element:
    ns, _, name = tag.partition(":")
    uri = {"w": W, "w14": W14, "w15": W15, "mc": MC, "wp": WP, "a": A, "wps": WPS, "v": V}[ns]
    el = etree.Element(f"{{{uri}}}{name}")
    for key, value in (attrs or {}).items():
        kns, _, kname = key.partition(":")
        el.set(f"{{{ {'w': W, 'mc': MC}[kns] }}}{kname}" if kname else key, value)
    for child in children:
        el.append(child)
    return el


class Ids:
    """w:id values, unique in the document as Word requires."""

    def __init__(self) -> None:
        self.n = 100

    def __call__(self) -> str:
        self.n += 1
        return str(self.n)


def _revision(tag: str, ids: Ids) -> etree._Element:
    return _el(tag, {"w:id": ids(), "w:author": "Agente de la Table", "w:date": "2009-03-30T10:00:00Z"})


def _text_run(text: str, tag: str = "t", rpr: etree._Element | None = None) -> etree._Element:
    run = _el("w:r")
    if rpr is not None:
        run.append(copy.deepcopy(rpr))
    t = _el(f"w:{tag}")
    t.text = text
    t.set(XML_SPACE, "preserve")
    run.append(t)
    return run


def _deleted(text: str, ids: Ids) -> etree._Element:
    wrapper = _revision("w:del", ids)
    wrapper.append(_text_run(text, "delText"))
    return wrapper


def _wrap(children: list[etree._Element], wrapper: etree._Element) -> etree._Element:
    """Put wrapper where the first child was and move the children into it."""
    children[0].addprevious(wrapper)
    for child in children:
        wrapper.append(child)
    return wrapper


def _runs(p: etree._Element) -> list[etree._Element]:
    return [r for r in p.iterchildren(_w("r"))]


def _split_words(p: etree._Element) -> list[etree._Element]:
    """Cut every direct text run of p into one run per word (spaces kept), marks copied."""
    out = []
    for run in _runs(p):
        texts = run.findall(_w("t"))
        if len(texts) != 1 or len(run) > (2 if run.find(_w("rPr")) is not None else 1):
            out.append(run)
            continue
        words = re.findall(r"\S+\s*|\s+", texts[0].text or "")
        if len(words) <= 1:
            out.append(run)
            continue
        rpr = run.find(_w("rPr"))
        pieces = [_text_run(word, rpr=rpr) for word in words]
        for piece in pieces:
            run.addprevious(piece)
        run.getparent().remove(run)
        out.extend(pieces)
    return out


def _data_rows(tbl: etree._Element) -> list[etree._Element]:
    return list(tbl.iterchildren(_w("tr")))[1:]


def _cell(tr: etree._Element, columns: list[str], name: str) -> etree._Element | None:
    if name not in columns:
        return None
    cells = list(tr.iterchildren(_w("tc")))
    return cells[columns.index(name)]


def _paragraphs(tc: etree._Element | None) -> list[etree._Element]:
    return [] if tc is None else [p for p in tc.iterchildren(_w("p")) if _runs(p)]


def _end_with_paragraph(tc: etree._Element | None) -> None:
    """Word wants a cell's last element to be a paragraph."""
    if tc is not None and tc[-1].tag != _w("p"):
        tc.append(_el("w:p"))


def _sdt(ids: Ids, alias: str, *extra: etree._Element) -> tuple[etree._Element, etree._Element]:
    """A content control (its w:sdt and its w:sdtContent)."""
    pr = _el("w:sdtPr", None, _el("w:alias", {"w:val": alias}), _el("w:tag", {"w:val": alias}),
             _el("w:id", {"w:val": ids()}), *extra)
    content = _el("w:sdtContent")
    return _el("w:sdt", None, pr, _el("w:sdtEndPr"), content), content


def _custom_xml(element: str) -> etree._Element:
    return _el("w:customXml", {"w:uri": "urn:bilan:plan", "w:element": element})


# ------------------------------------------------------------------ the wrappers

Tables = list[tuple[etree._Element, list[str]]]


def tracked(body: etree._Element, tables: Tables, ids: Ids) -> None:
    """Action cells typed with track changes on: every run in a w:ins, deleted words among
    them, a deleted follow-up paragraph and a deleted row."""
    for tbl, columns in tables:
        rows = _data_rows(tbl)
        for tr in rows:
            for p in _paragraphs(_cell(tr, columns, "action")):
                runs = _runs(p)
                first = runs[0]
                t = first.find(_w("t"))
                cut = (t.text or "").find(" ")
                if cut > 0:  # split the first run at a space, a deletion between the halves
                    tail = copy.deepcopy(first)
                    tail.find(_w("t")).text = t.text[cut + 1:]
                    t.text = t.text[:cut + 1]
                    t.set(XML_SPACE, "preserve")
                    first.addnext(tail)
                    runs.insert(1, tail)
                _wrap(runs[:1], _revision("w:ins", ids))
                if len(runs) > 1:
                    ins = _wrap(runs[1:], _revision("w:ins", ids))
                    ins.addprevious(_deleted(f"{HIDDEN} ", ids))
                p.append(_deleted(f" {HIDDEN} final", ids))
            followup = _cell(tr, columns, "followup")
            if followup is not None:  # a whole item deleted, its paragraph mark too
                gone = _el("w:p", None, _el("w:pPr", None, _el("w:rPr", None, _revision("w:del", ids))),
                           _deleted(f"-{HIDDEN} point retiré (mars 2009)", ids))
                followup.append(gone)
        if rows:  # a row deleted at the end of the table
            row = copy.deepcopy(rows[0])
            trpr = row.find(_w("trPr"))
            if trpr is None:
                trpr = _el("w:trPr")
                row.insert(0, trpr)
            trpr.append(_revision("w:del", ids))
            for tc in row.iterchildren(_w("tc")):
                tcpr = tc.find(_w("tcPr"))
                merge = tcpr.find(_w("vMerge")) if tcpr is not None else None
                if merge is not None:
                    tcpr.remove(merge)
                for p in tc.iterchildren(_w("p")):
                    for run in _runs(p):
                        p.remove(run)
                    for node in list(p):
                        if node.tag != _w("pPr"):
                            p.remove(node)
                    p.append(_deleted(f"{HIDDEN} ligne retirée", ids))
            tbl.append(row)


def moved(body: etree._Element, tables: Tables, ids: Ids) -> None:
    """Each action moved from the responsible cell to the action cell: w:moveTo where it
    shows, a w:moveFrom copy (w:t, as Word writes it) left behind in the responsible cell."""
    for tbl, columns in tables:
        for tr in _data_rows(tbl):
            action = _paragraphs(_cell(tr, columns, "action"))
            responsible = _paragraphs(_cell(tr, columns, "responsible"))
            if not action or not responsible:
                continue
            name = f"move{ids()}"
            p = action[0]
            runs = _runs(p)
            left = [copy.deepcopy(r) for r in runs]
            _wrap(runs, _revision("w:moveTo", ids))
            p.insert(1 if p.find(_w("pPr")) is not None else 0,
                     _el("w:moveToRangeStart", {"w:id": ids(), "w:name": name, "w:author": "A",
                                                "w:date": "2009-03-30T10:00:00Z"}))
            p.append(_el("w:moveToRangeEnd", {"w:id": ids()}))
            source = _revision("w:moveFrom", ids)
            source.append(_text_run(f" {HIDDEN} "))
            for run in left:
                source.append(run)
            target = responsible[-1]
            target.append(_el("w:moveFromRangeStart", {"w:id": ids(), "w:name": name, "w:author": "A",
                                                       "w:date": "2009-03-30T10:00:00Z"}))
            target.append(source)
            target.append(_el("w:moveFromRangeEnd", {"w:id": ids()}))


def smart_tags_and_fields(body: etree._Element, tables: Tables, ids: Ids) -> None:
    """Words of follow-up items and responsible cells in smart tags and simple fields."""
    for tbl, columns in tables:
        for tr in _data_rows(tbl):
            for name in ("followup", "responsible"):
                for p in _paragraphs(_cell(tr, columns, name)):
                    for i, run in enumerate(_split_words(p)):
                        if i % 3 == 1:
                            _wrap([run], _el("w:smartTag", {"w:uri": "urn:schemas-microsoft-com:office:smarttags",
                                                            "w:element": "place"}))
                        elif i % 3 == 2:
                            _wrap([run], _el("w:fldSimple", {"w:instr": " MERGEFIELD Suivi "}))


def complex_fields(body: etree._Element, tables: Tables, ids: Ids) -> None:
    """Action, deadline and follow-up paragraphs shown as the result of a complex field (a link
    pasted from an e-mail) whose instruction holds hidden words; before each, a field that
    shows nothing (SET, no result)."""
    def field_runs(instruction: str, result: list[etree._Element] | None) -> list[etree._Element]:
        out = [_el("w:r", None, _el("w:fldChar", {"w:fldCharType": "begin"})),
               _text_run(instruction, "instrText")]
        if result is not None:
            out.append(_el("w:r", None, _el("w:fldChar", {"w:fldCharType": "separate"})))
            out.extend(result)
        out.append(_el("w:r", None, _el("w:fldChar", {"w:fldCharType": "end"})))
        return out

    for tbl, columns in tables:
        for tr in _data_rows(tbl):
            for name in ("action", "deadline", "followup"):
                for p in _paragraphs(_cell(tr, columns, name)):
                    runs = _runs(p)
                    anchor = runs[0]
                    empty = field_runs(f' SET {HIDDEN} "{HIDDEN}" ', None)
                    for r in empty:
                        anchor.addprevious(r)
                    begin = field_runs(f' HYPERLINK "https://example.org/{HIDDEN}" ', [])
                    for r in begin[:-1]:
                        anchor.addprevious(r)
                    runs[-1].addnext(begin[-1])


def inline_controls(body: etree._Element, tables: Tables, ids: Ids) -> None:
    """The runs of every cell paragraph inside an inline rich text content control (a plain
    text control, `w:text`, would hold only one format: no underlined channel, no raised "er")."""
    for tbl, columns in tables:
        for tr in _data_rows(tbl):
            for name in columns:
                for p in _paragraphs(_cell(tr, columns, name)):
                    sdt, content = _sdt(ids, f"champ-{name}")
                    runs = _runs(p)
                    runs[0].addprevious(sdt)
                    for run in runs:
                        content.append(run)


def row_controls(body: etree._Element, tables: Tables, ids: Ids) -> None:
    """The data rows in a repeating-section content control, each row in its own item
    control; the responsible cell of every row in a cell-level control."""
    for tbl, columns in tables:
        rows = _data_rows(tbl)
        if not rows:
            continue
        for tr in rows:
            tc = _cell(tr, columns, "responsible")
            if tc is not None:
                sdt, content = _sdt(ids, "responsable")
                tc.addprevious(sdt)
                content.append(tc)
            item, item_content = _sdt(ids, "ligne", _el("w15:repeatingSectionItem"))
            tr.addprevious(item)
            item_content.append(tr)
        items = [el for el in tbl.iterchildren(_w("sdt"))]
        section, content = _sdt(ids, "actions", _el("w15:repeatingSection"))
        items[0].addprevious(section)
        for el in items:
            content.append(el)


def table_controls(body: etree._Element, tables: Tables, ids: Ids) -> None:
    """Every table inside a block content control (a rich text control of a template), and
    the paragraphs of each follow-up cell inside one more."""
    for tbl, columns in tables:
        for tr in _data_rows(tbl):
            paragraphs = _paragraphs(_cell(tr, columns, "followup"))
            if paragraphs:
                sdt, content = _sdt(ids, "suivi")
                paragraphs[0].addprevious(sdt)
                for p in paragraphs:
                    content.append(p)
                _end_with_paragraph(_cell(tr, columns, "followup"))
        sdt, content = _sdt(ids, "tableau")
        tbl.addprevious(sdt)
        content.append(tbl)


def custom_xml(body: etree._Element, tables: Tables, ids: Ids) -> None:
    """Custom XML at every level: around tables, rows, cells, paragraphs and runs."""
    for tbl, columns in tables:
        for n, tr in enumerate(_data_rows(tbl)):
            for p in _paragraphs(_cell(tr, columns, "action")):
                _wrap(_runs(p), _custom_xml("libelle"))
            for p in _paragraphs(_cell(tr, columns, "followup")):
                _wrap([p], _custom_xml("point"))
            _end_with_paragraph(_cell(tr, columns, "followup"))
            tc = _cell(tr, columns, "responsible")
            if tc is not None:
                _wrap([tc], _custom_xml("responsable"))
            if n % 2 == 0:
                _wrap([tr], _custom_xml("action"))
        _wrap([tbl], _custom_xml("plan"))


def text_boxes(body: etree._Element, tables: Tables, ids: Ids) -> None:
    """Section headings typed in a text box: mc:AlternateContent with a DrawingML shape
    (mc:Choice) and its VML copy (mc:Fallback), both holding the heading's paragraph."""
    for p in body.iterchildren(_w("p")):
        style = p.find(f"{_w('pPr')}/{_w('pStyle')}")
        runs = _runs(p)
        if style is None or not style.get(_w("val"), "").startswith("Heading") or not runs:
            continue
        inner = _el("w:p", None, *[copy.deepcopy(r) for r in runs])
        choice = _el("mc:Choice", {"Requires": "wps"}, _el(
            "w:drawing", None, _el("wp:anchor", {"distT": "0", "distB": "0", "distL": "0", "distR": "0"},
                                   _el("wp:extent", {"cx": "5486400", "cy": "457200"}),
                                   _el("wp:docPr", {"id": ids(), "name": "Zone de texte"}),
                                   _el("a:graphic", None, _el("a:graphicData", {"uri": WPS}, _el(
                                       "wps:wsp", None, _el("wps:txbx", None, _el(
                                           "w:txbxContent", None, inner))))))))
        fallback = _el("mc:Fallback", None, _el("w:pict", None, _el(
            "v:shape", {"style": "width:432pt;height:36pt"}, _el(
                "v:textbox", None, _el("w:txbxContent", None, copy.deepcopy(inner))))))
        box = _el("w:r", None, _el("mc:AlternateContent", None, choice, fallback))
        runs[0].addprevious(box)
        for r in runs:
            p.remove(r)


WRAPPERS: dict[str, Callable[[etree._Element, Tables, Ids], None]] = {
    "tracked": tracked,
    "moved": moved,
    "smart_tags_fields": smart_tags_and_fields,
    "complex_fields": complex_fields,
    "inline_controls": inline_controls,
    "row_controls": row_controls,
    "table_controls": table_controls,
    "custom_xml": custom_xml,
    "text_boxes": text_boxes,
}


def rewrite(plain: Path, target: Path, spec: dict, wrapper: str) -> Path:
    """Copy the Word file plain to target with one wrapper applied to word/document.xml."""
    with zipfile.ZipFile(plain) as src:
        members = [(info, src.read(info.filename)) for info in src.infolist()]
    xml = dict((i.filename, data) for i, data in members)["word/document.xml"]
    root = etree.fromstring(xml)
    body = root.find(_w("body"))
    tables = list(zip(body.findall(_w("tbl")), _table_columns(spec), strict=True))
    WRAPPERS[wrapper](body, tables, Ids())
    out = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for info, data in members:
            dst.writestr(info, out if info.filename == "word/document.xml" else data)
    return target


def members(folder: Path) -> Iterator[tuple[str, str, Path]]:
    """Build every member into folder: (spec name, wrapper, path)."""
    for name, (spec, _expected) in specs().items():
        plain = folder / f"{name}.docx"
        build_plain(spec, plain)
        for wrapper in WRAPPERS:
            yield name, wrapper, rewrite(plain, folder / f"{name}-{wrapper}.docx", spec, wrapper)


if __name__ == "__main__":
    out_dir = Path(sys.argv[1] if len(sys.argv) > 1 else "word-family")
    out_dir.mkdir(parents=True, exist_ok=True)
    for _name, _wrapper, written in members(out_dir):
        print(f"wrote {written}")
