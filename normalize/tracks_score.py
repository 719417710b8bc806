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

# Spelled-out forms of the abbreviations the Tables use, keyed by the folded abbreviation. Both
# forms become the abbreviation, one word: a partner named in full does not weigh more than
# the same partner abbreviated.
ABBREVIATIONS: dict[str, str] = {
    "cre": "conference regionale des elus",
    "mrc": "municipalite regionale de comte",
    "cdc": "corporation de developpement communautaire",
    "csss": "centre de sante et de services sociaux",
    "cje": "carrefour jeunesse emploi",
    "ati": "approche territoriale integree",
    "tds": "table de developpement social",
    "cpe": "centre de la petite enfance",
    "omh": "office municipal d habitation",
    "hlm": "habitation a loyer modique",
    "dsp": "direction de sante publique",
    "ctf": "conciliation travail famille",
    "ds": "developpement social",
}

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
""".split())

TYPO_RATIO = 84  # RapidFuzz ratio at or above which two words of 5+ letters are one word typed twice
_WORD = re.compile(r"[a-z0-9]+")
_DOTTED = re.compile(r"\b((?:[a-z]\.){2,})")
_LINK_WORDS = r"\s+(?:(?:de|des|du|la|le|l|d|et|en)\s+)*"


def _spelled_out() -> list[tuple[re.Pattern[str], str]]:
    """Each spelled-out form as a pattern (small words between its words may vary), longest first."""
    out = []
    for abbreviation, phrase in sorted(ABBREVIATIONS.items(), key=lambda kv: -len(kv[1])):
        content = [w for w in phrase.split() if w not in ("de", "des", "du", "la", "le", "l", "d", "et", "en")]
        out.append((re.compile(r"\b" + _LINK_WORDS.join(content) + r"\b"), f" {abbreviation} "))
    return out


_SPELLED_OUT = _spelled_out()


@dataclass(frozen=True)
class Words:
    """An action text reduced for comparison."""

    folded: str
    content: tuple[str, ...]

    @property
    def head(self) -> str:
        return self.content[0] if self.content else ""


@lru_cache(maxsize=8192)
def words(text: str) -> Words:
    folded = fold(collapse(text)).replace("'", " ").replace("\u2019", " ")
    folded = _DOTTED.sub(lambda m: m.group(1).replace(".", "") + " ", folded)
    folded = " ".join(_WORD.findall(folded))
    for pattern, abbreviation in _SPELLED_OUT:
        folded = pattern.sub(abbreviation, folded)
    tokens = _WORD.findall(folded)
    content = tuple(_stem(t) for t in tokens if t not in SMALL_WORDS and t not in GENERIC_WORDS)
    return Words(folded=" ".join(tokens), content=content)


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


def text_score(old: str, new: str) -> Score:
    """How alike two action texts are, 0 to 1; 1 only for the same text folded."""
    from rapidfuzz.fuzz import token_sort_ratio

    if same_text(old, new):
        return Score(1.0, 1.0, 1.0, 1.0, True)
    a, b = words(old), words(new)
    cover_old, cover_new = _coverage(a.content, b.content), _coverage(b.content, a.content)
    ratio = token_sort_ratio(a.folded, b.folded) / 100  # the whole text: small words count a little
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


def score(old, new) -> Score:  # noqa: ANN001 - ActionRow, ActionRow
    """The score of `new` (a later action) against `old`, with the supporting fields."""
    result = text_score(old.action, new.action)
    result.support = {
        "objective": _field_score(old.objective, new.objective),
        "responsible": _field_score(old.responsible, new.responsible),
        "section": _field_score(old.section, new.section),
        "deadline": _deadline_score(old, new),
    }
    bonus = 0.0
    if result.text >= SUPPORT_FLOOR:
        bonus = sum(SUPPORT_WEIGHTS[name] * value for name, value in result.support.items())
    result.bonus = round(bonus, 3)
    result.total = round(min(result.text + bonus, 1.0), 3)
    return result


def agreed(result: Score, floor: float = 0.8) -> list[str]:
    """The supporting fields that agree (score at or above floor)."""
    return [name for name, value in result.support.items() if value >= floor]
