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


def expected_rows(spec: dict) -> tuple[list[dict], list[dict], list[dict]]:
    """(actions, followups, extras) a correct conversion gives, per CONTRACT.md "Gold files":
    `document` is the name without extension; followup_text and pages are left empty."""
    document = spec["document"]
    header, columns = spec["header"], spec["columns"]
    extra_columns = [(i, c) for i, c in enumerate(columns) if c not in KNOWN]
    actions: list[dict] = []
    followups: list[dict] = []
    extras: list[dict] = []
    current: dict | None = None
    channel = ""
    counts: dict[str, int] = {}
    for section in spec["sections"]:
        for table in section["tables"]:
            for row in table["rows"]:
                if row.get("continuation"):
                    if current is None:
                        raise ValueError("a continuation row needs a row before it")
                else:
                    expect = row["expect"]
                    current = {
                        "document": document,
                        "action_id": f"A{len(actions) + 1:03d}",
                        "section": _collapse(section["title"]),
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
                    actions.append(current)
                    channel = ""
                    for index, name in extra_columns:
                        if _collapse(row.get(name)):
                            extras.append({"document": document, "action_id": current["action_id"],
                                           "header": header[index], "text": _collapse(row[name])})
                for block in row.get("followup") or []:
                    if "channel" in block:
                        channel = _collapse(block["channel"])
                    elif "item" in block:
                        exp = block["expect"]
                        current["followup_count"] += 1
                        followups.append({
                            "document": document,
                            "action_id": current["action_id"],
                            "item_no": current["followup_count"],
                            "channel": channel,
                            "text": _collapse(exp["text"]),
                            "date_text": _collapse(exp.get("date_text")),
                            "date_start": exp["date_start"],
                            "date_end": exp["date_end"],
                            "date_precision": exp["date_precision"],
                            "raw": _collapse(block["item"]),
                        })
                if not row.get("continuation") and "followup_count" in row["expect"]:
                    counts[current["action_id"]] = row["expect"]["followup_count"]
    for action in actions:  # a row's count takes in its "(suite)" rows
        if counts.get(action["action_id"], action["followup_count"]) != action["followup_count"]:
            raise ValueError(f"{action['action_id']}: expect.followup_count is "
                             f"{counts[action['action_id']]}, the cell and its continuations hold "
                             f"{action['followup_count']} items")
    return actions, followups, extras


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
    write_csv(out / "actions.csv", ACTION_COLUMNS, actions)
    write_csv(out / "followups.csv", FOLLOWUP_COLUMNS, followups)
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
