"""The rows of the contract's tables, as plain dataclasses (outputs/ writes them)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


class Record:
    """Common helpers: column names in contract order, and the row as CSV strings."""

    @classmethod
    def columns(cls) -> list[str]:
        return [f.name for f in fields(cls)]  # type: ignore[arg-type]

    def as_strings(self) -> list[str]:
        return [_cell(getattr(self, name)) for name in self.columns()]


class NoBilanTable(ValueError):
    """The document holds no table with a bilan header; the message lists what was seen."""


@dataclass
class DocumentRow(Record):
    document: str
    status: str
    error: str = ""
    sha256: str = ""
    format: str = ""
    pages: int | None = None
    title: str = ""
    as_of: dt.date | None = None
    actions: int | None = None
    followups: int | None = None
    anomalies: int | None = None
    ocr_pages: str = ""
    chars_unaccounted: int | None = None


@dataclass
class ActionRow(Record):
    document: str
    action_id: str
    section: str
    objective: str
    action: str
    responsible: str
    deadline_text: str
    deadline_kind: str
    deadline_start: dt.date | None
    deadline_end: dt.date | None
    followup_text: str
    followup_count: int
    page_start: int | None
    page_end: int | None
    action_no: str = ""
    state_text: str = ""
    state: str = ""
    progress: int | None = None


@dataclass
class FollowupRow(Record):
    document: str
    action_id: str
    item_no: int
    channel: str
    text: str
    date_text: str
    date_start: dt.date | None
    date_end: dt.date | None
    date_precision: str
    raw: str
    page: int | None
    period: str = ""


@dataclass
class ExtraRow(Record):
    document: str
    action_id: str
    header: str
    text: str


@dataclass
class Anomaly(Record):
    document: str
    action_id: str
    item_no: int | None
    kind: str
    detail: str
    page_start: int | None = None
    page_end: int | None = None


@dataclass
class CoverageRow(Record):
    document: str
    action_id: str
    section: str
    objective: str
    items: int
    dated_items: int
    first_date: dt.date | None
    last_date: dt.date | None
    state: str
    status: str


@dataclass
class ObjectiveCoverageRow(Record):
    document: str
    section: str
    objective: str
    actions: int = 0
    suivi: int = 0
    en_retard: int = 0
    a_venir: int = 0
    sans_suivi: int = 0
    share_followed: str = ""
    items: int = 0


@dataclass
class TimelineRow(Record):
    document: str
    month: str
    items: int


@dataclass
class TrackRow(Record):
    """One action of a series of bilans and the track (the same action over the years) it is on."""

    track_id: str
    document: str
    action_id: str
    link: str  # first, same, reworded, after_gap
    similarity: str  # "0.874": 3 decimals against the linked action; empty for first
    status: str


@dataclass
class Converted:
    """Everything one document yields."""

    document: DocumentRow
    actions: list[ActionRow] = field(default_factory=list)
    followups: list[FollowupRow] = field(default_factory=list)
    extras: list[ExtraRow] = field(default_factory=list)
    anomalies: list[Anomaly] = field(default_factory=list)
    coverage: list[CoverageRow] = field(default_factory=list)
    trace: list["Trace"] = field(default_factory=list)
    reconciliation: object = None  # normalize.accounting.Reconciliation: where each character went


@dataclass
class Trace:
    """Where an action came from: its source row (LogicalRow) and its follow-up split (Split)."""

    action_id: str
    row: object
    split: object


@dataclass
class Dataset:
    """All documents of one conversion, in input order.

    Only the rows the documents gave: the tables derived from them (coverage by objective,
    timeline, tracks) are computed by the rules (normalize.audit.contract_tables).
    """

    documents: list[DocumentRow] = field(default_factory=list)
    actions: list[ActionRow] = field(default_factory=list)
    followups: list[FollowupRow] = field(default_factory=list)
    extras: list[ExtraRow] = field(default_factory=list)
    anomalies: list[Anomaly] = field(default_factory=list)
    coverage: list[CoverageRow] = field(default_factory=list)
    reconciliations: dict[str, object] = field(default_factory=dict)  # document -> Reconciliation
    series: list[tuple[str, str]] = field(default_factory=list)  # --series (name, glob) overrides
    link_rules: list = field(default_factory=list)  # manual corrections (normalize.tracks.LinkRule)

    def add(self, converted: Converted) -> None:
        self.documents.append(converted.document)
        self.actions.extend(converted.actions)
        self.followups.extend(converted.followups)
        self.extras.extend(converted.extras)
        self.anomalies.extend(converted.anomalies)
        self.coverage.extend(converted.coverage)
        if converted.reconciliation is not None:
            self.reconciliations[converted.document.document] = converted.reconciliation
