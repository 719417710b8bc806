"""Tracks: the same action followed over a Table's yearly bilans (pure functions, no I/O).

A series is the documents of one Table in a run, ordered by as_of then name. Going through a
series document by document, each action links to at most one action of an earlier document:
first the actions that end a track in the previous document, then those of the document
before, and so on, so that the most recent holder of the same action wins. Between two
documents the links are a one-to-one assignment (SciPy's linear_sum_assignment, the largest
sum of scores) over the pairs whose score reaches the threshold (normalize/tracks/score.py).
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import re
from dataclasses import dataclass, field

from bilan.normalize.records import ActionRow, CoverageRow, Dataset, DocumentRow, TrackRow
from bilan.normalize.text import fold
from bilan.normalize.tracks.abbreviations import BUILT_IN, Abbreviations
from bilan.normalize.tracks.score import LINK_THRESHOLD, SMALL_WORDS, Score, same_text, score

LINKS = ("first", "same", "reworded", "after_gap")
CANDIDATE_FLOOR = 0.3  # candidates this alike are kept for the explanation
_MONTHS = ("janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre "
           "janv fevr fev sept oct nov dec")
_TITLE_NOISE = re.compile(r"plans?\s+d\s*actions?|\bbilans?\b|\b(?:" + "|".join(_MONTHS.split()) + r")\b"
                          r"|\b\d+(?:er|e)?\b")

Key = tuple[str, str]  # (document, action_id)


@dataclass(frozen=True)
class LinkRule:
    """A manual correction: `force` links the action to the earlier one, `forbid` never does
    (with no earlier action given, the action starts a track of its own)."""

    document: str
    action_id: str
    linked_document: str
    linked_action_id: str
    decision: str  # force | forbid


@dataclass
class Candidate:
    target: Key
    score: Score
    outcome: str  # linked, below_threshold, forbidden, taken, later_match


@dataclass
class Decision:
    """Why an action is linked (or not): the candidates it was compared with and their scores."""

    key: Key
    series: str
    link: str = "first"
    target: Key | None = None
    score: Score | None = None
    reason: str = ""  # score, forced, forbidden, force_ignored, alone, first_document, no_candidate
    candidates: list[Candidate] = field(default_factory=list)


@dataclass
class Tracks:
    rows: list[TrackRow]
    decisions: dict[Key, Decision]
    series: dict[str, list[str]]  # series name → its documents in order
    labels: dict[str, str] = field(default_factory=dict)  # series name → what to show (a title)


def series_key(title: str) -> str:
    """A Table's title without years, dates and the words bilan / plan d'action, folded."""
    text = fold(title).replace("'", " ").replace("\u2019", " ")
    text = _TITLE_NOISE.sub(" ", re.sub(r"[^a-z0-9' ]+", " ", text))
    return " ".join(w for w in text.split() if w not in SMALL_WORDS)


def group_series(documents: list[DocumentRow], overrides: list[tuple[str, str]] = ()) -> dict[str, list[str]]:
    """Series name → its documents ordered by as_of then name; series in input order.

    `overrides` are (name, glob) pairs: a document whose name matches a glob belongs to that
    series whatever its title. A document without a usable title is a series of its own.
    """
    groups: dict[str, list[DocumentRow]] = {}
    for doc in documents:
        if doc.status != "ok":
            continue
        name = next((n for n, g in overrides if fnmatch.fnmatchcase(doc.document, g)
                     or fnmatch.fnmatchcase(doc.document.rsplit("/", 1)[-1], g)), None)
        if name is None:
            name = series_key(doc.title or "") or f"document {doc.document}"
        groups.setdefault(name, []).append(doc)
    far = dt.date.max
    return {name: [d.document for d in sorted(docs, key=lambda d: (d.as_of or far, d.document))]
            for name, docs in groups.items()}


def dataset_tracks(dataset: Dataset) -> Tracks:
    """Tracks over all the dataset's documents, with the decision behind each link; computed
    once and kept on the dataset until its documents, actions or link settings change."""
    key = (len(dataset.documents), len(dataset.actions), tuple(dataset.series), tuple(dataset.link_rules))
    cached = dataset.__dict__.get("_tracks")
    if cached is None or cached[0] != key:
        cached = (key, link_tracks(dataset.documents, dataset.actions, dataset.coverage, dataset.series,
                                   dataset.link_rules))
        dataset.__dict__["_tracks"] = cached
    return cached[1]


def link_tracks(documents: list[DocumentRow], actions: list[ActionRow], coverage: list[CoverageRow],
                overrides: list[tuple[str, str]] = (), rules: list[LinkRule] = ()) -> Tracks:
    """One TrackRow per action, in the order of `actions`; the decisions explain each link."""
    series = group_series(documents, overrides)
    rules = _resolve(rules, [d.document for d in documents])
    by_doc: dict[str, list[ActionRow]] = {}
    for action in actions:
        by_doc.setdefault(action.document, []).append(action)
    decisions: dict[Key, Decision] = {}
    for name, docs in series.items():
        _link_series(name, [by_doc.get(d, []) for d in docs], rules, decisions)
    track_of: dict[Key, str] = {}
    count = 0
    for docs in series.values():
        for doc in docs:
            for action in by_doc.get(doc, []):
                key = (action.document, action.action_id)
                target = decisions[key].target
                if target is None:
                    count += 1
                track_of[key] = track_of[target] if target else f"T{count:03d}"
    status = {(c.document, c.action_id): c.status for c in coverage}
    rows = []
    for action in actions:
        key = (action.document, action.action_id)
        decision = decisions.get(key)
        if decision is None:  # a document not converted
            continue
        similarity = "" if decision.score is None or decision.target is None else f"{decision.score.text:.3f}"
        rows.append(TrackRow(track_of[key], action.document, action.action_id, decision.link,
                             similarity, status.get(key, "")))
    titles = {d.document: d.title for d in documents}
    overridden = {n for n, _ in overrides}
    labels = {name: name if name in overridden else (titles.get(docs[0]) or name).split(" — ")[0]
              for name, docs in series.items()}
    return Tracks(rows=rows, decisions=decisions, series=series, labels=labels)


def _resolve(rules: list[LinkRule], names: list[str]) -> list[LinkRule]:
    """Rules name documents as documents.csv does, or without extension (so that a correction
    made on the Word files holds for their PDFs)."""
    stems: dict[str, str] = {}
    for name in names:
        stems.setdefault(name.rsplit(".", 1)[0] if "." in name.rsplit("/", 1)[-1] else name, name)

    def real(name: str) -> str:
        return name if not name or name in names else stems.get(name, name)

    return [LinkRule(real(r.document), r.action_id, real(r.linked_document), r.linked_action_id, r.decision)
            for r in rules]


def _link_series(name: str, documents: list[list[ActionRow]], rules: list[LinkRule],
                 decisions: dict[Key, Decision]) -> None:
    forced = {(r.document, r.action_id): (r.linked_document, r.linked_action_id)
              for r in rules if r.decision == "force"}
    forbidden = {(r.document, r.action_id, r.linked_document, r.linked_action_id)
                 for r in rules if r.decision == "forbid"}
    known = series_abbreviations([a for actions in documents for a in actions])
    ends: dict[Key, int] = {}  # the last action of each track → index of its document
    rows: dict[Key, ActionRow] = {}
    for k, actions in enumerate(documents):
        taken: set[Key] = set()  # track ends extended by this document
        pending: list[ActionRow] = []
        for action in actions:
            key = (action.document, action.action_id)
            rows[key] = action
            reason = "alone" if len(documents) == 1 else "first_document" if k == 0 else "no_candidate"
            decision = decisions[key] = Decision(key, name, reason=reason)
            target = forced.get(key)
            if (key[0], key[1], "", "") in forbidden:
                decision.reason = "forbidden"
            elif target in ends and target not in taken:
                _link(decision, target, score(rows[target], action, known), k - ends[target], "forced",
                      same_text(rows[target].action, action.action))
                taken.add(target)
            else:
                if target is not None:  # not the last action of a track of an earlier document
                    decision.reason = "force_ignored"
                pending.append(action)
        for j in range(k - 1, -1, -1):
            targets = [t for t, d in ends.items() if d == j and t not in taken]
            if not pending or not targets:
                continue
            pairs = _assign(pending, [rows[t] for t in targets], forbidden, decisions, known)
            for action, target in pairs:
                decision = decisions[(action.document, action.action_id)]
                best = next(c for c in decision.candidates if c.target == (target.document, target.action_id))
                best.outcome = "linked"
                _link(decision, best.target, best.score, k - j, "score", same_text(target.action, action.action))
                taken.add(best.target)
            linked = {id(a) for a, _ in pairs}
            pending = [a for a in pending if id(a) not in linked]
        for action in actions:
            key = (action.document, action.action_id)
            target = decisions[key].target
            if target is not None:
                ends.pop(target, None)
            ends[key] = k
        for action in actions:  # what became of the other candidates, for the explanation
            decision = decisions[(action.document, action.action_id)]
            for c in decision.candidates:
                if c.outcome == "pending":
                    c.outcome = ("taken" if c.target in taken else
                                 "later_match" if decision.target is not None else "below_threshold")


def series_abbreviations(actions: list[ActionRow]) -> Abbreviations:
    """The built-in abbreviations and those the series' own documents define."""
    return BUILT_IN.with_learned([t for a in actions for t in (a.action, a.objective, a.responsible) if t])


def _link(decision: Decision, target: Key, result: Score, distance: int, reason: str, same: bool) -> None:
    decision.target, decision.score, decision.reason = target, result, reason
    if distance > 1:
        decision.link = "after_gap"
    else:
        decision.link = "same" if same else "reworded"


def _assign(pending: list[ActionRow], targets: list[ActionRow], forbidden: set[tuple[str, str, str, str]],
            decisions: dict[Key, Decision], known: Abbreviations) -> list[tuple[ActionRow, ActionRow]]:
    """The one-to-one pairs of largest total score among those that reach the threshold."""
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    cost = np.zeros((len(pending), len(targets)))
    for i, action in enumerate(pending):
        decision = decisions[(action.document, action.action_id)]
        for j, target in enumerate(targets):
            result = score(target, action, known)
            banned = (action.document, action.action_id, target.document, target.action_id) in forbidden
            if banned or result.total >= LINK_THRESHOLD or result.text >= CANDIDATE_FLOOR:
                decision.candidates.append(Candidate((target.document, target.action_id), result,
                                                     "forbidden" if banned else
                                                     "pending" if result.total >= LINK_THRESHOLD
                                                     else "below_threshold"))
            if not banned and result.total >= LINK_THRESHOLD:
                cost[i, j] = -result.total
    rows, cols = linear_sum_assignment(cost)
    return [(pending[i], targets[j]) for i, j in zip(rows, cols) if cost[i, j] < 0]
