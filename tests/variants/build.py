"""Build the variant documents of tests/variants/*.json and their expected rows.

    python tests/variants/build.py                  # every variant: DOCX, PDF, expected CSVs
    python tests/variants/build.py NAME ...         # only these (file stems of the specs)
    python tests/variants/build.py --no-pdf         # leave the committed PDFs alone

Writes tests/data/variants/<name>/{<name>.docx, <name>.pdf, actions.csv, followups.csv}. The
documents are drawn by samples/make_samples.py (`build_docx`, `docx_to_pdf`: LibreOffice); the
expected CSVs are laid out from the hand-written `expect` blocks of the spec, nothing is parsed.

Spec keys beyond samples/bilan-2006-2008.json's (samples/SPEC_FORMAT.md):
- `ruled: false` draws the tables without borders;
- a column named other than objective/action/responsible/deadline/followup (here
  `indicators`) is a column the contract does not know: its cells are expected in extras.csv
  under the header the spec gives it;
- `word_list: true` on a row turns the "-" items of its follow-up cell into real Word list
  paragraphs (style "List Bullet", the "-" removed from the text), as Word users type them.

The committed files let a clone run tests/test_variants.py without LibreOffice.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
DATA = ROOT / "tests" / "data" / "variants"
if str(HERE.parent) not in sys.path:  # run as a script: tests/scripts.py loads make_samples
    sys.path.insert(0, str(HERE.parent))

import scripts  # noqa: E402

ACTION_COLUMNS = ["document", "action_id", "section", "objective", "action", "responsible",
                  "deadline_text", "deadline_kind", "deadline_start", "deadline_end",
                  "followup_text", "followup_count", "page_start", "page_end"]
FOLLOWUP_COLUMNS = ["document", "action_id", "item_no", "channel", "text", "date_text",
                    "date_start", "date_end", "date_precision", "raw"]
KNOWN = ("objective", "action", "responsible", "deadline", "followup")
# table shapes (samples/SPEC_FORMAT.md): written only for specs that use them
SHAPE_KNOWN = ("number", "state")
SHAPE_ACTION_COLUMNS = ["action_no", "state_text", "state", "progress"]
SHAPE_FOLLOWUP_COLUMNS = ["period"]
STATES = ("realise", "en_cours", "non_debute", "reporte", "abandonne", "unparsed")
ANOMALY_KINDS = ("unparsed_date", "date_out_of_order", "date_after_as_of", "overdue_without_followup",
                 "no_followup", "duplicate_item", "merged_continuation", "unknown_column",
                 "text_outside_tables", "unaccounted_text", "ocr_low_confidence", "unparsed_state",
                 "late_by_state", "state_conflict", "as_of_guessed", "no_as_of")
_FOOTNOTE_MARKS = re.compile("[\u00b9\u00b2\u00b3\u2070-\u2079]+")
_WS = re.compile(r"\s+")


def specs() -> dict[str, Path]:
    """The variant specs by name (the file stem, which is also the spec's `document`)."""
    return {p.stem: p for p in sorted(HERE.glob("*.json"))}


def load(path: Path) -> dict:
    spec = json.loads(path.read_text(encoding="utf-8"))
    if spec.get("document") != path.stem:
        raise ValueError(f"{path.name}: 'document' must be {path.stem!r}")
    return spec


def _collapse(text: str | None) -> str:
    return _WS.sub(" ", text or "").strip()


def uses_shapes(spec: dict) -> bool:
    """Does the spec use a table-shape key (samples/SPEC_FORMAT.md, "Table shapes")?"""
    columns = spec.get("columns") or []
    if "number" in columns or "state" in columns or columns.count("followup") > 1:
        return True
    # a number that opens the action cell shows only in expect.action_no
    return any("number" in row or "title_row" in row or "followups" in row
               or (row.get("expect") or {}).get("action_no")
               for section in spec.get("sections") or [] for table in section.get("tables") or []
               for row in table.get("rows") or [])


def _progress(value) -> str:
    """expect.progress: "" or a whole number 0-100, as a CSV string."""
    if value is None or value == "":
        return ""
    text = str(value).strip()
    if isinstance(value, bool) or not re.fullmatch(r"\d{1,3}", text) or int(text) > 100:
        raise ValueError(f"progress {value!r} is not a whole number 0-100")
    return str(int(text))


def _shape_fields(row: dict, expect: dict, action: str, has_state: bool) -> dict:
    """action_no, state_text, state, progress of an action row (CONTRACT.md "Table shapes"),
    and the action text without a number that opens its cell."""
    number = _collapse(str(row.get("number") or ""))
    action_no = _collapse(str(expect.get("action_no") or ""))
    if number:
        if action_no != number:
            raise ValueError(f"row {action[:40]!r}: expect.action_no must be its number {number!r}")
    elif action_no:  # the number opens the action cell: the row keeps the rest of the text
        bare = _collapse(expect.get("action"))
        if not bare or not action.startswith(action_no) or not action.endswith(bare):
            raise ValueError(f"row {action[:40]!r}: expect.action_no and expect.action must be the head "
                             "and the rest of its action")
        action = bare
    state_text = _collapse(row.get("state"))
    state, progress = "", ""
    if has_state:
        state, progress = expect["state"], _progress(expect["progress"])
        if state not in STATES and state != "":
            raise ValueError(f"row {action[:40]!r}: unknown state {state!r}")
        if bool(state) != bool(state_text) or (progress and not state_text):
            raise ValueError(f"row {action[:40]!r}: expect.state/progress do not fit the cell {state_text!r}")
    elif state_text or expect.get("state"):
        raise ValueError(f"row {action[:40]!r}: a state without a state column")
    return {"action": action, "action_no": action_no, "state_text": state_text, "state": state,
            "progress": progress}


def expected_rows(spec: dict) -> tuple[list[dict], list[dict], list[dict]]:
    """(actions, followups, extras) a correct conversion gives, per CONTRACT.md "Gold files":
    `document` is the name without extension; followup_text and pages are left empty.

    A spec with table-shape keys (a title row, a number or a state column, several follow-up
    columns) gives the shape columns too: actions `action_no`, `state_text`, `state`,
    `progress`; items `period`. Title rows set the objective or the section of the rows under
    them; items are numbered column by column, left to right."""
    document = spec["document"]
    header, columns = spec["header"], spec["columns"]
    shapes = uses_shapes(spec)
    extra_columns = [(i, c) for i, c in enumerate(columns) if c not in KNOWN + SHAPE_KNOWN]
    periods = [_collapse(h) for h, c in zip(header, columns) if c == "followup"]
    several = len(periods) > 1
    has_state = "state" in columns
    actions: list[dict] = []
    followups: list[dict] = []
    extras: list[dict] = []
    current: dict | None = None
    cells: dict[str, list[list[dict]]] = {}   # action_id -> the blocks of each follow-up column
    counts: dict[str, int] = {}
    objective = ""                            # set by a title row
    for section in spec["sections"]:
        section_name = _collapse(section["title"])
        for table in section["tables"]:
            for row in table["rows"]:
                if "title_row" in row:
                    title = row["title_row"]
                    if title["kind"] == "objective":
                        objective = _collapse(title["expect"])
                    elif title["kind"] == "section":
                        section_name, objective = _collapse(title["expect"]), ""
                    else:
                        raise ValueError(f"unknown title_row kind {title['kind']!r}")
                    current = None
                    continue
                if row.get("continuation"):
                    if current is None:
                        raise ValueError("a continuation row needs a row before it")
                else:
                    expect = row["expect"]
                    if _collapse(row.get("objective")):
                        objective = _collapse(row["objective"])
                    if shapes and _collapse(expect["objective"]) != objective:
                        raise ValueError(f"expect.objective {expect['objective'][:40]!r} is not the "
                                         f"objective in force {objective[:40]!r}")
                    current = {
                        "document": document,
                        "action_id": f"A{len(actions) + 1:03d}",
                        "section": section_name,
                        "objective": _collapse(expect["objective"]),
                        "action": _collapse(_FOOTNOTE_MARKS.sub("", row["action"])),
                        "responsible": _collapse(row.get("responsible")),
                        "deadline_text": _collapse(row.get("deadline")),
                        "deadline_kind": expect["deadline_kind"],
                        "deadline_start": expect["deadline_start"],
                        "deadline_end": expect["deadline_end"],
                        "followup_text": "",
                        "followup_count": 0,
                        "page_start": "",
                        "page_end": "",
                    }
                    if shapes:
                        current.update(_shape_fields(row, expect, current["action"], has_state))
                    actions.append(current)
                    cells[current["action_id"]] = [[] for _ in periods or [""]]
                    for index, name in extra_columns:
                        if _collapse(row.get(name)):
                            extras.append({"document": document, "action_id": current["action_id"],
                                           "header": header[index], "text": _collapse(row[name])})
                if several:
                    blocks = row.get("followups") or [[] for _ in periods]
                    if len(blocks) != len(periods) or "followup" in row:
                        raise ValueError(f"{current['action_id']}: 'followups' must hold one block "
                                         f"list per follow-up column ({len(periods)})")
                else:
                    blocks = [row.get("followup") or []]
                for column, cell in zip(cells[current["action_id"]], blocks):
                    column.extend(cell or [])
                if not row.get("continuation") and "followup_count" in row["expect"]:
                    counts[current["action_id"]] = row["expect"]["followup_count"]
    for action in actions:  # items column by column; a row's cells take in its "(suite)" rows
        for c, blocks in enumerate(cells[action["action_id"]]):
            channel = ""
            for block in blocks:
                if "channel" in block:
                    channel = _collapse(block["channel"])
                elif "item" in block:
                    exp = block["expect"]
                    action["followup_count"] += 1
                    item = {
                        "document": document,
                        "action_id": action["action_id"],
                        "item_no": action["followup_count"],
                        "channel": channel,
                        "text": _collapse(exp["text"]),
                        "date_text": _collapse(exp.get("date_text")),
                        "date_start": exp["date_start"],
                        "date_end": exp["date_end"],
                        "date_precision": exp["date_precision"],
                        "raw": _collapse(block["item"]),
                    }
                    if shapes:
                        item["period"] = periods[c] if several else ""
                        if _collapse(exp.get("period")) != item["period"]:
                            raise ValueError(f"{action['action_id']}: expect.period "
                                             f"{exp.get('period')!r} is not {item['period']!r}")
                    followups.append(item)
    for action in actions:
        if counts.get(action["action_id"], action["followup_count"]) != action["followup_count"]:
            raise ValueError(f"{action['action_id']}: expect.followup_count is "
                             f"{counts[action['action_id']]}, the cell and its continuations hold "
                             f"{action['followup_count']} items")
    return actions, followups, extras


def expected_anomalies(spec: dict) -> list[dict]:
    """The spec's `expect_anomalies` ({"kind", "action_id"}), checked against the contract's
    kinds and the spec's actions."""
    entries = spec.get("expect_anomalies") or []
    ids = {a["action_id"] for a in expected_rows(spec)[0]}
    out = []
    for entry in entries:
        if entry["kind"] not in ANOMALY_KINDS:
            raise ValueError(f"expect_anomalies: unknown kind {entry['kind']!r}")
        if entry.get("action_id", "") and entry["action_id"] not in ids:
            raise ValueError(f"expect_anomalies: {entry['action_id']!r} is not an action of the spec")
        out.append({"kind": entry["kind"], "action_id": entry.get("action_id", "")})
    return out


def write_csv(path: Path, columns: list[str], rows: list[dict]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([str(row[c]) for c in columns])


def word_lists(spec: dict, docx_path: Path, make_samples) -> int:
    """Turn the "-" items of the follow-up cells of `word_list` rows into Word list paragraphs."""
    from docx import Document

    rows = [t["rows"] for s in spec["sections"] for t in s["tables"]]
    if not any(r.get("word_list") for table in rows for r in table):
        return 0
    doc = Document(str(docx_path))
    style = doc.styles["List Bullet"]
    column = spec["columns"].index("followup")
    changed = 0
    for table, spec_rows in zip(doc.tables, rows, strict=True):
        for tr, row in zip(table.rows[1:], spec_rows, strict=True):
            if not row.get("word_list"):
                continue
            for paragraph in tr.cells[column].paragraphs:
                runs = paragraph.runs
                if not runs or not runs[0].text.startswith("-"):
                    continue
                runs[0].text = runs[0].text[1:]
                paragraph.style = style
                changed += 1
    with tempfile.TemporaryDirectory() as tmp:
        saved = Path(tmp) / docx_path.name
        doc.save(str(saved))
        make_samples._normalize_zip(saved, docx_path)  # fixed zip dates: byte-identical rebuilds
    return changed


def build(name: str, *, pdf: bool = True) -> Path:
    make_samples = scripts.make_samples()
    spec = load(specs()[name])
    out = DATA / name
    out.mkdir(parents=True, exist_ok=True)
    docx_path = out / f"{name}.docx"
    make_samples.build_docx(spec, docx_path, ruled=spec.get("ruled", True))
    word_lists(spec, docx_path, make_samples)
    if pdf:
        make_samples.docx_to_pdf(docx_path, out)
    actions, followups, _ = expected_rows(spec)
    shapes = uses_shapes(spec)
    write_csv(out / "actions.csv", ACTION_COLUMNS + SHAPE_ACTION_COLUMNS * shapes, actions)
    write_csv(out / "followups.csv", FOLLOWUP_COLUMNS + SHAPE_FOLLOWUP_COLUMNS * shapes, followups)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="variant names (default: all)")
    parser.add_argument("--no-pdf", action="store_true", help="do not rebuild the PDFs")
    args = parser.parse_args(argv)
    known = specs()
    for name in args.names or known:
        if name not in known:
            parser.error(f"no spec tests/variants/{name}.json")
        print(f"wrote {build(name, pdf=not args.no_pdf)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
