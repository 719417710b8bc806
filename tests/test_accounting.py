"""Nothing lost: every character of a table cell reaches the dataset or is reported."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import SAMPLES, read_rows
from bilan.extract import read
from bilan.extract.model import Line, Paragraph, Span
from bilan.normalize import accounting
from bilan.normalize.document import normalize_document
from bilan.normalize.items import split_followup
from bilan.normalize.tables import walk


def test_samples_have_no_unexplained_characters(docx_out: Path):
    assert [r for r in read_rows(docx_out / "anomalies.csv")
            if r["kind"] in ("text_outside_tables", "unaccounted_text")] == []
    assert [d["chars_unaccounted"] for d in read_rows(docx_out / "documents.csv")] == ["0"]
    for sample in ("bilan-2006-2008.docx", "bilan-2006-2008.pdf"):
        doc = read(SAMPLES / sample)
        layout = walk(doc)
        result = normalize_document(doc, sample)
        assert len(layout.rows) == len(result.actions) == 17
        assert not [a for a in result.anomalies if a.kind in ("text_outside_tables", "unaccounted_text")], sample
        rec = result.reconciliation
        assert rec.unaccounted == 0 and rec.chars_in == rec.in_rows + rec.furniture, sample
        assert rec.in_rows > 0.6 * rec.chars_in, sample


def test_a_lost_character_is_reported():
    doc = read(SAMPLES / "bilan-2006-2008.docx")
    layout = walk(doc)
    result = normalize_document(doc, "x")
    row, action = layout.rows[1], result.actions[1]
    items = [i for i in result.followups if i.action_id == action.action_id]
    split = split_followup(row.cells["followup"])
    assert accounting.unexplained(row, action, items, split, []) == {}
    cut = dataclasses.replace(action, responsible=action.responsible[:-3])
    missing = accounting.unexplained(row, cut, items, split, [])
    assert sorted(missing["responsible"]) == sorted(action.responsible[-3:].replace(" ", ""))
    (anomaly,) = accounting.anomalies("x", cut, missing)
    assert anomaly.kind == "unaccounted_text" and "responsible" in anomaly.detail


WORD = st.text(alphabet="abcdeéèàçôABCÉ'0123456789", min_size=1, max_size=8)
DATE = st.sampled_from(["(04/12/07)", "(février 2008)", "(2006-2009)", "(1er février 2007)", "(05-11-07)", ""])
BULLET = st.sampled_from(["-", "• ", "– ", "✕ ", "o ", "* ", "▪ ", ""])


@st.composite
def followup_cell(draw: st.DrawFn) -> list[Paragraph]:
    paragraphs = []
    for _ in range(draw(st.integers(1, 8))):
        if draw(st.booleans()) and draw(st.booleans()):
            paragraphs.append(Paragraph(lines=[Line(spans=[Span(draw(WORD).capitalize(), underline=True)])]))
            continue
        words = draw(st.lists(WORD, min_size=1, max_size=10))
        text = draw(BULLET) + " ".join(words) + " " + draw(DATE)
        # wrapped over several lines, as a PDF cell shows it
        cut = draw(st.integers(1, max(1, len(words))))
        lines = [" ".join(words[:cut]), " ".join(words[cut:]) + " " + draw(DATE)]
        lines[0] = text.split(" ".join(words))[0] + lines[0]
        paragraphs.append(Paragraph(lines=[Line(spans=[Span(t)]) for t in lines if t.strip()]))
    return paragraphs


@settings(max_examples=300, deadline=None)
@given(followup_cell())
def test_splitting_then_joining_gives_back_the_cell(paragraphs: list[Paragraph]):
    split = split_followup(paragraphs)
    source = accounting.source_chars(paragraphs)
    rebuilt = accounting.chars(" ".join(i.raw for i in split.items))
    rebuilt += accounting.chars(" ".join(c.source for c in split.headings + split.markers))
    assert source - rebuilt == accounting.chars(split.bullets)  # only the bullets themselves
    assert not rebuilt - source  # and nothing invented
