"""The other table shapes of real bilans, each told by a rule stated here.

- A **status column** is told by its cells, not its header: most of its filled cells are
  status words ("Réalisé", "En cours", "Non débuté", "Reporté", "Abandonné", any gender and
  number) or percentages, in short cells that are not dated lists. A percentage decides over
  the words: "Réalisé à 75 %" is `en_cours`, progress 75.
- A **title row** is no action: a row whose one cell spans the table (the other slots merged),
  or whose text stands alone in its first cell and opens on a label ("Objectif 2 :",
  "Axe 1 -"), or runs in bold over its first cells alone (a borderless table). "Axe", "Orientation", "Enjeu", "Volet" set the section; anything
  else ("Objectif …", or no label) the objective. The label is removed. A label word with no
  number nor mark after it is one only before a capital ("Objectif Favoriser …"; "Objectif
  diffusion" is a phrase).
- The plan's **number** of an action: a number column ("No", "N°", "#", "Réf."), or a plan
  number opening the action cell ("1.2", "1.2.3", "A-3", "3)", "a)"), removed from the action.
- **Several follow-up columns** (one per year): every column that names a follow-up, in order;
  each item's `period` is its column's header.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bilan.normalize.text import collapse, fold

if TYPE_CHECKING:
    from bilan.normalize.records import ActionRow

STATES = ("realise", "en_cours", "non_debute", "reporte", "abandonne")
STATE_LABELS = {"realise": "réalisé", "en_cours": "en cours", "non_debute": "non débuté", "reporte": "reporté",
                "abandonne": "abandonné", "unparsed": "non reconnu"}


def state_counts(states: list[str]) -> str:
    """"réalisé 3, en cours 2" for the states of some actions, in the order of STATES; empty
    when none has a state."""
    counts = {s: states.count(s) for s in (*STATES, "unparsed")}
    return ", ".join(f"{STATE_LABELS[s]} {n}" for s, n in counts.items() if n)

_G = r"(?:e|s|es|x|ee|ees)?"  # gender and number endings, folded
# Tried in this order: "non réalisé" before "réalisé", "partiellement réalisé" before both.
_STATE_WORDS: list[tuple[str, re.Pattern[str]]] = [
    ("non_debute", re.compile(
        rf"\b(?:non|pas)\s+(?:encore\s+)?(?:realise{_G}|debute{_G}|amorce{_G}|commence{_G}|entame{_G}|atteint{_G})"
        r"|\ba venir\b|\ba faire\b|\ba (?:debuter|amorcer|commencer)\b")),
    ("en_cours", re.compile(
        rf"\ben cours\b|\bamorce{_G}\b|\bentame{_G}\b|\ben continu\b|\bpartiellement\b|\ben voie de\b"
        rf"|\ben progression\b|\bdebute{_G}\b|\bcommence{_G}\b|\bcontinu{_G}\b|\ben marche\b")),
    ("reporte", re.compile(rf"\breporte{_G}\b|\bremis{_G}\b|\bdiffere{_G}\b|\bsuspendu{_G}\b|\ben suspens\b")),
    ("abandonne", re.compile(rf"\babandonne{_G}\b|\bannule{_G}\b|\bretire{_G}\b")),
    ("realise", re.compile(rf"\brealise{_G}\b|\bcomplete{_G}\b|\btermine{_G}\b|\bfait{_G}\b|\batteint{_G}\b"
                           rf"|\bacheve{_G}\b|\baccompli{_G}\b")),
]
_PERCENT = re.compile(r"(?<![\d,.])(\d{1,3})(?:[,.]\d+)?\s*%")
_DATE_LIKE = re.compile(r"\d{1,2}/\d{1,2}|\b(?:19|20)\d\d\b")


@dataclass(frozen=True)
class State:
    """A status cell read: `state` one of STATES, "unparsed", or "" for an empty cell."""

    text: str
    state: str
    progress: int | None


def read_state(text: str) -> State:
    text = collapse(text)
    if not text:
        return State("", "", None)
    folded = fold(text)
    pct = _PERCENT.search(folded)
    if pct is not None and int(pct.group(1)) <= 100:
        value = int(pct.group(1))
        state = "realise" if value == 100 else "non_debute" if value == 0 else "en_cours"
        return State(text, state, value)
    for state, pattern in _STATE_WORDS:
        if pattern.search(folded):
            return State(text, state, None)
    return State(text, "unparsed", None)


def is_state_column(texts: list[str]) -> bool:
    """Most filled cells (and at least two) are status words or percentages, in short cells
    that are not dated lists: a status column, whatever its header says."""
    filled = [collapse(t) for t in texts if collapse(t)]
    if len(filled) < 2:
        return False
    states = sum(1 for t in filled if _short(t) and read_state(t).state != "unparsed")  # the cheap test first
    return states * 10 >= len(filled) * 6


def _short(text: str) -> bool:
    return len(text.split()) <= 8 and not _DATE_LIKE.search(text.replace("%", ""))


# ------------------------------------------------------------------ numbers

_NUMBER_HEADER = re.compile(r"^(?:n[o°º]s?\.?|#|nos?|num(?:eros?|\.)?|refs?\.?|references?|n[o°º]\s*(?:de\s+)?"
                            r"(?:l.)?action)$")
_PLAN_NUMBER = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2}){1,3}\.?|\d{1,2}[.)]|[A-Za-z][-.]\d{1,2}(?:\.\d{1,2})*|"
                          r"[a-z]\))(?=\s)")
_NUMBER_CELL = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|[A-Za-z][-.]?\d{1,2}(?:\.\d{1,2})*|[a-z]\)?|"
                          r"\d{1,2}\))$")


def is_number_header(text: str) -> bool:
    return bool(_NUMBER_HEADER.match(fold(collapse(text))))


def is_number_column(texts: list[str]) -> bool:
    """Every filled cell (at least two) is a plan number: "1.1", "2", "A-3", "b)"; or three
    in four of them (at least four), the others short as numbers are (a scan's "NH" for
    "1.2"), none a word of text."""
    filled = [collapse(t) for t in texts if collapse(t)]
    if len(filled) < 2:
        return False
    numbers = sum(1 for t in filled if _NUMBER_CELL.match(t))
    return numbers == len(filled) or (len(filled) >= 4 and numbers * 4 >= len(filled) * 3
                                      and all(len(t) <= 4 for t in filled))


def split_number(action: str) -> tuple[str, str, str]:
    """The plan number opening an action cell, the action without it, and the marks between
    them that were dropped ("3.2 - Tenue d'un forum" → "3.2", "Tenue d'un forum", "-"); ("",
    action, "") when it opens on none. A bare count ("4 rencontres") is no plan number: a
    number needs a dot, a parenthesis or a letter."""
    m = _PLAN_NUMBER.match(action)
    if m is None:
        return "", action, ""
    after = action[m.end():]
    rest = after.lstrip(" -–—:")
    if not rest:
        return "", action, ""
    return m.group(), rest, after[:len(after) - len(rest)].strip()


def points_lost(actions: list[ActionRow]) -> None:
    """Plan numbers whose point a scan lost, set right in place: in a document whose actions
    are numbered N.M, an action opening on two digits and a capitalised word ("23 Production
    d'un bottin"), or whose number cell reads two digits, is N.M ("2.3") when that number
    follows the one before it (N.M-1, or the first of the next section, N.1 after (N-1).x).
    A count opening an action ("12 ateliers", "10 Fêtes" after 1.1) fits no such sequence."""
    if sum(1 for a in actions if _POINTED.match(a.action_no)) < 2:
        return
    before: tuple[int, int] | None = None
    for a in actions:
        m = _POINTED.match(a.action_no)
        if m is not None:
            before = int(m.group(1)), int(m.group(2))
            continue
        run = _RUN_TOGETHER.match(a.action) if not a.action_no else None
        digits = run.group(1) if run is not None else a.action_no
        if before is None or not re.fullmatch(r"\d\d", digits):
            before = None if a.action_no else before
            continue
        n, k = int(digits[0]), int(digits[1])
        if (n, k) == (before[0], before[1] + 1) or (n, k) == (before[0] + 1, 1):
            a.action_no = f"{n}.{k}"
            if run is not None:
                a.action = a.action[run.end():]
            before = n, k


_POINTED = re.compile(r"^(\d)\.(\d)\.?$")
_RUN_TOGETHER = re.compile(r"^(\d\d)\s+(?=[A-ZÀ-Ý])")


def number_text(text: str) -> str:
    """A number cell as data, as written but for the space a wrap put after a dot or a dash
    of a narrow column ("1." / "1" is "1.1")."""
    return re.sub(r"(?<=\d[.\-–])\s+(?=\d)", "", collapse(text))


# ------------------------------------------------------------------ title rows

_LABEL = re.compile(
    r"^(?P<word>objectifs?(?:\s+(?:general|specifique)s?)?|axes?|orientations?|enjeux?|volets?|priorites?"
    r"|buts?|chantiers?|themes?|strategies?)"
    r"(?:\s+(?:no\s*)?[\dIVXivx]+(?:\.\d+)*|\s+[A-Z])?\s*(?:[:;.\-–—)]\s*|\s+(?=\S))", re.IGNORECASE)
# (a semicolon after the label is its colon, mistyped or misread by OCR: "Axe 1 ; Agir sur …")
_SECTION_WORDS = ("axe", "orientation", "enjeu", "volet", "chantier", "theme", "strategie", "priorite")


@dataclass(frozen=True)
class Title:
    kind: str  # "objective" or "section"
    text: str  # without its label


def title_of(text: str, labelled_only: bool = False) -> Title | None:
    """What a title row's text sets: an objective or a section, its label removed."""
    text = collapse(text)
    if not text:
        return None
    m = _LABEL.match(fold(text))
    if m is not None and m.group().strip() == m.group("word") and text[m.end():m.end() + 1].islower():
        m = None  # a bare word then small letters: a phrase ("Objectif diffusion"), no label
    if m is None:
        return None if labelled_only else Title("objective", text)
    word = m.group("word").lower()
    rest = collapse(text[m.end():]) or text
    kind = "section" if word.startswith(_SECTION_WORDS) else "objective"
    return Title(kind, rest)


def title_row(texts: list[str], merged: list[bool], bold: list[bool]) -> Title | None:
    """A row that is a title across the table, not an action (see the module's rule).

    `texts`, `merged`, `bold`: per grid slot, its text, whether a neighbour covers it, and
    whether all its text is bold. The filled slots must be the first ones, and not all."""
    filled = [i for i, t in enumerate(texts) if t]
    if len(texts) < 3 or not filled or filled != list(range(len(filled))) or len(filled) == len(texts):
        return None
    joined = collapse(" ".join(texts[i] for i in filled))
    if len(filled) == 1 and all(merged[1:]):
        return title_of(joined)  # one cell across the table
    if len(filled) > 1:  # bold text across the columns of a borderless table
        return title_of(joined) if all(bold[i] for i in filled) else None
    return title_of(joined, labelled_only=True)
