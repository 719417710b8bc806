"""Words typed twice with one letter apart ("dévelopement" / "développement", "régional" /
"regional"): before two action texts are weighed, a word of one that the other lacks takes the
other's spelling when the two are one edit apart (a letter missing, added or changed, or two
letters swapped: RapidFuzz's OSA distance; accents are folded before). Words are respelled
before abbreviations are read, so that a typo inside a spelled-out form ("conciliation
trvail-famille") does not keep it from being the abbreviation. Words of five letters or more only: "les" / "des" are two words.
A word one edit from one of the generic words of action ("developement") is that word, so it
is dropped as the word itself would be.
"""

from __future__ import annotations

MIN_LENGTH = 5


def respell(tokens: tuple[str, ...], other: tuple[str, ...], vocabulary: frozenset[str]) -> tuple[str, ...]:
    """`tokens`, each word the `other` text lacks replaced by its spelling there (or in
    `vocabulary`) when it is one edit from it."""
    from rapidfuzz.distance import OSA

    known = set(other)
    near = [o for o in dict.fromkeys(other) if len(o) >= MIN_LENGTH and not o.isdigit()]
    out = []
    for token in tokens:
        if token in known or token in vocabulary or len(token) < MIN_LENGTH or token.isdigit():
            out.append(token)
            continue
        match = next((o for o in near if OSA.distance(token, o, score_cutoff=1) <= 1), None)
        if match is None:
            match = next((v for v in sorted(vocabulary) if len(v) >= MIN_LENGTH
                          and OSA.distance(token, v, score_cutoff=1) <= 1), None)
        out.append(match or token)
    return tuple(out)
