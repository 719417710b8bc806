"""Read the dates of French bilans: follow-up items, deadline cells and the report's "as of" date.

Pure functions, no I/O. One compiled regex finds date *atoms* (a full date such as `04/12/07`,
`12 juin 2007`, `février 2008`, `2007`, or a partial one such as `12`, `12 mai`, `mars` that only
counts inside a range or list ending in a full date); a second pass joins atoms into ranges
(`2006-2009`, `du 12 au 14 mai 2009`, `septembre à décembre 2009`). Nothing is ever guessed: a
date missing its year, a season, a quarter or a range running backwards gives no date at all,
and `looks_like_date` lets callers report it. dateparser is only a narrow, lazily imported
fallback for whole deadline cells (it is slow to import and invents missing parts).
"""

from __future__ import annotations

import calendar
import datetime
import functools
import itertools
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

__all__ = ["DateExpr", "Deadline", "find_dates", "looks_like_date", "read_as_of", "read_deadline"]

MIN_DATE = datetime.date(1900, 1, 1)
MAX_DATE = datetime.date(2100, 12, 31)
_RANK = {"day": 0, "month": 1, "year": 2}


@dataclass(frozen=True)
class DateExpr:
    """One date expression of a text: `text` is exactly `input[pos[0]:pos[1]]`."""

    text: str
    start: datetime.date
    end: datetime.date
    precision: str  # "day" | "month" | "year": the coarsest unit involved
    pos: tuple[int, int]


@dataclass(frozen=True)
class Deadline:
    """A deadline cell read: start/end are None for every kind but day, month, year and range."""

    kind: str  # day, month, year, range, recurring, continuous, tbd, none, unparsed
    start: datetime.date | None
    end: datetime.date | None


# ---------------------------------------------------------------- building blocks of the regex

_LET = "A-Za-z\u00c0-\u024f\u02b0-\u02ff\u1d00-\u1dbf"  # letters, with modifier letters (ᵉʳ)
_B = rf"(?<![0-9{_LET}])"  # not glued to a word or a number before
_A = rf"(?![0-9{_LET}])"  # ... nor after
_E = "(?:e\u0301|[eéèê])"  # e with or without accent, also decomposed (PDF text often is)
_U = "(?:u\u0302|[uû])"
_DASH = "\\-\u2010\u2011\u2012\u2013\u2014\u2212"  # for [...] classes

# Full names first so that "janvier" is not read as "jan" + "vier"; abbreviations may end in ".".
_MONTH_FORMS = [
    "janvier", "janv", "jan",
    f"f{_E}vrier", f"f{_E}vr", f"f{_E}v",
    "mars",
    "avril", "avr",
    "mai",
    "juin",
    "juillet", "juill", "juil",
    f"ao{_U}t",
    "septembre", "sept", "sep",
    "octobre", "oct",
    "novembre", "nov",
    f"d{_E}cembre", f"d{_E}c",
]
_FULL_NAMES = {"janvier", "mars", "avril", "mai", "juin", "juillet", "septembre", "octobre",
               "novembre"}


def _month_alt(name: str) -> str:
    plain = name.replace(_E, "e").replace(_U, "u")
    is_full = plain in _FULL_NAMES or plain in ("fevrier", "aout", "decembre")
    return name if is_full else name + r"\.?"


_MONTH = "(?:" + "|".join(_month_alt(m) for m in _MONTH_FORMS) + rf")(?:(?<=\.)|{_A})"
_YEAR = "(?:19[0-9][0-9]|20[0-9][0-9]|2100)"
# The 1st is written 1er, 1 er, 1ᵉʳ (or 1^{er} when a superscript was flattened).
_DAY = (rf"(?:1\s?(?:\^\{{?)?(?:er|ᵉʳ|re)\}}?{_A}|0?[1-9](?![0-9])|[12][0-9](?![0-9])"
        rf"|3[01](?![0-9]))")
_SEP = r"(?:\s*|-)"
_SEP_Y = r"(?:\s*,?\s*|-)"  # month to year: "juin 2007", "juin-2007", "juin, 2007"
_SEASON = rf"(?:printemps|{_E}t{_E}|automne|hiver)"
_QUARTER_DIGIT = r"(?:1er|1re|[234]e)\s+(?:trimestre|semestre)"
_QUARTER_WORD = (rf"(?:[TQ][1-4]|S[12]|(?:premier|premi{_E}re|deuxi{_E}me|second|seconde"
                 rf"|troisi{_E}me|quatri{_E}me|dernier)\s+(?:trimestre|semestre))")
_QUARTER = rf"(?:{_QUARTER_DIGIT}|{_QUARTER_WORD})"
_BLK_TAIL = (rf"(?:\s+|\s*-\s*)(?:de\s+l['’]ann{_E}e\s+|d['’]|de\s+)?{_YEAR}"
             rf"(?:\s*[/{_DASH}]\s*{_YEAR})?{_A}")
_FIRST = "jfmasondpheéèêtqJFMASONDPHEÉÈÊTQ"  # first letters of months, seasons, quarters

# One lookbehind, then the first character picks the digit or the word alternatives: fast scan.
# Seasons and quarters with a year (blk, blk2) are not dates: they swallow their year unread.
_ATOMS = re.compile(
    rf"{_B}(?:(?=[0-9])(?:"
    rf"(?P<blk>{_QUARTER_DIGIT}{_BLK_TAIL})"
    rf"|(?P<iso>(?P<iy>{_YEAR})(?P<isep>[-/])(?P<im>[0-9]{{2}})(?P=isep)(?P<id>[0-9]{{2}}){_A})"
    rf"|(?P<num>(?P<nd>[0-9]{{1,2}})(?P<nsep>[/.-])(?P<nm>[0-9]{{1,2}})(?P=nsep)"
    rf"(?P<ny>[0-9]{{4}}|[0-9]{{2}}){_A})"
    rf"|(?P<nmy>(?P<nmm>0?[1-9]|1[0-2])/(?P<nmyy>{_YEAR}){_A})"
    rf"|(?P<dmy>(?P<d1>{_DAY}){_SEP}(?P<m1>{_MONTH}){_SEP_Y}(?P<y1>{_YEAR}){_A})"
    rf"|(?P<dm>(?P<d2>{_DAY}){_SEP}(?P<m2>{_MONTH}))"
    rf"|(?P<y>(?P<y5>{_YEAR}){_A})"
    rf"|(?P<d>(?P<d6>{_DAY}))"
    rf")|(?=[{_FIRST}])(?:"
    rf"(?P<blk2>(?:{_SEASON}|{_QUARTER_WORD}){_BLK_TAIL})"
    rf"|(?P<my>(?P<m3>{_MONTH}){_SEP_Y}(?P<y3>{_YEAR}){_A})"
    rf"|(?P<m>(?P<m4>{_MONTH}))"
    rf"))",
    re.IGNORECASE,
)

# What may stand between two atoms.  Range: a span; list: several dates (only after a partial).
_RANGE_GAP = re.compile(rf"\s*[{_DASH}]\s*|\s+(?:au|à|a|jusqu['’]\s*(?:au|à|en)|jusqu['’]au)\s+",
                        re.IGNORECASE)
_SLASH_GAP = re.compile(r"\s*/\s*")
_DASH_ONLY = re.compile(rf"\s*[{_DASH}]\s*")
_LIST_GAP = re.compile(r"\s+(?:et|ou)\s+(?:(?:le|les)\s+)?", re.IGNORECASE)
_COMMA_GAP = re.compile(r"\s*,\s*")
_RANGE_PREFIX = re.compile(rf"{_B}(?:du|de|d['’]|depuis\s+le)\s*$", re.IGNORECASE)
_LIST_PREFIX = re.compile(rf"{_B}entre(?:\s+le)?\s+$", re.IGNORECASE)
# A date glued to more digits ("2008-09", "12-2009", "1.2.10.4") is something else.
_HAS_DIGIT = re.compile(r"[0-9]").search
_DIGIT_BEFORE = re.compile(r"[0-9][-/.]$")
_DIGIT_AFTER = re.compile(r"[-/.][0-9]")
# "2000 $", "1950 personnes": amounts and counts, not years.
_AMOUNT_AFTER = re.compile(
    r"\s*(?:[$%€]|k\$|M\$|dollars?\b|personnes?\b|participant(?:e?s)?\b|membres?\b|heures?\b"
    r"|exemplaires?\b|copies\b)", re.IGNORECASE)
_AMOUNT_BEFORE = re.compile(r"[$€]\s*$")


@dataclass(slots=True)
class _Atom:
    kind: str  # full, D, DM, M, blk
    pos: tuple[int, int]
    year: int | None = None
    month: int | None = None
    day: int | None = None
    precision: str = ""


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@functools.lru_cache(maxsize=256)
def _month_number(word: str) -> int:
    w = _strip_accents(word).lower().rstrip(".")
    for prefix, number in (("juin", 6), ("juil", 7), ("jan", 1), ("fe", 2), ("mar", 3),
                           ("av", 4), ("mai", 5), ("ao", 8), ("sep", 9), ("oc", 10),
                           ("no", 11), ("de", 12)):
        if w.startswith(prefix):
            return number
    raise ValueError(word)


def _day_number(word: str) -> int:
    digits = re.match(r"[0-9]+", word)
    return int(digits.group()) if digits else 1


@functools.lru_cache(maxsize=4096)
def _unit_span(year: int, month: int | None, day: int | None) -> tuple[datetime.date,
                                                                    datetime.date] | None:
    """First and last day of a day, a month or a year; None when no such date exists."""
    if not 1900 <= year <= 2100:
        return None
    try:
        if month is None:
            return datetime.date(year, 1, 1), datetime.date(year, 12, 31)
        if day is None:
            last = calendar.monthrange(year, month)[1]
            return datetime.date(year, month, 1), datetime.date(year, month, last)
        one = datetime.date(year, month, day)
        return one, one
    except ValueError:
        return None


def _atom_of(match: re.Match[str]) -> _Atom:
    kind, g, pos = match.lastgroup, match.group, match.span()  # lastgroup: the outer alternative
    if kind == "iso":
        return _full_or_block(pos, int(g("iy")), int(g("im")), int(g("id")))
    if kind == "num":
        year = int(g("ny")) + (2000 if len(g("ny")) == 2 else 0)
        return _full_or_block(pos, year, int(g("nm")), int(g("nd")))
    if kind == "nmy":
        return _full_or_block(pos, int(g("nmyy")), int(g("nmm")), None)
    if kind == "dmy":
        return _full_or_block(pos, int(g("y1")), _month_number(g("m1")), _day_number(g("d1")))
    if kind == "dm":
        return _Atom("DM", pos, month=_month_number(g("m2")), day=_day_number(g("d2")))
    if kind == "my":
        return _full_or_block(pos, int(g("y3")), _month_number(g("m3")), None)
    if kind == "m":
        return _Atom("M", pos, month=_month_number(g("m4")))
    if kind == "y":
        return _full_or_block(pos, int(g("y5")), None, None)
    if kind == "d":
        return _Atom("D", pos, day=_day_number(g("d6")))
    return _Atom("blk", pos)


def _full_or_block(pos: tuple[int, int], year: int, month: int | None, day: int | None) -> _Atom:
    """A full date, or a blocker when it is no real date (31/02/08): it then reads as nothing."""
    if _unit_span(year, month, day) is None:
        return _Atom("blk", pos)
    precision = "year" if month is None else "month" if day is None else "day"
    return _Atom("full", pos, year, month, day, precision)


def _span(atom: _Atom) -> tuple[datetime.date, datetime.date]:
    span = _unit_span(atom.year or 0, atom.month, atom.day)
    assert span is not None
    return span


def _complete(partial: _Atom, final: _Atom) -> _Atom | None:
    """A partial atom ("12", "12 mai", "mars") with the parts it lacks taken from the final one."""
    if partial.kind == "D":
        if final.precision != "day":
            return None
        year, month, day = final.year, final.month, partial.day
    elif partial.kind == "DM":
        if final.precision != "day":
            return None
        year, month, day = final.year, partial.month, partial.day
    else:  # "M"
        if final.precision == "year":
            return None
        year, month, day = final.year, partial.month, None
    assert year is not None
    done = _full_or_block(partial.pos, year, month, day)
    return done if done.kind == "full" else None


def _coarsest(atoms: list[_Atom]) -> str:
    if len(atoms) == 1:
        return atoms[0].precision
    return max((a.precision for a in atoms), key=_RANK.__getitem__)


def _glued(text: str, start: int, end: int) -> bool:
    """True when the expression is part of a larger number-like token ("2008-09", "0.12.07.5")."""
    return bool(_DIGIT_BEFORE.search(text, max(0, start - 2), start)
                or _DIGIT_AFTER.match(text, end))


def _is_amount(text: str, start: int, end: int) -> bool:
    """True when a number that could be a year is an amount or a count ("2000 $")."""
    return bool(_AMOUNT_AFTER.match(text, end) or _AMOUNT_BEFORE.search(text, 0, start))


def _make(text: str, start: int, end: int, parts: list[_Atom]) -> DateExpr | None:
    first, last = _span(parts[0]), _span(parts[-1])
    if _glued(text, start, end):
        return None
    return DateExpr(text[start:end], first[0], last[1], _coarsest(parts), (start, end))


def _ordered(parts: list[_Atom]) -> bool:
    spans = [_span(p) for p in parts]
    return all(a[0] <= b[0] and a[1] <= b[1] for a, b in itertools.pairwise(spans))


def _gap(text: str, left: _Atom, right: _Atom) -> str:
    return text[left.pos[1]:right.pos[0]]


def find_dates(text: str) -> list[DateExpr]:
    """Every date expression in a free text (a follow-up item), in order, not overlapping.

    Regex only (it runs on every item). Partial dates count only inside a range or a list that
    ends in a full date; a single year must be 1900–2100 and not part of a larger number.
    """
    if not isinstance(text, str) or not _HAS_DIGIT(text):
        return []  # every date has a year, so digits: most items stop here
    atoms = [_atom_of(m) for m in _ATOMS.finditer(text)]
    out: list[DateExpr] = []
    i = 0
    while i < len(atoms):
        atom = atoms[i]
        if atom.kind == "blk":
            i += 1
            continue
        if atom.kind == "full":
            consumed, expr = _full_range(text, atoms, i)
        else:
            consumed, expr = _partial_chain(text, atoms, i)
        if expr is not None:
            out.append(expr)
        i += consumed
    return out


def _full_range(text: str, atoms: list[_Atom], i: int) -> tuple[int, DateExpr | None]:
    """A full date alone, or with a following full date it spans to ("2006-2009")."""
    atom = atoms[i]
    nxt = atoms[i + 1] if i + 1 < len(atoms) else None
    if nxt is not None and nxt.kind == "full" and not (nxt.precision == "year"
                                                       and _is_amount(text, *nxt.pos)):
        gap = _gap(text, atom, nxt)
        slash = _SLASH_GAP.fullmatch(gap) and atom.precision == nxt.precision == "year"
        if _RANGE_GAP.fullmatch(gap) or slash:
            if not _ordered([atom, nxt]):
                return 2, None  # "2009-2006": a range running backwards is no date at all
            start = atom.pos[0]
            prefix = _RANGE_PREFIX.search(text, 0, start)
            if prefix and not _DASH_ONLY.fullmatch(gap) and not slash:
                start = prefix.start()
            return 2, _make(text, start, nxt.pos[1], [atom, nxt])
    if atom.precision == "year" and _is_amount(text, *atom.pos):
        return 1, None
    return 1, _make(text, atom.pos[0], atom.pos[1], [atom])


def _partial_chain(text: str, atoms: list[_Atom], i: int) -> tuple[int, DateExpr | None]:
    """Partials joined to a final full date: "12 au 14 mai 2009", "mars, avril et juin 2009"."""
    chain = [atoms[i]]
    gaps: list[str] = []
    j = i + 1
    while j < len(atoms):
        gap = _gap(text, atoms[j - 1], atoms[j])
        if not (_RANGE_GAP.fullmatch(gap) or _LIST_GAP.fullmatch(gap) or _COMMA_GAP.fullmatch(gap)):
            break
        if atoms[j - 1].kind == "D" and _DASH_ONLY.fullmatch(gap) and gap != gap.strip():
            break  # "Étape 3 - 15 mars 2009" is no range of days; "12-14 mai 2009" is
        chain.append(atoms[j])
        gaps.append(gap)
        if atoms[j].kind != "D" and atoms[j].kind != "DM" and atoms[j].kind != "M":
            break
        j += 1
    final = chain[-1]
    if len(chain) < 2 or final.kind != "full":
        return 1, None
    is_range = any(_RANGE_GAP.fullmatch(g) for g in gaps)
    if is_range and len(chain) != 2:
        return 1, None
    if not is_range and not _LIST_GAP.fullmatch(gaps[-1]):
        return 1, None  # "Phase 3, 12 mai 2009": a comma alone does not make a list
    parts = [_complete(p, final) for p in chain[:-1]]
    if any(p is None for p in parts):
        return 1, None  # "Groupe 3 et mai 2009": the number was no day
    done = [p for p in parts if p is not None] + [final]
    if not _ordered(done):
        if not is_range and all(p.kind == "D" for p in chain[:-1]):
            return len(chain) - 1, None  # bare numbers that were no days: the final date stands
        return len(chain), None  # "décembre à mars 2009" never guesses a year
    start = chain[0].pos[0]
    prefix = (_RANGE_PREFIX if is_range else _LIST_PREFIX).search(text, 0, start)
    if prefix and (not is_range or not _DASH_ONLY.fullmatch(gaps[0])):
        start = prefix.start()
    return len(chain), _make(text, start, final.pos[1], done)


# ---------------------------------------------------------------- deadlines

_CONTINUOUS = re.compile(
    r"(?:en\s+cours\s+)?(?:en\s+|de\s+(?:facon|maniere)\s+)?continu(?:e|el|elle)?(?:ment)?"
    r"|continuellement|en\s+permanence|permanente?|en\s+continu",
)
_TBD = re.compile(
    r"(?:date\s+)?a\s+(?:determiner|definir|confirmer|preciser|venir|fixer)(?:\s+ulterieurement)?"
    r"|(?:non\s+)?(?:in)?determinee?|indefinie?",
)
_RECURRING = re.compile(
    r"\b(?:bi|tri|semi)?(?:annuel(?:le)?s?|mensuel(?:le)?s?|trimestriel(?:le)?s?"
    r"|semestriel(?:le)?s?)(?:lement)?\b|\bannuellement\b|\bmensuellement\b"
    r"|\bhebdomadaire(?:s|ment)?\b|\bquotidien(?:ne)?s?\b|\bquotidiennement\b|\bbisannuel"
    r"|\bperiodique(?:s|ment)?\b|\bbiennale?\b"
    r"|\bpar\s+(?:an|annee|mois|semaine|trimestre|semestre|rencontre|reunion|session|saison"
    r"|jour|edition|exercice|cohorte|activite)s?\b"
    r"|\bchaque\s+\w+|\btou(?:s|tes)\s+les\s+(?:\w+\s+)?(?:ans|annees|mois|semaines|trimestres"
    r"|semestres|jours|rencontres|reunions)\b|\baux\s+(?:deux|trois|quatre|six|\d+)\s+"
    r"(?:ans|mois|semaines)\b|\bune\s+fois\s+l['’]an\b",
)
_RESIDUE_WORDS = {"et", "ou", "au", "a", "du", "de", "d", "le", "les", "l", "en", "puis"}
# Punctuation and footnote marks ("2007¹", "Juin 2007*") that may stand around dates in a cell.
_RESIDUE_SPLIT = re.compile(rf"[\s,;:/()\[\].&*¹²³⁴⁵⁶⁷⁸⁹⁰{_DASH}'’]+")
# Words that make a date vague: the dateparser fallback never reads a cell holding one.
_VAGUE = re.compile(
    r"\b(?:printemps|ete|automne|hiver|trimestre|semestre|[tqs][1-4]|fin|debut|mi|vers|environ"
    r"|avant|apres|ici|des|depuis|jusqu|courant|entre|partir|plus|moins|tard|tot|prochain"
    r"|prochaine|dernier|derniere|semaine|quinzaine|an|ans|annee|annees|il|dans)\b"
    r"|\b(?:19|20)\d\d\s*[-/.]\s*\d{1,2}\b"  # "2008-09": fiscal year or September?
    r"|\?",  # the writer doubts it
)


def _norm(text: str) -> str:
    """Lower case, no accents, spaces collapsed, final punctuation dropped: for keyword tests."""
    return re.sub(r"\s+", " ", _strip_accents(text).lower()).strip().rstrip(".;:!").strip()


def _single_kind(start: datetime.date, end: datetime.date) -> str:
    """`day`, `month` or `year` when start..end is exactly one such unit, else `range`."""
    if start == end:
        return "day"
    if start.day == 1 and (start.year, start.month) == (end.year, end.month) \
            and end.day == calendar.monthrange(end.year, end.month)[1]:
        return "month"
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year:
        return "year"
    return "range"


def read_deadline(text: str) -> Deadline:
    """Read a whole deadline cell into the contract's kinds; never a guess ("Printemps 2010" is
    `unparsed`, so the caller can report it)."""
    try:
        return _read_deadline(text)
    except Exception:  # never raise on odd input: the cell is kept as text and reported
        return Deadline("unparsed", None, None)


def _read_deadline(text: str) -> Deadline:
    if not isinstance(text, str) or not text.strip():
        return Deadline("none", None, None)
    norm = _norm(text).strip("()[]«»\"'*-–— ")
    if _CONTINUOUS.fullmatch(norm):
        return Deadline("continuous", None, None)
    if _TBD.fullmatch(norm):
        return Deadline("tbd", None, None)
    exprs = find_dates(text)
    if exprs:
        residue = "".join(
            text[(exprs[k - 1].pos[1] if k else 0):(exprs[k].pos[0] if k < len(exprs) else len(text))]
            for k in range(len(exprs) + 1))
        words = [w for w in map(_norm, _RESIDUE_SPLIT.split(residue)) if w]
        if all(w in _RESIDUE_WORDS for w in words):
            start = min(e.start for e in exprs)
            end = max(e.end for e in exprs)
            kind = _single_kind(start, end) if len(exprs) == 1 else "range"
            return Deadline(kind, start, end)
    elif _RECURRING.search(norm):
        return Deadline("recurring", None, None)
    fallback = _dateparser_fallback(text)
    if fallback is not None:
        return fallback
    return Deadline("unparsed", None, None)


_PARSER: Any = None


def _dateparser_fallback(text: str) -> Deadline | None:
    """dateparser for a whole cell the regexes did not read ("mardi 12 juin 2007", "12 juin 07").

    Accepted only for a day, month or year period whose every part really stands in the text:
    dateparser fills a missing day or month from today, and that would be a guess.
    """
    global _PARSER
    if len(text) > 80 or not looks_like_date(text) or _VAGUE.search(_norm(text)):
        return None
    if _PARSER is None:
        import dateparser.date  # slow to import: only when a cell needs it

        _PARSER = dateparser.date.DateDataParser(
            languages=["fr"],
            settings={"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first",
                      "REQUIRE_PARTS": ["year"]})
    data = _PARSER.get_date_data(text)
    when = data.date_obj if data else None
    period = data.period if data else None
    if when is None or period not in ("day", "month", "year"):
        return None
    year, month, day = when.year, when.month, when.day
    if not _parts_stand_in(text, year, month if period != "year" else None,
                           day if period == "day" else None):
        return None
    span = _unit_span(year, month if period != "year" else None, day if period == "day" else None)
    if span is None:
        return None
    return Deadline(period, span[0], span[1])


def _parts_stand_in(text: str, year: int, month: int | None, day: int | None) -> bool:
    """True when the year, and the month and day if given, are written in the text, and no other
    number stands there ("12 - 14 mai 2009" is no single day)."""
    numbers = {int(n) for n in re.findall(r"(?<![0-9])[0-9]+(?![0-9])", text)}
    short_year = 2000 <= year <= 2099 and re.search(rf"(?<![0-9]){year % 100:02d}(?![0-9])", text)
    if year not in numbers and not short_year:
        return False
    if month is not None:
        named = {_month_number(m.group()) for m in re.finditer(rf"{_B}{_MONTH}", text, re.I)}
        numeric = re.search(rf"(?<![0-9])0?{month}(?=[/.-][0-9])|(?<=[0-9][/.-])0?{month}(?![0-9])",
                            text)
        if month not in named and not numeric:  # "12 2007" is no month
            return False
    first = day == 1 and re.search(rf"{_B}1\s?(?:er|ᵉʳ|re){_A}", text, re.I)
    if day is not None and day not in numbers and not first:
        return False
    used = {year, year % 100} | {n for n in (month, day) if n is not None}
    return numbers <= used


# ---------------------------------------------------------------- as of, looks like a date

_AS_OF_MARK = re.compile(
    rf"{_B}(?:en\s+date\s+du|en\s+date\s+de|à\s+jour\s+au|arrêtée?\s+au|au|du|le|en|date\s*:?)\s*$",
    re.IGNORECASE)


def read_as_of(text: str) -> datetime.date | None:
    """The date a header like 'Suivi en date du 31 mars 2009' or a date line 'AVRIL 2009' names:
    its last day ("Suivi au 31 mars 2009", "État d'avancement au 30 juin 2010", "Résultats au
    2009-03-31").

    The date after "au" / "en date du" wins over others (a period named in the same header); a
    range gives its last day. Regex only: no guess, None when no date is written.
    """
    try:
        exprs = find_dates(text)
    except Exception:
        return None
    if not exprs:
        return None
    marked = [e for e in exprs if _AS_OF_MARK.search(text, 0, e.pos[0])]
    return (marked or exprs)[-1].end


_LOOKS_MONTH = re.compile(
    rf"{_B}(?:janvier|f{_E}vrier|mars|avril|mai|juin|juillet|ao{_U}t|septembre|octobre|novembre"
    rf"|d{_E}cembre){_A}"
    rf"|{_B}(?:janv|jan|f{_E}vr?|avr|juill?|sept?|oct|nov|d{_E}c)(?:\.|{_A})\s*[0-9]",
    re.IGNORECASE)
_LOOKS_OTHER = re.compile(
    rf"{_B}(?:{_SEASON}|{_QUARTER}|trimestre|semestre)\s*(?:de\s+l['’]ann{_E}e\s+|d['’]|de\s+|-)?"
    rf"\s*{_YEAR}{_A}"
    rf"|(?<![0-9])[0-9]{{1,4}}[/.{_DASH}][0-9]{{1,2}}[/.{_DASH}][0-9]{{2,4}}(?![0-9])"
    rf"|(?<![0-9])[0-9]{{1,2}}/[0-9]{{2,4}}(?![0-9])"
    rf"|{_B}{_YEAR}\s*[/{_DASH}]\s*[0-9]{{1,4}}(?![0-9])",
    re.IGNORECASE)
_LOOKS_YEAR = re.compile(rf"{_B}{_YEAR}{_A}")


def looks_like_date(text: str) -> bool:
    """True when a text that was not read still looks like it tries to be a date (a month name,
    a season with a year, digits with / or -), so callers can report `unparsed_date`.

    A year (1900–2100) standing alone counts too; "0-5 ans" or "Ligne 211" do not.
    """
    if not isinstance(text, str):
        return False
    if _LOOKS_MONTH.search(text) or _LOOKS_OTHER.search(text):
        return True
    return any(not _is_amount(text, m.start(), m.end()) for m in _LOOKS_YEAR.finditer(text))
