"""Text geometry for the PDF reader: pdfplumber chars -> visual lines with spans -> paragraphs.

Pure functions over pdfplumber's char dicts (keys x0, x1, top, bottom, size, fontname, text);
no business rule. Positions are PDF points from the top-left of the page.
"""

from __future__ import annotations

import re
import functools
from operator import itemgetter
from dataclasses import dataclass, field

from bilan.extract.lexicon import is_word
from bilan.extract.model import Line, Paragraph, Span

# Characters that start a list item when they open a line; LONE_BULLETS only as a word by
# itself ("o" of Courier lists, Wingdings/Symbol bullets read without a Unicode map). Symbol-font
# bullets in the private use area (U+F000-U+F0FF) count as well.
BULLETS = frozenset("-•–—✕✗✘*▪■□●○◦·➢►▸‣⁃→✓✔❖◆")
LONE_BULLETS = frozenset(["o", "§", "Ø", "q", "ü", "v"])
BREAK_AFTER = frozenset("-–—/\xad")  # a line may wrap after these without a space
_RANGE_REST = re.compile(r"[-–]\d{1,4}")
_WHOLE_NUMBER = re.compile(r"(?:19|20)\d\d\s*[-–/]\s*(?:19|20)\d\d|\d{1,2}/\d{1,2}/(?:\d\d){1,2}")
_BOLD_RE = re.compile(r"bold|black|heavy|semibold|demibold", re.I)
_ITALIC_RE = re.compile(r"italic|oblique", re.I)
_TIED = re.compile(r"^[:;!?»%$]+[.,]?$")
_GROUP = re.compile(r"^\d{3}(?:[.,;:)]|\s*\$)?$")

# An underline candidate: a thin horizontal stroke (x0, x1, y) from the page's drawing.
Segment = tuple[float, float, float]
_top_x0 = itemgetter("top", "x0")  # sort keys of chars
_x0_top = itemgetter("x0", "top")
_SIZE, _TOP, _BOTTOM, _X1 = itemgetter("size"), itemgetter("top"), itemgetter("bottom"), itemgetter("x1")
_TEXT = itemgetter("text")


@dataclass
class Word:
    x0: float
    x1: float
    chars: list[dict] = field(default_factory=list)
    spaces: list[dict] = field(default_factory=list)  # the space chars printed right after it

    @property
    def space_after(self) -> bool:
        return bool(self.spaces)

    @property
    def text(self) -> str:
        return "".join(map(_TEXT, self.chars))


@dataclass
class TextLine:
    """One visual line built from chars; `base` approximates the baseline (main chars' bottom)."""

    chars: list[dict]
    spans: list[Span]
    words: list[Word]
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    base: float
    bold_share: float

    @property
    def text(self) -> str:
        return "".join([s.text for s in self.spans])

    @property
    def first_word_width(self) -> float:
        """Width of the first unbreakable unit: a word, with the French high punctuation that a
        non-breaking space ties to it ("CATI :") and the digit groups of a number ("120 000 $")."""
        if not self.words:
            return 0.0
        end = 0
        while end + 1 < len(self.words):
            nxt, cur = self.words[end + 1].text, self.words[end].text
            if _TIED.match(nxt) or (cur[-1:].isdigit() and _GROUP.match(nxt)):
                end += 1
            else:
                break
        return self.words[end].x1 - self.words[0].x0

    def starts_with_bullet(self) -> bool:
        return is_bullet(self.words)

    @property
    def trailing_space(self) -> bool:
        return bool(self.words) and self.words[-1].space_after

    def to_model(self, page: int | None) -> Line:
        return Line(spans=list(self.spans), page=page, x0=_r(self.x0), x1=_r(self.x1),
                    top=_r(self.top), bottom=_r(self.bottom))


def ends_unwrapped(words: list[Word], size: float, right: float) -> bool:
    """Whether a line (or a cell's part of it) ends its paragraph, for a producer that prints
    the space a line wraps at when it fits in the line (LibreOffice): a space would have fitted
    after it but none is printed, it does not end with a dash or a slash, and it is not a
    single word reaching the edge (a word too long for the column, broken)."""
    if not words or words[-1].space_after or words[-1].text[-1:] in BREAK_AFTER:
        return False
    if len(words) == 1 and words[0].x1 >= right - size:
        return False
    return words[-1].x1 + 0.35 * size <= right - 1.0


def wrap_evidence(lines: list[TextLine], right: float) -> tuple[int, int]:
    """Count the wraps (the next line's first word would not have fitted) of a region's lines
    that end with a printed space, and those that end without one although it would have fit.

    A producer that prints the space it wraps at (LibreOffice) gives many of the first and
    next to none of the second (only paragraphs that end on a full line).
    """
    printed = missing = 0
    for a, b in zip(lines, lines[1:]):
        if b.starts_with_bullet() or a.x1 + 0.25 * a.size + b.first_word_width < right - 1.0:
            continue  # not a wrap
        if a.trailing_space:
            printed += 1
        elif ends_unwrapped(a.words, a.size, right):
            missing += 1
    return printed, missing


def is_bullet(words: list[Word]) -> bool:
    """Whether a line (or a cell's part of it) made of these words opens with a bullet."""
    if not words:
        return False
    first = words[0].text
    if len(words) == 1 and len(first) == 1:
        return False  # a mark alone on its line, no text after it: a dash the line broke at
    if first[0] in BULLETS or "\uf000" <= first[0] <= "\uf0ff":
        return True
    return first in LONE_BULLETS and len(words) > 1


def _r(v: float) -> float:
    return round(v, 2)


@functools.lru_cache(maxsize=512)
def is_bold(fontname: str) -> bool:
    return bool(_BOLD_RE.search(fontname or ""))


@functools.lru_cache(maxsize=512)
def is_italic(fontname: str) -> bool:
    return bool(_ITALIC_RE.search(fontname or ""))


def cluster_lines(chars: list[dict]) -> list[list[dict]]:
    """Group chars into visual lines by vertical overlap.

    A char joins the open line it overlaps most, when the overlap is at least half the smaller
    height; this keeps raised, smaller superscripts on their line (a plain `top` tolerance
    would split them off) while lines that merely touch stay apart. (Called for every cell of
    every page: the loop is written out, min and max inline.)
    """
    ordered = sorted(chars, key=_top_x0)
    lines: list[list] = []  # [top, bottom, chars]
    open_lines: list[list] = []
    # the extent of the char before, when at least 0.1 high, and the line it joined: that line
    # now covers it, so a char of the same extent overlaps it wholly (a ratio of 1, the most
    # there is), and no line before it does (their ratios are still under that line's for the
    # char before): the char joins it without the search (most chars of a line)
    last_top = last_bottom = last = None
    for c in ordered:
        top, bottom = c["top"], c["bottom"]
        if top == last_top and bottom == last_bottom:
            last[2].append(c)
            continue
        height = bottom - top
        if height < 0.1:
            height = 0.1
        best, best_ratio = None, 0.0
        closed = False
        for ln in open_lines:
            ln_top, ln_bottom = ln[0], ln[1]
            if ln_bottom < top:
                closed = True  # chars come by top: nothing below can reach this line any more
                continue
            overlap = (bottom if bottom < ln_bottom else ln_bottom) - (top if top > ln_top else ln_top)
            span = ln_bottom - ln_top
            if height < span:
                span = height
            ratio = overlap / (span if span > 0.1 else 0.1)
            if ratio >= 0.5 and ratio > best_ratio:
                best, best_ratio = ln, ratio
        if closed:
            open_lines = [ln for ln in open_lines if ln[1] >= top]
        if best is None:
            best = [top, bottom, [c]]
            lines.append(best)
            open_lines.append(best)
        else:
            if top < best[0]:
                best[0] = top
            if bottom > best[1]:
                best[1] = bottom
            best[2].append(c)
        if bottom - top >= 0.1:
            last_top, last_bottom, last = top, bottom, best
        else:
            last_top = None
    return [ln[2] for ln in lines]


def build_lines(chars: list[dict], segments: list[Segment]) -> list[TextLine]:
    """Turn a region's chars into TextLines (top to bottom); `segments` are underline candidates."""
    out = []
    fonts: dict[str, tuple] = {}  # fontname -> (italic, bold, plain marks), for the whole region
    for group in cluster_lines(chars):
        line = _make_line(group, segments, fonts)
        if line is not None:
            out.append(line)
    out.sort(key=lambda ln: (ln.base, ln.x0))
    return out


def _make_line(chars: list[dict], segments: list[Segment], fonts: dict[str, tuple]) -> TextLine | None:
    """One TextLine from the chars of one visual line (None when they are all spaces).

    Runs once per line of every cell and page: one pass over the chars for what the spans
    need, fonts looked up once per region (`fonts`), spans merged as they come.
    """
    chars = sorted(chars, key=_x0_top)
    # an OCR word break left at the end of a piece of line (the OCR's line ran on into the next
    # column) is no space the page printed there
    while chars and chars[-1]["text"].isspace() and "ocr_conf" in chars[-1]:
        chars.pop()
    visible = [c for c in chars if not c["text"].isspace()]
    if not visible:
        return None
    all_sizes = list(map(_SIZE, visible))
    one_size = all_sizes.count(all_sizes[0]) == len(all_sizes)
    if one_size:  # (most lines): the main size, and all chars are its
        main = round(all_sizes[0], 1)
        main_chars = visible
    else:
        raw: dict[float, int] = {}  # a line has few sizes: each is rounded once
        for size in all_sizes:
            raw[size] = raw.get(size, 0) + 1
        sizes: dict[float, int] = {}
        for size, count in raw.items():
            key = round(size, 1)
            sizes[key] = sizes.get(key, 0) + count
        main = max(sizes.items(), key=_count_then_size)[0]
        tenth = 0.1 * main
        main_chars = [c for c in visible if abs(c["size"] - main) <= tenth] or visible
    bottoms = sorted(map(_BOTTOM, main_chars))
    half = len(bottoms) // 2
    base = bottoms[half] if len(bottoms) % 2 else (bottoms[half - 1] + bottoms[half]) / 2  # median
    top = min(map(_TOP, visible))
    bottom = max(map(_BOTTOM, visible))
    near = [s for s in segments if top - 1 <= s[2] <= bottom + 3.5]
    underlined = _underlined_ids(visible, near, main) if near else set()
    # smaller and raised: Word's superscript (0.65 of the size, raised a third) and a
    # browser's <sup> ("smaller": 0.83 of the size, raised over 0.4 of it)
    small, small_rise, smaller, smaller_rise = 0.8 * main, 0.2 * main, 0.9 * main, 0.33 * main
    if one_size and not underlined and all_sizes[0] >= smaller:
        fontnames = [c.get("fontname", "") for c in visible]
        if fontnames.count(fontnames[0]) == len(fontnames):
            return _plain_line(chars, visible, fonts, main, base, top, bottom)

    spans: list[Span] = []
    texts: list[str] = []  # the pieces of the span being built
    current: tuple | None = None  # its marks
    words: list[Word] = []
    prev, prev_attrs, pending_space = None, None, False
    prev_x1 = prev_size = 0.0
    word = Word(0.0, 0.0)  # the word being built (the line's first visible char opens one)
    bold_count = 0
    font: object = None  # the last char's font name and style (most chars share the one before's)
    style: tuple = ()
    for c in chars:
        text = c["text"]
        if text.isspace():
            pending_space = prev is not None
            if words:
                words[-1].spaces.append(c)
            continue
        if c.get("fontname", "") is not font:
            font = c.get("fontname", "")
            style = _font_style(font, fonts)
        bold_count += style[1]
        size = c["size"]
        if size < smaller:  # (most chars are not: their rise is not looked at)
            rise = base - c["bottom"]
            sup = (size < small and rise > small_rise) or rise > smaller_rise
        else:
            sup = False
        # the marks: the font's plain ones (a tuple made once) unless raised or underlined
        a = (id(c) in underlined, sup, style[0], style[1]) if sup or underlined else style[2]
        x0, x1 = c["x0"], c["x1"]
        if prev is None:  # the line's first visible char
            word = Word(x0, x1)
            words.append(word)
        elif pending_space or x0 - prev_x1 > 0.18 * (size if size >= prev_size else prev_size):
            # a space between two runs keeps only the marks both sides share
            space = (prev_attrs[0] and a[0], prev_attrs[1] and a[1], prev_attrs[2] and a[2],
                     prev_attrs[3] and a[3])
            if space != current:
                if texts:
                    spans.append(_span(texts, current))
                texts, current = [], space
            texts.append(" ")
            word = Word(x0, x1)
            words.append(word)
        word.chars.append(c)
        if x1 > word.x1:
            word.x1 = x1
        if a != current:
            if texts:
                spans.append(_span(texts, current))
            texts, current = [], a
        texts.append(text)
        prev, prev_attrs, prev_x1, prev_size, pending_space = c, a, x1, size, False
    if texts:
        spans.append(_span(texts, current))
    return TextLine(chars=chars, spans=spans, words=words, x0=visible[0]["x0"],
                    x1=max(map(_X1, visible)), top=top, bottom=bottom, size=main,
                    base=base, bold_share=bold_count / len(visible))


def _font_style(font: str, fonts: dict[str, tuple]) -> tuple:
    """(italic, bold, the plain marks) of a font name, worked out once per region (`fonts`)."""
    style = fonts.get(font)
    if style is None:
        italic, bold = is_italic(font), is_bold(font)
        style = fonts[font] = (italic, bold, (False, False, italic, bold))
    return style


def _plain_line(chars: list[dict], visible: list[dict], fonts: dict[str, tuple], size: float,
                base: float, top: float, bottom: float) -> TextLine:
    """_make_line's loop for a line in one font and one size, none of it raised or underlined
    (most lines): the marks are the font's all along, so the line is one span, its words
    joined by single spaces, and only where the words break is looked at."""
    style = _font_style(visible[0].get("fontname", ""), fonts)
    gap = 0.18 * visible[0]["size"]  # a char's size: the one of every char of the line
    texts: list[str] = []
    words: list[Word] = []
    word: Word | None = None
    pending_space = False
    prev_x1 = 0.0
    for c in chars:
        text = c["text"]
        if text.isspace():
            if word is not None:
                pending_space = True
                word.spaces.append(c)
            continue
        x0, x1 = c["x0"], c["x1"]
        if word is None:  # the line's first visible char
            word = Word(x0, x1)
            words.append(word)
        elif pending_space or x0 - prev_x1 > gap:
            texts.append(" ")
            word = Word(x0, x1)
            words.append(word)
        word.chars.append(c)
        if x1 > word.x1:
            word.x1 = x1
        texts.append(text)
        prev_x1, pending_space = x1, False
    return TextLine(chars=chars, spans=[_span(texts, style[2])], words=words, x0=visible[0]["x0"],
                    x1=max(map(_X1, visible)), top=top, bottom=bottom, size=size, base=base,
                    bold_share=1.0 if style[1] else 0.0)


def _count_then_size(kv: tuple[float, int]) -> tuple[int, float]:
    return (kv[1], kv[0])


def _span(texts: list[str], marks: tuple) -> Span:
    return Span(text="".join(texts), underline=marks[0], superscript=marks[1], italic=marks[2],
                bold=marks[3])


def _span_attrs(s: Span) -> tuple[bool, bool, bool, bool]:
    return (s.underline, s.superscript, s.italic, s.bold)


def _underlined_ids(chars: list[dict], segments: list[Segment], size: float) -> set[int]:
    """Chars lying just above a stroke that covers them like an underline, not like a rule.

    The stroke must sit in the lower part of the chars' box or within 3pt below it, and the
    chars above it must cover it densely (a table rule under a header row spans long empty
    stretches between the column titles).
    """
    result: set[int] = set()
    for x0, x1, y in segments:
        if x1 - x0 < 3:  # dots of a dotted rule, not an underline
            continue
        above = [c for c in chars
                 if x0 - 0.5 <= (c["x0"] + c["x1"]) / 2 <= x1 + 0.5
                 and c["top"] + 0.6 * (c["bottom"] - c["top"]) <= y <= c["bottom"] + 3.0]
        if not above:
            continue
        above.sort(key=lambda c: c["x0"])
        covered, reach, max_gap = 0.0, x0, 0.0
        for c in above:
            start = max(c["x0"], reach)
            max_gap = max(max_gap, c["x0"] - reach)
            if c["x1"] > start:
                covered += c["x1"] - start
            reach = max(reach, c["x1"])
        max_gap = max(max_gap, x1 - reach)
        if covered >= 0.5 * (x1 - x0) and max_gap <= max(3 * size, 12):
            result.update(id(c) for c in above)
    return result


def pitch_ratio(line_groups: list[list[TextLine]], default: float = 1.2) -> float:
    """Typical baseline-to-baseline distance over font size for consecutive lines of a page.

    The lower quartile is taken, so that paragraph spacing does not count as line pitch.
    """
    ratios = []
    for lines in line_groups:
        for a, b in zip(lines, lines[1:]):
            if abs(a.size - b.size) > 0.1 * a.size:
                continue
            r = (b.base - a.base) / max(a.size, 1.0)
            if 0.8 <= r <= 2.5:
                ratios.append(r)
    if len(ratios) < 3:
        return default
    ratios.sort()
    return ratios[len(ratios) // 4]


def group_paragraphs(lines: list[TextLine], left: float, right: float, ratio: float,
                     wrap_spaces: bool = False) -> list[list[TextLine]]:
    """Split a region's lines (text between `left` and `right`) into paragraphs.

    A new paragraph starts at a bullet, at a clearly larger gap than the line pitch, when the
    previous line ended short (this line's first word would have fitted after it), at a change
    of font size or of all-bold text, and at an indent change that is neither a hanging indent
    nor a first-line indent. Centred lines are measured against the whole width. With
    `wrap_spaces` (the producer prints the space at each wrap), a line that ends without one
    ends its paragraph even when it is full.
    """
    groups: list[list[TextLine]] = []
    for ln in lines:
        if not groups or _starts_paragraph(groups[-1], ln, left, right, ratio, wrap_spaces):
            groups.append([ln])
        else:
            groups[-1].append(ln)
    return groups


def _starts_paragraph(group: list[TextLine], ln: TextLine, left: float, right: float,
                      ratio: float, wrap_spaces: bool) -> bool:
    prev = group[-1]
    size = max(ln.size, prev.size)
    if ln.starts_with_bullet() and not range_rest(prev.text, ln.text):
        return True
    if abs(ln.size - prev.size) > 0.15 * size:
        return True
    if (prev.bold_share == 1.0 and ln.bold_share == 0.0) or (
            prev.bold_share == 0.0 and ln.bold_share == 1.0):
        return True
    if ln.base - prev.base > ratio * size + max(1.5, 0.2 * size):
        return True
    if wrap_spaces and ends_unwrapped(prev.words, prev.size, right):
        return True
    room_needed = 0.25 * prev.size + ln.first_word_width + 1.0
    mid_prev, mid_ln = (prev.x0 + prev.x1) / 2, (ln.x0 + ln.x1) / 2
    centred = (abs(mid_prev - mid_ln) <= 2.5 and abs(prev.x0 - ln.x0) > 2.5
               and abs(mid_ln - (left + right) / 2) <= 4)
    if centred:
        return (prev.x1 - prev.x0) + room_needed < right - left
    if prev.x1 + room_needed < right:
        return True
    if ln.x0 > prev.x0 + 8:
        # a hanging indent continues a bulleted first line at its text's start
        first = group[0]
        return not (first.starts_with_bullet() and len(first.words) > 1
                    and abs(ln.x0 - first.words[1].x0) <= 4)
    if ln.x0 < prev.x0 - 8 and len(group) > 1:
        return True  # back to the left after indented continuation lines
    return False


def whole_words(lines: list[TextLine]) -> set[str]:
    """Words printed whole, folded to lower case without edge punctuation: those after the
    first word of a line of several words. A word broken at the column edge has its first
    piece alone on a line and its second piece first on the next, so neither is among them."""
    return {_bare(w.text) for ln in lines if len(ln.words) > 1 for w in ln.words[1:]}


def _bare(text: str) -> str:
    return text.strip(".,;:!?()«»\"'’").lower()


def to_paragraph(lines: list[TextLine], page: int | None, left: float | None = None,
                 right: float | None = None, whole: set[str] | frozenset = frozenset(),
                 exact: bool = True, reach: float = 0.0) -> Paragraph:
    """The model paragraph of grouped lines.

    Given the text area (`left`, `right`: a ruled cell's, or a borderless column's), a word
    too long for its column and broken without a hyphen ("Annuelleme" / "nt", or "À détermi" /
    "ner" where the producer breaks it in place) keeps its two pieces in one Line, so that the
    text reads the word (Paragraph.text joins lines with spaces). Where the page allows both a
    break and a wrap, the language decides (`lexicon.is_word`): the pieces are joined when
    together they make a word ("annuellement"), kept apart when the first is a word and the
    whole is not ("Chaque" / "trimest…"). When the list knows neither, a single word on its
    line is joined unless either piece is a word the document prints whole (`whole`; pieces of
    a number are joined all the same: "2016-20" / "18"); when
    the area is estimated from the text (`exact` false), the first piece must also end within
    a char of the widest line of its column (`reach`): a broken word fills its column. A line
    wrapped after a slash glued to a word ("Table/" / "Ressource") goes on without a space
    unless the producer printed one; a line opening on a comma goes on the line before (French
    opens no line on one: a narrow column wrapped it alone). Other line ends, hyphens included,
    are kept as printed.
    """
    out: list[Line] = []
    carry_on = 0
    for i, ln in enumerate(lines):
        model = ln.to_model(page)
        prev = lines[i - 1] if i else None
        area = prev is not None and left is not None and right is not None
        broken = area and _broken_word(prev, ln, left, right, exact)
        # a producer may break a word a little before the edge (a browser's break-word): then
        # only a piece that is no word, making one with the next, is read as broken
        near = area and not broken and _broken_word(prev, ln, left, right, exact, leeway=0.5 * prev.size)
        said, used = None, 0
        if broken or near:  # a word may be broken more than once ("Cale" / "ndrie" / "r"): the
            # pieces on the following one-word lines may complete it
            tails = [ln.words[0].text] + [x.words[0].text for x in _one_word_run(lines, i)]
            # the line before may end a word it was joined to: the language reads that word
            head = out[-1].text.split()[-1] if out and out[-1].text.split() else prev.words[-1].text
            said, used = _language_says(head, tails)
            if near:
                head = _last_part(prev.words[-1].text)
                joined = prev.words[-1].text + ln.words[0].text
                # a year range or a date cut inside its digits ("2016-20" / "18") is read whole
                number = bool(_WHOLE_NUMBER.fullmatch(joined.rstrip(".,;)")))
                broken, said = (True, True) if (said and not is_word(head)) or number else (False, None)
                used = (used or 1) if broken else 0
        if prev is not None and ln.text[:1] == ",":
            broken = True  # no line opens on a comma: one wrapped alone closes the word before
        elif _dash_between_digits(lines, i) or _dash_between_digits(lines, i - 1) or (
                prev is not None and range_rest(prev.text, ln.text)):
            broken = True  # a range broken around its dash ("2016" / "-" / "2017") reads whole
        elif carry_on:
            broken, carry_on = True, carry_on - 1  # the rest of a word the list read whole
        elif said is not None:
            broken = said
            carry_on = used - 1 if said else 0
        elif broken and len(prev.words) > 1:
            broken = False  # a break in mid-line only where the language says so
        elif broken and not exact and prev.x1 < reach - 0.6 * prev.size:
            broken = prev.text[-1:].isdigit() and ln.text[:1].isdigit()  # a number: never a wrap
        elif broken and ln.text[:1].isalpha() and {_bare(prev.words[0].text), _bare(ln.words[0].text)} & whole:
            broken = False
        if prev is not None and (broken or _slash_wrap(prev)):
            last = out[-1]
            for span in model.spans:
                if last.spans and _span_attrs(last.spans[-1]) == _span_attrs(span):
                    last.spans[-1] = Span(last.spans[-1].text + span.text, *_span_attrs(span))
                else:
                    last.spans.append(span)
            last.x1, last.bottom = max(last.x1 or 0.0, model.x1 or 0.0), model.bottom
        else:
            out.append(model)
    return Paragraph(lines=out, page=page)


def _dash_between_digits(lines: list[TextLine], i: int) -> bool:
    """lines[i] is a dash alone, after a line ending in a digit and before one opening on one."""
    return (0 < i < len(lines) - 1 and lines[i].text.strip() in BREAK_AFTER - {"/"}
            and lines[i - 1].text.rstrip()[-1:].isdigit() and lines[i + 1].text[:1].isdigit())


def range_rest(before: str, text: str) -> bool:
    """`text` is nothing but a dash and digits ("-2017", "-201") under a line ending in a digit
    (`before`): the rest of a range broken before its dash ("2016" / "-2017"), no list item."""
    return before.rstrip()[-1:].isdigit() and bool(_RANGE_REST.fullmatch(text.strip()))


def _slash_wrap(prev: TextLine) -> bool:
    text = prev.text
    return len(text) > 1 and text[-1] == "/" and text[-2].isalnum() and not prev.trailing_space


def _broken_word(prev: TextLine, ln: TextLine, left: float, right: float, exact: bool = True,
                 leeway: float = 0.0) -> bool:
    """`prev` ends on a word filling the line so that not even the next char would have
    fitted, `ln` goes on in lower case (a number in digits, or a comma or a stop), and the two
    pieces together are wider than the line: a word could have been broken there (or, when
    they are two words, wrapped: `_language_says`)."""
    if not prev.words or not ln.words or prev.text[-1:] in "-,;:!?)»" or (
            prev.text.endswith(".") and not prev.text[-2:-1].isdigit()):
        return False  # a word is never broken after a mark that ends one ("21.09." / "10" is a date)
    if prev.chars[-1]["text"].isspace():
        return False  # the producer printed the space it wrapped at (LibreOffice does)
    first = ln.words[0].chars[0]
    # "2008-201" / "0", "15/11" / "/2010"
    digits = prev.text[-1:].isdigit() and bool(re.match(r"/?\d", ln.text))
    # no line opens on a comma, nor on the plural or feminine mark of "intervenant(s)" (French
    # puts a space before ";", ":", so a line may open on them)
    goes_on = (ln.text[:1].islower() or digits or ln.text[:1] in ",.)"
               or bool(re.match(r"\((?:e|s|es|x|ne|nes)\)", ln.text)))
    slack = (0.5 if exact else 0.5 + 0.25 * prev.size) + leeway  # a borderless column's edge is estimated
    if prev.x1 + (first["x1"] - first["x0"]) < right - slack or not goes_on:
        return False
    last = prev.words[-1]
    return last.x1 - last.x0 + ln.first_word_width > right - left - slack


def _last_part(word: str) -> str:
    """Of a compound, the last word ("Halte-garderie", "travail/Ressource", "l'assemblée")."""
    return re.split(r"[-'’/]", word)[-1]


def _language_says(head: str, tails: list[str]) -> tuple[bool | None, int]:
    """Whether the pieces either side of a line end are one broken word (True) or two words
    (False), by the French word list, None when it cannot tell; and how many line starts the
    word takes. `tails` are the first word of the next line, then those of the one-word lines
    after it (a word broken again: "Cale" / "ndrie" / "r")."""
    if not head[-1:].isalpha() or not tails[0][:1].isalpha():
        return None, 0
    part = _last_part(head)
    tail = ""
    for used, piece in enumerate(tails, start=1):
        tail += re.split(r"[^\w'’-]", piece, maxsplit=1)[0]
        if is_word(head + tail) or (part != head and is_word(part + tail)):
            return True, used
        if not piece[-1:].isalpha():
            break
    if is_word(head) or is_word(part):
        return False, 1
    return None, 0


def _one_word_run(lines: list[TextLine], i: int) -> list[TextLine]:
    """The lines after lines[i] while lines[i] and they hold a single word (at most two)."""
    out: list[TextLine] = []
    while len(lines[i].words) == 1 and i + 1 < len(lines) and len(out) < 2:
        i += 1
        out.append(lines[i])
        if len(lines[i].words) != 1:
            break
    return out
