"""Variant bilans the code was not written against, through the command line, field by field.

Each spec in tests/variants/ is another region's bilan of another year: reworded and reordered
headers, an unknown "Indicateurs" column, other bullets (• – ✕ ▪ o * and Word list paragraphs),
borderless tables, other date forms. tests/variants/build.py drew the committed Word files and
the PDFs LibreOffice made of them, and laid out the expected rows from the specs' hand-written
`expect` blocks (tests/data/variants/<name>/actions.csv, followups.csv).

Rows are compared action by action, so that a failure names the action and a known reader bug
can be marked on exactly the actions it spoils (strict xfail: the mark must go when it is fixed).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import scripts
from conftest import DATA, read_rows, run_bilan, diff_rows

HERE = Path(__file__).resolve().parent
SPECS = HERE / "variants"
VARIANT_DATA = DATA / "variants"
FORMATS = ("docx", "pdf")

ACTION_FIELDS = ["action_id", "section", "objective", "action", "responsible", "deadline_text",
                 "deadline_kind", "deadline_start", "deadline_end", "followup_count"]
ITEM_FIELDS = ["action_id", "item_no", "channel", "text", "date_start", "date_end",
               "date_precision"]


build = scripts.variants_build()
VARIANTS = sorted(build.specs())


def _spec(name: str) -> dict:
    return json.loads((SPECS / f"{name}.json").read_text(encoding="utf-8"))


def _expected(name: str, file: str) -> list[dict]:
    return read_rows(VARIANT_DATA / name / file)


# ------------------------------------------------------------------ known reader bugs

# A reader bug that spoils some actions is marked on exactly those, e.g.
#   _known("PDF: … (the bug)", "bilan-estrie-2009-2010", "pdf", "items", "A002")
# what: "action", "items" (per action id), "count", "extras", "unknown_column" (id "*").
# The marks are strict: a fixed bug makes its test fail until the mark goes.
KNOWN: dict[tuple[str, str, str, str], str] = {}


def _known(reason: str, name: str, fmt: str, what: str, *ids: str) -> None:
    for action_id in ids:
        KNOWN[(name, fmt, what, action_id)] = reason


def _case(name: str, fmt: str, what: str, action_id: str = "*"):
    marks = []
    reason = KNOWN.get((name, fmt, what, action_id))
    if reason:
        marks.append(pytest.mark.xfail(strict=True, reason=reason))
    suffix = "" if action_id == "*" else f"-{action_id}"
    return pytest.param(name, fmt, action_id, marks=marks, id=f"{name}-{fmt}{suffix}")


def _cases(what: str, names=VARIANTS):
    out = []
    for name in names:
        for fmt in FORMATS:
            if what in ("action", "items"):
                for row in _expected(name, "actions.csv"):
                    out.append(_case(name, fmt, what, row["action_id"]))
            else:
                out.append(_case(name, fmt, what))
    return out


# ------------------------------------------------------------------ conversions

@pytest.fixture(scope="session")
def converted(tmp_path_factory: pytest.TempPathFactory):
    """The output folder of `bilan convert` for one variant and format, run once each."""
    done: dict[tuple[str, str], Path] = {}

    def get(name: str, fmt: str) -> Path:
        if (name, fmt) not in done:
            out = tmp_path_factory.mktemp(f"{name}-{fmt}")
            source = VARIANT_DATA / name / f"{name}.{fmt}"
            proc = run_bilan("convert", str(source), "--out", str(out))
            assert proc.returncode == 0, proc.stderr
            done[(name, fmt)] = out
        return done[(name, fmt)]

    return get


# ------------------------------------------------------------------ the expectation itself

@pytest.mark.parametrize("name", VARIANTS)
def test_expected_csvs_follow_the_spec(name: str, tmp_path: Path):
    """The committed expected rows are those build.py lays out from the spec today."""
    actions, followups, _ = build.expected_rows(_spec(name))
    build.write_csv(tmp_path / "actions.csv", build.ACTION_COLUMNS, actions)
    build.write_csv(tmp_path / "followups.csv", build.FOLLOWUP_COLUMNS, followups)
    for file in ("actions.csv", "followups.csv"):
        assert (tmp_path / file).read_bytes() == (VARIANT_DATA / name / file).read_bytes(), (
            f"{file} is stale: run python tests/variants/build.py {name}")


def test_the_variants_differ_from_the_seed():
    seed = json.loads((HERE.parent / "samples" / "bilan-2006-2008.json").read_text(encoding="utf-8"))
    specs = [_spec(n) for n in VARIANTS]
    assert len(specs) >= 4
    for spec in specs:
        assert spec["header"] != seed["header"]
        n = len(build.expected_rows(spec)[0])
        assert 8 <= n <= 15, f"{spec['document']}: {n} actions"
    assert any(s["columns"] != seed["columns"] for s in specs)        # reordered
    assert any(s.get("ruled") is False for s in specs)                 # borderless
    assert any(r.get("word_list") for s in specs for sec in s["sections"]
               for t in sec["tables"] for r in t["rows"])              # Word list bullets
    assert any("indicators" in s["columns"] for s in specs)            # unknown column


# ------------------------------------------------------------------ documents

@pytest.mark.parametrize("name,fmt", [(n, f) for n in VARIANTS for f in FORMATS])
def test_documents_row(converted, name: str, fmt: str):
    spec = _spec(name)
    (doc,) = read_rows(converted(name, fmt) / "documents.csv")
    assert doc["status"] == "ok" and doc["error"] == ""
    assert doc["document"] == f"{name}.{fmt}"
    assert doc["format"] == fmt
    assert doc["as_of"] == spec["as_of"]
    assert doc["title"].startswith(" — ".join(spec["title"]))


@pytest.mark.parametrize("name,fmt,action_id", _cases("count"))
def test_every_action_is_found(converted, name: str, fmt: str, action_id: str):
    expected = [r["action_id"] for r in _expected(name, "actions.csv")]
    got = [r["action_id"] for r in read_rows(converted(name, fmt) / "actions.csv")]
    assert got == expected


# ------------------------------------------------------------------ actions and items

@pytest.mark.parametrize("name,fmt,action_id", _cases("action"))
def test_action(converted, name: str, fmt: str, action_id: str):
    expected = [r for r in _expected(name, "actions.csv") if r["action_id"] == action_id]
    got = [r for r in read_rows(converted(name, fmt) / "actions.csv") if r["action_id"] == action_id]
    assert all(r["document"] == f"{name}.{fmt}" for r in got)
    assert diff_rows(expected, got, ACTION_FIELDS) == []


@pytest.mark.parametrize("name,fmt,action_id", _cases("items"))
def test_items_of_action(converted, name: str, fmt: str, action_id: str):
    expected = [r for r in _expected(name, "followups.csv") if r["action_id"] == action_id]
    got = [r for r in read_rows(converted(name, fmt) / "followups.csv") if r["action_id"] == action_id]
    assert diff_rows(expected, got, ITEM_FIELDS) == []


# ------------------------------------------------------------------ extras and anomalies

EXTRA_VARIANTS = [n for n in VARIANTS if set(_spec(n)["columns"]) - set(build.KNOWN)]
UNPARSED = [(n, r["action_id"], r["deadline_text"]) for n in VARIANTS
            for r in _expected(n, "actions.csv") if r["deadline_kind"] == "unparsed"]


def test_some_variant_has_an_unknown_column_and_printemps_2010():
    assert EXTRA_VARIANTS
    assert any(text == "Printemps 2010" for _, _, text in UNPARSED)


@pytest.mark.parametrize("name,fmt,action_id", _cases("extras", EXTRA_VARIANTS))
def test_unknown_column_cells_go_to_extras(converted, name: str, fmt: str, action_id: str):
    _, _, extras = build.expected_rows(_spec(name))
    got = read_rows(converted(name, fmt) / "extras.csv")
    assert [(r["document"], r["action_id"], r["header"], r["text"]) for r in got] == [
        (f"{name}.{fmt}", e["action_id"], e["header"], e["text"]) for e in extras]


@pytest.mark.parametrize("name,fmt,action_id", _cases("unknown_column", EXTRA_VARIANTS))
def test_one_unknown_column_anomaly(converted, name: str, fmt: str, action_id: str):
    spec = _spec(name)
    headers = [h for h, c in zip(spec["header"], spec["columns"]) if c not in build.KNOWN]
    found = [r for r in read_rows(converted(name, fmt) / "anomalies.csv") if r["kind"] == "unknown_column"]
    assert len(found) == len(headers)
    for row, header in zip(found, headers):
        assert row["action_id"] == "" and header in row["detail"]


@pytest.mark.parametrize("name,fmt,action_id,text",
                         [(n, f, a, t) for n, a, t in UNPARSED for f in FORMATS])
def test_unparsed_deadline_is_reported(converted, name: str, fmt: str, action_id: str, text: str):
    found = [r for r in read_rows(converted(name, fmt) / "anomalies.csv")
             if r["kind"] == "unparsed_date" and r["action_id"] == action_id]
    assert len(found) == 1 and text in found[0]["detail"]
    action = next(r for r in read_rows(converted(name, fmt) / "actions.csv") if r["action_id"] == action_id)
    assert action["deadline_kind"] == "unparsed" and action["deadline_text"] == text
    assert action["deadline_start"] == action["deadline_end"] == ""
