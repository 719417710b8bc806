"""Tracks: the same action linked over one Table's yearly bilans.

tests/data/series/ holds three bilans of one invented Table over three plans (hand-written
specs, drawn to DOCX and PDF by tests/data/series/build.py) and, per action, the track it is on
and its link, written by hand in the specs (tracks_expected.csv): rewordings of each kind,
returns after a gap, dropped actions and look-alikes (same theme or partner, another action).
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from conftest import DATA, read_rows, run_bilan

SERIES = DATA / "series"
NAMES = ["bilan-vallee-2008-2009", "bilan-vallee-2009-2010", "bilan-vallee-2010-2012"]
OTHER_TABLE = DATA / "variants" / "bilan-outaouais-2010" / "bilan-outaouais-2010.docx"


def _stem(document: str) -> str:
    return document.rsplit(".", 1)[0]


def _expected() -> list[dict[str, str]]:
    return read_rows(SERIES / "tracks_expected.csv")


def _files(formats: list[str]) -> list[str]:
    return [str(SERIES / f"{name}.{fmt}") for name, fmt in zip(NAMES, formats)]


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The series converted by the command line as DOCX, as PDF and mixed."""
    out = {}
    for label, formats in {"docx": ["docx"] * 3, "pdf": ["pdf"] * 3, "mixed": ["pdf", "docx", "pdf"]}.items():
        folder = tmp_path_factory.mktemp(f"series-{label}")
        proc = run_bilan("convert", *_files(formats), "--out", str(folder), "--format", "csv,xlsx,html")
        assert proc.returncode == 0, proc.stderr
        out[label] = folder
    return out


def _links(rows: list[dict[str, str]]) -> dict[tuple[str, str], tuple[str, str]]:
    """(document, action) → its earlier action on the same track, from tracks.csv rows in
    series order: the track's previous member."""
    last: dict[str, tuple[str, str]] = {}
    links = {}
    for row in sorted(rows, key=lambda r: NAMES.index(_stem(r["document"]))):
        key = (_stem(row["document"]), row["action_id"])
        if row["track_id"] in last:
            links[key] = last[row["track_id"]]
        last[row["track_id"]] = key
    return links


def _expected_links() -> dict[tuple[str, str], tuple[str, str]]:
    return _links([{"document": r["document"], "action_id": r["action_id"], "track_id": r["track"]}
                   for r in _expected()])


@pytest.mark.parametrize("label", ["docx", "pdf", "mixed"])
def test_every_link_and_every_non_link(outputs: dict[str, Path], label: str):
    got = read_rows(outputs[label] / "tracks.csv")
    expected = _expected()
    assert [(_stem(r["document"]), r["action_id"]) for r in got] == \
           [(r["document"], r["action_id"]) for r in expected]
    problems = [f"{e['document']}:{e['action_id']} ({e['track']}): link {g['link']}, expected {e['link']}"
                for e, g in zip(expected, got) if g["link"] != e["link"]]
    found, wanted = _links(got), _expected_links()
    for key in sorted(set(found) | set(wanted)):
        if found.get(key) != wanted.get(key):
            problems.append(f"{key}: linked to {found.get(key)}, expected {wanted.get(key)}")
    assert problems == []
    for row in got:
        assert (row["similarity"] == "") == (row["link"] == "first")
        assert row["link"] != "same" or row["similarity"] == "1.000"
        assert row["link"] != "reworded" or 0 < float(row["similarity"]) < 1


def test_precision_and_recall_on_the_series(outputs: dict[str, Path]):
    found, wanted = _links(read_rows(outputs["pdf"] / "tracks.csv")), _expected_links()
    right = sum(1 for k, v in found.items() if wanted.get(k) == v)
    precision, recall = right / len(found), right / len(wanted)
    print(f"links found {len(found)}, expected {len(wanted)}, right {right}: "
          f"precision {precision:.3f}, recall {recall:.3f}")
    assert len(wanted) == 24
    assert (precision, recall) == (1.0, 1.0)


def test_lookalikes_score_under_the_threshold():
    """Every look-alike pair the specs name, scored directly: none may reach the threshold."""
    import bilan
    from bilan.normalize.tracks.score import LINK_THRESHOLD, score

    result = bilan.convert(_files(["docx"] * 3))
    actions = {(_stem(a.document), a.action_id): a for a in result.dataset.actions}
    labels = {(r["document"], r["action_id"]): r["track"] for r in _expected()}
    pairs = 0
    for row in _expected():
        for other in filter(None, row["lookalike_of"].split(";")):
            new = actions[(row["document"], row["action_id"])]
            for key, label in labels.items():
                if label == other and NAMES.index(key[0]) < NAMES.index(row["document"]):
                    pairs += 1
                    result_score = score(actions[key], new)
                    assert result_score.total < LINK_THRESHOLD, (new.action, actions[key].action, result_score)
    assert pairs >= 5


def test_docx_pdf_and_mixed_give_the_same_tracks(outputs: dict[str, Path]):
    def rows(label: str) -> list[tuple[str, ...]]:
        return [(_stem(r["document"]), r["action_id"], r["track_id"], r["link"], r["similarity"], r["status"])
                for r in read_rows(outputs[label] / "tracks.csv")]

    assert rows("docx") == rows("pdf") == rows("mixed")


def test_a_document_alone_gives_first_rows_only(tmp_path: Path):
    proc = run_bilan("convert", str(SERIES / "bilan-vallee-2010-2012.pdf"), "--out", str(tmp_path),
                     "--format", "csv")
    assert proc.returncode == 0, proc.stderr
    rows = read_rows(tmp_path / "tracks.csv")
    assert len(rows) == len(read_rows(tmp_path / "actions.csv")) == 18
    assert {r["link"] for r in rows} == {"first"} and {r["similarity"] for r in rows} == {""}
    assert [r["track_id"] for r in rows] == [f"T{n:03d}" for n in range(1, 19)]


def test_another_table_never_links_and_series_can_be_forced():
    """The same action text under another Table's title stays apart, unless --series joins them."""
    import datetime as dt

    from bilan.normalize.records import ActionRow, CoverageRow, DocumentRow
    from bilan.normalize.tracks import group_series, link_tracks, series_key

    titles = ["TABLE DE DÉVELOPPEMENT SOCIAL DE LA VALLÉE-DES-TREMBLES — PLAN D'ACTION 2008-2009 — BILAN",
              "Table de développement social de la Vallée-des-Trembles — Bilan du plan d'action 2009-2010",
              "TABLE DE DÉVELOPPEMENT SOCIAL DE LA VALLÉE-DES-TREMBLES — BILAN DU PLAN D'ACTION 2010-2012 — AVRIL 2012"]
    assert len({series_key(t) for t in titles}) == 1
    docs = [DocumentRow("a.pdf", "ok", title=titles[0], as_of=dt.date(2009, 3, 31)),
            DocumentRow("b.pdf", "ok", title="Table de concertation du Haut-Lac — Bilan 2010",
                        as_of=dt.date(2010, 3, 31))]
    actions = [ActionRow(d.document, "A001", "S", "O", "Soutien aux cuisines collectives", "R", "", "none",
                         None, None, "", 0, None, None) for d in docs]
    coverage = [CoverageRow(d.document, "A001", "S", "O", 0, 0, None, None, "", "sans_suivi") for d in docs]
    assert len(group_series(docs)) == 2
    assert [r.link for r in link_tracks(docs, actions, coverage).rows] == ["first", "first"]
    joined = link_tracks(docs, actions, coverage, overrides=[("Ensemble", "*.pdf")])
    assert [r.link for r in joined.rows] == ["first", "same"]
    assert joined.rows[0].track_id == joined.rows[1].track_id


def test_another_table_in_the_same_run(tmp_path: Path):
    proc = run_bilan("convert", *_files(["docx"] * 3), str(OTHER_TABLE), "--out", str(tmp_path),
                     "--format", "csv")
    assert proc.returncode == 0, proc.stderr
    rows = read_rows(tmp_path / "tracks.csv")
    other = [r for r in rows if r["document"] == OTHER_TABLE.name]
    assert other and {r["link"] for r in other} == {"first"}
    assert not {r["track_id"] for r in other} & {r["track_id"] for r in rows if r["document"] != OTHER_TABLE.name}
    assert other[0]["track_id"] == "T022"  # after the 21 tracks of the first series


def test_links_file_forces_and_forbids(tmp_path: Path):
    corrections = tmp_path / "corrections.csv"
    with open(corrections, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["document", "action_id", "linked_document", "linked_action_id", "decision", "note"])
        writer.writerow(["bilan-vallee-2010-2012", "A016", "bilan-vallee-2009-2010", "A013", "force",
                         "le bottin remplace le bulletin"])
        writer.writerow(["bilan-vallee-2009-2010.docx", "A001", "bilan-vallee-2008-2009.docx", "A001", "forbid", ""])
        writer.writerow(["bilan-vallee-2010-2012", "A006", "", "", "forbid", "guide refait à neuf"])
    out = tmp_path / "out"
    proc = run_bilan("convert", *_files(["docx"] * 3), "--out", str(out), "--format", "csv",
                     "--links", str(corrections))
    assert proc.returncode == 0, proc.stderr
    rows = {(_stem(r["document"]), r["action_id"]): r for r in read_rows(out / "tracks.csv")}
    bottin, bulletin = rows[("bilan-vallee-2010-2012", "A016")], rows[("bilan-vallee-2009-2010", "A013")]
    assert bottin["link"] == "reworded" and bottin["track_id"] == bulletin["track_id"]
    assert rows[("bilan-vallee-2009-2010", "A001")]["link"] == "first"
    assert rows[("bilan-vallee-2010-2012", "A001")]["link"] == "same"  # the track goes on from 2009-2010
    assert rows[("bilan-vallee-2010-2012", "A006")]["link"] == "first"
    explained = run_bilan("tracks", str(out), "--links", str(corrections),
                          "--explain", "bilan-vallee-2010-2012.docx:A016")
    assert explained.returncode == 0, explained.stderr
    assert "forced by the --links file" in explained.stdout and "warning" not in explained.stderr


def test_bad_links_file_is_one_clear_line(tmp_path: Path):
    bad = tmp_path / "bad.csv"
    bad.write_text("document,action_id,decision\nx,A001,force\n", encoding="utf-8")
    proc = run_bilan("convert", _files(["docx"])[0], "--out", str(tmp_path / "out"), "--links", str(bad))
    assert proc.returncode == 2
    assert "missing column(s) linked_document, linked_action_id" in proc.stderr
    assert "Traceback" not in proc.stderr and not (tmp_path / "out").exists()
    proc = run_bilan("convert", _files(["docx"])[0], "--out", str(tmp_path / "out"), "--series", "nothing")
    assert proc.returncode == 2 and "NAME=GLOB" in proc.stderr


def test_explain_a_reworded_link(outputs: dict[str, Path]):
    proc = run_bilan("tracks", str(outputs["docx"]), "--explain", "bilan-vallee-2009-2010.docx:A001")
    assert proc.returncode == 0, proc.stderr
    text = proc.stdout
    assert "link reworded" in text
    assert "linked to:  bilan-vallee-2008-2009.docx:A001: Réalisation d'un état de situation" in text
    assert "object word 'etat' shared" in text and "agreeing: responsible, section" in text
    assert "links from 0.72" in text
    proc = run_bilan("tracks", str(outputs["docx"]), "--explain", "bilan-vallee-2009-2010.docx:A006")
    assert "other candidates:" not in proc.stdout or "below the threshold" in proc.stdout
    proc = run_bilan("tracks", str(outputs["docx"]), "--explain", "nope.docx:A001")
    assert proc.returncode == 1 and "no such action" in proc.stderr
    proc = run_bilan("tracks", str(outputs["docx"] / "missing"))
    assert proc.returncode == 1 and "documents.csv" in proc.stderr and "Traceback" not in proc.stderr


def test_explain_why_a_pair_is_not_linked(outputs: dict[str, Path]):
    """A pair the user expected linked: a look-alike of another committee, named either way round."""
    for pair in ("bilan-vallee-2009-2010.docx:A005:bilan-vallee-2010-2012.docx:A004",
                 "bilan-vallee-2010-2012.docx:A004:bilan-vallee-2009-2010.docx:A005"):
        proc = run_bilan("tracks", str(outputs["docx"]), "--explain", pair)
        assert proc.returncode == 0, proc.stderr
        text = proc.stdout
        assert text.startswith("bilan-vallee-2009-2010.docx:A005 → bilan-vallee-2010-2012.docx:A004")
        assert "words only in the earlier action: logement; only in this one: transport" in text
        assert "why:        not linked: score" in text and "below the threshold 0.72" in text
    proc = run_bilan("tracks", str(outputs["docx"]), "--explain",
                     "bilan-vallee-2008-2009.docx:A004:bilan-vallee-2009-2010.docx:A005")
    assert "why:        they are linked: both on track" in proc.stdout
    proc = run_bilan("tracks", str(outputs["docx"]), "--explain", "bilan-vallee-2008-2009.docx:A004:nope.docx:A1")
    assert proc.returncode == 1 and "nope.docx:A1: no such action" in proc.stderr


def test_pluriannual_sheet(outputs: dict[str, Path]):
    from openpyxl import load_workbook

    wb = load_workbook(outputs["docx"] / "bilan.xlsx")
    assert wb.sheetnames[-2:] == ["Pluriannuel", "Dictionnaire"]
    ws = wb["Pluriannuel"]
    header = [c.value for c in ws[1]]
    assert header[4:] == [f"{n}.docx" for n in NAMES]
    rows = {r[1].value: r for r in ws.iter_rows(min_row=2)}
    assert len(rows) == 21
    guide = [c.value for c in rows["T005"]]
    assert guide[2] == "Production d'un guide sur la saine alimentation à petit budget"
    assert guide[4:] == ["à venir (0)", "absent", "suivi (1)"]
    assert rows["T005"][6].fill.start_color.rgb.endswith("C6EFCE")
    assert rows["T005"][5].fill.start_color.rgb.endswith("FFFFFF")
    assert [c.value for c in rows["T001"]][4:] == ["suivi (1)", "suivi (1)", "en retard (0)"]
    assert rows["T001"][6].fill.start_color.rgb.endswith("FFC7CE")


def test_report_section(outputs: dict[str, Path]):
    html = (outputs["docx"] / "rapport.html").read_text(encoding="utf-8")
    start = html.index("D'un bilan à l'autre")
    card = html[start:html.index("</div>\n<section", start)]
    assert "<b>22</b>reprises" in card and "<b>5</b>abandonnées" in card
    assert "<b>8</b>nouvelles" in card and "<b>2</b>de retour" in card
    assert "Actions dont le statut s'est dégradé" in card
    assert "Promotion du covoiturage auprès des travailleurs" in card  # suivi, then sans suivi


def test_python_api_and_datapackage(outputs: dict[str, Path]):
    import json

    import bilan

    result = bilan.convert(_files(["docx", "docx", "pdf"]), series={"Vallée": "bilan-vallee-*"})
    frame = result.tracks
    assert list(frame.columns) == ["track_id", "document", "action_id", "link", "similarity", "status"]
    assert str(frame["similarity"].dtype) == "float64" and len(frame) == 45
    assert frame["link"].value_counts().to_dict() == {"first": 21, "same": 13, "reworded": 9, "after_gap": 2}
    package = json.loads((outputs["docx"] / "datapackage.json").read_text(encoding="utf-8"))
    tracks = next(r for r in package["resources"] if r["name"] == "tracks")
    assert tracks["schema"]["primaryKey"] == ["document", "action_id"]
    assert [f["name"] for f in tracks["schema"]["fields"]] == list(frame.columns)


REWORDINGS = [  # (earlier, later): one action, reworded
    ("Réalisation d'un état de situation", "Mise à jour de l'état de situation"),
    ("Portrait des besoins en logement", "Portrait régional des besoins en logement"),
    ("Organisation d'un forum régional annuel sur la pauvreté", "Forum régional sur la pauvreté"),
    ("Répertoire des ressources alimentaires", "Répertoire des resources alimentaires"),
    ("ÉLABORATION D'UNE POLITIQUE FAMILIALE", "elaboration d'une politique familiale"),
    ("Entente avec la CRÉ sur l'inclusion sociale", "Entente avec la Conférence régionale des élus sur l'inclusion sociale"),
    ("Entente avec la C.R.É. sur l'inclusion sociale", "Entente avec la CRÉ sur l'inclusion sociale"),
    ("Appui aux cuisines collectives", "Soutien aux cuisines collectives"),
]
LOOKALIKES = [  # (earlier, later): two actions sharing a theme or a partner
    ("Production d'un guide sur la saine alimentation", "Rédaction d'articles sur la saine alimentation"),
    ("Soutien au comité logement de la MRC", "Soutien au comité transport de la MRC"),
    ("Formation des intervenants en itinérance", "Formation des bénévoles en itinérance"),
    ("Soutien aux cuisines collectives", "Soutien aux jardins collectifs"),
    ("Publication d'un bulletin des organismes", "Publication d'un bottin des organismes"),
]


@pytest.mark.parametrize("old,new", REWORDINGS)
def test_rewordings_score_high_on_text_alone(old: str, new: str):
    from bilan.normalize.tracks.score import LINK_THRESHOLD, text_score

    assert LINK_THRESHOLD <= text_score(old, new).text <= 1  # 1 only for the same text folded


@pytest.mark.parametrize("old,new", LOOKALIKES)
def test_lookalikes_stay_apart_even_with_every_field_agreeing(old: str, new: str):
    from bilan.normalize.records import ActionRow
    from bilan.normalize.tracks.score import LINK_THRESHOLD, score

    def action(text: str) -> ActionRow:
        return ActionRow("d", "A001", "Section", "Objectif commun", text, "Même partenaire", "2010", "year",
                         None, None, "", 0, None, None)

    result = score(action(old), action(new))
    assert all(v == 1.0 for v in result.support.values())
    assert result.total < LINK_THRESHOLD


def _bilan(path: Path, year: int, rows: list[tuple[str, str]]) -> Path:
    """A Word bilan of the Table de solidarité des Hautes-Rivières: (objective, action) rows."""
    import docx

    document = docx.Document()
    document.add_paragraph(f"TABLE DE SOLIDARITÉ DES HAUTES-RIVIÈRES — BILAN DU PLAN D'ACTION {year}-{year + 1}")
    document.add_paragraph(f"31 mars {year + 1}")
    table = document.add_table(rows=1, cols=5)
    for cell, text in zip(table.rows[0].cells, ["Objectif", "Actions", "Responsable", "Échéancier",
                                                  f"Suivi en date du 31 mars {year + 1}"]):
        cell.text = text
    for objective, action in rows:
        for cell, text in zip(table.add_row().cells, [objective, action, "Coordination", str(year),
                                                      f"-Fait le 12 mai {year}"]):
            cell.text = text
    document.save(path)
    return path


def _tracks_of(tmp_path: Path, years: list[list[tuple[str, str]]]) -> list[dict[str, str]]:
    tmp_path.mkdir(parents=True, exist_ok=True)
    files = [str(_bilan(tmp_path / f"bilan-{2010 + k}.docx", 2010 + k, rows)) for k, rows in enumerate(years)]
    proc = run_bilan("convert", *files, "--out", str(tmp_path / "out"), "--format", "csv")
    assert proc.returncode == 0, proc.stderr
    return read_rows(tmp_path / "out" / "tracks.csv")


def _same_track(rows: list[dict[str, str]], a: tuple[str, str], b: tuple[str, str]) -> bool:
    track = {(r["document"], r["action_id"]): r["track_id"] for r in rows}
    return track[a] == track[b]


OTHER = ("Favoriser l'entraide", "Tenir une friperie communautaire au sous-sol de l'église")


def test_a_one_letter_typo_costs_little_and_links(tmp_path: Path):
    from bilan.normalize.tracks.score import text_score

    right = "Présentation des projets en alphabétisation lors des assemblées générales de la Table"
    typo = "Présentation des projets en alphabétisaton lors des assembées générales de la Table"
    assert text_score(right, typo).text >= 0.95
    # a generic word mistyped ("dévelopement") is the generic word, not a word of its own
    assert text_score("Dévelopement d'un bottin des ressources", "Développement d'un bottin des ressources").text >= 0.95
    rows = _tracks_of(tmp_path, [[("Informer", typo), OTHER], [("Informer", right), OTHER]])
    assert _same_track(rows, ("bilan-2010.docx", "A001"), ("bilan-2011.docx", "A001"))
    assert not _same_track(rows, ("bilan-2010.docx", "A001"), ("bilan-2011.docx", "A002"))


def test_an_abbreviation_the_document_defines_counts_as_a_built_in_one(tmp_path: Path):
    from bilan.normalize.tracks.abbreviations import BUILT_IN, defined

    assert defined("Appuyer les démarches de revitalisation urbaine intégrée (RUI)") == [
        ("rui", "revitalisation urbaine integree")]
    first = [("Appuyer les démarches de revitalisation urbaine intégrée (RUI)",
              "Accompagner les projets de revitalisation urbaine intégrée du quartier Saint-Roch"), OTHER]
    later = [("Appuyer les démarches de RUI", "Accompagner les projets de RUI du quartier Saint-Roch"), OTHER]
    assert "rui" not in dict(BUILT_IN.pairs)  # learned from the documents, not known before
    rows = _tracks_of(tmp_path, [first, later])
    assert _same_track(rows, ("bilan-2010.docx", "A001"), ("bilan-2011.docx", "A001"))
    # the same two bilans without the definition: no link (the rule is what links them)
    rows = _tracks_of(tmp_path / "undefined", [[("Appuyer les démarches", first[0][1]), OTHER],
                                                [("Appuyer les démarches", later[0][1]), OTHER]])
    assert not _same_track(rows, ("bilan-2010.docx", "A001"), ("bilan-2011.docx", "A001"))


@pytest.mark.parametrize("short,long", [
    ("Entente de services avec les CSSS du territoire",
     "Entente de services avec les centres de santé et de services sociaux du territoire"),
    ("Rencontres régulières avec les CPE de la MRC",
     "Rencontres régulières avec les centres de la petite enfance de la MRC"),
    ("Formation des employés des OMH", "Formation des employés des offices municipaux d'habitation"),
])
def test_an_abbreviation_matches_its_long_form_in_the_plural(tmp_path: Path, short: str, long: str):
    from bilan.normalize.tracks.score import text_score

    assert text_score(long, short).text >= 0.95
    rows = _tracks_of(tmp_path, [[("Concerter", long), OTHER], [("Concerter", short), OTHER]])
    assert _same_track(rows, ("bilan-2010.docx", "A001"), ("bilan-2011.docx", "A001"))


@pytest.mark.layouts
def test_thirty_generated_series_link_with_high_precision_and_recall(tmp_path: Path):
    """The series axis (tests/layouts/series.py): 30 series of three Word bilans drawn from the
    family's specs with realistic edits, gaps, new actions and look-alikes."""
    from layouts import series

    found = made = true = 0
    for seed in range(1, 6):
        f, m, t, _ = series.measure(seed, 6, tmp_path / f"seed{seed}")
        found, made, true = found + f, made + m, true + t
    assert true >= 300
    assert found / made >= 0.98 and found / true >= 0.95, (found, made, true)


@pytest.mark.layouts
def test_an_action_written_as_two_links_to_one_part_and_the_other_starts_a_track(tmp_path: Path):
    """Splits of the series axis (two sectors, publics or phases in the last year): the action
    of the year before links to one part, and only one (tracks are one-to-one)."""
    from layouts import series

    splits = 0
    for k in range(6):
        drawn = series.make_series(1, k)
        parts = {a.track: (i, j) for i, a in enumerate(drawn.years[2]) for j, b in enumerate(drawn.years[2])
                 if a.split_of is None and b.split_of == a.track}
        if not parts:
            continue
        got = series.linked_pairs(drawn, series.write_series(drawn, tmp_path / drawn.name))
        before = {a.track: i for i, a in enumerate(drawn.years[1])}
        for track, (first, second) in parts.items():
            splits += 1
            links = {b for a, b in got if a == (1, before[track]) and b in ((2, first), (2, second))}
            assert len(links) == 1, (drawn.name, drawn.years[1][before[track]].action, links)
    assert splits >= 5
