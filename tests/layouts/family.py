"""The layout family: the project's specs drawn many ways, each with its expected rows.

    python tests/layouts/family.py OUT_DIR [NAME ...]   # draw, convert, score; print a table
    python tests/layouts/family.py OUT_DIR --random SEED N   # N looks drawn at random instead:
                                                             # layouts the rules were not tuned on
    python tests/layouts/family.py OUT_DIR --random-producers SEED N   # N producer members at random
    python tests/layouts/family.py OUT_DIR --random-shapes SEED N   # N table-shape members at random

Specs: samples/bilan-2006-2008.json, tests/variants/*.json and tests/layouts/specs/*.json (data
rows full of header words; cells without bullets, after channel headings). Each member is one
spec under one `Look` (tests/layouts/render.py, reportlab), or one spec saved as a Word file by
samples/make_samples.py on another page and font, then turned into PDF by LibreOffice, or one
spec made by another producer (tests/layouts/producers.py: printed from HTML by Chromium,
re-distilled by Ghostscript, stored turned with /Rotate, the Word file saved again by LibreOffice
as .docx or .odt). Fonts are named only among those `make setup` installs, and checked
(tests/layouts/fonts.py): a member whose font or program is missing is not drawn. The
expected rows are laid out from the specs' hand-written `expect` blocks by
tests/variants/build.py; nothing is parsed.
"""

from __future__ import annotations

import csv
import json
import shutil
import statistics
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
ROOT = TESTS.parent
if sys.path and Path(sys.path[0] or ".").resolve() == HERE:
    sys.path.pop(0)  # run as a script: layouts/html.py must not hide the standard library's html
sys.path[:0] = [str(TESTS), str(ROOT)] if str(TESTS) not in sys.path else []

import scripts  # noqa: E402
from layouts import producers  # noqa: E402
from layouts.render import Look, draw_spec  # noqa: E402

SPECS = {p.stem: p for p in [ROOT / "samples" / "bilan-2006-2008.json",
                             *sorted((TESTS / "variants").glob("*.json")),
                             *sorted((HERE / "specs").glob("*.json"))]}


# Bilans in other table shapes (tests/layouts/shapes.py draws them; kept apart from SPECS,
# whose order sets the looks of the members above).
SHAPES = {p.stem: p for p in sorted((HERE / "shapes").glob("*.json"))}


def spec(name: str) -> dict:
    return json.loads((SPECS.get(name) or SHAPES[name]).read_text(encoding="utf-8"))


def expected(name: str) -> tuple[list[dict], list[dict]]:
    """(actions, followups) a correct conversion of the spec gives, values as CSV strings."""
    build = scripts.variants_build()
    actions, items, _ = build.expected_rows(spec(name))
    as_text = [{k: str(v) for k, v in row.items()} for row in actions]
    return as_text, [{k: str(v) for k, v in row.items()} for row in items]


# ------------------------------------------------------------------ the looks

NARROW_OBJECTIVE = (("objective", 12), ("followup", 38))
NARROW_ACTION = (("action", 11), ("objective", 12))
WIDE_FOLLOWUP = (("followup", 55),)

LOOKS: list[Look] = [
    Look(),
    Look(page="A4", landscape=False, font="Helvetica", style="borderless", repeat_header=False),
    Look(page="legal", font="Times", size=10, style="header_rule"),
    Look(landscape=False, font="Times", size=8, style="zebra", split_rows=False),
    Look(page="A4", font="Helvetica", size=10, shares=NARROW_OBJECTIVE, suite="foot"),
    Look(size=10, style="header_rule", shares=NARROW_OBJECTIVE, heading_new_page=True, suite="foot"),
    Look(page="legal", landscape=False, font="Helvetica", size=8, style="borderless",
         heading_new_page=True, running=True),
    Look(page="A4", landscape=False, shares=WIDE_FOLLOWUP, repeat_header=False),
    Look(font="Times", style="zebra", suite="foot", pad=2.0),
    Look(page="A4", size=8, style="borderless", shares=NARROW_ACTION, suite="foot"),
    Look(landscape=False, font="Helvetica", size=10, style="header_rule", split_rows=False,
         running=True),
    Look(page="legal", style="zebra", heading_new_page=True, shares=NARROW_OBJECTIVE),
    Look(page="A4", font="Times", size=11, style="ruled", split_rows=False, running=True),
    Look(landscape=False, size=8, style="borderless", shares=NARROW_OBJECTIVE, suite="foot",
         margin=60.0),
    Look(page="legal", landscape=False, font="Times", size=9, style="header_rule",
         shares=WIDE_FOLLOWUP, pad=6.0),
    Look(font="Helvetica", size=9, style="zebra", repeat_header=False, heading_new_page=True),
]


@dataclass(frozen=True)
class Member:
    name: str
    spec: str
    look: Look | None = None         # drawn by reportlab
    office: tuple = ()               # or saved by LibreOffice: (page, landscape, font, ruled)
    producer: tuple = ()             # then these steps (tests/layouts/producers.py)
    docx: bool = False               # the Word file itself is the member's file (no PDF)
    title_foot: int = 0              # Word: the table ends after the n-th title row (build_docx)


# Fonts that `make setup` installs (tests/layouts/fonts.py), so the PDF is the same everywhere.
OFFICE = [("A4", False, "Liberation Serif", True), ("legal", True, "DejaVu Sans", False),
          ("letter", False, "Liberation Sans", False)]


# Looks drawn at random (`--random SEED 24`) that once showed a bug, kept as members:
# (seed, index).
FOUND = [(7, 2), (7, 8), (11, 0), (23, 0), (11, 8), (11, 19), (23, 8), (42, 2), (42, 12), (42, 19),
         (101, 8), (101, 16), (101, 17), (505, 16), (505, 23), (606, 16), (808, 16), (808, 19),
         (707, 10), (808, 21), (2001, 0), (2001, 4), (2002, 10), (3001, 16), (3003, 22)]


def members() -> list[Member]:
    out = []
    for s, name in enumerate(SPECS):
        for k in range(6):
            look_no = (s * 6 + k) % len(LOOKS)
            out.append(Member(f"{name}~rl{look_no:02d}", name, look=LOOKS[look_no]))
    for s, name in enumerate(SPECS):
        if s % 2 == 0 or name == "bilan-sans-puces":
            o = OFFICE[s % len(OFFICE)]
            out.append(Member(producers.office_name(name, o), name, office=o))
    out += [random_members(seed, 24)[k] for seed, k in FOUND]
    from layouts import shapes

    return out + producers.members(Member, list(SPECS), LOOKS) + shapes.members()


def random_members(seed: int, n: int) -> list[Member]:
    """`n` members, each a spec under a look drawn at random (reproducible from `seed`)."""
    import random

    rng = random.Random(seed)
    names = list(SPECS)
    out = []
    for k in range(n):
        look = random_look(rng)
        out.append(Member(f"{names[k % len(names)]}~random{seed}-{k:02d}", names[k % len(names)], look=look))
    return out


def random_look(rng) -> Look:
    return Look(page=rng.choice(["letter", "A4", "legal"]), landscape=rng.random() < 0.6,
                font=rng.choice(["Helvetica", "Times", "DejaVu"]), size=rng.choice([8, 9, 10, 11]),
                shares=rng.choice([(), NARROW_OBJECTIVE, NARROW_ACTION, WIDE_FOLLOWUP]),
                style=rng.choice(["ruled", "borderless", "header_rule", "zebra"]),
                split_rows=rng.random() < 0.6, repeat_header=rng.random() < 0.7,
                heading_new_page=rng.random() < 0.3, suite=rng.choice(["page", "foot"]),
                pad=rng.choice([2.0, 4.0, 6.0]), margin=rng.choice([36.0, 50.0, 72.0]),
                running=rng.random() < 0.3)


def random_producer_members(seed: int, n: int) -> list[Member]:
    """`n` members made by producers drawn at random (reproducible from `seed`)."""
    return producers.random_members(Member, list(SPECS), random_look, seed, n)


def missing(member: Member) -> str | None:
    """Why the member cannot be drawn here (a program or a font is missing), or None."""
    return producers.missing(member)


def office_available() -> bool:
    return bool(shutil.which("soffice") or shutil.which("libreoffice"))


def draw(member: Member, folder: Path) -> Path:
    """The member's file (a PDF; a .docx or .odt for a re-save), drawn into folder."""
    folder.mkdir(parents=True, exist_ok=True)
    if member.producer:
        base = replace(member, producer=())
        return producers.produce(member, spec(member.spec), folder, lambda f: draw(base, f),
                                 lambda f: _docx(base, f))
    pdf = folder / f"{member.name}.pdf"
    if member.look is not None:
        return Path(draw_spec(spec(member.spec), str(pdf), member.look))
    if member.docx:
        return _docx(member, folder)
    return scripts.make_samples().docx_to_pdf(_docx(member, folder), folder)


def _docx(member: Member, folder: Path) -> Path:
    """The member's Word file (samples/make_samples.py) on its page, in its font."""
    from docx.shared import Inches
    folder.mkdir(parents=True, exist_ok=True)
    page, landscape, font, ruled = member.office
    sizes = {"letter": (8.5, 11), "A4": (8.27, 11.69), "legal": (8.5, 14)}[page]
    w, h = (max(sizes), min(sizes)) if landscape else (min(sizes), max(sizes))
    make = scripts.make_samples()
    make.PAGE_W, make.PAGE_H, make.FONT = Inches(w), Inches(h), font
    docx = folder / f"{member.name}.docx"
    if member.title_foot:
        make.build_docx(spec(member.spec), docx, ruled=ruled, title_foot=member.title_foot)
    else:
        make.build_docx(spec(member.spec), docx, ruled=ruled)
    return docx


def _rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@dataclass
class Outcome:
    member: Member
    overall: float
    unaccounted: int | None       # documents.csv chars_unaccounted, when the column exists
    status: str
    problems: list[str]
    anomalies: list[str] = field(default_factory=list)  # expected anomalies not reported


def run(member: Member, folder: Path) -> Outcome:
    """Draw, convert (the Python API, as a user would), score."""
    from bilan.api import convert
    from scoring import missing_anomalies, score

    source = draw(member, folder / "pdf")
    out = folder / "out" / member.name
    convert(source).write(out, formats=("csv",))
    (doc,) = _rows(out / "documents.csv")
    gold_actions, gold_items = expected(member.spec)
    result = score(gold_actions, gold_items, _rows(out / "actions.csv"), _rows(out / "followups.csv"))
    unaccounted = int(doc["chars_unaccounted"]) if doc.get("chars_unaccounted", "") != "" else None
    expect = scripts.variants_build().expected_anomalies(spec(member.spec))
    lacking = missing_anomalies(expect, _rows(out / "anomalies.csv"), gold_actions,
                                _rows(out / "actions.csv")) if expect else []
    return Outcome(member, result.overall, unaccounted, doc["status"], result.problems, lacking)


def main(argv: list[str]) -> int:
    folder = Path(argv[0])
    wanted = argv[1:]
    chosen = members()
    if wanted[:1] == ["--random"]:
        chosen, wanted = random_members(int(wanted[1]), int(wanted[2])), []
    elif wanted[:1] == ["--random-producers"]:
        chosen, wanted = random_producer_members(int(wanted[1]), int(wanted[2])), []
    elif wanted[:1] == ["--random-shapes"]:
        from layouts import shapes

        chosen, wanted = shapes.random_members(int(wanted[1]), int(wanted[2])), []
    outcomes = []
    for m in chosen:
        if wanted and not any(w in m.name for w in wanted):
            continue
        reason = missing(m)
        if reason:
            print(f"skipped {m.name}: {reason}", flush=True)
            continue
        try:
            o = run(m, folder)
        except producers.Unusable as exc:
            print(f"skipped {m.name}: {exc}", flush=True)
            continue
        outcomes.append(o)
        print(f"{o.overall:.3f} {o.unaccounted if o.unaccounted is not None else '-':>4} {m.name}", flush=True)
        for p in o.problems[:12]:
            print("      ", p)
        for p in o.anomalies:
            print("       anomaly:", p)
    scores = [o.overall for o in outcomes]
    if scores:
        low = [o.member.name for o in outcomes if o.overall < 0.99]
        print(f"members {len(scores)} min {min(scores):.3f} median {statistics.median(scores):.3f} "
              f"below 0.99: {len(low)}")
        for name in low:
            print("  below:", name)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))


__all__ = ["Look", "Member", "members", "run", "draw", "expected", "replace"]
