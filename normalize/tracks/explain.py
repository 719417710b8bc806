"""Why an action is on its track: the scores and the fields that agreed, as plain text lines
(`bilan tracks --explain DOC:A001`), so that a user can trust a link or correct it."""

from __future__ import annotations

from bilan.normalize.records import ActionRow
from bilan.normalize.tracks.pairing import Decision, Key, Tracks
from bilan.normalize.tracks.score import (HEAD_PENALTY, LINK_THRESHOLD, SUPPORT_FLOOR, SUPPORT_WEIGHTS, Score,
                                    agreed, words)

REASONS = {
    "score": "chosen by score",
    "forced": "forced by the --links file",
    "forbidden": "the --links file forbids any link",
    "force_ignored": "the --links file forces a link to an action that is not the last of its track; ignored",
    "alone": "the only document of its series",
    "first_document": "the first document of its series: nothing earlier to link to",
    "no_candidate": "no earlier action reached the threshold",
}
OUTCOMES = {
    "linked": "linked",
    "below_threshold": "below the threshold",
    "forbidden": "forbidden by the --links file",
    "taken": "linked to another action of this document (one-to-one)",
    "later_match": "this action linked to a more recent or better match",
}


def _name(key: Key) -> str:
    return f"{key[0]}:{key[1]}"


def _words_apart(old: str, new: str) -> tuple[list[str], list[str]]:
    a, b = words(old).content, words(new).content
    return [w for w in a if w not in b], [w for w in b if w not in a]


def score_lines(result: Score, old: ActionRow, new: ActionRow, indent: str = "  ") -> list[str]:
    only_old, only_new = _words_apart(old.action, new.action)
    head = words(old.action).head
    lines = [
        f"{indent}text:       {result.text:.3f}  (words of the earlier action found here {result.cover_old:.0%}, "
        f"of this action found there {result.cover_new:.0%}; whole-text ratio {result.ratio:.2f}; "
        + (f"object word {head!r} shared)" if result.same_head else f"object words differ, score x{HEAD_PENALTY})"),
        f"{indent}words only in the earlier action: {', '.join(only_old) or '-'}; only in this one: "
        f"{', '.join(only_new) or '-'}",
    ]
    fields = ", ".join(f"{name} {value:.2f}" for name, value in result.support.items())
    lines.append(f"{indent}fields:     {fields}; agreeing: {', '.join(agreed(result)) or 'none'}")
    help_note = "" if result.text >= SUPPORT_FLOOR else f" (text below {SUPPORT_FLOOR}: fields do not count)"
    capped = " (at most 1)" if result.text + result.bonus > 1 else ""
    lines.append(f"{indent}score:      {result.total:.3f} = text {result.text:.3f} + fields {result.bonus:.3f}"
                 f"{capped}{help_note}; "
                 f"links from {LINK_THRESHOLD} (field weights: "
                 + ", ".join(f"{k} {v}" for k, v in SUPPORT_WEIGHTS.items()) + ")")
    return lines


def explain(tracks: Tracks, actions: dict[Key, ActionRow], key: Key) -> list[str]:
    """The explanation of one action's link, candidates included; KeyError for an unknown action."""
    decision: Decision = tracks.decisions[key]
    row = next(r for r in tracks.rows if (r.document, r.action_id) == key)
    action = actions[key]
    lines = [f"{_name(key)}  track {row.track_id}  link {row.link}"
             + (f"  similarity {row.similarity}" if row.similarity else ""),
             f"  series:     {tracks.labels.get(decision.series, decision.series)} ({', '.join(tracks.series[decision.series])})",
             f"  action:     {action.action}",
             f"  objective:  {action.objective}",
             f"  responsible: {action.responsible}   deadline: {action.deadline_text}",
             f"  decision:   {REASONS.get(decision.reason, decision.reason)}"]
    if decision.target is not None and decision.score is not None:
        target = actions[decision.target]
        lines += [f"  linked to:  {_name(decision.target)}: {target.action}"]
        lines += score_lines(decision.score, target, action, indent="  ")
    others = sorted((c for c in decision.candidates if c.target != decision.target),
                    key=lambda c: (-c.score.total, c.target))[:3]
    if others:
        lines.append("  other candidates:")
        for c in others:
            lines.append(f"    {_name(c.target)}  score {c.score.total:.3f} (text {c.score.text:.3f}): "
                         f"{OUTCOMES.get(c.outcome, c.outcome)} — {actions[c.target].action}")
    return lines
