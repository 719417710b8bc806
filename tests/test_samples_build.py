"""samples/make_samples.py draws the spec as a Word document like the real report."""
import json
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

import scripts

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "samples" / "bilan-2006-2008.json"


def test_build_docx_from_spec(tmp_path):
    make_samples = scripts.make_samples()
    spec = json.loads(SPEC.read_text(encoding="utf-8"))
    out = tmp_path / "bilan.docx"
    make_samples.build_docx(spec, out)

    doc = Document(str(out))
    n_tables = sum(len(s["tables"]) for s in spec["sections"])
    assert len(doc.tables) == n_tables

    for table in doc.tables:
        trPr = table._tbl.tr_lst[0].trPr
        assert trPr is not None and trPr.find(qn("w:tblHeader")) is not None

    # Objectif of the first table: one cell merged down over its four actions, text held once
    first = doc.tables[0]._tbl
    col0 = [tr.tc_lst[0] for tr in first.tr_lst[1:]]
    vmerge = [tc.tcPr.find(qn("w:vMerge")) if tc.tcPr is not None else None for tc in col0]
    assert vmerge[0] is not None and vmerge[0].get(qn("w:val")) == "restart"
    assert all(v is not None and v.get(qn("w:val")) in (None, "continue") for v in vmerge[1:])
    objective = spec["sections"][0]["tables"][0]["rows"][0]["objective"]
    texts = ["".join(t.text or "" for t in tc.iter(qn("w:t"))) for tc in col0]
    assert texts == [objective] + [""] * (len(col0) - 1)

    runs = [run for p in doc.element.body.iter(qn("w:p")) for run in Paragraph(p, None).runs]
    assert any(r.text == "Concert'action" and r.underline for r in runs)
    assert any(r.text == "er" and r.font.superscript for r in runs)
    assert any(r.text == "1" and r.font.superscript for r in runs)  # the footnote mark

    section = doc.sections[0]
    assert section.page_width > section.page_height
