"""The body of a Word document (WordprocessingML) walked into paragraphs and tables.

What a reader sees is what Word shows, in document order:
- runs are read through every wrapper Word writes around them: hyperlinks, tracked insertions
  (`w:ins`) and moves (`w:moveTo`), smart tags, simple fields, custom XML, inline content
  controls (`w:sdt`); each run keeps the marks of its own `w:rPr`;
- deleted text is never read: `w:del`, `w:delText`, `w:moveFrom`, rows whose `w:trPr` holds
  `w:del`, hidden runs (`w:vanish`); a paragraph whose mark is deleted runs on into the next;
- a complex field shows its result (between `fldChar separate` and `end`), not its
  instruction (`w:instrText`);
- a text box is read once, where its anchor is: one branch of `mc:AlternateContent`
  (`mc:Choice`, else `mc:Fallback`), its paragraphs' text joined into the anchoring paragraph;
- paragraphs, tables, rows and cells inside content controls or custom XML are paragraphs,
  tables, rows and cells; a content control still showing its template's prompt text
  (`w:showingPlcHdr`) holds nobody's text and is skipped.
Track changes are thus read as if all were accepted.
The table grid is kept as Word draws it: a cell spanning columns (`w:gridSpan`) or continuing
a vertical merge (`w:vMerge`) leaves merged slots, so every row has one cell per grid column.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from bilan.extract.model import Cell, Line, Paragraph, Row, Span, Table

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


P, TBL, TR, TC, R = _w("p"), _w("tbl"), _w("tr"), _w("tc"), _w("r")
SDT, SDT_CONTENT, CUSTOM_XML = _w("sdt"), _w("sdtContent"), _w("customXml")
ALTERNATE = f"{{{MC_NS}}}AlternateContent"
CHOICE, FALLBACK = f"{{{MC_NS}}}Choice", f"{{{MC_NS}}}Fallback"
TXBX_CONTENT = _w("txbxContent")
VAL = _w("val")

# Wrappers whose content is shown as if they were not there.
_TRANSPARENT_INLINE = {_w(t) for t in ("hyperlink", "smartTag", "customXml", "ins", "moveTo",
                                       "fldSimple", "dir", "bdo", "sdtContent")}
_TRANSPARENT_BLOCK = {CUSTOM_XML, SDT_CONTENT, _w("ins"), _w("moveTo")}
_FALSE = ("0", "false", "off")

# Symbol fonts draw their glyphs at private-use code points (w:sym w:char="F0B7"): the
# characters they show, for the marks bilans use as bullets and ticks.
_SYMBOLS = {
    "symbol": {0xB7: "•", 0x2D: "−", 0xAE: "→", 0xD8: "¬", 0xA8: "♦"},
    "wingdings": {0x9F: "•", 0xA7: "▪", 0x6C: "●", 0x6E: "■", 0x71: "❑", 0x76: "❖", 0xD8: "➢",
                  0xE0: "→", 0xE8: "➔", 0xF0: "⇨", 0xFC: "✓", 0xFB: "✗", 0xA8: "◻", 0x77: "◆"},
}


@dataclass
class _Marks:
    underline: bool = False
    superscript: bool = False
    italic: bool = False
    bold: bool = False
    hidden: bool = False


@dataclass
class _Walk:
    """What the walk carries: the style names, the complex fields open at this point (a
    field's result may run over paragraphs), the paragraphs whose mark is deleted."""

    styles: dict[str | None, str]
    fields: list[str] = field(default_factory=list)  # per open field: "instr" or "result"
    # by id(); the paragraph is held so that its id is not reused by another
    joined: dict[int, Paragraph] = field(default_factory=dict)


def read_body(body, styles: dict[str | None, str]) -> list[Paragraph | Table]:
    """The blocks of a `w:body` (lxml element) in reading order.

    `styles` maps paragraph style ids to their names, key None being the default style.
    """
    walk = _Walk(styles=styles)
    return _joined(list(_blocks(body, walk)), walk)


def _joined(blocks: list, walk: _Walk) -> list:
    """A paragraph whose mark was deleted runs on into the next paragraph, as Word shows it
    once the deletion is accepted (the surviving mark, the next one, gives style and list)."""
    out: list = []
    carry: Paragraph | None = None
    for block in blocks:
        if carry is not None:
            if isinstance(block, Paragraph):
                block.lines[0].spans = _merged(carry.spans + block.spans)
            else:
                out.append(carry)
            carry = None
        if isinstance(block, Paragraph) and id(block) in walk.joined:
            carry = block
            continue
        out.append(block)
    if carry is not None:
        out.append(carry)
    return out


# ------------------------------------------------------------------ blocks

def _blocks(parent, walk: _Walk) -> Iterator[Paragraph | Table]:
    for child in parent:
        tag = child.tag
        if tag == P:
            yield _paragraph(child, walk)
        elif tag == TBL:
            yield _table(child, walk)
        elif tag in _TRANSPARENT_BLOCK or (tag == SDT and not _placeholder(child)):
            yield from _blocks(child, walk)
        elif tag == ALTERNATE:
            branch = _branch(child)
            if branch is not None:
                yield from _blocks(branch, walk)


def _placeholder(sdt) -> bool:
    """A content control left empty shows its template's prompt ("Cliquez ici pour entrer du
    texte."): Word marks it `w:showingPlcHdr`, and that prompt is nobody's text."""
    flag = sdt.find(f"{_w('sdtPr')}/{_w('showingPlcHdr')}")
    return flag is not None and flag.get(VAL, "true").lower() not in _FALSE


def _branch(alternate):
    """The one branch of mc:AlternateContent that is read: the first Choice, else Fallback."""
    choice = alternate.find(CHOICE)
    return choice if choice is not None else alternate.find(FALLBACK)


# ------------------------------------------------------------------ paragraphs

def _paragraph(p, walk: _Walk) -> Paragraph:
    spans: list[Span] = []
    _inline(p, walk, spans)
    # a field whose instruction did not close in its paragraph is broken: show what follows
    while walk.fields and walk.fields[-1] == "instr":
        walk.fields.pop()
    style = _style(p, walk)
    paragraph = Paragraph(lines=[Line(spans=_merged(spans))], list_item=_is_list(p, style), style=style)
    mark = p.find(f"{_w('pPr')}/{_w('rPr')}")
    if mark is not None and (mark.find(_w("del")) is not None or mark.find(_w("moveFrom")) is not None):
        walk.joined[id(paragraph)] = paragraph
    return paragraph


def _style(p, walk: _Walk) -> str:
    ppr = p.find(_w("pPr"))
    ref = ppr.find(_w("pStyle")) if ppr is not None else None
    style_id = ref.get(VAL) if ref is not None else None
    return walk.styles.get(style_id, walk.styles.get(None, "")) or ""


def _is_list(p, style: str) -> bool:
    num_pr = p.find(f"{_w('pPr')}/{_w('numPr')}")
    if num_pr is not None:
        num_id = num_pr.find(_w("numId"))
        return num_id is None or num_id.get(VAL) != "0"  # numId 0 switches numbering off
    return style.lower().startswith(("list bullet", "list number"))


def _inline(parent, walk: _Walk, spans: list[Span]) -> None:
    """The visible text of the runs under parent, in order, onto spans."""
    for child in parent:
        tag = child.tag
        if tag == R:
            _run(child, walk, spans)
        elif tag in _TRANSPARENT_INLINE or (tag == SDT and not _placeholder(child)):
            _inline(child, walk, spans)
        elif tag == ALTERNATE:
            branch = _branch(child)
            if branch is not None:
                _inline(branch, walk, spans)


def _marks(rpr) -> _Marks:
    if rpr is None:
        return _Marks()

    def on(tag: str) -> bool:
        el = rpr.find(_w(tag))
        return el is not None and el.get(VAL, "true").lower() not in _FALSE

    u = rpr.find(_w("u"))
    align = rpr.find(_w("vertAlign"))
    return _Marks(
        underline=u is not None and u.get(VAL, "none") != "none",
        superscript=align is not None and align.get(VAL) == "superscript",
        italic=on("i"),
        bold=on("b"),
        hidden=on("vanish"),
    )


def _run(r, walk: _Walk, spans: list[Span]) -> None:
    marks = _marks(r.find(_w("rPr")))
    parts: list[str] = []

    def flush() -> None:
        if parts and not marks.hidden:
            spans.append(Span(text="".join(parts), underline=marks.underline,
                              superscript=marks.superscript, italic=marks.italic, bold=marks.bold))
        parts.clear()

    for child in r:
        tag = child.tag
        if tag == _w("fldChar"):
            kind = child.get(_w("fldCharType"))
            if kind == "begin":
                walk.fields.append("instr")
            elif kind == "separate" and walk.fields:
                walk.fields[-1] = "result"
            elif kind == "end" and walk.fields:
                walk.fields.pop()
            continue
        if "instr" in walk.fields:
            continue  # a field's instruction, or text inside it (a nested field's result)
        if tag == _w("t"):
            parts.append(child.text or "")
        elif tag in (_w("tab"), _w("ptab")):
            parts.append("\t")
        elif tag in (_w("br"), _w("cr")):
            parts.append("\n")
        elif tag == _w("noBreakHyphen"):
            parts.append("-")
        elif tag == _w("sym"):
            parts.append(_symbol(child))
        elif tag in (ALTERNATE, _w("drawing"), _w("pict"), _w("object")):
            boxes = [_box_text(box, walk) for box in _text_boxes(child)]
            boxes = [b for b in boxes if b]
            if boxes:
                flush()
                spans.append(Span(text=" "))
                for box in boxes:
                    spans.extend(box)
                    spans.append(Span(text=" "))
    flush()


def _symbol(sym) -> str:
    """The character a w:sym shows: from the tables above for symbol fonts; a dingbat with no
    character of its own shows as a bullet (that is what bilans use them for)."""
    try:
        code = int(sym.get(_w("char"), ""), 16)
    except ValueError:
        return ""
    font = (sym.get(_w("font")) or "").lower()
    low = code - 0xF000 if 0xF000 <= code <= 0xF0FF else code
    for name, table in _SYMBOLS.items():
        if font.startswith(name) and low in table:
            return table[low]
    if font.startswith(("wingdings", "webdings", "zapf")):
        return "•"
    return chr(low) if low >= 0x20 and not 0xD800 <= low <= 0xDFFF else ""


def _text_boxes(node) -> Iterator:
    """The outermost w:txbxContent under node, one branch of each mc:AlternateContent."""
    if node.tag == TXBX_CONTENT:
        yield node
        return
    if node.tag == ALTERNATE:
        branch = _branch(node)
        if branch is not None:
            yield from _text_boxes(branch)
        return
    for child in node:
        if isinstance(child.tag, str):
            yield from _text_boxes(child)


def _box_text(box, walk: _Walk) -> list[Span]:
    """A text box's paragraphs (and tables) as spans, paragraphs apart by a space."""
    spans: list[Span] = []
    for p in _paragraphs(box, walk):
        if p.spans:
            if spans:
                spans.append(Span(text=" "))
            spans.extend(p.spans)
    return spans


def _merged(spans: list[Span]) -> list[Span]:
    """Neighbouring spans with the same marks as one span."""
    out: list[Span] = []
    for s in spans:
        if not s.text:
            continue
        last = out[-1] if out else None
        if last is not None and (last.underline, last.superscript, last.italic, last.bold) == (
                s.underline, s.superscript, s.italic, s.bold):
            out[-1] = Span(text=last.text + s.text, underline=s.underline, superscript=s.superscript,
                           italic=s.italic, bold=s.bold)
        else:
            out.append(s)
    return out


# ------------------------------------------------------------------ tables

def _table(tbl, walk: _Walk) -> Table:
    rows = [_row(tr, walk) for tr in _rows(tbl)]
    return Table(rows=rows, ruled=True)


def _kept(parent, tag: str, deleted: str) -> Iterator:
    """The `tag` children in order, through content controls and custom XML, but those that
    track changes deleted (`deleted`: the path of the deletion mark under the child)."""
    for child in parent:
        if child.tag == tag:
            if child.find(deleted) is None:
                yield child
        elif child.tag in (SDT, SDT_CONTENT, CUSTOM_XML):
            yield from _kept(child, tag, deleted)


def _rows(tbl) -> Iterator:
    return _kept(tbl, TR, f"{_w('trPr')}/{_w('del')}")


def _cells(tr) -> Iterator:
    return _kept(tr, TC, f"{_w('tcPr')}/{_w('cellDel')}")


def _row(tr, walk: _Walk) -> Row:
    cells: list[Cell] = []
    trpr = tr.find(_w("trPr"))
    before = trpr.find(_w("gridBefore")) if trpr is not None else None
    if before is not None:
        cells.extend(Cell() for _ in range(_int(before.get(VAL), 0)))
    for tc in _cells(tr):
        tcpr = tc.find(_w("tcPr"))
        span = 1
        continued = False
        if tcpr is not None:
            grid = tcpr.find(_w("gridSpan"))
            if grid is not None:
                span = max(1, _int(grid.get(VAL), 1))
            vmerge = tcpr.find(_w("vMerge"))
            if vmerge is not None and vmerge.get(VAL, "continue") == "continue":
                continued = True
        if continued:
            cells.append(Cell(merged=True))
        else:
            paragraphs = _paragraphs(tc, walk)
            cells.append(Cell(paragraphs=[p for p in paragraphs if p.text.strip()]))
        cells.extend(Cell(merged=True) for _ in range(span - 1))
    header = False
    if trpr is not None:
        flag = trpr.find(_w("tblHeader"))
        header = flag is not None and flag.get(VAL, "true").lower() not in _FALSE
    return Row(cells=cells, repeat_header=header)


def _int(text: str | None, default: int) -> int:
    try:
        return int(text or "")
    except ValueError:
        return default


def _paragraphs(parent, walk: _Walk) -> list[Paragraph]:
    """Every paragraph under a cell or text box in order, a nested table's read row by row."""
    out: list[Paragraph] = []
    for block in _blocks(parent, walk):
        if isinstance(block, Paragraph):
            out.append(block)
        else:
            out.extend(p for row in block.rows for cell in row.cells for p in cell.paragraphs)
    return _joined(out, walk)
