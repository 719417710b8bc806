"""French words, for the few places where the page alone cannot tell how text reads.

A word too long for its column is broken at the edge, and a line is wrapped at the edge: when
both fit what is printed, only the language says whether "Annuelle" / "ment" is one word and
"Chaque" / "trimestre" two. And in a cell without bullets, a line that opens on "Rencontre"
after a full line opens an item, where one that opens on "Saint-Sauveur" goes on a sentence:
a common word, not a name. The word list is pyspellchecker's French frequency list (140,000
forms in lower case, names left out) and a few words of the field it lacks ("itinérance"),
loaded once per process on first use.
"""

from __future__ import annotations

import functools
import re

__all__ = ["is_word", "bare", "frequency", "load"]

_EDGES = ".,;:!?()[]«»\"'’“”"
_ELIDED = re.compile(r"^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)['’]")


def bare(word: str) -> str:
    """A printed word folded for lookup: no edge punctuation, lower case."""
    return word.strip(_EDGES).lower()


@functools.lru_cache(maxsize=1)
def _words() -> dict[str, int]:
    """pyspellchecker's French list, read from its data file as SpellChecker(language="fr")
    reads it (words folded to lower case, the counts of words differing only in case summed),
    without the spelling tables SpellChecker builds over all of it (a third of the time)."""
    import gzip
    import json
    import pkgutil

    try:
        text = gzip.decompress(pkgutil.get_data("spellchecker", "resources/fr.json.gz") or b"").decode("utf-8")
        data = json.loads(text)
        folded = text.islower()  # the list as shipped: every word already in lower case
    except (OSError, ValueError):  # another layout of the package: ask SpellChecker
        from spellchecker import SpellChecker
        data = dict(SpellChecker(language="fr", distance=1).word_frequency.dictionary)
        folded = False
    words = data if folded else {key.lower(): count for key, count in data.items()}
    if len(words) != len(data):
        words = {}
        for key, count in data.items():
            words[key.lower()] = words.get(key.lower(), 0) + count
    for word in (*_FIELD, *_regional()):
        words.setdefault(word, _FIELD_COUNT)
    return words


# words of social development the general list lacks, which bilans print all the time
_FIELD = ("itinérance", "employabilité", "revitalisation", "maltraitance", "réseautage",
          "aidant", "aidants", "aidante", "aidantes", "proche-aidant", "proche-aidants",
          "proche-aidante", "proche-aidantes", "mentorat", "autonomisation", "littératie",
          "dévitalisé", "dévitalisée", "dévitalisés", "dévitalisées", "dévitalisation",
          "agente", "agentes", "intergénération", "intergénérationnel", "intergénérationnelle",
          "intergénérationnels", "intergénérationnelles", "interculturel", "interculturelle",
          "interculturels", "interculturelles", "interculturalité")
_FIELD_COUNT = 50  # as common as the list's "concertation"
# the adjectives of Quebec and its regions, which a bilan prints of its people and bodies
# ("Observatoire estrien", "la population gaspésienne"), in the masculine singular
_REGIONAL = ("québécois", "bas-laurentien", "saguenéen", "jeannois", "mauricien", "estrien", "montréalais",
             "abitibien", "témiscamien", "nord-côtier", "gaspésien", "madelinot", "beauceron",
             "lavallois", "lanaudois", "laurentien", "montérégien", "centricois")
_ENDINGS = {"ien": ("ienne", "iens", "iennes"), "éen": ("éenne", "éens", "éennes"), "ois": ("oise", "oises"),
            "ais": ("aise", "aises"), "ier": ("ière", "iers", "ières"), "ot": ("ote", "ots", "otes"),
            "on": ("onne", "ons", "onnes")}


def _regional() -> list[str]:
    """Each of _REGIONAL in its four forms (feminine, plural)."""
    out = []
    for word in _REGIONAL:
        end = next(e for e in _ENDINGS if word.endswith(e))
        out += [word] + [word[:-len(end)] + form for form in _ENDINGS[end]]
    return out


def load() -> None:
    """Read the word list now (else on first use): a reader may do it while it waits."""
    _words()


@functools.lru_cache(maxsize=4096)
def is_word(word: str) -> bool:
    """Whether a printed word is a common French word: the list knows it in lower case after
    any elided article or pronoun ("l'assemblée", "d'animation"). Names ("Québec",
    "Saint-Sauveur", "Internet") are not in the list."""
    folded = _ELIDED.sub("", _key(word))
    return bool(folded) and folded in _words()


def frequency(word: str) -> int:
    """How common a word of the list is (0 for a word it does not know)."""
    return _words().get(_key(word), 0)


def _key(word: str) -> str:
    """A word as the list spells it: folded (`bare`), its ligatures written out ("oeuvre")."""
    return bare(word).replace("œ", "oe").replace("æ", "ae")
