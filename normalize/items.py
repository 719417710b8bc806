"""Split a follow-up cell into items and channels, and read each item's dates.

The rules are the contract's: a bullet starts an item, a line without one continues it unless
the cell has no bullets at all; a channel heading (underlined, or a short bare line followed by
bullets) is not an item but names the channel of the items under it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from operator import attrgetter

from bilan.extract.lexicon import bare, is_word
from bilan.extract.model import Document, Line, Paragraph, Span
from bilan.normalize.dates import DateExpr, find_dates
from bilan.normalize.text import collapse, join_page_lines

BULLETS = "-•–—✕✗✘▪■□●◦○►▸➢➤✓*·"
_BULLET = re.compile(rf"^\s*(?:([{re.escape(BULLETS)}])|(o)(?=\s))\s*")
_MARKER = re.compile(r"^\(?\s*(?:suite(?: et fin)?|à suivre|a suivre)\s*(?:\.\.\.|…)?\s*\)?\s*:?\s*",
                     re.IGNORECASE)
_TRAILING_PAREN = re.compile(r"\s*\(([^()]*)\)\s*[.;,]?\s*$")
_DATE_GLUE = re.compile(r"^(?:[\s,;/&.:-]|\bet\b|\bau\b|\bà\b|\ba\b|\bdu\b|\bde\b|\ble\b)*$",
                        re.IGNORECASE)
_FINAL_PUNCT = re.compile(r"[.!?;,]$")
_PRECISION_RANK = {"day": 0, "month": 1, "year": 2}


@dataclass
class Chunk:
    """A logical paragraph of a cell: one bullet's text, a heading, or a plain paragraph."""

    text: str
    marker: str | None = None
    underlined: bool = False
    page: int | None = None
    source: str = ""
    lines: list[Line] = field(default_factory=list, repr=False)


@dataclass
class Item:
    channel: str
    raw: str
    text: str
    dates: list[DateExpr] = field(default_factory=list)
    page: int | None = None
    lines: list[Line] = field(default_factory=list, repr=False)  # where it stands in the source

    @property
    def date_text(self) -> str:
        return "; ".join(d.text for d in self.dates)

    @property
    def date_start(self):  # noqa: ANN201 - a date or None
        return min((d.start for d in self.dates), default=None)

    @property
    def date_end(self):  # noqa: ANN201
        return max((d.end for d in self.dates), default=None)

    @property
    def precision(self) -> str:
        if not self.dates:
            return "none"
        return max((d.precision for d in self.dates), key=_PRECISION_RANK.__getitem__)


@dataclass
class Split:
    """What a follow-up cell yields: its items, and the pieces of text that are not items."""

    items: list[Item]
    headings: list[Chunk]
    markers: list[Chunk]
    text: str
    bullets: str = ""  # the bullet characters taken off the items, for the accounting


def join_splits(splits: list[Split]) -> Split:
    """The splits of an action's follow-up columns (one per year) as one, in column order."""
    if len(splits) == 1:
        return splits[0]
    return Split(items=[i for sp in splits for i in sp.items], headings=[h for sp in splits for h in sp.headings],
                 markers=[m for sp in splits for m in sp.markers], text=" ".join(sp.text for sp in splits if sp.text),
                 bullets="".join(sp.bullets for sp in splits))


def bullet_of(text: str) -> tuple[str | None, str]:
    """(bullet, rest) when the text starts with a bullet character, else (None, text)."""
    match = _BULLET.match(text)
    if not match or match.end() == len(text.rstrip()):
        return None, text
    return match.group(1) or match.group(2), text[match.end():]


def _underlined(lines: list[Line]) -> bool:
    return all_letters((s for ln in lines for s in ln.spans), attrgetter("underline"))


def all_letters(spans: Iterable[Span], marked: Callable[[Span], bool]) -> bool:
    """Some span holds letters, and each that does is `marked` (told at the first that is not:
    most text is neither underlined nor bold)."""
    letters = False
    for span in spans:
        if any(c.isalpha() for c in span.text):
            if not marked(span):
                return False
            letters = True
    return letters


def _chunk(lines: list[Line], page: int | None, list_item: bool = False) -> Chunk:
    source = join_page_lines(lines)
    marker, rest = bullet_of(source)
    if marker is None and list_item:
        marker = "list"
    page = lines[0].page if lines[0].page is not None else page
    return Chunk(text=collapse(rest), marker=marker, underlined=_underlined(lines),
                 page=page, source=source, lines=list(lines))


def chunks_of(paragraphs: list[Paragraph]) -> list[Chunk]:
    """Cut paragraphs into logical chunks: a PDF paragraph may hold several bulleted lines.

    A line starts a chunk at a bullet, and where underlining begins or ends: an underlined
    line is a heading of its own, not the tail of the item above it.
    """
    out: list[Chunk] = []
    for para in paragraphs:
        groups: list[list] = []
        for line in para.lines:
            text = line.text
            if not text.strip():
                continue
            if not groups or bullet_of(text)[0] or _underlined([line]) != _underlined(groups[-1][-1:]):
                groups.append([line])
            else:
                groups[-1].append(line)
        for n, lines in enumerate(groups):
            out.append(_chunk(lines, para.page, n == 0 and para.list_item))
    return out


def _ends_item(prev: Line, line: Line, names: frozenset[str] = frozenset()) -> bool:
    """In a cell without bullets, a paragraph that fills its last line is read with the next
    one as a single paragraph: a line then ends an item when the next line opens like one (a
    capitalised word, not an acronym) and either the line closes like one (a final mark, a
    closing parenthesis, a number) or the sentence could end there (no article, preposition
    or comma last) and the capitalised word is not a name: a common French word
    (`lexicon.is_word`) the document never capitalises inside a sentence (`names`, see
    `inner_capitals`)."""
    last, first = prev.text.rstrip(), line.text.lstrip()
    if not last or not first or not (first[:1].isupper() and first[1:2].islower()):
        return False
    if last[-1] in ".!?)" or last[-1].isdigit():
        return True
    word = first.split()[0]
    return (last[-1].isalpha() and not left_open(last) and bare(word) not in names
            and is_word(word))


def inner_capitals(doc: Document) -> frozenset[str]:
    """Words the document capitalises inside a sentence (after another word of the same line,
    not after a final mark), folded: proper names ("Fonds", "Table", "Saint-Sauveur"). A line
    that opens on any other capitalised word, after a line a sentence can end on, opens one."""
    out: set[str] = set()
    for par in doc.paragraphs():
        for line in par.lines:
            words = line.text.split()
            for before, word in zip(words, words[1:]):
                if word[:1].isupper() and word[1:2].islower() and before[-1:] not in ".!?:;•-–—":
                    out.add(bare(word))
    return frozenset(out)


def _split_plain(chunk: Chunk, names: frozenset[str] = frozenset()) -> list[Chunk]:
    """A bullet-less chunk cut where a line ends an item (`_ends_item`)."""
    if chunk.marker is not None or len(chunk.lines) < 2:
        return [chunk]
    groups = [[chunk.lines[0]]]
    for prev, line in zip(chunk.lines, chunk.lines[1:]):
        if _ends_item(prev, line, names):
            groups.append([line])
        else:
            groups[-1].append(line)
    return [chunk] if len(groups) == 1 else [_chunk(g, chunk.page) for g in groups]


def is_marker(text: str) -> bool:
    """A "(suite)" line at the head of a continued cell."""
    return bool(_MARKER.fullmatch(collapse(text)))


def _is_marker(chunk: Chunk) -> bool:
    return chunk.marker is None and is_marker(chunk.text)


def _looks_like_heading(chunk: Chunk, following: Chunk | None) -> bool:
    if chunk.marker is not None:
        return False
    if chunk.underlined:
        return True
    text = chunk.text
    return (following is not None and following.marker is not None
            and len(text) <= 60 and len(text.split()) <= 6
            and text[:1].isupper() and not _FINAL_PUNCT.search(text)
            and not find_dates(text))


def strip_dates_paren(raw: str, dates: list[DateExpr]) -> str:
    """Drop a trailing parenthesis that holds only dates, when no date stands elsewhere."""
    match = _TRAILING_PAREN.search(raw)
    if not match or not dates:
        return raw
    inside_from, inside_to = match.span(1)
    if any(d.pos[0] < inside_from or d.pos[1] > inside_to for d in dates):
        return raw
    rest = match.group(1)
    for d in sorted(dates, key=lambda d: d.pos[0], reverse=True):
        rest = rest[: d.pos[0] - inside_from] + rest[d.pos[1] - inside_from:]
    if not _DATE_GLUE.match(rest):
        return raw
    text = raw[: match.start()].rstrip()
    return text or raw


def make_item(channel: str, raw: str, page: int | None, lines: list[Line] | None = None) -> Item:
    raw = collapse(raw)
    dates = find_dates(raw)
    return Item(channel=channel, raw=raw, text=strip_dates_paren(raw, dates), dates=dates, page=page,
                lines=lines or [])


# Words a sentence does not end on: articles, prepositions, conjunctions.
RUNS_ON = frozenset("""a à au aux avec dans de des du en entre et l la le les leur leurs ou
    par pour sa sans ses son sur un une vers d qu que qui""".split())


def left_open(text: str) -> bool:
    """Text cut in mid-sentence: a parenthesis left open, or a last word or mark (comma,
    colon, hyphen, article, preposition) that a sentence cannot end on."""
    if text.count("(") > text.count(")") or text[-1:] in ",;:-/'’(":
        return True
    words = text.lower().split()
    return bool(words) and words[-1] in RUNS_ON


def _runs_on(chunk: Chunk, nxt: Chunk, right: float | None) -> bool:
    """`nxt` opens the next page and goes on `chunk`, cut by the page break: it opens no
    paragraph of its own (no bullet, heading or "(suite)") and the text runs on: it opens in
    lower case or with a parenthesis, `chunk` was left open (a parenthesis, a comma, an article
    or a preposition last), or `chunk`'s last line was full (reaches `right`, the cell's
    widest line, within a tenth of the lines' width)."""
    if not chunk.lines or not nxt.lines or nxt.marker is not None or nxt.underlined or _is_marker(nxt):
        return False
    before, after = chunk.lines[-1].page, nxt.lines[0].page
    if before is None or after is None or after <= before or not nxt.text:
        return False
    if nxt.text[0].islower() or nxt.text[0] in "(),;:" or left_open(chunk.text):
        return True
    end = chunk.lines[-1].x1
    left = min((ln.x0 for ln in chunk.lines if ln.x0 is not None), default=None)
    return end is not None and right is not None and left is not None and end >= right - 0.1 * (right - left)


def _join_page_cuts(chunks: list[Chunk]) -> list[Chunk]:
    """Chunks of a cell with the pieces a page break cut apart put back together."""
    right = max((ln.x1 for c in chunks for ln in c.lines if ln.x1 is not None), default=None)
    out: list[Chunk] = []
    for chunk in chunks:
        if out and _runs_on(out[-1], chunk, right):
            prev = out.pop()
            out.append(_chunk(prev.lines + chunk.lines, prev.page, prev.marker == "list"))
        else:
            out.append(chunk)
    return out


def split_followup(paragraphs: list[Paragraph], names: frozenset[str] = frozenset()) -> Split:
    """Items of a follow-up cell (the paragraphs of a row and of its continuations, in order);
    `names` are the document's `inner_capitals`."""
    chunks = _join_page_cuts(chunks_of(paragraphs))
    markers = [c for c in chunks if _is_marker(c)]
    chunks = [c for c in chunks if not _is_marker(c)]
    headings: list[Chunk] = []
    flags = []
    for i, chunk in enumerate(chunks):
        following = chunks[i + 1] if i + 1 < len(chunks) else None
        flags.append(_looks_like_heading(chunk, following))
    has_bullets = any(c.marker for c, h in zip(chunks, flags) if not h)
    if not has_bullets:  # each paragraph is an item: find those a full line hid
        cut = [(part, h) for c, h in zip(chunks, flags) for part in ([c] if h else _split_plain(c, names))]
        chunks, flags = [c for c, _ in cut], [h for _, h in cut]

    items: list[tuple[str, list[str], int | None, list[Line]]] = []
    channel = ""
    after_heading = False
    for chunk, heading in zip(chunks, flags):
        if heading:
            headings.append(chunk)
            channel = chunk.text.rstrip(" :")
            after_heading = True
            continue
        if chunk.marker or not has_bullets or after_heading or not items:
            items.append((channel, [chunk.text], chunk.page, list(chunk.lines)))
        else:
            items[-1][1].append(chunk.text)
            items[-1][3].extend(chunk.lines)
        after_heading = False
    text = collapse(" ".join(c.source for c in chunks))
    return Split(items=[make_item(ch, " ".join(parts), page, lines) for ch, parts, page, lines in items],
                 headings=headings, markers=markers, text=text,
                 bullets="".join(c.marker for c in chunks if c.marker and c.marker != "list"))
