"""The result page's card "D'un bilan à l'autre": the links tracks.csv made between the actions
of a series' bilans, and the user's corrections to them (confirm, refuse, add), kept as the
run's `--links` file so that `bilan convert --links` gives the same tracks."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bilan.normalize.tracks import LinkRule

if TYPE_CHECKING:
    from bilan.runs import Run

TEXT_LIMIT = 160  # characters of an action shown in a cell or a list; the whole text is its title
LINK_LABELS = {"same": "même texte", "reworded": "reformulée", "after_gap": "reprise après un bilan sans elle"}


@dataclass
class Ref:
    """An action as the page shows it; `value` names it in the forms (document number:action)."""

    value: str
    document: str
    action_id: str
    text: str

    @property
    def short(self) -> str:
        return self.text if len(self.text) <= TEXT_LIMIT else self.text[:TEXT_LIMIT - 1].rstrip() + "…"

    @property
    def label(self) -> str:
        return f"{self.document} {self.action_id} : {self.short}"


@dataclass
class LinkLine:
    """A link of tracks.csv: `action` is the same action as `target` in an earlier bilan."""

    action: Ref
    target: Ref
    similarity: str
    link: str  # same, reworded, after_gap
    confirmed: bool

    @property
    def kind(self) -> str:
        return LINK_LABELS.get(self.link, self.link)


@dataclass
class SeriesCard:
    label: str
    documents: list[str]
    links: list[LinkLine] = field(default_factory=list)
    actions: list[Ref] = field(default_factory=list)  # what may be linked: actions after the first bilan
    targets: list[Ref] = field(default_factory=list)  # to what: actions before the last bilan


@dataclass
class RuleLine:
    index: int
    text: str
    applied: bool


@dataclass
class Card:
    series: list[SeriesCard]
    rules: list[RuleLine]


def card(run: Run) -> Card | None:
    """The card, for a run whose documents make at least one series of two bilans or more."""
    from bilan.normalize.tracks import dataset_tracks

    if run.result is None:
        return None
    dataset = run.result.dataset
    tracks = dataset_tracks(dataset)
    refs = _refs(run)
    similarity = {(r.document, r.action_id): r.similarity for r in tracks.rows}
    link = {(r.document, r.action_id): r.link for r in tracks.rows}
    forced = {(r.document, r.action_id, r.linked_document, r.linked_action_id)
              for r in run.link_rules if r.decision == "force"}
    out = []
    for name, docs in tracks.series.items():
        if len(docs) < 2:
            continue
        entry = SeriesCard(tracks.labels.get(name, name), docs)
        for k, doc in enumerate(docs):
            for ref in (r for r in refs.values() if r.document == doc):
                if k > 0:
                    entry.actions.append(ref)
                if k < len(docs) - 1:
                    entry.targets.append(ref)
                decision = tracks.decisions.get((ref.document, ref.action_id))
                if decision is None or decision.target is None or decision.target not in refs:
                    continue
                key = (ref.document, ref.action_id)
                entry.links.append(LinkLine(ref, refs[decision.target], similarity.get(key, ""), link.get(key, ""),
                                            (*key, *decision.target) in forced))
        out.append(entry)
    if not out:
        return None
    return Card(out, _rule_lines(run, tracks))


def choose(run: Run, op: str, action: str = "", target: str = "", rule: str = "") -> str | None:
    """Apply the user's choice to the run's link rules and write the run's outputs again.

    op is "force" (confirm a link, or add a missed one), "forbid" (refuse a link) or "undo"
    (drop a correction, by its number). Returns what is wrong in French, or None.
    """
    from bilan.runs import write_outputs

    with run.lock:
        if run.result is None:
            return "Ces résultats ne peuvent plus être corrigés."
        rules = list(run.link_rules)
        if op == "undo":
            if not rule.isdigit() or int(rule) >= len(rules):
                return "Cette correction n'existe plus."
            del rules[int(rule)]
        elif op in ("force", "forbid"):
            by_value = {r.value: r for r in _refs(run).values()}
            a, t = by_value.get(action), by_value.get(target)
            if a is None or t is None:
                return "Choisissez une action et l'action d'un bilan précédent à laquelle la lier."
            problem = _check_pair(run, a, t)
            if problem:
                return problem
            pair = (a.document, a.action_id, t.document, t.action_id)
            # one decision per pair, and one forced link per action
            rules = [r for r in rules if (r.document, r.action_id, r.linked_document, r.linked_action_id) != pair
                     and not (op == "force" and r.decision == "force" and (r.document, r.action_id) == pair[:2])]
            rules.append(LinkRule(*pair, op))
        else:
            return "Choix inconnu."
        run.link_rules = rules
        write_outputs(run)
    return None


def _refs(run: Run) -> dict[tuple[str, str], Ref]:
    """Every action of the run's converted documents, by (document, action_id)."""
    dataset = run.result.dataset
    number = {d.document: n for n, d in enumerate(dataset.documents)}
    return {(a.document, a.action_id): Ref(f"{number[a.document]}:{a.action_id}", a.document, a.action_id,
                                           " ".join(a.action.split()))
            for a in dataset.actions}


def _check_pair(run: Run, action: Ref, target: Ref) -> str | None:
    from bilan.normalize.tracks import dataset_tracks

    series = dataset_tracks(run.result.dataset).series
    for docs in series.values():
        if action.document in docs and target.document in docs:
            if docs.index(target.document) < docs.index(action.document):
                return None
            return (f"{target.document} ne précède pas {action.document} : une action se lie à une action "
                    "d'un bilan précédent.")
    return f"{action.document} et {target.document} ne sont pas des bilans de la même Table."


def _rule_lines(run: Run, tracks) -> list[RuleLine]:  # noqa: ANN001 - Tracks
    out = []
    for n, r in enumerate(run.link_rules):
        decision = tracks.decisions.get((r.document, r.action_id))
        if r.decision == "force":
            text = f"{r.document} {r.action_id} est la même action que {r.linked_document} {r.linked_action_id}"
            applied = decision is not None and decision.target == (r.linked_document, r.linked_action_id)
        else:
            text = f"{r.document} {r.action_id} n'est pas {r.linked_document} {r.linked_action_id}"
            applied = decision is not None and decision.target != (r.linked_document, r.linked_action_id)
        out.append(RuleLine(n, text, applied))
    return out
