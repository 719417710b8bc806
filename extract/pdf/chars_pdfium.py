"""A page's chars and drawn paths read by PDFium instead of pdfminer, as pdfplumber's dicts.

pdfminer's parsing is most of the PDF reader's time; PDFium (pypdfium2, already used to
render pages for OCR) lists the same characters and path objects many times faster.
`pdfium_objects` fills a pdfplumber page's object cache the way `lean_objects`
(extract/pdf/pages.py) does, so pdfplumber's table finder and the rest of the reader run on it
unchanged:

- chars with CHAR_KEYS, in pdfminer's geometry: x0 at the glyph's origin, x1 at its advance,
  bottom at the baseline plus the font's descent, top one font size above it (the size scaled
  by the text matrix); the font's full base name (subset prefix kept); characters PDFium
  makes up (spaces and line ends it infers) are left out, as pdfminer has none;
- each subpath of a stroked or filled path (forms included) as pdfminer splits it: two points
  a "line", a closed axis-aligned four-sided one a "rect", anything else a "curve" with its
  points; images are counted (the reader's OCR test needs their number only).

Pages PDFium does not read in pdfplumber's frame as it is (a /Rotate, a page box not at the
origin) are left to pdfminer: `pdfium_objects` returns False for them.
"""

from __future__ import annotations

import ctypes
import math
from dataclasses import dataclass
from typing import Any

__all__ = ["DEFAULT_ENGINE", "ENGINES", "FontCache", "pdfium_objects"]

ENGINES = ("pdfminer", "pdfium")
DEFAULT_ENGINE = "pdfminer"
_TEXT, _PATH, _IMAGE, _FORM = 1, 2, 3, 5
_BEZIER, _MOVE = 1, 2  # FPDF_SEGMENT_BEZIERTO, FPDF_SEGMENT_MOVETO
_NO_CHAR = {0, 0xFFFE, 0xFFFF, 0x0D, 0x0A}


def pdfium_objects(page: Any, doc: Any, fonts: Any = None) -> bool:
    """Fill pdfplumber `page`'s object cache from PDFium's page of the open PdfDocument `doc`.

    `fonts`, a FontCache kept across the pages of a file, gives each font
    of the page's resources the name and descent pdfminer gives its chars (PDFium's own
    descent comes from the font program when the font's descriptor says 0).
    Returns False (and leaves the page alone) for a page to be read by pdfminer instead.
    """
    if page.rotation or any(float(v) for v in page.mediabox[:2]) or any(float(v) for v in page.bbox[:2]):
        return False
    pdf_page = doc[page.page_number - 1]
    try:
        height = float(page.height)
        objects: dict[str, list[dict]] = {}
        chars = _chars(pdf_page, height, _page_fonts(page, fonts))
        if chars:
            objects["char"] = chars
        _paths(pdf_page, height, page.initial_doctop, objects)
    finally:
        pdf_page.close()
    page._objects = objects
    return True


@dataclass
class _Known:
    """A font as pdfminer reads it: its name, descent and advance widths (per unit of size)."""
    name: str
    descent: float
    widths: dict[str, float]  # a char's text -> advance


class FontCache:
    """pdfminer's reading of a file's fonts, kept across its pages (a font object is read once)."""

    def __init__(self) -> None:
        from pdfminer.pdfinterp import PDFResourceManager
        self.manager = PDFResourceManager()
        self.known: dict[int, _Known] = {}


def _page_fonts(page: Any, cache: FontCache | None) -> dict[str, _Known]:
    """{base name without subset prefix: _Known} for the fonts of the page's resources."""
    from pdfminer.pdftypes import PDFObjRef, resolve1

    cache = cache or FontCache()
    found: dict[str, _Known] = {}
    try:
        resources = resolve1(page.page_obj.resources) or {}
        fonts = resolve1(resources.get("Font")) or {}
        for ref in fonts.values():
            spec = resolve1(ref)
            if not isinstance(spec, dict):
                continue
            objid = ref.objid if isinstance(ref, PDFObjRef) else None
            known = cache.known.get(objid) if objid is not None else None
            if known is None:
                font = cache.manager.get_font(objid, spec)
                name = font.fontname if isinstance(font.fontname, str) else str(font.fontname)
                known = _Known(name, font.get_descent(), _advances(font))
                if objid is not None:
                    cache.known[objid] = known
            found.setdefault(known.name.split("+", 1)[-1], known)
    except Exception:  # a font pdfminer cannot read: PDFium's own name and descent are used
        pass
    return found


def _advances(font: Any) -> dict[str, float]:
    """Each char the font maps to one code: pdfminer's advance for it (its x1 - x0 per unit)."""
    codes: dict[str, int] = {}
    for cid, text in getattr(font, "cid2unicode", {}).items():
        codes.setdefault(text, cid)
    cmap = getattr(font, "unicode_map", None)
    if cmap is not None:
        for cid, text in cmap.cid2unichr.items():
            codes[text] = cid
    out = {}
    for text, cid in codes.items():
        try:
            out[text] = font.char_width(cid)
        except Exception:  # a width pdfminer cannot read: PDFium's box is used
            continue
    return out


def _chars(pdf_page: Any, height: float, known: dict[str, _Known]) -> list[dict]:
    import pypdfium2.raw as raw

    text_page = pdf_page.get_textpage()
    tp = text_page.raw
    chars: list[dict] = []
    box = raw.FS_RECTF()
    matrix = raw.FS_MATRIX()
    ox, oy = ctypes.c_double(), ctypes.c_double()
    fonts: dict[int, tuple] = {}  # text object -> what its chars share (_object_font)
    # the text object's address as a plain int (ctypes would build a pointer object per char)
    text_object = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int)(
        ctypes.cast(raw.FPDFText_GetTextObject, ctypes.c_void_p).value)
    tp_address = ctypes.cast(tp, ctypes.c_void_p).value
    gap = False  # PDFium put a space of its own before the next char
    last_y, last_font = None, None  # the baseline and font the char's top and bottom were found for
    top = rounded_bottom = 0.0
    try:
        for i in range(raw.FPDFText_CountChars(tp)):
            code = raw.FPDFText_GetUnicode(tp, i)
            if code == 2:  # a hyphen ending a line, which PDFium marks as a soft one
                code = 0x2D
            if code in _NO_CHAR:
                continue
            if raw.FPDFText_IsGenerated(tp, i) == 1:
                gap = gap or code == 0x20
                continue
            key = text_object(tp_address, i) or 0
            font = fonts.get(key)
            if font is None:  # the first char of a text object: its font and matrix
                raw.FPDFText_GetMatrix(tp, i, matrix)
                font = fonts[key] = _object_font(
                    *_font(raw, ctypes.cast(key, raw.FPDF_PAGEOBJECT), known),
                    matrix.a, matrix.b, matrix.c, matrix.d)
            name, size, widths, a, b, rise, tall, char_size, upright = font
            raw.FPDFText_GetCharOrigin(tp, i, ox, oy)
            if oy.value != last_y or font is not last_font:  # the chars of a line share these
                last_y, last_font = oy.value, font
                bottom = height - (oy.value + rise)
                top, rounded_bottom = round(bottom - tall, 4), round(bottom, 4)
            text = chr(code)
            width = widths.get(text)
            if width is not None and b == 0:
                right = ox.value + width * size * a
            else:
                raw.FPDFText_GetLooseCharBox(tp, i, box)
                right = max(box.right, ox.value)
            if gap and chars:
                _drawn_space(chars, ox.value, widths.get(" "), size * a)
            gap = False
            chars.append({"text": text, "fontname": name, "size": char_size, "upright": upright,
                          "x0": round(ox.value, 4), "x1": round(right, 4),
                          "top": top, "bottom": rounded_bottom})
    finally:
        text_page.close()
    return chars


def _object_font(name: str, size: float, descent: float, widths: dict[str, float], a: float, b: float,
                 c: float, d: float) -> tuple:
    """What the chars of one text object share, worked out once: name, size, advances, the
    matrix's a and b, the descent and the height under the matrix (`descent * scale`,
    `size * scale`), the rounded char size and whether the object is upright."""
    scale = math.hypot(c, d)
    return (name, size, widths, a, b, descent * scale, size * scale, round(size * scale, 4),
            a * d > 0 and b * c <= 0)


def _drawn_space(chars: list[dict], x: float, advance: float | None, em: float) -> None:
    """Put back a space glyph PDFium folded into a space of its own (Chromium draws spaces
    so): where the gap from the last char to the next, on its baseline and in its font, is
    one space advance of that font, it is the space glyph pdfminer lists there."""
    last = chars[-1]
    if advance is None or not advance or not last["upright"]:
        return
    if abs((x - last["x1"]) - advance * em) <= 0.02 * em:
        chars.append(dict(last, text=" ", x0=last["x1"], x1=round(x, 4)))


def _font(raw: Any, obj: Any, known: dict[str, _Known]) -> tuple[str, float, float, dict[str, float]]:
    """A text object's font name, unscaled size, descent (in text space) and advances,
    pdfminer's where the page's resources name the font (`known`), else PDFium's."""
    size = ctypes.c_float()
    raw.FPDFTextObj_GetFontSize(obj, size)
    font = raw.FPDFTextObj_GetFont(obj)
    buf = ctypes.create_string_buffer(256)
    n = raw.FPDFFont_GetBaseFontName(font, buf, 256)
    name = buf.raw[:max(0, n - 1)].decode("latin-1") if n else ""
    font_ = known.get(name.split("+", 1)[-1])
    if font_ is not None:
        return font_.name, size.value, font_.descent * size.value, font_.widths
    descent = ctypes.c_float()
    if not raw.FPDFFont_GetDescent(font, size, descent):
        descent.value = 0.0
    return name, size.value, min(0.0, descent.value), {}


_Matrix = tuple[float, float, float, float, float, float]
_IDENTITY: _Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _paths(pdf_page: Any, height: float, doctop: float, objects: dict[str, list[dict]]) -> None:
    import pypdfium2.raw as raw

    page = pdf_page.raw
    count = raw.FPDFPage_CountObjects(page)
    _walk(raw, [raw.FPDFPage_GetObject(page, i) for i in range(count)], _IDENTITY, height,
          doctop, objects)


def _walk(raw: Any, items: list, outer: _Matrix, height: float, doctop: float,
          objects: dict[str, list[dict]]) -> None:
    m = raw.FS_MATRIX()
    for obj in items:
        kind = raw.FPDFPageObj_GetType(obj)
        if kind == _IMAGE:
            objects.setdefault("image", []).append({"object_type": "image"})
        elif kind == _FORM:
            raw.FPDFPageObj_GetMatrix(obj, m)
            inner = _compose((m.a, m.b, m.c, m.d, m.e, m.f), outer)
            n = raw.FPDFFormObj_CountObjects(obj)
            _walk(raw, [raw.FPDFFormObj_GetObject(obj, i) for i in range(n)], inner, height,
                  doctop, objects)
        elif kind == _PATH:
            raw.FPDFPageObj_GetMatrix(obj, m)
            _path(raw, obj, _compose((m.a, m.b, m.c, m.d, m.e, m.f), outer), height, doctop,
                  objects)


def _compose(inner: _Matrix, outer: _Matrix) -> _Matrix:
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D,
            e * A + f * C + E, e * B + f * D + F)


def _path(raw: Any, obj: Any, mat: _Matrix, height: float, doctop: float,
          objects: dict[str, list[dict]]) -> None:
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    raw.FPDFPath_GetDrawMode(obj, fill, stroke)
    if not fill.value and not stroke.value:
        return
    width = ctypes.c_float()
    raw.FPDFPageObj_GetStrokeWidth(obj, width)
    x, y = ctypes.c_float(), ctypes.c_float()
    a, b, c, d, e, f = mat
    subpaths: list[list[tuple[float, float]]] = []
    closed: list[bool] = []
    bezier = 0
    for i in range(raw.FPDFPath_CountSegments(obj)):
        seg = raw.FPDFPath_GetPathSegment(obj, i)
        if raw.FPDFPathSegment_GetType(seg) == _BEZIER:
            bezier += 1
            if bezier % 3:  # a control point: pdfminer keeps a curve's end points only
                continue
        else:
            bezier = 0
        raw.FPDFPathSegment_GetPoint(seg, x, y)
        pt = (x.value * a + y.value * c + e, x.value * b + y.value * d + f)
        if raw.FPDFPathSegment_GetType(seg) == _MOVE or not subpaths:
            subpaths.append([pt])
            closed.append(False)
        else:
            subpaths[-1].append(pt)
        if raw.FPDFPathSegment_GetClose(seg):
            closed[-1] = True
    for pts, shut in zip(subpaths, closed):
        pts = [(round(px, 4), round(py, 4)) for px, py in pts]
        if shut and pts[-1] != pts[0]:
            pts.append(pts[0])
        if len(pts) > 2 and shut and pts[-2] == pts[0]:  # a redundant line back to the start
            pts.pop()
        kind = _kind(pts)
        if kind is None:
            continue
        xs = [p[0] for p in pts]
        ys = [p[1] for p in pts]
        x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
        top = height - y1
        o = {"object_type": kind, "x0": x0, "x1": x1, "y0": y0, "y1": y1,
             "top": top, "bottom": height - y0, "doctop": doctop + top,
             "width": x1 - x0, "height": y1 - y0, "linewidth": width.value,
             "stroke": bool(stroke.value), "fill": bool(fill.value),
             "pts": [(px, height - py) for px, py in pts]}
        objects.setdefault(kind, []).append(o)


def _kind(pts: list[tuple[float, float]]) -> str | None:
    """pdfminer's name for a subpath: "line", "rect" or "curve" (None: a lone point)."""
    if len(pts) < 2:
        return None
    if len(pts) == 2 or (len(pts) == 3 and pts[2] == pts[0]):
        return "line"
    if len(pts) == 5 and pts[4] == pts[0]:
        (x0, y0), (x1, y1), (x2, y2), (x3, y3), _ = pts
        if (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (
                y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0):
            return "rect"
    return "curve"
