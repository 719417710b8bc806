"""The series axis of the layout family: three yearly bilans of one Table, drawn from a spec,
with the truth of which action of a year is which action of the year before.

A series takes the actions of one of the family's specs (samples/, tests/variants/,
tests/layouts/specs/) as its first year, then writes two more years the way Tables do: each
action kept (as written, or reworded by a realistic edit: a typo or lost accents, an
abbreviation introduced or spelled out, a defined abbreviation "long form (ABBR)" used alone
the next year, a verb or noun swapped for a synonym, words moved, half the words dropped, a
precision added, the objective, responsible or deadline changed), written as two in the last
year (a split: two sectors, publics or phases, either part being the action), dropped, or
left out one year and back the next (a gap); new actions from other specs; and look-alikes: another action
sharing most words with one of the year before (another MRC, another theme, another
committee), which is a new action, not the same one.

Each year is a Word file (samples/make_samples.py); the conversion's tracks.csv is compared
with the truth as pairs (an action, the same action in the next year that holds it):
precision and recall.

    python tests/layouts/series.py OUT_DIR --random-series SEED N   # N series, figures per seed
"""

from __future__ import annotations

import random
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
ROOT = TESTS.parent
if sys.path and Path(sys.path[0] or ".").resolve() == HERE:
    sys.path.pop(0)
sys.path[:0] = [str(TESTS), str(ROOT)] if str(TESTS) not in sys.path else []

from layouts import family  # noqa: E402

SYNONYMS = [("Organiser", "Tenir"), ("Soutenir", "Appuyer"), ("Réaliser", "Produire"), ("Élaborer", "Préparer"),
            ("Mettre sur pied", "Créer"), ("Promouvoir", "Faire connaître"), ("rencontres", "réunions"),
            ("Diffuser", "Distribuer"), ("Poursuivre", "Continuer"), ("Accompagner", "Soutenir")]
SPLITS = [(" – volet jeunesse", " – volet aînés"), (" (secteur nord)", " (secteur sud)"),
          (" : phase de planification", " : phase de réalisation"), (" en milieu rural", " en milieu urbain")]
PRECISIONS = [" (phase 2)", " dans l'ensemble de la région", " avec les partenaires du milieu", " en continu"]
THEMES = ["logement", "transport", "alimentation", "emploi", "loisir", "santé", "éducation", "culture"]
PLACES = ["Matawinie", "Maskinongé", "Portneuf", "Charlevoix", "Bellechasse", "Kamouraska", "Témiscouata"]
COMMITTEES = ["comité logement", "comité transport", "comité jeunesse", "comité aînés", "comité famille"]
# a built-in abbreviation and its spelled-out form, both ways (normalize/tracks/abbreviations.py)
LONG_FORMS = [("CRÉ", "Conférence régionale des élus"), ("MRC", "municipalités régionales de comté"),
              ("CSSS", "centres de santé et de services sociaux"), ("CPE", "centres de la petite enfance"),
              ("CJE", "carrefours jeunesse-emploi"), ("OMH", "offices municipaux d'habitation")]
# abbreviations no list knows: defined in the first year's objective, used alone after
DEFINED = [("ATC", "approche territoriale concertée"), ("PSIJ", "projet de soutien à l'insertion des jeunes"),
           ("RUI", "revitalisation urbaine intégrée"), ("DSI", "démarche de solidarité intermunicipale")]


@dataclass
class Action:
    track: int
    objective: str
    action: str
    responsible: str
    deadline: str
    edit: str = "first"
    split_of: int | None = None  # the second part of a split: the track of the action split


@dataclass
class Series:
    name: str
    table: str
    years: list[list[Action]] = field(default_factory=list)

    def true_pairs(self) -> set[tuple[tuple[int, int], tuple[int, int]]]:
        """((year, index), (year, index)) of each action and the same action where it is next held."""
        return _pairs([[a.track for a in year] for year in self.years])

    def either_part(self, got: set[tuple[tuple[int, int], tuple[int, int]]]) -> set:
        """The links found, a split's second part linked instead of its first counted as the first:
        either part of an action written as two is that action."""
        where = {(y, a.track): (y, i) for y, year in enumerate(self.years) for i, a in enumerate(year)
                 if a.split_of is None}
        second = {(y, i): where[(y, a.split_of)] for y, year in enumerate(self.years)
                  for i, a in enumerate(year) if a.split_of is not None}
        out = set()
        for a, b in got:
            first = second.get(b)
            out.add((a, first) if first is not None and (a, first) not in got else (a, b))
        return out


def _pairs(tracks: list[list[object]]) -> set[tuple[tuple[int, int], tuple[int, int]]]:
    last: dict[object, tuple[int, int]] = {}
    out = set()
    for y, year in enumerate(tracks):
        for i, track in enumerate(year):
            if track in last:
                out.add((last[track], (y, i)))
            last[track] = (y, i)
    return out


def _pool() -> list[dict]:
    """Every action row of the family's specs, objective carried down."""
    rows = []
    for name in family.SPECS:
        spec = family.spec(name)
        for section in spec.get("sections") or []:
            objective = ""
            for table in section.get("tables") or []:
                for row in table.get("rows") or []:
                    if not row.get("action") or row.get("title_row") or row.get("continuation"):
                        continue
                    objective = row.get("objective") or (row.get("expect") or {}).get("objective") or objective
                    rows.append({"spec": name, "objective": objective, "action": row["action"],
                                 "responsible": row.get("responsible") or "", "deadline": row.get("deadline") or ""})
    return rows


def _typo(rng: random.Random, text: str) -> str | None:
    words = [m for m in re.finditer(r"[^\W\d_]{7,}", text)]
    if not words:
        return None
    m = rng.choice(words)
    w, k = m.group(0), rng.randrange(2, len(m.group(0)) - 2)
    kind = rng.choice(["drop", "double", "swap"])
    typed = w[:k] + w[k + 1:] if kind == "drop" else w[:k] + w[k] + w[k:] if kind == "double" else \
        w[:k] + w[k + 1] + w[k] + w[k + 2:]
    return text[:m.start()] + typed + text[m.end():]


def _no_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def _swap(text: str, pairs: list[tuple[str, str]]) -> str | None:
    for a, b in pairs:
        for x, y in ((a, b), (b, a)):
            if re.search(rf"\b{re.escape(x)}\b", text):
                return re.sub(rf"\b{re.escape(x)}\b", y, text, count=1)
    return None


def _drop_half(text: str) -> str | None:
    m = list(re.finditer(r"\s(?:dans|auprès|pour|avec|lors|en vue)\s", text))
    if not m or len(text[:m[-1].start()].split()) < 3:
        return None
    return text[:m[-1].start()]


def _move(text: str) -> str | None:
    m = re.search(r"\s((?:dans|auprès de|avec) [^,]{6,})$", text)
    if not m:
        return None
    head = text[:m.start()]
    return f"{m.group(1)[0].upper()}{m.group(1)[1:]}, {head[0].lower()}{head[1:]}"


def reword(rng: random.Random, a: Action) -> Action:
    """The action the next year: as written, or one realistic edit (the edit is named)."""
    kinds = ["same", "same", "typo", "accents", "abbreviation", "synonym", "precision", "half", "order",
             "objective", "responsible", "deadline"]
    rng.shuffle(kinds)
    for kind in kinds:
        text, new = a.action, None
        fields = {}
        if kind == "same":
            new = text
        elif kind == "typo":
            new = _typo(rng, text)
        elif kind == "accents":
            new = _no_accents(text) if _no_accents(text) != text else None
        elif kind == "abbreviation":
            new = _swap(text, LONG_FORMS)
        elif kind == "synonym":
            new = _swap(text, SYNONYMS)
        elif kind == "precision":
            new = text + rng.choice(PRECISIONS)
        elif kind == "half":
            new = _drop_half(text)
        elif kind == "order":
            new = _move(text)
        elif kind in ("objective", "responsible", "deadline"):
            new = text
            fields = {"objective": "Consolider " + a.objective[:1].lower() + a.objective[1:] if a.objective else "",
                      "responsible": "Comité de coordination", "deadline": "En continu"}
            fields = {kind: fields[kind]}
        if new:
            out = Action(a.track, a.objective, new, a.responsible, a.deadline, kind)
            for k, v in fields.items():
                setattr(out, k, v)
            return out
    return Action(a.track, a.objective, a.action, a.responsible, a.deadline, "same")


def split(rng: random.Random, a: Action, track: int) -> list[Action]:
    """The action written as two the next year (two sectors, publics or phases): the first part
    keeps its track, the second starts one; either may be the one linked."""
    one, two = rng.choice(SPLITS)
    return [Action(a.track, a.objective, a.action + one, a.responsible, a.deadline, "split"),
            Action(track, a.objective, a.action + two, a.responsible, a.deadline, "split", split_of=a.track)]


def lookalike(rng: random.Random, a: Action, track: int) -> Action | None:
    """Another action sharing most words with `a`: another place, theme or committee."""
    text = a.action
    for pattern, choices in ((r"\bMRC (?:de |d')[A-ZÉ][\w-]+", ["MRC de " + p for p in PLACES]),
                             (r"\bcomité (?!de\b|du\b|des\b|d')\w+", COMMITTEES),
                             (r"\b(?:" + "|".join(THEMES) + r")\b", THEMES)):
        m = re.search(pattern, text)
        if m:
            other = rng.choice([c for c in choices if c != m.group(0)])
            return Action(track, a.objective, text[:m.start()] + other + text[m.end():], a.responsible,
                          a.deadline, "lookalike")
    return None


def make_series(seed: int, k: int) -> Series:
    rng = random.Random(seed * 1000 + k)
    splits = random.Random(seed * 1000 + k + 500_000)  # its own draws: the rest of the series stays as it was
    pool = _pool()
    base = rng.choice(sorted({r["spec"] for r in pool}))
    mine = list({_no_accents(r["action"]).lower(): r for r in pool
                 if r["spec"] == base and len(r["action"].split()) >= 3}.values())[:10]
    seen = {_no_accents(r["action"]).lower() for r in mine}
    others = list({_no_accents(r["action"]).lower(): r for r in pool if r["spec"] != base
                   and _no_accents(r["action"]).lower() not in seen}.values())
    rng.shuffle(others)  # new actions are taken in turn: never the same text twice
    table = f"TABLE DE CONCERTATION DE LA VALLÉE {k + 1} ({seed})"
    series = Series(f"serie-{seed}-{k:02d}", table)
    tracks = iter(range(10_000))
    first = [Action(next(tracks), r["objective"], r["action"], r["responsible"], r["deadline"]) for r in mine]
    # an abbreviation no list knows, defined in the first year, used alone after
    short, long = rng.choice(DEFINED)
    first.append(Action(next(tracks), f"Déployer une {long} ({short})", f"Mettre en œuvre la {long} dans les "
                        f"quartiers {rng.choice(['nord', 'sud', 'centraux'])}", "Coordination", "2010-2012"))
    series.years.append(first)
    gaps: list[Action] = []
    for _year in (1, 2):
        before = series.years[-1]
        year: list[Action] = []
        for a in before:
            fate = rng.random()
            if fate < 0.1:
                continue  # dropped
            if fate < 0.22:
                gaps.append(a)  # left out this year, back the next
                continue
            new = reword(rng, a)
            if a.action.startswith("Mettre en œuvre la ") and short not in a.action:
                new = Action(a.track, a.objective.replace(f" ({short})", ""),
                             a.action.replace(long, short), a.responsible, a.deadline, "defined")
            if _year == 2 and splits.random() < 0.1:
                year += split(splits, a, next(tracks))
                continue
            year.append(new)
        if _year == 2:
            year += [reword(rng, a) for a in gaps if a not in before]
        for r in (others.pop(), others.pop()):
            year.append(Action(next(tracks), r["objective"], r["action"], r["responsible"], r["deadline"], "new"))
        texts = {_no_accents(a.action).lower() for y in series.years + [year] for a in y}
        for a in rng.sample(before, min(3, len(before))):
            look = lookalike(rng, a, next(tracks))
            if look is not None and _no_accents(look.action).lower() not in texts:
                texts.add(_no_accents(look.action).lower())
                year.insert(rng.randrange(len(year) + 1), look)
        series.years.append(year)
    return series


def write_series(series: Series, folder: Path) -> list[Path]:
    """The three years as Word files."""
    import scripts

    build = scripts.make_samples().build_docx
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for y, year in enumerate(series.years):
        end = 2011 + y
        spec = {"title": [series.table, f"BILAN DU PLAN D'ACTION {end - 1}-{end}"], "date_line": f"AVRIL {end}",
                "header": ["Objectif", "Actions", "Responsable", "Échéancier", f"Suivi en date du 31 mars {end}"],
                "columns": ["objective", "action", "responsible", "deadline", "followup"],
                "sections": [{"title": "Plan d'action", "tables": [{"rows": [
                    {"objective": a.objective, "action": a.action, "responsible": a.responsible,
                     "deadline": a.deadline, "followup": [{"item": f"Suivi fait le {3 + i % 20} mai {end - 1}",
                                                           "bullet": "-"}]}
                    for i, a in enumerate(year)]}]}]}
        path = folder / f"{series.name}-{end - 1}-{end}.docx"
        build(spec, path)
        paths.append(path)
    return paths


def linked_pairs(series: Series, paths: list[Path]) -> set[tuple[tuple[int, int], tuple[int, int]]]:
    """The pairs the conversion's tracks (the Python API, as a user would) link."""
    from bilan.api import convert

    result = convert([str(p) for p in paths])
    tracks = result.tracks
    order = {p.name: y for y, p in enumerate(paths)}
    grid: list[list[object]] = [[None] * len(year) for year in series.years]
    for row in tracks.itertuples():
        y, i = order[row.document], int(row.action_id[1:]) - 1
        if i < len(grid[y]):
            grid[y][i] = row.track_id
    return _pairs(grid)


def measure(seed: int, n: int, folder: Path) -> tuple[int, int, int, list[str]]:
    """(true pairs found, links made, true pairs) over n series, and the misses and false links."""
    found = made = true = 0
    notes = []
    for k in range(n):
        series = make_series(seed, k)
        paths = write_series(series, folder / series.name)
        want, got = series.true_pairs(), series.either_part(linked_pairs(series, paths))
        found, made, true = found + len(want & got), made + len(got), true + len(want)
        text = {(y, i): a for y, year in enumerate(series.years) for i, a in enumerate(year)}
        for a, b in sorted(want - got):
            notes.append(f"{series.name} missed ({text[b].edit}): {text[a].action!r} -> {text[b].action!r}")
        for a, b in sorted(got - want):
            notes.append(f"{series.name} false link: {text[a].action!r} -> {text[b].action!r}")
    return found, made, true, notes


def main(argv: list[str]) -> int:
    if len(argv) != 4 or argv[1] != "--random-series":
        print(__doc__.strip().splitlines()[-1].strip())
        return 2
    seed, n = int(argv[2]), int(argv[3])
    found, made, true, notes = measure(seed, n, Path(argv[0]))
    for line in notes:
        print(line)
    print(f"seed {seed}: {n} series, {true} true pairs, {made} links, {found} right: "
          f"precision {found / max(made, 1):.3f} recall {found / max(true, 1):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
