"""Find a bilan table by its header row, whatever the wording, order or extra columns."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from normalize.text import collapse, fold

FIELDS = ("objective", "action", "responsible", "deadline", "followup")

# Tried in this order for each header cell: "Suivi en date du …" holds "date", so the
# follow-up patterns come before the deadline's; "Moyens d'action" is an action column.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("followup", re.compile(r"\bsuivi|avancement|\bresultats?\b|\bbilan\b|realisations? au")),
    ("objective", re.compile(r"\bobjectifs?\b|\borientations?\b|\bbuts?\b")),
    ("deadline", re.compile(r"echeanc|calendrier|\bperiode|\bquand\b")),
    ("responsible", re.compile(r"responsab|porteurs?\b|partenaires?|maitres? d.oeuvre|\bqui\b")),
    ("action", re.compile(r"\bactions?\b|\bmoyens?\b|\bactivites?\b|\bmesures?\b|\binitiatives?\b")),
    ("deadline", re.compile(r"\bdates?\b|\bdelais?\b")),
]


@dataclass
class HeaderMap:
    """Which field each column holds; columns the contract does not know are `extras`."""

    fields: dict[str, int] = field(default_factory=dict)
    extras: dict[int, str] = field(default_factory=dict)
    texts: list[str] = field(default_factory=list)

    def column(self, name: str) -> int | None:
        return self.fields.get(name)


def classify(text: str) -> str | None:
    """The contract field a header cell names, or None."""
    folded = fold(collapse(text))
    for name, pattern in _PATTERNS:
        if pattern.search(folded):
            return name
    return None


def map_header(cells: list[str], overrides: dict[str, str] | None = None) -> HeaderMap | None:
    """Map a candidate header row; None unless it has an action column and two other fields.

    `overrides` maps a header text (compared folded) to a field name or "extra", for the odd
    header a user maps by hand.
    """
    folded_overrides = {fold(collapse(k)): v for k, v in (overrides or {}).items()}
    result = HeaderMap(texts=[collapse(c) for c in cells])
    for index, text in enumerate(result.texts):
        if not text:
            continue
        name = folded_overrides.get(fold(text)) or classify(text)
        if name in FIELDS and name not in result.fields:
            result.fields[name] = index
        else:
            result.extras[index] = text
    if "action" not in result.fields or len(result.fields) < 3:
        return None
    return result
