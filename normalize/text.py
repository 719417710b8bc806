"""Small text rules shared by the normalize steps: whitespace, line joins, folding."""

from __future__ import annotations

import re
import unicodedata

_WS = re.compile(r"\s+")
_SUPERSCRIPT_DIGITS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
_FOOTNOTE_CHARS = re.compile(f"[{_SUPERSCRIPT_DIGITS}]+")


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
        if out and re.search(r"\w-$", out):
            out += line
        elif out:
            out += " " + line
        else:
            out = line
    return out


def fold(text: str) -> str:
    """Lower case without accents, for matching header words however they are typed."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def strip_footnote_chars(text: str) -> str:
    """Remove Unicode superscript digits (¹ ² …) used as footnote markers."""
    return _FOOTNOTE_CHARS.sub("", text)
