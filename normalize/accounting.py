"""Nothing lost: every character the reader produced reaches the dataset or is reported.

Run on every conversion, in two passes. Row by row, a cell's characters are explained by the
row's output fields, the bullets, channel headings and "(suite)" markers of its follow-up cell,
and the footnote markers removed from its action. Then, starting from the source and not from
the rows, every paragraph of the document (in a table cell or not) must have a place: an action
row, furniture (title, preamble, headings, header rows, footnotes), or the objective of the
actions under it. Whatever has none is quoted in an `unaccounted_text` anomaly.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from bilan.extract.model import Document, Line, Paragraph, Table
from bilan.normalize.items import Split
from bilan.normalize.records import ActionRow, Anomaly, ExtraRow, FollowupRow
from bilan.normalize.tables import Layout, LogicalRow, paragraph_text
from bilan.normalize.text import collapse

def chars(text: str) -> Counter[str]:
    """The non-space characters of `text`, counted (Counter's own loop, spaces dropped after)."""
    counts = Counter(text)
    for c in [c for c in counts if c.isspace()]:
        del counts[c]
    return counts


def visible_count(text: str) -> int:
    """How many non-space characters `text` holds: `chars(text).total()`, without counting
    each character apart (str.split cuts at exactly the characters str.isspace tells)."""
    return len("".join(text.split()))


def source_chars(paragraphs: list[Paragraph]) -> Counter[str]:
    return chars("".join([line.text for p in paragraphs for line in p.lines]))


def unexplained(row: LogicalRow, action: ActionRow, items: list[FollowupRow], split: Split,
                extras: list[ExtraRow], dropped: str = "", respelled: str = "") -> dict[str, str]:
    """Field → the characters of its cells that no output explains (empty when all are);
    `dropped`: the marks between a plan number and its action, read as neither; `respelled`:
    the characters of the Responsable cell a scan's reading was set right for (each said in an
    anomaly)."""
    out: dict[str, str] = {}
    number_in_action = "number" not in row.cells or not source_chars(row.cells["number"])
    checks = {
        "action": chars(action.action + (action.action_no + dropped if number_in_action else "")),
        "responsible": chars(action.responsible + respelled),
        "deadline": chars(action.deadline_text),
        "number": chars("" if number_in_action else action.action_no),
        "state": chars(action.state_text),
    }
    for name, explained in checks.items():
        _left(out, name, source_chars(row.cells.get(name, [])) - explained, footnotes=name == "action")
    own = source_chars(row.cells.get("objective", []))
    if own:
        _left(out, "objective", own - chars(action.objective), footnotes=False)
    followup = chars(" ".join(i.raw for i in items))
    followup += chars(" ".join(c.source for c in split.headings + split.markers) + split.bullets)
    source = sum((source_chars(row.cells.get(k, [])) for k in row.periods or ["followup"]), Counter())
    _left(out, "followup", source - followup, footnotes=False)
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
    return [Anomaly(document, action.action_id, None, "unaccounted_text",
                    f"{len(text)} caractère(s) de la cellule {name} absents des colonnes produites : « {text} »",
                    action.page_start, action.page_end)
            for name, text in missing.items()]


@dataclass
class Piece:
    """Source text without a place: a cell's or a paragraph's, with where it stands."""

    text: str
    where: str
    page_start: int | None
    page_end: int | None
    lines: list[Line] = field(default_factory=list, repr=False)


@dataclass
class Reconciliation:
    """Non-space characters of the source, and where each went."""

    chars_in: int = 0
    in_rows: int = 0
    furniture: int = 0
    unaccounted: int = 0
    pieces: list[Piece] = field(default_factory=list)

    def summary(self) -> str:
        return (f"{self.chars_in} characters in, {self.in_rows} in rows, {self.furniture} furniture, "
                f"{self.unaccounted} unaccounted")


def reconcile(doc: Document, layout: Layout, objectives: set[str], row_leftovers: int) -> Reconciliation:
    """Walk the source again and give every paragraph its place; `row_leftovers` is what the
    row-by-row pass could not explain (already reported), `objectives` the actions' objectives."""
    rec = Reconciliation()
    in_rows = {id(p) for row in layout.rows
               for ps in (*row.cells.values(), *row.extras.values()) for p in ps}
    for paragraphs, where, page in _source(doc):
        lost: list[Paragraph] = []
        for p in paragraphs:
            n = visible_count("".join([line.text for line in p.lines]))
            if not n:
                continue
            rec.chars_in += n
            if id(p) in layout.furniture:
                rec.furniture += n
            elif id(p) in in_rows or layout.objective_pars.get(id(p)) in objectives:
                rec.in_rows += n
            else:
                rec.unaccounted += n
                lost.append(p)
        if lost:
            if any(id(p) in layout.objective_pars for p in lost):
                where = "objectif sans action sous lui"
            lines = [ln for p in lost for ln in p.lines]
            pages = [x for x in (ln.page for ln in lines) if x is not None] or \
                    [x for x in (p.page for p in lost) if x is not None] or ([page] if page else [])
            rec.pieces.append(Piece(collapse(" ".join(paragraph_text(p) for p in lost)), where,
                                    min(pages, default=None), max(pages, default=None), lines))
    rec.in_rows -= row_leftovers
    rec.unaccounted += row_leftovers
    return rec


def _source(doc: Document):  # noqa: ANN202 - yields (paragraphs, where, page)
    """Every paragraph the reader produced, a table cell's together."""
    for block in doc.blocks:
        if isinstance(block, Table):
            for row in block.rows:
                for cell in row.cells:
                    if cell.paragraphs:
                        yield cell.paragraphs, "cellule placée dans aucune ligne d'action", \
                            cell.page or row.page_start
        else:
            yield [block], "paragraphe hors des tableaux et qui n'est ni titre, ni intertitre, ni note", block.page


def piece_anomalies(document: str, rec: Reconciliation) -> list[Anomaly]:
    return [Anomaly(document, "", None, "unaccounted_text",
                    f"{p.where} : « {p.text} »", p.page_start, p.page_end)
            for p in rec.pieces]
