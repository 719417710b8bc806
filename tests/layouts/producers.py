"""The programs that make the PDFs (and Word files) users really send, as steps of a family member.

A member's `producer` is a tuple of steps, applied in order:

- ("chromium", page, landscape, font, repeat_header, ruled): the spec written as an HTML page
  (tests/layouts/html.py) and printed by headless Chromium; the first step, instead of the
  member's reportlab look or LibreOffice save;
- ("resave", "docx" | "odt"): the member's Word file (samples/make_samples.py's build_docx)
  opened and saved again by LibreOffice, as Word ("MS Word 2007 XML") or as OpenDocument;
  the first step, the member then yields that file instead of a PDF;
- ("gs",): the PDF re-distilled by Ghostscript (pdfwrite), as "print to PDF" tools do;
- ("rotate", angle, origin): the PDF stored turned, with /Rotate angle (90, 180, 270) so that a
  viewer shows the same page (store_rotated), its page box at `origin`.

Every step that needs a program says so (`missing`): pytest skips the member with the Debian
package to install.
"""

from __future__ import annotations

import math

import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

from layouts import fonts

NO_GS = "Ghostscript (gs) is not installed: apt-get install ghostscript"
NO_SOFFICE = "LibreOffice (soffice) is not installed: apt-get install libreoffice-writer"


class Unusable(RuntimeError):
    """The producer made a file that no longer holds the spec's text (a test of the program,
    not of the readers): the member is skipped, saying why."""


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


# ------------------------------------------------------------------ reproducible bytes

_DATE = re.compile(rb"(/(?:CreationDate|ModDate)\s*\(D:)([0-9]{4,14})")
_XMP_DATE = re.compile(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)([^<]*)(<)")
_UUID = re.compile(rb"(uuid:)([0-9a-fA-F-]{36})")
_ID = re.compile(rb"/ID\s*\[\s*<[0-9A-Fa-f]*>\s*<[0-9A-Fa-f]*>\s*\]")


def _same_length(value: bytes, fixed: bytes) -> bytes:
    return (fixed * (len(value) // len(fixed) + 1))[:len(value)]


def pin_pdf(pdf: Path) -> Path:
    """Replace the build dates, the XMP dates and ids and the /ID by fixed values of the same
    length (the xref stays valid), so a producer run twice gives the same bytes."""
    data = Path(pdf).read_bytes()
    data = _DATE.sub(lambda m: m.group(1) + _same_length(m.group(2), b"20090401000000"), data)
    data = _XMP_DATE.sub(lambda m: m.group(1) + re.sub(rb"[0-9]", b"0", m.group(2)) + m.group(3), data)
    data = _UUID.sub(lambda m: m.group(1) + re.sub(rb"[0-9a-fA-F]", b"0", m.group(2)), data)
    data = _ID.sub(lambda m: re.sub(rb"[0-9A-Fa-f](?=[0-9A-Fa-f]*>)", b"0", m.group(0)), data)
    Path(pdf).write_bytes(data)
    return Path(pdf)


# ------------------------------------------------------------------ stored rotated

def _boxes(page) -> dict:
    from pypdf.generic import NameObject
    return {name: page[NameObject(name)] for name in ("/MediaBox", "/CropBox", "/BleedBox", "/TrimBox", "/ArtBox")
            if NameObject(name) in page}


def store_rotated(src: Path, dst: Path, angle: int, origin: tuple[float, float] = (0, 0),
                  exact: bool = True) -> Path:
    """Write dst: src with every page stored turned and carrying /Rotate `angle` (90, 180 or
    270), so that any viewer shows exactly src's page. The content is turned by the inverse
    rotation (and the MediaBox/CropBox width and height swapped for 90 and 270); the page box
    starts at `origin` (its lower-left corner, e.g. (30, 40)), the content moved along. With
    `exact` false the turn is written from the angle's cosine and sine, as a driver computing
    it does (cos 90° = 6e-17, not 0)."""
    from pypdf import PdfReader, PdfWriter, Transformation
    from pypdf.generic import ArrayObject, FloatObject, NameObject, RectangleObject

    if angle not in (90, 180, 270):
        raise ValueError(f"angle must be 90, 180 or 270, not {angle}")
    ox, oy = float(origin[0]), float(origin[1])
    reader = PdfReader(str(src))
    writer = PdfWriter(clone_from=reader)
    for page in writer.pages:
        if page.rotation % 360:
            page.transfer_rotation_to_content()     # what the viewer showed, stored upright
        box = page.mediabox
        x0, y0 = float(box.left), float(box.bottom)
        w, h = float(box.width), float(box.height)
        # (x, y) on the shown page -> (u, v) stored, such that turning the stored page by
        # `angle` clockwise (what /Rotate asks a viewer) brings (u, v) back to (x, y)
        if angle == 90:
            turn, size = (0, 1, -1, 0, h, 0), (h, w)
        elif angle == 180:
            turn, size = (-1, 0, 0, -1, w, h), (w, h)
        else:
            turn, size = (0, -1, 1, 0, 0, w), (h, w)
        if not exact:
            cos, sin = math.cos(math.radians(angle)), math.sin(math.radians(angle))
            turn = (cos, sin, -sin, cos, *turn[4:])
        ctm = Transformation().translate(-x0, -y0).transform(Transformation(turn)).translate(ox, oy)

        def moved(rect, ctm=ctm) -> RectangleObject:
            (ax, ay), (bx, by) = ctm.apply_on((float(rect[0]), float(rect[1]))), \
                ctm.apply_on((float(rect[2]), float(rect[3])))
            return RectangleObject([min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)])

        boxes = _boxes(page)
        page.add_transformation(ctm)
        for name, rect in boxes.items():
            page[NameObject(name)] = moved(rect)
        page[NameObject("/MediaBox")] = RectangleObject([ox, oy, ox + size[0], oy + size[1]])
        if "/CropBox" not in boxes:
            page[NameObject("/CropBox")] = RectangleObject([ox, oy, ox + size[0], oy + size[1]])
        for annot in page.get("/Annots") or []:
            annot = annot.get_object()
            if "/Rect" in annot:
                annot[NameObject("/Rect")] = ArrayObject(FloatObject(v) for v in moved(annot["/Rect"]))
        page.rotation = angle
    dst = Path(dst)
    dst.parent.mkdir(parents=True, exist_ok=True)
    with open(dst, "wb") as fh:
        writer.write(fh)
    return dst


# ------------------------------------------------------------------ Ghostscript, LibreOffice

def redistill(src: Path, dst: Path, timeout: float = 300) -> Path:
    """dst: src re-distilled by Ghostscript's pdfwrite, dates and ids pinned."""
    exe = shutil.which("gs")
    if exe is None:
        raise FileNotFoundError(NO_GS)
    dst = Path(dst)
    dst.parent.mkdir(parents=True, exist_ok=True)
    proc = subprocess.run([exe, "-sDEVICE=pdfwrite", "-dNOPAUSE", "-dBATCH", "-dQUIET", "-dSAFER",
                           f"-sOutputFile={dst}", str(src)], capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, "TZ": "UTC", "SOURCE_DATE_EPOCH": "1238544000"})
    if proc.returncode != 0 or not dst.exists():
        raise RuntimeError(f"Ghostscript failed on {Path(src).name} ({proc.returncode}):\n{proc.stderr[-2000:]}")
    lost = _lost_characters(src, dst)
    if lost:
        version = subprocess.run([exe, "--version"], capture_output=True, text=True).stdout.strip()
        raise Unusable(f"Ghostscript {version} dropped the text of characters {lost!r} (their /ToUnicode map): "
                       f"the re-distilled PDF no longer holds the spec's text")
    return pin_pdf(dst)


def _lost_characters(before: Path, after: Path) -> str:
    """The characters of before's text layer that after's (pypdf's text) no longer holds in any
    form, as a string. Ligatures count as their letters; a character Ghostscript maps with its
    two UTF-16 bytes swapped ("ti" read "琀椀", a known fault of its ligature maps) is still
    there: a reader may undo that, not guess a character that is gone."""
    import unicodedata
    from collections import Counter

    from pypdf import PdfReader

    def unswapped(c: str) -> str:
        o = ord(c)
        return chr(o >> 8) if o & 0xFF == 0 and 0x20 <= o >> 8 < 0x7F else c

    def chars(path: Path, undo: bool) -> Counter:
        text = "".join(page.extract_text() for page in PdfReader(str(path)).pages)
        if undo:
            text = "".join(map(unswapped, text))
        return Counter(c for c in unicodedata.normalize("NFKC", text) if not c.isspace())

    return "".join(sorted(chars(before, False) - chars(after, True)))


def resave(src: Path, dst: Path, fmt: str, timeout: float = 300) -> Path:
    """dst: the Word file src opened and saved again by LibreOffice as .docx or .odt (a private
    profile: no clash with another running LibreOffice)."""
    exe = soffice()
    if exe is None:
        raise FileNotFoundError(NO_SOFFICE)
    filters = {"docx": 'docx:MS Word 2007 XML', "odt": "odt"}
    src, dst = Path(src).resolve(), Path(dst)
    with tempfile.TemporaryDirectory(prefix="family_resave_") as tmp:
        tmp = Path(tmp)
        cmd = [exe, f"-env:UserInstallation={(tmp / 'profile').as_uri()}", "--headless", "--norestore",
               "--convert-to", filters[fmt], "--outdir", str(tmp / "out"), str(src)]
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env={**os.environ, "TZ": "UTC"})
        made = tmp / "out" / f"{src.stem}.{fmt}"
        if proc.returncode != 0 or not made.exists():
            raise RuntimeError(f"LibreOffice could not save {src.name} as .{fmt} ({proc.returncode}):\n"
                               f"{proc.stdout}\n{proc.stderr}")
        dst.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(made), str(dst))
    return dst


# ------------------------------------------------------------------ members

def missing(member) -> str | None:
    """Why this member cannot be drawn on this machine (a one-line reason naming the Debian
    package to install), or None."""
    steps = tuple(member.producer)
    kinds = [s[0] for s in steps]
    if "chromium" in kinds:
        from layouts.html import NO_CHROMIUM, chromium
        if chromium() is None:
            return NO_CHROMIUM
        reason = fonts.missing(steps[kinds.index("chromium")][3])
        if reason:
            return reason
    elif member.office:
        if soffice() is None:
            return NO_SOFFICE
        reason = fonts.missing(member.office[2])
        if reason:
            return reason
    elif member.look is not None:
        reason = fonts.dejavu_missing()
        if reason:
            return reason
    if "gs" in kinds and shutil.which("gs") is None:
        return NO_GS
    if "resave" in kinds and soffice() is None:
        return NO_SOFFICE
    if "rotate" in kinds or "gs" in kinds:
        try:
            import pypdf  # noqa: F401
        except ImportError:
            return "pypdf is not installed: pip install -e '.[test]'"
    return None


def produce(member, spec: dict, folder: Path, draw_base: Callable[[Path], Path],
            draw_docx: Callable[[Path], Path]) -> Path:
    """The member's file in folder: its first step (or the base drawing, draw_base(folder):
    a reportlab look or a LibreOffice PDF; draw_docx(folder): its Word file), then each later
    step on the file before it."""
    folder.mkdir(parents=True, exist_ok=True)
    steps = list(member.producer)
    work = folder / f"{member.name}.steps"
    if work.exists():
        shutil.rmtree(work)
    work.mkdir()
    first = steps[0] if steps else ()
    if first and first[0] == "chromium":
        from layouts.html import draw_html
        _, page, landscape, font, repeat_header, ruled = first
        current = draw_html(spec, work / "0-chromium.pdf", page=page, landscape=landscape,
                            font=font, repeat_header=repeat_header, ruled=ruled)
        steps = steps[1:]
    elif first and first[0] == "resave":
        docx = draw_docx(work / "0-word")
        current = resave(docx, work / f"1-resaved.{first[1]}", first[1])
        steps = steps[1:]
    else:
        current = draw_base(work / "0-base")
    for n, step in enumerate(steps, start=1):
        if step[0] == "gs":
            current = redistill(current, work / f"{n}-gs.pdf")
        elif step[0] == "rotate":
            current = store_rotated(current, work / f"{n}-rotate{step[1]}.pdf", step[1], tuple(step[2]))
        else:
            raise ValueError(f"unknown producer step {step!r}")
    final = folder / f"{member.name}{current.suffix}"
    shutil.copyfile(current, final)
    shutil.rmtree(work)
    return final


# ------------------------------------------------------------------ the producer axis

PAPERS = ("letter", "A4", "legal")
FONTS = ("Liberation Sans", "Liberation Serif", "DejaVu Sans", "Carlito")
# Chromium prints: (page, landscape, font, repeat_header, ruled), two per spec in turn.
CHROMIUM = [("letter", False, "Liberation Sans", True, True), ("A4", True, "Liberation Serif", False, True),
            ("legal", False, "DejaVu Sans", True, False), ("letter", True, "Carlito", False, False),
            ("A4", False, "Carlito", True, False), ("legal", True, "Liberation Sans", False, True),
            ("letter", False, "Liberation Serif", False, True), ("A4", True, "DejaVu Sans", True, False),
            ("legal", False, "Liberation Serif", True, True), ("letter", True, "DejaVu Sans", True, True),
            ("A4", False, "Liberation Sans", False, False), ("legal", True, "Carlito", True, False),
            ("letter", False, "Carlito", True, False), ("A4", True, "Liberation Sans", True, True),
            ("legal", False, "Liberation Sans", False, False), ("letter", True, "Liberation Serif", True, False)]
# Word files saved by LibreOffice: (page, landscape, font, ruled).
OFFICE = [("letter", True, "Carlito", True), ("A4", False, "Liberation Serif", False),
          ("legal", True, "Liberation Sans", True), ("A4", True, "Caladea", False)]


def _short(font: str) -> str:
    return font.replace(" ", "")


def chromium_name(spec: str, c: tuple) -> str:
    page, landscape, font, head, ruled = c
    return (f"{spec}~chr-{page}-{'land' if landscape else 'port'}-{_short(font)}-"
            f"{'head' if head else 'nohead'}-{'ruled' if ruled else 'borderless'}")


def office_name(spec: str, o: tuple) -> str:
    page, landscape, font, ruled = o
    return f"{spec}~lo-{page}-{'land' if landscape else 'port'}-{_short(font)}-{'ruled' if ruled else 'borderless'}"


def _suffix(step: tuple) -> str:
    if step[0] == "gs":
        return "+gs"
    if step[0] == "rotate":
        origin = tuple(step[2])
        return f"+rot{step[1]}" + (f"-at{origin[0]:g}x{origin[1]:g}" if any(origin) else "")
    return f"+{step[0]}"


def members(make, specs: list[str], looks: list) -> list:
    """The producer members: make(name, spec, look=..., office=..., producer=...) -> Member."""
    out = []

    def chrom(s: int, k: int, *more: tuple):
        c = CHROMIUM[k % len(CHROMIUM)]
        name = chromium_name(specs[s % len(specs)], c) + "".join(_suffix(m) for m in more)
        out.append(make(name, specs[s % len(specs)], producer=(("chromium", *c), *more)))

    def rl(s: int, look_no: int, *more: tuple):
        name = f"{specs[s % len(specs)]}~rl{look_no:02d}" + "".join(_suffix(m) for m in more)
        out.append(make(name, specs[s % len(specs)], look=looks[look_no % len(looks)], producer=more))

    def lo(s: int, o: int, *more: tuple):
        office = OFFICE[o % len(OFFICE)]
        name = office_name(specs[s % len(specs)], office) + "".join(_suffix(m) for m in more)
        out.append(make(name, specs[s % len(specs)], office=office, producer=more))

    # Chromium: every spec twice, over paper x orientation x font x header x rules
    for k in range(16):
        chrom(k % len(specs), k)
    # Ghostscript re-distills of reportlab, LibreOffice and Chromium PDFs
    gs = ("gs",)
    for s, look_no in [(0, 0), (3, 6), (5, 12)]:
        rl(s, look_no, gs)
    lo(1, 1, gs)
    lo(6, 0, gs)
    lo(4, 2, gs)
    chrom(4, 5, gs)
    chrom(7, 7, gs)
    chrom(1, 10, gs)
    # stored turned, /Rotate 90, 180, 270, one with its page box off the origin
    r90, r180, r270 = ("rotate", 90, (0, 0)), ("rotate", 180, (0, 0)), ("rotate", 270, (0, 0))
    for s, look_no, turn in [(1, 2, r90), (2, 9, r270), (4, 3, r180), (7, 14, r90),
                             (6, 7, ("rotate", 90, (30, 40)))]:
        rl(s, look_no, turn)
    for s, o, turn in [(0, 2, r90), (5, 3, r270), (7, 1, r180), (3, 0, ("rotate", 270, (30, 40)))]:
        lo(s, o, turn)
    for s, k, turn in [(2, 9, r90), (6, 2, r270), (3, 13, r180)]:
        chrom(s, k, turn)
    # re-distilled, then stored turned
    rl(0, 8, gs, r270)
    chrom(5, 14, gs, r90)
    # Word files saved again by LibreOffice
    for s, fmt, o in [(0, "docx", 0), (2, "docx", 1), (6, "docx", 2), (1, "odt", 3), (4, "odt", 0), (7, "odt", 2)]:
        office = OFFICE[o]
        out.append(make(f"{office_name(specs[s], office)}+resave-{fmt}", specs[s], office=office,
                        producer=(("resave", fmt),)))
    return out


def random_members(make, specs: list[str], random_look: Callable, seed: int, n: int) -> list:
    """n members drawn at random (reproducible from seed) over spec x producer x paper x
    orientation x font x repeated header x rules; a re-distill or a rotation is of a random
    underlying drawing (a reportlab look, a LibreOffice save or a Chromium print)."""
    import random

    rng = random.Random(seed)
    out = []
    for k in range(n):
        spec = rng.choice(specs)
        kind = rng.choice(["chromium", "gs", "rotate", "resave"])
        chrome = ("chromium", rng.choice(PAPERS), rng.random() < 0.5, rng.choice(FONTS),
                  rng.random() < 0.6, rng.random() < 0.5)
        office = (rng.choice(PAPERS), rng.random() < 0.5, rng.choice(FONTS + ("Caladea",)), rng.random() < 0.5)
        look = random_look(rng)
        base = rng.choice(["reportlab", "office", "chromium"])
        step: tuple = ()
        if kind == "gs":
            step = (("gs",),)
        elif kind == "rotate":
            origin = rng.choice([(0, 0), (0, 0), (30, 40), (-20, 15)])
            step = (("rotate", rng.choice([90, 180, 270]), origin),)
        name = f"{spec}~prand{seed}-{k:02d}-{kind}"
        if kind == "chromium":
            out.append(make(name, spec, producer=(chrome,)))
        elif kind == "resave":
            out.append(make(name, spec, office=office, producer=(("resave", rng.choice(["docx", "odt"])),)))
        elif base == "reportlab":
            out.append(make(f"{name}-rl", spec, look=look, producer=step))
        elif base == "office":
            out.append(make(f"{name}-lo", spec, office=office, producer=step))
        else:
            out.append(make(f"{name}-chr", spec, producer=(chrome, *step)))
    return out
