"""Follow-up cells into items and channels (normalize/items.py), on hand-built cells."""

from __future__ import annotations

import datetime as dt

from bilan.extract.model import Cell, Document, Line, Paragraph, Row, Span, Table
from bilan.normalize.items import bullet_of, inner_capitals, split_followup, strip_dates_paren
from bilan.normalize.tables import paragraphs_text
from bilan.normalize.dates import find_dates


def para(text: str, underline: bool = False, list_item: bool = False) -> Paragraph:
    return Paragraph(lines=[Line(spans=[Span(text, underline=underline)])], list_item=list_item)


def lines_para(*texts: str) -> Paragraph:
    """A PDF-style paragraph: several visual lines."""
    return Paragraph(lines=[Line(spans=[Span(t)]) for t in texts])


def test_bullets_start_items_and_dates_are_read():
    split = split_followup([para("-Transport collectif (04/12/07)"), para("-Ligne 211 (26/04/06)")])
    assert [(i.text, i.raw, i.date_text) for i in split.items] == [
        ("Transport collectif", "Transport collectif (04/12/07)", "04/12/07"),
        ("Ligne 211", "Ligne 211 (26/04/06)", "26/04/06"),
    ]
    assert split.items[0].date_start == dt.date(2007, 12, 4)
    assert split.items[0].precision == "day"


def test_every_bullet_kind_is_a_bullet():
    for marker in ["-", "•", "–", "✕", "*", "▪"]:
        assert bullet_of(f"{marker} Immigration")[0] == marker
    assert bullet_of("o Immigration")[0] == "o"
    assert bullet_of("octobre 2008")[0] is None
    assert bullet_of("-")[0] is None  # a lone dash is text, not an empty item


def test_cell_without_bullets_gives_one_item_per_paragraph():
    split = split_followup([
        para("Voir les documents suivants sur le site Internet de la CRÉ (section plan quinquennal)"),
        para("Suivi des actions (janvier 2008)"),
        para("Suivi des actions (décembre 2008)"),
    ])
    assert [i.text for i in split.items] == [
        "Voir les documents suivants sur le site Internet de la CRÉ (section plan quinquennal)",
        "Suivi des actions", "Suivi des actions"]
    assert [i.precision for i in split.items] == ["none", "month", "month"]


def test_line_without_bullet_continues_the_item_in_a_bulleted_cell():
    split = split_followup([para("-Organisation de rencontres :"), para("mandataires et animatrices"),
                            para("-Conception d'un logo ATI")])
    assert [i.raw for i in split.items] == [
        "Organisation de rencontres : mandataires et animatrices", "Conception d'un logo ATI"]


def test_underlined_channels_and_a_plain_paragraph_under_a_heading():
    split = split_followup([
        para("Concert'action", underline=True), para("-Aînés (23/02/09)"),
        para("Revue développement social", underline=True), para("-De la concertation (mars 2009)"),
        para("Autres", underline=True), para("Plusieurs articles ont paru"),
    ])
    assert [(i.channel, i.text) for i in split.items] == [
        ("Concert'action", "Aînés"),
        ("Revue développement social", "De la concertation"),
        ("Autres", "Plusieurs articles ont paru"),
    ]
    assert [h.text for h in split.headings] == ["Concert'action", "Revue développement social", "Autres"]


def test_short_bare_line_followed_by_bullets_is_a_channel_without_underline():
    split = split_followup([para("Concert'action"), para("-Immigration (09/03/09)")])
    assert [(i.channel, i.text) for i in split.items] == [("Concert'action", "Immigration")]


def test_suite_marker_is_not_an_item_and_channel_carries_on():
    split = split_followup([para("Concert'action", underline=True), para("-Immigration (09/03/09)"),
                            para("(suite)"), para("-Immigration (17/03/08)")])
    assert [(i.channel, i.raw) for i in split.items] == [
        ("Concert'action", "Immigration (09/03/09)"), ("Concert'action", "Immigration (17/03/08)")]
    assert [m.text for m in split.markers] == ["(suite)"]


def test_word_list_paragraphs_are_bullets():
    split = split_followup([para("Premier point", list_item=True), para("suite du premier"),
                            para("Second point", list_item=True)])
    assert [i.raw for i in split.items] == ["Premier point suite du premier", "Second point"]


def test_pdf_lines_wrapped_and_cut_after_a_hyphen():
    split = split_followup([lines_para("-Immigration (05-11-", "07)", "-Entente de partenariat sur la",
                                       "persévérance (09/10/07)")])
    assert [i.raw for i in split.items] == ["Immigration (05-11-07)",
                                            "Entente de partenariat sur la persévérance (09/10/07)"]
    assert split.items[0].date_start == dt.date(2007, 11, 5)


def test_trailing_parenthesis_kept_when_another_date_stands_elsewhere():
    raw = ("Signature d'une Entente de partenariat (juin 2007) et signature d'une "
           "Entente spécifique (mars 2008)")
    item = split_followup([para("-" + raw)]).items[0]
    assert item.text == raw
    assert item.date_text == "juin 2007; mars 2008"
    assert (item.date_start, item.date_end, item.precision) == (dt.date(2007, 6, 1), dt.date(2008, 3, 31), "month")


def test_parenthesis_with_more_than_dates_is_kept():
    raw = "Dépôt d'un projet (projet : janvier 2009-décembre 2010)"
    assert strip_dates_paren(raw, find_dates(raw)) == raw
    raw = "35 rencontres (2006-2009)"
    assert strip_dates_paren(raw, find_dates(raw)) == "35 rencontres"


def test_an_underlined_line_under_an_item_is_a_heading_of_its_own():
    """A PDF paragraph may run an item and the channel heading under it together."""
    cell = Paragraph(lines=[Line(spans=[Span("•Huit ateliers offerts (sept. 2010)")]),
                            Line(spans=[Span("Lac-Saint-Jean", underline=True)]),
                            Line(spans=[Span("•Deux ateliers à Alma")])])
    split = split_followup([cell])
    assert [(i.channel, i.text) for i in split.items] == [
        ("", "Huit ateliers offerts"), ("Lac-Saint-Jean", "Deux ateliers à Alma")]


def test_full_lines_in_a_cell_without_bullets_end_an_item_at_a_date_or_a_stop():
    split = split_followup([lines_para("Collecte des données terminée en décembre 2009",
                                       "Rédaction en cours; diffusion reportée.",
                                       "Rapport déposé au conseil de la MRC",
                                       "Vallée-de-l'Or en juin")])
    assert [i.raw for i in split.items] == [
        "Collecte des données terminée en décembre 2009", "Rédaction en cours; diffusion reportée.",
        "Rapport déposé au conseil de la MRC Vallée-de-l'Or en juin"]


def test_a_paragraph_cut_by_a_page_break_goes_on_when_its_text_runs_on():
    def para_on(page: int, *texts: str) -> Paragraph:
        return Paragraph(lines=[Line(spans=[Span(t)], page=page, x0=10.0, x1=10.0 + 5 * len(t))
                                for t in texts], page=page)

    split = split_followup([para_on(3, "Voir les documents du site Internet de la CRÉ"),
                            para_on(4, "(section plan quinquennal)"),
                            para_on(4, "Suivi des actions (janvier 2008)")])
    assert [i.raw for i in split.items] == [
        "Voir les documents du site Internet de la CRÉ (section plan quinquennal)",
        "Suivi des actions (janvier 2008)"]


def test_a_full_line_ends_an_item_before_a_common_word_not_before_a_name():
    split = split_followup([lines_para("Demande de financement déposée au Fonds régional",
                                       "Rencontre avec les maires des municipalités rurales",
                                       "Assemblée du printemps reportée dans le quartier",
                                       "Saint-Sauveur faute de salle",
                                       "Documents déposés sur le site",
                                       "Internet de la Table")])
    assert [i.raw for i in split.items] == [
        "Demande de financement déposée au Fonds régional",
        "Rencontre avec les maires des municipalités rurales",
        "Assemblée du printemps reportée dans le quartier Saint-Sauveur faute de salle",
        "Documents déposés sur le site Internet de la Table"]


def test_a_line_left_open_or_a_name_the_document_capitalises_goes_on():
    cell = lines_para("Bilan présenté aux membres de la", "Table le 3 mai",
                      "Projet soutenu par le", "Programme d'aide aux collectivités",
                      "Projet présenté au comité", "Régional de la santé")
    assert [i.raw for i in split_followup([cell]).items] == [
        "Bilan présenté aux membres de la Table le 3 mai",
        "Projet soutenu par le Programme d'aide aux collectivités",
        "Projet présenté au comité", "Régional de la santé"]
    # a document that prints "le Régional" inside a sentence uses it as a name
    joined = split_followup([cell], names=frozenset({"régional"})).items
    assert [i.raw for i in joined][-1] == "Projet présenté au comité Régional de la santé"


def test_inner_capitals_are_the_words_capitalised_inside_a_sentence():
    doc = Document(path="x.pdf", format="pdf", blocks=[
        lines_para("Rencontre avec la Table de concertation", "Québec. Suite au rapport"),
        Table(rows=[Row(cells=[Cell(paragraphs=[para("Financement du Fonds régional")])])])])
    assert inner_capitals(doc) == frozenset({"table", "fonds"})


def test_a_word_a_page_break_cut_in_two_is_read_whole():
    def on(page: int, text: str) -> Paragraph:
        return Paragraph(lines=[Line(spans=[Span(text)], page=page)], page=page)

    assert paragraphs_text([on(2, "À détermi"), on(3, "ner")]) == "À déterminer"
    assert paragraphs_text([on(2, "Démarche à pour"), on(3, "suivre")]) == "Démarche à pour suivre"
    assert paragraphs_text([on(2, "À détermi"), on(2, "ner")]) == "À détermi ner"  # same page
    assert paragraphs_text([on(2, "MRC du Domaine-du-"), on(3, "Roy")]) == "MRC du Domaine-du-Roy"

    def at(top: float, text: str) -> Paragraph:
        return Paragraph(lines=[Line(spans=[Span(text)], page=2, top=top, bottom=top + 10)], page=2)

    # a row split put the rest of a word on the next line in a paragraph of its own
    assert paragraphs_text([at(100, "TDS/Ressourc"), at(112, "e de la CRÉ")]) == "TDS/Ressource de la CRÉ"
    assert paragraphs_text([at(100, "TDS/Ressourc"), at(130, "e de la CRÉ")]) == "TDS/Ressourc e de la CRÉ"
    item = split_followup([Paragraph(lines=[Line(spans=[Span("Portrait des municipalité")], page=4),
                                            Line(spans=[Span("s rurales")], page=5)])]).items[0]
    assert item.raw == "Portrait des municipalités rurales"
