"""The scan axis of the layout family: members printed and scanned back, read by OCR.

A scan member is a family member (a spec drawn by reportlab, or saved from Word as PDF by
LibreOffice, in any of the shapes) whose PDF is turned into page images as a scanner or a
photocopier makes them (tests/scans.py): 300 or 200 dpi, black and white (lossless CCITT) or
greyscale (JPEG, or lossless), tilted up to 3°, specks, blur, and sheets fed sideways or upside
down (every page turned 90°, 180° or 270°). The bullets are those of the specs: "-", "•", "o",
"▪", "–", "✓", "✕" and the cells without any.

It converts with OCR as a user would (`--ocr auto`: a page without text is read from its image)
and is scored against the spec's expected rows like every member: it passes at 0.97 with 0
characters unaccounted.

    python tests/layouts/scan_axis.py OUT_DIR [NAME ...]          # the scan members, scored
    python tests/layouts/scan_axis.py OUT_DIR --random SEED N      # N scan looks at random
"""

from __future__ import annotations

import random
import statistics
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
if sys.path and Path(sys.path[0] or ".").resolve() == HERE:
    sys.path.pop(0)
sys.path[:0] = [str(TESTS), str(TESTS.parent)] if str(TESTS) not in sys.path else []

from layouts import family, shapes  # noqa: E402

THRESHOLD = 0.97


@dataclass(frozen=True)
class ScanLook:
    """How the sheets went through the scanner."""

    dpi: int = 300
    grey: bool = False        # greyscale; else black and white (CCITT G4, lossless)
    jpeg: bool = True         # greyscale only: JPEG (quality 75), else lossless (Flate)
    tilt: float = 0.0         # degrees, counter-clockwise
    speckle: float = 0.0      # share of pixels turned to specks
    blur: float = 0.0         # Gaussian blur radius, pixels
    turn: int = 0             # every page a quarter turn: 90, 180, 270

    @property
    def tag(self) -> str:
        parts = [f"{self.dpi}", ("grey-jpeg" if self.jpeg else "grey-flate") if self.grey else "bw"]
        if self.tilt:
            parts.append(f"tilt{self.tilt:+.1f}")
        if self.speckle:
            parts.append(f"speck{self.speckle:g}")
        if self.blur:
            parts.append(f"blur{self.blur:g}")
        if self.turn:
            parts.append(f"turn{self.turn}")
        return "-".join(parts)


@dataclass(frozen=True)
class ScanMember:
    base: family.Member
    look: ScanLook

    @property
    def name(self) -> str:
        return f"{self.base.name}~scan-{self.look.tag}"

    @property
    def spec(self) -> str:
        return self.base.spec


# The looks the members take in turn: every option of the axis, alone and together.
LOOKS = [
    ScanLook(),
    ScanLook(dpi=200, grey=True, tilt=0.8, speckle=0.002, blur=0.6),
    ScanLook(grey=True, jpeg=False, turn=180),
    ScanLook(dpi=200, tilt=-1.5),
    ScanLook(grey=True, tilt=2.5, blur=0.8),
    ScanLook(turn=90),
    ScanLook(dpi=200, grey=True, jpeg=False, speckle=0.004),
    ScanLook(grey=True, turn=270, tilt=-0.7),
    ScanLook(tilt=-3.0, speckle=0.002),
    ScanLook(dpi=200, grey=True, blur=1.0, turn=90),
]


def _pdf_members() -> list[family.Member]:
    """The family members that are a PDF drawn here (reportlab, or LibreOffice from Word), in
    every table shape; not the other producers' (Chromium, Ghostscript: their own axis)."""
    return [m for m in family.members() if not m.producer and not m.docx and (m.look is not None or m.office)]


def members(count: int = 40) -> list[ScanMember]:
    """`count` scan members: bases spread over the specs, the renderers and the shapes, each
    under the next look of LOOKS."""
    pool = _pdf_members()
    by_spec: dict[str, list[family.Member]] = {}
    for m in pool:
        by_spec.setdefault(m.spec, []).append(m)
    rng = random.Random(2026)
    for group in by_spec.values():
        rng.shuffle(group)
    picked: list[family.Member] = []
    while len(picked) < count and any(by_spec.values()):
        for name in sorted(by_spec):  # one of each spec in turn: specs, then renderers, vary
            if by_spec[name] and len(picked) < count:
                picked.append(by_spec[name].pop())
    return [ScanMember(m, LOOKS[k % len(LOOKS)]) for k, m in enumerate(picked)]


def random_look(rng: random.Random) -> ScanLook:
    grey = rng.random() < 0.5
    return ScanLook(dpi=rng.choice([300, 200]), grey=grey, jpeg=grey and rng.random() < 0.6,
                    tilt=round(rng.uniform(-3, 3), 1) if rng.random() < 0.6 else 0.0,
                    speckle=rng.choice([0.0, 0.0, 0.001, 0.003]), blur=rng.choice([0.0, 0.0, 0.5, 0.9]),
                    turn=rng.choice([0, 0, 0, 0, 90, 180, 270]))


def random_members(seed: int, n: int) -> list[ScanMember]:
    """`n` scan members at random (reproducible from `seed`): a random base member of the
    family, shapes included, under a random scan look."""
    rng = random.Random(seed)
    pool = _pdf_members()
    return [ScanMember(rng.choice(pool), random_look(rng)) for _ in range(n)]


def missing(member: ScanMember) -> str | None:
    from scans import tesseract_missing

    return tesseract_missing() or family.missing(member.base)


def run(member: ScanMember, folder: Path) -> family.Outcome:
    """Draw the base, scan it, convert with OCR (the Python API), score."""
    from bilan.api import convert
    from scans import scan_pdf
    from scoring import score

    source = family.draw(member.base, folder / "pdf")
    look = member.look
    scanned = scan_pdf(source, folder / "pdf" / f"{member.name}.pdf", dpi=look.dpi, grey=look.grey,
                       lossless=not look.jpeg, angle=look.tilt, speckle=look.speckle, blur=look.blur,
                       turns={n: look.turn for n in range(1, 1000)} if look.turn else None,
                       seed=len(member.name))
    out = folder / "out" / member.name
    convert(scanned).write(out, formats=("csv",))
    (doc,) = family._rows(out / "documents.csv")
    gold_actions, gold_items = family.expected(member.spec)
    result = score(gold_actions, gold_items, family._rows(out / "actions.csv"), family._rows(out / "followups.csv"))
    unaccounted = int(doc["chars_unaccounted"]) if doc.get("chars_unaccounted", "") != "" else None
    return family.Outcome(member.base, result.overall, unaccounted, doc["status"], result.problems)


def main(argv: list[str]) -> int:
    folder = Path(argv[0])
    wanted = argv[1:]
    chosen = members()
    if wanted[:1] == ["--random"]:
        chosen, wanted = random_members(int(wanted[1]), int(wanted[2])), []
    scores = []
    for m in chosen:
        if wanted and not any(w in m.name for w in wanted):
            continue
        reason = missing(m)
        if reason:
            print(f"skipped {m.name}: {reason}", flush=True)
            continue
        o = run(m, folder)
        scores.append((o.overall, m.name))
        print(f"{o.overall:.3f} {o.unaccounted if o.unaccounted is not None else '-':>4} {m.name}", flush=True)
        for p in o.problems[:8]:
            print("      ", p)
    if scores:
        low = [n for s, n in scores if s < THRESHOLD]
        print(f"members {len(scores)} min {min(s for s, _ in scores):.3f} "
              f"median {statistics.median(s for s, _ in scores):.3f} below {THRESHOLD}: {len(low)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))


__all__ = ["ScanLook", "ScanMember", "members", "random_members", "run", "shapes"]
