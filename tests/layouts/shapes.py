"""The shape axis of the layout family: bilans in the other table shapes of CONTRACT.md.

Specs: tests/layouts/shapes/*.json (samples/SPEC_FORMAT.md, "Table shapes"): a status column
("État de réalisation", "Statut", "Avancement", "% réalisé"), objectives and axes as title rows
across the table with no Objectif column, the plan's numbers of the actions in a "No" column or
opening the action cell, one follow-up column per year, and mixes of these. Each spec is drawn

- by reportlab (tests/layouts/render.py) under four looks: ruled, borderless, a rule under the
  header only, zebra shading, on other pages, fonts and sizes;
- as a Word file (samples/make_samples.py) turned into PDF by LibreOffice;
- as the Word file itself (the member's file is the .docx);

and a few members hold the cases a page makes: a title row alone at a page foot with its actions
on the next page (`Look.title_foot`, `build_docx(title_foot=)`), an action row of a shape cut
by a page (`Look.cut_row`); last come the random looks that once showed a bug (FOUND). The expected rows come from the specs' hand-written `expect` blocks
(tests/variants/build.py), the anomalies a conversion must report from `expect_anomalies`.

    python tests/layouts/family.py OUT_DIR '~shape'            # every shape member
    python tests/layouts/family.py OUT_DIR --random-shapes SEED N
"""

from __future__ import annotations

import random
from pathlib import Path

from layouts import family
from layouts.family import Look, Member

SHAPES = family.SHAPES

# Four looks per spec in turn: each run of four holds the four table styles.
LOOKS: list[Look] = [
    Look(),
    Look(page="A4", landscape=False, font="Helvetica", style="borderless", repeat_header=False),
    Look(page="legal", font="Times", size=10, style="header_rule"),
    Look(landscape=False, font="Times", size=8, style="zebra", split_rows=False),
    Look(page="A4", font="Helvetica", size=10, pad=2.0),
    Look(size=10, style="borderless", running=True),
    Look(page="legal", landscape=False, font="Helvetica", size=8, style="header_rule", heading_new_page=True),
    Look(page="A4", font="Times", size=11, style="zebra"),
    Look(landscape=False, size=8, split_rows=False, margin=60.0),
    Look(page="A4", landscape=False, font="Times", size=9, style="borderless", pad=6.0),
    Look(font="Helvetica", size=11, style="header_rule", repeat_header=False),
    Look(page="legal", landscape=False, size=10, style="zebra", running=True),
]

# Word files (page, landscape, font, ruled): fonts that `make setup` installs.
OFFICE = [("letter", True, "Liberation Sans", True), ("A4", False, "Liberation Serif", False),
          ("legal", True, "DejaVu Sans", True), ("A4", True, "Liberation Sans", False),
          ("letter", False, "DejaVu Sans", True), ("legal", False, "Liberation Serif", True)]
FONTS = ("Liberation Sans", "Liberation Serif", "DejaVu Sans")

# The cases a page makes: (spec, look, title_foot, cut_row) drawn by reportlab ...
PAGE_CASES = [
    ("plan-objectifs-en-titres-2016", 0, 2, 0),
    ("plan-axes-objectifs-2017-2018", 1, 3, 0),
    ("plan-titres-statut-numeros-2018-2019", 2, 2, 0),
    ("plan-longues-cellules-2015-2016", 0, 2, 5),
    ("plan-longues-cellules-2015-2016", 5, 0, 3),
    ("plan-deux-suivis-statut-2016-2018", 3, 0, 4),
    ("plan-etat-realisation-2016-2017", 10, 0, 4),
    ("plan-suivi-par-annee-2016-2018", 7, 0, 5),
]
# ... and (spec, office, title_foot) saved from Word: the table ends after that title row.
WORD_CASES = [
    ("plan-axes-objectifs-2017-2018", 0, 2),
    ("plan-longues-cellules-2015-2016", 4, 2),
]


# Looks drawn at random (`--random-shapes SEED 12`) that once showed a bug, kept as members:
# (seed, index).
FOUND = [(1, 10), (4, 0), (5, 0), (6, 0), (6, 1), (6, 7), (7, 10), (8, 2), (10, 11), (11, 9), (13, 0)]


def _office_tag(o: tuple) -> str:
    page, landscape, font, ruled = o
    return f"{page}-{'land' if landscape else 'port'}-{font.replace(' ', '')}-{'ruled' if ruled else 'borderless'}"


def members() -> list[Member]:
    """Every shape spec under four reportlab looks, saved from Word as PDF, as the Word file
    itself; then the page cases."""
    out: list[Member] = []
    for s, name in enumerate(SHAPES):
        for k in range(4):
            look_no = (s * 4 + k) % len(LOOKS)
            out.append(Member(f"{name}~shape-rl{look_no:02d}", name, look=LOOKS[look_no]))
        o = OFFICE[s % len(OFFICE)]
        out.append(Member(f"{name}~shape-lo-{_office_tag(o)}", name, office=o))
        d = OFFICE[(s + 3) % len(OFFICE)]
        out.append(Member(f"{name}~shape-docx-{_office_tag(d)}", name, office=d, docx=True))
    for name, look_no, title_foot, cut_row in PAGE_CASES:
        look = family.replace(LOOKS[look_no], title_foot=title_foot, cut_row=cut_row, split_rows=True)
        tag = (f"-titlefoot{title_foot}" if title_foot else "") + (f"-cut{cut_row}" if cut_row else "")
        out.append(Member(f"{name}~shape-rl{look_no:02d}{tag}", name, look=look))
    for name, o, title_foot in WORD_CASES:
        out.append(Member(f"{name}~shape-lo-{_office_tag(OFFICE[o])}-titlefoot{title_foot}", name,
                          office=OFFICE[o], title_foot=title_foot))
    out += [random_members(seed, k + 1)[k] for seed, k in FOUND]
    return out


def random_members(seed: int, n: int) -> list[Member]:
    """`n` members, each a shape spec drawn at random: by reportlab under a random look (a title
    row at a page foot, a row cut by a page, now and then), or saved from Word (PDF or the .docx
    itself) on a random page and font. Reproducible from `seed`."""
    rng = random.Random(seed)
    names = list(SHAPES)
    out = []
    for k in range(n):
        name = names[k % len(names)]
        renderer = rng.choice(["rl", "rl", "lo", "docx"])
        tag = f"{name}~shapes{seed}-{k:02d}-{renderer}"
        if renderer == "rl":
            look = family.replace(family.random_look(rng), title_foot=rng.choice([0, 0, 1, 2]),
                                  cut_row=rng.choice([0, 0, 2, 3, 4]))
            out.append(Member(tag, name, look=look))
        else:
            office = (rng.choice(["letter", "A4", "legal"]), rng.random() < 0.6, rng.choice(FONTS),
                      rng.random() < 0.6)
            title_foot = rng.choice([0, 0, 2])
            out.append(Member(tag, name, office=office, docx=renderer == "docx", title_foot=title_foot))
    return out


def is_shape(member) -> bool:
    return member.spec in SHAPES


def missing_anomalies(member, out: Path) -> list[str]:
    """The spec's expected anomalies that the conversion in `out` (a folder of CSVs) did not
    report."""
    import scripts
    from scoring import missing_anomalies as lacking

    expect = scripts.variants_build().expected_anomalies(family.spec(member.spec))
    gold_actions, _ = family.expected(member.spec)
    return lacking(expect, family._rows(out / "anomalies.csv"), gold_actions, family._rows(out / "actions.csv"))
