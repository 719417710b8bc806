"""A page's chars and drawn paths read by PDFium instead of pdfminer, as pdfplumber's dicts.

pdfminer's parsing is most of the PDF reader's time; PDFium (pypdfium2, already used to
render pages for OCR) lists the same characters and path objects many times faster.
`pdfium_objects` fills a pdfplumber page's object cache the way `lean_objects`
(extract/pdf/pages.py) does, so pdfplumber's table finder and the rest of the reader run on it
unchanged:

- chars with CHAR_KEYS, in pdfminer's geometry: x0 at the glyph's origin, x1 at its advance,
  bottom at the baseline plus the font's descent, top one font size above it (the size scaled
  by the text matrix); the font's full base name (subset prefix kept); characters PDFium
  makes up (spaces and line ends it infers) are left out, as pdfminer has none; where PDFium
  lists one glyph otherwise than pdfminer, pdfminer's char is given: a glyph whose code maps to
  several letters ("ff", a ligature U+FB00-FB06 PDFium splits, Ghostscript's swapped "ti") is
  one char, not several at one origin; a glyph mapped to no text is "(cid:N)"; a space drawn
  as a text object of its own (Chromium), which PDFium's text page skips (no ink), is put back;
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
DEFAULT_ENGINE = "pdfium"
_TEXT, _PATH, _IMAGE, _FORM = 1, 2, 3, 5
_BEZIER, _MOVE = 1, 2  # FPDF_SEGMENT_BEZIERTO, FPDF_SEGMENT_MOVETO
_NO_CHAR = {0, 0xFFFE, 0xFFFF, 0x0D, 0x0A}
_LINE_END = {0x0D, 0x0A}
_ODD = _NO_CHAR | {0x20, 0xFFFE}  # the codes _chars looks at before taking the char as it is
# round(v, 4) rounds v * 10^4 to an integer k (half to even) and gives the double nearest
# k / 10^4; so does k / 10000 (a correctly rounded division) with k = round(v * 10000.0),
# faster, where that product cannot have crossed a half: it is off from v * 10^4 by under
# 2^-16 below _FAR, and lies farther than that from one (|v * 10000.0 - k| < _ROUND_SAFE).
# A zero (whose sign round keeps), a NaN or a far value is left to round.
_ROUND_SAFE = 0.4999
_FAR = 1e11


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
        shapes: dict[str, list[dict]] = {}
        texts: list[tuple] = []  # the page's text objects, in page order
        _paths(pdf_page, height, page.initial_doctop, shapes, texts)
        chars = _chars(pdf_page, height, _page_fonts(page, fonts), texts)
        objects: dict[str, list[dict]] = {"char": chars} if chars else {}
        objects.update(shapes)
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
    mapped = set(codes.values()) | set(getattr(font, "cid2unicode", {}))
    if cmap is not None:
        mapped |= set(cmap.cid2unichr)
    for cid in getattr(font, "widths", None) or {}:  # codes mapped to no text: (cid:N)
        if isinstance(cid, int) and cid not in mapped:
            codes.setdefault(f"(cid:{cid})", cid)
    out = {}
    for text, cid in codes.items():
        try:
            out[text] = font.char_width(cid)
        except Exception:  # a width pdfminer cannot read: PDFium's box is used
            continue
    return out


def _chars(pdf_page: Any, height: float, known: dict[str, _Known], texts: list[tuple]) -> list[dict]:
    """The page's chars, in PDFium's order, as pdfminer lists them; `texts` are the page's text
    objects (with the matrix of the forms around them), for those PDFium leaves out."""
    import pypdfium2.raw as raw

    text_page = pdf_page.get_textpage()
    tp = text_page.raw
    chars: list[dict] = []
    box = raw.FS_RECTF()
    matrix = raw.FS_MATRIX()
    ox, oy = ctypes.c_double(), ctypes.c_double()
    fonts: dict[int, tuple] = {}  # text object -> what its chars share (_object_font)
    # code -> (text, advance) of the chars seen so far, one dict per font, size and matrix
    steps: dict[tuple, dict] = {}
    # the calls made for every char go through bare function pointers (no argtypes: ctypes
    # converts nothing), given the text page as one c_void_p and the origin's doubles by
    # reference, made once; the text object comes back as a plain int
    handle = ctypes.c_void_p(ctypes.cast(tp, ctypes.c_void_p).value)
    text_object = _bare(raw.FPDFText_GetTextObject, ctypes.c_void_p)
    get_unicode = _bare(raw.FPDFText_GetUnicode, ctypes.c_uint)
    get_origin = _bare(raw.FPDFText_GetCharOrigin, ctypes.c_int)
    generated = _bare(raw.FPDFText_IsGenerated, ctypes.c_int)
    ox_ref, oy_ref = ctypes.byref(ox), ctypes.byref(oy)
    last_y, last_font = None, None  # the baseline and font the char's top and bottom were found for
    top = rounded_bottom = 0.0
    ends: dict[int, int] = {}  # text object -> the index in chars after its last char
    last_key, last_x = -1, None  # the text object and origin of the last char listed
    try:
        for i, code in enumerate(_codes(raw, tp, handle, get_unicode)):
            if code in _ODD:  # (most chars are none of these: one test for them all)
                if code == 0xFFFE:  # what the page's text gives for PDFium's own marks (a line's end hyphen)
                    code = get_unicode(handle, i)
                if code in _NO_CHAR and (code not in _LINE_END or raw.FPDFText_HasUnicodeMapError(tp, i) != 1):
                    continue  # no char, or a line end (a code 10 or 13 mapped to no text is a char)
                if code == 0x20 and generated(handle, i) == 1:
                    continue  # a space PDFium infers (the only char it makes up, with line ends)
            key = text_object(handle, i) or 0
            same = key == last_key
            if not same:  # the chars of a text object share its font (looked up once per run)
                font = fonts.get(key)
                if font is None:  # the first char of a text object: its font and matrix
                    raw.FPDFText_GetMatrix(tp, i, matrix)
                    font = _object_font(*_font(raw, ctypes.cast(key, raw.FPDF_PAGEOBJECT), known),
                                        matrix.a, matrix.b, matrix.c, matrix.d)
                    # a code's text and advance hold for every object in the same font and scale
                    font = fonts[key] = (*font, steps.setdefault((id(font[2]), font[1], font[3], font[4]), {}))
                name, size, widths, a, b, rise, tall, char_size, upright, advances = font
                ends[last_key] = len(chars)
                last_key = key
            get_origin(handle, i, ox_ref, oy_ref)
            x, y = ox.value, oy.value
            if same and x == last_x and y == last_y and chars:
                # one glyph PDFium lists as several chars at one origin: its Unicode map gives
                # several letters ("ff", a swapped "ti"), or PDFium split a ligature U+FB00-FB06
                if _join(chars[-1], chr(code), widths, size * a if b == 0 else None, x):
                    continue
            last_x = x
            if y != last_y or font is not last_font:  # the chars of a line share these
                last_y, last_font = y, font
                bottom = height - (y + rise)
                top, rounded_bottom = round(bottom - tall, 4), round(bottom, 4)
            step = advances.get(code)  # (text, advance) of a code seen before in this font
            if step is not None:
                text = step[0]
                right = x + step[1]
            else:
                text = chr(code)
                width = widths.get(text)
                if width is None:
                    if raw.FPDFText_HasUnicodeMapError(tp, i) == 1:
                        # a glyph the font maps to no text: PDFium gives its code as the char,
                        # pdfminer names it (cid:N) (a simple font's code, a CID font's CID)
                        text = f"(cid:{code})"
                        width = widths.get(text)
                    elif code == 2:  # a hyphen ending a line, which PDFium marks as a soft one
                        text = "-"
                        width = widths.get(text)
                elif b == 0:  # kept for the next chars of this code
                    advances[code] = (text, width * size * a)
                if width is not None and b == 0:
                    right = x + width * size * a
                else:
                    raw.FPDFText_GetLooseCharBox(tp, i, box)
                    right = max(box.right, x)
            # round(v, 4) the short way (see _ROUND_SAFE): v * 10000 rounded to an integer and
            # divided back
            n = x * 10000.0
            x0 = (k / 10000 if -_FAR < n < _FAR and (k := round(n)) and -_ROUND_SAFE < n - k < _ROUND_SAFE
                  else round(x, 4))
            n = right * 10000.0
            x1 = (k / 10000 if -_FAR < n < _FAR and (k := round(n)) and -_ROUND_SAFE < n - k < _ROUND_SAFE
                  else round(right, 4))
            chars.append({"text": text, "fontname": name, "size": char_size, "upright": upright,
                          "x0": x0, "x1": x1, "top": top, "bottom": rounded_bottom})
        ends[last_key] = len(chars)
        if len(ends.keys() - {-1, 0}) < len(texts):  # some text object gave no char
            chars = _blank_objects(raw, chars, texts, ends, height, known)
    finally:
        text_page.close()
    return chars


def _codes(raw: Any, tp: Any, handle: Any, get_unicode: Any) -> list[int]:
    """Each char's code point, as FPDFText_GetUnicode gives it: the page's text in one call
    (FPDFText_GetText, in UTF-16), taken where it is one unit a char (no char beyond the
    16-bit plane, written as two) and agrees with the per-char reading at every 64th char;
    else (a page whose text does not line up with its chars) read char by char. The text
    gives U+FFFE for the hyphen PDFium marks as ending a line (code 2): the caller reads
    such a char again alone."""
    count = raw.FPDFText_CountChars(tp)
    if count <= 0:
        return []
    buffer = (ctypes.c_ushort * (2 * count + 1))()  # room for a pair of units a char
    if raw.FPDFText_GetText(tp, 0, count, buffer) == count + 1:
        codes = buffer[:count]
        if all(codes[i] == get_unicode(handle, i) for i in range(0, count, 64)):
            return codes
    return [get_unicode(handle, i) for i in range(count)]


class _Bare(ctypes._CFuncPtr):  # type: ignore[name-defined]
    _flags_ = ctypes._FUNCFLAG_CDECL  # type: ignore[attr-defined]


def _bare(function: Any, restype: Any) -> Any:
    """A PDFium function as a bare C function pointer: its arguments (ints, ctypes objects)
    passed as they are, with no per-call conversion by argtypes."""
    call = _Bare(ctypes.cast(function, ctypes.c_void_p).value)
    call.restype = restype
    return call


# PDFium's text page lists a ligature of U+FB00-FB06 as its letters; pdfminer as one char
_LIGATURES = {"ff": "\ufb00", "fi": "\ufb01", "fl": "\ufb02", "ffi": "\ufb03", "ffl": "\ufb04",
              "\u017ft": "\ufb05", "st": "\ufb06"}
_LETTERS = {v: k for k, v in _LIGATURES.items()}


def _join(last: dict, text: str, widths: dict[str, float], em: float | None, x: float) -> bool:
    """Add `text` to the char `last` when both are one glyph: the font (as pdfminer reads it)
    maps one code to the letters together ("ff", a swapped "ti": pdfminer's one char), or to
    the ligature U+FB00-FB06 PDFium split into them, or to letters that start so (more of the
    glyph's letters follow); or pdfminer could not read the font. The char's right end is then
    that code's advance."""
    letters = _LETTERS.get(last["text"], last["text"]) + text
    joined = letters
    if widths and letters not in widths:
        if _LIGATURES.get(letters) in widths:
            joined = _LIGATURES[letters]
        else:
            glyphs = [*widths, *(k for k, v in _LIGATURES.items() if v in widths)]  # the letters of each
            if not any(len(k) > len(letters) and k.startswith(letters) for k in glyphs):
                return False
    last["text"] = joined
    width = widths.get(joined)
    if width is not None and em is not None:
        last["x1"] = round(x + width * em, 4)
    return True


def _blank_objects(raw: Any, chars: list[dict], texts: list[tuple], ends: dict[int, int],
                   height: float, known: dict[str, _Known]) -> list[dict]:
    """Put back the space glyphs of the text objects PDFium's text page leaves out: an object
    whose glyphs have no ink (a box of no width) is skipped by PDFium, and is a space drawn by
    itself (Chromium draws each glyph so). Each such upright object, in a font that maps a
    code to a space, is the space char pdfminer lists at its origin, one space advance wide;
    it goes after the chars of the text object before it in the page."""
    m = raw.FS_MATRIX()
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    added: list[tuple[int, dict]] = []
    at = 0
    for obj, outer in texts:
        address = ctypes.cast(obj, ctypes.c_void_p).value or 0
        if address in ends:
            at = ends[address]
            continue
        if not raw.FPDFPageObj_GetBounds(obj, left, bottom, right, top) or \
                abs(right.value - left.value) >= 0.01:
            continue  # left out for another reason (PDFium drops a repeated object, say)
        raw.FPDFPageObj_GetMatrix(obj, m)
        a, b, c, d, e, f = _compose((m.a, m.b, m.c, m.d, m.e, m.f), outer)
        if b != 0 or c != 0 or a <= 0 or d <= 0:
            continue
        name, size, descent, widths = _font(raw, obj, known)
        advance = widths.get(" ")
        if not advance:
            continue
        _, _, _, _, _, rise, tall, char_size, upright = _object_font(name, size, descent, widths, a, b, c, d)
        low = height - (f + rise)
        added.append((at, {"text": " ", "fontname": name, "size": char_size, "upright": upright,
                           "x0": round(e, 4), "x1": round(e + advance * size * a, 4),
                           "top": round(low - tall, 4), "bottom": round(low, 4)}))
    if not added:
        return chars
    out: list[dict] = []
    start = 0
    for at, char in added:
        out.extend(chars[start:at])
        out.append(char)
        start = max(start, at)
    out.extend(chars[start:])
    return out


def _object_font(name: str, size: float, descent: float, widths: dict[str, float], a: float, b: float,
                 c: float, d: float) -> tuple:
    """What the chars of one text object share, worked out once: name, size, advances, the
    matrix's a and b, the descent and the height under the matrix (`descent * scale`,
    `size * scale`), the rounded char size and whether the object is upright."""
    scale = math.hypot(c, d)
    return (name, size, widths, a, b, descent * scale, size * scale, round(size * scale, 4),
            a * d > 0 and b * c <= 0)


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


def _paths(pdf_page: Any, height: float, doctop: float, objects: dict[str, list[dict]],
           texts: list[tuple]) -> None:
    """The page's drawn paths and images into `objects`; its text objects (each with the matrix
    of the forms around it) into `texts`, in page order."""
    import pypdfium2.raw as raw

    page = pdf_page.raw
    count = raw.FPDFPage_CountObjects(page)
    _walk(raw, [raw.FPDFPage_GetObject(page, i) for i in range(count)], _IDENTITY, height,
          doctop, objects, texts)


def _walk(raw: Any, items: list, outer: _Matrix, height: float, doctop: float,
          objects: dict[str, list[dict]], texts: list[tuple]) -> None:
    m = raw.FS_MATRIX()
    for obj in items:
        kind = raw.FPDFPageObj_GetType(obj)
        if kind == _TEXT:
            texts.append((obj, outer))
        elif kind == _IMAGE:
            objects.setdefault("image", []).append(_image(raw, obj, outer, m))
        elif kind == _FORM:
            raw.FPDFPageObj_GetMatrix(obj, m)
            inner = _compose((m.a, m.b, m.c, m.d, m.e, m.f), outer)
            n = raw.FPDFFormObj_CountObjects(obj)
            _walk(raw, [raw.FPDFFormObj_GetObject(obj, i) for i in range(n)], inner, height,
                  doctop, objects, texts)
        elif kind == _PATH:
            raw.FPDFPageObj_GetMatrix(obj, m)
            _path(raw, obj, _compose((m.a, m.b, m.c, m.d, m.e, m.f), outer), height, doctop,
                  objects)


def _image(raw: Any, obj: Any, outer: _Matrix, m: Any) -> dict:
    """An image's pixel size and drawn size (pdfplumber's keys): a scan's own resolution is
    the one its copy's specks have."""
    raw.FPDFPageObj_GetMatrix(obj, m)
    a, b, c, d, _, _ = _compose((m.a, m.b, m.c, m.d, m.e, m.f), outer)
    w, h = ctypes.c_uint(), ctypes.c_uint()
    size = (w.value, h.value) if raw.FPDFImageObj_GetImagePixelSize(obj, w, h) else None
    return {"object_type": "image", "srcsize": size, "width": math.hypot(a, b),
            "height": math.hypot(c, d)}


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
