"""`bilan inspect` pictures: each PDF page rendered with what was found drawn on it."""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover - typing only
    from PIL import Image as PILImage


from bilan.outputs.inspect_found import (
    DEFAULT_RESOLUTION,
    INK,
    LEFT_BAND,
    MUTED,
    RIGHT_BAND,
    STYLES,
    Box,
    Findings,
    blend,
    on_page,
)

# --- pictures -------------------------------------------------------------------------------

def render_pages(found: Findings, path: str | os.PathLike[str], out: Path, *,
                 password: str | None = None, resolution: int = DEFAULT_RESOLUTION) -> list[str]:
    """Draw each page of the PDF with its findings; returns the PNG names, in page order."""
    import pdfplumber

    names = []
    with pdfplumber.open(path, password=password or "") as pdf:
        total = len(pdf.pages)
        for number, page in enumerate(pdf.pages, start=1):
            try:
                base = page.to_image(resolution=resolution).original.convert("RGB")
                origin = (float(page.bbox[0]), float(page.bbox[1]))
            finally:
                page.close()
            picture = draw_page(found, number, total, base, origin, resolution / 72.0, resolution)
            name = f"page-{number:03d}.png"
            picture.save(out / name, optimize=True)
            names.append(name)
    return names


@dataclass
class _Note:
    y: float          # wanted top, px
    anchor: tuple[float, float]
    style: str
    text: str
    detail: str


def draw_page(found: Findings, number: int, total: int, base: PILImage.Image,
              origin: tuple[float, float], scale: float, resolution: int) -> PILImage.Image:
    """The page picture between an ids column (left) and a notes column (right), legend below."""
    from PIL import Image, ImageDraw

    k = resolution / DEFAULT_RESOLUTION
    left, right = round(LEFT_BAND * k), round(RIGHT_BAND * k)
    note_font, small, tag_font = _font(round(12 * k), True), _font(round(11 * k)), _font(round(13 * k), True)
    line_h = round(15 * k)

    def px(box: Box) -> tuple[float, float, float, float]:
        return (left + (box[0] - origin[0]) * scale, (box[1] - origin[1]) * scale,
                left + (box[2] - origin[0]) * scale, (box[3] - origin[1]) * scale)

    marks = [m for m in found.marks if m.page == number]
    tags = [t for t in found.tags if t.page == number]
    notes = _place_notes([_Note(px(m.box)[1], (px(m.box)[2], px(m.box)[1]), m.style, m.note, m.detail)
                          for m in marks if m.note], line_h)
    page_notes = [a for a in found.anomalies if not a.action_id and on_page(a, number)]
    width, height = base.width + left + right, base.height
    body = max(height, int(notes[-1].y + line_h + 4) if notes else 0)
    legend = _legend_lines(width - 24, small)
    footer = round(10 * k) + line_h * (2 + len(legend) + len(page_notes))

    canvas = Image.new("RGB", (width, body + footer), "white")
    canvas.paste(base, (left, 0))
    draw = ImageDraw.Draw(canvas)
    draw.rectangle((0, 0, left - 1, body), fill=(244, 246, 250))
    draw.rectangle((left + base.width, 0, width, body), fill=(244, 246, 250))

    tint = Image.new("RGBA", canvas.size, (0, 0, 0, 0))
    tinter = ImageDraw.Draw(tint)
    for m in marks:
        style = STYLES[m.style]
        if style.fill:
            tinter.rectangle(px(m.box), fill=(*style.colour, style.fill))
    canvas.paste(Image.alpha_composite(canvas.convert("RGBA"), tint).convert("RGB"))
    draw = ImageDraw.Draw(canvas)

    order = list(STYLES)
    for m in sorted(marks, key=lambda m: order.index(m.style)):
        style = STYLES[m.style]
        draw.rectangle(px(m.box), outline=style.colour, width=max(1, round(style.width * k)))

    x_notes = left + base.width + round(8 * k)
    for n in notes:
        colour = STYLES[n.style].colour
        mid = n.y + line_h / 2
        draw.line((n.anchor[0] + 2, n.anchor[1] + 3 * k, x_notes - 4, mid), fill=colour, width=1)
        text = _fit(draw, n.text, note_font, right - 12 * k)
        draw.text((x_notes, n.y), text, font=note_font, fill=colour if n.style != "undated" else MUTED)
        if n.detail:
            x = x_notes + draw.textlength(text + "  ", font=note_font)
            room = left + base.width + right - 6 - x
            if room > 20:
                draw.text((x, n.y + 1), _fit(draw, n.detail, small, room), font=small,
                          fill=MUTED if n.style == "undated" else INK)

    for tag in tags:
        x0, y0, x1, _ = px(tag.box)
        colour = STYLES["action"].colour
        text = tag.action_id
        w = draw.textlength(text, font=tag_font) + 10 * k
        box = (4 * k, y0 + 2 * k, 4 * k + w, y0 + 2 * k + line_h + 4 * k)
        if tag.continued:
            draw.rectangle(box, fill="white", outline=colour, width=max(1, round(2 * k)))
            draw.text((box[0] + 5 * k, box[1] + 2 * k), text, font=tag_font, fill=colour)
            draw.text((box[0] + 2 * k, box[3] + 1 * k), "(suite)", font=small, fill=colour)
        else:
            draw.rectangle(box, fill=colour)
            draw.text((box[0] + 5 * k, box[1] + 2 * k), text, font=tag_font, fill="white")
        draw.line((box[2], y0 + 1, x0, y0 + 1), fill=colour, width=max(1, round(2 * k)))

    y = body + round(6 * k)
    draw.line((0, body, width, body), fill=(200, 205, 215), width=1)
    counts = _page_counts(found, number)
    draw.text((12, y), f"{found.name} — page {number}/{total}{counts}", font=_font(round(14 * k), True), fill=INK)
    y += line_h + round(4 * k)
    for entries in legend:
        x = 12.0
        for key in entries:
            style = STYLES[key]
            sw = (x, y + 2 * k, x + 22 * k, y + line_h - 2 * k)
            if style.fill:
                draw.rectangle(sw, fill=blend(style.colour, style.fill))
            draw.rectangle(sw, outline=style.colour, width=max(1, min(style.width, 2)))
            draw.text((x + 28 * k, y), style.legend, font=small, fill=INK)
            x += 28 * k + draw.textlength(style.legend, font=small) + 18 * k
        y += line_h
    for a in page_notes:
        draw.text((12, y), _fit(draw, f"! {a.kind} : {a.detail}", small, width - 24),
                  font=small, fill=STYLES["anomaly"].colour)
        y += line_h
    return canvas


def _place_notes(notes: list[_Note], line_h: int) -> list[_Note]:
    """Notes in page order, pushed down just enough not to overlap one another; an anomaly's
    note comes after the note of what it is about (its box is drawn a little larger)."""
    notes = sorted(enumerate(notes), key=lambda pair: (pair[1].y + (line_h / 2 if pair[1].style == "anomaly" else 0),
                                                       pair[0]))
    placed: list[_Note] = []
    bottom = 0.0
    for _, n in notes:
        n.y = max(n.y, bottom)
        bottom = n.y + line_h
        placed.append(n)
    return placed


def _legend_lines(width: float, font) -> list[list[str]]:  # noqa: ANN001 - a PIL font
    from PIL import Image, ImageDraw

    draw = ImageDraw.Draw(Image.new("RGB", (1, 1)))
    lines: list[list[str]] = [[]]
    x = 0.0
    for key, style in STYLES.items():
        w = draw.textlength(style.legend, font=font) + 60
        if lines[-1] and x + w > width:
            lines.append([])
            x = 0.0
        lines[-1].append(key)
        x += w
    return lines


def _page_counts(found: Findings, number: int) -> str:
    actions = sorted({t.action_id for t in found.tags if t.page == number})
    items = sum(1 for m in found.marks if m.page == number and m.style in ("item_a", "item_b", "undated"))
    problems = sum(1 for a in found.anomalies if on_page(a, number))
    if not actions and not items and not problems:
        return ""
    span = f"{actions[0]}–{actions[-1]}" if len(actions) > 1 else (actions[0] if actions else "aucune")
    return f" — actions {span} · {items} élément(s) · {problems} anomalie(s)"






def _fit(draw, text: str, font, width: float) -> str:  # noqa: ANN001 - PIL objects
    if draw.textlength(text, font=font) <= width:
        return text
    while text and draw.textlength(text + "…", font=font) > width:
        text = text[:-1]
    return text.rstrip() + "…"


@functools.lru_cache(maxsize=16)
def _font(size: int, bold: bool = False):  # noqa: ANN202 - a PIL font
    """A font with French accents: DejaVu or Arial where installed, else Pillow's own."""
    from PIL import ImageFont

    names = (("DejaVuSans-Bold.ttf", "arialbd.ttf", "Arial Bold.ttf", "LiberationSans-Bold.ttf")
             if bold else ("DejaVuSans.ttf", "arial.ttf", "Arial.ttf", "LiberationSans-Regular.ttf"))
    for name in names:
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    return ImageFont.load_default(size=size)
