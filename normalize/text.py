"""Small text rules shared by the normalize steps: whitespace, line joins, folding."""

from __future__ import annotations

import functools
import re
import unicodedata

from bilan.extract.lexicon import is_word
from bilan.extract.model import Line

_WS = re.compile(r"\s+")
_HYPHEN_END = re.compile(r"\w-$")
_SUPERSCRIPT_DIGITS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
_FOOTNOTE_CHARS = re.compile(f"[{_SUPERSCRIPT_DIGITS}]+")
_LETTERS = re.compile(r"[^\W\d_]+")
_LAST_LETTERS = re.compile(r"[^\W\d_]+$")


@functools.lru_cache(maxsize=16384)  # a cell's text is collapsed again at every stage that reads it
def collapse(text: str) -> str:
    """One space for every whitespace run (NBSP and narrow NBSP included), trimmed."""
    return _WS.sub(" ", text.replace("\u00a0", " ").replace("\u202f", " ")).strip()


def join_lines(lines: list[str]) -> str:
    """Join wrapped lines: a line that ends in a hyphen glued to a word or a digit goes on
    without a space ("(05-11-" + "07)", "travail-" + "famille"); other lines take one space."""
    out = ""
    for line in lines:
        line = collapse(line)
        if not line:
            continue
        if out and _HYPHEN_END.search(out, len(out) - 2):  # (out has no line end: its last two chars)
            out += line
        elif out:
            out += " " + line
        else:
            out = line
    return out


def broken_across(head: str, tail: str) -> bool:
    """`head` ends and `tail` opens (in lower case) on the two pieces of a word a page break
    cut in two ("À détermi" / "ner"): together they make a French word and are not both
    words themselves ("pour" / "suivre" is a wrap)."""
    end, start = last_letters(head), _LETTERS.match(tail)
    if end is None or start is None or not tail[:1].islower():
        return False
    a, b = end.group(), start.group()
    return is_word(a + b) and not (is_word(a) and is_word(b))


def last_letters(text: str) -> re.Match[str] | None:
    r"""The letters `text` ends on (`[^\W\d_]+$`: before a last line end too), found by walking
    back over them from the end (a search would try every letter of the text before them);
    a letter is what `[^\W\d_]` matches, an alphanumeric character that is no decimal digit."""
    end = len(text) - 1 if text.endswith("\n") else len(text)
    start = end
    while start and text[start - 1].isalnum() and not text[start - 1].isdecimal():
        start -= 1
    return _LAST_LETTERS.match(text, start) if start < end else None


def page_cut(before: list[Line], after: list[Line]) -> bool:
    """Lines `after` open a later page than lines `before` end on."""
    a = before[-1].page if before else None
    b = after[0].page if after else None
    return a is not None and b is not None and b > a


def join_cut(head: str, tail: str) -> str:
    """`tail` after `head` across a page break: glued where the break cut a word ("À détermi"
    / "ner") or came after a hyphen ("Domaine-du-" / "Roy"), else one space between."""
    if not head or not tail:
        return head or tail
    glued = broken_across(head, tail) or bool(_HYPHEN_END.search(head))
    return head + tail if glued else f"{head} {tail}"


def join_page_lines(lines: list[Line]) -> str:
    """`join_lines` of model lines, reading whole a word a page break cut in two."""
    out = ""
    for i, line in enumerate(lines):
        text = collapse(line.text)
        out = join_cut(out, text) if i and page_cut(lines[i - 1:i], [line]) else join_lines([out, text])
    return out


@functools.lru_cache(maxsize=8192)  # the same header and cell texts are folded again and again
def fold(text: str) -> str:
    """Lower case without accents, for matching header words however they are typed."""
    if text.isascii():
        return text.lower()  # nothing to decompose
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def strip_footnote_chars(text: str) -> str:
    """Remove Unicode superscript digits (¹ ² …) used as footnote markers."""
    return _FOOTNOTE_CHARS.sub("", text)
