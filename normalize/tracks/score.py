"""How alike two actions of a Table's yearly bilans are: the action text first, the other
fields only as supporting evidence.

The action text is reduced to its content words: folded (case and accents), abbreviations and
their spelled-out forms made one word (CRÉ = conférence régionale des élus), small words and generic verbs of action
("réalisation", "mise à jour", "organisation", …) dropped, plurals cut. Words are paired with
RapidFuzz so that typos still pair. Two texts are one action reworded when the words of one
are found in the other (words added or dropped on one side only); when both sides keep words
the other lacks, or their first content words (the object: "guide" vs "articles") differ,
they are two actions on the same theme, and the score drops.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from bilan.normalize.text import collapse, fold
from bilan.normalize.tracks.abbreviations import BUILT_IN, Abbreviations, spell_out
from bilan.normalize.tracks.typos import respell

SMALL_WORDS = frozenset("""
a au aux avec ce ces cet cette d dans de des du en et l la le les leur leurs par pour sur un une
ou son sa ses nos notre vos votre qui que dont y s se aupres entre vers chez afin lors durant
pendant selon sous sans chaque tout tous toute toutes
""".split())

# Nouns and verbs that say what is done, not on what: a rewording changes them freely.
GENERIC_WORDS = frozenset("""
realisation realiser mise mettre jour place oeuvre elaboration elaborer production produire
organisation organiser tenue tenir creation creer poursuite poursuivre soutien soutenir
developpement developper preparation preparer redaction rediger actualisation actualiser
maintien maintenir participation participer diffusion diffuser implantation implanter
conception concevoir reconduction reconduire renouvellement nouveau nouvelle nouvel continuer
ouverture ouvrir lancement lancer consolidation consolider bonification bonifier amelioration ameliorer
appui appuyer accompagnement accompagner collaboration collaborer
intervention intervenir demarche initiative activite action projet
""".split())

TYPO_RATIO = 84  # RapidFuzz ratio at or above which two words of 5+ letters are one word typed twice
_WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class Words:
    """An action text reduced for comparison."""

    folded: str
    content: tuple[str, ...]
    tokens: tuple[str, ...] = ()

    @property
    def head(self) -> str:
        return self.content[0] if self.content else ""


@lru_cache(maxsize=8192)
def _tokens(text: str) -> tuple[str, ...]:
    folded = fold(collapse(text)).replace("'", " ").replace("\u2019", " ")
    return tuple(re.findall(r"[a-z0-9.]+", folded))


@lru_cache(maxsize=8192)
def _reduced(tokens: tuple[str, ...], abbreviations: Abbreviations = BUILT_IN) -> Words:
    spelled = tuple(_WORD.findall(spell_out(" ".join(tokens), abbreviations)))
    content = tuple(_stem(t) for t in spelled if t not in SMALL_WORDS and t not in GENERIC_WORDS)
    return Words(folded=" ".join(spelled), content=content, tokens=tokens)


def words(text: str, abbreviations: Abbreviations = BUILT_IN) -> Words:
    return _reduced(_tokens(text), abbreviations)


def respelled(old: str, new: str, abbreviations: Abbreviations = BUILT_IN) -> tuple[Words, Words]:
    """The two texts with each word one edit from a word of the other spelled as there."""
    ta, tb = _tokens(old), _tokens(new)
    ra = respell(ta, tb, GENERIC_WORDS)
    rb = respell(tb, ra, GENERIC_WORDS)
    return _reduced(ra, abbreviations), _reduced(rb, abbreviations)


def _stem(token: str) -> str:
    if len(token) > 3 and token[-1] in "sx" and not token.endswith("ss"):
        return token[:-1]
    return token


def _same_word(a: str, b: str) -> float:
    """1 for one word, a RapidFuzz ratio for a typo of a long word, else 0."""
    if a == b:
        return 1.0
    if min(len(a), len(b)) < 5 or a.isdigit() or b.isdigit():
        return 0.0
    from rapidfuzz.fuzz import ratio
    score = ratio(a, b)
    return score / 100 if score >= TYPO_RATIO else 0.0


def _coverage(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    """Share of the words of `a` found in `b` (typos counted by their ratio)."""
    if not a:
        return 1.0 if not b else 0.0
    return sum(max((_same_word(x, y) for y in b), default=0.0) for x in a) / len(a)


@dataclass
class Score:
    """The text score, the supporting fields, and the combined score a link is judged on."""

    text: float
    cover_old: float  # share of the earlier action's words found in the later one
    cover_new: float
    ratio: float  # RapidFuzz token_sort_ratio of the whole folded texts, 0 to 1
    same_head: bool
    support: dict[str, float] = field(default_factory=dict)  # field → 0 to 1
    bonus: float = 0.0  # what the supporting fields add
    total: float = 0.0


# Supporting evidence: how much each field adds at most, and only above SUPPORT_FLOOR.
SUPPORT_WEIGHTS = {"objective": 0.05, "responsible": 0.04, "section": 0.02, "deadline": 0.02}
SUPPORT_FLOOR = 0.55  # a text less alike than this gets no help from the other fields
LINK_THRESHOLD = 0.72  # combined score from which two actions are one
HEAD_PENALTY = 0.7  # factor when each text's first content word is missing from the other (another object)
CROSS_PENALTY = 2.0  # weight of the words missing on both sides (a substitution)


def same_text(old: str, new: str) -> bool:
    """The same action text once folded (case, accents and spaces only)."""
    return fold(collapse(old)) == fold(collapse(new))


def text_score(old: str, new: str, abbreviations: Abbreviations = BUILT_IN) -> Score:
    """How alike two action texts are, 0 to 1; 1 only for the same text folded."""
    from rapidfuzz.fuzz import token_sort_ratio

    if same_text(old, new):
        return Score(1.0, 1.0, 1.0, 1.0, True)
    a, b = respelled(old, new, abbreviations)
    # the whole text, as typed: small words and typos cost a little
    ratio = token_sort_ratio(words(old, abbreviations).folded, words(new, abbreviations).folded) / 100
    cover_old, cover_new = _coverage(a.content, b.content), _coverage(b.content, a.content)
    lost, added = 1 - cover_old, 1 - cover_new
    # words only added (or only dropped) are a rewording; words missing on both sides are
    # another action sharing the theme
    text = 1 - 0.5 * max(lost, added) - CROSS_PENALTY * min(lost, added)
    text = 0.8 * text + 0.2 * ratio
    # another object: the first content word of each text is missing from the other
    same_head = bool(a.head and b.head) and (any(_same_word(a.head, w) for w in b.content)
                                              or any(_same_word(b.head, w) for w in a.content))
    if not same_head:
        text *= HEAD_PENALTY
    return Score(round(min(max(text, 0.0), 0.999), 3), cover_old, cover_new, ratio, same_head)


def _field_score(a: str, b: str) -> float:
    from rapidfuzz.fuzz import token_set_ratio

    wa, wb = words(a), words(b)
    if not wa.folded or not wb.folded:
        return 0.0
    if wa.folded == wb.folded:
        return 1.0
    return token_set_ratio(" ".join(wa.content) or wa.folded, " ".join(wb.content) or wb.folded) / 100


def _deadline_score(old, new) -> float:  # noqa: ANN001 - ActionRow
    if not old.deadline_text or not new.deadline_text:
        return 0.0
    if fold(collapse(old.deadline_text)) == fold(collapse(new.deadline_text)):
        return 1.0
    return 0.5 if old.deadline_kind == new.deadline_kind else 0.0


def score(old, new, abbreviations: Abbreviations = BUILT_IN) -> Score:  # noqa: ANN001 - ActionRow
    """The score of `new` (a later action) against `old`, with the supporting fields;
    `abbreviations`: the built-in ones and those the series' documents define."""
    result = text_score(old.action, new.action, abbreviations)
    result.support = {
        "objective": _field_score(old.objective, new.objective),
        "responsible": _field_score(old.responsible, new.responsible),
        "section": _field_score(old.section, new.section),
        "deadline": _deadline_score(old, new),
    }
    bonus = 0.0
    # the other fields support a rewording, not a substitution: two actions on one theme (a
    # content word on each side that the other lacks) share their objective and partner too
    swapped = min(result.cover_old, result.cover_new) < 1.0 and max(result.cover_old, result.cover_new) < 1.0
    if result.text >= SUPPORT_FLOOR and not swapped:
        bonus = sum(SUPPORT_WEIGHTS[name] * value for name, value in result.support.items())
    result.bonus = round(bonus, 3)
    result.total = round(min(result.text + bonus, 1.0), 3)
    return result


def agreed(result: Score, floor: float = 0.8) -> list[str]:
    """The supporting fields that agree (score at or above floor)."""
    return [name for name, value in result.support.items() if value >= floor]
