"""A scanned word's first letter, capital or small, told by its height in the page image.

"c", "o", "s", "v", "w", "x" and "z" have the shape of their capitals, only smaller, and
Tesseract's reading of their case follows its language model as much as the page: it reads
"S'approprier" opening a cell as "s'approprier", "les services" as "les Services". The page
says which it is: a small letter stands as high as the word's small letters (the x-height),
a capital about a third higher (the cap height is 1.3 to 1.45 times the x-height in the fonts
bilans use). The word's own letters give its x-height and baseline (the lowest top and the
highest foot of its other letters: no small letter stands lower than the x-height, none ends
above the baseline; accents, dots and ascenders a blur ran into them only raise a top), so
the measure holds at any size and resolution.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

__all__ = ["CAPITAL", "SMALL", "X_HEIGHT_LETTERS", "case_by_height", "first_letter_height"]

_SAME_SHAPE = "cosvwxz"  # small letters shaped as their capitals
_WIDE_TOPS = "cosz"  # ... whose top is a curve or a bar
X_HEIGHT_LETTERS = frozenset("acemnorsuvwxz")  # small letters that stand no higher than the x-height
_ASCENDING = set("bdfhklt")  # small letters that rise above it
_DESCENDING = set("gjpqy")  # ... and that go below the baseline
CAPITAL = 1.2  # first letter's height over the x-height from which it is a capital
SMALL = 1.1  # ... up to which it is a small letter (between the two, the reading stays)
_MIN_X_HEIGHT = 6  # pixels: below this the measure is too coarse to say anything
_STROKE = 0.15  # a stroke's width over the x-height, about (a speck's stalk is thinner)
_BROKEN = 0.85  # a first letter measured shorter than this (over the x-height) is a piece of one


def case_by_height(words: list[Any], ink: Any) -> list[Any]:
    """`words` (with text and a pixel box: left, top, right, bottom) with the case of each
    first letter of _SAME_SHAPE set by its height in `ink` (ink 255 on 0), where the word's
    other letters are read in small letters, two of them at least standing at the x-height,
    and no more than a third of them rising above it, or a third going below the baseline
    (the word's ink then shows its x-height: see `first_letter_height`); and a "j" so read
    whose ink is a capital "J" (`_capital_j`), and a "J" so read whose ink is a small one
    (`_small_j`)."""
    out = []
    for w in words:
        text = w.text
        if text[:1].lower() in _SAME_SHAPE and _small_rest(text):
            ratio = first_letter_height(ink[w.top:w.bottom + 1, w.left:w.right + 1],
                                        wide_top=text[0].lower() in _WIDE_TOPS)
            if ratio is not None and ratio >= CAPITAL and text[0].islower():
                w = replace(w, text=text[0].upper() + text[1:])
            elif ratio is not None and ratio <= SMALL and text[0].isupper():
                w = replace(w, text=text[0].lower() + text[1:])
        elif text[0] == "j" and _small_rest(text) and _capital_j(ink[w.top:w.bottom + 1, w.left:w.right + 1]):
            w = replace(w, text="J" + text[1:])
        elif text[0] == "J" and _small_rest(text) and _small_j(ink[w.top:w.bottom + 1, w.left:w.right + 1]):
            w = replace(w, text="j" + text[1:])
        out.append(w)
    return out


def _small_rest(text: str) -> bool:
    """The word's letters after its first in small letters, its x-height shown as for
    `case_by_height`."""
    rest = [ch for ch in text[1:] if ch.isalpha()]
    return (len(text) >= 3 and not any(ch.isupper() for ch in rest)
            and sum(ch in X_HEIGHT_LETTERS for ch in rest) >= 2
            and 3 * sum(ch in _ASCENDING for ch in rest) <= len(rest)
            and 3 * sum(ch in _DESCENDING for ch in rest) <= len(rest))


def _capital_j(crop: Any) -> bool:
    """A first letter read "j" that is a capital "J": its ink, one stroke, rises to the cap
    height (CAPITAL times the x-height or more), no dot stands over it, and above the x-height
    it is as wide as its stem below, a stroke no wider than a third of the x-height (a small
    "j"'s stem stops at the x-height under its dot, apart or, blurred, joined by a neck;
    "Journées" read "journées")."""
    import cv2
    import numpy as np

    measured = _letters(crop)
    if measured is None:
        return False
    labels, stats, first, base, x_height = measured
    top = stats[first, cv2.CC_STAT_TOP]
    if top == 0 or (base - top) / x_height < CAPITAL:
        return False  # (ink from the word's top edge may come down from the line above)
    if _marks_over(stats, first):
        return False  # a dot over it
    left = stats[first, cv2.CC_STAT_LEFT]
    right = left + stats[first, cv2.CC_STAT_WIDTH]
    widths = (labels[:, left:right] == first).sum(axis=1)
    line = base - x_height
    # (below the stroke's tip, which a tilt or a serif thins; a neck lies over the x-height)
    upper, stem = widths[top + (line - top) // 3:line + 1], widths[line + x_height // 4:base - x_height // 4]
    # (a stroke: a blob wider than a third of the x-height is letters a blur ran together)
    return bool(upper.size and stem.size) and upper.min() >= 0.6 * np.median(stem) \
        and np.median(stem) <= 0.35 * x_height


def _small_j(crop: Any) -> bool:
    """A first letter read "J" that is a small "j" ("mis à Jour"): its stem goes below the
    baseline (by a quarter of the x-height or more: a capital "J" stands on it) and a dot
    stands over it, apart, above the x-height."""
    import cv2

    measured = _letters(crop)
    if measured is None:
        return False
    _, stats, first, base, x_height = measured
    top = stats[first, cv2.CC_STAT_TOP]
    bottom = top + stats[first, cv2.CC_STAT_HEIGHT]
    if bottom - base < 0.25 * x_height or base - top > CAPITAL * x_height:
        return False  # standing on the baseline, or rising to the cap height: a capital
    return any(stats[k, cv2.CC_STAT_TOP] < base - x_height for k in _marks_over(stats, first))


def _marks_over(stats: Any, first: int) -> list[int]:
    """The components standing over the first letter, apart from it (a dot, an accent): their
    middle within its columns, their foot above its top."""
    import cv2

    left = stats[first, cv2.CC_STAT_LEFT]
    right = left + stats[first, cv2.CC_STAT_WIDTH]
    top = stats[first, cv2.CC_STAT_TOP]
    return [k for k in range(1, len(stats)) if k != first
            and left <= stats[k, cv2.CC_STAT_LEFT] + stats[k, cv2.CC_STAT_WIDTH] / 2 <= right
            and stats[k, cv2.CC_STAT_TOP] + stats[k, cv2.CC_STAT_HEIGHT] <= top]


def _letters(crop: Any) -> tuple | None:
    """A word's letters as connected components: (labels, stats, the first letter's label, the
    baseline's row, the x-height), or None where the ink does not tell them (see
    `first_letter_height`)."""
    import cv2
    import numpy as np

    if crop.size == 0 or crop.shape[0] < 2 * _MIN_X_HEIGHT:
        return None
    count, labels, stats, _ = cv2.connectedComponentsWithStats(np.ascontiguousarray(crop), connectivity=8)
    height = crop.shape[0]
    # letters and their stems; not accents, dots, apostrophes or specks
    big = [k for k in range(1, count) if stats[k, cv2.CC_STAT_HEIGHT] >= 0.3 * height]
    if len(big) < 3:
        return None
    big.sort(key=lambda k: stats[k, cv2.CC_STAT_LEFT])
    first = big[0]
    left = stats[first, cv2.CC_STAT_LEFT]
    rest = [k for k in big[1:] if stats[k, cv2.CC_STAT_LEFT] > left + stats[k, cv2.CC_STAT_WIDTH] // 2]
    if len(rest) < 2:
        return None
    middle = sorted(int(stats[k, cv2.CC_STAT_HEIGHT]) for k in rest)[len(rest) // 2]
    rest = [k for k in rest if stats[k, cv2.CC_STAT_HEIGHT] >= 0.6 * middle]  # not a comma
    # no letter stands lower than the x-height nor ends higher than the baseline (accents and
    # dots a blur ran into their letters only raise its top, descenders only lower its foot)
    tops = sorted((int(stats[k, cv2.CC_STAT_TOP]) for k in rest), reverse=True)
    base = min(int(stats[k, cv2.CC_STAT_TOP] + stats[k, cv2.CC_STAT_HEIGHT]) for k in rest)
    if len(tops) < 2 or base - tops[0] < _MIN_X_HEIGHT:
        return None  # too small to tell
    x_height = base - tops[0]
    word_top = min(int(stats[k, cv2.CC_STAT_TOP]) for k in range(1, count))
    if tops[0] - tops[1] > 0.1 * x_height or x_height > 0.85 * (base - word_top):
        # no two letters agree on the x-height, or none stands lower than the word's top (its
        # small letters all run into dots, accents or ascenders): the ink does not tell
        return None
    return labels, stats, first, base, x_height


def first_letter_height(crop: Any, wide_top: bool = False) -> float | None:
    """The height of a word's first letter over its x-height, both from its baseline; None
    when the word's ink does not tell: too small, too few letters apart, no two letters
    standing at the x-height, or none standing lower than the word's top, or the first
    letter broken (shorter than _BROKEN of the x-height). `wide_top`: the letter's top is a
    curve or a bar ("c", "o", "s", "z"), as wide as a stroke at least: a speck glued on it, a
    stalk thinner than that, is no part of it (the arms of a "v", "w", "x" end thinner)."""
    import cv2
    import numpy as np

    measured = _letters(crop)
    if measured is None:
        return None
    labels, stats, first, base, x_height = measured
    height = crop.shape[0]
    left = stats[first, cv2.CC_STAT_LEFT]
    # the letter starts at the first column of its ink standing 0.4 x-height tall or more: a
    # dash glued before it ("-Consultation", an item's bullet run into the "C") is no letter
    mine = labels == first
    rows = np.arange(height)[:, None]
    extent = np.where(mine, rows, -1).max(axis=0) - np.where(mine, rows, height).min(axis=0)
    tall = np.flatnonzero(extent >= 0.4 * x_height)  # (a column without its ink: negative)
    if not tall.size or tall[0] > 0.5 * x_height + left:
        return None  # something stands before the letter
    left = int(tall[0])
    # the first letter's top over its first columns only, where it may touch the letter after
    # it: a round letter's top is at its middle, about a third of the x-height in (a capital
    # "C" is about as wide as the x-height, a small "c" four fifths of it)
    # (over a wide top, the first row whose ink there is as wide as a stroke, 0.15 of the
    # x-height)
    span = mine[:, left:left + max(1, int(0.7 * x_height))]
    inked = np.flatnonzero(span.sum(axis=1) >= max(2.0, _STROKE * x_height) if wide_top else span.any(axis=1))
    if not inked.size:
        return None
    ratio = (base - int(inked[0])) / x_height
    # shorter than the x-height, by more than the measure errs: a piece of the letter (a thin
    # copy broke its "S" in two), which tells nothing of its height
    return ratio if ratio >= _BROKEN else None
