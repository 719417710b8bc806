"""Nothing lost: every character of every cell of an action row must reach the dataset.

Run on every conversion. A cell's characters are explained by the row's output fields, the
bullets, channel headings and "(suite)" markers of its follow-up cell, and the footnote
markers removed from its action; whatever is left is reported with its text and pages.
"""

from __future__ import annotations

import re
from collections import Counter

from extract.model import Paragraph
from normalize.items import Split
from normalize.records import ActionRow, Anomaly, ExtraRow, FollowupRow
from normalize.tables import LogicalRow

_BULLET_CHARS = set("-•–—✕✗✘▪■□●◦○►▸➢➤✓*·o")


def chars(text: str) -> Counter[str]:
    return Counter(c for c in text if not c.isspace())


def source_chars(paragraphs: list[Paragraph]) -> Counter[str]:
    return chars("".join(s.text for p in paragraphs for s in p.spans))


def unexplained(row: LogicalRow, action: ActionRow, items: list[FollowupRow], split: Split,
                extras: list[ExtraRow]) -> dict[str, str]:
    """Field → the characters of its cells that no output explains (empty when all are)."""
    out: dict[str, str] = {}
    checks = {
        "action": chars(action.action),
        "responsible": chars(action.responsible),
        "deadline": chars(action.deadline_text),
    }
    for name, explained in checks.items():
        _left(out, name, source_chars(row.cells.get(name, [])) - explained, footnotes=name == "action")
    own = source_chars(row.cells.get("objective", []))
    if own:
        _left(out, "objective", own - chars(action.objective), footnotes=False)
    followup = chars(" ".join(i.raw for i in items))
    followup += chars(" ".join(c.source for c in split.headings + split.markers))
    left = source_chars(row.cells.get("followup", [])) - followup
    for bullet in list(left):
        if bullet in _BULLET_CHARS:
            del left[bullet]
    _left(out, "followup", left, footnotes=False)
    for header, paragraphs in row.extras.items():
        text = " ".join(e.text for e in extras if e.header == header)
        _left(out, header, source_chars(paragraphs) - chars(text), footnotes=False)
    return out


def _left(out: dict[str, str], name: str, left: Counter[str], footnotes: bool) -> None:
    if footnotes:
        for c in list(left):
            if re.fullmatch(r"[\d¹²³⁴-⁹⁰*]", c):
                del left[c]
    if left:
        out[name] = "".join(sorted(left.elements()))


def anomalies(document: str, action: ActionRow, missing: dict[str, str]) -> list[Anomaly]:
    return [Anomaly(document, action.action_id, None, "text_outside_tables",
                    f"{len(text)} caractère(s) de la cellule {name} absents des colonnes produites : « {text} »",
                    action.page_start, action.page_end)
            for name, text in missing.items()]
