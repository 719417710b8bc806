"""Scanned PDF pages: the text and the table rules of a page image, read with Tesseract.

The page is rendered (pypdfium2, through pdfplumber), straightened (a scan is often turned by
up to 2 degrees), and its ruling lines found by morphology: long thin runs of ink. Lines are
cleared from the image before Tesseract reads it (a rule through a word spoils the word). The
words Tesseract finds, with their boxes and confidences, become char dicts in PDF points like
pdfplumber's, sized from the line's letter height; the rules become the same segments and
pdfplumber grid the text-layer path gets, so extract/pdf/__init__.py lays the page out the same way.
"""

from __future__ import annotations

import functools
import math
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass, replace

from bilan.extract.lexicon import is_word
from bilan.extract.pdf.ocr_case import X_HEIGHT_LETTERS, case_by_height
from bilan.extract.pdf.ocr_error import OcrError
from bilan.extract.pdf.respell import MONTHS
from bilan.extract.pdf.tables import RawTable
from bilan.extract.pdf.text import Segment

__all__ = ["OcrError", "OcrPage", "ocr_page", "settle", "LOW_CONFIDENCE", "DPI"]

DPI = 300  # Tesseract reads body text best with capitals about 30 px high
_DOT_STEP = 6  # scan pixels: the dots of a stroke broken by the copy are no further apart
LOW_CONFIDENCE = 60.0  # word confidence (0-100) below which a word is worth a second look
NUMBER_COLUMN = 60.0  # points: a ruled column this narrow may be a column of plan numbers
_PLAN_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2}){1,3}\.?$")  # "1.1", "2.3.1"
MAX_SKEW = 3.5  # degrees: a sheet fed askew by up to 3 degrees, and some
MAX_SIDE = 7200  # pixels: the longest side of a rendered page (24 inches at 300 dpi)
FONT = "OCR"  # fontname of OCR chars: Tesseract says neither bold nor italic …
FONT_BOLD = "OCR-Bold"  # … but the ink does: a word's strokes thicker than the document's text (settle)
SIZE_SNAP = 0.25  # a line measured up to this share smaller than the body is of the body (its tallest letters may be missing: "ce" beside "Î")
SIZE_SNAP_UP = 0.18  # … and up to this share larger (a body line measures 0.94 to 1.11 of it; a 14 pt heading over 11 pt text, 1.22)
ALIGN_TOLERANCE = 1.5  # points: how far apart the scan sets the left edges of words aligned on the page
BOLD_STROKE = 1.2  # a bold word's strokes, against the median word's
BASE_SHARE = 0.2  # Tesseract lines with baselines this share of the size apart are one printed line
WORD_GAP = 0.8  # a gap between two words wider than this share of the size is no space: another column
TESSERACT_ENV = "BILAN_TESSERACT"  # path or name of the tesseract program
OSD_MISSING = ("scanned PDF: page orientation is not checked: Tesseract has no 'osd' data "
               "(apt-get install tesseract-ocr-osd)")
MISSING = "scanned PDF: OCR needs Tesseract with French (apt-get install tesseract-ocr tesseract-ocr-fra)"
# Share of the font size, in Arial-like faces, of the ascender (top of "l", "d", capitals) and
# of the descender below the baseline: chars get the box a text layer would give them.
_ASCENT = 0.72
_X_HEIGHT = 0.46
_SHORT_LETTERS = "acegmnopqrsuvwxyz"  # no ascender, no accent, no dot above x-height
_DOTTED = "ijtàâäéèêëîïôöùûüç"  # small letters whose only mark above the x-height is a dot, an accent or a short stem (t)
_AS_SMALL = "COSUVWXZ"  # capitals shaped as their small letter, only taller
_DESCENT = 0.21
_LETTERS = "abcdefghijklmnopqrstuvwxyzèé"  # what a raised ending is made of: "er", "e", …
_ACCENTED_CAPS = "ÀÂÄÉÈÊËÎÏÔÖÙÛÜ"
_ORDINALS = ("er", "re", "ère", "e", "es", "ème", "nd", "nde")  # raised after a number
_ROMAN = re.compile(r"[IVXLC]+")  # a century's numeral takes a raised ending ("XXIe siècle")
_DIGITS = "0123456789"  # … or a footnote call
_SIGNS = "%$"  # what a number may end on, a word apart ("75 %", "240 000 $")
_STROKES = ("l", "I", "i", "|", "!")  # what Tesseract reads for a raised call "1"
_ACCENTED = {("E", "acute"): "É", ("E", "grave"): "È", ("E", "circumflex"): "Ê", ("A", "grave"): "À",
             ("A", "circumflex"): "Â", ("I", "circumflex"): "Î", ("O", "circumflex"): "Ô",
             ("U", "grave"): "Ù", ("U", "circumflex"): "Û"}
_ACCENTABLE = "EAIOU"  # capitals French accents, read bare when the accent is left out
_NOISE = 50.0  # below this confidence, a "word" without a letter or digit is noise
_AGAIN_CONF = 50.0  # a word of the list read again alone is taken above this, whatever its glyphs
# a letter beside itself accented ("ée"): one glyph with a speck over it may be read so
_ACCENTED_TWICE = re.compile(r"[éèêë]e|e[éèêë]|[àâ]a|a[àâ]|[îï]i|i[îï]|[ôö]o|o[ôö]|[ùûü]u|u[ùûü]")
_DOUBTED_CONF = 60.0  # a word two letters longer than its glyphs is read again below this
_LEFT_OUT_CONF = 80.0  # … and a word of letters one or two glyphs longer than it, below this
_LETTERS_CONF = 35.0  # … and a word of letters alone read again from unread ink, below this
_WORD_CONF = 20.0  # … and a word of the list read there, below this
_NUMBER_READ = re.compile(r"[-–(]?\d+[.,;:)%]?")  # a number alone, as a word: an item's dash or a bracket at most
# OSD's orientation confidence from which its turn is taken alone (a page of text gets 10 to
# 20; a title page of a few large words 2 to 8, and is sometimes wrong): below, the turns are read
_OSD_SURE = 10.0
_LETTER_WIDTH = 0.55  # a letter's width, of the height of a piece of letters run together
_SHORT_SNAP = 0.25  # the same for a line of small letters alone: a few letters, measured to a pixel or two
_ACCENT_SHARE = 0.45  # of a word's height: an accent over it is no taller (a capital's, 0.36)
_UNREAD_LETTER = 0.45  # share of a line's height a mark no word covers needs to be a letter
_UNREAD_LEAST = 1  # letters left unread before the page is read again for them
_FILL_LIGHTEST = 120  # grey level: a fill behind print is lighter than this …
_FILL_SHARE = 0.4  # … and holds this share of the pixels darker than paper, in one narrow peak,
_FILL_STANDS = 4  # … or (the first fill) that many times what as many grey levels a little darker
# hold, over an area (blurred print spreads over all the greys between ink and paper: no such peak)
_FILL_AREA = 0.005  # share of the page a fill covers at least (a shaded row)
_WALL_REACH = 3  # pixels: how near a horizontal rule a short wall's ends come
_RAGGED = 2  # pixels: how far a scanned rule's edge strays from its line
_DESCENDERS = "gjpqyç"  # what reaches below the baseline
_BRACKETS = "()[]{}"  # marks that reach from above the capitals to below the baseline
_BASE_INK = 0.2  # share of a piece of ink's median row its last row still holds (a stem below is less)
_FILL_SPREAD = 10  # grey levels either side of a fill's peak that are the fill
_FILL_MARGIN = 25  # grey levels under a fill's peak that print must be darker than
_FILLS_MOST = 3  # fills of different greys told from print on one page, at most
_FILL_SOLID = 7  # pixels: a fill's area is this wide and high at least everywhere (print's blurred edges are thinner)
_DATE_WORD = re.compile(r"[(]?(?:\d{1,2}/\d{1,2}/(?:\d\d){1,2}|(?:19|20)\d\d)[-–).,;]?")  # "(03/11/2008", "2009)"
_NUMBER = re.compile(r"^\d+[.,]?\d+$")  # a number whose point may be misread or left out
_SPACE_GAP = 0.4  # share of a line's height from which a gap inside a word read is a space
_PERCENT = re.compile(r"^\d+(?:[.,]\d+)?[%$]$")  # a number and its unit, which French sets apart
_CLOSING = re.compile(r"[,.)]+")  # marks set against the word before them
_TWICE = re.compile(r"[àâäÀÂÄ]{2}|[éèêëÉÈÊË]{2}")  # "ÂÀ": a glyph Tesseract read as two accented letters
_TURN_EVIDENCE = 3  # words of 4 letters or more a page needs before it is judged turned (the
# rest of a row alone on a page has a handful)
_BEARING = 0.04  # side bearing of a letter, share of the font size
_HOLE_LEAST = 0.003  # share of the size squared: a hole in a digit smaller than this is noise
_TALL_HOLE = 0.55  # share of a digit's height: a hole this tall is a "0"'s
_ZERO_HOLE = 0.7  # ... and this tall, surely (a "6"'s or a "9"'s hole fills one half), whatever it reads alone
_LOW_LOOP = 0.72  # of a digit's height from its top: an "8"'s lower loop ends below (0.8-0.9)
_NARROW_GLYPH = 0.3  # of the size: narrower, a glyph is a "1", a "/" or a piece of a wider digit
_NARROW_DIGIT = 0.36  # of the size: a "1"'s ink is 0.25 to 0.33 wide, a "2" to "5"'s 0.4 or more


@dataclass
class OcrPage:
    chars: list[dict]
    segments: list[Segment]
    tables: list[RawTable]
    width: float  # the page as read: a page turned a quarter is as wide as it was high
    height: float


@dataclass
class _Word:
    text: str
    conf: float
    left: int
    top: int
    right: int
    bottom: int
    line: tuple[int, int, int]


def ocr_page(page, lang: str = "fra") -> OcrPage:
    """Read a pdfplumber page from its image: chars, underline/rule segments and ruled grids."""
    import numpy as np

    exe = tesseract_for(lang)
    # a page far larger than a poster (a scan wrapped at the wrong resolution) is rendered
    # smaller: its print is large, and its pixels would not fit in memory
    dpi = min(float(DPI), MAX_SIDE * 72.0 / max(float(page.width), float(page.height), 1.0))
    image = page.to_image(resolution=dpi, antialias=True).original.convert("L")
    grey = np.asarray(image, dtype=np.uint8)
    dots = _DOT_STEP * max(1.0, dpi / _scan_resolution(page, dpi))
    words, ink, clean, horizontal, vertical, level = _read(exe, lang, grey, dots)
    if _looks_turned(words):
        # checked only then: orientation detection costs about a second a page
        turn, sure = _osd_turn(exe, grey)
        if sure and turn:
            words, ink, clean, horizontal, vertical, level = _read(exe, lang, _turned(grey, turn), dots)
        elif not sure:  # OSD unsure (a title page of a few large words): the turn that reads best
            words, ink, clean, horizontal, vertical, level = _best_turn(
                exe, lang, grey, turn, (words, ink, clean, horizontal, vertical, level), dots)
    words = _read_again(exe, lang, clean, ink, words)  # once the page is the right way up
    words = _numbers_from_grey(exe, lang, level, words)
    words = _read_grey(exe, lang, level, ink, words)
    words = _wrapped_digits(exe, lang, clean, ink, words)
    scale = 72.0 / dpi
    h_segs = _segments(horizontal, scale, horizontal=True)
    v_segs = _not_through_words(_segments(vertical, scale, horizontal=False), words, scale)
    tables = _grids(page, h_segs, v_segs)
    words = _number_cells(exe, lang, clean, words, tables, scale)
    words = case_by_height(words, ink)
    chars = _chars(words, ink, exe, lang, clean, scale, v_segs)
    return OcrPage(chars=chars, segments=_end_to_end([(x0, x1, y) for x0, x1, y, _ in h_segs]), tables=tables,
                   width=ink.shape[1] * scale, height=ink.shape[0] * scale)


def _scan_resolution(page, dpi: float) -> float:
    """The resolution of the page's largest image (a scan's own: the pixels its copy's specks
    are made of), `dpi` when the page tells none."""
    sized = [(im["width"] * im["height"], im["srcsize"][0] * 72.0 / im["width"]) for im in page.images
             if im.get("srcsize") and im.get("width") and im["srcsize"][0]]
    return max(sized)[1] if sized else dpi


def _read(exe: str, lang: str, grey, dots: float = _DOT_STEP):
    """The page straightened, its rules found and cleared, its words read; and the page's
    grey, straightened. `dots`: how far apart a broken slash's dots may stand."""
    grey = _straighten(grey, _skew(grey))
    ink = _ink(grey, dots)
    horizontal, vertical = _rules(ink)
    clean, ink = _erase_rules(ink, horizontal, vertical)
    words = _no_specks(_no_accent_lines(_no_ghosts(_once_a_line(exe, lang, clean, _tesseract(exe, lang, clean))), ink), ink)
    words = _spaced(_clear_overlaps(_no_ghosts(words + _unread(exe, lang, clean, ink, words)), ink), ink)
    return _numbers_joined(words, ink), ink, clean, horizontal, vertical, grey


def _once_a_line(exe: str, lang: str, clean, words: list[_Word]) -> list[_Word]:
    """Tesseract's lines with one printed line read twice read again once. Its page layout
    may take one line for two (a bold heading with an "œ" of another face: "se ise en …
    concertées" and "Apalyse et m œuvre d'actio ncert", each with pieces of the other's
    words): two of its lines whose boxes share most of their height and half the narrower's
    width or more are one; the band they cover is read again alone as one line, and that
    reading taken where more of its letters make words of the list than of the two's."""
    lines = _by_line(words)
    boxes = {k: (min(w.left for w in g), min(w.top for w in g), max(w.right for w in g), max(w.bottom for w in g))
             for k, g in lines.items()}
    keys = sorted(boxes, key=lambda k: boxes[k][1])
    twice: list[set] = []
    for i, a in enumerate(keys):
        for b in keys[i + 1:]:
            (al, at, ar, ab), (bl, bt, br, bb) = boxes[a], boxes[b]
            if bt >= ab:
                break
            high = min(ab, bb) - max(at, bt)
            wide = min(ar, br) - max(al, bl)
            if high >= 0.6 * min(ab - at, bb - bt) and wide >= 0.5 * min(ar - al, br - bl):
                group = next((g for g in twice if a in g or b in g), None)
                if group is None:
                    twice.append({a, b})
                else:
                    group |= {a, b}
    if not twice:
        return words
    out = [w for w in words if not any(w.line in g for g in twice)]
    for group in twice:
        old = [w for k in group for w in lines[k]]
        x0, y0 = max(0, min(boxes[k][0] for k in group) - 10), max(0, min(boxes[k][1] for k in group) - 6)
        x1, y1 = max(boxes[k][2] for k in group) + 10, max(boxes[k][3] for k in group) + 6
        again = [_Word(v.text, v.conf, v.left + x0, v.top + y0, v.right + x0, v.bottom + y0, old[0].line)
                 for v in _tesseract(exe, lang, clean[y0:y1, x0:x1], psm=7)]
        out.extend(again if _known_letters(again) > _known_letters(old) else old)
    return out


def _known_letters(words: list[_Word]) -> int:
    """The letters of `words` that make words of the list (of three letters or more): how much
    of a reading makes sense, whatever Tesseract's confidence in it."""
    return sum(len(w.text) for w in words if len(w.text) >= 3 and is_word(w.text))


def _read_again(exe: str, lang: str, clean, ink, words: list[_Word]) -> list[_Word]:
    """A word Tesseract hardly believed, and read with more letters than its ink has glyphs
    ("àa/75%" for the four glyphs of "à 75 %"), or barely believed and read with two letters
    more ("verntir" for the five of "venir"), and no word of the list, or with one letter more
    that stands beside itself accented ("Guidée" for the five of "Guide"), is read again alone
    on blank paper: the new reading is taken when it has as many characters as glyphs, or is a
    word of the list read surely. So is a number barely believed and read with a digit more
    than its glyphs ("-1420" for the four of "-120"): printed digits stand apart, and a digit
    made up changes what the number says. The page's such words are read in one pass, each on
    a line of its own. One stroke read as several strokes ("l!|") that the reading alone does
    not set right is the first of them."""
    # (a word of the list is left as read: its letters may touch, "rn" in one glyph; unless a
    # letter stands in it twice, once accented, one glyph short: "Guidée" for the "e" of
    # "Guide" a speck stood over)
    doubted = [(k, glyphs) for k, w in enumerate(words) if w.conf < _DOUBTED_CONF
               and len(w.text) > len(glyphs := _glyphs(ink, w)) > 0
               and (not is_word(w.text) and (w.conf < _LETTERS_CONF or len(w.text) >= len(glyphs) + 2
                                             or _NUMBER_READ.fullmatch(w.text))
                    or len(w.text) == len(glyphs) + 1 and _ACCENTED_TWICE.search(w.text))]
    if not doubted:
        return words
    again = _read_alone(exe, lang, clean, [words[k] for k, _ in doubted], 255)
    out = list(words)
    space = _space_width(words)
    for at, (k, glyphs) in sorted(enumerate(doubted), reverse=True):
        read = again.get(at, [])
        if read and sum(len(v.text) for v in read) == len(glyphs):
            out[k:k + 1] = _spaced(sorted(read, key=lambda v: v.left), ink, space)
        elif len(read) == 1 and read[0].conf >= _AGAIN_CONF and is_word(read[0].text) \
                and abs(len(read[0].text) - len(words[k].text)) <= 2:
            # one word of the list, read surely, where the first reading was none ("Journée"
            # for "Jourée": its letters ran together, fewer glyphs than letters): its text,
            # over the word's own box (the box read on the sheet may take in the next line)
            w = words[k]
            out[k] = _Word(read[0].text, read[0].conf, w.left, w.top, w.right, w.bottom, w.line)
        elif len(glyphs) == 1 and all(ch in _STROKES for ch in words[k].text) \
                and _stroke_shaped(glyphs[0][1] - glyphs[0][0], glyphs[0][3] - glyphs[0][2]):
            # one stroke read as several ("l!|": an "l" alone on its line, the end of a word
            # broken at a narrow cell's edge), which no reading alone gives: the first of them
            w = words[k]
            out[k] = _Word(w.text[0], w.conf, w.left, w.top, w.right, w.bottom, w.line)
    return out


def _keeps(read: str, again: str) -> bool:
    """Whether `again` holds all of `read`'s characters, in their order."""
    rest = iter(again)
    return all(ch in rest for ch in read)


_GREY_DOUBT = 75.0  # a word of letters read below this confidence is read again from the grey …
_GREY_SURE = 90.0  # … and that reading taken, a word of the list, at this confidence or more
_NUMBER_DOUBT = 92.0  # a number (a date, a year) read below this is read again from the grey …
_NUMBER_SURE = 80.0  # … and that reading taken at this confidence or more, _NUMBER_GAIN more than the first
_NUMBER_GAIN = 5.0
_NAME_SURE = 85.0  # … or a name mended (_name_mended), at this confidence or more
_PAIR_GAP = 0.6  # of a line's height: two doubted words nearer than this are read together too
_ALONE_DOUBT = 50.0  # a character alone read below this is read again there too
# letters, and marks read for letters ("Acth=s" for a bold "Actions" on a fill), two letters at least
_MOSTLY_LETTERS = re.compile(r"(?=(?:\W*[^\W\d_]){2})[^\d\s]+")
_LETTER_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")  # letters, apostrophes, hyphens


def _read_alone(exe: str, lang: str, image, words: list[_Word], paper: int,
                levelled: bool = False) -> dict[int, list[_Word]]:
    """Each word's box of `image` read again alone, all in one pass: the boxes set one under
    the other on a sheet of `paper`, each on a line of its own. The words read in box k, in
    page pixels and on the line of words[k], by k. `levelled`: each box of a grey image made
    lighter until what lies around its print (three quarters of its pixels are lighter) is
    white paper: print on a fill stands out as on paper."""
    import numpy as np

    boxes = [(max(0, w.left - 3), max(0, w.top - 4), w.right + 4, w.bottom + 5) for w in words]
    gap = 20
    crops = [image[y0:y1, x0:x1] for x0, y0, x1, y1 in boxes]
    if levelled:
        crops = [np.clip(c * (255.0 / max(1.0, float(np.percentile(c, 75)))), 0, 255).astype(np.uint8)
                 if c.size else c for c in crops]
    sheet = np.full((sum(c.shape[0] + gap for c in crops) + gap, max(c.shape[1] for c in crops) + 2 * gap),
                    paper, np.uint8)
    placed, y = [], gap  # where each crop stands on the sheet
    for crop in crops:
        sheet[y:y + crop.shape[0], gap:gap + crop.shape[1]] = crop
        placed.append((y, y + crop.shape[0]))
        y += crop.shape[0] + gap
    again: dict[int, list[_Word]] = {}
    for v in _tesseract(exe, lang, sheet, psm=6):
        middle = (v.top + v.bottom) / 2
        at = next((i for i, (top, bottom) in enumerate(placed) if top <= middle < bottom), None)
        if at is not None:
            dx, dy = boxes[at][0] - gap, boxes[at][1] - placed[at][0]
            again.setdefault(at, []).append(_Word(v.text, v.conf, v.left + dx, v.top + dy, v.right + dx,
                                                  v.bottom + dy, words[at].line))
    return again


def _read_grey(exe: str, lang: str, grey, ink, words: list[_Word]) -> list[_Word]:
    """Words of letters Tesseract doubted (or of letters and marks read for letters: "Acth=s"),
    read again from the page's grey rather than its ink: the ink's one threshold fills the
    counters of a bold word a blur thickened ("lu rérssite" for "la réussite"; a bold header
    word on a fill), where Tesseract, given the grey around the word alone, made as light as
    paper around its print, splits print from paper by that word's own levels. The new
    reading is taken when it is one word of the list, read surely, and more surely than the
    first, or a name one letter off a first reading opening on two capitals (`_name_mended`:
    no list holds it), read nearly as surely. The page's such words are read in one pass,
    each on a line of its own, with the pairs of them that may be one word (`_one_word_read_as_two`), taken as one where read as
    one word of the list, surely. So is a character standing apart that Tesseract hardly
    believed: among words, its language model makes a digit or a sign a letter ("À
    rencontres" for "4 rencontres", "75 D" for "75 %"); alone, the glyph is read as printed.
    Its new reading is taken when it is a digit or a unit sign, read surely. So is a word of
    letters not quite believed, no word of the list, with one glyph more than its letters, or
    two: letters left out ("ren" for the "renc" of "rencontres" broken at a narrow cell's
    edge; "és" for "liés", the thin letters opening a line). Its new reading is taken when it
    is as many letters as glyphs and keeps the first's in their order (two more: a word of the
    list). (Numbers are read again before, on their own: `_numbers_from_grey`.)"""
    glyphs = {k: n for k, w in enumerate(words) if w.conf < _LEFT_OUT_CONF and _LETTER_WORD.fullmatch(w.text)
              and not is_word(w.text) and len(w.text) < (n := len(_glyphs(ink, w))) <= len(w.text) + 2}
    doubted = [k for k, w in enumerate(words)
               if k in glyphs or w.conf < _GREY_DOUBT and _MOSTLY_LETTERS.fullmatch(w.text)
               or w.conf < _ALONE_DOUBT and len(w.text) == 1 and w.text.isalnum()]
    pairs = _one_word_read_as_two(words, set(doubted))
    if not doubted:
        return words
    boxes = [words[k] for k in doubted] + [_Word(words[a].text + words[b].text, 0.0, words[a].left,
                                                 min(words[a].top, words[b].top), words[b].right,
                                                 max(words[a].bottom, words[b].bottom), words[a].line)
                                           for a, b in pairs]
    again = _read_alone(exe, lang, grey, boxes, 255, levelled=True)
    out: list[_Word | None] = list(words)
    for at, (a, b) in enumerate(pairs, start=len(doubted)):
        read, box = again.get(at, []), boxes[at]
        if len(read) == 1 and read[0].conf >= _GREY_SURE and _LETTER_WORD.fullmatch(read[0].text) \
                and is_word(read[0].text) and out[a] is words[a] and out[b] is words[b]:
            out[a], out[b] = replace(box, text=read[0].text, conf=read[0].conf), None
    for at, k in enumerate(doubted):
        read, w = again.get(at, []), words[k]
        if out[k] is not w:
            continue  # read as one with its neighbour
        if len(read) != 1 or read[0].text == w.text:
            continue
        text = read[0].text
        if k in glyphs and len(text) == glyphs[k] and _LETTER_WORD.fullmatch(text) and _keeps(w.text, text) \
                and (glyphs[k] == len(w.text) + 1 or is_word(text)):
            out[k] = replace(w, text=text)  # letters left out, found
            continue
        named = read[0].conf >= _NAME_SURE and _name_mended(w.text, text)
        if read[0].conf < _GREY_SURE and not named or read[0].conf <= w.conf:
            continue
        taken = (_LETTER_WORD.fullmatch(text) and (is_word(text) or named)
                 if len(w.text) > 1 else text in tuple(_DIGITS + _SIGNS))
        if taken:
            out[k] = replace(w, text=text, conf=read[0].conf)
    return [w for w in out if w is not None]


# a number of two digits or more and marks, no letter: a date, a year, a sum
_NUMBER_WORD = re.compile(r"[^\w\s]*\d[\d/.,\-–]*\d[^\w\s]*")


def _numbers_from_grey(exe: str, lang: str, grey, words: list[_Word]) -> list[_Word]:
    """Numbers (dates, years) Tesseract did not quite believe, read again from the page's grey
    (see `_read_grey`), on a sheet of their own: among words of letters its language model
    doubts digits more. A new reading is taken when only its digits differ, read fairly
    surely, and more surely than the first (a blurred copy's "8" for a "9": "(15/08/2009)" at
    74, "(15/09/2009)" at 83; "2008" at 89, "2009" at 96)."""
    numbers = [k for k, w in enumerate(words) if w.conf < _NUMBER_DOUBT and _NUMBER_WORD.fullmatch(w.text)]
    if not numbers:
        return words
    again = _read_alone(exe, lang, grey, [words[k] for k in numbers], 255, levelled=True)
    out = list(words)
    for at, k in enumerate(numbers):
        read, w = again.get(at, []), words[k]
        if len(read) == 1 and read[0].conf >= max(_NUMBER_SURE, w.conf + _NUMBER_GAIN) \
                and _digits_alone_differ(w.text, read[0].text):
            out[k] = replace(w, text=read[0].text, conf=read[0].conf)
    return out


def _digits_alone_differ(read: str, again: str) -> bool:
    """Whether `again` is `read` with only digits changed, each for a digit (the same length,
    the same marks in the same places): a blurred copy's digits misread ("08" for "09"), the
    number's shape right."""
    return len(read) == len(again) and all(a == b or a.isdigit() and b.isdigit() for a, b in zip(read, again))


def _name_mended(read: str, again: str) -> bool:
    """A name no word list holds, first read opening on two capitals before small letters
    ("TFémiscouata": a speck or a broken underline by the "T"), read again one capital and
    small letters, one letter off the first: the second reading is the name's."""
    from rapidfuzz.distance import Levenshtein

    return bool(_TWO_CAPITALS.fullmatch(read) and _NAME.fullmatch(again)
                and Levenshtein.distance(read, again) == 1)


_TWO_CAPITALS = re.compile(r"[A-ZÀ-ÖØ-Þ]{2}[a-zß-öø-ÿ]{2,}")
_NAME = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{2,}(?:-[A-ZÀ-ÖØ-Þa-zß-öø-ÿ][a-zß-öø-ÿ]+)*")


def _one_word_read_as_two(words: list[_Word], doubted: set[int]) -> list[tuple[int, int]]:
    """Pairs of doubted words (by index) of one line, the second right after the first, less
    than _PAIR_GAP of their height apart: perhaps one word whose letters a blur ran together,
    which Tesseract cut in two ("Resp" / "‘ie" for a bold "Responsable" on a fill; "Éc"--" /
    "ir" for "Échéancier", its middle letters read as nothing). Read together, two words
    read as two."""
    order = sorted(doubted, key=lambda k: (words[k].line, words[k].left))
    return [(a, b) for a, b in zip(order, order[1:])
            if words[a].line == words[b].line and _MOSTLY_LETTERS.fullmatch(words[a].text)
            and _MOSTLY_LETTERS.fullmatch(words[b].text)
            and 0 <= words[b].left - words[a].right <= _PAIR_GAP * max(words[a].bottom - words[a].top,
                                                                        words[b].bottom - words[b].top)]


def _wrapped_digits(exe: str, lang: str, clean, ink, words: list[_Word]) -> list[_Word]:
    """The last digit of a number wrapped alone in a narrow column ("2008-201" over "0"), which
    Tesseract reads badly with nothing around it ("(H"): a doubted word of one glyph and no
    digit, alone on its line, right under a word that ends on a digit and starts where it
    starts, is that glyph read alone as a digit, where its holes agree with the reading."""
    out = list(words)
    for k, w in enumerate(words):
        if w.conf >= LOW_CONFIDENCE or any(ch.isdigit() for ch in w.text) or not _under_number(w, words):
            continue
        glyphs = _glyphs(ink, w)
        if len(glyphs) != 1:
            continue
        box = glyphs[0]
        shapes = _digit_shapes(ink, box, (box[3] - box[2]) / _ASCENT)  # a digit is a capital's height
        digit = _digit_again(exe, lang, clean, box, shapes) if shapes else None
        if digit:
            out[k] = _Word(digit, w.conf, w.left, w.top, w.right, w.bottom, w.line)
    return out


def _under_number(w: _Word, words: list[_Word]) -> bool:
    """`w` alone on its line, right under a word of another line that ends on a digit and starts
    where it starts (within half its height)."""
    height = w.bottom - w.top
    if height <= 0 or any(o is not w and o.line == w.line for o in words):
        return False
    return any(o.line != w.line and o.text[-1:].isdigit() and abs(o.left - w.left) <= 0.5 * height
               and 0 <= w.top - o.bottom <= o.bottom - o.top for o in words)


def _looks_turned(words: list[_Word]) -> bool:
    """A page read the wrong way up gives mostly doubtful words (upside down print; every one
    on a page of a few words), or words of several letters taller than wide (print running
    down the page: a sheet fed sideways)."""
    long = [w for w in words if len(w.text) >= 4]
    if any(w.bottom - w.top >= 2 * (w.right - w.left) for w in long):
        return True  # one word standing on end is enough to ask (a row's rest alone on a page: "du Québec")
    doubtful = sum(w.conf < LOW_CONFIDENCE for w in long)
    if len(long) < _TURN_EVIDENCE:
        # (a row's rest alone on a page fed upside down: "du Québec" and "Page 3", each read
        # doubtful, "23q9n0" and "a6ed"; a few words read upright hold one read surely)
        return bool(long) and doubtful == len(long)
    upright_words = sum(w.right - w.left > w.bottom - w.top for w in long)
    return doubtful > len(long) / 2 or upright_words < len(long) / 2


# ---------------------------------------------------------------- Tesseract

def tesseract_for(lang: str) -> str:
    """The tesseract program, checked to have every language of `lang` ("fra", "fra+eng")."""
    return _checked(os.environ.get(TESSERACT_ENV) or "tesseract", lang)


@functools.lru_cache(maxsize=8)
def _checked(name: str, lang: str) -> str:
    exe = shutil.which(name)
    if exe is None:
        raise OcrError(MISSING)
    try:
        out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        raise OcrError(MISSING) from None
    have = set(out.stdout.split()[1:] if out.stdout else ())  # first line: "List of available ..."
    wanted = [code for code in lang.split("+") if code]
    if "fra" in wanted and "fra" not in have:
        raise OcrError(MISSING)
    missing = [code for code in wanted if code not in have]
    if missing:
        raise OcrError(f"scanned PDF: Tesseract has no '{missing[0]}' language data "
                       f"(apt-get install tesseract-ocr-{missing[0]})")
    return exe


def _run(exe: str, lang: str, image, psm: int, out: str, dpi: int = DPI, allow: str = "") -> str:
    import cv2

    ok, png = cv2.imencode(".png", image)
    if not ok:
        raise OcrError("scanned PDF: the page image could not be encoded for Tesseract")
    cmd = [exe, "stdin", "stdout", "-l", lang, "--psm", str(psm), "--dpi", str(dpi)]
    if allow:
        cmd += ["-c", f"tessedit_char_whitelist={allow}"]
    if out:
        cmd.append(out)
    # One thread per Tesseract: files are read in parallel processes, and OpenMP threads on a
    # busy machine cost more than they give.
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    try:
        res = subprocess.run(cmd, input=png.tobytes(), capture_output=True, env=env, timeout=600,
                             preexec_fn=_die_with_parent if sys.platform == "linux" else None)
    except (OSError, subprocess.SubprocessError) as exc:
        raise OcrError(f"scanned PDF: Tesseract failed ({type(exc).__name__})") from None
    if res.returncode != 0:
        err = res.stderr.decode("utf-8", "replace").strip().splitlines()
        raise OcrError(f"scanned PDF: Tesseract failed ({err[-1][:120] if err else res.returncode})")
    return res.stdout.decode("utf-8", "replace")


def _die_with_parent() -> None:
    """In the Tesseract child (Linux): killed when the process that started it dies, so that a
    file stopped at its --timeout leaves no OCR running behind it."""
    try:
        import ctypes
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except Exception:
        pass


def _tesseract(exe: str, lang: str, image, psm: int = 3) -> list[_Word]:
    """Words with their pixel boxes and confidences (Tesseract's TSV output)."""
    words = []
    for row in _run(exe, lang, image, psm, "tsv").splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5" or not cols[11].strip():
            continue
        left, top, width, height = (int(v) for v in cols[6:10])
        text, conf = cols[11].strip(), float(cols[10])
        if conf < _NOISE and not any(ch.isalnum() for ch in text):
            continue  # a speck or a scrap of a rule read as punctuation
        if set(text) <= set("|¦"):
            continue  # a stroke of a rule too short to be found as one: print has no lone bar
        if set(text) == {"_"} and conf < LOW_CONFIDENCE:
            continue  # a speck on the baseline: a line to fill in is long and read surely
        words.append(_Word(text, conf, left, top, left + width, top + height,
                           (int(cols[2]), int(cols[3]), int(cols[4]))))
    return words


def _by_line(words: list[_Word]) -> dict[tuple[int, int, int], list[_Word]]:
    """Tesseract's words grouped by its line, in reading order."""
    lines: dict[tuple[int, int, int], list[_Word]] = {}
    for w in words:
        lines.setdefault(w.line, []).append(w)
    return lines


def _no_ghosts(words: list[_Word]) -> list[_Word]:
    """Tesseract's words without what is no print: a second reading of a word's ink, doubted
    and mostly inside a surer word's box ("[Y:" inside "Analyse", read "Analy[Y:se"), and a
    speck read as a letter or a digit (an accent alone read "2."), alone on its line, a third of
    a line's height high and no wider a char; a speck read as a colon, a word of its own
    less than a quarter of a line's height high (a colon's dots span the small letters); and a
    speck read as a dash, a word of its own less than a fifth of a line's height long (a hyphen
    is about a third of the size: a speck between two header words made a column of its own);
    a speck read as a letter or a digit alone, a word of its own less than a quarter of a line's
    height high on a line of words ("u" after the header's "2009" made a column of its own);
    and a speck read as a point or a comma opening a line of words (a point closes the word
    before it, it never opens one: ". partenaire", the second line of a header cell, left the
    table)."""
    tall = _letter_height(words)
    per_line = Counter(w.line for w in words)
    first = {}
    for w in words:
        if w.line not in first or w.left < first[w.line].left:
            first[w.line] = w
    out = []
    for w in words:
        if w.text in (".", ",") and first[w.line] is w and per_line[w.line] > 1:
            continue
        if tall and len(w.text) == 1 and w.text.isalnum() and w.bottom - w.top < tall / 4:
            continue  # a letter or a digit is as tall as the small letters at least
        if tall and w.bottom - w.top <= tall / 3 and w.right - w.left <= tall / 3 * len(w.text) \
                and any(ch.isalnum() for ch in w.text) and per_line[w.line] == 1:
            continue  # (a note's small number opens a line of words: it stays)
        if tall and w.text in (":", ";") and w.bottom - w.top < tall / 4:
            continue
        if tall and w.text in ("-", "–", "—") and w.right - w.left < tall / 5:
            continue
        area = max(1, (w.right - w.left) * (w.bottom - w.top))
        if w.conf < LOW_CONFIDENCE and any(
                o is not w and o.conf >= LOW_CONFIDENCE
                and max(0, min(w.right, o.right) - max(w.left, o.left))
                * max(0, min(w.bottom, o.bottom) - max(w.top, o.top)) >= 0.6 * area for o in words):
            continue
        out.append(w)
    return out


def _no_specks(words: list[_Word], ink) -> list[_Word]:
    """Tesseract's doubted words without the specks it read in with them: a word of one letter
    or digit whose ink is less than a quarter of a line's height high is dropped, and a speck
    so small opening a word's box a space or more before its first glyph is left out of the box
    ("Actions" read at 26 in a box from three rows of specks beside it: cut at that space, it
    made a header column "A"). A letter or a digit is as tall as the small letters at least;
    `_no_ghosts` judges by the box, which Tesseract may stretch to the line."""
    tall = _letter_height(words)
    if not tall:
        return words
    space = _SPACE_GAP * tall  # as _space_width
    out = []
    for w in words:
        if w.conf >= LOW_CONFIDENCE or not w.text[:1].isalnum():
            out.append(w)
            continue
        glyphs = _glyphs(ink, w)
        if len(w.text) == 1 and (not glyphs or max(g[3] for g in glyphs) - min(g[2] for g in glyphs) + 1 < tall / 4):
            continue
        if len(glyphs) >= 2 and glyphs[0][3] - glyphs[0][2] + 1 < tall / 4 and glyphs[0][1] - glyphs[0][0] < tall / 4 \
                and glyphs[1][0] - glyphs[0][1] >= space:
            w = _Word(w.text, w.conf, glyphs[1][0], w.top, w.right, w.bottom, w.line)
        out.append(w)
    return out


def _no_accent_lines(words: list[_Word], ink) -> list[_Word]:
    """Tesseract's words without a line of its own read in the accents of the line under it
    ("é" and "La" over "Échéance" in a large bold header): a line of words of one or two
    characters, each over a word of another line, whose ink above that word is no taller than
    ACCENT_SHARE of it and touches it (a fifth of its height at most between them), or read
    in that word's own box, within its top ACCENT_SHARE (the word's box takes in its accents,
    read a second time: "#" and "0" in the top of "Échéancier"). The word under it is the
    nearest such word (a long word of a line further down stands under it too)."""
    lines = _by_line(words)

    def accent(w: _Word) -> bool:
        if len(w.text) > 2:
            return False
        # the words of other lines it stands over, the nearest first (those whose box it is in)
        under = sorted((o for o in words if o.line != w.line and (height := o.bottom - o.top) > 0
                        and (w.top + w.bottom) / 2 < (o.top + o.bottom) / 2
                        and o.left - height // 5 <= w.left and w.right <= o.right + height // 5),
                       key=lambda o: max(0, o.top - w.top))
        for o in under:
            height = o.bottom - o.top
            if o.top <= w.top:  # in the word's box
                if w.bottom - o.top <= _ACCENT_SHARE * height:
                    return True
                continue
            rows = ink[w.top:o.top, w.left:w.right + 1].any(axis=1).nonzero()[0]
            if not len(rows):
                return True  # all its ink is the word's under it: a second reading of it
            top, bottom = w.top + int(rows[0]), w.top + int(rows[-1])
            return o.top - top <= _ACCENT_SHARE * height and o.top - bottom <= 0.2 * height
        return False

    ghosts = {line for line, group in lines.items() if all(accent(w) for w in group)}
    return [w for w in words if w.line not in ghosts]


def _unread(exe: str, lang: str, clean, ink, words: list[_Word]) -> list[_Word]:
    """Words in the ink the page's read left out. Tesseract's page layout may take a narrow
    column (a deadline, a percentage between wider ones) for something else than text and
    return nothing of it; print no word box covers, as tall as letters, is read again alone
    on a blank page, as one block. Each of its lines keeps to the patch of ink it stands in
    (a line of that block may run across two columns at different heights)."""
    import cv2
    import numpy as np

    heights = sorted(w.bottom - w.top for w in words if any(ch.isalpha() for ch in w.text))
    if len(heights) < 3:
        return []
    tall = heights[len(heights) // 2]  # a line's height, in pixels
    covered = np.zeros(ink.shape, np.uint8)
    pad = max(2, tall // 10)
    for w in words:
        covered[max(0, w.top - pad):w.bottom + pad + 1, max(0, w.left - pad):w.right + pad + 1] = 1
    rest = ((ink > 0) & (covered == 0)).astype(np.uint8)
    count, _, stats, _ = cv2.connectedComponentsWithStats(rest, connectivity=8)
    letters = np.zeros(ink.shape, np.uint8)
    found = 0
    near = max(1, int(0.3 * tall))  # ink closer than a space to a word read is a piece of it
    dashes = []
    pieces: list[tuple[int, int, int, int]] = []  # (x0, x1, top, bottom) of each letter found
    marks: list[tuple[int, int, int, int]] = []  # and of the smaller marks (a raised ending's letters)
    for x, y, w, h, area in stats[1:]:
        if covered[y:y + h, max(0, x - near):x + w + near].any():
            continue
        # letters as tall as a line's; a piece wider than two letters is letters run together (a
        # blurred copy) when it does not fill its box as a bar or a stamp does
        if _UNREAD_LETTER * tall <= h <= 1.5 * tall and area >= 0.04 * tall * tall \
                and (w <= 2 * tall or (w <= 8 * tall and area < 0.7 * w * h)):
            letters[y:y + h, x:x + w] = 255
            found += 1
            pieces.append((x, x + w - 1, y, y + h - 1))
        elif h <= 0.2 * tall and 0.25 * tall <= w <= tall and area >= 0.6 * w * h:
            dashes.append((x, y, w, h))  # a solid flat bar: a dash, if it stands in a column
        elif 0.2 * tall <= h:
            marks.append((x, x + w - 1, y, y + h - 1))
    if found < _UNREAD_LEAST:
        return _lone_dashes(dashes, words, tall)
    # letters of a word or a line are closer than 0.8 of a line's height; lines of a column
    # stand further apart than 0.4 of it
    patches = cv2.dilate(letters, cv2.getStructuringElement(cv2.MORPH_RECT, (max(1, int(0.8 * tall)),
                                                                              max(1, int(0.4 * tall)))))
    _, patch_of = cv2.connectedComponents(patches, connectivity=8)
    alone = np.full(clean.shape, 255, np.uint8)
    alone[patches > 0] = clean[patches > 0]
    out = []
    read = _tesseract(exe, lang, alone, psm=6)
    for w in read:
        if not _print_lost(w) and not _in_print_column(w, read, tall):
            if not _first_of_month(w, words, ink):
                continue  # a logo, a stamp or a smudge is no print the page lost
            w = replace(w, text="1")  # its raised ending is read on its own (see _pieces)
        patch = int(patch_of[(w.top + w.bottom) // 2, (w.left + w.right) // 2])
        if patch:
            out.append(_Word(w.text, w.conf, w.left, w.top, w.right, w.bottom, (-patch, *w.line[1:])))
    out += _firsts_unread(pieces, marks, out, words, ink, tall)
    return out + _lone_dashes(dashes, words + out, tall)


def _firsts_unread(pieces: list[tuple[int, int, int, int]], marks: list[tuple[int, int, int, int]],
                   read: list[_Word], words: list[_Word], ink, tall: int) -> list[_Word]:
    """The "1er" of a date (`_first_of_month`) in the ink left unread that Tesseract, reading it
    again alone, gave nothing for: a stroke as tall as a line's letters, with the smaller
    marks just right of it (the raised ending, a third of the stroke's height above the
    baseline: too small to be taken for letters, so left out of what was read again)."""
    out = []
    for x0, x1, top, bottom in pieces:
        stroke = _Word("", 0.0, x0, top, x1, bottom, (0, 0, 0))
        if any(_overlap(stroke, w) for w in read):
            continue
        right = x1
        for m in sorted(marks):
            if right < m[0] <= right + 0.3 * tall and m[2] >= top - 0.1 * tall and m[3] < bottom:
                right = m[1]
        w = replace(stroke, right=right)
        before = _first_of_month(w, words, ink) if right > x1 else None
        if before is not None:
            # on the line of the word before it: its own ink (a stroke and a raised ending)
            # would set its baseline at the ending's foot
            out.append(replace(w, text="1", line=before.line))
    return out


def _first_of_month(w: _Word, words: list[_Word], ink) -> _Word | None:
    """The word before it, where ink read again alone, that reads as no print ("[Ü"), is the
    "1er" of a date (None where it is not): it stands between "le", "du" or "au" and a month's
    name on their line, or between "du" and "au" (a range of days: "du 1er au 7 octobre"), a
    space or so from each, and is a stroke followed by a raised ending (what "1er" is, which a
    blur leaves too faint and small for Tesseract to read; French prints a day between those
    words)."""
    height = w.bottom - w.top
    if height <= 0:
        return None
    line = [o for o in words if o.top < w.bottom and w.top < o.bottom]
    before = max((o for o in line if o.right <= w.left + 1), key=lambda o: o.right, default=None)
    after = min((o for o in line if o.left >= w.right - 1), key=lambda o: o.left, default=None)
    if before is None or after is None or before.text.lower() not in ("le", "du", "au") \
            or not (_MONTH_END.match(after.text.strip(".,;:)")) or before.text.lower() == "du" and after.text == "au") \
            or w.left - before.right > 1.5 * height or after.left - w.right > 1.5 * height:
        return None
    glyphs = _glyphs(ink, w)
    if len(glyphs) < 2:
        return None
    x0, x1, top, bottom = glyphs[0]
    tall = bottom - top
    if x1 - x0 <= 0.8 * tall and all(g[3] <= bottom - 0.25 * tall and g[3] - g[2] < 0.75 * tall for g in glyphs[1:]):
        return before
    return None



def _print_lost(w: _Word) -> bool:
    """Whether a word read again in the ink the page's read left out is print: read with
    some confidence, or a run of three letters or more, which a smudge or a logo does not
    give ("Dêéce", the first piece of a word broken in a narrow cell, read at 49), or a word
    of the list of three letters or more, even doubted ("année" at 27 in a narrow cell)."""
    return w.conf >= _NOISE or (len(w.text) >= 3 and w.text.isalpha() and (
        w.conf >= _LETTERS_CONF or w.conf >= _WORD_CONF and is_word(w.text)))


def _in_print_column(w: _Word, read: list[_Word], tall: int) -> bool:
    """A doubted word read in ink the page's read left out that stands in a column of print:
    its letters start where those of a word read as print on the line above or below it start
    ("Septe" / "mbre" (34) / "2017", "amorc" / "é" (37): words broken in a narrow cell). A
    smudge or a logo does not line up with print."""
    if not any(ch.isalpha() for ch in w.text):
        return False
    return any(o is not w and _print_lost(o) and abs(o.left - w.left) <= 0.3 * tall
               and (0 <= w.top - o.bottom <= tall or 0 <= o.top - w.bottom <= tall) for o in read)


def _lone_dashes(bars: list[tuple[int, int, int, int]], words: list[_Word], tall: int) -> list[_Word]:
    """A dash alone on its line, between two lines of a column ("2016" / "-" / "2017": a range
    broken in a narrow cell), which Tesseract returns nothing of: a flat bar (x, y, w, h) with
    a word starting at its left, within a line and a half, above it and below it, and no other
    bar beside it nor two more at its height (a dashed rule under a header), nor a word just
    under it (a fifth of a line: its accent), nor one just after it on its line (within a
    line's height: an item's dash bullet, the items above and below opening on theirs), nor
    one whose box takes it in (read with it)."""
    out = []
    for k, (x, y, w, h) in enumerate(bars):
        if any(abs(y2 - y) <= max(2, tall // 4) and x2 < x + w + tall and x < x2 + w2 + tall
               for j, (x2, y2, w2, _) in enumerate(bars) if j != k):
            continue  # bars in a row: a dashed rule, or a rule a scan broke
        level = sum(1 for _, y2, _, _ in bars if abs(y2 - y) <= max(2, tall // 4)) + sum(
            1 for o in words if o.text and set(o.text) <= set("-–—_")
            and abs(o.top + o.bottom - 2 * y - h) <= tall // 2)  # (dashes Tesseract read there)
        if level >= 3:
            continue  # three bars or more at one height, however far apart: a dashed rule
        column = [o for o in words if abs(o.left - x) <= 0.3 * tall]  # words starting at its left
        above = any(0 <= y - o.bottom <= 1.5 * tall for o in column)
        below = any(0 <= o.top - (y + h) <= 1.5 * tall for o in column)
        if any(o.left <= x + w and x <= o.right and -h <= o.top - (y + h) < 0.2 * tall for o in words):
            continue  # just over a word, or in its box's top: its accent ("é" alone in a narrow cell)
        if any(o.top <= y + h // 2 <= o.bottom and 0 <= o.left - (x + w) <= tall for o in words):
            continue  # a word just after it on its line: the item's dash, which the line's read sees
        if any(o.top <= y + h // 2 <= o.bottom and o.left <= x + w // 2 <= o.right for o in words):
            continue  # inside a word read: read with it ("-201", the ink the page's read left out)
        if above and below:
            middle = y + h // 2  # a dash stands at the middle of the small letters
            out.append(_Word("-", LOW_CONFIDENCE, x, middle - tall // 2, x + w, middle + tall // 2,
                             (-(10 ** 6 + k), 1, 1)))
    return out


def _clear_overlaps(words: list[_Word], ink) -> list[_Word]:
    """Tesseract's box of a word may run over the next word of its line ("50" boxed up to the
    end of the "%" after it, then no gap is left between them): a word ends at its last
    glyph clear of the next word's box."""
    lines = _by_line(words)
    for group in lines.values():
        group.sort(key=lambda w: w.left)
        for w, nxt in zip(group, group[1:]):
            if w.right > nxt.left > w.left:
                ends = [g[1] for g in _glyphs(ink, w) if g[1] <= nxt.left + 1]
                if ends:
                    w.right = max(ends)
    return words


def _numbers_joined(words: list[_Word], ink) -> list[_Word]:
    """A number Tesseract cut in two where a narrow "1" left a gap as wide as a space ("201 1"
    for "2011"): digits are set on one width, so two words of a line, one ending on digits and
    the next opening on a digit, are one number when the centres of their facing digits stand
    one digit's width apart (the width their own digits are set on, a quarter more at most).
    A space between two numbers ("240 000") adds half a digit's width or so to it."""
    out: list[_Word] = []
    for w in words:
        prev = out[-1] if out else None
        if prev is not None and prev.line == w.line and prev.text[-1:].isdigit() and w.text[:1].isdigit() \
                and _digit_pitch_apart(prev, w, ink):
            out[-1] = _Word(prev.text + w.text, min(prev.conf, w.conf), prev.left, min(prev.top, w.top),
                            w.right, max(prev.bottom, w.bottom), prev.line)
            continue
        out.append(w)
    return out


def _digit_pitch_apart(a: _Word, b: _Word, ink) -> bool:
    ga, gb = _glyphs(ink, a), _glyphs(ink, b)
    if len(ga) != len(a.text) or len(gb) != len(b.text):
        return False  # the digits are not each a glyph of their own: nothing to measure
    steps = [(g[k + 1][0] + g[k + 1][1] - g[k][0] - g[k][1]) / 2 for w, g in ((a, ga), (b, gb))
             for k in range(len(w.text) - 1) if w.text[k].isdigit() and w.text[k + 1].isdigit()]
    if not steps:
        return False
    pitch = statistics.median(steps)
    return pitch > 0 and (gb[0][0] + gb[0][1] - ga[-1][0] - ga[-1][1]) / 2 <= 1.25 * pitch


def _space_width(words: list[_Word]) -> float | None:
    """The narrowest gap between letters that is a space, in pixels: a share of the height
    of the page's words of letters."""
    tall = _letter_height(words)
    return _SPACE_GAP * tall if tall else None


def _letter_height(words: list[_Word]) -> int:
    """The median height of the words of letters alone, in pixels (a line's); 0 without any."""
    heights = sorted(w.bottom - w.top for w in words if w.text.isalpha())
    return heights[len(heights) // 2] if heights else 0


def _spaced(words: list[_Word], ink, space: float | None = None) -> list[_Word]:
    """Words Tesseract ran together across a space ("Encours", "à75%") are cut where their
    ink leaves a space's width: within a word, letters stand at most a quarter of a line's
    height apart (after an "r" or an "f"), a space about half of it. Only where each letter is
    a glyph of its own can the cut be placed between letters, and only next to a letter: digits
    are set on one width, and a narrow "1" stands as far from its neighbours ("15.11.10"). A number and its "%" or "$"
    ("50%") are two words when a quarter of the line's height lies between them (French sets "50 %", "240 000 $"),
    where the digits of a number stand a tenth apart. One glyph read as two accented letters
    ("ÂÀvenir": six glyphs) is the second of them. A point or a comma cut off so, ending the
    word, is a speck: French sets them against the word ("terminé .")."""
    space = _space_width(words) if space is None else space
    if space is None:
        return words
    out = []
    for w in words:
        glyphs = _glyphs(ink, w) if len(w.text) >= 2 else []
        twice = _TWICE.search(w.text) if len(glyphs) == len(w.text) - 1 else None
        if twice and twice.group()[0] != twice.group()[1]:  # one glyph read as two accented letters
            w = _Word(w.text[:twice.start()] + w.text[twice.start() + 1:], w.conf, w.left, w.top, w.right,
                      w.bottom, w.line)
        cuts = []  # (text index, where the part before ends, where the part after starts)
        if len(glyphs) == len(w.text):
            cuts = [(k, glyphs[k - 1][1], glyphs[k][0]) for k in range(1, len(glyphs))
                    if glyphs[k][0] - glyphs[k - 1][1] >= space
                    and (w.text[k - 1].isalpha() or w.text[k].isalpha())]
        if not cuts and _PERCENT.match(w.text) and len(glyphs) >= 2 \
                and glyphs[-1][0] - glyphs[-2][1] >= 0.25 * (w.bottom - w.top):
            cuts = [(len(w.text) - 1, glyphs[-2][1], glyphs[-1][0])]
        start, left = 0, w.left
        for k, end, after in cuts:
            out.append(_Word(w.text[start:k], w.conf, left, w.top, end, w.bottom, w.line))
            start, left = k, after
        if not cuts:
            out.append(w)
        elif w.text[start:] not in (".", ","):
            out.append(_Word(w.text[start:], w.conf, left, w.top, w.right, w.bottom, w.line))
    return out


# ---------------------------------------------------------------- image

def _best_turn(exe: str, lang: str, grey, hint: int, read: tuple, dots: float = _DOT_STEP) -> tuple:
    """The page read as OSD hinted, and turned a quarter the other way for print running down
    the page (or upside down for mostly doubtful words): kept when it reads more words of the
    word list, surely read, than the page as it lies. For pages OSD is unsure of, at a
    Tesseract run a turn tried."""
    words = read[0]
    long = [w for w in words if len(w.text) >= 4]
    sideways = sum(w.right - w.left > w.bottom - w.top for w in long) < len(long) / 2
    turns = [t for t in dict.fromkeys([hint, *((90, 270) if sideways else (180,))]) if t]
    best, score = read, _legible(words)
    for turn in turns:
        got = _read(exe, lang, _turned(grey, turn), dots)
        if _legible(got[0]) > score:
            best, score = got, _legible(got[0])
    return best


def _legible(words: list[_Word]) -> int:
    from bilan.extract.lexicon import is_word

    # Tesseract may read print running down the page as words, but in boxes taller than wide
    return sum(1 for w in words if len(w.text) >= 3 and w.conf >= LOW_CONFIDENCE and is_word(w.text)
               and w.right - w.left > w.bottom - w.top)


def _turned(grey, turn: int):
    import cv2

    codes = {90: cv2.ROTATE_90_CLOCKWISE, 180: cv2.ROTATE_180, 270: cv2.ROTATE_90_COUNTERCLOCKWISE}
    return cv2.rotate(grey, codes[turn]) if turn in codes else grey


def _osd_turn(exe: str, grey) -> tuple[int, bool]:
    """The clockwise turn (0, 90, 180, 270) Tesseract's orientation detection (OSD, --psm 0)
    asks for, and whether it is sure enough to act on alone. Without the osd data, one line says
    what to install and the page is read as it is."""
    if not _has_osd(exe):
        return 0, True
    try:
        report = _run(exe, "osd", grey, 0, "", allow="")
    except OcrError:
        return 0, False  # too little text to tell
    return _osd_rotation(report)


def _osd_rotation(report: str) -> tuple[int, bool]:
    """The turn an OSD report asks for, and whether its confidence is OSD_SURE or more (a page of
    text gets 10 to 20; a title page of a few large words about 2 to 8, and is sometimes wrong,
    a quarter turn one way for the other)."""
    fields = dict(line.split(":", 1) for line in report.splitlines() if ":" in line)
    try:
        turn = int(fields.get("Rotate", "0").strip())
        confidence = float(fields.get("Orientation confidence", "0").strip())
    except ValueError:
        return 0, False
    return turn, confidence >= _OSD_SURE


@functools.lru_cache(maxsize=8)
def _has_osd(exe: str) -> bool:
    try:
        out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return False
    if "osd" in out.stdout.split()[1:]:
        return True
    print(OSD_MISSING, file=sys.stderr)
    return False


def _ink(grey, dots: float = _DOT_STEP):
    """Ink as 255 on 0, with scanner speckle (specks of a few pixels) removed; but specks in a
    row between print are a thin stroke a blurred black-and-white copy broke into dots (the
    slashes of "14/06/2010"): they are joined again into one stroke."""
    import cv2
    import numpy as np

    paper, fills = _splits(grey)
    _, ink = cv2.threshold(grey, paper, 255, cv2.THRESH_BINARY_INV)
    for fill in fills:  # the lightest first: a darker fill's area over a lighter one's is its own
        _print_on_fill(grey, ink, fill, paper)
    _, labels, stats, centres = cv2.connectedComponentsWithStats(ink, connectivity=8)
    small = stats[:, cv2.CC_STAT_AREA] <= max(2, round((DPI / 300) ** 2 * 7))  # a period is ~12
    small[0] = False
    ink[small[labels]] = 0
    for a, b in _dotted_strokes(centres[np.flatnonzero(small)], dots):
        if _between_print(ink, a, b):
            cv2.line(ink, a, b, 255, 2)
    return ink.astype(np.uint8)


def _between_print(ink, foot: tuple[int, int], top: tuple[int, int]) -> bool:
    """Whether print stands on both sides of a stroke from `foot` to `top`, at its height,
    nearer than its height: a slash between two numbers or words, not specks in an empty cell."""
    y0, y1 = top[1], foot[1] + 1
    reach = max(2, y1 - y0)
    left = ink[y0:y1, max(0, min(foot[0], top[0]) - reach):max(0, min(foot[0], top[0]) - 1)]
    right = ink[y0:y1, max(foot[0], top[0]) + 2:max(foot[0], top[0]) + reach]
    return bool(left.size and right.size and left.any() and right.any())


_DOTS_LEAST = 4  # … and make a row of this many at least
_DOTS_SPAN = 12  # pixels: … as long as this at least
_DOTS_THIN = 0.15  # … and as straight: their spread across the row over their spread along it
_SLASH_LEAN = (60.0, 85.0)  # degrees over the baseline


def _dotted_strokes(points, step: float = _DOT_STEP) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """The two ends of each slash broken into dots among `points` (the centres of specks):
    chains of dots each within _DOT_STEP of the next, _DOTS_LEAST of them at least, on one
    straight line leaning as a slash leans (60° to 85°, its top to the right). A scan's random
    specks seldom stand four in a row, and then any way."""
    import numpy as np
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components
    from scipy.spatial import cKDTree

    if len(points) < _DOTS_LEAST:
        return []
    pairs = cKDTree(points).query_pairs(step, output_type="ndarray")
    near = coo_matrix((np.ones(len(pairs)), (pairs[:, 0], pairs[:, 1])), shape=(len(points), len(points)))
    _, label = connected_components(near, directed=False)
    out = []
    for c in np.flatnonzero(np.bincount(label) >= _DOTS_LEAST):
        dots = points[label == c]
        spread, axes = np.linalg.eigh(np.cov(dots.T))
        along = axes[:, 1]
        reach = (dots - dots.mean(axis=0)) @ along
        if reach.max() - reach.min() < _DOTS_SPAN * DPI / 300 or np.sqrt(max(spread[0], 0)) > _DOTS_THIN * np.sqrt(spread[1]):
            continue
        a, b = dots[int(reach.argmin())], dots[int(reach.argmax())]
        if a[1] < b[1]:
            a, b = b, a  # a: the foot
        if not _SLASH_LEAN[0] <= math.degrees(math.atan2(a[1] - b[1], b[0] - a[0])) <= _SLASH_LEAN[1]:
            continue
        out.append(((int(round(a[0])), int(round(a[1]))), (int(round(b[0])), int(round(b[1])))))
    return out


def _print_on_fill(grey, ink, fill: int, paper: float) -> None:
    """Split the print on a fill from that fill, over the fill's area (the fill with the print
    it surrounds): under the fill's grey by a margin (its JPEG noise and blurred edges), and,
    where that margin holds the split under the page's (a grey header row), by Otsu's split
    of the area's own pixels when lower: a bold word a copy blurred has its counters and the
    gaps between its letters a mix of print and fill darker than the margin leaves, and would
    read as a row of blobs (which the rule finder may even take for a rule and clear). The
    page's print on paper keeps the page's split: a split held under a dark fill everywhere
    would break the thin strokes of the print around it (the slashes of "15/09/16")."""
    import cv2
    import numpy as np

    mask = _fill_pixels(grey, fill)
    # the fill's own area, not the blurred edges of print on paper that pass through its grey
    mask = cv2.morphologyEx(mask, cv2.MORPH_OPEN, np.ones((_FILL_SOLID, _FILL_SOLID), np.uint8))
    if not mask.any():
        return
    reach = DPI // 6 | 1  # a line of print on the fill, with the fill above and below it
    area = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, np.ones((reach, reach), np.uint8))
    edge = _FILL_SOLID | 1  # and the fill's blurred edge, lighter than the fill
    area = cv2.dilate(area, np.ones((edge, edge), np.uint8)) > 0
    inside = grey[area]
    split = min(paper, fill - _FILL_MARGIN)
    if split < paper:
        local, _ = cv2.threshold(inside.reshape(1, -1), 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
        split = min(split, local)
    ink[area] = np.where(inside <= split, 255, 0).astype(np.uint8)


def _splits(grey) -> tuple[float, list[int]]:
    """The grey level under which a pixel of print on paper is ink, and the fills found (the
    print on each is split from it over its area: see _print_on_fill). Otsu's split of the page parts
    paper from the rest; where a light fill (a shaded header row, a band behind a row) is a good part of
    that rest, it would count as ink, a solid block that the rule finder then clears with the
    words printed on it: the split is then made again between the print and the fill, and
    again under a second fill darker than the first (a grey header row over light bands)."""
    import cv2
    import numpy as np

    first, _ = cv2.threshold(grey, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    split = paper = first
    fills: list[int] = []
    while len(fills) < _FILLS_MOST:
        dark = grey[grey <= split]
        if dark.size < 100:
            break
        counts = np.bincount(dark.ravel(), minlength=256)
        fill = int(np.argmax(counts))
        peak = counts[max(0, fill - 6):fill + 7].sum()
        if fill < _FILL_LIGHTEST or (peak < _FILL_SHARE * dark.size
                                     and (fills or not (_stands(counts, fill, grey.size)
                                                        or _solid_fill(grey, fill)))):
            break
        fills.append(fill)
        # the fills taken for paper: Otsu's split of the rest (print and paper, as on a page
        # without fill), kept well under the fill's grey (its JPEG noise and blurred edges)
        apart = np.ones(grey.shape, dtype=bool)
        for f in fills:
            apart &= np.abs(grey.astype(np.int16) - f) > _FILL_SPREAD
        second, _ = cv2.threshold(grey[apart].reshape(1, -1), 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
        split = min(split, second, fill - _FILL_MARGIN)
        paper = min(paper, second)
    # on a page where none was found under the split, a fill just lighter than it (Otsu's
    # split fell close under its grey): the print on it would take in the fill's blurred
    # edges and noise, and run together; it is kept as far under that fill as under one below
    low = int(split) + 1
    if not fills and low + _FILL_MARGIN < 256:
        counts = np.bincount(grey.ravel(), minlength=256)
        fill = low + int(np.argmax(counts[low:low + _FILL_MARGIN]))
        if fill >= _FILL_LIGHTEST and _stands(counts, fill, grey.size):
            split = min(split, fill - _FILL_MARGIN)
    return (paper if fills else split), fills


def _fill_pixels(grey, fill: int):
    """The pixels of `fill`'s grey, as 1 on 0: within _FILL_SPREAD of it."""
    import numpy as np

    return (np.abs(grey.astype(np.int16) - fill) <= _FILL_SPREAD).astype(np.uint8)


def _solid_fill(grey, fill: int) -> bool:
    """Whether pixels of `fill`'s grey make solid areas (squares _FILL_SOLID pixels wide) over
    _FILL_AREA of the page: a shaded header row on a blurred copy, whose histogram peak the blur
    of all the page's print around it (every grey between ink and paper) keeps from standing
    out. Print's blurred edges are a few pixels thin and make no such area."""
    import cv2
    import numpy as np

    mask = _fill_pixels(grey, fill)
    mask = cv2.erode(mask, np.ones((_FILL_SOLID, _FILL_SOLID), np.uint8))
    # an eroded area keeps its inside: a band _FILL_SOLID high loses all but its middle row
    return int(np.count_nonzero(mask)) >= _FILL_AREA * grey.size / _FILL_SOLID


def _stands(counts, fill: int, pixels: int) -> bool:  # noqa: ANN001 - a histogram
    """Whether the histogram's narrow peak at `fill` covers an area of the page and stands
    _FILL_STANDS times over as many grey levels a little darker (blurred print makes none)."""
    peak = counts[max(0, fill - 6):fill + 7].sum()
    return peak >= _FILL_AREA * pixels and peak >= _FILL_STANDS * counts[max(0, fill - 26):max(0, fill - 13)].sum()


def _skew(grey) -> float:
    """The page's rotation in degrees, within ±MAX_SKEW: the angle at which the rows of ink
    (text lines and table rules) are sharpest in the horizontal projection."""
    import cv2
    import numpy as np

    _, ink = cv2.threshold(grey, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)

    def sharpness(img, angle: float) -> float:
        h, w = img.shape
        m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
        rows = cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_NEAREST).sum(axis=1, dtype=np.float64)
        return float(np.square(np.diff(rows)).sum())

    best = 0.0
    for factor, span, step in ((0.25, MAX_SKEW, 0.2), (0.5, 0.2, 0.04)):
        small = cv2.resize(ink, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA)
        angles = np.arange(best - span, best + span + step / 2, step)
        best = float(max(angles, key=lambda a: sharpness(small, float(a))))
        best = max(-MAX_SKEW, min(MAX_SKEW, best))
    return best


def _straighten(grey, angle: float):
    import cv2

    if abs(angle) < 0.03:
        return grey
    h, w = grey.shape
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    return cv2.warpAffine(grey, m, (w, h), flags=cv2.INTER_CUBIC, borderValue=255)


def _rules(ink):
    """Masks of the horizontal and vertical ruling lines: ink that survives an opening by a
    long thin bar (longer than any letter stroke: a fifth of an inch either way)."""
    import cv2
    import numpy as np

    length = max(3, DPI // 5)
    # thickened across first: a rule that a speck of dust or the JPEG broke in one pixel row
    # goes on in the next (a thickening along would join letters into false rules)
    across_h = cv2.dilate(ink, np.ones((3, 1), np.uint8))
    across_v = cv2.dilate(ink, np.ones((1, 3), np.uint8))
    # and a vertical rule is mended over small holes (text lines lie further apart)
    across_v = cv2.morphologyEx(across_v, cv2.MORPH_CLOSE, np.ones((4, 1), np.uint8))
    horizontal = cv2.morphologyEx(across_h, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (length, 1)))
    horizontal = _rule_ends(across_h, horizontal, length)
    vertical = cv2.morphologyEx(across_v, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, length)))
    vertical = _without_stems(vertical, horizontal, length)
    # the same for a vertical rule, by the same rule turned a quarter
    vertical = np.ascontiguousarray(_rule_ends(np.ascontiguousarray(across_v.T),
                                               np.ascontiguousarray(vertical.T), length).T)
    return horizontal & ink, (vertical | _short_walls(across_v, horizontal, vertical)) & ink


def _without_stems(vertical, horizontal, length: int):
    """`vertical` less the stems of a line of large capitals (a title of 20 pt or more, whose
    stems reach the rule length): pieces under twice the rule length that touch no horizontal
    rule, three or more of them side by side with their tops and their feet level within a
    few pixels (the cap height and the baseline). A column rule runs from rule to rule, or
    down a whole table, and has no such row of twins."""
    import cv2
    import numpy as np

    count, labels, stats, _ = cv2.connectedComponentsWithStats(vertical, connectivity=8)
    if count < 4:
        return vertical
    near = cv2.dilate(horizontal, np.ones((2 * _WALL_REACH + 1, 3), np.uint8))
    loose = [k for k in range(1, count) if stats[k, 3] < 2 * length
             and not near[stats[k, 1]:stats[k, 1] + stats[k, 3], stats[k, 0]:stats[k, 0] + stats[k, 2]].any()]
    level = 3  # pixels
    stems = [k for k in loose if sum(abs(stats[j, 1] - stats[k, 1]) <= level
                                     and abs(stats[j, 1] + stats[j, 3] - stats[k, 1] - stats[k, 3]) <= level
                                     for j in loose) >= 3]
    if not stems:
        return vertical
    out = vertical.copy()
    out[np.isin(labels, stems)] = 0
    return out


def _rule_ends(across_h, horizontal, length: int):
    """`horizontal` with the pieces of its rules a scan broke off too short to be found alone
    (a thin rule of a 200 dpi copy, cut by specks into bars under a fifth of an inch; a column
    rule's last bit above the rule under it, cut off by a speck where the tilt set right
    steps it a pixel aside, read with the page turned a quarter): a thin
    flat bar a quarter of the rule length long or more, on the line of a rule found, in a gap
    of it or past its end by less than the rule length, is a piece of it; one that lies along
    the rule (a letter's flat tail sitting on it), or is thicker than the rule, is not."""
    import cv2
    import numpy as np

    thick = max(2, DPI // 40) * 2
    ruled = horizontal.any(axis=1)
    if not ruled.any():
        return horizontal
    # a piece is at most `thick` rows high with a rule within two rows of it: it lies inside
    # the rows within twice that of a rule's, and only those are looked at (most of the page
    # is letters, far from any rule); a piece of ink touching the edge of such a band runs on
    # past it, too thick to be a piece of a rule
    reach = 2 * thick + 4
    height = len(ruled)
    inside = cv2.dilate(ruled.astype(np.uint8)[:, None], np.ones((2 * reach + 1, 1), np.uint8))[:, 0] > 0
    runs = np.flatnonzero(np.diff(np.concatenate(([0], inside.astype(np.int8), [0]))))
    out = horizontal.copy()
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (length // 4, 1))
    for first, last in zip(runs[::2], runs[1::2]):
        bars = cv2.morphologyEx(np.ascontiguousarray(across_h[first:last]), cv2.MORPH_OPEN, kernel)
        bars[horizontal[first:last] > 0] = 0
        count, _, stats, _ = cv2.connectedComponentsWithStats(bars, connectivity=8)
        for x, y, w, h, _area in stats[1:count]:
            if h > thick or w < length // 4 or (y == 0 and first > 0) or (y + h == last - first and last < height):
                continue
            y += first
            top = max(0, y - 2)
            band = horizontal[top:y + h + 2]
            if band[:, x:x + w].any():
                continue  # it lies along a rule (a letter's flat tail sitting on it), not in a gap
            beside = np.hstack([band[:, max(0, x - length):x], band[:, x + w:x + w + length]])
            rows = np.nonzero(beside.any(axis=1))[0]
            # as thick as the rule beside it, and on its rows: a letter's stroke is thicker
            if rows.size and h <= rows.size + 1 and top + rows[0] - 1 <= y and y + h <= top + rows[-1] + 2:
                out[y:y + h, x:x + w] |= bars[y - first:y - first + h, x:x + w]
    return out


def _short_walls(across_v, horizontal, vertical):
    """Vertical rules shorter than the rule length: the walls of a row of one line (a header
    row of 9 pt text is 13 pt high, under a fifth of an inch). A stroke is taken for one where
    it runs from one horizontal rule to another and either lies on the line of a column rule
    of other rows, or stands apart from any other ink of its row (a cell's padding either
    side): a letter may touch both rules of a tight row (the "j" of a bold title row), but its
    neighbours are letters and no column rule lies on its line."""
    import cv2
    import numpy as np

    short = cv2.morphologyEx(across_v, cv2.MORPH_OPEN,
                             cv2.getStructuringElement(cv2.MORPH_RECT, (1, max(3, DPI // 25))))
    count, labels, stats, _ = cv2.connectedComponentsWithStats(short, connectivity=8)
    reach = _WALL_REACH
    near = cv2.dilate(horizontal, np.ones((2 * reach + 1, 3), np.uint8))
    height = near.shape[0]
    text = across_v & ~near  # the ink between the rules
    ruled = vertical.any(axis=0)  # the columns of the page's long vertical rules
    pad = max(2, DPI // 50)  # a cell's padding, at the least
    keep = np.zeros(count, dtype=bool)
    for k in range(1, count):
        x, y, w, h, _area = stats[k]
        if w > max(2, DPI // 40) * 3 or h >= DPI // 5:
            continue  # too thick for a rule, or long enough to be found already
        top, bottom = max(0, y - 1), min(height - 1, y + h)
        # (its ends may run a few pixels past the rules: a blurred copy's ink under a rule)
        if not (near[top:top + reach + 1, x:x + w].any() and near[max(top, bottom - reach):bottom + 1, x:x + w].any()):
            continue
        inside = text[top:bottom]
        # (the stroke's own ragged edge, a pixel or two out of its line, is no ink beside it)
        alone = not inside[:, max(0, x - pad):max(0, x - _RAGGED)].any() and \
            not inside[:, x + w + _RAGGED:x + w + pad].any()
        keep[k] = bool(ruled[max(0, x - reach):x + w + reach].any() or alone)
    if not keep.any():
        return np.zeros_like(across_v)
    return np.where(keep[labels], 255, 0).astype(np.uint8)


def _erase_rules(ink, horizontal, vertical):
    """The page without its rules or specks, black on white for Tesseract, and its ink. Where a
    letter crosses an underline (the descender of "p"), its strokes above and below are joined
    again through the cleared band."""
    import cv2
    import numpy as np

    band = cv2.dilate(horizontal | vertical, np.ones((3, 3), np.uint8), iterations=1)
    rest = ink & ~band
    bridged = cv2.morphologyEx(rest, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (1, 11)))
    erase = (band > 0) & ~((bridged > 0) & (cv2.dilate(vertical, np.ones((1, 5), np.uint8)) == 0))
    ink = ink.copy()
    ink[erase] = 0
    return 255 - ink, ink


def _segments(mask, scale: float, horizontal: bool) -> list[tuple[float, float, float, float]]:
    """Thin runs of a rule mask as (start, end, position, thickness) in points: x0, x1, y for
    horizontal rules, top, bottom, x for vertical ones."""
    import cv2

    count, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    out = []
    thick_max = max(2, DPI // 40)
    for x, y, w, h, _area in stats[1:count]:
        if horizontal and h <= thick_max * 3:
            out.append((x * scale, (x + w) * scale, (y + h / 2) * scale, h * scale))
        elif not horizontal and w <= thick_max * 3:
            out.append((y * scale, (y + h) * scale, (x + w / 2) * scale, w * scale))
    return out


RULE_GAP = 2.0  # points between two pieces of one rule a copy broke (specks, a faint stretch)
RULE_STEP = 0.75  # points one piece of a rule may stand above or below the next (a slant straightened)


def _end_to_end(segments: list[tuple[float, float, float]]) -> list[tuple[float, float, float]]:
    """Horizontal strokes with pieces lying end to end on one line joined: a row's rule a
    copy broke in three is one rule across its cell (a border), not three strokes, one of
    which, under a cell's last line, would underline it ("novembre 2016" taken for a channel
    heading). Underlines apart by more than RULE_GAP stay apart."""
    out: list[list[float]] = []
    for x0, x1, y in sorted(segments):
        near = next((s for s in out if abs(s[2] - y) <= RULE_STEP and -RULE_GAP <= x0 - s[1] <= RULE_GAP), None)
        if near is None:
            out.append([x0, x1, y])
        else:
            near[2] = (near[2] * (near[1] - near[0]) + y * (x1 - x0)) / max(near[1] - near[0] + x1 - x0, 1e-6)
            near[1] = max(near[1], x1)
    return [(x0, x1, y) for x0, x1, y in out]


_NUMBERS_HEADER = re.compile(r"N\s?[°º•o]|No\.?|#|N°\.?")


def _number_cells(exe: str, lang: str, clean, words: list[_Word], tables: list[RawTable],
                  scale: float) -> list[_Word]:
    """A narrow column of a ruled grid (NUMBER_COLUMN points wide at most) a third of whose
    cells or more (three at least; its top cell, a header, left out) read as plan numbers
    ("1.1", "2. 3"): a number set alone in a narrow cell, often wrapped at its point ("1." over
    "2"), is what Tesseract reads worst ("NH", "Lu 1", "& N", "LES" for "1.2", "3.1", "2.3").
    Its other short cells that are no word, or a word in capitals, are read again alone as a
    block, digits and points only, and that reading is taken where it is a plan number; the
    numbers cut at their point are joined."""
    out = list(words)
    for table in tables:
        columns: dict[tuple[int, int], list[tuple]] = {}
        for cell in table.cells:
            columns.setdefault((round(cell[0]), round(cell[2])), []).append(cell)
        for (x0, x1), cells in columns.items():
            if x1 - x0 > NUMBER_COLUMN or len(cells) < 4:
                continue
            read = []
            for cell in cells:
                inside = [w for w in out if cell[0] <= (w.left + w.right) / 2 * scale <= cell[2]
                          and cell[1] <= (w.top + w.bottom) / 2 * scale <= cell[3]]
                if inside:
                    inside.sort(key=lambda w: (w.top, w.left))
                    read.append((cell, inside, "".join(w.text for w in inside)))
            plain = [(inside, text) for _, inside, text in read if _PLAN_NUMBER.match(text)]
            # the column's top cell is its header ("No", "#") where the grid has one: not counted
            headed = bool(read) and read[0][0][1] <= min(c[1] for c in cells)
            body = len(read) - (1 if headed else 0)
            # a header that says numbers ("N°", read "N •" on a blurred copy) makes it a
            # numbers column however few of its cells read as numbers, words among them
            numbers = headed and bool(_NUMBERS_HEADER.fullmatch(read[0][2]))
            # (a word in capitals is misread digits as well: "LES" for "1.2")
            misread = [(cell, inside) for cell, inside, text in read[1 if numbers else 0:]
                       if not _PLAN_NUMBER.match(text) and len(text) <= 6
                       and (numbers or text.isupper() or not is_word(" ".join(w.text for w in inside).lower()))]
            if not misread or not numbers and (len(plain) < 3 or 3 * len(plain) < body):
                continue
            for inside, text in plain:
                if len(inside) > 1:
                    out = _one_word(out, inside, text)
            for cell, inside in misread:
                got = _digits_again(exe, lang, clean, cell, scale)
                if _PLAN_NUMBER.match(got):
                    out = _one_word(out, inside, got)
    return out


def _digits_again(exe: str, lang: str, clean, cell: tuple, scale: float) -> str:
    """A cell's ink (its rules left out) read again alone, digits and points only."""
    import cv2

    left, top = int(cell[0] / scale) + 3, int(cell[1] / scale) + 3
    crop = clean[top:int(cell[3] / scale) - 2, left:int(cell[2] / scale) - 2]
    if not crop.size:
        return ""
    sheet = cv2.copyMakeBorder(crop, 12, 12, 12, 12, cv2.BORDER_CONSTANT, value=255)
    return "".join(_run(exe, lang, sheet, 6, "", allow="0123456789.").split())


def _one_word(words: list[_Word], inside: list[_Word], text: str) -> list[_Word]:
    """`words` with the words `inside` one cell made one word `text`, where the first stood, with
    the first one's box height (a box over both lines would size the number up), on a line of
    its own: Tesseract's line may have run on into the cell below ("3.2" and "3.3" one row)."""
    first = inside[0]
    merged = _Word(text, min(w.conf for w in inside), min(w.left for w in inside), first.top,
                   max(w.right for w in inside), first.bottom, (-(10 ** 6), first.top, first.left))
    at = words.index(first)
    rest = [w for w in words if w not in inside]
    return rest[:at] + [merged] + rest[at:]


def _not_through_words(v_segs: list[tuple[float, float, float, float]], words: list[_Word],
                       scale: float) -> list[tuple[float, float, float, float]]:
    """Vertical rules less the pieces shorter than the rule length that pass through a word
    read (a wall never does): the stems of a bold title's "ll" in a row spanning the table,
    on the line of a column rule, taken for pieces of it, cut the title's last letter off
    into the next column."""
    length = DPI // 5 * scale
    out = []
    for top, bottom, x, thick in v_segs:
        if bottom - top < length and any(
                w.left * scale + 1 < x < w.right * scale - 1 and w.top * scale < bottom and top < w.bottom * scale
                and len(w.text) >= 3 for w in words):
            continue
        out.append((top, bottom, x, thick))
    return out


def _grids(page, h_segs, v_segs) -> list[RawTable]:
    """pdfplumber's table finder fed with the rules found in the image."""
    if len(h_segs) < 2 or len(v_segs) < 2:
        return []
    from bilan.extract.pdf import TABLE_SETTINGS

    h_segs = _to_corners(h_segs, v_segs)
    h_lines = [{"object_type": "line", "x0": x0, "x1": x1, "top": y, "bottom": y,
                "width": x1 - x0, "height": 0.0} for x0, x1, y, _ in h_segs]
    v_lines = [{"object_type": "line", "x0": x, "x1": x, "top": top, "bottom": bottom,
                "width": 0.0, "height": bottom - top} for top, bottom, x, _ in v_segs]
    # a rule on paper may break off short of the one it meets (dust, toner): wider tolerances
    settings = dict(TABLE_SETTINGS, vertical_strategy="explicit", horizontal_strategy="explicit",
                    explicit_vertical_lines=v_lines, explicit_horizontal_lines=h_lines,
                    join_tolerance=6, intersection_tolerance=6)
    tables = []
    for t in page.find_tables(table_settings=settings):
        tables.append(RawTable(bbox=tuple(t.bbox), cells=[tuple(c) for c in t.cells],
                               rows=[[tuple(c) if c else None for c in r.cells] for r in t.rows]))
    return tables


def _to_corners(h_segs, v_segs, tol: float = 3.0) -> list:
    """Horizontal rules that stop short of the vertical rule they meet at its end, by up to
    CORNER_REACH points (a scan lost the rule's last piece at the page's edge: toner, a fold),
    reach it: the corner closes its cell, which the table finder would otherwise leave out.
    A rule stops at the nearest vertical rule that ends (or starts) at its height, none
    standing in between."""
    out = []
    for x0, x1, y, thick in h_segs:
        ends = [x for top, bottom, x, _ in v_segs if abs(bottom - y) <= tol or abs(top - y) <= tol]
        through = [x for top, bottom, x, _ in v_segs if top - tol <= y <= bottom + tol]
        right = [x for x in ends if 0 < x - x1 <= CORNER_REACH]
        if right and not any(x1 + tol < x < min(right) - tol for x in through):
            x1 = min(right)
        left = [x for x in ends if 0 < x0 - x <= CORNER_REACH]
        if left and not any(max(left) + tol < x < x0 - tol for x in through):
            x0 = max(left)
        out.append((x0, x1, y, thick))
    return out


CORNER_REACH = 15.0  # points a horizontal rule may stop short of the corner it closes


# ---------------------------------------------------------------- words to chars

def _chars(words: list[_Word], ink, exe: str, lang: str, clean, scale: float,
           walls: list[tuple[float, float, float, float]] = ()) -> list[dict]:
    """Char dicts in points: each word's box shared out among its letters, on the line's
    baseline, at the size its letters' height gives; raised small endings ("1er") apart."""
    lines = _by_line(_marks_joined(_one_glyph_joined(words, ink)))
    sized = []
    for group in lines.values():
        group.sort(key=lambda w: w.left)
        bottoms = _standing(sorted(_word_base(ink, w) for w in group),
                            statistics.median(w.bottom - w.top for w in group))
        top_of = {id(w): _word_top(ink, w) for w in group}
        # an accent on a capital stands above the ascenders: "CRÉ" alone would size its line up
        tops = sorted(top_of[id(w)] for w in group if not any(ch in _ACCENTED_CAPS for ch in w.text)) \
            or sorted(top_of.values())
        base = bottoms[(len(bottoms) - 1) // 3]
        top = tops[len(tops) // 5]  # the tallest letters: ascenders and capitals
        # a line of small letters only ("r", the end of a word broken at its cell's edge) is
        # as tall as their x-height; one whose only taller letters are small ones with a dot,
        # an accent or a short stem ("jour", "communaä", "ter"), or capitals shaped as their
        # small letter ("S", the last letter of a word wrapped alone), is as tall as those, or
        # as its x-height where the scan lost the marks (or the OCR made them up: "ter" for an
        # "ier" whose dot the blur took; or took a small letter for its capital)
        letters = [ch for w in group for ch in w.text if ch.isalnum()]
        short = all(ch in _SHORT_LETTERS for ch in letters)
        dotted = not short and all(ch in _SHORT_LETTERS or ch in _DOTTED or ch in _AS_SMALL for ch in letters)
        sized.append((group, base, max(base - top, 1) / (_X_HEIGHT if short else _ASCENT),
                      "short" if short else "dotted" if dotted else ""))
    if not sized:
        return []
    body = statistics.median(s for g, _, s, _ in sized for _ in g)

    def snapped(size_px: float, kind: str) -> float:
        # letter heights vary with the letters: one size for body text; and a font's x-height
        # is anything from 0.42 to 0.56 of its size, so a line of small letters alone ("short",
        # or "dotted" and measured to its x-height) is of the body's size when its x-height is
        # one the body's font may have
        if _of_body(size_px, body):
            return body
        x_height = size_px * (_X_HEIGHT if kind == "short" else _ASCENT)
        if kind and (1 - _SHORT_SNAP) * 0.42 * body <= x_height <= (1 + _SHORT_SNAP) * 0.56 * body:
            return body
        return size_px

    def dash_only(group: list[_Word]) -> bool:
        return all(ch in "-–—" for w in group for ch in w.text)

    # a dash alone on its line stands at the middle of the small letters of the body's size
    sized = [(g, (g[0].top + g[0].bottom) // 2 + int(_X_HEIGHT / 2 * body), body) if dash_only(g)
             else (g, base, snapped(size_px, kind)) for g, base, size_px, kind in sized]
    sized = _share_baselines(sized, body)
    strokes = _strokes(sized, ink)
    chars: list[dict] = []
    for number, (group, base, size_px) in enumerate(sized):
        size = round(size_px * scale * 2) / 2
        _mend_brackets(group)
        # Tesseract's line may run on across columns: each cell's part of it opens a line of
        # its own (its bullet is looked for there), and no space is printed between the parts
        opens = [k == 0 or (w.left - group[k - 1].right) > WORD_GAP * size_px
                 or _walled(group[k - 1], w, walls, scale) for k, w in enumerate(group)]
        marked: list[tuple[_Word, bool]] = []  # each word, and whether it opens a part
        for k, (w, first) in enumerate(zip(group, opens)):
            if k and first and w.text in (".", ",") or 0 < k == len(group) - 1 and w.text in _SINGLE_QUOTES:
                continue  # a point further from the word before than a word space, or a quote
                # alone closing the line: a speck (French sets a point against its word, and an
                # apostrophe inside one; see _CLOSING)
            _drop_mark_below(w, ink, base, size_px)
            _drop_speck_quote(w, ink, size_px)
            if first and k + 1 < len(group) and group[k + 1].text[:1].isupper():
                _call_read_as_letter(w, ink, base, size_px)
            lost = _lost_bullet(w, ink, base, size_px) if first else None
            if lost is not None and any(_overlap(o, lost) for o in words if o is not w):
                lost = None  # read already, as a word of a line of its own ("B" for a "▪")
            if lost is not None:
                marked += [(lost, True), (w, False)]
                continue
            call = (_call_read_as_quote(w, ink, base, size_px) or _call_left_out(w, ink, base, size_px)
                    if first else None)
            if call is not None:
                marked.append((call, True))
                first = False
            day = _first_run_into_month(w, ink, base, size_px)
            if day is not None:
                marked.append((day, first))
                first = False
            slash = _slash_read_as_l(w, ink, size_px)
            if slash is not None:
                marked.append((slash, first))
                first = False
            if first:
                _mend_dash_run(w, ink, base, size_px)
                _mark_bullet(w, ink, base, size_px)
            _mend_digit_read_as_marks(w, ink, exe, lang, clean, base, size_px)
            _mend_bracket_first_one(w, ink, base, size_px)
            _mend_number(w, ink, base, size_px)
            _mend_ones(w, ink, base, size_px)
            _mend_digits(w, ink, exe, lang, clean, size_px)
            _mend_digit_lost(w, ink, exe, lang, clean, base, size_px)
            _mend_slash_in_year(w, ink, size_px)
            _mend_dash(w, ink)
            _mend_colon(w, ink, base, size_px)
            _mend_comma(w, ink, base, size_px)
            _mend_open_bracket(w, ink, base, size_px)
            _mend_bracket_stroke(w, ink, base, size_px)
            _mend_bracket_one(w, ink, base, size_px)
            _mend_accents(w, ink, size_px)
            _mend_unmarked(w, ink)
            inside = not first and marked and marked[-1][0].text[-1:].islower()  # inside a sentence
            _mend_capital(w, ink, size_px, inside)
            _mend_small_shaped(w, ink, size_px)
            _mend_capital_l(w, ink, size_px)
            _mend_round_d(w, ink, size_px)
            _mend_stroke_h(w, ink)
            _mend_slash_alone(w, ink, size_px)
            _mend_call(w, ink, base, size_px)
            marked.append((w, first))
            sign = _sign_left_out(w, ink, exe, lang, clean, size_px)
            if sign is not None:
                marked.append((sign, False))
            if k + 1 < len(group) and not _walled(w, group[k + 1], walls, scale):
                slash = _slash_between(w, group[k + 1], ink, base, size_px)
                if slash is not None:  # the words either side are of one line (a wide gap)
                    marked.append((slash, False))
                    opens[k + 1] = False
        for k, (w, first) in enumerate(marked):
            # Tesseract's word breaks are the spaces, as a text layer prints them; but a comma
            # or a point it set apart closes the word before it (French sets no space there)
            spaced = not first and not _CLOSING.fullmatch(w.text) and bool(chars)
            start = len(chars)
            # (a word mended into marks alone, a slash read "Î", has no strokes that tell its weight)
            stroke = strokes.get(id(w)) if any(ch.isalnum() for ch in w.text) else None
            pieces = ([(w.text, w.left, w.right, True)] if _note_call(w, ink, base, size_px)
                      else _pieces(w, ink, exe, lang, clean, base, size_px))
            for text, x0, x1, raised in pieces:
                if raised:
                    small = round(size * 0.6 * 2) / 2
                    chars.extend(_spread(text, x0 * scale, x1 * scale, base * scale - 0.4 * size,
                                         small, w, (number, k), stroke))
                else:
                    chars.extend(_spread(text, x0 * scale, x1 * scale, base * scale, size, w, (number, k), stroke))
            if spaced and len(chars) > start:  # the space, from where the word before ends to this one
                chars.insert(start, _space(chars[start - 1], chars[start]["x0"]))
    return _align_starts(chars)


def _overlap(a: _Word, b: _Word) -> bool:
    return a.left <= b.right and b.left <= a.right and a.top <= b.bottom and b.top <= a.bottom


def _drop_mark_below(w: _Word, ink, base: int, size_px: float) -> None:
    """A word's box that opens on a small mark wholly under its line's baseline, set apart
    from its first letter (an accent of the line below, which Tesseract's box took in: "É" of
    a "CRÉ" under the space before "Table"), starts at that letter: the mark is not the
    word's, and the word's letters are shared out from where they stand. So does a word whose
    box opens on a speck (`_speck`, wherever it stands) a fifth of the size or more from the
    next glyph, read as nothing or as a mark before a letter or a digit ("_Échéancier"): the
    word would start left of its column; the mark goes with the speck."""
    glyphs = _glyphs(ink, w)
    if len(glyphs) < 2:
        return
    x0, x1, top, bottom = glyphs[0]
    if top > base and bottom - top < 0.3 * size_px and glyphs[1][0] - x1 > 0.5 * size_px:
        w.left = glyphs[1][0]
        return
    read = w.text[:1] in _SPECK_READS and w.text[1:2].isalnum()
    if (w.text[:1].isalnum() or read) and _speck(glyphs[0], size_px) and glyphs[1][0] - x1 >= 0.2 * size_px:
        w.left = glyphs[1][0]
        if read:
            w.text = w.text[1:]


_SPECK_READS = "_.`'‘’"  # what Tesseract makes of a speck before a word, when anything


def _drop_speck_quote(w: _Word, ink, size_px: float) -> None:
    """A speck read as a single quote opening a word ("‘social"): a quote's ink is a comma's,
    a speck's is smaller than a tenth of the size each way. The word is read without it."""
    if len(w.text) < 2 or w.text[0] not in _SINGLE_QUOTES or not w.text[1].isalpha():
        return
    glyphs = _glyphs(ink, w)
    if len(glyphs) >= 2 and glyphs[0][1] - glyphs[0][0] < 0.1 * size_px and glyphs[0][3] - glyphs[0][2] < 0.1 * size_px:
        w.text, w.left = w.text[1:], glyphs[1][0]


def _marks_joined(words: list[_Word]) -> list[_Word]:
    """A mark Tesseract set on a line of its own ("#" for a bullet, a bit higher than the text;
    or read as letters, "L]", where its box is no larger than 0.6 of the word's height and
    raised off its foot) just left of a word of letters, beside them, joins that word's line:
    it is measured on the line's baseline, where a bullet stands above it ("•") and a dash at
    its middle. So does a mark alone on its line that stands in the gap between two words of
    one line ("000", "$", "pour": a "$" the page's read left out, found in its ink): the word
    breaks either side of it are spaces."""
    count = Counter(w.line for w in words)
    out = []
    for w in words:
        if count[w.line] == 1 and len(w.text) <= 2:
            middle, height = (w.top + w.bottom) / 2, w.bottom - w.top
            band = [o for o in words if o.line != w.line and o.top <= middle <= o.bottom]
            before = max((o for o in band if o.right <= w.left), key=lambda o: o.right, default=None)
            after = min((o for o in band if o.left >= w.right), key=lambda o: o.left, default=None)
            if before is not None and after is not None and before.line == after.line \
                    and after.left - before.right <= 3 * (after.bottom - after.top):
                out.append(replace(w, line=before.line))
                continue
            right = [o for o in band if o.left >= w.right and height < o.bottom - o.top]
            nearest = min(right, key=lambda o: o.left, default=None)
            # read as letters ("L]" for a "•"): a mark smaller than a small letter, raised off the
            # word's foot (a letter stands on the baseline)
            small = nearest is not None and max(height, w.right - w.left) <= 0.6 * (nearest.bottom - nearest.top) \
                and w.bottom <= nearest.bottom - 0.15 * (nearest.bottom - nearest.top)
            if nearest is not None and any(ch.isalpha() for ch in nearest.text) \
                    and (small or not any(ch.isalnum() for ch in w.text)) \
                    and nearest.left - w.right <= 1.6 * (nearest.bottom - nearest.top):
                w = _Word(w.text, w.conf, w.left, w.top, w.right, w.bottom, nearest.line)
        out.append(w)
    return out


def _one_glyph_joined(words: list[_Word], ink) -> list[_Word]:
    """Two short words side by side on a line, not both of letters, whose ink is one glyph ("L"
    and "1" for a "•" read again from ink the page's read left out): one glyph read twice, as
    one word of the glyph's box (Tesseract's boxes may reach past the ink), so that it is
    judged as the one mark it is."""
    joined: dict[int, _Word] = {}  # the first word's id -> both as one
    gone: set[int] = set()
    for line in _by_line(words).values():
        line = sorted(line, key=lambda w: w.left)
        for a, b in zip(line, line[1:]):
            if id(a) in gone or len(a.text) > 2 or len(b.text) > 2 or (a.text + b.text).isalpha():
                continue  # (two short words of letters are words, run together by a blur: "de la")
            both = _Word(a.text + b.text, min(a.conf, b.conf), a.left, min(a.top, b.top),
                         max(a.right, b.right), max(a.bottom, b.bottom), a.line)
            glyphs = _glyphs(ink, both)
            if len(glyphs) == 1:
                x0, x1, top, bottom = glyphs[0]
                joined[id(a)] = replace(both, left=x0, top=top, right=x1 - 1, bottom=bottom)
                gone.add(id(b))
    return [joined.get(id(w), w) for w in words if id(w) not in gone]


def _standing(bottoms: list[int], height: float) -> list[int]:
    """The bases of the words that stand on the line: a bullet or a word whose raised ending
    is most of its letters ("1er") stops well above the others, and would lift the line's
    baseline and shrink its size by half."""
    middle = bottoms[len(bottoms) // 2]
    return [b for b in bottoms if b >= middle - 0.15 * height] or bottoms


def _share_baselines(sized: list[tuple[list[_Word], int, float]], body: float
                     ) -> list[tuple[list[_Word], int, float]]:
    """Tesseract's lines whose baselines lie within BASE_SHARE of the body size of one another
    are parts of one printed line (cells of one row, read as lines of their own): one baseline,
    their median, for all. The scan's jitter of a pixel or two is not the page's: a row's first
    column set a point higher than the others would read as a line of its own."""
    order = sorted(range(len(sized)), key=lambda i: sized[i][1])
    out = list(sized)
    run: list[int] = []
    for i in order + [None]:
        if i is not None and run and sized[i][1] - sized[run[0]][1] <= BASE_SHARE * body:
            run.append(i)
            continue
        if len(run) > 1:
            base = int(statistics.median(sized[j][1] for j in run))
            for j in run:
                out[j] = (sized[j][0], base, sized[j][2])
        run = [i] if i is not None else []
    return out


def _walled(a: _Word, b: _Word, walls, scale: float) -> bool:
    """Whether a vertical rule stands between two words of a line (a cell's border)."""
    mid = (a.top + a.bottom + b.top + b.bottom) / 4 * scale
    return any(a.right * scale <= x <= b.left * scale and top <= mid <= bottom for top, bottom, x, _ in walls)


def _word_top(ink, w: _Word) -> int:
    """A word's top, in pixels, from its ink: Tesseract's box of a blurred bold word stands a
    few pixels above it, which would size a header row up. An accented capital's accent
    stands above the capitals: where each letter is a glyph, the others give the top ("CRÉ"
    alone on its line would be sized a quarter up, and taken for a heading)."""
    glyphs = _letter_glyphs(w.text, _glyphs(ink, w))
    if not glyphs:
        return w.top
    if sum(ch.isdigit() for ch in w.text) >= 3 and not any(ch.isalpha() for ch in w.text):
        # a number's digits stand all as tall: its top is where most of theirs is (a speck
        # on one digit, or a fill's edge run into it, would size a header row up; a point or
        # a dash, shorter, says nothing)
        tall = max(g[3] - g[2] for g in glyphs)
        return int(statistics.median(g[2] for g in glyphs if g[3] - g[2] >= tall / 2))
    if len(glyphs) == len(w.text) and any(ch in _ACCENTED_CAPS for ch in w.text):
        bare = [_body_top(ink, g) for ch, g in zip(w.text, glyphs) if ch not in _ACCENTED_CAPS]
        if bare:
            return min(bare)
    return min(_body_top(ink, g) for g in glyphs)


SPECK_SHARE = 0.2  # of a glyph's ink: a piece above a blank row no bigger is no letter's part ...
SPECK_RISE = 0.6  # ... where it stands higher over the ink under it than this share of that ink's height


def _body_top(ink, glyph: tuple[int, int, int, int]) -> int:
    """A glyph's top, in pixels, without a small piece standing well above a blank row over
    it: a copy's speck over "rtrai" of "Portrait" (which sized its line of four words up by
    two thirds). An "i"'s dot or an accent stands closer over its letter: it stays (in a
    line of few tall letters, the dots of "cuisine" are as high as the "d" of "de")."""
    x0, x1, top, bottom = glyph
    rows = (ink[top:bottom + 1, x0:x1] > 0).sum(axis=1)
    runs = _ink_runs(rows)
    if not runs:
        return top
    total = int(rows.sum())
    body = next((start for start, _, n in runs if n >= SPECK_SHARE * total), runs[0][0])
    kept = [start for start, _, _ in runs if start >= body or body - start <= SPECK_RISE * (len(rows) - body)]
    return top + kept[0]


def _word_base(ink, w: _Word) -> int:
    """A word's baseline, in pixels: where most of its letters stop (a word's box goes down
    to its descenders: the "p" of a one-word line would make its letters look a size bigger).
    Each piece of ink stops at its lowest row as full as half its middle rows (the stem of a
    "p" run into the letters after it, "parten", is no row of theirs; a piece wider than tall
    is cut into letters' widths), and the word where most of its width stops ("p" +
    "artenaire" are two pieces, one a descender). A word of many descenders ("préjugés": "p",
    "éj" and "gé" are half its width) stops where most of its other letters' share does."""
    import numpy as np

    pieces = []
    letters = sum(ch.isalnum() for ch in w.text) or 1
    for x0, x1, top, bottom in _letter_glyphs(w.text, _glyphs(ink, w)):
        # a piece wider than tall is letters a blurred copy ran together ("gén"): each
        # letter's width of it stops on its own, the "g" below the others; no more letters
        # than the word has (a bold "e" alone is wider than tall, and its right half, open
        # under its bar, would stop there)
        count = max(1, min(round((x1 - x0) / (_LETTER_WIDTH * (bottom - top + 1))), (x1 - x0) // 2,
                           letters)) if x1 - x0 > bottom - top else 1
        cuts = [x0 + round(k * (x1 - x0) / count) for k in range(count + 1)]
        for a, b in zip(cuts, cuts[1:]):
            rows = np.count_nonzero(ink[top:bottom + 1, a:b], axis=1)
            rows = rows[:_body_end(rows) + 1]
            if not rows.any():
                continue  # a slice of a piece whose ink is elsewhere in its rows
            full = np.nonzero(rows >= _BASE_INK * float(np.median(rows[rows > 0])))[0]
            pieces.append((top + int(full[-1]), b - a))
    if not pieces:
        return w.bottom
    pieces.sort()
    shown = [ch for ch in w.text if not ch.isspace() and ch not in _BRACKETS] or list(w.text)
    low = sum(ch in _DESCENDERS for ch in shown)
    share = 0.5 * (len(shown) - low) / len(shown) if 0 < low < len(shown) else 0.5
    mark, width = sum(p[1] for p in pieces) * share, 0
    for bottom, wide in pieces:
        width += wide
        if width >= mark:
            return bottom
    return pieces[-1][0]


def _letter_glyphs(text: str, glyphs: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """A word's glyphs without its brackets, which reach above the capitals and below the
    baseline: "(s)" alone on its line, measured to its brackets, stood a size low and
    twice as tall, and joined the line above. Where each char is a glyph, the brackets' are
    left out; else the first and last glyph, when the word opens or ends on a bracket."""
    if len(glyphs) == len(text):
        kept = [g for ch, g in zip(text, glyphs) if ch not in _BRACKETS]
        return kept or glyphs
    first = 1 if text[:1] in _BRACKETS else 0
    last = len(glyphs) - (1 if text[-1:] in _BRACKETS else 0)
    return glyphs[first:last] if last > first else glyphs


def _body_end(rows) -> int:  # noqa: ANN001 - ink counts per row
    """The last row of a piece's body: of its runs of rows with ink, the one holding most ink.
    What stands past a blank row under it (the capitals and accents of the line below, reaching
    into the word's box) is not the word's; a descender joined to it is."""
    runs = _ink_runs(rows)
    return max(runs, key=lambda run: run[2])[1] - 1 if runs else len(rows) - 1


def _ink_runs(rows) -> list[tuple[int, int, int]]:  # noqa: ANN001 - ink counts per row
    """The runs of rows with ink, top to bottom: (first row, row past the last, ink)."""
    runs, start = [], None
    for k in range(len(rows) + 1):
        if k < len(rows) and rows[k]:
            start = k if start is None else start
        elif start is not None:
            runs.append((start, k, int(rows[start:k].sum())))
            start = None
    return runs


def _align_starts(chars: list[dict], tol: float = ALIGN_TOLERANCE) -> list[dict]:
    """Words whose left edges lie within the scan's jitter of each other (three or more, in
    a run no wider than `tol` points) start at one x, their median, as the same words set in
    a column of a text layer do: a letter's ink starts a little off its origin, and by a
    different amount for each letter, so the columns of a borderless table would not line up."""
    import statistics as stats

    firsts: dict[tuple[int, int], float] = {}
    for c in chars:
        wid = c.get("ocr_word_id")
        if wid is not None and wid not in firsts and not c["text"].isspace():
            firsts[wid] = c["x0"]
    order = sorted(firsts.items(), key=lambda kv: kv[1])
    shift: dict[tuple[int, int], float] = {}
    k = 0
    while k < len(order):
        j = k
        while j + 1 < len(order) and order[j + 1][1] - order[k][1] <= tol:
            j += 1
        run = order[k:j + 1]
        if len(run) >= 3:
            x = stats.median(x0 for _, x0 in run)
            shift.update((wid, x - x0) for wid, x0 in run)
        k = j + 1
    for c in chars:
        d = shift.get(c.get("ocr_word_id"))
        if d and not c["text"].isspace():
            c["x0"], c["x1"] = c["x0"] + d, c["x1"] + d
    for c, nxt in zip(chars, chars[1:]):  # a space stays before the word it precedes (see _space)
        if c["text"].isspace() and nxt["x0"] < c["x0"]:
            c["x0"] = nxt["x0"]
    return chars


def _strokes(sized: list[tuple[list[_Word], int, float]], ink) -> dict[int, float]:
    """id of each word with a letter or digit -> the width of its strokes in pixels, which
    `settle` weighs against the whole document's (a header row, a heading are bold)."""
    strokes: dict[int, float] = {}
    for group, _base, _size in sized:
        for w in group:
            if any(ch.isalnum() for ch in w.text):
                crop = ink[w.top:w.bottom + 1, w.left:w.right + 1] > 0
                area = int(crop.sum())
                if area:
                    inner = crop[1:-1, 1:-1] & crop[:-2, 1:-1] & crop[2:, 1:-1] & crop[1:-1, :-2] & crop[1:-1, 2:]
                    # a stroke of length L and width t has ink L·t and an edge of about 2L
                    strokes[id(w)] = 2.0 * area / max(area - int(inner.sum()), 1)
    return strokes


def _measured(text: str) -> bool:
    return sum(ch.isalnum() for ch in text) >= 3


def _heavy(lines: list[list[tuple[object, bool, float | None]]], typical: float) -> set[object]:
    """Of lines of words (key, measured, stroke), the keys of those in bold: strokes BOLD_STROKE
    times `typical` or more; a word too short to measure goes with the word before it on its line,
    or the one after; alone on its line, its own strokes say (unless a word stands right
    above it: see `_under`)."""
    out: set[object] = set()
    for line in lines:
        weights = [stroke >= BOLD_STROKE * typical if measured and stroke is not None else None
                   for _, measured, stroke in line]
        for k, (key, _, stroke) in enumerate(line):
            heavy = weights[k]
            if heavy is None:
                near = [x for x in weights[k - 1::-1] if x is not None] if k else []
                near = near or [x for x in weights[k + 1:] if x is not None]
                heavy = near[0] if near else (stroke or 0.0) >= BOLD_STROKE * typical
            if heavy:
                out.add(key)
    return out


def settle(pages: list[list[dict]]) -> None:
    """Size and weight told once for the whole document's OCR pages, in place: each page alone
    estimates the body size from its own letters (a page of few lines half a point off, and a
    table going on over a page in another size reads as another table), and a page all in bold
    (a header row and title rows alone on their page) has no usual weight of its own."""
    chars = [ch for page in pages for ch in page if "ocr_conf" in ch]
    _one_size(chars)
    _bold(pages)


def _of_body(size: float, body: float) -> bool:
    """Whether a size measured from a line's letters is the body's, within what the estimate
    varies: more downwards (a line's tallest letters may be missing) than upwards."""
    return (1 - SIZE_SNAP) * body <= size <= (1 + SIZE_SNAP_UP) * body


def _one_size(chars: list[dict]) -> None:
    """Chars of about the most common size (`_of_body`) take it; headings, titles and raised
    endings keep theirs."""
    sizes = Counter(ch["size"] for ch in chars if not ch["text"].isspace())
    if not sizes:
        return
    body = sizes.most_common(1)[0][0]
    for ch in chars:
        if ch["size"] != body and _of_body(ch["size"], body):
            ch["top"] = ch["bottom"] - body
            ch["size"] = body


def _bold(pages: list[list[dict]]) -> None:
    """A word is bold when its strokes are BOLD_STROKE times the document's median word's or
    more (the letter size is left out: the size a single word's letters give is rough). A
    document of few words has no bold word."""
    words: dict[tuple[int, object], tuple[str, float | None]] = {}
    for n, chars in enumerate(pages):
        for ch in chars:
            if "ocr_stroke" in ch:
                words.setdefault((n, ch["ocr_word_id"]), (ch["ocr_word"], ch["ocr_stroke"]))
    ratios = [stroke for text, stroke in words.values() if stroke is not None and _measured(text)]
    if len(ratios) < 10:
        return
    import numpy as np  # here: a PDF without OCR pages (most) need not import it

    typical = float(np.median(ratios))
    lines: dict[tuple[int, object], list[tuple[object, bool, float | None]]] = {}
    for key in sorted(words):
        n, (line, _k) = key
        text, stroke = words[key]
        lines.setdefault((n, line), []).append((key, _measured(text), stroke))
    heavy = _heavy(list(lines.values()), typical)
    alone = [line[0] for line in lines.values() if len(line) == 1]
    boxes = _word_boxes(pages) if alone else {}  # (built only where there is a word alone to place)
    placed = _beside(boxes, [key for key, _, stroke in alone if stroke is None], heavy)
    _under(boxes, [key for key, measured, _ in alone if not measured and key not in placed], heavy)
    for n, chars in enumerate(pages):
        for ch in chars:
            if "ocr_stroke" in ch:
                ch["fontname"] = FONT_BOLD if (n, ch["ocr_word_id"]) in heavy else FONT


def _word_boxes(pages: list[list[dict]]) -> dict[tuple[int, object], list[float]]:
    """(page index, word id) -> the word's box [x0, top, x1, bottom] in points."""
    boxes: dict[tuple[int, object], list[float]] = {}
    for n, chars in enumerate(pages):
        for ch in chars:
            if "ocr_stroke" in ch and not ch["text"].isspace():
                box = boxes.setdefault((n, ch["ocr_word_id"]), [ch["x0"], ch["top"], ch["x1"], ch["bottom"]])
                box[0], box[1] = min(box[0], ch["x0"]), min(box[1], ch["top"])
                box[2], box[3] = max(box[2], ch["x1"]), max(box[3], ch["bottom"])
    return boxes


def _under(boxes: dict[tuple[int, object], list[float]], loners: list[tuple[int, object]],
           heavy: set[object]) -> None:
    """A word too short to measure alone on its line (the "r" of "Échéancie" / "r", a header
    word broken at its cell's edge; a mark with no word beside it) right under a word (the gap
    between them less than its height, their boxes overlapping across) takes that word's
    weight: a single letter's strokes are too few to weigh (a blurred bold "r" measures as
    plain)."""
    for key in loners:
        if key not in boxes:
            continue
        x0, top, x1, bottom = boxes[key]
        above = [other for other, (ox0, otop, ox1, obottom) in boxes.items()
                 if other[0] == key[0] and other != key and ox0 < x1 and x0 < ox1
                 and 0 <= top - obottom < bottom - top]
        if above:
            nearest = max(above, key=lambda other: boxes[other][3])
            if nearest in heavy:
                heavy.add(key)
            else:
                heavy.discard(key)


def _beside(boxes: dict[tuple[int, object], list[float]], loners: list[tuple[int, object]],
            heavy: set[object]) -> set[tuple[int, object]]:
    """A word of marks alone (no letter nor digit: nothing to measure) that Tesseract set on a
    line of its own (the ")" of "Porteur(s" wrapped under it in a bold header cell) takes the
    weight of the nearest word on its visual line: a bracket's strokes tell no weight. Returns
    the loners that have such a word (the others may have one right above them: `_under`)."""
    placed: set[tuple[int, object]] = set()
    alone = set(loners)
    for key in loners:
        if key not in boxes:
            continue
        x0, top, x1, bottom = boxes[key]
        best, gap = None, None
        for other, (ox0, otop, ox1, obottom) in boxes.items():
            if other[0] != key[0] or other in alone:
                continue
            overlap = min(bottom, obottom) - max(top, otop)
            if overlap < 0.5 * min(bottom - top, obottom - otop):
                continue  # not on its line
            apart = max(ox0 - x1, x0 - ox1, 0.0)
            if gap is None or apart < gap:
                best, gap = other, apart
        if best is not None:
            placed.add(key)
            if best in heavy:
                heavy.add(key)
    return placed


_CROSSES = ("X", "x", "×", "+", "*", "%")  # what Tesseract reads for a "✕" bullet ("X%": its strokes' ends blotted)
_ROUND_SIGNS = ("©", "®", "@")  # … and for an "o" bullet, a hollow circle
_SINGLE_QUOTES = "‘'’`"  # French opens no line on one (its quotes are « » and “ ”)
_QUOTES = "\"“”«»„" + _SINGLE_QUOTES
_DASH_SIGNS = "<~"  # a dash run into a round capital's side ("-C") read as one of these
_NOT_BULLETS = "«»\"'’“”,.;:!?()"  # marks that open a line as themselves


def _mark_bullet(w: _Word, ink, base: int, size_px: float) -> None:
    """A line's first mark shaped like a bullet (`_bullet_shaped`) and set apart from the text
    after it (a word of its own, or a gap of a quarter of the size) is one, whatever Tesseract
    made of it ("+", "e", "°"): its text becomes "•" unless it was read as a bullet already
    (added before the letters where the word has one glyph more than them: "182" for "• 182");
    quotes, punctuation and digits are taken as read, unless solid (a square "▪" read "2").
    An underscore opening the word, one character more than its glyphs, is made up; so is a
    dash read for a speck (under a fifth of the size long) before the item's dash, and a "+"
    before it where the word's first glyph is the dash alone (a speck over it read as a cross)."""
    from bilan.extract.pdf.text import BULLETS

    glyphs = _glyphs(ink, w)
    if len(w.text) > 1 and w.text[0] == "_" and len(glyphs) == len(w.text) - 1:
        w.text = w.text[1:]  # an underscore with no glyph of its own ("_o": a ring bullet under a rule)
    if len(w.text) > 2 and w.text[0] in "-–—" + _QUOTES and w.text[1] in "-–—" and len(glyphs) >= 2 \
            and glyphs[0][1] - glyphs[0][0] < 0.2 * size_px and _dash_shaped(glyphs[1], base, size_px):
        # a speck before the dash, read as a dash too or as a quote ("--Semaine", "‘-Services")
        w.text, w.left = w.text[1:], glyphs[1][0]
    if len(w.text) > 2 and w.text[0] == "+" and w.text[1] in "-–—" and glyphs \
            and _dash_shaped(glyphs[0], base, size_px):
        w.text = w.text[1:]  # a speck over the dash made it a cross ("+-Participation"): the dash alone stands
    if w.text and w.text[0] not in "-–—" and (len(glyphs) > 1 and _dash_shaped(glyphs[0], base, size_px)
                                             or glyphs and w.text[0] != "4" and _dash_led(glyphs[0], ink, base, size_px)):
        # (a "4" read as such opens on its own bar, left of its slanting stroke)
        # a dash glued to the word ("-Services") that Tesseract left out, or read as a quote
        # ("“Services": a quote stands at the capitals' top, a dash at the small letters' middle)
        if w.text[0].isalnum():
            w.text = "-" + w.text
            return
        if w.text[0] in _QUOTES or w.text[0] in _DASH_SIGNS and w.text[1:2].isupper():
            w.text = "-" + w.text[1:]  # ... or as a sign no item opens on ("<Cohorte")
            return
    if len(w.text) > 1 and w.text[0] in _QUOTES and len(glyphs) > 2 and _speck(glyphs[0], size_px) \
            and glyphs[1][0] - glyphs[0][1] >= 0.2 * size_px and _dash_led(glyphs[1], ink, base, size_px):
        # a speck standing before a dash run into the first letter, read as a quote
        # ("‘Collecte"): the speck is no glyph of the word, the dash is its bullet
        w.text, w.left = "-" + w.text[1:], glyphs[1][0]
        return
    if len(w.text) > 1 and len(glyphs) == 1 and all(ch in "-–—" for ch in w.text):
        # one bar read as two dashes ("-—"): a dash as long as the bar (a hyphen is about a
        # third of the size long, an en dash half, an em dash the whole)
        long = (glyphs[0][1] - glyphs[0][0]) / size_px
        w.text = "-" if long < 0.4 else "–" if long < 0.75 else "—"
        return
    if w.text in _ROUND_SIGNS and len(glyphs) == 1:
        w.text = "o"  # a hollow round bullet read as a sign no item opens on ("© Démarrage")
        return
    if w.text in ("a", "à") and len(glyphs) == 1 and _ring(glyphs[0], ink):
        w.text = "o"  # an "o" bullet read "a" ("a Activités"): an "a"'s hole is low in it
        return
    if w.text in _RINGS_READ and len(glyphs) == 1 and glyphs[0][3] - glyphs[0][2] <= 0.6 * size_px \
            and _ring(glyphs[0], ink):
        # an "o" bullet read "0" (a zero is as tall as a capital, and narrower), or read twice
        # ("Oo", a blurred copy's ring)
        w.text = "o"
        return
    if len(w.text) > 1 and _cross(w, glyphs, base, size_px):
        w.text = "•"  # a cross read as two signs at once ("*X"): one bullet
        return
    if not glyphs or not w.text or w.text[0] in BULLETS or (w.text[0].isdigit() and not _solid(glyphs[0], ink)):
        return  # a raised digit opening a line is a footnote's number; a solid square read "2" is a bullet
    if w.text[0] in _NOT_BULLETS and not _solid(glyphs[0], ink):
        return  # a quote or a bracket opens the line as itself; a solid square read as one is a bullet
    apart = len(glyphs) == 1 or glyphs[1][0] - glyphs[0][1] >= 0.25 * size_px
    # a cross ("✕") read as the letter X, a word of its own: a letter X stands on the baseline
    # (a letter X is as tall as the capitals, about 0.72 of the size; a cross 0.6 or less: the
    # line is drawn between them)
    cross = _cross(w, glyphs, base, size_px)
    if not ((_bullet_shaped(glyphs[0], ink, base, size_px) or cross) and apart):
        return
    if len(glyphs) == 1:
        w.text = "•"
    elif len(glyphs) == len(w.text) + 1:
        w.text = "•" + w.text  # the bullet one glyph more than the letters read ("182": "• 182")
    elif len(w.text) > 1:
        w.text = "•" + w.text[1:]


def _cross(w: _Word, glyphs: list, base: int, size_px: float) -> bool:
    """The word is a cross bullet ("✕") read as a letter X or a sign, or as two ("*X": one
    glyph read twice): one glyph off the baseline and no taller than 0.66 of the size (a letter
    X stands on the baseline, as tall as the capitals, about 0.72 of the size; a cross's
    strokes are drawn between them). Read as no small "x", a glyph no taller than 0.62 of the
    size is one wherever it stands (a line read again alone has a baseline of its own, which a
    blur may set at the cross's foot)."""
    if not (w.text and all(ch in _CROSSES for ch in w.text) and len(glyphs) == 1) or w.text == "%":
        return False  # (a "%" alone is one: a share's sign wrapped onto a line of its own)
    tall = glyphs[0][3] - glyphs[0][2]
    return (glyphs[0][3] <= base - 0.04 * size_px and tall <= 0.66 * size_px
            or "x" not in w.text and tall <= 0.62 * size_px)


def _mend_accents(w: _Word, ink, size_px: float) -> None:
    """A capital read bare ("CRE") under an accent the ink shows: Tesseract's box stops at the
    capitals' top and a thin accent close over them is left out. A mark standing alone over
    the letter, within a third of the size above it, is an accent: acute where it climbs to
    the right, grave to the left, a circumflex where it peaks between two feet."""
    if not any(ch in _ACCENTABLE for ch in w.text):
        return
    glyphs = _glyphs(ink, w)
    if len(glyphs) != len(w.text):
        return  # letters not one piece each: which piece is which letter is unknown
    import cv2
    import numpy as np

    letters = list(w.text)
    reach = int(0.45 * size_px)
    for k, (ch, (x0, x1, top, _bottom)) in enumerate(zip(letters, glyphs)):
        if ch not in _ACCENTABLE:
            continue
        crop = ink[max(0, top - reach):top - 1, max(0, x0 - 2):x1 + 2]
        if crop.size == 0 or not crop.any():
            continue
        count, labels, stats, _ = cv2.connectedComponentsWithStats(crop, connectivity=8)
        # a mark: clear of the strip's top (what comes down from the line above is no
        # accent), ending close over the letter, short, and more than a speck
        marks = [j for j in range(1, count) if stats[j, cv2.CC_STAT_TOP] > 0
                 and stats[j, cv2.CC_STAT_TOP] + stats[j, cv2.CC_STAT_HEIGHT] >= crop.shape[0] - int(0.2 * size_px)
                 and stats[j, cv2.CC_STAT_HEIGHT] <= 0.3 * size_px
                 and stats[j, cv2.CC_STAT_AREA] >= 4]
        if len(marks) != 1:
            continue  # nothing over the letter, or two marks: no accent to tell
        ys, xs = np.nonzero(labels == marks[0])
        high, low = xs[ys == ys.min()].mean(), xs[ys == ys.max()]
        width = xs.max() - xs.min() + 1
        if low.min() < high - 0.25 * width and low.max() > high + 0.25 * width:
            kind = "circumflex"
        elif high > low.mean():
            kind = "acute"
        else:
            kind = "grave"
        letters[k] = _ACCENTED.get((ch, kind), ch)
    w.text = "".join(letters)


_PLAIN_OF = {"é": "e", "è": "e", "ê": "e", "à": "a", "â": "a", "ù": "u", "û": "u", "ô": "o"}
_MARK_ROOM = 1.25  # a letter with its accent over it stands this many x-heights tall, or more


def _mend_unmarked(w: _Word, ink) -> None:
    """A small letter read accented where the ink shows nothing over it ("tènue": a speck run
    into the top of its "e", which the letter's height leaves no room for an accent in), in
    a word that is none, is the plain letter when that makes a word. The x-height is the
    word's own, from its small letters standing no higher than it."""
    word = w.text.rstrip(".,;:)")
    if not any(ch in _PLAIN_OF for ch in word) or is_word(word):
        return
    glyphs = _glyphs(ink, w)
    if len(glyphs) != len(w.text):
        return  # letters not one piece each: which piece is which letter is unknown
    heights = [bottom - top + 1 for _x0, _x1, top, bottom in glyphs]
    small = [h for ch, h in zip(w.text, heights) if ch in X_HEIGHT_LETTERS]
    if not small:
        return
    x_height = statistics.median(small)
    plain = "".join(_PLAIN_OF[ch] if ch in _PLAIN_OF and h <= _MARK_ROOM * x_height else ch
                    for ch, h in zip(word, heights))
    if plain != word and is_word(plain):
        w.text = plain + w.text[len(word):]


def _mend_capital(w: _Word, ink, size_px: float, inside: bool = False) -> None:
    """A capital "I" or "J" opening a word or an item ("instaurer", "-inventaire"), read small: a small "i" or
    "j" is a stem under a dot, apart or (in a blurred copy) joined by a neck narrower than the
    stem; the capital is one even stroke, as tall as capitals are. A stroke read "i" is an
    "l" where that makes a word ("ie" for "le"); inside a sentence (after a word ending in a
    small letter) a word keeps its small letter, whatever the ink."""
    lead = len(w.text) - len(w.text.lstrip("-–—•"))  # a dash opening an item ("-inventaire")
    text = w.text[lead:]
    if text[:1] not in ("i", "j") or len(text) < 2 or not text[1:2].isalpha() or (lead and inside):
        return
    glyphs = _glyphs(ink, w)
    if len(glyphs) < lead + 2:
        return
    x0, x1, top, bottom = glyphs[lead]
    if x1 - x0 > 0.45 * size_px or bottom - top < 0.6 * size_px:
        return  # not a letter alone (run into the next one), or too short for a capital
    small_top = next((g[2] for ch, g in zip(text[1:], glyphs[lead + 1:]) if ch in _SHORT_LETTERS), None) \
        if len(glyphs) == len(w.text) else None
    if small_top is not None and top > small_top - 0.07 * size_px:
        return  # no taller than the small letter after it: a dotless "j" ("jour", its dot lost)
    import cv2

    crop = ink[top:bottom + 1, x0:x1] > 0
    widths = crop.sum(axis=1)
    upper = widths[1:max(2, int(0.45 * len(widths)))]
    stem = sorted(widths)[len(widths) // 2]
    if not widths.all() or upper.min() < 0.6 * stem \
            or cv2.connectedComponents(crop.astype("uint8"), connectivity=8)[0] != 2:
        return  # a dot over a stem
    if text[0] == "i" and is_word("l" + text[1:]):
        w.text = w.text[:lead] + "l" + text[1:]
    elif not inside:
        w.text = w.text[:lead] + text[0].upper() + text[1:]


def _mend_small_shaped(w: _Word, ink, size_px: float) -> None:
    """A small letter shaped as its capital ("s", "c", "o", "v") opening a word in lower case,
    read capital ("Suivi" for the "suivi" of "Comité de" / "suivi" wrapped in a narrow cell):
    its glyph's top no higher than the small letters' after it (within 0.07 of the size), where
    a capital stands a fifth of the size above them, is the small letter."""
    lead = len(w.text) - len(w.text.lstrip("-–—•"))  # a dash opening an item
    text = w.text[lead:]
    if text[:1] not in _AS_SMALL or len(text) < 2 or not (text[1:].isalpha() and text[1:].islower()):
        return
    glyphs = _glyphs(ink, w)
    if len(glyphs) != len(w.text):
        return
    tops = sorted(g[2] for ch, g in zip(text[1:], glyphs[lead + 1:]) if ch in _SHORT_LETTERS)
    if tops and glyphs[lead][2] >= tops[len(tops) // 2] - 0.07 * size_px:
        w.text = w.text[:lead] + text[0].lower() + text[1:]


def _mend_stroke_h(w: _Word, ink) -> None:
    """A capital "I" read "H" ("-Htinérance"): an "H" is two stems and a bar, as wide as half
    its height or more; one stroke narrower than a third of its height is an "I", where that
    makes a word (an "I" and a "t" a blur ran into one stroke, "Hinérance", are set right by
    the word list). Only where each character is a glyph of its own."""
    if "H" not in w.text:
        return
    glyphs = _glyphs(ink, w)
    if len(glyphs) != len(w.text):
        return
    new = "".join("I" if ch == "H" and (g[1] - g[0]) < (g[3] - g[2]) / 3 else ch for ch, g in zip(w.text, glyphs))
    word = new.lstrip("-–—•")
    if new != w.text and (is_word(word) or is_word(word.lower())):
        w.text = new


def _mend_capital_l(w: _Word, ink, size_px: float) -> None:
    """A capital "L" inside a word ("AccèsLogis"), read small: an "l" is a stem (with a foot
    on both sides in a serif face), an "L" a stem on the left of its box, with a foot wider
    than a third of the size running right along the baseline. Only where each letter is a
    glyph of its own, and after a small letter (a name set in camel case)."""
    if "l" not in w.text[1:]:
        return
    glyphs = _glyphs(ink, w)
    if len(glyphs) != len(w.text):
        return
    chars = list(w.text)
    for k in range(1, len(chars)):
        if chars[k] != "l" or not chars[k - 1].islower():
            continue
        x0, x1, top, bottom = glyphs[k]
        if x1 - x0 < 0.33 * size_px or bottom - top < 0.6 * size_px:
            continue
        crop = ink[top:bottom + 1, x0:x1] > 0
        rows = crop.shape[0]
        upper = crop[:rows // 2]
        foot = crop[rows - max(2, rows // 7):]
        stem_right = max((int(r.nonzero()[0].max()) for r in upper if r.any()), default=x1 - x0)
        if stem_right < 0.4 * (x1 - x0) and foot.any(axis=0).mean() >= 0.8:
            chars[k] = "L"
    w.text = "".join(chars)


def _mend_round_d(w: _Word, ink, size_px: float) -> None:
    """A "D" of capitals read "O" ("CROBSL" for "CRDBSL"; an acronym, which no word list holds
    and the document prints the same way each time): an "O" is round, its left side bends
    away from the box's edge at its top and foot; a "D" stands on a straight stem, its left
    side on the edge from top to foot. Only in a word of capitals that is no word, where each
    letter is a glyph of its own."""
    letters = w.text.rstrip(".,;:)")
    if "O" not in letters or len(letters) < 3 or not letters.isalpha() or not letters.isupper() \
            or is_word(letters):
        return
    glyphs = _glyphs(ink, w)
    if len(glyphs) != len(w.text):
        return
    chars = list(w.text)
    for k, ch in enumerate(letters):
        x0, x1, top, bottom = glyphs[k]
        if ch != "O" or bottom - top < 0.5 * size_px or x1 - x0 < 0.3 * size_px:
            continue
        crop = ink[top:bottom + 1, x0:x1] > 0
        end = max(2, round(_STEM_END * crop.shape[0]))
        lefts = [int(r.nonzero()[0].min()) if r.any() else x1 - x0 for r in (*crop[:end], *crop[-end:])]
        if statistics.mean(lefts) <= _STEM_EDGE * (x1 - x0):
            chars[k] = "D"
    w.text = "".join(chars)


_STEM_END = 0.15  # share of a capital's height, at its top and at its foot, where a stem and a bowl differ most
_STEM_EDGE = 0.1  # share of a capital's width its left side keeps within there, on the average, on a stem


def _note_call(w: _Word, ink, base: int, size_px: float) -> bool:
    """A number of one or two digits standing well above the line's baseline and shorter than
    its digits are: a raised note call, a word of its own (a footnote's number opening it)."""
    return w.text.isdigit() and len(w.text) <= 2 and _raised_alone(w, ink, base, size_px)


def _mend_call(w: _Word, ink, base: int, size_px: float) -> None:
    """A raised stroke read as a letter or a "!" (whose point stands on the baseline) is the
    note call 1."""
    if w.text not in _STROKES or not _raised_alone(w, ink, base, size_px):
        return
    glyphs = _glyphs(ink, w)
    if w.text == "!" or len(glyphs) == 1 and _stroke_shaped(glyphs[0][1] - glyphs[0][0],
                                                            glyphs[0][3] - glyphs[0][2]):
        w.text = "1"  # a "!" stands on the baseline by its point: raised, it is none


def _call_read_as_quote(w: _Word, ink, base: int, size_px: float) -> _Word | None:
    """A footnote's raised "1" read as a single quote or a bracket run into the word after it
    ("‘Les actions…", "(Les actions…", "{Le cadre…": a brace is Tesseract's reading of a round
    bracket; a "[" may be a slash a copy broke, joined again short of the baseline): a line
    opening on "‘", "'", "(" or "{" and a capital, the
    mark a narrow stroke (two thirds as wide as tall at most: a blurred one swells) with its
    foot well above the baseline. French quotes are « » and “ ”: a single one does not open a
    line; a bracket reaches below the baseline. The call becomes a word of its own; `w` keeps
    the rest."""
    if len(w.text) < 3 or w.text[0] not in _SINGLE_QUOTES + "({" or not w.text[1].isupper():
        return None
    glyphs = _glyphs(ink, w)
    if len(glyphs) < 2 or not _raised_call(glyphs[0], base, size_px):
        return None
    return _split_off(w, glyphs, "1", 1)


def _call_left_out(w: _Word, ink, base: int, size_px: float) -> _Word | None:
    """A footnote's raised "1" inside the box of the word opening the note, left out of its
    text ("¹ Les actions…" read "Les actions…", the box taking in the call): a word opening on
    a capital with one glyph more than its letters, the first a raised call (`_raised_call`).
    The call becomes a word of its own; `w` keeps the rest."""
    if len(w.text) < 2 or not w.text[0].isupper() or not w.text.isalpha():
        return None
    glyphs = _glyphs(ink, w)
    if len(glyphs) != len(w.text) + 1 or not _raised_call(glyphs[0], base, size_px):
        return None
    return _split_off(w, glyphs, "1", 0)


def _call_read_as_letter(w: _Word, ink, base: int, size_px: float) -> None:
    """A footnote's raised "1" read as a letter or a single quote, a word of its own opening the
    note ("ï Le cadre de gestion…", "‘ Le cadre…", "? Les actions…": no French line opens on a
    question mark): one narrow stroke (two thirds as wide as tall at most) whose foot stands
    well above the baseline, where a letter stands on it. It is the call."""
    if len(w.text) != 1 or not (w.text.isalpha() or w.text in _SINGLE_QUOTES + "?"):
        return
    glyphs = _glyphs(ink, w)
    if len(glyphs) == 1 and _raised_call(glyphs[0], base, size_px):
        w.text = "1"


def _raised_call(box: tuple[int, int, int, int], base: int, size_px: float) -> bool:
    """(x0, x1, top, bottom): a note's raised call, a narrow stroke (two thirds as wide as
    tall at most: a blurred one swells; both counted in whole pixels, the box's bottom row
    included) whose foot stands well above the baseline, taller than a speck (a fifth of the
    size)."""
    x0, x1, top, bottom = box
    tall = bottom - top + 1
    return bottom < base - 0.2 * size_px and 3 * (x1 - x0) <= 2 * tall and tall > 0.2 * size_px


def _slash_read_as_l(w: _Word, ink, size_px: float) -> _Word | None:
    """A slash read "l'" before a word ("l'organismes" for "/ organismes"): one stroke as tall
    as the capitals, leaning right (its top a fifth of its height right of its foot), where
    "l'" is an upright stroke and a raised mark; the letter after it a glyph of its own. The
    slash becomes a word of its own; `w` keeps the rest."""
    if w.text[:2] not in ("l'", "l’") or len(w.text) < 4 or not w.text[2].isalpha():
        return None
    glyphs = _glyphs(ink, w)
    if len(glyphs) < 2:
        return None
    after = glyphs[1]
    if after[3] - after[2] < 0.3 * size_px or not _slash_shaped(glyphs[0], ink, size_px):
        return None  # an apostrophe of its own after it, or no slash
    return _split_off(w, glyphs, "/", 2)


def _mend_slash_alone(w: _Word, ink, size_px: float) -> None:
    """A slash read as a stroke letter or a "1", a word of its own ("Î partenaires" for "/
    partenaires", a bold slash found in the ink the page's read left out; "Portneuf 1 MRC"):
    no French word is such a letter alone, and a letter or a "1" stands upright (a "1"'s flag
    leans it left, if anything)."""
    if w.text in _STROKES + ("Î", "Ï", "ï", "î", "1") and len(glyphs := _glyphs(ink, w)) == 1 \
            and _slash_shaped(glyphs[0], ink, size_px):
        w.text = "/"


def _slash_between(w: _Word, nxt: _Word, ink, base: int, size_px: float) -> _Word | None:
    """A slash Tesseract left out between two words of a line ("CRDBSL / agents" read "CRDBSL
    agents"): in the gap between their boxes (two spaces and a slash wide at most), one piece
    of ink (specks aside, under a fifth of the size), slash-shaped (`_slash_shaped`), a word
    of its own."""
    import cv2
    import numpy as np

    x0, x1 = w.right + 1, nxt.left - 1
    if not 0.3 * size_px <= x1 - x0 <= 1.5 * size_px:
        return None  # no room for it, or a gap between columns
    top = max(0, int(base - size_px))
    crop = ink[top:int(base + 0.3 * size_px) + 1, x0:x1]
    if crop.size == 0 or not crop.any():
        return None
    _, _, stats, _ = cv2.connectedComponentsWithStats(crop.astype(np.uint8), connectivity=8)
    pieces = [st for st in stats[1:] if max(st[2], st[3]) >= 0.2 * size_px]
    if len(pieces) != 1:
        return None
    left, y, width, height = (int(v) for v in pieces[0][:4])
    box = (x0 + left, x0 + left + width, top + y, top + y + height - 1)
    if left == 0 or left + width >= crop.shape[1] or not _slash_shaped(box, ink, size_px):
        return None  # touching the gap's edge: a piece of a word
    return _Word("/", 0.0, box[0], box[2], box[1], box[3], w.line)


def _slash_shaped(box: tuple[int, int, int, int], ink, size_px: float) -> bool:
    """(x0, x1, top, bottom): one stroke as tall as the capitals, leaning right (its top a
    fifth of its height right of its foot)."""
    import numpy as np

    x0, x1, top, bottom = box
    height = bottom - top + 1
    if height < 0.6 * size_px:
        return False
    crop = ink[top:bottom + 1, x0:x1 + 1] > 0
    third = max(1, height // 3)
    cols_top, cols_foot = np.nonzero(crop[:third])[1], np.nonzero(crop[-third:])[1]
    return bool(cols_top.size and cols_foot.size and cols_top.mean() - cols_foot.mean() >= 0.2 * height)


_MONTH_END = re.compile(rf"(?:{MONTHS})$", re.I)


def _first_run_into_month(w: _Word, ink, base: int, size_px: float) -> _Word | None:
    """"1er" run into the month after it, Tesseract seeing no space past the raised "er"
    ("‘octobre", "1''octobre" for "1er octobre"): a word ending on a month's name after at
    most four characters that are no other letters than those "1er" is read as ("l", "I",
    "e", "r"), whose ink opens on a stroke standing on the baseline and two small glyphs whose
    foot stands well above it. Those three glyphs are a word of their own, read "1" (its
    raised ending is read again as such: "1er"); `w` keeps the month."""
    month = _MONTH_END.search(w.text)
    if not month or not 0 < month.start() <= 4 or any(
            ch.isalpha() and ch not in "lIer" for ch in w.text[:month.start()]):
        return None
    glyphs = _glyphs(ink, w)
    if len(glyphs) < 4:
        return None
    one, *raised = glyphs[:3]
    if one[3] - one[2] < 0.55 * size_px or one[3] < base - 0.1 * size_px or not all(
            g[3] < base - 0.25 * size_px and g[3] - g[2] < 0.6 * size_px for g in raised):
        return None
    w.text, w.left = month.group(), glyphs[3][0]
    return _Word("1", w.conf, one[0], min(g[2] for g in glyphs[:3]), raised[-1][1], one[3], w.line)


def _split_off(w: _Word, glyphs: list[tuple[int, int, int, int]], text: str, count: int) -> _Word:
    """The word's first glyph, read as its first `count` characters, as a word `text` of its
    own; `w` keeps the rest, from its second glyph."""
    x0, x1, top, bottom = glyphs[0]
    w.text, w.left = w.text[count:], glyphs[1][0]
    return _Word(text, w.conf, x0, top, x1, bottom, w.line)


def _raised_alone(w: _Word, ink, base: int, size_px: float) -> bool:
    """A word standing well above the line's baseline and shorter than its letters."""
    return _word_base(ink, w) < base - 0.2 * size_px and w.bottom - w.top < 0.6 * size_px


def _stroke_shaped(width: int, height: int) -> bool:
    """A mark at least four times as tall as it is wide: a "1", "l" or "|" stroke."""
    return height >= 4 * max(width, 1)


def _mend_number(w: _Word, ink, base: int, size_px: float) -> None:
    """The point of a number ("1.2", "3.2") as its ink shows it: a dot on the baseline between
    two digits that Tesseract left out ("12") is a point (a blur may spread it to under a third
    of the size wide; it stays under a fifth tall); a comma it read there that does not
    reach below the baseline is a point too (a comma's tail does); so is a digit it read for
    that dot ("133" for "1.3": three glyphs, the middle one a dot)."""
    if not _NUMBER.match(w.text):
        return
    glyphs = _glyphs(ink, w)
    digits = w.text.replace(",", "").replace(".", "")
    read_for = len(glyphs) == len(digits) and w.text == digits  # the dot read as a digit
    if len(glyphs) != len(digits) + (0 if read_for else 1) or len(glyphs) < 3 \
            or re.fullmatch(r"(?:19|20)\d\d", digits):
        return  # a year has no point: what stands inside it is a speck
    for k in range(1, len(glyphs) - 1):
        x0, x1, top, bottom = glyphs[k]
        if (0.06 * size_px <= bottom - top <= 0.2 * size_px and 0.06 * size_px <= x1 - x0 < 0.3 * size_px
                and bottom >= base - 0.1 * size_px):
            mark = "," if bottom > base + 0.08 * size_px else "."
            w.text = digits[:k] + mark + digits[k + 1 if read_for else k:]
            return


def _mend_digit_read_as_marks(w: _Word, ink, exe: str, lang: str, clean, base: int, size_px: float) -> None:
    """One glyph as tall and as wide as a digit, standing on the baseline, that Tesseract
    read as two or three characters with a mark among them and doubted ("-J" for a "4" whose
    stroke a copy broke): the glyph read again alone as a digit, taken where its holes allow
    it. A mark and a letter never make one glyph of a digit's size."""
    if not 2 <= len(w.text) <= 3 or w.text.isalnum() or not any(ch.isalnum() for ch in w.text) \
            or w.conf >= LOW_CONFIDENCE:
        return
    glyphs = _glyphs(ink, w)
    if len(glyphs) != 1:
        return
    box = glyphs[0]
    x0, x1, top, bottom = box
    if not (0.4 * size_px <= x1 - x0 <= 0.65 * size_px and 0.6 * size_px <= bottom - top <= 0.8 * size_px
            and abs(bottom - base) <= 0.1 * size_px):
        return
    shapes = _digit_shapes(ink, box, size_px)
    digit = shapes and _digit_again(exe, lang, clean, box, shapes)
    if digit:
        w.text = digit


def _mend_ones(w: _Word, ink, base: int, size_px: float) -> None:
    """A number of ones and points ("1.1", "1.1.1") read as letters ("LI", "l.I"): its ink is
    narrow strokes as tall as digits with a dot on the baseline between them. Without a dot
    the strokes are letters ("Il")."""
    if not w.text or w.text.strip(".,") == "" or any(ch not in "lIL|!1.," for ch in w.text):
        return
    glyphs = _glyphs(ink, w)
    kinds = []
    for x0, x1, top, bottom in glyphs:
        if x1 - x0 <= 0.2 * size_px and bottom - top <= 0.2 * size_px and abs(bottom - base) <= 0.1 * size_px:
            kinds.append(".")
        elif x1 - x0 <= 0.45 * size_px and bottom - top >= 0.6 * size_px:
            kinds.append("1")
        else:
            return
    number = "".join(kinds)
    if re.fullmatch(r"1(?:\.1)+", number) and number != w.text:
        w.text = number


def _mend_digits(w: _Word, ink, exe: str, lang: str, clean, size_px: float) -> None:
    """A digit read as another ("2008" for "2009", "2013" for "2018", "19" for "10") where its
    ink's holes say otherwise: an "8" has two, one above the other; a "0" one as tall as
    itself; a "9" one above the middle, a "6" one below, a "4" one either way; the other
    digits none. A blur fills holes and never makes one: ink with two holes where the reading
    has fewer is an "8"; otherwise the glyph is read again alone, and that reading is taken
    only if the holes agree with it. An "8" with one hole low is a blurred "8" (its smaller
    upper loop filled), left as read. A "2" to "5" without a hole, as narrow as a "1" and
    standing on its stem alone (a speck on the one's flag) is a "1". A letter in a digit's
    place of a date or a year ("03/11/200S") is a digit misread, its holes and a reading alone
    saying which; it stays a letter where they say nothing."""
    letters = [k for k, ch in enumerate(w.text) if ch.isalpha()]
    in_date = len(letters) == 1 and _DATE_WORD.fullmatch(w.text[:letters[0]] + "0" + w.text[letters[0] + 1:])
    if not any(ch.isdigit() for ch in w.text) or letters and not in_date:
        return
    glyphs: list = _glyphs(ink, w)
    # as many glyphs as characters pair one to one, unless a digit other than "1" would pair
    # with a glyph as narrow as a "1" or a "/" that stands on no stem as a "1" does: a "0"
    # whose sides a blur parted is two glyphs, and the count is met by chance ("08/12/16"
    # read right, then mended into "02/12/11")
    if len(glyphs) != len(w.text) or any(
            ch.isdigit() and ch != "1" and g[1] - g[0] < _NARROW_GLYPH * size_px and not _one_shaped(ink, g, size_px)
            for ch, g in zip(w.text, glyphs)):
        glyphs = _one_each(glyphs, len(w.text), size_px, w.text)
        if glyphs is None:
            return  # glyphs run together or broken: no glyph is surely one digit
    text = list(w.text)
    for k, (ch, box) in enumerate(zip(w.text, glyphs)):
        if box is None or not (ch.isdigit() or k in letters) or box[3] - box[2] < 0.55 * size_px:
            continue
        if ch.isalpha():
            text[k] = _digit_of(ink, exe, lang, clean, box, size_px) or ch
            continue
        shapes = _digit_shapes(ink, box, size_px)
        if ch in "2345" and shapes == "123457" and _one_shaped(ink, box, size_px):
            text[k] = "1"  # no hole, as narrow as a "1" alone and standing on its stem: "44" for "14"
            continue
        if ch not in "08" and _zero_shaped(ink, box, size_px):
            text[k] = "0"  # "19" for "10": the "0"'s foot broken by the copy (an "8" read so
            # keeps it: a blur may part its waist)
            continue
        if shapes is None or ch in shapes or (ch == "8" and shapes == "64"):
            continue
        if shapes == "8":
            text[k] = "8"
            continue
        again = _digit_again(exe, lang, clean, box, shapes)
        if again:
            text[k] = again
    w.text = "".join(text)


def _mend_digit_lost(w: _Word, ink, exe: str, lang: str, clean, base: int, size_px: float) -> None:
    """A number read one digit short ("10 %" for "100 %"): its ink is one glyph more than its
    digits, each standing on the baseline as tall as a digit and as wide as one (a "1" narrow,
    another 0.4 to 0.65 of the size), none a word space from the one before (a "1" stands
    farther from its neighbours than its narrow ink shows). Each glyph is read again alone, and
    the reading taken where every glyph's holes agree with its digit and the digits read first
    stand in it in their order."""
    if not w.text.isdigit() or len(w.text) > 5:
        return

    def narrow(g: tuple[int, int, int, int]) -> bool:  # a "1", set wider apart than its ink
        return g[1] - g[0] < _NARROW_DIGIT * size_px

    glyphs = _glyphs(ink, w)
    if len(glyphs) != len(w.text) + 1 or any(
            b[0] - a[1] >= (0.35 if narrow(a) or narrow(b) else 0.2) * size_px
            for a, b in zip(glyphs, glyphs[1:])) or any(
            not (narrow(g) or 0.4 * size_px <= g[1] - g[0] <= 0.65 * size_px)
            or g[3] - g[2] < 0.55 * size_px or abs(g[3] - base) > 0.1 * size_px for g in glyphs):
        return
    digits = []
    for box in glyphs:
        digit = _digit_of(ink, exe, lang, clean, box, size_px)
        if not digit:
            return
        digits.append(digit)
    if _keeps(w.text, "".join(digits)):
        w.text = "".join(digits)


def _mend_slash_in_year(w: _Word, ink, size_px: float) -> None:
    """A "/" read inside a year ("201/7-2018") where the ink has no glyph for it: as many
    glyphs as the other characters, the digits' each no wider than a digit (a slash run into a
    digit makes a wider glyph, "/2" of "11/2009") and as tall as one. The slash is dropped."""
    parts = re.fullmatch(r"(\d+)/(\d+)([-–]?)", w.text)
    if not parts or not re.fullmatch(r"(?:19|20)\d\d", parts.group(1) + parts.group(2)):
        return
    glyphs = _glyphs(ink, w)
    if len(glyphs) == len(w.text) - 1 and all(
            g[1] - g[0] <= 0.75 * size_px and g[3] - g[2] >= 0.55 * size_px for g in glyphs[:4]):
        w.text = parts.group(1) + parts.group(2) + parts.group(3)


def _digit_of(ink, exe: str, lang: str, clean, box: tuple[int, int, int, int], size_px: float) -> str | None:
    """The digit a glyph is: the one its holes allow, else its reading alone among those; None
    where its holes say nothing or the reading is none of them."""
    shapes = _digit_shapes(ink, box, size_px)
    if shapes is None:
        return None
    return shapes if len(shapes) == 1 else _digit_again(exe, lang, clean, box, shapes)


def _digit_again(exe: str, lang: str, clean, box: tuple[int, int, int, int], shapes: str) -> str | None:
    """The glyph read alone as a digit (as it is, then enlarged), kept only where it is one of
    `shapes`, the digits its holes allow."""
    return next((d for d in (_read_glyph(exe, lang, clean, box, scale) for scale in (1, 2))
                 if d and d in shapes), None)


def _one_shaped(ink, box: tuple[int, int, int, int], size_px: float) -> bool:
    """A glyph as narrow as a "1" whose lowest fifth is its stem alone (under half its width):
    a "2" stands on a bar, a "3" or a "5" on a curve, as wide as themselves."""
    x0, x1, top, bottom = box
    if x1 - x0 >= _NARROW_DIGIT * size_px:
        return False
    foot = ink[bottom - max(1, (bottom - top) // 5):bottom + 1, x0:x1 + 1] > 0
    return int(foot.any(axis=0).sum()) < 0.5 * (x1 - x0 + 1)


def _one_each(glyphs: list[tuple[int, int, int, int]], chars: int, size_px: float, text: str = ""
              ) -> list | None:
    """Glyphs paired with `chars` characters where some ran together ("/2" of "11/2009", "009"):
    a glyph holds as many characters as digits its width makes (a digit is about 0.55 of the
    size wide; a "1" or a "/" counts as one), and those run together pair with None; None when
    that does not account for every character. With `text`, where the widths leave it
    unaccounted, the glyphs at either end of the word still pair one to one with its
    characters while each is as wide as its character: a "1" narrow, another digit a digit's
    width (a "/2" run together is wider; "11" run together is a digit's width, not a "1"'s);
    so do as many glyphs as characters whose widths do not pair (a "0" parted in two)."""
    if not glyphs or len(glyphs) > chars:
        return None
    if len(glyphs) < chars:
        digit = 0.55 * size_px
        out: list = []
        for g in glyphs:
            n = max(1, round((g[1] - g[0]) / digit))
            out += [g] if n == 1 else [None] * n
        if len(out) == chars:
            return out
    if len(text) != chars:
        return None
    ends: list = [None] * chars
    for step in (1, -1):  # from the left end, then from the right
        k = 0 if step == 1 else -1
        for g in glyphs[::step]:
            width = g[1] - g[0]
            ch = text[k]
            if not ch.isdigit() or ends[k] is not None or not (
                    width < _NARROW_DIGIT * size_px if ch == "1" else 0.4 * size_px <= width <= 0.65 * size_px):
                break
            ends[k] = g
            k += step
    return ends if any(ends) else None


def _mend_dash_run(w: _Word, ink, base: int, size_px: float) -> None:
    """A dash opening an item run into the stroke of the item's first letter, the two read as
    one letter ("-I" read "A": "Ammigration"): a word opening on a letter whose ink has one
    glyph more than its reading, the first a dash and the second a stroke, opens on "-" and
    that stroke: "l" where only that makes a word, else "I". So is a word opening on a glyph
    that is a dash glued to a capital's stroke (`_dash_then_stroke`), read as one character
    other than a small letter ("Ammigration", "{mmigration" on a blurred copy)."""
    if len(w.text) < 2 or w.text[0] in "-–—":
        return
    glyphs = _glyphs(ink, w)
    if w.text[0].isalpha() and len(glyphs) == len(w.text) + 1 and _dash_shaped(glyphs[0], base, size_px):
        x0, x1, top, bottom = glyphs[1]
        if x1 - x0 > 0.3 * (bottom - top) or bottom - top < 0.55 * size_px:
            return  # no stroke as tall as a capital
    elif w.text[0].islower() or not glyphs or not _dash_then_stroke(glyphs[0], ink, base, size_px):
        return
    rest = w.text[1:]
    w.text = "-" + ("l" if is_word("l" + rest) and not is_word("i" + rest) else "I") + rest


def _mend_dash(w: _Word, ink) -> None:
    """A dash read "=" ("Axe 2 = Renforcer"): its ink is one bar, where an "=" has two."""
    if w.text != "=":
        return
    rows = ink[w.top:w.bottom + 1, w.left:w.right + 1].any(axis=1)
    inked = [k for k, on in enumerate(rows) if on]
    if inked and inked[-1] - inked[0] + 1 == len(inked):
        w.text = "–"


def _mend_colon(w: _Word, ink, base: int, size_px: float) -> None:
    """A semicolon read ":" ("Rédaction en cours: diffusion"): its lower mark is a comma's
    tail, reaching below the baseline (or, blurred short, a twentieth of the size below it
    and half as tall again as the upper mark), where a colon's dot sits on it. An "i" read
    ":" after a letter: its lower mark is a stem, taller than a third of the size, where a
    colon's is a dot."""
    if not w.text.endswith(":") or w.text.endswith("::"):
        return
    glyphs = _glyphs(ink, w)
    if not glyphs:
        return
    x0, x1, top, bottom = glyphs[-1]
    if x1 - x0 > 0.2 * size_px:
        return
    rows = (ink[top:bottom + 1, x0:x1] > 0).any(axis=1)
    blank = [k for k in range(len(rows)) if not rows[k]]
    lower = len(rows) - (blank[-1] + 1 if blank else 0)  # the ink under the last gap: the lower mark
    upper = blank[0] if blank else len(rows)  # the ink over the first gap: the upper mark
    if lower > 0.35 * size_px and bottom >= base - 0.05 * size_px and w.text[-2:-1].isalpha():
        w.text = w.text[:-1] + "i"  # a stem under a dot: an "i" ("d'habitati", broken at the cell's edge)
    elif top < base - 0.3 * size_px and (bottom > base + 0.08 * size_px
                                         or blank and bottom > base + 0.05 * size_px and lower >= 1.4 * upper):
        w.text = w.text[:-1] + ";"  # (a blurred tail: the lower mark a dot and a half tall)


def _mend_comma(w: _Word, ink, base: int, size_px: float) -> None:
    """A semicolon read "," ("Rédaction en cours, diffusion"): over its comma, apart from it,
    stands a dot as high as the small letters, where a comma has no ink. And an "s" read ","
    ("Recension de, services", the top of its "s" lost): a comma is a thin mark hanging from
    the baseline, the glyph read for it is a small letter's width and height and stands on the
    baseline; where the word with an "s" is one of the list, it is that "s"."""
    if not w.text.endswith(",") or len(w.text) < 2 or not w.text[-2].isalpha():
        return
    glyphs = _glyphs(ink, w)
    if len(glyphs) < 2:
        return
    x0, x1, top, bottom = glyphs[-1]
    rows = (ink[top:bottom + 1, x0:x1] > 0).any(axis=1)
    if x1 - x0 > 0.25 * size_px and top < base - 0.35 * size_px and bottom <= base + 0.05 * size_px \
            and rows.all() and is_word(w.text[:-1] + "s"):
        w.text = w.text[:-1] + "s"
        return
    if x1 - x0 > 0.2 * size_px or bottom < base:
        return
    if top < base - 0.3 * size_px and not rows.all():  # two marks, the upper one raised: a dot
        w.text = w.text[:-1] + ";"


def _mend_open_bracket(w: _Word, ink, base: int, size_px: float) -> None:
    """A letter read before the bracket opening a word ("f{janv." for "(janv.", the bracket
    and the "j" run into one glyph): the bracket's glyph read twice, where the word has fewer
    glyphs than characters and its first glyph reaches below the baseline as a bracket does
    (an "f" or a "t" stands on it)."""
    if len(w.text) < 3 or not w.text[0].isalpha() or w.text[1] not in "({[":
        return
    glyphs = _glyphs(ink, w)
    if glyphs and len(glyphs) < len(w.text) and glyphs[0][3] > base + 0.1 * size_px:
        w.text = w.text[1:]


def _mend_bracket_stroke(w: _Word, ink, base: int, size_px: float) -> None:
    """A bracket read for the stroke opening a word, after an item's dash or none ("-[tinérance"
    for "-Itinérance"): a bracket reaches below the baseline, a capital "I" or an "l" stands on
    it. Where the glyph stands on it, the stroke is the "I" that makes a word with the small
    letters after it, else the "l"."""
    at = 1 if w.text[:1] in "-–—" else 0
    rest = w.text[at + 1:]
    if w.text[at:at + 1] not in ("[", "]") or len(rest) < 2 or not rest[0].islower():
        return
    letters = rest.rstrip(".,;:)")
    stroke = "I" if is_word("i" + letters) else "l" if is_word("l" + letters) else None
    glyphs = _glyphs(ink, w)
    if stroke is None or len(glyphs) <= at:
        return
    x0, x1, top, bottom = glyphs[at]
    if bottom <= base + 0.06 * size_px and x1 - x0 <= 0.3 * size_px:
        w.text = w.text[:at] + stroke + rest


def _mend_bracket_first_one(w: _Word, ink, base: int, size_px: float) -> None:
    """A number's first "1" read as a bracket opening it, with no bracket closing it ("[1" for
    "1.1", an action's number, its point then left out too): a bracket reaches below the
    baseline; a "1" stands on it, as tall as a digit and narrow. (Its point is then
    `_mend_number`'s: a dot on the baseline between two digits.)"""
    if not re.fullmatch(r"[\[\]|]\d[\d.]*", w.text):
        return
    glyphs = _glyphs(ink, w)
    if not glyphs:
        return
    x0, x1, top, bottom = glyphs[0]
    if x1 - x0 <= 0.3 * size_px and bottom <= base + 0.06 * size_px and base - top >= 0.55 * size_px:
        w.text = "1" + w.text[1:]


def _mend_bracket_one(w: _Word, ink, base: int, size_px: float) -> None:
    """A number's last "1" read as the bracket closing it ("201]", "201)" for "2011", with no
    bracket opened in the word): a bracket reaches below the baseline and starts under the
    digits' top; a "1" stands on the baseline, as tall as a digit."""
    if not re.fullmatch(r"\d{2,}[)\]]", w.text):
        return
    glyphs = _glyphs(ink, w)
    if not glyphs:
        return
    x0, x1, top, bottom = glyphs[-1]
    if x1 - x0 <= 0.3 * size_px and bottom <= base + 0.04 * size_px and base - top >= 0.62 * size_px:
        w.text = w.text[:-1] + "1"


def _holes(ink, box: tuple[int, int, int, int], size_px: float, closed: bool = False) -> list:
    """The holes of a glyph's ink (x0, x1, top, bottom): the stats of the paper it encloses
    (`closed`: once gaps of a pixel or two in its strokes are closed)."""
    import cv2
    import numpy as np

    x0, x1, top, bottom = box
    crop = np.pad(ink[top:bottom + 1, x0:x1] > 0, 2)
    if closed:
        crop = cv2.morphologyEx(crop.astype(np.uint8), cv2.MORPH_CLOSE, np.ones((3, 3), np.uint8)) > 0
    count, labels, stats, _ = cv2.connectedComponentsWithStats((~crop).astype(np.uint8), connectivity=4)
    outside = labels[0, 0]
    return [stats[k] for k in range(1, count)
            if k != outside and stats[k][cv2.CC_STAT_AREA] >= _HOLE_LEAST * size_px ** 2]


def _zero_shaped(ink, box: tuple[int, int, int, int], size_px: float) -> bool:
    """A glyph whose one hole, once a gap of a pixel or two in its ink is closed (a copy broke
    a "0"'s foot), runs through most of its height (_ZERO_HOLE): a "0" (a "6"'s or a "9"'s
    hole fills one half; a "2", "3", "5" or "7" is open wider than that)."""
    import cv2

    holes = _holes(ink, box, size_px, closed=True)
    return len(holes) == 1 and holes[0][cv2.CC_STAT_HEIGHT] >= _ZERO_HOLE * (box[3] - box[2] + 1)


def _digit_shapes(ink, box: tuple[int, int, int, int], size_px: float) -> str | None:
    """The digits whose shape has the holes the glyph's ink has, or None where they say nothing
    (more holes than any digit has)."""
    import cv2

    holes = _holes(ink, box, size_px)
    height = box[3] - box[2] + 1
    if not holes:
        return "123457"
    if len(holes) == 2:
        upper, lower = sorted(holes, key=lambda h: h[cv2.CC_STAT_TOP])
        # an "8"'s loops stand one above the other; a slashed zero's halves side by side
        stacked = upper[cv2.CC_STAT_TOP] + upper[cv2.CC_STAT_HEIGHT] <= lower[cv2.CC_STAT_TOP] + 1
        # ... and the lower loop goes down into the foot; a speck across a "4"'s triangle
        # parts its one hole into two, both above the bar
        low = (lower[cv2.CC_STAT_TOP] - 1 + lower[cv2.CC_STAT_HEIGHT]) / height >= _LOW_LOOP
        return "8" if stacked and low else None
    if len(holes) > 2:
        return None
    hole = holes[0]
    if hole[cv2.CC_STAT_HEIGHT] >= _TALL_HOLE * height:
        return "0"
    middle = hole[cv2.CC_STAT_TOP] - 1 + hole[cv2.CC_STAT_HEIGHT] / 2
    return "94" if middle < height / 2 else "64"


def _sign_left_out(w: _Word, ink, exe: str, lang: str, clean, size_px: float) -> _Word | None:
    """A number whose box holds one glyph more than its digits, the last a word space apart
    (a fifth of the size) and as wide as a digit or more ("75 %" read "75"): the sign
    Tesseract left out, when the glyph read again alone is one ("%", "$"); the number's box
    ends before it."""
    if not w.text.isdigit() or len(w.text) > 3:
        return None
    glyphs = _glyphs(ink, w)
    if len(glyphs) != len(w.text) + 1 or glyphs[-1][0] - glyphs[-2][1] < 0.2 * size_px \
            or glyphs[-1][1] - glyphs[-1][0] < 0.4 * size_px:
        return None
    box = glyphs[-1]
    # read with no letters barred: a glyph that is no sign ("12 h") reads as itself
    sign = next((t for t in (_read_glyph(exe, lang, clean, box, scale, allow="") for scale in (1, 2))
                 if t in _SIGNS), "")
    if not sign:
        return None
    w.right = glyphs[-2][1]
    return _Word(sign, 0.0, box[0], box[2], box[1], box[3], w.line)


def _read_glyph(exe: str, lang: str, clean, box: tuple[int, int, int, int], scale: int,
                allow: str = _DIGITS) -> str:
    """Tesseract on one glyph alone, a digit (or one of `allow`; any character for ""), with
    nothing around it to guess from."""
    import cv2

    x0, x1, top, bottom = box
    crop = clean[max(0, top - 2):bottom + 3, max(0, x0 - 2):x1 + 2]
    if scale != 1:
        crop = cv2.resize(crop, None, fx=scale, fy=scale, interpolation=cv2.INTER_CUBIC)
    crop = cv2.copyMakeBorder(crop, 20, 20, 20, 20, cv2.BORDER_CONSTANT, value=255)
    text = _run(exe, lang, crop, 8, "", dpi=scale * DPI, allow=allow).strip()
    return text if len(text) == 1 else ""


def _speck(box: tuple[int, int, int, int], size_px: float) -> bool:
    """(x0, x1, top, bottom): ink under a sixth of the size both ways: a speck, or a dot."""
    return box[1] - box[0] < size_px / 6 and box[3] - box[2] < size_px / 6


def _dash_led(box: tuple[int, int, int, int], ink, base: int, size_px: float) -> bool:
    """(x0, x1, top, bottom): a glyph that opens on a dash run into the letter after it (a blurred
    or dark copy leaves no gap between them): its first columns, over a fifth of the size, hold
    only a thin stroke at the height of the middle of small letters."""
    thin = _dash_run(box, ink, base, size_px)
    return 0.2 * size_px <= thin < box[1] - box[0]


def _dash_run(box: tuple[int, int, int, int], ink, base: int, size_px: float) -> int:
    """How many of the glyph's first columns hold only a thin stroke at the height of the
    middle of small letters (a dash's): the columns within that height, when they are thin
    taken together (a blurred copy may hang a blot under a column or two of the dash: the
    middle column is thin, none is thicker than 0.3 of the size), else those up to the first
    thicker than 0.15 of the size. A dash is level: the run ends where the stroke's middle has
    moved a tenth of the size from the first column's (a letter's slanting stroke, an "s"'s
    spine a blurred copy broke off, holds a thin stroke in each column too)."""
    import numpy as np

    x0, x1, top, bottom = box
    thick: list[int] = []  # each column's ink, top to bottom, while within the middle's height
    level = None
    for x in range(x0, x1):
        rows = np.nonzero(ink[top:bottom + 1, x])[0]
        if rows.size == 0:
            break
        high, low = top + int(rows[0]), top + int(rows[-1])
        if high < base - 0.5 * size_px or low > base - 0.1 * size_px:
            break
        level = high + low if level is None else level
        if abs(high + low - level) > 0.2 * size_px:  # (the middles, doubled)
            break
        thick.append(low - high)
    if thick and sorted(thick)[len(thick) // 2] <= 0.15 * size_px and max(thick) <= 0.3 * size_px:
        return len(thick)
    return next((k for k, t in enumerate(thick) if t > 0.15 * size_px), len(thick))


def _dash_then_stroke(box: tuple[int, int, int, int], ink, base: int, size_px: float) -> bool:
    """(x0, x1, top, bottom): a dash run into a capital "I" ("-Immigration" on a blurred copy,
    which Tesseract reads "A" or "{"): past the dash's columns, the glyph is a capital's
    stroke (`_capital_stroke`)."""
    thin = _dash_run(box, ink, base, size_px)
    return 0.2 * size_px <= thin and _capital_stroke((box[0] + thin, *box[1:]), ink, base, size_px)


def _capital_stroke(box: tuple[int, int, int, int], ink, base: int, size_px: float) -> bool:
    """(x0, x1, top, bottom): one upright stroke no wider than a quarter of the size, as tall as
    a capital (0.6 of the size or more), unbroken from its top to the baseline: a capital "I",
    not an "i" (as tall as the small letters, its dot apart)."""
    x0, x1, top, bottom = box
    if not (0 < x1 - x0 <= 0.25 * size_px and bottom - top >= 0.6 * size_px
            and abs(bottom - base) <= 0.1 * size_px):
        return False
    return bool(ink[top:bottom + 1, x0:x1].any(axis=1).all())


def _dash_shaped(box: tuple[int, int, int, int], base: int, size_px: float) -> bool:
    """(x0, x1, top, bottom): a dash: a thin stroke (under 0.15 of the size, or 0.18 when half
    as long again as it is thick: a blurred copy thickens it) at least a fifth of the size
    long, at the height of the middle of small letters."""
    x0, x1, top, bottom = box
    thick = bottom - top
    return ((thick <= 0.15 * size_px or thick <= 0.18 * size_px and x1 - x0 >= 1.5 * thick)
            and 0.2 * size_px <= x1 - x0 <= 0.8 * size_px
            and base - 0.5 * size_px <= top and bottom <= base - 0.1 * size_px)


def _bullet_shaped(box: tuple[int, int, int, int], ink, base: int, size_px: float) -> bool:
    """(x0, x1, top, bottom): small (0.2 to 0.6 of the text size tall, no wider than 0.8,
    not narrower than tall, as a raised footnote number is, unless solid: a blurred disc may
    stand up to 0.6 as wide as tall), and off the baseline (its foot
    at least 0.12 of the size above it: "•", "–", "+") or solid (ink over 0.7 of its box: a
    square "▪" on the baseline; letters have counters)."""
    x0, x1, top, bottom = box
    tall, wide = bottom - top, x1 - x0
    if not (0.2 * size_px <= tall <= 0.6 * size_px and wide <= 0.8 * size_px):
        return False
    if wide < 0.8 * tall and not (wide >= 0.6 * tall and _solid(box, ink)):
        return False  # narrower than a blur leaves a filled disc (a raised number's digits have counters)
    return bottom < base - 0.12 * size_px or _solid(box, ink)


def _ring(box: tuple[int, int, int, int], ink) -> bool:
    """A hollow round mark, as wide as tall, its one hole in the middle of it and a fifth of
    it or more (an "a"'s hole is in its lower half, an "e"'s in its upper half); a break of a
    pixel in it (a blurred copy's) closes the hole all the same (a "c" is open wider)."""
    import cv2
    import numpy as np

    x0, x1, top, bottom = box
    crop = cv2.morphologyEx((ink[top:bottom + 1, x0:x1] > 0).astype(np.uint8), cv2.MORPH_CLOSE,
                            np.ones((3, 3), np.uint8)) > 0
    h, w = crop.shape
    if not h or not 0.8 * h <= w <= 1.25 * h:
        return False
    count, _, stats, centres = cv2.connectedComponentsWithStats((~crop).astype(np.uint8), connectivity=4)
    holes = [k for k in range(1, count) if stats[k, 0] > 0 and stats[k, 1] > 0
             and stats[k, 0] + stats[k, 2] < w and stats[k, 1] + stats[k, 3] < h]
    if len(holes) != 1:
        return False
    cx, cy = centres[holes[0]]
    return (0.35 * h <= cy <= 0.65 * h and 0.35 * w <= cx <= 0.65 * w
            and stats[holes[0], cv2.CC_STAT_AREA] >= 0.2 * h * w)


_RINGS_READ = ("0", "Oo", "oO", "OO", "oo", "0o", "o0")  # what Tesseract reads for a ring alone, an "o" aside


def _solid(box: tuple[int, int, int, int], ink) -> bool:
    """Ink over 0.7 of the box: a square bullet; letters, quotes and brackets have counters."""
    x0, x1, top, bottom = box
    return float((ink[top:bottom + 1, x0:x1] > 0).mean()) > 0.7


def _lost_bullet(w: _Word, ink, base: int, size_px: float) -> _Word | None:
    """A bullet Tesseract left out: the mark just left of a line's first word (within 1.6 of
    the text size; specks aside), with no other within 0.3 of the size left of it (the end of
    a word of the column before may stand further left), wholly there (not the end of a word
    further left: no ink on the baseline within 0.3 of the size left of it), is
    a dash (glued to the word or not), or bullet-shaped and a quarter of the size apart from it
    (0.15 of the size, solid: a square "▪" set close to its text).
    A sliver of ink reaching into the strip from its top, a quarter of the size or shorter, is
    the descender of the line above, no mark.
    A raised stroke there, before a capital, is a note's call Tesseract left out: "1"."""
    import cv2
    import numpy as np

    x_lo, y_lo = max(0, int(w.left - 1.6 * size_px)), max(0, int(base - size_px))
    crop = ink[y_lo:base + 1, x_lo:max(x_lo, w.left - 1)]
    if crop.size == 0 or not crop.any():
        return None
    _, _, stats, _ = cv2.connectedComponentsWithStats(crop.astype(np.uint8), connectivity=8)
    speck = 0.2 * size_px  # specks of a photocopy are smaller than a bullet either way
    # a sliver reaching into the strip from its top is the tail of the line above ("(janvier")
    marks = sorted((st for st in stats[1:] if (st[2] >= speck or st[3] >= speck)
                    and not (st[1] == 0 and st[3] < 0.25 * size_px)), key=lambda st: st[0] + st[2])
    if not marks or any(st[0] + st[2] > marks[-1][0] - 0.3 * size_px for st in marks[:-1]):
        return None  # the mark nearest the word, and nothing else close to it (the end of a word further left may be)
    left, top, width, height = (int(v) for v in marks[-1][:4])
    if left == 0 or top == 0:
        return None  # cut by the edge of the strip looked at: a piece of a word or line beyond it
    box = (x_lo + left, x_lo + left + width, y_lo + top, y_lo + top + height - 1)
    if _letter_before(ink, box[0], base, size_px):
        return None  # the last letter of a word ("des" / "sécurité" in the next column)
    if _dash_shaped(box, base, size_px):  # "–": a dash left out, apart or glued ("-Aînés")
        return _Word("-", 0.0, box[0], box[2], box[1], box[3], w.line)
    if w.text[:1].isupper() and _raised_call(box, base, size_px):
        return _Word("1", 0.0, box[0], box[2], box[1], box[3], w.line)
    if not _bullet_shaped(box, ink, base, size_px) or w.left - box[1] < (
            0.15 if _solid(box, ink) else 0.25) * size_px:
        return None
    return _Word("•", 0.0, box[0], box[2], box[1], box[3], w.line)


def _letter_before(ink, x: int, base: int, size_px: float) -> bool:
    """Whether a letter stands just left of x (within 0.3 of the size): ink on the baseline,
    shorter than the size and taller than a speck. A rule's remnant runs through the whole line."""
    import cv2
    import numpy as np

    top = max(0, int(base - size_px))
    crop = ink[top:int(base + 0.3 * size_px) + 1, max(0, x - int(0.3 * size_px)):x]
    if crop.size == 0 or not crop.any():
        return False
    _, _, stats, _ = cv2.connectedComponentsWithStats(crop.astype(np.uint8), connectivity=8)
    return any(0.3 * size_px <= h < 0.9 * size_px and top + y + h >= base - 0.15 * size_px
               for _, y, _, h, _ in stats[1:])


def _mend_brackets(group: list[_Word]) -> None:
    """A brace closed by a parenthesis (or the other way round) is a parenthesis misread."""
    text = " ".join(w.text for w in group)
    if "{" in text and "}" not in text and ")" in text:
        for w in group:
            w.text = w.text.replace("{", "(")
    if "}" in text and "{" not in text and "(" in text:
        for w in group:
            w.text = w.text.replace("}", ")")


def _pieces(w: _Word, ink, exe: str, lang: str, clean, base: int, size_px: float
            ) -> list[tuple[str, int, int, bool]]:
    """A word as (text, x0, x1, raised) pieces in pixels: a raised ending is read again on its
    own, and French high punctuation set off by a gap ("douceur :") is a word of its own."""
    glyphs = _glyphs(ink, w)
    text, right = w.text, w.right
    tail = None
    box = _raised_tail(glyphs, base, size_px)
    if box is not None and text[-1:] in "-–—" and box[2] - box[0] >= 1.5 * (box[3] - box[1]):
        box = None  # a hyphen closing the word ("Bois-" / "Francs"), read so: a level stroke at
        # the middle of the small letters, no raised ending however high it stands
    if box is not None:
        # after a number, raised letters ("1er", "2e"); after a word, a footnote call ("¹")
        order = (_LETTERS, _DIGITS) if any(ch.isdigit() for ch in text) else (_DIGITS, _LETTERS)
        sup = _read_crop(exe, lang, clean, box, order[0]) or _read_crop(exe, lang, clean, box, order[1])
        narrow = box[2] - box[0] <= 0.55 * (box[3] - box[1]) and _one_glyph(glyphs, box)
        if order[0] is _DIGITS and (sup in _STROKES or not sup and _stroke_shaped(box[2] - box[0], box[3] - box[1])
                                    or sup.isalpha() and narrow or text.endswith("!") and narrow):
            # a raised stroke after a word (a "1" with its flag, read "d"; read "!" on the line,
            # whose point would stand on the baseline): the call 1
            sup = "1"
        if not sup and order[0] is _LETTERS and text[:1] == "1" and sum(g[0] < box[0] for g in glyphs) == 1 \
                and not re.match(r"1[.,]\d", text):
            # a raised ending no reading makes out (a blurred "er" run into one blot, read "7"
            # on the line: "17 septembre") after a "1" alone: the "er" of "1er" (not where the
            # line read a number with a point: "1.2", a plan's number)
            text, sup = "1", "er"
        # what the page's pass made of the ending: the raised letters themselves, or a sign
        stem = text[:-len(sup)] if sup and text.endswith(sup) and len(text) > len(sup) else text
        while len(stem) > 1 and not stem[-1].isalnum():
            stem = stem[:-1]
        tail_of_one = re.search(r"\d[\dA-Za-z]*$", stem) if sup in ("er", "re", "ère") else None
        if tail_of_one and tail_of_one.group() != "1":
            stem = stem[:tail_of_one.start()] + "1"  # "1er" only: the "er" was also read on the line ("18r")
        if order[0] is _LETTERS and sup and sup not in _ORDINALS:
            digits = re.search(r"(?<!\d)\d{1,2}$", stem)
            if digits:  # "1er", "2e": a French ordinal, whatever was read of it
                sup = "er" if digits.group() == "1" else "e"
        if sup.isalpha() and re.search(r"\d[.,]\d+$", stem):
            sup = ""  # no ordinal ends a number with a point ("1.3e"): a speck over its last digit
        if sup.isalpha() and len(stem) >= 3 and stem.isalpha() and is_word(stem) and not _ROMAN.fullmatch(stem):
            # French raises letters after a number ("1er") or an abbreviation's letter or two
            # ("Mme"), never after a word: read as letters, not as a call's digit, the mark is
            # the broken-off hook of the word's last letter ("Neuf" and a raised "s": an "f")
            # or a speck, left out (of the line too, where the page's pass read it there)
            text = stem if text == stem + sup else text
            sup = ""
        if sup and stem:
            text, right, tail = stem, box[0], (sup, box[0], box[2], True)
    pieces = [(text, w.left, right, False)]
    if tail is None and len(text) > 1 and text[-1] in ":;!?" and len(glyphs) >= 2:
        gap = glyphs[-1][0] - glyphs[-2][1]
        if gap > 0.2 * size_px and text[-2] not in ":;!?":
            pieces = [(text[:-1], w.left, glyphs[-2][1], False), (text[-1], glyphs[-1][0], w.right, False)]
    return pieces + ([tail] if tail else [])


def _one_glyph(glyphs: list[tuple[int, int, int, int]], box: tuple[int, int, int, int]) -> bool:
    """Whether the raised ending `box` (x0, top, x1, bottom) is one glyph of the word."""
    return sum(1 for g in glyphs if g[0] >= box[0] and g[1] <= box[2]) == 1


def _spread(text: str, x0: float, x1: float, base: float, size: float, w: _Word,
            word_id: tuple[int, int], stroke: float | None = None) -> list[dict]:
    """Chars sharing out a word's ink box, widened by the side bearings a text layer's char
    boxes include (so that line lengths compare with the text layer's)."""
    x0, x1 = x0 - _BEARING * size, x1 + _BEARING * size
    width = max(x1 - x0, 0.1) / max(len(text), 1)
    bottom = base + _DESCENT * size
    return [{"text": ch, "x0": x0 + i * width, "x1": x0 + (i + 1) * width, "top": bottom - size,
             "bottom": bottom, "size": size, "fontname": FONT, "upright": True,
             "ocr_conf": w.conf, "ocr_word": w.text, "ocr_word_id": word_id, "ocr_stroke": stroke}
            for i, ch in enumerate(text)]


def _space(before: dict, x1: float) -> dict:
    """The space between a word and the next, whose first char starts at `x1`: it starts no
    later than that char, so that the line (sorted by x) keeps it in between when their side
    bearings overlap ("000" and a close "$")."""
    return dict(before, text=" ", x0=min(before["x1"], x1), x1=max(x1, before["x1"]))


def _glyphs(ink, w: _Word) -> list[tuple[int, int, int, int]]:
    """A word's ink cut at empty columns: (x0, x1, top, bottom) in page pixels, left to right."""
    import numpy as np

    crop = ink[w.top:w.bottom + 1, w.left:w.right + 1]
    if crop.size == 0:
        return []
    cols = np.append(crop.any(axis=0), False)
    out = []
    start = None
    for x, on in enumerate(cols):
        if on and start is None:
            start = x
        elif not on and start is not None:
            rows = np.nonzero(crop[:, start:x].any(axis=1))[0]
            out.append((w.left + start, w.left + x, w.top + int(rows[0]), w.top + int(rows[-1])))
            start = None
    return out


def _raised_tail(glyphs: list[tuple[int, int, int, int]], base: int, size_px: float
                 ) -> tuple[int, int, int, int] | None:
    """The box (x0, top, x1, bottom, in pixels) of a word's raised, small ending (the "er" of
    "1er"), or None: trailing glyphs that stop well above the baseline and are shorter than a
    letter, after one that sits on it."""
    lift = 0.25 * size_px
    tail = len(glyphs)
    while tail > 0 and glyphs[tail - 1][3] < base - lift and glyphs[tail - 1][3] - glyphs[tail - 1][2] < 0.6 * size_px:
        tail -= 1
    if tail == len(glyphs) or tail == 0 or glyphs[tail - 1][3] < base - lift:
        return None
    rest = glyphs[tail:]
    return (rest[0][0], min(g[2] for g in rest), rest[-1][1], max(g[3] for g in rest))


def _read_crop(exe: str, lang: str, clean, box: tuple[int, int, int, int], allow: str) -> str:
    """Tesseract on a raised ending alone, enlarged: small raised letters read on their own
    come out right where the whole page's pass reads "°"."""
    import cv2

    x0, top, x1, bottom = box
    crop = clean[max(0, top - 2):bottom + 3, max(0, x0 - 1):x1 + 2]
    crop = cv2.resize(crop, None, fx=3, fy=3, interpolation=cv2.INTER_LINEAR)
    crop = cv2.copyMakeBorder(crop, 10, 10, 10, 10, cv2.BORDER_CONSTANT, value=255)
    text = _run(exe, lang, crop, 7, "", dpi=3 * DPI, allow=allow).strip()
    return text if text.isalnum() and len(text) <= 4 else ""
