"""rapport.html: the dataset as one French page to read on a phone or print for a meeting.

Self-contained on purpose (inline CSS and SVG, no script, no font or image to fetch): it is
mailed around and opened offline. Every text from the documents is escaped, since a cell may
hold markup.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

from bilan.normalize.audit import by_objective, timeline
from bilan.normalize.shapes import STATE_LABELS, state_counts
from bilan.normalize.records import (ActionRow, Anomaly, CoverageRow, Dataset, DocumentRow,
                               ObjectiveCoverageRow, TimelineRow)

MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre")
STATUSES = {"suivi": "Suivie", "en_retard": "En retard", "a_venir": "À venir",
            "sans_suivi": "Sans suivi"}
KINDS = {
    "unparsed_date": "Date illisible",
    "date_out_of_order": "Date hors de l'ordre chronologique",
    "date_after_as_of": "Date postérieure à la date du suivi",
    "overdue_without_followup": "Échéance passée sans suivi",
    "no_followup": "Aucun suivi",
    "duplicate_item": "Suivi en double",
    "merged_continuation": "Ligne jointe à la précédente (saut de page)",
    "unknown_column": "Colonne inconnue",
    "text_outside_tables": "Texte hors des lignes du tableau",
    "unaccounted_text": "Texte placé nulle part",
    "no_followup_column": "Colonne de suivi introuvable",
    "as_of_guessed": "Date du suivi déduite du titre",
    "no_as_of": "Date du suivi introuvable",
    "ocr_low_confidence": "Lecture OCR incertaine",
    "unparsed_state": "État non reconnu",
    "late_by_state": "Échéance passée, action non réalisée",
    "state_conflict": "État contredit par les suivis",
}
NBSP = "\u00a0"

CSS = """
:root{--ink:#1d2430;--muted:#5b6472;--line:#d8dde5;--bg:#f5f7fa;--suivi:#2e7d4f;
--en_retard:#c0392b;--a_venir:#d68910;--sans_suivi:#8a939f;--accent:#1f5fa8}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;
color:var(--ink);background:var(--bg)}
main{max-width:1100px;margin:0 auto;padding:1rem}
h1{font-size:1.5rem;margin:.5rem 0}
h2{font-size:1.2rem;margin:0 0 .25rem;overflow-wrap:anywhere}
h3{font-size:1.02rem;margin:1.5rem 0 .5rem;color:var(--accent)}
.card h3:first-child{margin-top:0}
section,.card{background:#fff;border:1px solid var(--line);border-radius:8px;padding:1rem;margin:1rem 0}
.meta,.note,.empty{color:var(--muted);margin:.25rem 0}
.counts{display:flex;flex-wrap:wrap;gap:.5rem;list-style:none;padding:0;margin:.75rem 0}
.counts li{border:1px solid var(--line);border-radius:6px;padding:.35rem .75rem;min-width:7rem}
.counts b{display:block;font-size:1.4rem}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.92rem}
th,td{text-align:left;vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid var(--line)}
thead th{background:#eef1f5;font-weight:600;white-space:nowrap}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
tr.group th{background:#f7f9fb;font-weight:600;color:var(--accent)}
.share{display:flex;align-items:center;gap:.4rem;min-width:9rem}
.bar{flex:1;height:.7rem;background:#e6e9ee;border-radius:3px;overflow:hidden;min-width:4rem}
.bar span{display:block;height:100%;background:var(--suivi)}
.stack{display:flex;height:1rem;border-radius:4px;overflow:hidden;background:#e6e9ee;margin:.5rem 0}
.stack span{display:block;height:100%}
.legend{display:flex;flex-wrap:wrap;gap:.25rem 1rem;list-style:none;padding:0;margin:0;font-size:.88rem}
.dot{display:inline-block;width:.7rem;height:.7rem;border-radius:2px;margin-right:.3rem;vertical-align:-.05rem}
.badge{display:inline-block;padding:0 .45rem;border-radius:3px;color:#fff;font-size:.82rem;white-space:nowrap}
.s-suivi{background:var(--suivi)}.s-en_retard{background:var(--en_retard)}
.s-a_venir{background:var(--a_venir)}.s-sans_suivi{background:var(--sans_suivi)}
.error{color:var(--en_retard)}
svg.timeline{width:100%;height:auto;display:block}
svg.timeline text{font-size:10px;fill:var(--muted)}
svg.timeline rect.b{fill:var(--accent)}
svg.timeline line{stroke:var(--line)}
footer{color:var(--muted);font-size:.85rem;text-align:center;padding:1rem}
@media (max-width:640px){
 main{padding:.5rem}section,.card{padding:.75rem}
 table.cards thead{display:none}
 table.cards tr{display:block;border-bottom:2px solid var(--line);padding:.35rem 0}
 table.cards td,table.cards tr.group th{display:flex;gap:.75rem;justify-content:space-between;border:0;padding:.15rem .25rem}
 table.cards td::before{content:attr(data-label);font-weight:600;color:var(--muted);flex:0 0 38%}
 table.cards td.n{text-align:left}table.cards td:empty{display:none}
 .counts li{min-width:5.5rem}
}
@media print{
 @page{margin:1.5cm}
 *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
 body{background:#fff;font-size:10.5pt}main{max-width:none;padding:0}
 section,.card{border:0;padding:0;margin:0 0 1rem}
 section~section{break-before:page}
 tr,.counts,svg{break-inside:avoid}h3{break-after:avoid}
 .scroll{overflow:visible}a{color:inherit;text-decoration:none}
}
"""


def write_report(path: str | Path, dataset: Dataset) -> None:
    """Write rapport.html for the dataset (UTF-8, same bytes for the same dataset)."""
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(render(dataset))


def render(dataset: Dataset) -> str:
    docs = dataset.documents
    ok = [d for d in docs if d.status == "ok"]
    title = ok[0].title if len(ok) == 1 and ok[0].title else "Bilans des plans d'action"
    summary = f"{len(docs)} document(s) : {len(ok)} converti(s), {len(docs) - len(ok)} en erreur."
    body = ["<h1>Rapport de suivi des plans d'action</h1>", f'<p class="meta">{_e(summary)}</p>',
            '<div class="card"><h3>Documents</h3>', _documents(docs), "</div>", _tracks(dataset)]
    groups = _by_document(dataset)
    for n, doc in enumerate(docs, start=1):
        body.append(_section(n, doc, dataset, groups.get(doc.document) or _Mine()))
    return ("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>Rapport — {_e(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<main>\n"
            + "\n".join(body)
            + "\n</main>\n<footer>Rapport produit par bilan à partir des fichiers listés ci-dessus.</footer>"
            "\n</body>\n</html>\n")


def _tracks(dataset: Dataset) -> str:
    """The "D'un bilan à l'autre" card (outputs/report_tracks.py)."""
    from bilan.outputs.report_tracks import render_tracks
    return render_tracks(dataset)


def french_date(day: dt.date | None) -> str:
    """"31 mars 2009", "1er avril 2008"; empty for no date."""
    if day is None:
        return ""
    return f"{'1er' if day.day == 1 else day.day} {MONTHS[day.month - 1]} {day.year}"


def _e(value: object) -> str:
    return escape("" if value is None else str(value), quote=True)


def _table(headers: list[str], rows: list[list[str] | str], numeric: tuple[int, ...] = ()) -> str:
    """A table that turns into labelled cards on a narrow screen; a str row is a group heading."""
    num = ' class="n"'
    head = "".join(f"<th{num if i in numeric else ''}>{_e(h)}</th>" for i, h in enumerate(headers))
    lines = [f'<div class="scroll"><table class="cards"><thead><tr>{head}</tr></thead><tbody>']
    for row in rows:
        if isinstance(row, str):
            lines.append(f'<tr class="group"><th colspan="{len(headers)}">{row}</th></tr>')
            continue
        cells = "".join(f'<td{num if i in numeric else ""} data-label="{_e(h)}">{c}</td>'
                        for i, (h, c) in enumerate(zip(headers, row)))
        lines.append(f"<tr>{cells}</tr>")
    lines.append("</tbody></table></div>")
    return "\n".join(lines)


def _documents(docs: list[DocumentRow]) -> str:
    rows: list[list[str] | str] = []
    for n, d in enumerate(docs, start=1):
        status = '<span class="badge s-suivi">converti</span>' if d.status == "ok" else \
            '<span class="badge s-en_retard">erreur</span>'
        rows.append([f'<a href="#doc-{n}">{_e(d.document)}</a>', status, _e(d.format), _e(d.pages),
                     _e(d.title), _e(french_date(d.as_of)), _e(d.actions), _e(d.followups),
                     _e(d.anomalies), f'<span class="error">{_e(d.error)}</span>' if d.error else ""])
    return _table(["Document", "Statut", "Format", "Pages", "Titre", "Suivi en date du", "Actions",
                   "Suivis", "Anomalies", "Erreur"], rows, numeric=(3, 6, 7, 8))


@dataclass
class _Mine:
    """One document's rows of each table."""

    coverage: list[CoverageRow] = field(default_factory=list)
    objectives: list[ObjectiveCoverageRow] = field(default_factory=list)
    timeline: list[TimelineRow] = field(default_factory=list)
    actions: dict[str, ActionRow] = field(default_factory=dict)
    anomalies: list[Anomaly] = field(default_factory=list)
    followups: int = 0


def _by_document(dataset: Dataset) -> dict[str, _Mine]:
    """Every table split by document in one pass each: a pass per document over every table
    made the report quadratic in the number of documents."""
    groups: dict[str, _Mine] = {}

    def mine(document: str) -> _Mine:
        group = groups.get(document)
        if group is None:
            group = groups[document] = _Mine()
        return group

    for c in dataset.coverage:
        mine(c.document).coverage.append(c)
    for o in by_objective(dataset.coverage):
        mine(o.document).objectives.append(o)
    for t in timeline(dataset.followups):
        mine(t.document).timeline.append(t)
    for a in dataset.actions:
        mine(a.document).actions[a.action_id] = a
    for a in dataset.anomalies:
        mine(a.document).anomalies.append(a)
    for f in dataset.followups:
        mine(f.document).followups += 1
    return groups


def _section(n: int, doc: DocumentRow, dataset: Dataset, rows: _Mine) -> str:
    head = [f'<section id="doc-{n}">', f"<h2>{_e(doc.title or doc.document)}</h2>",
            f'<p class="meta">{_e(doc.document)}'
            + (f" · Suivi en date du {_e(french_date(doc.as_of))}" if doc.as_of else
               " · date du suivi inconnue" if doc.status == "ok" else "") + "</p>"]
    if doc.status != "ok":
        return "\n".join(head + [f'<p class="error">Ce document n\'a pas pu être converti : {_e(doc.error)}</p>',
                                 "</section>"])
    coverage, objectives, timeline, actions, anomalies = (
        rows.coverage, rows.objectives, rows.timeline, rows.actions, rows.anomalies)
    counts = (f'<ul class="counts"><li><b>{len(actions)}</b>actions</li>'
              f'<li><b>{rows.followups}</b>suivis</li>'
              f"<li><b>{len(anomalies)}</b>anomalies</li></ul>")
    stated = any(c.state for c in coverage)
    return "\n".join(head + [
        counts, _statuses(coverage),
        "<h3>Couverture par section et objectif</h3>", _objectives(objectives, coverage if stated else []),
        *(["<h3>États des actions</h3>", _states(coverage, actions)] if stated else []),
        "<h3>Suivis datés par mois</h3>", _timeline(timeline),
        "<h3>Actions sans suivi</h3>", _pending(coverage, actions),
        "<h3>Anomalies</h3>", _anomalies(anomalies), "</section>"])


def _statuses(coverage: list[CoverageRow]) -> str:
    """The document's actions by status, as one stacked bar and its legend."""
    if not coverage:
        return '<p class="empty">Aucune action.</p>'
    counts = Counter(c.status for c in coverage)
    parts = "".join(f'<span class="s-{s}" style="width:{100 * counts[s] / len(coverage):.2f}%"></span>'
                    for s in STATUSES if counts[s])
    legend = "".join(f'<li><span class="dot s-{s}"></span>{_e(label)} : {counts[s]}</li>'
                     for s, label in STATUSES.items())
    return f'<div class="stack" aria-hidden="true">{parts}</div><ul class="legend">{legend}</ul>'


def _share(value: str) -> str:
    share = float(value or 0)
    return (f'<span class="share"><span class="bar"><span style="width:{100 * share:.1f}%"></span></span>'
            f"<span>{round(100 * share)}{NBSP}%</span></span>")


def _objectives(rows: list[ObjectiveCoverageRow], stated: list[CoverageRow]) -> str:
    """Coverage per section and objective; with `stated` (the actions of a document that has a
    status column), the count of each state too."""
    if not rows:
        return '<p class="empty">Aucune action.</p>'
    states: dict[tuple[str, str], list[str]] = {}
    for c in stated:
        states.setdefault((c.section, c.objective), []).append(c.state)
    lines: list[list[str] | str] = []
    section = None
    for o in rows:
        if o.section != section:
            section = o.section
            lines.append(_e(section or "(sans section)"))
        lines.append([_e(o.objective or "(sans objectif)"), str(o.actions), str(o.suivi), str(o.en_retard),
                      str(o.a_venir), str(o.sans_suivi), str(o.items), _share(o.share_followed)]
                     + ([_e(state_counts(states.get((o.section, o.objective), [])))] if stated else []))
    return _table(["Objectif", "Actions", "Suivies", "En retard", "À venir", "Sans suivi", "Suivis",
                   "Part suivie"] + (["États"] if stated else []), lines, numeric=(1, 2, 3, 4, 5, 6))


def _states(coverage: list[CoverageRow], actions: dict[str, ActionRow]) -> str:
    """Each action with its state, for a document that has a status column."""
    rows: list[list[str] | str] = [f"États : {_e(state_counts([c.state for c in coverage]))}"]
    for c in coverage:
        a = actions.get(c.action_id)
        state = STATE_LABELS.get(c.state, c.state) if c.state else "(vide)"
        progress = f"{a.progress}{NBSP}%" if a and a.progress is not None else ""
        rows.append([_e(c.action_id), _e(a.action_no if a else ""), _e(a.action if a else ""),
                     _e(state), _e(a.state_text if a else ""), progress])
    return _table(["Action", "No au plan", "Libellé", "État", "Texte de l'état", "Avancement"], rows)


def _months(first: str, last: str) -> list[str]:
    year, month = int(first[:4]), int(first[5:7])
    out = []
    while f"{year:04d}-{month:02d}" <= last:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def _month_name(month: str) -> str:
    return f"{MONTHS[int(month[5:7]) - 1]} {month[:4]}"


def _timeline(rows: list[TimelineRow]) -> str:
    """One bar per month, empty months included so that gaps show."""
    if not rows:
        return '<p class="empty">Aucun suivi daté dans un seul mois.</p>'
    counts = {r.month: r.items for r in rows}
    months = _months(min(counts), max(counts))
    top = max(counts.values())
    width, height, left, base, roof = 720, 190, 26, 160, 14
    step = (width - left - 6) / len(months)
    bar = max(step * 0.72, 1.0)
    label = (f"Suivis datés par mois, de {_month_name(months[0])} à {_month_name(months[-1])}, "
             f"au plus {top} par mois")
    svg = [f'<svg class="timeline" viewBox="0 0 {width} {height}" role="img" aria-label="{_e(label)}">',
           f'<line x1="{left}" y1="{base}" x2="{width - 4}" y2="{base}"/>',
           f'<line x1="{left}" y1="{roof}" x2="{width - 4}" y2="{roof}" stroke-dasharray="3 3"/>',
           f'<text x="{left - 4}" y="{roof + 3}" text-anchor="end">{top}</text>',
           f'<text x="{left - 4}" y="{base + 3}" text-anchor="end">0</text>']
    for i, month in enumerate(months):
        x = left + i * step
        n = counts.get(month, 0)
        if n:
            h = (base - roof) * n / top
            svg.append(f'<rect class="b" x="{x + (step - bar) / 2:.1f}" y="{base - h:.1f}" width="{bar:.1f}" '
                       f'height="{h:.1f}"><title>{_e(_month_name(month))} : {n} suivi(s)</title></rect>')
            if step >= 11:
                svg.append(f'<text x="{x + step / 2:.1f}" y="{base - h - 3:.1f}" text-anchor="middle">{n}</text>')
        if month.endswith("-01") or (i == 0 and int(month[5:7]) < 10):  # no label crowding the next
            svg.append(f'<line x1="{x:.1f}" y1="{base}" x2="{x:.1f}" y2="{base + 6}"/>')
            svg.append(f'<text x="{x + 2:.1f}" y="{base + 17}">{month[:4]}</text>')
    svg.append("</svg>")
    note = (f'<p class="note">{sum(counts.values())} suivis datés dans un seul mois, de '
            f"{_e(_month_name(months[0]))} à {_e(_month_name(months[-1]))}. Les suivis datés plus "
            "largement (une année, une période) ne sont pas comptés.</p>")
    return "\n".join(svg) + "\n" + note


def _pending(coverage: list[CoverageRow], actions: dict[str, ActionRow]) -> str:
    """Actions without follow-up: overdue first, then upcoming, then those without deadline."""
    order = list(STATUSES)
    todo = sorted((c for c in coverage if c.status != "suivi"),
                  key=lambda c: (order.index(c.status) if c.status in order else len(order), c.action_id))
    if not todo:
        return '<p class="empty">Toutes les actions ont au moins un suivi.</p>'
    rows: list[list[str] | str] = []
    for c in todo:
        a = actions.get(c.action_id)
        deadline = _e(a.deadline_text) if a and a.deadline_text else "(aucune)"
        if a and a.deadline_end and c.status in ("en_retard", "a_venir"):
            deadline += f' <span class="note">(fin : {_e(french_date(a.deadline_end))})</span>'
        rows.append([f'<span class="badge s-{_e(c.status)}">{_e(STATUSES.get(c.status, c.status))}</span>',
                     _e(c.action_id), _e(a.action if a else ""), deadline, _e(a.responsible if a else ""),
                     _e(c.objective)])
    return _table(["Statut", "No", "Action", "Échéancier", "Responsable", "Objectif"], rows)


def _anomalies(rows: list[Anomaly]) -> str:
    if not rows:
        return '<p class="empty">Aucune anomalie.</p>'
    lines: list[list[str] | str] = []
    for a in rows:
        pages = "" if a.page_start is None else (
            f"p. {a.page_start}" if a.page_end in (None, a.page_start) else f"p. {a.page_start}–{a.page_end}")
        lines.append([_e(KINDS.get(a.kind, a.kind)), _e(a.action_id), _e(a.item_no), _e(a.detail), _e(pages)])
    return _table(["Type", "Action", "No suivi", "Détail", "Pages"], lines, numeric=(2,))
