"""bilan.normalize.dates: every date shape of the contract and of the seed gold files, and properties."""

from __future__ import annotations

import csv
import datetime
import itertools
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bilan.normalize import dates
from bilan.normalize.dates import DateExpr, Deadline, find_dates, looks_like_date, read_as_of, read_deadline

D = datetime.date
ROOT = Path(__file__).resolve().parents[1]
GOLD = Path(__file__).resolve().parent / "data" / "seed"
LOW, HIGH = D(1900, 1, 1), D(2100, 12, 31)


def found(text: str) -> list[tuple[str, str, str, str]]:
    return [(e.text, e.start.isoformat(), e.end.isoformat(), e.precision) for e in find_dates(text)]


def one(expr: str, start: str, end: str, precision: str) -> list[tuple[str, str, str, str]]:
    return [(expr, start, end, precision)]


# ------------------------------------------------------------------ find_dates: one expression

FIND_CASES = [
    # numeric, day first, two-digit years are 20yy
    ("Transport collectif (04/12/07)", one("04/12/07", "2007-12-04", "2007-12-04", "day")),
    ("Immigration (05-11-07)", one("05-11-07", "2007-11-05", "2007-11-05", "day")),
    ("Rencontre (04.12.07)", one("04.12.07", "2007-12-04", "2007-12-04", "day")),
    ("Rencontre le 4/12/2007", one("4/12/2007", "2007-12-04", "2007-12-04", "day")),
    ("Forum (25/12/2008)", one("25/12/2008", "2008-12-25", "2008-12-25", "day")),
    ("Bilan (04.12.2007)", one("04.12.2007", "2007-12-04", "2007-12-04", "day")),
    ("La CRÉ se préoccupe de la CTF (09/02/09)", one("09/02/09", "2009-02-09", "2009-02-09", "day")),
    ("Ligne 211 (21/03/07)", one("21/03/07", "2007-03-21", "2007-03-21", "day")),
    ("Octroi de près de 120 000 $ pour mettre en place l'ATI dans la région (31/03/08)",
     one("31/03/08", "2008-03-31", "2008-03-31", "day")),
    ("État de santé et de bien-être des enfants 0-5 ans de la C-N (05/02/08)",
     one("05/02/08", "2008-02-05", "2008-02-05", "day")),
    ("Résultats au 2009-03-31", one("2009-03-31", "2009-03-31", "2009-03-31", "day")),
    ("Rapport (12/2009)", one("12/2009", "2009-12-01", "2009-12-31", "month")),
    # month names: accents or not, capitals, abbreviations
    ("Journée de réflexion sur l'ATI (12 juin 2007)", one("12 juin 2007", "2007-06-12", "2007-06-12", "day")),
    ("Rencontre régionale avec les membres des comités locaux (7 novembre 2008)",
     one("7 novembre 2008", "2008-11-07", "2008-11-07", "day")),
    ("Dépôt du plan d'action au CA (1er février 2007)",
     one("1er février 2007", "2007-02-01", "2007-02-01", "day")),
    ("Dépôt (1 er février 2007)", one("1 er février 2007", "2007-02-01", "2007-02-01", "day")),
    ("Dépôt (1ᵉʳ février 2007)", one("1ᵉʳ février 2007", "2007-02-01", "2007-02-01", "day")),
    ("Dépôt (1ER FÉVRIER 2007)", one("1ER FÉVRIER 2007", "2007-02-01", "2007-02-01", "day")),
    ("Dépôt (03 novembre 2006)", one("03 novembre 2006", "2006-11-03", "2006-11-03", "day")),
    ("Dépôt (12 déc. 2008)", one("12 déc. 2008", "2008-12-12", "2008-12-12", "day")),
    ("Rencontre avec le 1er Ministre (recherche et réflexion sur le contenu, réalisation et suivi)"
     " (février 2008)", one("février 2008", "2008-02-01", "2008-02-29", "month")),
    ("Suivi des actions (janvier 2008)", one("janvier 2008", "2008-01-01", "2008-01-31", "month")),
    ("Suivi des actions (décembre 2008)", one("décembre 2008", "2008-12-01", "2008-12-31", "month")),
    ("De la concertation à la mobilisation (mars 2009)",
     one("mars 2009", "2009-03-01", "2009-03-31", "month")),
    ("Dossier (juin 2006)", one("juin 2006", "2006-06-01", "2006-06-30", "month")),
    ("Participation aux consultations (décembre 2005)",
     one("décembre 2005", "2005-12-01", "2005-12-31", "month")),
    ("Plan de travail adopté en septembre 2007", one("septembre 2007", "2007-09-01", "2007-09-30", "month")),
    ("Constitution d'un comité en février 2007", one("février 2007", "2007-02-01", "2007-02-28", "month")),
    ("Première rencontre du CATI le 3 novembre 2006",
     one("3 novembre 2006", "2006-11-03", "2006-11-03", "day")),
    ("Bilan (janv. 2009)", one("janv. 2009", "2009-01-01", "2009-01-31", "month")),
    ("Bilan (févr. 2008)", one("févr. 2008", "2008-02-01", "2008-02-29", "month")),
    ("Bilan (fév. 2007)", one("fév. 2007", "2007-02-01", "2007-02-28", "month")),
    ("Bilan (avr. 2009)", one("avr. 2009", "2009-04-01", "2009-04-30", "month")),
    ("Bilan (juil. 2009)", one("juil. 2009", "2009-07-01", "2009-07-31", "month")),
    ("Bilan (sept. 2009)", one("sept. 2009", "2009-09-01", "2009-09-30", "month")),
    ("Bilan (oct. 2009)", one("oct. 2009", "2009-10-01", "2009-10-31", "month")),
    ("Bilan (nov. 2009)", one("nov. 2009", "2009-11-01", "2009-11-30", "month")),
    ("Bilan (déc. 2009)", one("déc. 2009", "2009-12-01", "2009-12-31", "month")),
    ("Bilan (decembre 2009)", one("decembre 2009", "2009-12-01", "2009-12-31", "month")),
    ("Bilan (Février 2008)", one("Février 2008", "2008-02-01", "2008-02-29", "month")),
    ("AVRIL 2009", one("AVRIL 2009", "2009-04-01", "2009-04-30", "month")),
    ("Bilan (FÉVRIER 2008)", one("FÉVRIER 2008", "2008-02-01", "2008-02-29", "month")),
    ("Bilan (fevrier 2008)", one("fevrier 2008", "2008-02-01", "2008-02-29", "month")),
    ("Bilan (aout 2009)", one("aout 2009", "2009-08-01", "2009-08-31", "month")),
    ("Bilan (Août 2009)", one("Août 2009", "2009-08-01", "2009-08-31", "month")),
    ("Bilan (fe\u0301vrier 2008)", one("fe\u0301vrier 2008", "2008-02-01", "2008-02-29", "month")),
    ("Bilan (juin, 2007)", one("juin, 2007", "2007-06-01", "2007-06-30", "month")),
    ("2007", one("2007", "2007-01-01", "2007-12-31", "year")),
    ("Rapport annuel 2008.", one("2008", "2008-01-01", "2008-12-31", "year")),
    # ranges: one expression, the coarsest unit
    ("35 rencontres (2006-2009)", one("2006-2009", "2006-01-01", "2009-12-31", "year")),
    ("8 rencontres (2007-2008)", one("2007-2008", "2007-01-01", "2008-12-31", "year")),
    ("Plan 2008-2010", one("2008-2010", "2008-01-01", "2010-12-31", "year")),
    ("Plan 2008 – 2010", one("2008 – 2010", "2008-01-01", "2010-12-31", "year")),
    ("Plan 2007/2008", one("2007/2008", "2007-01-01", "2008-12-31", "year")),
    ("Plan de 2006 à 2009", one("de 2006 à 2009", "2006-01-01", "2009-12-31", "year")),
    ("Dépôt d'un projet au MFA (projet : janvier 2009-décembre 2010)",
     one("janvier 2009-décembre 2010", "2009-01-01", "2010-12-31", "month")),
    ("janvier 2009 - décembre 2010",
     one("janvier 2009 - décembre 2010", "2009-01-01", "2010-12-31", "month")),
    ("Forum du 12 au 14 mai 2009", one("du 12 au 14 mai 2009", "2009-05-12", "2009-05-14", "day")),
    ("Forum 12-14 mai 2009", one("12-14 mai 2009", "2009-05-12", "2009-05-14", "day")),
    ("Forum du 1er au 3 mai 2009", one("du 1er au 3 mai 2009", "2009-05-01", "2009-05-03", "day")),
    ("Forum du 28 avril au 2 mai 2009", one("du 28 avril au 2 mai 2009", "2009-04-28", "2009-05-02", "day")),
    ("Forum du 04/12/07 au 06/12/07", one("du 04/12/07 au 06/12/07", "2007-12-04", "2007-12-06", "day")),
    ("Campagne septembre à décembre 2009",
     one("septembre à décembre 2009", "2009-09-01", "2009-12-31", "month")),
    ("Campagne de janvier à mars 2009", one("de janvier à mars 2009", "2009-01-01", "2009-03-31", "month")),
    ("Campagne mai-juin 2009", one("mai-juin 2009", "2009-05-01", "2009-06-30", "month")),
    ("Campagne juin 2007 à mars 2008", one("juin 2007 à mars 2008", "2007-06-01", "2008-03-31", "month")),
    ("Campagne de janvier jusqu'à mars 2009",
     one("de janvier jusqu'à mars 2009", "2009-01-01", "2009-03-31", "month")),
    ("Sessions mars et juin 2009", one("mars et juin 2009", "2009-03-01", "2009-06-30", "month")),
    ("Sessions mars, avril et juin 2009",
     one("mars, avril et juin 2009", "2009-03-01", "2009-06-30", "month")),
    ("Forum entre le 12 et le 14 mai 2009",
     one("entre le 12 et le 14 mai 2009", "2009-05-12", "2009-05-14", "day")),
    ("Forums les 12 et 19 mai 2009", one("12 et 19 mai 2009", "2009-05-12", "2009-05-19", "day")),
]


@pytest.mark.parametrize(("text", "expected"), FIND_CASES, ids=[c[0][-40:] for c in FIND_CASES])
def test_find_dates(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert found(text) == expected


# ------------------------------------------------------------------ find_dates: several or none

def test_two_expressions_in_one_sentence() -> None:
    text = ("Signature d'une Entente de partenariat (juin 2007) et signature d'une Entente "
            "spécifique (mars 2008)")
    assert found(text) == [("juin 2007", "2007-06-01", "2007-06-30", "month"),
                           ("mars 2008", "2008-03-01", "2008-03-31", "month")]
    exprs = find_dates(text)
    assert [text[e.pos[0]:e.pos[1]] for e in exprs] == ["juin 2007", "mars 2008"]


def test_full_dates_joined_by_et_stay_two() -> None:
    assert found("juin 2007 et mars 2008") == [("juin 2007", "2007-06-01", "2007-06-30", "month"),
                                               ("mars 2008", "2008-03-01", "2008-03-31", "month")]


@pytest.mark.parametrize("text", [
    "",
    "Fait par le RQDS",
    "Rencontre avec le 1er Ministre",
    "Octroi de près de 120 000 $",
    "Ligne 211",
    "État de santé des enfants 0-5 ans",
    "31/02/08",  # no 31 February
    "12/13/2008",  # no 13th month
    "29/02/2007",  # 2007 is no leap year
    "2009-2006",  # a range whose end is before its start
    "décembre à mars 2009",  # would need a guessed year
    "du 14 au 12 mai 2009",
    "le 3 novembre",  # no year: never guessed
    "en mars",
    "1899", "2101", "19999", "20071",
    "Printemps 2010", "Été 2009", "été 2009", "Automne 2008", "hiver 2009-2010",
    "T1 2010", "1er trimestre 2010", "deuxième semestre 2009",
    "2008-09",  # fiscal year or September? not said: no date
    "12-2009",
    "Octroi de 2000 $", "2008 %", "1950 personnes",
    "version 1.2.10.4",
    "Tél. 418-123-4567",
], ids=lambda t: t or "empty")
def test_not_dates(text: str) -> None:
    assert find_dates(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Phase 3, 12 mai 2009", "12 mai 2009"),  # a comma alone does not make a list of days
    ("Étape 3 - 15 mai 2009", "15 mai 2009"),  # a spaced dash after a bare number: no day range
    ("Groupe 3 et mai 2009", "mai 2009"),  # a number before a month is no day
])
def test_a_number_before_a_date_is_not_a_day(text: str, expected: str) -> None:
    assert [e.text for e in find_dates(text)] == [expected]


def test_an_amount_is_not_the_end_of_a_range() -> None:
    text = "Rencontre du 12 juin 2009 à 2008 participants"
    assert found(text) == one("12 juin 2009", "2009-06-12", "2009-06-12", "day")


def test_gold_follow_up_items() -> None:
    """Every item of the seed expectation gives its expected date columns."""
    path = GOLD / "followups.csv"
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    assert rows
    for row in rows:
        exprs = find_dates(row["raw"])
        got = ("; ".join(e.text for e in exprs),
               min((e.start for e in exprs), default=""), max((e.end for e in exprs), default=""),
               max((e.precision for e in exprs), key=["day", "month", "year"].index, default="none"))
        want = (row["date_text"], row["date_start"], row["date_end"], row["date_precision"])
        assert tuple(str(g) for g in got) == want, row["raw"]


# ------------------------------------------------------------------ read_deadline

DEADLINE_CASES = [
    ("2007", "year", "2007-01-01", "2007-12-31"),
    ("2008", "year", "2008-01-01", "2008-12-31"),
    ("En 2008", "year", "2008-01-01", "2008-12-31"),
    ("Décembre 2006", "month", "2006-12-01", "2006-12-31"),
    ("Octobre 2006", "month", "2006-10-01", "2006-10-31"),
    ("févr. 2008", "month", "2008-02-01", "2008-02-29"),
    ("12 juin 2007", "day", "2007-06-12", "2007-06-12"),
    ("Le 1er février 2007", "day", "2007-02-01", "2007-02-01"),
    ("04/12/07", "day", "2007-12-04", "2007-12-04"),
    ("2008-2010", "range", "2008-01-01", "2010-12-31"),
    ("2006-2009", "range", "2006-01-01", "2009-12-31"),
    ("janvier 2009-décembre 2010", "range", "2009-01-01", "2010-12-31"),
    ("du 12 au 14 mai 2009", "range", "2009-05-12", "2009-05-14"),
    ("septembre à décembre 2009", "range", "2009-09-01", "2009-12-31"),
    ("mars et juin 2009", "range", "2009-03-01", "2009-06-30"),
    ("2007 et 2008", "range", "2007-01-01", "2008-12-31"),
    ("Juin 2007, mars 2008", "range", "2007-06-01", "2008-03-31"),
    ("Mars 2007 / avril 2007", "range", "2007-03-01", "2007-04-30"),
    ("D'avril à juin 2009", "range", "2009-04-01", "2009-06-30"),
    ("Entre le 12 et le 14 mai 2009", "range", "2009-05-12", "2009-05-14"),
    ("2007¹", "year", "2007-01-01", "2007-12-31"),  # a footnote mark
    ("Décembre 2006*", "month", "2006-12-01", "2006-12-31"),
    ("DÉCEMBRE\n2006", "month", "2006-12-01", "2006-12-31"),
    ("Continu", "continuous", None, None),
    ("Continu.", "continuous", None, None),
    ("En continu", "continuous", None, None),
    ("En cours de façon continue", "continuous", None, None),
    ("À déterminer", "tbd", None, None),
    ("A determiner", "tbd", None, None),
    ("À venir", "tbd", None, None),
    ("À confirmer", "tbd", None, None),
    ("Une fois par année", "recurring", None, None),
    ("Une initiative par rencontre", "recurring", None, None),
    ("Annuellement", "recurring", None, None),
    ("Chaque trimestre", "recurring", None, None),
    ("À chaque rencontre", "recurring", None, None),
    ("4 rencontres par année", "recurring", None, None),
    ("Mensuel", "recurring", None, None),
    ("Hebdomadaire", "recurring", None, None),
    ("Deux fois par an", "recurring", None, None),
    ("", "none", None, None),
    ("   \n ", "none", None, None),
    ("Printemps 2010", "unparsed", None, None),
    ("Été 2009", "unparsed", None, None),
    ("T1 2010", "unparsed", None, None),
    ("Automne", "unparsed", None, None),
    ("Fin 2009", "unparsed", None, None),
    ("avant le 31 mars 2009", "unparsed", None, None),
    ("2007 (à confirmer)", "unparsed", None, None),
    ("Annuellement à partir de 2008", "unparsed", None, None),
    ("En cours", "unparsed", None, None),
    ("31/02/08", "unparsed", None, None),
    ("2009-2006", "unparsed", None, None),
    ("2008-09", "unparsed", None, None),
    ("12 juin", "unparsed", None, None),
    ("12 - 14 mai 2009", "unparsed", None, None),  # neither one day nor, for sure, a range
    ("(À déterminer)", "tbd", None, None),
    ("« Continu »", "continuous", None, None),
    ("juin", "unparsed", None, None),
]


@pytest.mark.parametrize(("text", "kind", "start", "end"), DEADLINE_CASES,
                         ids=[c[0] or "empty" for c in DEADLINE_CASES])
def test_read_deadline(text: str, kind: str, start: str | None, end: str | None) -> None:
    expected = Deadline(kind, D.fromisoformat(start) if start else None,
                        D.fromisoformat(end) if end else None)
    assert read_deadline(text) == expected


def test_gold_deadlines() -> None:
    path = GOLD / "actions.csv"
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    assert rows
    for row in rows:
        got = read_deadline(row["deadline_text"])
        assert (got.kind, str(got.start or ""), str(got.end or "")) == (
            row["deadline_kind"], row["deadline_start"], row["deadline_end"]), row["deadline_text"]


# ------------------------------------------------------------------ dateparser fallback

@pytest.mark.parametrize(("text", "kind", "start", "end"), [
    ("mardi 12 juin 2007", "day", "2007-06-12", "2007-06-12"),  # a weekday: residue for the regexes
    ("12 juin 07", "day", "2007-06-12", "2007-06-12"),  # two-digit year after a month name
    ("mardi 12/06/2007", "day", "2007-06-12", "2007-06-12"),
    ("12-2007", "month", "2007-12-01", "2007-12-31"),  # month-year with a dash
])
def test_fallback_reads_what_the_regexes_do_not(monkeypatch: pytest.MonkeyPatch, text: str, kind: str,
                                                start: str, end: str) -> None:
    assert read_deadline(text) == Deadline(kind, D.fromisoformat(start), D.fromisoformat(end))
    monkeypatch.setattr(dates, "_dateparser_fallback", lambda text: None)
    assert read_deadline(text).kind == "unparsed"  # so it is the fallback that read it


@pytest.mark.parametrize("text", [
    "T1 2010",  # dateparser says January 2010
    "2008-09",  # dateparser says September 2008
    "dans 2 ans",  # relative to today
    "douze juin 2007",  # day written out: not verified, so not taken
    "12 juin",  # dateparser adds this year
    "Printemps 2010", "Été 2009", "hiver 2010",
    "12 2007", "2007 12", "06 2007",  # a number beside a year is no month
    "2007.12",
    "juin 2007 ?", "15-06-2007 ?",  # the writer doubts it
    "12 juin 2007 14:00",  # a number left unexplained
])
def test_fallback_never_guesses(text: str) -> None:
    assert read_deadline(text).kind == "unparsed"


def test_fallback_rejects_invented_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever dateparser returns, a day or month not written in the text is refused."""

    class Invented:
        date_obj = datetime.datetime(2007, 11, 14)
        period = "day"

    class Parser:
        def get_date_data(self, text: str) -> Invented:
            return Invented()

    monkeypatch.setattr(dates, "_PARSER", Parser())
    assert read_deadline("mardi 2007 (à voir)").kind == "unparsed"
    assert read_deadline("novembre 2007 (à voir)").kind == "unparsed"
    Invented.period = "month"
    assert read_deadline("novembre 2007 (à voir)") == Deadline("month", D(2007, 11, 1), D(2007, 11, 30))
    Invented.period = "week"
    assert read_deadline("14 novembre 2007 (à voir)").kind == "unparsed"


def test_find_dates_does_not_import_dateparser() -> None:
    code = ("import sys; from normalize.dates import find_dates, read_deadline, read_as_of; "
            "find_dates('Transport (04/12/07)'); read_deadline('Décembre 2006'); "
            "read_as_of('Suivi en date du 31 mars 2009'); "
            "assert 'dateparser' not in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT,
                   env={"PYTHONPATH": str(ROOT), "PATH": ""})


# ------------------------------------------------------------------ read_as_of, looks_like_date

@pytest.mark.parametrize(("text", "expected"), [
    ("Suivi en date du 31 mars 2009", D(2009, 3, 31)),
    ("Suivi au 31 mars 2009", D(2009, 3, 31)),
    ("État d'avancement au 30 juin 2010", D(2010, 6, 30)),
    ("Résultats au 2009-03-31", D(2009, 3, 31)),
    ("AVRIL 2009", D(2009, 4, 30)),
    ("Suivi février 2008", D(2008, 2, 29)),
    ("Suivi 2008", D(2008, 12, 31)),
    ("Bilan 2006-2008 — suivi au 31 mars 2009", D(2009, 3, 31)),
    ("Suivi", None),
    ("", None),
    ("Suivi printemps 2009", None),
])
def test_read_as_of(text: str, expected: datetime.date | None) -> None:
    assert read_as_of(text) == expected


@pytest.mark.parametrize("text", [
    "Printemps 2010", "Été 2009", "T1 2010", "le 3 novembre", "en mars", "2008-09", "12 juin 07",
    "31/02/08", "2007 (à confirmer)", "sept. 2009", "12/13/2008",
])
def test_looks_like_date(text: str) -> None:
    assert looks_like_date(text)


@pytest.mark.parametrize("text", [
    "", "Automne", "0-5 ans", "Ligne 211", "Octroi de près de 120 000 $", "Octroi de 2000 $",
    "Rencontre avec le 1er Ministre", "sept rencontres", "Ils étaient sept.", "1/2", "Fait par le RQDS",
])
def test_does_not_look_like_date(text: str) -> None:
    assert not looks_like_date(text)


# ------------------------------------------------------------------ properties

_PIECES = st.sampled_from([
    "12", "1er", "1 er", "1ᵉʳ", "31", "0", "5", "04/12/07", "31/02/08", "05-11-07", "4.12.2007",
    "2006", "2009", "1899", "2100", "2101", "juin", "Février", "févr.", "déc", "sept", "mai",
    "Printemps", "été", "T1", "trimestre", "-", "–", "/", ".", ",", " ", " au ", " à ", " et ",
    " ou ", "du ", "de ", "entre le ", "(", ")", ";", "$", " 000", "ans", "le ", "jusqu'à ",
    "2009-03-31", "12/2009", "e\u0301", "Continu", "À déterminer", "par année",
])
_TEXTS = st.one_of(st.text(max_size=80), st.lists(_PIECES, max_size=14).map("".join))


def _check(expr: DateExpr, text: str) -> None:
    assert expr.text == text[expr.pos[0]:expr.pos[1]]
    assert LOW <= expr.start <= expr.end <= HIGH
    assert expr.precision in ("day", "month", "year")


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_find_dates_properties(text: str) -> None:
    exprs = find_dates(text)
    for expr in exprs:
        _check(expr, text)
    assert all(a.pos[1] <= b.pos[0] for a, b in itertools.pairwise(exprs))
    joined = " ; ".join(e.text for e in exprs)
    again = find_dates(joined)
    assert [(e.text, e.start, e.end, e.precision) for e in again] == \
        [(e.text, e.start, e.end, e.precision) for e in exprs]


@settings(max_examples=200, deadline=None)
@given(_TEXTS)
def test_read_deadline_properties(text: str) -> None:
    got = read_deadline(text)
    assert got.kind in ("day", "month", "year", "range", "recurring", "continuous", "tbd", "none",
                        "unparsed")
    if got.kind in ("day", "month", "year", "range"):
        assert got.start is not None and got.end is not None
        assert LOW <= got.start <= got.end <= HIGH
    else:
        assert got.start is None and got.end is None


@settings(max_examples=200, deadline=None)
@given(_TEXTS)
def test_read_as_of_and_looks_like_date_never_raise(text: str) -> None:
    as_of = read_as_of(text)
    assert as_of is None or LOW <= as_of <= HIGH
    assert isinstance(looks_like_date(text), bool)
