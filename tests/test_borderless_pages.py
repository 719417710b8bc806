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


def test_a_scanned_page_a_few_points_left_of_the_one_before_goes_on_with_its_table():
    """"du Québec", the rest of an action cut by the page, opening 1.5 pt left of where the
    column started on the page before (a sheet scanned a little shifted): the columns move
    with it. Further left than 6 pt, the line is the page's own text."""
    header = " ".join(w for w, _, _ in HEADER)
    for x0, kept in ((118.5, True), (112.0, False)):
        lines = build_lines(_chars([("du", x0, x0 + 10.0), ("Québec", x0 + 13.0, x0 + 45.0)], 60, False), [])
        found = find_borderless(lines, [], 1.2, 36.0, 796.0, carried=BOUNDS, carried_header=header,
                                carried_size=SIZE)
        assert bool(found) == kept, x0
        if kept:
            draft = found[0][0]
            assert [" ".join(ln.text for ln in c.lines) for c in draft.rows[0]][1] == "du Québec"


COLUMNS = [("Objectif", 52.0, 90.0), ("Actions", 113.3, 150.0), ("Responsable", 225.7, 280.0)]
EDGES = [111.3, 223.7]  # column bounds: 2 pt left of where each column's text starts


def _lines(rows: list[list[tuple[str, float, float]]], size: float = SIZE, pitch: float = 11.0) -> list:
    chars = []
    for k, words in enumerate(rows):
        for c in _chars(words, 60 + pitch * k, bold=k == 0):
            chars.append(dict(c, bottom=c["top"] + size, size=size))
    return build_lines(chars, [])


def test_a_note_opening_on_its_mark_ends_the_table_even_at_the_text_size():
    """"* Le cadre …" at the page foot under a table, its smaller size lost (a scan sizes it as
    the body): a note, not a title across the table closing the page."""
    from bilan.extract.pdf.tables import grow_borderless

    rows = [COLUMNS,
            [("Soutenir", 52.0, 90.0), ("Fonds", 113.3, 140.0), ("CRÉ", 225.7, 245.0)],
            [("les", 52.0, 66.0), ("régional", 113.3, 150.0), ("Comité", 225.7, 260.0)]]
    note = [("*", 52.0, 56.0), ("Le", 58.0, 68.0), ("cadre", 70.0, 95.0), ("de", 97.0, 107.0),
            ("gestion", 109.0, 140.0), ("du", 142.0, 152.0), ("fonds", 154.0, 178.0), ("est", 180.0, 195.0),
            ("disponible", 197.0, 240.0)]
    title = [("Axe", 52.0, 68.0)] + note[1:]
    for last, kept in ((note, False), (title, True)):
        draft, end = grow_borderless(_lines(rows + [last]), 0, EDGES, [], 1.2, header=True)
        assert (end == 4) == kept


def test_two_cells_filled_to_their_edges_are_no_title_across_the_table():
    """"régionaux en" ends 3 pt before "des travaux" opens its column: a word space, yet the
    column's text runs on above and below the line, and "des" opens the column where all its
    lines start: a line of cells, not a title row (an objective without actions)."""
    from bilan.extract.pdf.tables import grow_borderless

    body = [[("enjeux", 52.0, 85.0), ("développement", 113.3, 175.0), ("TDS", 225.7, 245.0)],
            [("sur", 52.0, 66.0), ("social", 113.3, 140.0)],
            [("les", 52.0, 66.0), ("et", 113.3, 122.0)],
            [("régionaux", 52.0, 96.2), ("en", 99.2, 110.1), ("des", 113.3, 128.1), ("travaux", 130.6, 163.6)],
            [("développem", 52.0, 105.0), ("des", 113.3, 128.1), ("organismes", 130.6, 180.0)],
            [("ent", 52.0, 66.0), ("milieu", 113.3, 140.0)]]
    draft, end = grow_borderless(_lines([COLUMNS] + body), 0, EDGES, [], 1.2, header=True)
    assert end == 7
    texts = [" ".join(ln.text for ln in cell.lines) for row in draft.rows[1:] for cell in row]
    assert any("régionaux en" in t for t in texts) and any("des travaux" in t for t in texts)
    assert not any("régionaux en des travaux" in t for t in texts)
    # the same line right under the header is a title over the rows (objectives as title rows)
    title = [("Objectif", 52.0, 90.0), ("1", 93.0, 97.0), ("Améliorer", 99.2, 110.1), ("la", 113.3, 128.1),
             ("mobilité", 130.6, 163.6)]
    draft, end = grow_borderless(_lines([COLUMNS, title] + body[1:]), 0, EDGES, [], 1.2, header=True)
    assert any(" ".join(ln.text for ln in cell.lines) == "Objectif 1 Améliorer la mobilité"
               for row in draft.rows for cell in row)


def test_a_rows_first_line_leaving_the_first_column_empty_is_no_title():
    """"Actualisation du Portrait" ends 3 pt before "Ressource" opens its column and "2008"
    the next: a word space, on a row's first line (nothing close above it), and the first
    column is empty, where a title across the table starts. A line of cells: before, the row
    was cut off the table. The same words from the first column's start are a title: a row
    of one cell across the table."""
    from bilan.extract.pdf.tables import grow_borderless

    columns = COLUMNS + [("Échéance", 300.0, 340.0)]
    edges = EDGES + [298.0]
    body = [[("Documenter", 52.0, 100.0), ("Discussions", 113.3, 165.0), ("TDS", 225.7, 245.0), ("2007", 300.0, 322.0)],
            [("les", 52.0, 66.0), ("autour", 113.3, 145.0)], [("enjeux", 52.0, 80.0), ("du", 113.3, 123.0)],
            [("liés", 52.0, 70.0), ("thème", 113.3, 140.0)]]
    row = [("Actualisation", 113.3, 172.0), ("du", 174.6, 185.8), ("Portrait", 188.6, 222.7),
           ("Ressource", 225.7, 270.0), ("de", 272.7, 283.4), ("la", 286.4, 294.4), ("2008", 300.0, 322.0)]
    rest = [[("en", 113.3, 123.8), ("développement", 126.4, 194.0), ("CRÉ/TDS", 225.7, 271.0)],
            [("social", 113.3, 139.0)]]
    lines = _lines([columns] + body + [row] + rest)
    gap = 2.5 * 11.0  # the row stands a row's gap under the last one
    for ln in lines[5:]:
        ln.top, ln.bottom, ln.base = ln.top + gap, ln.bottom + gap, ln.base + gap
    draft, end = grow_borderless(lines, 0, edges, [], 1.2, header=True)
    assert end == 8
    texts = [" ".join(ln.text for ln in cell.lines) for row in draft.rows for cell in row]
    assert "Actualisation du Portrait en développement social" in texts and "2008" in texts
    title = [("Objectif", 52.0, 90.0), ("2", 93.0, 97.0), ("Diffuser", 99.2, 110.1)] + row[:3]
    lines = _lines([columns] + body + [title] + rest)
    for ln in lines[5:]:
        ln.top, ln.bottom, ln.base = ln.top + gap, ln.bottom + gap, ln.base + gap
    draft, end = grow_borderless(lines, 0, edges, [], 1.2, header=True)
    texts = [" ".join(ln.text for ln in cell.lines) for row in draft.rows for cell in row]
    assert "Objectif 2 Diffuser Actualisation du Portrait" in texts  # a row of one cell across the table


def test_a_header_line_read_again_with_a_letter_misread_ends_the_table():
    """A scan's second table on a page repeats the header, which the OCR read "Éché•a" over
    the first and "Échéa" there: the repeat still ends the table (before, its header was read
    as a row, and the next table's rows became paragraphs)."""
    from bilan.extract.pdf.tables import grow_borderless

    head = [("Objectif", 52.0, 90.0), ("Actions", 113.3, 150.0), ("Responsa", 225.7, 270.0),
            ("Éché•a", 300.0, 330.0), ("Suivi", 340.0, 360.0), ("en", 362.0, 372.0), ("date", 374.0, 392.0)]
    again = [(w.replace("•", ""), x0, x1) for w, x0, x1 in head]
    body = [("Promouvoir", 52.0, 100.0), ("Présentation", 113.3, 170.0), ("CRÉ", 225.7, 245.0),
            ("2007", 300.0, 322.0), ("-Dépôt", 340.0, 370.0)]
    edges = EDGES + [298.0, 338.0]
    for second, end_at in ((again, 2), ([("Rédaction", 113.3, 160.0), ("Revue", 225.7, 250.0)], 3)):
        lines = _lines([head, body, second])
        draft, end = grow_borderless(lines, 0, edges, [], 1.2, header=True)
        assert end == end_at


def test_a_note_keeping_to_the_first_column_at_the_page_foot_ends_the_table():
    """"* Les actions sont présentées en annexe." under a table, in the table's size (a scan
    sizes it as the body) and short enough to keep to the first column: a note, not an
    objective left without actions. A line opening on the mark with rows after it, or a line
    of the first column at the foot that opens on no mark, stays in the table."""
    from bilan.extract.pdf.tables import grow_borderless

    rows = [COLUMNS,
            [("Soutenir", 52.0, 90.0), ("Fonds", 113.3, 140.0), ("CRÉ", 225.7, 245.0)],
            [("les", 52.0, 66.0), ("régional", 113.3, 150.0), ("Comité", 225.7, 260.0)]]
    note = [("*", 52.0, 56.0), ("Les", 58.0, 70.0), ("actions", 72.0, 95.0), ("en", 97.0, 106.0)]
    objective = [("Informer", 52.0, 90.0), ("la", 92.0, 100.0)]
    row = [("Dépôt", 113.3, 140.0), ("Table", 225.7, 250.0)]
    for lines, end in (([*rows, note], 3), ([*rows, objective], 4), ([*rows, note, row], 5)):
        _draft, got = grow_borderless(_lines(lines), 0, EDGES, [], 1.2, header=True)
        assert got == end, [w for w, _, _ in lines[-1]]


def test_a_header_seen_before_read_again_alone_at_the_page_foot_opens_its_table():
    """A scan reads the header repeated at a page's foot (its rows on the next page) with a
    digit misread ("31 mars 2008" for "2009") and tells no bold: still the header seen
    before, a table of its own, not a paragraph left unaccounted."""
    head = [("Objectif", 52.0, 90.0), ("Actions", 113.3, 150.0), ("Suivi", 225.7, 250.0), ("en", 252.0, 262.0),
            ("date", 264.0, 282.0), ("du", 284.0, 294.0), ("31", 296.0, 306.0), ("mars", 308.0, 330.0),
            ("2009", 332.0, 352.0)]
    body = [("Soutenir", 52.0, 90.0), ("Fonds", 113.3, 140.0), ("Dépôt", 225.7, 250.0)]
    again = [(w.replace("2009", "2008"), x0, x1) for w, x0, x1 in head]
    lines = _lines([body, body, again], pitch=30.0)
    known = {" ".join(w for w, _, _ in head): EDGES}
    found = find_borderless(lines, [], 1.2, 36.0, 796.0, headers=known)
    assert [(a, b) for _d, a, b in found] == [(2, 3)]


def test_a_piece_of_a_cell_read_small_or_big_is_no_footnote_ending_the_table():
    """"d'habitatio" / "n" in a narrow cell, the "n" and a speck read as a word of a smaller
    size (or "par les" read bigger): one line within a column past the first, the next line
    back in the table's size a line's step further. The table goes on through it (and the
    next line, compared with the line before the piece, is no heading). A small line across
    the first column, or with no line after it in the table's size, still ends the table (a
    footnote); so does a bigger one from the first column (a heading)."""
    from bilan.extract.pdf.tables import grow_borderless

    rows = [COLUMNS,
            [("Soutenir", 52.0, 90.0), ("Offrir", 113.3, 140.0), ("Office", 225.7, 260.0)],
            [("les", 52.0, 66.0), ("des", 113.3, 130.0), ("d'habitatio", 225.7, 270.0)]]
    after = [("Accroître", 52.0, 90.0), ("Tenir", 113.3, 140.0), ("Comité", 225.7, 260.0)]
    for piece, more, end, odd in (([("nl", 225.7, 232.0)], [after], 5, 6.5), ([("nl", 225.7, 232.0)], [], 3, 6.5),
                                  ([("Source", 52.0, 80.0), ("ISQ", 82.0, 95.0)], [after], 3, 6.5),
                                  ([("par", 225.7, 240.0), ("les", 243.0, 256.0)], [after], 5, 1.3 * SIZE),
                                  ([("Axe", 52.0, 70.0), ("2", 73.0, 78.0)], [after], 3, 1.3 * SIZE)):
        chars = []
        for k, words in enumerate([*rows, piece, *more]):
            read_odd = k == len(rows)
            for c in _chars(words, 60 + 11.0 * k + (2.0 if read_odd else 0.0), bold=k == 0):
                size = odd if read_odd else SIZE
                chars.append(dict(c, bottom=c["top"] + size, size=size))
        _draft, got = grow_borderless(build_lines(chars, []), 0, EDGES, [], 1.2, header=True)
        assert got == end, (piece, more)


def test_a_piece_read_small_under_the_header_with_the_first_row_a_padding_below_stays_in():
    """The "r" of a header's "Échéancie" / "r" read small ("f", 6.5 pt) by a scan, the first
    row a header row's padding further down: more than two lines' steps below the header, not
    two below the piece. The table goes on through it; with the row that far below the piece
    too, the small line ends what is then a header alone (a footnote under it, as before): no
    table."""
    from bilan.extract.pdf.tables import grow_borderless

    row = [("Soutenir", 52.0, 90.0), ("Offrir", 113.3, 140.0), ("Office", 225.7, 260.0)]
    for row_top, end in ((92.0, 3), (110.0, None)):
        chars = _chars(COLUMNS, 60.0, bold=True)
        chars += [dict(c, bottom=c["top"] + 6.5, size=6.5) for c in _chars([("f", 225.7, 229.0)], 72.5, bold=True)]
        chars += _chars(row, row_top, bold=False)
        grown = grow_borderless(build_lines(chars, []), 0, EDGES, [], 1.2, header=True)
        assert (grown and grown[1]) == end, row_top


def test_a_mark_opening_a_cell_in_the_gutter_is_that_columns():
    """"‘Comité" (a bullet an OCR read as a quote, its box widened by a speck) starts 1.7 pt
    left of its column's boundary: its letters start in the column, so the word is that
    column's, and the line is no text across the columns (which would end the table). A word
    whose letters cross the boundary is."""
    from bilan.extract.pdf.tables import _fragments, _runs_across

    for word, column in ((("‘Comité", 222.0, 255.0), 2), (("Comité", 218.0, 255.0), 1)):
        line = _lines([[("Réaliser", 52.0, 90.0), ("Portrait", 113.3, 150.0), word]])[0]
        assert _runs_across(line, EDGES) == (column == 1), word
        assert [w.text for w in _fragments(line, EDGES)[column]][-1] == word[0]


def test_a_header_read_again_a_little_differently_heads_the_rest_of_the_table():
    """A scan reads the header repeated at the top of the next page a little differently
    ("Responsahle(s)"): it is still the header over the rest of the table, a row of its own;
    the rest of a cell cut by the page under it ("2017)") is a row of its own too, not more of
    the header's text."""
    header = " ".join(w for w, _, _ in HEADER)
    read_again = [(w.replace("Responsable", "Responsahle"), x0, x1) for w, x0, x1 in HEADER]
    rows = [(read_again, True), ([("2017)", 427.7, 450.0)], False),
            ([("Briser", 37.9, 70.0), ("Implantation", 133.2, 190.0), ("Centres", 308.2, 345.0),
              ("2009-2010", 427.7, 470.0), ("-Service", 506.5, 545.0)], False),
            ([("Guide", 133.2, 160.0), ("CSSS", 308.2, 330.0), ("2010", 427.7, 450.0)], False)]
    chars = [c for k, (words, bold) in enumerate(rows)
             for c in _chars(words, 60 + 12 * k + (8 if k > 1 else 0), bold)]
    bounds = [131.2, 306.2, 425.7, 504.5]  # the header's own columns
    found = find_borderless(build_lines(chars, []), [], 1.2, 36.0, 796.0, carried=bounds,
                            carried_header=header, carried_size=SIZE)
    assert found and found[0][1] == 0
    texts = [[" ".join(ln.text for ln in c.lines) for c in row] for row in found[0][0].rows]
    assert texts[0][-2] == "Échéancier" and texts[1] == ["", "", "", "2017)", ""]


def test_a_header_not_all_bold_over_bold_titles_at_the_page_foot_opens_its_table():
    """A scan reads a header row on a fill thinner than bold, word by word ("Actions" bold,
    "Porteur" not), and under it, last on the page, the bold title of the first axis: still
    the header of a table whose rows follow on the next page, not two paragraphs. Under plain
    lines at the foot, or with a row using other columns under the titles, nothing changes:
    plain lines there make no table, a row decides as before."""
    from bilan.extract.pdf.tables import grow_borderless

    def lines(rows: list[tuple[list[tuple[str, float, float]], bool]]) -> list:
        chars = [c for k, (words, bold) in enumerate(rows) for c in _chars(words, 60 + 11.0 * k, bold)]
        return build_lines(chars, [])

    mixed = [(w, x0, x1, k % 2 == 0) for k, (w, x0, x1) in enumerate(COLUMNS)]
    head = build_lines([c for w, x0, x1, bold in mixed for c in _chars([(w, x0, x1)], 60.0, bold)], [])
    assert 0 < head[0].bold_share < 1.0
    title = [("Axe", 52.0, 66.0), ("1", 68.0, 72.0), ("Agir", 74.0, 95.0)]
    below = lines([([], False), (title, True)])[0]
    res = grow_borderless([head[0], below], 0, EDGES, [], 1.2, header=True)
    assert res is not None and res[1] == 2 and len(res[0].rows) == 2
    plain = lines([([], False), (title, False)])[0]
    assert grow_borderless([head[0], plain], 0, EDGES, [], 1.2, header=True) is None
    row = lines([([], False), ([], False), ([("Fonds", 113.3, 140.0), ("CRÉ", 225.7, 245.0)], False)])[0]
    res = grow_borderless([head[0], below, row], 0, EDGES, [], 1.2, header=True)
    assert res is not None and res[1] == 3  # a table as before: a row under the title


def test_a_header_rows_wrapped_line_read_bigger_stays_in_the_header():
    """"Responsa" / "ble/" under a bold header line, "ble/ ncier/" sized a third up by a scan's
    speck over a letter: still a line of the header row (in bold, keeping to its columns past
    the first), so the table starts at the header, not under it. The same line not in bold,
    or across the first column, ends the table there."""
    header = [("Objectif", 76.1, 118.1), ("Actions", 144.6, 184.2), ("Responsa", 231.9, 280.9),
              ("Échéa", 290.5, 320.8), ("Suivi", 329.5, 355.0), ("en", 356.7, 369.7), ("date", 372.6, 395.9)]
    wrapped = [("ble/", 231.9, 252.4), ("ncier/", 290.5, 319.8)]
    rows = [[("Informer", 76.4, 118.0), ("Réalisation", 144.6, 190.0), ("TDS/", 231.9, 252.0), ("2007", 290.5, 313.0)],
            [("membres", 76.4, 118.0), ("état", 144.6, 165.0), ("Ressource", 231.9, 275.0)],
            [("Évaluer", 76.4, 118.0), ("Dépôt", 144.6, 170.0), ("CRÉ", 231.9, 250.0), ("2008", 290.5, 313.0),
             ("-Rencontre", 329.5, 380.0)]]

    def page(big: list[dict], bold: bool) -> list:
        chars = _chars(header, 454.0, True) + [dict(c, size=12.5, top=462.4, bottom=474.9) for c in big] \
            + _chars([("partenair", 231.9, 280.0), ("Date", 290.5, 314.5)], 476.0, True)
        for k, words in enumerate(rows):
            chars += _chars(words, 506.0 + 11.5 * k, False)
        for c in chars:
            if not bold and c["top"] == 462.4:
                c["fontname"] = "Helvetica"
        return build_lines(chars, [])

    found = find_borderless(page(_chars(wrapped, 462.4, True), True), [], 1.2, 72.0, 539.0)
    assert len(found) == 1 and found[0][1] == 0
    assert [c for c in found[0][0].rows[0] if c.chars][0].chars[0]["text"] == "O"
    found = find_borderless(page(_chars(wrapped, 462.4, True), False), [], 1.2, 72.0, 539.0)
    assert not found or found[0][1] > 0
