"""Scanned copies of a typeset PDF for the OCR tests: page images only, no text layer.

`scan_pdf` renders each page (pypdfium2), optionally turns it and sprinkles it with specks as
a photocopier does, and wraps the images in a PDF with Pillow.
"""

from __future__ import annotations

from pathlib import Path


def tesseract_missing() -> str | None:
    """Why OCR cannot run here (Tesseract with French and its orientation data), or None."""
    import shutil
    import subprocess

    exe = shutil.which("tesseract")
    if exe is not None:
        langs = subprocess.run([exe, "--list-langs"], capture_output=True, text=True).stdout.split()
        if "fra" in langs and "osd" in langs:
            return None
    return "Tesseract with French is not installed (apt-get install tesseract-ocr tesseract-ocr-fra tesseract-ocr-osd)"


def scan_pdf(src: Path, dest: Path, *, dpi: int, grey: bool = False, angle: float = 0.0,
             speckle: float = 0.0, seed: int = 7, turns: dict[int, int] | None = None,
             blur: float = 0.0, lossless: bool = False) -> Path:
    """Write an image-only copy of `src`.

    grey=False gives a clean black-and-white scan (CCITT, lossless); grey=True a greyscale JPEG,
    or with `lossless` a greyscale image kept exactly (Flate, through reportlab). `blur` is a
    Gaussian blur's radius in pixels (an out-of-focus or worn copy).
    `angle` turns the pages (degrees, counter-clockwise); `speckle` is the share of pixels
    turned to dark specks (and as many to white holes in the ink). `turns` maps a page number
    (1-based) to a quarter turn, 90, 180 or 270 degrees counter-clockwise: a sheet fed sideways
    or upside down.
    """
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter

    rng = np.random.default_rng(seed)
    doc = pdfium.PdfDocument(str(src))
    images = []
    try:
        for number, page in enumerate(doc, start=1):
            img = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
            if (turns or {}).get(number):
                img = img.rotate(turns[number], expand=True)  # a quarter turn: exact, no blur
            if angle:
                img = img.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
            if blur:
                img = img.filter(ImageFilter.GaussianBlur(blur))
            if speckle:
                px = np.array(img)
                dark = rng.random(px.shape) < speckle
                holes = (rng.random(px.shape) < speckle) & (px < 128)
                px[dark] = rng.integers(0, 90, int(dark.sum()), dtype=np.uint8)
                px[holes] = 255
                img = Image.fromarray(px)
            images.append(img if grey else img.point(lambda v: 255 if v >= 160 else 0).convert("1"))
    finally:
        doc.close()
    if grey and lossless:
        return _flate_pdf(images, dest, dpi)
    options = {"quality": 75} if grey else {}
    images[0].save(dest, "PDF", resolution=float(dpi), save_all=True, append_images=images[1:], **options)
    return dest


def _flate_pdf(images: list, dest: Path, dpi: int) -> Path:
    """Greyscale pages stored losslessly: reportlab compresses raw image data with Flate."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(dest), invariant=1)
    for img in images:
        w, h = img.width * 72 / dpi, img.height * 72 / dpi
        pdf.setPageSize((w, h))
        pdf.drawImage(ImageReader(img), 0, 0, width=w, height=h)
        pdf.showPage()
    pdf.save()
    return dest
