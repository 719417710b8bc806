"""Anomaly rules over finished rows: follow-up coverage doubts, dates out of order, duplicates."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from bilan.normalize.records import ActionRow, Anomaly, FollowupRow


def followup_anomalies(document: str, action: ActionRow, as_of: dt.date | None) -> list[Anomaly]:
    """`no_followup` or `overdue_without_followup` for an action without items nor state."""
    if action.followup_count or action.state:
        return []
    pages = (action.page_start, action.page_end)
    if as_of is not None and action.deadline_end is not None and action.deadline_end < as_of:
        return [Anomaly(document, action.action_id, None, "overdue_without_followup",
                        f"aucun suivi alors que l'échéance « {action.deadline_text} » a pris fin le "
                        f"{action.deadline_end.isoformat()}, avant le {as_of.isoformat()}", *pages)]
    return [Anomaly(document, action.action_id, None, "no_followup",
                    f"aucun suivi (échéance « {action.deadline_text or 'aucune'} »)", *pages)]


def item_anomalies(document: str, items: list[FollowupRow], as_of: dt.date | None) -> list[Anomaly]:
    """Per-item doubts of one action: after as_of, duplicated, out of order."""
    out: list[Anomaly] = []
    seen: dict[tuple, int] = {}
    for item in items:
        if as_of is not None and item.date_start is not None and item.date_start > as_of:
            out.append(Anomaly(document, item.action_id, item.item_no, "date_after_as_of",
                               f"suivi daté du {item.date_start.isoformat()} (« {item.date_text} »), après "
                               f"la date du bilan {as_of.isoformat()} : « {item.raw} »",
                               item.page, item.page))
        key = (item.text, item.date_start, item.date_end)
        if key in seen:
            out.append(Anomaly(document, item.action_id, item.item_no, "duplicate_item",
                               f"même texte et mêmes dates que le suivi {seen[key]} : « {item.raw} »",
                               item.page, item.page))
        else:
            seen[key] = item.item_no
    out.extend(out_of_order(document, items))
    out.sort(key=lambda a: (a.item_no or 0))
    return out


def out_of_order(document: str, items: list[FollowupRow]) -> list[Anomaly]:
    """Items whose date breaks the direction of their channel's dated list.

    In one channel, items dated to the day or month are taken in reading order; the majority
    of steps gives the direction; an item whose two neighbours follow it while its own date
    lies outside them is out of order. Needs at least 3 such items.
    """
    groups: dict[str, list[FollowupRow]] = defaultdict(list)
    for item in items:
        if item.date_precision in ("day", "month") and item.date_start is not None:
            groups[item.channel].append(item)
    out: list[Anomaly] = []
    for channel, dated in groups.items():
        if len(dated) < 3:
            continue
        days = [i.date_start for i in dated]
        ups = sum(b > a for a, b in zip(days, days[1:]))
        downs = sum(b < a for a, b in zip(days, days[1:]))
        if ups == downs:
            continue
        ascending = ups > downs
        for k in range(1, len(dated) - 1):
            before, here, after = days[k - 1], days[k], days[k + 1]
            low, high = (before, after) if ascending else (after, before)
            if low > high:
                continue  # the neighbours themselves do not follow the direction
            if here < low or here > high:
                item = dated[k]
                where = f" du canal « {channel} »" if channel else ""
                out.append(Anomaly(
                    document, item.action_id, item.item_no, "date_out_of_order",
                    f"{item.date_start.isoformat()} (« {item.date_text} ») rompt l'ordre "
                    f"{'croissant' if ascending else 'décroissant'} des suivis datés{where} : "
                    f"voisins {before.isoformat()} et {after.isoformat()} ; « {item.raw} »",
                    item.page, item.page))
    return out


def state_anomalies(document: str, action: ActionRow, items: list[FollowupRow],
                    as_of: dt.date | None) -> list[Anomaly]:
    """What a status cell says against the deadline and the items: `unparsed_state` (no state
    word), `late_by_state` (not done, and the deadline ended before as_of), `state_conflict`
    (said not started, with work dated on or before as_of)."""
    pages = (action.page_start, action.page_end)
    if action.state == "unparsed":
        return [Anomaly(document, action.action_id, None, "unparsed_state",
                        f"état « {action.state_text} » non reconnu parmi les états connus", *pages)]
    out = []
    if (action.state in ("non_debute", "en_cours", "reporte") and as_of is not None
            and action.deadline_end is not None and action.deadline_end < as_of):
        out.append(Anomaly(document, action.action_id, None, "late_by_state",
                           f"état « {action.state_text} » alors que l'échéance « {action.deadline_text} » a pris "
                           f"fin le {action.deadline_end.isoformat()}, avant le {as_of.isoformat()}", *pages))
    if action.state == "non_debute" and as_of is not None:
        done = [i for i in items if i.date_start is not None and i.date_start <= as_of]
        if done:
            out.append(Anomaly(document, action.action_id, done[0].item_no, "state_conflict",
                               f"état « {action.state_text} » (non débuté) mais un suivi est daté du "
                               f"{done[0].date_start.isoformat()} : « {done[0].raw} »", *pages))
    return out
