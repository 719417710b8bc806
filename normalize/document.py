"""Turn one read document into contract rows: actions, follow-up items, extras, anomalies."""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from bilan.extract.model import Document, Paragraph, Span
from bilan.normalize import accounting
from bilan.normalize.audit import coverage
from bilan.normalize.checks import followup_anomalies, item_anomalies, state_anomalies
from bilan.normalize.dates import looks_like_date, read_as_of, read_deadline, find_dates
from bilan.normalize.items import Split, inner_capitals, join_splits, split_followup
from bilan.normalize.shapes import number_text, points_lost, read_state, split_number
from bilan.normalize.records import (ActionRow, Anomaly, Converted, DocumentRow, ExtraRow, FollowupRow, NoBilanTable,
                                     Trace)
from bilan.normalize.tables import CellTexts, LogicalRow, paragraphs_text, walk
from bilan.normalize.text import collapse, strip_footnote_chars


_FOOTNOTE_MARK = re.compile(r"[\d¹²³⁴-⁹⁰*,\s]+")


def _action_text(paragraphs: list[Paragraph], texts: CellTexts) -> str:
    """The action cell without its footnote markers (raised digits, or ¹ ² … characters)."""
    if not any(_footnote_mark(s) for p in paragraphs for line in p.lines for s in line.spans):
        return collapse(strip_footnote_chars(texts.of(paragraphs)))
    kept = [Paragraph(lines=[dataclasses.replace(line, spans=[s for s in line.spans if not _footnote_mark(s)])
                             for line in p.lines], page=p.page)
            for p in paragraphs]
    return collapse(strip_footnote_chars(paragraphs_text(kept)))


def _footnote_mark(span: Span) -> bool:
    """A raised footnote call ("1", "2,3", "*")."""
    return span.superscript and bool(_FOOTNOTE_MARK.fullmatch(span.text))


RowsMap = Callable[[Callable[[list], "_Rows"], list], list["_Rows"]]


@dataclass
class _Rows:
    """What a run of a document's rows gives, in their order."""

    actions: list[ActionRow] = field(default_factory=list)
    followups: list[FollowupRow] = field(default_factory=list)
    extras: list[ExtraRow] = field(default_factory=list)
    anomalies: list[Anomaly] = field(default_factory=list)
    trace: list[Trace] = field(default_factory=list)
    leftovers: int = 0


def normalize_document(doc: Document, name: str, overrides: dict[str, str] | None = None,
                       trace: bool = False, in_parts: RowsMap | None = None) -> Converted:
    """Rows of one document. Raises NoBilanTable when nothing in it is a bilan table.

    With `trace`, `Converted.trace` keeps, for each action, the source row and the split of its
    follow-up cell (with the source lines of each item), for `bilan inspect` to draw.
    `in_parts(work, rows)` may share the rows out (say, between processes): it gives `work`'s
    results over consecutive runs of `rows`, in order; without it, one run here.
    """
    cell_texts = CellTexts()
    layout = walk(doc, overrides, cell_texts)
    if not layout.bilan_tables:
        seen = "; ".join(" | ".join(h) for h in layout.headers_seen[:3]) or "no table at all"
        raise NoBilanTable(f"no bilan table found (headers seen: {seen})")

    anomalies: list[Anomaly] = []
    for texts in layout.no_followup:
        anomalies.append(Anomaly(name, "", None, "no_followup_column", (
            f"aucune colonne de suivi reconnue parmi « {' | '.join(t for t in texts if t)} » : "
            "aucune action n'est jugée en retard ; indiquez la colonne avec --columns \"EN-TÊTE=followup\"")))
    # several follow-up columns (one per year): the latest date their headers give
    as_of = max(filter(None, (read_as_of(h) for h in layout.followup_headers or [layout.followup_header] if h)),
                default=None)
    if as_of is None and layout.date_line:
        as_of = read_as_of(layout.date_line)
        if as_of is not None:
            anomalies.append(Anomaly(name, "", None, "as_of_guessed",
                                     f"l'en-tête du suivi « {layout.followup_header} » ne donne pas de date ; "
                                     f"date prise sous le titre : « {layout.date_line} »"))
    blind = bool(layout.no_followup) and not layout.followup_header
    judged_at = None if blind else as_of  # without a follow-up column nothing is judged overdue
    if as_of is None and not blind:
        anomalies.append(Anomaly(name, "", None, "no_as_of",
                                 f"pas de date de suivi dans l'en-tête « {layout.followup_header} » "
                                 "ni sous le titre : aucune action n'est jugée en retard"))

    for join in layout.table_joins:
        anomalies.append(Anomaly(name, "", None, "merged_continuation", join.detail,
                                 join.page_start, join.page_end))
    for header in layout.extra_headers:
        if not any(header in row.extras for row in layout.rows):
            continue  # its table had no rows, and the next ones read the column (a status column)
        anomalies.append(Anomaly(name, "", None, "unknown_column",
                                 f"colonne « {header} » non reconnue : ses cellules sont dans extras.csv"))

    result = Converted(document=DocumentRow(document=name, status="ok"))
    names = inner_capitals(doc)
    work = functools.partial(_rows, name, judged_at, cell_texts, names, trace, frozenset(doc.ocr_pages))
    numbered = list(enumerate(layout.rows, start=1))
    leftovers = 0
    for part in (in_parts(work, numbered) if in_parts is not None and not trace else [work(numbered)]):
        result.actions += part.actions
        result.followups += part.followups
        result.extras += part.extras
        result.trace += part.trace
        anomalies += part.anomalies
        leftovers += part.leftovers
    points_lost(result.actions)
    for stray in layout.strays:
        anomalies.append(Anomaly(name, "", None, "text_outside_tables",
                                 f"texte d'un tableau rattaché à aucune action : « {stray.text} »",
                                 stray.page, stray.page))
    if blind:  # said once for the document, not once per action
        anomalies = [a for a in anomalies if a.kind != "no_followup"]
    rec = accounting.reconcile(doc, layout, {a.objective for a in result.actions}, leftovers)
    anomalies.extend(accounting.piece_anomalies(name, rec))
    result.reconciliation = rec

    anomalies.extend(ocr_anomalies(doc, name))
    result.anomalies = anomalies
    result.coverage = coverage(result.actions, result.followups, judged_at)
    result.document = DocumentRow(
        document=name, status="ok", format=doc.format, pages=doc.pages,
        title=" — ".join(layout.title_lines), as_of=as_of, actions=len(result.actions),
        followups=len(result.followups), anomalies=len(anomalies), ocr_pages=page_ranges(doc.ocr_pages),
        chars_unaccounted=rec.unaccounted)
    return result


def page_ranges(pages: list[int]) -> str:
    """1,2,3,4,6 -> "1-4,6"."""
    out: list[str] = []
    for page in sorted(set(pages)):
        if out and int(out[-1].rsplit("-", 1)[-1]) == page - 1:
            out[-1] = f"{out[-1].split('-')[0]}-{page}"
        else:
            out.append(str(page))
    return ",".join(out)


def ocr_anomalies(doc: Document, name: str) -> list[Anomaly]:
    """One anomaly per table cell read by OCR with words of low confidence, quoting them and
    the cell's lines that hold them (a follow-up cell may run to dozens of lines)."""
    out = []
    seen: set[tuple[int | None, str]] = set()
    for table in doc.tables:
        for row in table.rows:
            for cell in row.cells:
                if not cell.ocr_doubtful and not cell.ocr_respelled:
                    continue
                lines = [collapse(ln.text) for p in cell.paragraphs for ln in p.lines]
                shown = [ln for ln in lines if any(w in ln for w in cell.ocr_doubtful)] or lines
                text = collapse(cell.text) if len(shown) == len(lines) else " … ".join(shown)
                said = []
                if cell.ocr_doubtful:
                    said.append("lecture OCR incertaine de " + ", ".join(f"« {w} »" for w in cell.ocr_doubtful))
                if cell.ocr_respelled:  # extract/pdf/respell.py: the document's spelling, the word list
                    said.append(_respelled(cell.ocr_respelled))
                detail = f"{' ; '.join(said)} dans la cellule « {text} »"
                if (cell.page, detail) not in seen:  # a header repeated on its page: once
                    seen.add((cell.page, detail))
                    out.append(Anomaly(name, "", None, "ocr_low_confidence", detail, cell.page, cell.page))
    for block in doc.blocks:
        if isinstance(block, Paragraph) and block.ocr_respelled:
            out.append(Anomaly(name, "", None, "ocr_low_confidence",
                               f"{_respelled(block.ocr_respelled)} dans le paragraphe « {collapse(block.text)} »",
                               block.page, block.page))
    return out


def _respelled(changes: list[tuple[str, str]]) -> str:
    return "lecture OCR corrigée : " + ", ".join(f"« {old} » lu « {new} »" for old, new in changes)


def _rows(name: str, as_of, texts: CellTexts, names: frozenset[str], trace: bool, ocr: frozenset[int],
          numbered: list[tuple[int, LogicalRow]]) -> _Rows:
    """The actions of these rows (numbered in the document), their items and anomalies."""
    out = _Rows()
    for number, row in numbered:
        action_id = f"A{number:03d}"
        split, left = _action(name, action_id, row, as_of, out, texts, names, ocr)
        out.leftovers += left
        if trace:
            out.trace.append(Trace(action_id, row, split))
    return out


def _action(name: str, action_id: str, row: LogicalRow, as_of, result: _Rows, texts: CellTexts,
            names: frozenset[str] = frozenset(), ocr: frozenset[int] = frozenset()) -> tuple[Split, int]:
    """Append the action's rows and anomalies to `result`; returns its split and the count of
    its cells' characters that no output explains (each reported)."""
    anomalies = result.anomalies
    cells = row.cells
    deadline_text = texts.of(cells.get("deadline", []))
    deadline = read_deadline(deadline_text)
    if deadline.kind == "unparsed":
        anomalies.append(Anomaly(name, action_id, None, "unparsed_date",
                                 f"échéance « {deadline_text} » non lue comme une date ; gardée telle quelle",
                                 row.page_start, row.page_end))
    for join in row.joins:
        anomalies.append(Anomaly(name, action_id, None, "merged_continuation", join.detail,
                                 join.page_start, join.page_end))
    splits = [(key, split_followup(cells.get(key, []), names)) for key in row.periods or ["followup"]]
    split = join_splits([sp for _, sp in splits])
    items = []
    for key, sp in splits:
        for item in sp.items:
            items.append(FollowupRow(name, action_id, len(items) + 1, item.channel, item.text, item.date_text,
                                     item.date_start, item.date_end, item.precision, item.raw, item.page,
                                     row.periods.get(key, "")))
    for no, item in enumerate(items, start=1):
        for inner in re.findall(r"\(([^()]*)\)", item.raw):
            if looks_like_date(inner) and not find_dates(inner):
                anomalies.append(Anomaly(name, action_id, no, "unparsed_date",
                                         f"« ({inner}) » ressemble à une date mais n'a pas été lu : « {item.raw} »",
                                         item.page, item.page))
    action_text = _action_text(cells.get("action", []), texts)
    action_no, dropped = number_text(texts.of(cells.get("number", []))), ""
    if not action_no:
        action_no, action_text, dropped = split_number(action_text)
    state = read_state(texts.of(cells.get("state", [])))
    responsible, respelled = _responsible(name, action_id, row, texts, ocr, anomalies)
    action = ActionRow(
        document=name, action_id=action_id, section=row.section, objective=row.objective,
        action=action_text,
        responsible=responsible,
        deadline_text=deadline_text, deadline_kind=deadline.kind,
        deadline_start=deadline.start, deadline_end=deadline.end,
        followup_text=split.text, followup_count=len(items),
        page_start=row.page_start, page_end=row.page_end,
        action_no=action_no, state_text=state.text, state=state.state, progress=state.progress)
    result.actions.append(action)
    result.followups.extend(items)
    extras = [ExtraRow(name, action_id, header, text) for header, paragraphs in row.extras.items()
              if (text := texts.of(paragraphs))]
    result.extras.extend(extras)
    missing = accounting.unexplained(row, action, items, split, extras, dropped, respelled)
    anomalies.extend(accounting.anomalies(name, action, missing))
    anomalies.extend(followup_anomalies(name, action, as_of))
    anomalies.extend(state_anomalies(name, action, items, as_of))
    anomalies.extend(item_anomalies(name, items, as_of))
    return split, sum(len(text) for text in missing.values())


def _responsible(name: str, action_id: str, row: LogicalRow, texts: CellTexts, ocr: frozenset[int],
                 anomalies: list[Anomaly]) -> tuple[str, str]:
    """The Responsable cell's text, and the characters a scan's reading of it was set right for
    (`names_listed`, said in an anomaly)."""
    paragraphs = row.cells.get("responsible", [])
    read = texts.of(paragraphs)
    if not any(p.page in ocr for p in paragraphs) or (listed := names_listed(read)) == read:
        return read, ""
    anomalies.append(Anomaly(name, action_id, None, "ocr_low_confidence",
                             f"lecture OCR corrigée : « {read} » lu « {listed} » (un point entre deux noms "
                             "d'une cellule Responsable : une virgule)", row.page_start, row.page_end))
    return listed, "." * (read.count(".") - listed.count("."))


# a point set against a word of four letters or more (no abbreviation: "M.", "Ste.") or an
# acronym ("CRÉ. MRC du Domaine-du-Roy"), before a capitalized word
_POINT_BETWEEN_NAMES = re.compile(r"(?:(?<=[^\W\d_]{4})|(?<=\b[A-ZÀ-ÖØ-Þ]{2})|(?<=\b[A-ZÀ-ÖØ-Þ]{3}))"
                                  r"\. (?=[A-ZÀ-ÖØ-Þ][^\W\d_])")


def names_listed(text: str) -> str:
    """A Responsable cell of a scanned page: a point between two names is a comma whose tail a
    copy lost ("Moisson Outaouais. Ville de Gatineau"): the cell lists bodies, it holds no
    sentences."""
    return _POINT_BETWEEN_NAMES.sub(", ", text)
