"""Find a bilan table by its header row, whatever the wording, order or extra columns."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bilan.extract.model import Paragraph
from bilan.normalize.shapes import is_number_column, is_number_header, is_state_column
from bilan.normalize.text import collapse, fold

FIELDS = ("objective", "action", "responsible", "deadline", "followup")

# Tried in this order for each header cell: "Suivi en date du …" holds "date", so the
# follow-up patterns come before the deadline's; "Moyens d'action" is an action column.
# Follow-up wordings in use: suivi, état d'avancement / de situation / de réalisation,
# réalisations, bilan au, résultats obtenus, progression, où en sommes-nous, …
_FOLLOWUP = re.compile(
    r"\bsuivi|avancement|\bresultats?\b|\bbilan\b|^realisations?\b|realisations? (?:au|en|a ce)\b"
    r"|(?:actions?|travaux|activites?) realise|\betat (?:de|d\W|du|des|au|en)\b|situation au"
    r"|progression|\bprogres\b|ou en (?:sommes|est|etes|sont)|en date du"
    r"|reddition|retombees|\bevolution\b")
# Weaker wordings: a follow-up column only when no column says it more plainly.
_FOLLOWUP_WEAK = re.compile(r"commentaires?|remarques?|observations?|\bstatut|mises? a jour|\bnotes?\b")
# Planned results are part of the plan, not its follow-up ("Résultats attendus").
_PLANNED = re.compile(r"attendu|\bvise|escompte|\bcible|prevu|indicateur|a realiser|a venir")
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("followup", _FOLLOWUP),
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

    def followups(self) -> list[str]:
        """The follow-up fields, one per follow-up column, left to right."""
        return sorted((k for k in self.fields if k.startswith("followup")), key=lambda k: self.fields[k])

    def periods(self) -> dict[str, str]:
        """Follow-up field → its column's header, when the table has several follow-up columns."""
        keys = self.followups()
        return {k: self.texts[self.fields[k]] for k in keys} if len(keys) > 1 else {}


def shape_columns(found: HeaderMap, columns: dict[int, list[str]], overrides: dict[str, str] | None) -> None:
    """The columns the header alone cannot tell (normalize/shapes.py): a status column by its
    cells (a follow-up or unknown header over status words), then the follow-up again if the
    status column had taken its place, a number column by its cells (under an unknown header
    or none), and every further column
    whose header names a follow-up (one per year). Columns the user mapped stay as mapped."""
    mapped = {fold(collapse(k)) for k in (overrides or {})}
    candidates = [*found.extras, *([found.fields["followup"]] if "followup" in found.fields else [])]
    free = [i for i in sorted(candidates) if fold(found.texts[i]) not in mapped]
    if "state" not in found.fields:
        for i in free:
            if is_state_column(columns.get(i, [])):
                if found.fields.get("followup") == i:
                    del found.fields["followup"]
                found.extras.pop(i, None)
                found.fields["state"] = i
                break
    if "number" not in found.fields:
        # (or under no header at all: a scan may lose a narrow column's "N°")
        blank = [i for i, text in enumerate(found.texts) if not text and i not in found.fields.values()]
        for i in [i for i in free if i in found.extras] + blank:
            if is_number_column(columns.get(i, [])):
                found.extras.pop(i, None)
                found.fields["number"] = i
                break
    more = [i for i in sorted(found.extras) if fold(found.texts[i]) not in mapped
            and classify(found.texts[i]) == "followup"]
    if "followup" not in found.fields and more:
        found.fields["followup"] = more.pop(0)
        del found.extras[found.fields["followup"]]
    elif "followup" not in found.fields:
        _weak_followup_column(found, mapped)
    for n, i in enumerate(i for i in more if i > found.fields.get("followup", -1)):
        found.fields[f"followup{n + 2}"] = i
        del found.extras[i]


# The words headers are made of, for a scan's header read one letter off ("Échéanrier")
_HEADER_WORDS = ("objectif", "objectifs", "orientation", "orientations", "actions", "activites",
                 "moyens", "responsable", "responsables", "porteur", "porteurs", "partenaire",
                 "partenaires", "echeance", "echeancier", "echeances", "calendrier", "suivi",
                 "avancement", "realisation", "realisations", "resultats", "date", "dates")


def classify(text: str) -> str | None:
    """The contract field a header cell names, or None. A word one letter off a header word
    (a scan's misread letter: "Échéanrier", "Responsahle") reads as that word."""
    folded = fold(collapse(text))
    found = _classify(folded)
    if found is None:
        mended = _mended(folded)
        if mended != folded:
            found = _classify(mended)
    if found is None and re.fullmatch(r"[a-z]+(?: [a-z]+)+(?:\(s\))?", folded):
        # a word a scan spaced apart ("Port sur(s)", "Échéa ncier"), read whole
        joined = folded.replace(" ", "")
        if len(re.match(r"[a-z]+", joined).group()) >= _JOINED_LEAST:
            found = _classify(_mended(joined))
    return found


_JOINED_LEAST = 7  # letters a header word spaced apart needs to be read whole


def _classify(folded: str) -> str | None:
    for name, pattern in _PATTERNS:
        if name == "followup" and _PLANNED.search(folded):
            continue
        if pattern.search(folded):
            return name
    return None


def _mended(folded: str) -> str:
    def one(m: re.Match[str]) -> str:
        word = m.group(0)
        return word if len(word) < 4 else _header_word(word, 1) or word

    return re.sub(r"[a-z]+", one, folded)


def _header_word(word: str, letters: int) -> str | None:
    """The header word (folded) at most `letters` letters off `word`, the nearest."""
    from rapidfuzz.distance import Levenshtein
    from rapidfuzz.process import extractOne

    best = extractOne(word, _HEADER_WORDS, scorer=Levenshtein.distance, score_cutoff=letters)
    return best[0] if best else None


# A field's header word cut short at a mark: "Resp.", "Éch.", "Obj./", or a scan's
# "Resp-rnratèe" for "Responsable" (its end blurred past mending); "Respect" is no such cut.
# Six letters of "responsable" and then anything ("Responagh)e") is that word, its end blurred;
# so is a word opening on its four and as long as it, within a letter ("Resprrenhles").
_OPENINGS = (("responsible", re.compile(r"(?:resp|port)[a-z]*[.\-/]|respon|resp[a-z]{6,9}$")),
             ("deadline", re.compile(r"ech[a-z]*[.\-/]")), ("objective", re.compile(r"obj[a-z]*[.\-/]")),
             ("followup", re.compile(r"suiv[a-z]*[.\-/]")))


def _opened_fields(found: HeaderMap, mapped: set[str]) -> None:
    """An unknown column whose header opens on a field's word cut short at a mark, when no
    column holds that field and no other unknown column opens so; a column the user mapped
    stays as mapped."""
    for name, opening in _OPENINGS:
        if name in found.fields:
            continue
        opened = [i for i, text in found.extras.items()
                  if (folded := fold(text)) not in mapped and opening.match(folded)]
        if len(opened) == 1:
            found.fields[name] = opened[0]
            del found.extras[opened[0]]


def _near_fields(found: HeaderMap, mapped: set[str]) -> None:
    """An unknown column whose header is one long word (and perhaps its plural's "(s)") two
    letters off a field's header word (a scan's bold header with letters run together:
    "Éciance" for "Échéance", "Obijectit(s)" for "Objectif(s)"), when no
    column holds that field and no other unknown column reads so. One letter off is read
    so for any column (classify); two only for a field the table lacks, so that a real
    word of another meaning takes no column's place."""
    near: dict[str, list[int]] = {}
    for i, text in found.extras.items():
        folded = fold(collapse(text))
        word = re.fullmatch(r"([a-z]{%d,})(?:\(s\))?" % _NEAR_LEAST, folded)  # (a plural's "(s)" aside)
        if folded in mapped or word is None:
            continue
        best = _header_word(word.group(1), 2)
        name = _classify(best) if best else None
        if name and name not in found.fields:
            near.setdefault(name, []).append(i)
    for name, columns in near.items():
        if len(columns) == 1:
            found.fields[name] = columns[0]
            del found.extras[columns[0]]


_NEAR_LEAST = 7  # letters a header word needs to be read two letters off


def _weak_followup_column(found: HeaderMap, mapped: set[str]) -> None:
    """The first unknown column under a weaker follow-up wording ("Commentaires"), when no
    column says it more plainly; a column the user mapped stays as mapped."""
    weak = [i for i in sorted(found.extras) if fold(found.texts[i]) not in mapped
            and _weak_followup(found.texts[i])]
    if weak:
        found.fields["followup"] = weak[0]
        del found.extras[weak[0]]


def _weak_followup(text: str) -> bool:
    folded = fold(collapse(text))
    return bool(_FOLLOWUP_WEAK.search(folded)) and not _PLANNED.search(folded)


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
        name = folded_overrides.get(fold(text)) or ("number" if is_number_header(text) else classify(text))
        if name in (*FIELDS, "number", "state") and name not in result.fields:
            result.fields[name] = index
        else:
            result.extras[index] = text
    mapped = set(folded_overrides)
    _opened_fields(result, mapped)
    _near_fields(result, mapped)
    if "followup" not in result.fields:
        _weak_followup_column(result, mapped)
    if "action" not in result.fields or len(result.fields) < 3:
        return None
    return result


def deadline_by_content(header: HeaderMap, cells: dict[int, list[str]]) -> int | None:
    """The unknown column that holds deadlines, told by its content when its header did not
    tell (a scan's "Dais prévue" for "Date prévue"): each of its filled cells, two or more,
    reads whole as a deadline ("Décembre 2010", "2010-2011", "En continu", "À venir"), one at
    least as a date or a period. None when no column, or more than one, does."""
    from bilan.normalize.dates import read_deadline

    found = []
    for index in header.extras:
        filled = [t for t in cells.get(index, []) if t.strip()]
        if len(filled) < 2:
            continue
        kinds = [read_deadline(t).kind for t in filled]
        if all(k not in ("none", "unparsed") for k in kinds) and any(k in _DATED for k in kinds):
            found.append(index)
    return found[0] if len(found) == 1 else None


_DATED = ("day", "month", "year", "range")


def followup_by_content(header: HeaderMap, cells: dict[int, list[list[Paragraph]]]) -> int | None:
    """The unknown column that holds follow-up, told by its content when its header did not
    tell: most of its filled cells are bullet lists or dated items. None when no column does."""
    from bilan.normalize.dates import find_dates
    from bilan.normalize.items import bullet_of

    best: tuple[float, int] | None = None
    for index in header.extras:
        filled = [ps for ps in cells.get(index, []) if any(p.text.strip() for p in ps)]
        if not filled:
            continue
        like = 0
        for ps in filled:
            lines = [ln.text for p in ps for ln in p.lines if ln.text.strip()]
            bullets = sum(1 for p in ps if p.list_item) + sum(1 for t in lines if bullet_of(t)[0])
            dated = sum(1 for t in lines if find_dates(t))
            like += bullets >= 1 and (dated >= 1 or bullets >= 2) or dated >= 2
        share = like / len(filled)
        if share >= 0.5 and (best is None or share > best[0]):
            best = (share, index)
    return best[1] if best else None
