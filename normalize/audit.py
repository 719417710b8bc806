"""Follow-up coverage: per action, per objective, and dated items per month.

Every figure is recomputable from actions.csv and followups.csv alone (a test does so).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from bilan.normalize.records import (ActionRow, Anomaly, CoverageRow, Dataset, DocumentRow, ExtraRow,
                               FollowupRow, ObjectiveCoverageRow, Record, TimelineRow,
                               TrackRow)

STATUSES = ("suivi", "en_retard", "a_venir", "sans_suivi")


def status_of(action: ActionRow, items: int, as_of: dt.date | None) -> str:
    """`suivi` with an item or a state (a status cell is a follow-up report); else by the
    deadline's end against as_of.

    With no as_of nothing is judged overdue: an action whose deadline has an end is then
    `a_venir`.
    """
    if items or action.state:
        return "suivi"
    if action.deadline_end is None:
        return "sans_suivi"
    if as_of is not None and action.deadline_end < as_of:
        return "en_retard"
    return "a_venir"


def coverage(actions: list[ActionRow], followups: list[FollowupRow],
             as_of: dt.date | None) -> list[CoverageRow]:
    by_action: dict[str, list[FollowupRow]] = {}
    for item in followups:
        by_action.setdefault(item.action_id, []).append(item)
    rows = []
    for action in actions:
        items = by_action.get(action.action_id, [])
        starts = [i.date_start for i in items if i.date_start is not None]
        ends = [i.date_end for i in items if i.date_end is not None]
        rows.append(CoverageRow(
            document=action.document, action_id=action.action_id, section=action.section,
            objective=action.objective, items=len(items), dated_items=len(starts),
            first_date=min(starts, default=None), last_date=max(ends, default=None),
            state=action.state, status=status_of(action, len(items), as_of)))
    return rows


def by_objective(rows: list[CoverageRow]) -> list[ObjectiveCoverageRow]:
    """One row per (document, section, objective) in reading order."""
    groups: dict[tuple[str, str, str], ObjectiveCoverageRow] = {}
    for row in rows:
        key = (row.document, row.section, row.objective)
        group = groups.get(key)
        if group is None:
            group = groups[key] = ObjectiveCoverageRow(*key)
        group.actions += 1
        group.items += row.items
        setattr(group, row.status, getattr(group, row.status) + 1)
    for group in groups.values():
        group.share_followed = f"{group.suivi / group.actions:.3f}"
    return list(groups.values())


def timeline(followups: list[FollowupRow]) -> list[TimelineRow]:
    """Items whose whole date span lies in one month; looser dates are not counted."""
    counts: Counter[tuple[str, str]] = Counter()
    order: dict[str, int] = {}
    for item in followups:
        order.setdefault(item.document, len(order))
        start, end = item.date_start, item.date_end
        if start is None or end is None or (start.year, start.month) != (end.year, end.month):
            continue
        counts[(item.document, f"{start.year:04d}-{start.month:02d}")] += 1
    return [TimelineRow(doc, month, n)
            for (doc, month), n in sorted(counts.items(), key=lambda kv: (order[kv[0][0]], kv[0][1]))]


def contract_tables(dataset: Dataset) -> dict[str, tuple[type[Record], list]]:
    """Contract file stem → (row class, rows), in the order the files are listed: the dataset's
    own rows, then the tables derived from them (computed here, once per call)."""
    return {
        "documents": (DocumentRow, dataset.documents),
        "actions": (ActionRow, dataset.actions),
        "followups": (FollowupRow, dataset.followups),
        "extras": (ExtraRow, dataset.extras),
        "anomalies": (Anomaly, dataset.anomalies),
        "coverage": (CoverageRow, dataset.coverage),
        "coverage_by_objective": (ObjectiveCoverageRow, by_objective(dataset.coverage)),
        "timeline": (TimelineRow, timeline(dataset.followups)),
        "tracks": (TrackRow, table_rows(dataset, "tracks")),
    }


def table_rows(dataset: Dataset, stem: str) -> list:
    """One contract table's rows; a derived one is computed, the others are not."""
    if stem == "coverage_by_objective":
        return by_objective(dataset.coverage)
    if stem == "timeline":
        return timeline(dataset.followups)
    if stem == "tracks":
        from bilan.normalize.tracks import dataset_tracks  # only the writers need tracks
        return dataset_tracks(dataset).rows
    return getattr(dataset, stem)
