"""Column boundaries of a borderless table from its header line (extract/pdf/tables.py)."""

from __future__ import annotations

from bilan.extract.pdf.tables import find_borderless, header_bounds
from bilan.extract.pdf.text import TextLine, build_lines

SIZE = 11.5


def _line(words: list[tuple[str, float, float]], top: float) -> list[dict]:
    """The chars of a line: each word's letters shared out between its x0 and x1, a space
    char after every word but the last."""
    chars = []
    for k, (text, x0, x1) in enumerate(words):
        step = (x1 - x0) / len(text)
        for ch in text:
            chars.append({"text": ch, "x0": x0, "x1": x0 + step, "top": top, "bottom": top + SIZE,
                          "size": SIZE, "fontname": "Helvetica", "upright": True})
            x0 += step
        if k + 1 < len(words):
            chars.append({"text": " ", "x0": x0, "x1": x0 + 0.28 * SIZE, "top": top, "bottom": top + SIZE,
                          "size": SIZE, "fontname": "Helvetica", "upright": True})
    return chars


def _lines(*rows: list[tuple[str, float, float]]) -> list[TextLine]:
    return build_lines([c for k, row in enumerate(rows) for c in _line(row, 100 + 14 * k)], [])


# a scan's header, as read: word boxes (x0, x1) in points
HEADER = [("Objectif", 37.9, 87.6), ("Actions", 133.2, 179.7), ("Responsable/", 308.2, 390.9),
          ("Échéancier/", 427.7, 499.4), ("Suivi", 506.5, 536.3), ("en", 540.3, 555.3), ("date", 559.5, 587.7),
          ("du", 592.6, 607.9), ("31", 611.1, 626.1), ("mars", 629.3, 660.0), ("2009", 665.1, 695.5)]


def test_a_capitalised_header_word_a_gutter_away_opens_a_column_of_its_own():
    """"Échéancier/ Suivi en date du 31 mars 2009" over empty cells: "Suivi" stands clearly
    further from the word before than the header's word space, which is measured inside its
    groups (with the gutters counted, a header of few words per column sized it up)."""
    lines = _lines(HEADER, [("Informer", 37.9, 83.0), ("Réalisation", 133.2, 190.0),
                            ("TDS/Ressource", 308.2, 390.0), ("2007", 427.7, 453.9)])
    assert len(header_bounds(lines[0], lines[1:], 36.0, 796.0)) == 4


def test_a_speck_read_as_a_mark_does_not_move_a_boundary():
    """A speck read "_" left of a column's text: the boundary stays where the column's text
    starts, so a cell before running close to it keeps its words."""
    lines = _lines(HEADER, [("Promouvoir", 37.9, 98.0), ("Présentation", 133.2, 200.0), ("Présidence", 308.4, 367.0)],
                   [("interventions", 37.9, 110.0), ("activités", 133.2, 180.0), ("_", 295.9, 297.6),
                    ("Table/Ressource", 308.4, 395.0)],
                   [("la", 37.9, 46.5), ("administrateurs", 133.5, 243.8), ("de", 247.5, 260.9),
                    ("la", 265.0, 273.8), ("CRÈ", 278.2, 300.0), ("la", 308.4, 317.0)])
    bounds = header_bounds(lines[0], lines[1:], 36.0, 796.0)
    assert 300 < bounds[1] < 308


def test_a_header_piece_wrapped_under_a_cell_breaks_no_word_of_a_column_further_on():
    """Under "Échéanc" (a blurred "Échéancier" whose end wrapped, read "tre"), the piece makes
    "autre" with the "au" of "Suivi au 30 juin 2010"; but that word lies past a column the
    rows below start ("Suivi" over the follow-ups), so it ends no cell: "30" opens no column."""
    header = [("Objectif", 40.0, 90.0), ("Responsable", 150.0, 220.0), ("Échéanc", 260.0, 300.0),
              ("Suivi", 330.0, 355.0), ("au", 358.5, 370.0), ("30", 373.5, 385.0), ("juin", 388.5, 405.0),
              ("2010", 408.5, 430.0)]
    rows = [[("Informer", 40.0, 85.0), ("CRÉ", 150.0, 172.0), ("2010", 260.0, 282.0), ("Terminé", 330.0, 372.0)],
            [("Soutenir", 40.0, 84.0), ("Table", 150.0, 178.0), ("2011", 260.0, 282.0), ("Projets", 330.0, 366.0)],
            [("Former", 40.0, 80.0), ("MRC", 150.0, 174.0), ("2012", 260.0, 282.0), ("Deux", 330.0, 356.0)]]
    lines = _lines(header, [("tre", 260.0, 275.0)], *rows)
    bounds = header_bounds(lines[0], lines[1:], 36.0, 560.0)
    assert len(bounds) == 3 and bounds[-1] < 330.0


def test_words_level_by_chance_inside_cells_open_no_column_under_a_header_word():
    """"Suivi au 31 mars 2017": under it, three follow-ups whose second word ("tenues",
    "données", "avec") starts where "mars" does, a word space after the first; a column
    starts where the text of a cell does, after a gutter, so "mars" opens no column."""
    header = [("Objectif", 40.0, 90.0), ("Actions", 150.0, 190.0), ("Responsable", 260.0, 330.0),
              ("Suivi", 408.0, 426.0), ("au", 427.5, 436.0), ("31", 437.5, 443.5), ("mars", 448.0, 466.0),
              ("2017", 467.5, 484.0)]
    rows = [[("Tenir", 40.0, 66.0), ("Réunir", 150.0, 185.0), ("Coordination", 260.0, 320.0),
             ("-Rencontres", 408.0, 446.5), ("tenues", 448.0, 469.0)],
            [("Réaliser", 40.0, 80.0), ("Portrait", 150.0, 190.0), ("Direction", 260.0, 306.0),
             ("-Collecte", 408.0, 446.0), ("données", 448.0, 475.0)],
            [("Mettre", 40.0, 74.0), ("Récupérer", 150.0, 200.0), ("Moisson", 260.0, 300.0),
             ("-Entente", 408.0, 446.5), ("avec", 448.0, 464.0)]]
    lines = _lines(header, *rows)
    bounds = header_bounds(lines[0], lines[1:], 36.0, 560.0)
    assert len(bounds) == 3 and bounds[-1] < 408.0


def _header_text() -> str:
    return " ".join(w for w, _, _ in HEADER)


def test_a_speck_alone_between_header_words_heads_no_column():
    """A speck read "." between "Objectif" and "Actions", a gutter from both: no column of
    its own (the rows under it would all move one column right)."""
    rows = ([("Informer", 37.9, 83.0), ("Réalisation", 133.2, 190.0), ("TDS/Ressource", 308.2, 390.0),
             ("2007", 427.7, 453.9)],) * 3
    clean = _lines(HEADER, *rows)
    specked = _lines(HEADER[:1] + [(".", 108.0, 110.0)] + HEADER[1:], *rows)
    assert header_bounds(specked[0], specked[1:], 36.0, 796.0) == header_bounds(clean[0], clean[1:], 36.0, 796.0)


def test_a_header_seen_before_alone_at_the_foot_with_its_wrapped_words_opens_a_table():
    """A page closing on the header of a table whose rows are on the next page, "Échéancier/"
    wrapped over "Date", read by an OCR (no bold): a header line seen before, whose lines make
    its one row, is the table's header still (its columns go on to the next page)."""
    lines = _lines(HEADER, [("Date", 427.7, 452.0)])
    bounds = header_bounds(lines[0], lines[1:], 36.0, 796.0) or [130.0, 300.0, 420.0, 503.0]
    found = find_borderless(lines, [], 1.2, 36.0, 796.0, headers={_header_text(): bounds})
    assert [(len(d.rows), a, b) for d, a, b in found] == [(1, 0, 2)]
    assert found[0][0].rows[0][3].lines[1].text == "Date"
    # a line of text under a header never seen is no table
    assert find_borderless(lines, [], 1.2, 36.0, 796.0, headers={}) == []


def test_a_header_seen_before_over_one_cell_going_on_heads_a_row_of_its_own():
    """The rest of a long follow-up cell on the next page, under the header repeated there,
    read by an OCR that took two of its words for plain ones: a header line seen before,
    not all in bold, ends its row where a line stands further below the one before than
    the header's own lines do; the cell's lines make the row under it."""
    tops = [100.0, 110.0, 128.0, 137.5, 147.0, 156.5]
    rows = [HEADER, [("Date", 427.7, 452.0)], [("(suite)", 506.5, 530.0)],
            [("-Immigration", 506.5, 550.0), ("(17/03/08)", 552.0, 590.0)],
            [("-Forum", 506.5, 530.0), ("jeunesse", 532.0, 560.0)], [("-Immigration", 506.5, 550.0)]]
    lines = build_lines([c for top, row in zip(tops, rows) for c in _line(row, top)], [])
    bounds = [130.0, 300.0, 420.0, 503.0]
    found = find_borderless(lines, [], 1.2, 36.0, 796.0, bounds, _header_text(), SIZE,
                            headers={_header_text(): bounds})
    assert [(len(d.rows), a, b) for d, a, b in found] == [(2, 0, 6)]
    assert found[0][0].rows[1][4].lines[0].text == "(suite)"


def _raised(text: str, x0: float, top: float) -> list[dict]:
    return [{"text": text, "x0": x0, "x1": x0 + 4, "top": top - 0.3 * SIZE, "bottom": top + 0.35 * SIZE,
             "size": 0.65 * SIZE, "fontname": "Helvetica", "upright": True}]


def test_a_note_opening_on_its_call_as_a_scan_reads_it_ends_the_table():
    """Under a table whose text prints a raised "1" (a note's call), a line at the foot
    opening on "‘" run into a capital ("‘Les actions …": the tiny raised "1" as a scan reads
    it) is that note, not a title across the table; without a call above, such a line at the
    foot is a title over rows on the next page, kept in the table."""
    rows = [[("Informer", 37.9, 83.0), ("Réalisation", 133.2, 190.0), ("TDS/Ressource", 308.2, 390.0),
             ("2007", 427.7, 453.9), ("Suivi", 506.5, 536.3)],
            [("les", 37.9, 55.0), ("membres", 133.2, 180.0), ("de", 308.2, 320.0)],
            [("la", 37.9, 47.0), ("Table", 133.2, 160.0)]]
    note = [("‘Les", 37.9, 62.0), ("actions", 64.0, 100.0), ("sont", 102.0, 122.0), ("présentées", 124.0, 175.0),
            ("en", 177.0, 187.0), ("annexe.", 189.0, 225.0)]
    chars = [c for k, row in enumerate([HEADER, *rows]) for c in _line(row, 100 + 14 * k)]
    called = build_lines(chars + _raised("1", 161.0, 100 + 14 * 3) + _line(note, 200), [])
    plain = build_lines(chars + _line(note, 200), [])
    assert any(s.superscript for s in called[3].spans)
    found = find_borderless(called, [], 1.2, 36.0, 796.0)
    assert [(a, b) for _, a, b in found] == [(0, 4)]
    found = find_borderless(plain, [], 1.2, 36.0, 796.0)
    assert [(a, b) for _, a, b in found] == [(0, 5)]


def test_a_header_word_lost_leaves_its_column_where_the_lines_below_start_it():
    """"% réalisé" read "réalisé" (the "%" lost on a scan): the percentages below start a
    column between "Échéancier" and "réalisé", nearer the first; the boundary goes there, so
    "100 %" is no word running across it and "Mai 2017" keeps to its cell."""
    header = [("Objectif", 44, 73), ("Actions", 130, 156), ("Responsable", 236, 280), ("Échéancier", 307, 347),
              ("réalisé", 365, 389), ("Suivi", 408, 426), ("au", 426, 435), ("31", 437, 446), ("mars", 448, 465),
              ("2017", 467, 484)]
    lines = _lines(header,
                   [("Augmenter", 44, 80), ("Implanter", 130, 161), ("Moisson", 236, 263), ("2016-2017", 307, 342),
                    ("100", 356, 367), ("%", 369, 375), ("-Deux", 408, 428)],
                   [("Créer", 130, 148), ("Ville", 236, 251), ("Mai", 307, 320), ("2017", 322, 338), ("50", 356, 364),
                    ("%", 365, 372), ("•", 408, 411), ("Terrain", 414, 438)],
                   [("Offrir", 130, 149), ("Comptoirs", 236, 269), ("Décembre", 307, 341), ("100", 356, 367),
                    ("%", 369, 375), ("-1", 408, 414)])
    bounds = header_bounds(lines[0], lines[1:], 36.0, 576.0)
    assert len(bounds) == 5 and 338 < bounds[3] < 356


def test_a_word_a_word_space_after_the_text_before_it_opens_no_column_for_a_lost_header_word():
    """"TDS/Ressource de la" in three lines running: "de" starts level in each, a word space
    after "Ressource" (a scan's word spaces vary, some past 0.3 of the size), between
    "Responsable/" and "Échéancier/", nearer the first. It is the responsible's text going on,
    not the column of a header word lost: the deadline column keeps its boundary at
    "Échéancier/" and "de la" stays with "TDS/Ressource"."""
    header = [("Objectif", 60, 105), ("Actions", 174, 219), ("Responsable/", 278, 357), ("Échéancier/", 420, 480),
              ("Suivi", 515, 543), ("en", 546, 560), ("date", 563, 588), ("du", 591, 605), ("31", 608, 621),
              ("mars", 624, 651), ("2009", 654, 681)]
    lines = _lines(header,
                   [("Documenter,", 60, 128), ("Discussion", 174, 231), ("TDS/Ressource", 278, 363), ("de", 368, 382),
                    ("la", 385, 396), ("2006", 420, 447), ("-Constitution", 515, 580)],
                   [("Discussions", 174, 237), ("TDS/Ressource", 278, 363), ("de", 368, 382), ("la", 385, 396),
                    ("2007", 420, 447)],
                   [("Formulation", 174, 237), ("TDS/Ressource", 278, 363), ("de", 368, 382), ("la", 385, 396),
                    ("Continu", 420, 460), ("-Recommandation", 515, 612)])
    bounds = header_bounds(lines[0], lines[1:], 36.0, 756.0)
    assert len(bounds) == 4 and 396 < bounds[2] <= 420


def test_a_column_whose_header_first_line_a_scan_lost_is_a_column_of_its_own():
    """"% réali" / "sé" over a narrow column, its "%" lost on a scan: the header's first line
    has no word over the column, whose values ("100 %", "50 %") start a gutter after the
    deadlines, nearer "Éch" than "Suivi". "Suivi" opens a column of the lines below too: the
    values are a column of their own, not the lost first word of "Suivi au 31 mars 2017"
    (test_a_header_word_lost_leaves_its_column_where_the_lines_below_start_it keeps the other case:
    "réalisé" of a lost "%" over no column of its own starts its column at the values)."""
    head = [("Objectif", 78.1, 118.0), ("Actions", 142.4, 180.0), ("Éch", 275.0, 292.0), ("Suivi", 350.0, 374.0),
            ("au", 378.0, 390.0), ("31", 393.0, 406.0), ("mars", 409.0, 434.0), ("Suivi", 448.0, 472.0),
            ("au", 476.0, 488.0), ("31", 492.0, 504.0), ("mars", 507.0, 532.0)]
    wrapped = [("éan", 275.0, 293.0), ("réali", 311.0, 333.0), ("2017", 350.0, 374.0), ("2018", 448.0, 473.0)]
    rows = [[("Augmenter", 78.1, 129.0), ("Implanter", 142.4, 186.0), ("2016", 275.0, 297.0), ("100", 311.0, 327.0),
             ("-Deux", 350.0, 376.0), ("-Deux", 448.0, 475.0)],
            [("l'accès", 78.1, 108.0), ("kiosques", 142.4, 181.0), ("-201", 275.0, 295.0), ("%", 311.0, 319.0),
             ("ouverts", 350.0, 384.0), ("kiosques", 448.0, 487.0)],
            [("Créer", 142.4, 168.0), ("Mai", 275.0, 290.0), ("50", 311.0, 322.0), ("•", 350.0, 353.0),
             ("Terrain", 357.0, 389.0), ("•", 448.0, 452.0)],
            [("jardin", 142.4, 168.0), ("2017", 275.0, 297.0), ("la", 350.0, 357.0), ("moitié", 448.0, 476.0)]]
    lines = _lines(head, wrapped, *rows)
    bounds = header_bounds(lines[0], lines[1:], 72.0, 532.0)
    assert len(bounds) == 5 and 300 < bounds[2] < 311 and 340 < bounds[3] < 350, bounds


def test_a_wide_word_space_inside_a_cell_does_not_move_a_boundary():
    """A scan spaced "actions" and "à" of an action cell a gutter apart, past the middle
    between "Actions" and "Responsable/": no column starts there, the word of the line below
    ("prioritaires") runs across it; the boundary stays by "Responsable/", so that word keeps
    to its cell. Text starting earlier than its header word with nothing across it (a centred
    cell) still moves the boundary."""
    header = [("Objectif", 37.9, 87.6), ("Actions", 133.2, 179.7), ("Responsable/", 308.2, 390.9),
              ("Échéancier", 427.7, 490.0)]
    first = [("Informer", 37.9, 83.0), ("Évaluation", 133.2, 190.0), ("actions", 192.9, 240.0),
             ("à", 251.0, 258.0), ("TDS/Ressource", 308.2, 390.0), ("2008", 427.7, 453.9)]
    below = [("membres", 37.9, 83.0), ("comme", 133.2, 170.0), ("prioritaires", 173.0, 262.0),
             ("organismes", 308.2, 380.0)]
    lines = _lines(header, first, below)
    assert 300 < header_bounds(lines[0], lines[1:], 36.0, 796.0)[1] < 308.2
    centred = [("membres", 37.9, 83.0), ("comme", 133.2, 170.0), ("Comité", 290.0, 330.0)]
    lines = _lines(header, first, centred)
    assert header_bounds(lines[0], lines[1:], 36.0, 796.0)[1] < 290.0
