"""Abbreviations and their spelled-out forms: the ones the Tables use (built in), and those a
series' own documents define, "approche territoriale intégrée (ATI)". Either form becomes the
abbreviation, one word: a partner named in full does not weigh more than the same partner
abbreviated. A spelled-out form is found in the singular or the plural ("les centres de santé
et de services sociaux" is "les CSSS"), whatever small words join its words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
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

_LINKS = ("de", "des", "du", "la", "le", "les", "l", "d", "et", "en", "aux", "au", "a")
_LINK_WORDS = r"\s+(?:(?:" + "|".join(_LINKS) + r")\s+)*"
_DOTTED = re.compile(r"\b((?:[a-z]\.){2,})")
# "long form (ABBR)": up to eight words, then an abbreviation of 2 to 8 capitals in parentheses
_DEFINED = re.compile(r"((?:[\w'’-]+\s+){1,8}?)\(\s*([A-ZÉÈÀÇ][A-ZÉÈÀÇa-z]{1,7})\s*\)")


@dataclass(frozen=True)
class Abbreviations:
    """Abbreviation → spelled-out form (folded), the built-in ones and those learned."""

    pairs: tuple[tuple[str, str], ...] = tuple(sorted(ABBREVIATIONS.items()))

    def patterns(self) -> list[tuple[re.Pattern[str], str]]:
        return _patterns(self.pairs)

    def with_learned(self, texts: list[str]) -> Abbreviations:
        """These and the abbreviations the texts define ("long form (ABBR)")."""
        known = dict(self.pairs)
        for text in texts:
            for abbreviation, phrase in defined(text):
                known.setdefault(abbreviation, phrase)
        return Abbreviations(tuple(sorted(known.items())))


BUILT_IN = Abbreviations()


def defined(text: str) -> list[tuple[str, str]]:
    """The (abbreviation, spelled-out form) pairs a text defines: the words before "(ABBR)"
    whose initials, small words aside, spell the abbreviation ("approche territoriale
    intégrée (ATI)", "centres de santé et de services sociaux (CSSS)")."""
    out: list[tuple[str, str]] = []
    if "(" not in text:  # the pattern tries up to 8 words at every word before failing
        return out
    for m in _DEFINED.finditer(collapse(text)):
        letters = fold(m.group(2))
        words = re.findall(r"[a-z0-9]+", fold(m.group(1)))
        # the shortest tail of the words before whose content initials spell the abbreviation
        for start in range(len(words) - 1, -1, -1):
            content = [w for w in words[start:] if w not in _LINKS]
            initials = "".join(w[0] for w in content)
            if initials == letters:
                out.append((letters, " ".join(words[start:])))
                break
            if len(initials) > len(letters):
                break
    return out


def spell_out(folded: str, abbreviations: Abbreviations = BUILT_IN) -> str:
    """The folded text with each spelled-out form, and each dotted abbreviation ("c.r.e."),
    made the abbreviation."""
    folded = _DOTTED.sub(lambda m: m.group(1).replace(".", "") + " ", folded)
    for pattern, abbreviation in abbreviations.patterns():
        folded = pattern.sub(abbreviation, folded)
    return folded


def _plural(word: str) -> str:
    """A pattern for the word in the singular or the plural ("social" / "sociaux", "centre" /
    "centres", "bureau" / "bureaux")."""
    if word.endswith("al"):
        return f"(?:{word[:-2]}aux|{word}e?s?)"
    if word.endswith(("eau", "eu")):
        return f"{word}x?"
    if word.endswith(("s", "x", "z")):
        return word
    return f"{word}s?"


@lru_cache(maxsize=64)
def _patterns(pairs: tuple[tuple[str, str], ...]) -> list[tuple[re.Pattern[str], str]]:
    """Each spelled-out form as a pattern, longest first; an abbreviation written just after
    its spelled-out form ("… intégrée (ATI)") is the same word, said once."""
    out = []
    for abbreviation, phrase in sorted(pairs, key=lambda kv: -len(kv[1])):
        content = [w for w in phrase.split() if w not in _LINKS]
        body = _LINK_WORDS.join(_plural(w) for w in content)
        out.append((re.compile(r"\b" + body + rf"\b(?:\s+{abbreviation}s?\b)?"), f" {abbreviation} "))
    return out
