"""Build the documents of one invented Table's series of bilans and the links expected over them.

    python tests/data/series/build.py            # DOCX, PDF and expected CSVs
    python tests/data/series/build.py --no-pdf   # leave the committed PDFs alone

The three specs (bilan-vallee-*.json, format: samples/SPEC_FORMAT.md) are one Table's bilans
over three plans. Beyond the sample's keys, every row's `expect` says by hand which action it
is over the years: `track` (a label shared by the rows that are one action), `link` (first,
same, reworded, after_gap, as tracks.csv says it), optionally `kind` (the kind of rewording) and
`lookalike_of` (labels of actions it shares a theme or a partner with but is not).

Rows are kept whole on a page (Word's "allow row to break across pages" off): these documents
test the linking over the years, not the reading of rows cut by a page break.

Writes, beside the specs: <name>.docx, <name>.pdf (LibreOffice), and tracks_expected.csv
(document, action_id, track, link, lookalike_of). The documents are drawn by
samples/make_samples.py, the expected rows by tests/variants/build.py; nothing is parsed.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
if str(ROOT / "tests") not in sys.path:  # run as a script: tests/scripts.py loads the builders
    sys.path.insert(0, str(ROOT / "tests"))

import scripts  # noqa: E402
NAMES = ("bilan-vallee-2008-2009", "bilan-vallee-2009-2010", "bilan-vallee-2010-2012")


def load(name: str) -> dict:
    return json.loads((HERE / f"{name}.json").read_text(encoding="utf-8"))


def expected_links() -> list[dict]:
    """One row per action of the series, from the specs' hand-written track labels."""
    variants = scripts.variants_build()
    rows = []
    for name in NAMES:
        spec = load(name)
        actions, _, _ = variants.expected_rows(spec)
        specs = [r for s in spec["sections"] for t in s["tables"] for r in t["rows"] if not r.get("continuation")]
        for action, row in zip(actions, specs, strict=True):
            expect = row["expect"]
            rows.append({"document": name, "action_id": action["action_id"], "track": expect["track"],
                         "link": expect["link"], "lookalike_of": ";".join(expect.get("lookalike_of", []))})
    return rows


def keep_rows_whole(docx_path: Path, make_samples) -> None:
    """Forbid every table row to break across pages (w:cantSplit)."""
    import tempfile

    from docx import Document
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    doc = Document(str(docx_path))
    for table in doc.tables:
        for row in table.rows:
            tr_pr = row._tr.get_or_add_trPr()
            if tr_pr.find(qn("w:cantSplit")) is None:
                tr_pr.insert(0, OxmlElement("w:cantSplit"))
    with tempfile.TemporaryDirectory() as tmp:
        saved = Path(tmp) / docx_path.name
        doc.save(str(saved))
        make_samples._normalize_zip(saved, docx_path)  # fixed zip dates: byte-identical rebuilds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-pdf", action="store_true", help="do not rebuild the PDFs")
    args = parser.parse_args(argv)
    make_samples = scripts.make_samples()
    variants = scripts.variants_build()
    for name in NAMES:
        docx_path = HERE / f"{name}.docx"
        make_samples.build_docx(load(name), docx_path, ruled=True)
        keep_rows_whole(docx_path, make_samples)
        if not args.no_pdf:
            make_samples.docx_to_pdf(docx_path, HERE)
        print(f"wrote {docx_path.name}" + ("" if args.no_pdf else f", {name}.pdf"))
    variants.write_csv(HERE / "tracks_expected.csv", ["document", "action_id", "track", "link", "lookalike_of"],
                       expected_links())
    print("wrote tracks_expected.csv")
    return 0


if __name__ == "__main__":
    sys.exit(main())
