"""Tracks seen over a series: the grid (one row per track, one column per document) and what
changed from one bilan to the next (carried, dropped, new, back after a gap, worsened)."""

from __future__ import annotations

from dataclasses import dataclass, field

from bilan.normalize.records import ActionRow, CoverageRow
from bilan.normalize.tracks.pairing import Tracks

# From best to worst: a track whose status moves right from one bilan to the next worsened.
STATUS_RANK = {"suivi": 0, "a_venir": 1, "sans_suivi": 2, "en_retard": 3}


@dataclass
class Cell:
    action_id: str
    status: str
    items: int
    state: str = ""  # the action's state in that bilan, when it has a status column


@dataclass
class TrackLine:
    series: str
    track_id: str
    action: str  # the text in the latest document holding it
    objective: str
    cells: dict[str, Cell] = field(default_factory=dict)  # document → its action on this track


@dataclass
class Step:
    """One document of a series against the one before it."""

    series: str
    document: str
    previous: str
    carried: int = 0
    reworded: int = 0
    back: int = 0
    new: int = 0
    dropped: int = 0
    worsened: list[tuple[str, str, str, str]] = field(default_factory=list)  # track, action, was, now


def grid(tracks: Tracks, actions: list[ActionRow], coverage: list[CoverageRow]) -> list[TrackLine]:
    """One line per track, series in input order, tracks in order of first appearance."""
    text = {(a.document, a.action_id): a for a in actions}
    items = {(c.document, c.action_id): c.items for c in coverage}
    series_of = {doc: name for name, docs in tracks.series.items() for doc in docs}
    order = {doc: i for docs in tracks.series.values() for i, doc in enumerate(docs)}
    lines: dict[str, TrackLine] = {}
    for row in sorted(tracks.rows, key=lambda r: (r.track_id, order.get(r.document, 0))):
        action = text.get((row.document, row.action_id))
        line = lines.get(row.track_id)
        if line is None:
            line = lines[row.track_id] = TrackLine(series_of.get(row.document, ""), row.track_id, "", "")
        if action is not None:
            line.action, line.objective = action.action, action.objective
        line.cells[row.document] = Cell(row.action_id, row.status, items.get((row.document, row.action_id), 0),
                                        action.state if action is not None else "")
    return list(lines.values())


def steps(tracks: Tracks) -> list[Step]:
    """For each document after the first of its series: what it carried, dropped, added."""
    by_doc: dict[str, list] = {}
    for row in tracks.rows:
        by_doc.setdefault(row.document, []).append(row)
    rows = {(r.document, r.action_id): r for r in tracks.rows}
    out = []
    for name, docs in tracks.series.items():
        for previous, document in zip(docs, docs[1:]):
            step = Step(name, document, previous)
            before = {r.track_id: r for r in by_doc.get(previous, [])}
            now = by_doc.get(document, [])
            for row in now:
                if row.link in ("same", "reworded"):
                    step.carried += 1
                    step.reworded += row.link == "reworded"
                elif row.link == "after_gap":
                    step.back += 1
                else:
                    step.new += 1
                target = tracks.decisions[(row.document, row.action_id)].target
                was = rows.get(target) if target else None
                if was is not None and STATUS_RANK.get(row.status, 0) > STATUS_RANK.get(was.status, 0):
                    step.worsened.append((row.track_id, row.action_id, was.status, row.status))
            kept = {r.track_id for r in now}
            step.dropped = sum(1 for t in before if t not in kept)
            out.append(step)
    return out
