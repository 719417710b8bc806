"""Why an action is on its track: the scores and the fields that agreed, as plain text lines
(`bilan tracks --explain DOC:A001`), so that a user can trust a link or correct it."""

from __future__ import annotations

from bilan.normalize.records import ActionRow
from bilan.normalize.tracks.abbreviations import BUILT_IN, Abbreviations
from bilan.normalize.tracks.pairing import Decision, Key, Tracks, series_abbreviations
from bilan.normalize.tracks.score import (HEAD_PENALTY, LINK_THRESHOLD, SUPPORT_FLOOR, SUPPORT_WEIGHTS, Score,
                                          agreed, respelled, score)

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


def _words_apart(old: str, new: str, known: Abbreviations) -> tuple[list[str], list[str]]:
    a, b = respelled(old, new, known)
    return [w for w in a.content if w not in b.content], [w for w in b.content if w not in a.content]


def score_lines(result: Score, old: ActionRow, new: ActionRow, indent: str = "  ",
                known: Abbreviations = BUILT_IN) -> list[str]:
    only_old, only_new = _words_apart(old.action, new.action, known)
    head = respelled(old.action, new.action, known)[0].head
    lines = [
        f"{indent}text:       {result.text:.3f}  (words of the earlier action found here {result.cover_old:.0%}, "
        f"of this action found there {result.cover_new:.0%}; whole-text ratio {result.ratio:.2f}; "
        + (f"object word {head!r} shared)" if result.same_head else f"object words differ, score x{HEAD_PENALTY})"),
        f"{indent}words only in the earlier action: {', '.join(only_old) or '-'}; only in this one: "
        f"{', '.join(only_new) or '-'}",
    ]
    fields = ", ".join(f"{name} {value:.2f}" for name, value in result.support.items())
    lines.append(f"{indent}fields:     {fields}; agreeing: {', '.join(agreed(result)) or 'none'}")
    help_note = (f" (text below {SUPPORT_FLOOR}: fields do not count)" if result.text < SUPPORT_FLOOR else
                 " (a word on each side that the other lacks: fields do not count)"
                 if max(result.cover_old, result.cover_new) < 1.0 else "")
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
        lines += score_lines(decision.score, target, action, "  ", _known(tracks, actions, decision.series))
    others = sorted((c for c in decision.candidates if c.target != decision.target),
                    key=lambda c: (-c.score.total, c.target))[:3]
    if others:
        lines.append("  other candidates:")
        for c in others:
            lines.append(f"    {_name(c.target)}  score {c.score.total:.3f} (text {c.score.text:.3f}): "
                         f"{OUTCOMES.get(c.outcome, c.outcome)} — {actions[c.target].action}")
    return lines


def _known(tracks: Tracks, actions: dict[Key, ActionRow], series: str) -> Abbreviations:
    docs = set(tracks.series.get(series, []))
    return series_abbreviations([a for k, a in actions.items() if k[0] in docs])


def explain_pair(tracks: Tracks, actions: dict[Key, ActionRow], first: Key, second: Key) -> list[str]:
    """Why two actions the user names are (or are not) one: their score, the words that did not
    pair, and what kept them apart (threshold, one-to-one, another series, the --links file).
    KeyError for an unknown action."""
    a, b = tracks.decisions[first], tracks.decisions[second]
    if a.series == b.series:
        order = tracks.series[a.series]
        if order.index(first[0]) > order.index(second[0]):
            first, second, a, b = second, first, b, a
    old, new = actions[first], actions[second]
    known = _known(tracks, actions, a.series)
    result = score(old, new, known)
    track = {(r.document, r.action_id): r.track_id for r in tracks.rows}
    lines = [f"{_name(first)} → {_name(second)}",
             f"  earlier:    {old.action}", f"  later:      {new.action}"]
    lines += score_lines(result, old, new, "  ", known)
    if track[first] == track[second]:
        why = f"they are linked: both on track {track[first]}"
    elif a.series != b.series:
        why = (f"not compared: two series ({tracks.labels.get(a.series, a.series)} / "
               f"{tracks.labels.get(b.series, b.series)}); --series joins them")
    elif first[0] == second[0]:
        why = "not compared: two actions of one document"
    elif any(c.target == first and c.outcome == "forbidden" for c in b.candidates):
        why = "the --links file forbids this link"
    elif result.total < LINK_THRESHOLD:
        why = f"not linked: score {result.total:.3f} is below the threshold {LINK_THRESHOLD}"
    elif b.target is not None:
        why = (f"not linked: {_name(second)} linked to {_name(b.target)} instead "
               f"(score {b.score.total:.3f}; one link each, largest total)" if b.score else
               f"not linked: {_name(second)} linked to {_name(b.target)} instead")
    else:
        taken = next((k for k, d in tracks.decisions.items() if d.target == first), None)
        why = (f"not linked: {_name(first)} goes on as {_name(taken)} (one link each, largest total)"
               if taken else f"not linked: {_name(first)} was not the last action of its track "
               "when the later document was read")
    lines.append(f"  why:        {why}")
    return lines
