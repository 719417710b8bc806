"""A borderless table going on from the page before, or not (extract/pdf/tables.py)."""

from __future__ import annotations

from bilan.extract.pdf.tables import find_borderless
from bilan.extract.pdf.text import build_lines

SIZE = 9.0
HEADER = [("Objectifs", 37.9, 80.0), ("Moyens", 133.2, 165.0), ("d'action", 168.0, 200.0),
          ("Responsable(s)", 308.2, 370.0), ("Échéancier", 427.7, 475.0), ("Réalisations", 506.5, 560.0)]
BOUNDS = [120.0, 300.0, 420.0, 503.0]  # the columns of the table the page before ended with


def _chars(words: list[tuple[str, float, float]], top: float, bold: bool) -> list[dict]:
    font = "Helvetica-Bold" if bold else "Helvetica"
    chars = []
    for k, (text, x0, x1) in enumerate(words):
        step = (x1 - x0) / len(text)
        for ch in text:
            chars.append({"text": ch, "x0": x0, "x1": x0 + step, "top": top, "bottom": top + SIZE,
                          "size": SIZE, "fontname": font, "upright": True})
            x0 += step
        if k + 1 < len(words):
            chars.append({"text": " ", "x0": x0, "x1": x0 + 0.28 * SIZE, "top": top, "bottom": top + SIZE,
                          "size": SIZE, "fontname": font, "upright": True})
    return chars


def _page(first: list[tuple[str, float, float]], bold_first: bool) -> list:
    rows = [(first, bold_first), (HEADER, True),
            ([("Briser", 37.9, 70.0), ("Implantation", 133.2, 190.0), ("Centres", 308.2, 345.0),
              ("2009-2010", 427.7, 470.0), ("-Service", 506.5, 545.0)], False),
            ([("Guide", 133.2, 160.0), ("CSSS", 308.2, 330.0), ("2010", 427.7, 450.0)], False)]
    chars = [c for k, (words, bold) in enumerate(rows) for c in _chars(words, 60 + 12 * k, bold)]
    return build_lines(chars, [])


def test_bold_lines_over_a_header_seen_before_are_a_heading_not_the_rest_of_a_row():
    """"Vieillissement de la population", a heading a copy read at its text's size, over the
    header the table of the page before printed: its words fall in the columns of that table,
    but bold lines over a header seen before are a heading over the next table. Plain lines
    there (the rest of a row cut by the page) still go on with the table before."""
    heading = [("Vieillissement", 37.9, 100.0), ("de", 103.0, 113.0), ("la", 133.2, 141.0),
               ("population", 144.0, 190.0)]
    header = " ".join(w for w, _, _ in HEADER)
    found = find_borderless(_page(heading, bold_first=True), [], 1.2, 36.0, 796.0, carried=BOUNDS,
                            carried_header=header, carried_size=SIZE)
    assert found and found[0][1] == 1  # the first table opens on the header, under the heading
    rest = [("sociale", 37.9, 70.0), ("régionale", 133.2, 175.0)]
    found = find_borderless(_page(rest, bold_first=False), [], 1.2, 36.0, 796.0, carried=BOUNDS,
                            carried_header=header, carried_size=SIZE)
    assert found and found[0][1] == 0
