"""Score a conversion against expected rows, the way the project's yardstick does.

Strings are compared normalised (NFC; zero-width characters and soft hyphens removed;
whitespace runs made one space; typographic apostrophes made ', dashes made -, "1 er"/"1ᵉʳ"
made "1er"; stripped). Actions are paired in reading order by an order-preserving alignment on
their action text (pairs need a SequenceMatcher ratio >= 0.9; most pairs, then highest total
ratio, then most agreeing fields win); items are paired the same way inside each action pair.

    overall = min(actions F1, share of correct action fields, F1 of strictly correct items)

Fields of an unmatched expected action all count as wrong; an item is strictly correct when its
text, channel, date_start, date_end and date_precision all agree.

Expected rows of a spec with the table shapes of CONTRACT.md (actions with action_no,
state_text, state and progress; items with period) are scored on those too: the four action
columns join the fields, and period joins what a strictly correct item must get right. Rows
without such a column score it as empty. `missing_anomalies` checks a conversion's
anomalies.csv against a spec's `expect_anomalies`.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass, field

ACTION_FIELDS = ["objective", "action", "responsible", "deadline_text", "deadline_kind",
                 "deadline_start", "deadline_end", "section", "followup_count"]
ITEM_FIELDS = ["text", "channel", "date_start", "date_end", "date_precision"]
SHAPE_ACTION_FIELDS = ["action_no", "state_text", "state", "progress"]
SHAPE_ITEM_FIELDS = ["period"]
THRESHOLD = 0.9

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_PUNCT = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2013": "-", "\u2014": "-",
                        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2015": "-", "\u2212": "-"})
_WS = re.compile(r"\s+")
_FIRST = re.compile(r"(?<![0-9])1 ?(?:er|\u1d49\u02b3)(?![^\W\d_])")


def normalize(value) -> str:
    text = unicodedata.normalize("NFC", "" if value is None else str(value)).translate(_ZERO_WIDTH)
    return _FIRST.sub("1er", _WS.sub(" ", text).translate(_PUNCT)).strip()


def same(name: str, a, b) -> bool:
    a, b = normalize(a), normalize(b)
    if name in ("followup_count", "item_no"):
        try:
            return int(a) == int(b)
        except ValueError:
            pass
    return a == b


def _ratio(a: str, b: str) -> float:
    if a == b:
        return 1.0
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    if sm.real_quick_ratio() < THRESHOLD or sm.quick_ratio() < THRESHOLD:
        return 0.0
    return sm.ratio()


def align(gold: list[str], pred: list[str], agree=None) -> list[tuple[int, int]]:
    """Order-preserving pairs (i, j): most pairs, then highest ratio sum, then most agreement."""
    n, m = len(gold), len(pred)
    score: dict[tuple[int, int], tuple[float, int]] = {}
    for i in range(n):
        for j in range(m):
            r = _ratio(gold[i], pred[j])
            if r >= THRESHOLD:
                score[i, j] = (r, agree(i, j) if agree else 0)
    best = [[(0, 0.0, 0)] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            cand = max(best[i + 1][j], best[i][j + 1])
            if (i, j) in score:
                r, a = score[i, j]
                nxt = best[i + 1][j + 1]
                cand = max(cand, (nxt[0] + 1, nxt[1] + r, nxt[2] + a))
            best[i][j] = cand
    pairs, i, j = [], 0, 0
    while i < n and j < m:
        if (i, j) in score:
            r, a = score[i, j]
            nxt = best[i + 1][j + 1]
            if (nxt[0] + 1, nxt[1] + r, nxt[2] + a) == best[i][j]:
                pairs.append((i, j))
                i, j = i + 1, j + 1
                continue
        if best[i + 1][j] == best[i][j]:
            i += 1
        else:
            j += 1
    return pairs


def _f1(correct: int, n_pred: int, n_gold: int) -> float:
    p = correct / n_pred if n_pred else float(n_gold == 0)
    r = correct / n_gold if n_gold else float(n_pred == 0)
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Score:
    actions_f1: float
    fields: float
    items_f1: float
    problems: list[str] = field(default_factory=list)

    @property
    def overall(self) -> float:
        return min(self.actions_f1, self.fields, self.items_f1)


def _by_action(items: list[dict]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for row in items:
        out.setdefault(normalize(row["action_id"]), []).append(row)
    for rows in out.values():
        rows.sort(key=lambda r: int(normalize(r["item_no"]) or 0))
    return out


def fields_for(gold_actions: list[dict], gold_items: list[dict]) -> tuple[list[str], list[str]]:
    """(action fields, item fields) to score: the shape columns join when the expected rows
    have them."""
    action_fields = ACTION_FIELDS + [f for f in SHAPE_ACTION_FIELDS if gold_actions and f in gold_actions[0]]
    item_fields = ITEM_FIELDS + [f for f in SHAPE_ITEM_FIELDS if gold_items and f in gold_items[0]]
    return action_fields, item_fields


def score(gold_actions: list[dict], gold_items: list[dict], actions: list[dict],
          items: list[dict]) -> Score:
    """Score predicted rows (contract columns, values as strings) against the expected ones."""
    problems: list[str] = []
    action_fields, item_fields = fields_for(gold_actions, gold_items)
    lacking = [f for f in action_fields[len(ACTION_FIELDS):] if actions and f not in actions[0]]
    lacking += [f for f in item_fields[len(ITEM_FIELDS):] if items and f not in items[0]]
    if lacking:  # scored as empty
        problems.append(f"the rows have no column {', '.join(lacking)} (scored as empty)")
        actions = [{**{f: "" for f in lacking}, **a} for a in actions]
        items = [{**{f: "" for f in lacking}, **i} for i in items]
    pairs = align([normalize(a["action"]) for a in gold_actions], [normalize(a["action"]) for a in actions],
                  lambda i, j: sum(same(f, gold_actions[i][f], actions[j][f]) for f in action_fields))
    g_items, p_items = _by_action(gold_items), _by_action(items)
    right_fields = strict = 0
    for i, j in pairs:
        g, p = gold_actions[i], actions[j]
        for f in action_fields:
            if same(f, g[f], p[f]):
                right_fields += 1
            else:
                problems.append(f"{g['action_id']} {f}: expected {normalize(g[f])!r}, got {normalize(p[f])!r}")
        gi, pj = g_items.get(normalize(g["action_id"]), []), p_items.get(normalize(p["action_id"]), [])
        ipairs = align([normalize(r["text"]) for r in gi], [normalize(r["text"]) for r in pj],
                       lambda a, b, gi=gi, pj=pj: sum(same(f, gi[a][f], pj[b][f]) for f in item_fields[1:]))
        for a, b in ipairs:
            wrong = [f for f in item_fields if not same(f, gi[a][f], pj[b][f])]
            strict += not wrong
            for f in wrong:
                problems.append(f"{g['action_id']}#{gi[a]['item_no']} {f}: expected {normalize(gi[a][f])!r}, "
                                f"got {normalize(pj[b][f])!r}")
        for a in sorted(set(range(len(gi))) - {a for a, _ in ipairs}):
            problems.append(f"missing item {g['action_id']}#{gi[a]['item_no']}: {normalize(gi[a]['text'])[:80]!r}")
        for b in sorted(set(range(len(pj))) - {b for _, b in ipairs}):
            problems.append(f"extra item in {g['action_id']}: {normalize(pj[b]['text'])[:80]!r}")
    for i in sorted(set(range(len(gold_actions))) - {i for i, _ in pairs}):
        problems.append(f"missing action {gold_actions[i]['action_id']}: {normalize(gold_actions[i]['action'])[:80]!r}")
    for j in sorted(set(range(len(actions))) - {j for _, j in pairs}):
        problems.append(f"extra action {actions[j]['action_id']}: {normalize(actions[j]['action'])[:80]!r}")
    n_fields = len(action_fields) * len(gold_actions)
    fields = right_fields / n_fields if n_fields else float(not actions)
    return Score(_f1(len(pairs), len(actions), len(gold_actions)), fields,
                 _f1(strict, len(items), len(gold_items)), problems)


def missing_anomalies(expected: list[dict], anomalies: list[dict], gold_actions: list[dict] | None = None,
                      actions: list[dict] | None = None) -> list[str]:
    """The expected anomalies ({"kind", "action_id"}, a spec's `expect_anomalies`) that the
    conversion's anomalies.csv rows do not report, one line each; empty when all are there.

    With the expected and the converted actions, an expected action's anomaly is looked for
    under the action it was paired with (the alignment of `score`), so an extra or a lost action
    earlier in the document does not shift the others; an expected action that was not found at
    all has its anomalies missing."""
    found = {(normalize(a.get("kind")), normalize(a.get("action_id"))) for a in anomalies}
    kinds = {normalize(a.get("kind")) for a in anomalies}
    paired: dict[str, str] | None = None
    if gold_actions is not None and actions is not None:
        pairs = align([normalize(a["action"]) for a in gold_actions], [normalize(a["action"]) for a in actions])
        paired = {normalize(gold_actions[i]["action_id"]): normalize(actions[j]["action_id"]) for i, j in pairs}
    out = []
    for entry in expected:
        kind, action_id = normalize(entry["kind"]), normalize(entry.get("action_id"))
        if not action_id:
            if kind not in kinds:
                out.append(f"missing anomaly {kind}")
            continue
        target = action_id if paired is None else paired.get(action_id)
        if target is None:
            out.append(f"missing anomaly {kind} on {action_id} (the action was not found)")
        elif (kind, target) not in found:
            shown = action_id if target == action_id else f"{action_id} (read as {target})"
            out.append(f"missing anomaly {kind} on {shown}")
    return out
