"""The "D'un bilan à l'autre" card of rapport.html: per series of one Table's bilans, the
actions carried, dropped, new and back after a gap, and the tracks whose status worsened."""

from __future__ import annotations

from bilan.normalize.records import Dataset


def render_tracks(dataset: Dataset) -> str:
    from bilan.normalize.tracks import dataset_tracks
    from bilan.normalize.tracks.view import steps
    from bilan.outputs.report import STATUSES, _e, _table

    tracks = dataset_tracks(dataset)
    lines = ['<div class="card" id="pluriannuel"><h3>D\'un bilan à l\'autre</h3>']
    several = {name: docs for name, docs in tracks.series.items() if len(docs) > 1}
    if not several:
        lines.append('<p class="empty">Aucune Table n\'a plus d\'un bilan dans cette conversion : '
                     "aucune action à suivre d'un bilan à l'autre.</p></div>")
        return "\n".join(lines)
    text = {(a.document, a.action_id): a.action for a in dataset.actions}
    all_steps = steps(tracks)
    for name, docs in several.items():
        mine = [s for s in all_steps if s.series == name]
        total = {k: sum(getattr(s, k) for s in mine) for k in ("carried", "dropped", "new", "back")}
        lines.append(f"<p><b>{_e(tracks.labels.get(name, name))}</b> — {len(docs)} bilans : "
                     f"{_e(', '.join(docs))}</p>")
        lines.append(f'<ul class="counts"><li><b>{total["carried"]}</b>reprises</li>'
                     f'<li><b>{total["dropped"]}</b>abandonnées</li><li><b>{total["new"]}</b>nouvelles</li>'
                     f'<li><b>{total["back"]}</b>de retour après une interruption</li></ul>')
        rows: list[list[str] | str] = [[_e(s.document), _e(s.previous), str(s.carried), str(s.reworded),
                                        str(s.dropped), str(s.new), str(s.back)] for s in mine]
        lines.append(_table(["Bilan", "Comparé au bilan", "Reprises", "dont reformulées", "Abandonnées",
                             "Nouvelles", "De retour"], rows, numeric=(2, 3, 4, 5, 6)))
        worse = [(s, w) for s in mine for w in s.worsened]
        lines.append("<p><b>Actions dont le statut s'est dégradé</b></p>")
        if not worse:
            lines.append('<p class="empty">Aucune.</p>')
            continue

        def badge(status: str) -> str:
            return f'<span class="badge s-{_e(status)}">{_e(STATUSES.get(status, status))}</span>'

        lines.append(_table(["Piste", "Bilan", "No", "Action", "Avant", "Maintenant"],
                            [[_e(track), _e(s.document), _e(action_id), _e(text.get((s.document, action_id), "")),
                              badge(was), badge(now)] for s, (track, action_id, was, now) in worse]))
    lines.append("</div>")
    return "\n".join(lines)
