"""The Word family (tests/word_family.py): every spec saved with each wrapper Word writes
around text (tracked insertions and deletions, moves, smart tags, fields, content controls
around runs, rows and tables, custom XML, text boxes) must give exactly the spec's expected
rows, and nothing Word keeps hidden may reach an output."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import diff_rows, read_rows
from bilan.extract import read
from bilan.extract.model import Table
import word_family

ACTION_FIELDS = ["action_id", "section", "objective", "action", "responsible", "deadline_text",
                 "deadline_kind", "deadline_start", "deadline_end", "followup_count"]
# the fields tests/test_end_to_end.py compares for the sample, tests/test_variants.py for variants
ITEM_FIELDS = ["action_id", "item_no", "channel", "text", "date_text", "date_start", "date_end",
               "date_precision", "raw"]
VARIANT_ITEM_FIELDS = ["action_id", "item_no", "channel", "text", "date_start", "date_end",
                       "date_precision"]

SPECS = word_family.specs()
MEMBERS = [(name, wrapper) for name in SPECS for wrapper in word_family.WRAPPERS]


@pytest.fixture(scope="session")
def family(tmp_path_factory: pytest.TempPathFactory):
    """(Word file, converted output folder) of one member, each built and converted once."""
    folder = tmp_path_factory.mktemp("word-family")
    plain: dict[str, Path] = {}
    done: dict[tuple[str, str], tuple[Path, Path]] = {}

    def get(name: str, wrapper: str) -> Path:
        if (name, wrapper) not in done:
            import bilan

            spec, _ = SPECS[name]
            if name not in plain:
                plain[name] = folder / f"{name}.docx"
                word_family.build_plain(spec, plain[name])
            source = word_family.rewrite(plain[name], folder / f"{name}-{wrapper}.docx", spec, wrapper)
            result = bilan.convert(source)
            assert result.failed == []
            out = folder / f"{name}-{wrapper}"
            result.write(out, formats=("csv",))
            done[(name, wrapper)] = source, out
        return done[(name, wrapper)]

    return get


@pytest.mark.parametrize("name,wrapper", MEMBERS, ids=[f"{n}-{w}" for n, w in MEMBERS])
def test_member_gives_the_expected_rows(family, name: str, wrapper: str):
    source, out = family(name, wrapper)
    _, expected = SPECS[name]
    assert diff_rows(read_rows(expected / "actions.csv"), read_rows(out / "actions.csv"), ACTION_FIELDS) == []
    fields = ITEM_FIELDS if expected.name == "seed" else VARIANT_ITEM_FIELDS
    assert diff_rows(read_rows(expected / "followups.csv"), read_rows(out / "followups.csv"), fields) == []
    (document,) = read_rows(out / "documents.csv")
    assert document["chars_unaccounted"] == "0"
    for produced in out.glob("*.csv"):
        assert word_family.HIDDEN not in produced.read_text(encoding="utf-8"), produced.name
    # nor in what the reader hands on, from which every other output is made
    assert word_family.HIDDEN not in _all_text(read(source))


def _all_text(doc) -> str:
    parts = []
    for block in doc.blocks:
        if isinstance(block, Table):
            parts.extend(cell.text for row in block.rows for cell in row.cells)
        else:
            parts.append(block.text)
    return "\n".join(parts)


def test_the_family_hides_text_and_wraps_every_kind(tmp_path: Path):
    """The members really hold what they claim: hidden words in the XML, every wrapper."""
    import zipfile

    spec, _ = SPECS["bilan-2006-2008"]
    plain = tmp_path / "plain.docx"
    word_family.build_plain(spec, plain)
    tags = {"tracked": ("<w:ins ", "<w:del ", "<w:delText"), "moved": ("<w:moveTo ", "<w:moveFrom "),
            "smart_tags_fields": ("<w:smartTag ", "<w:fldSimple "),
            "complex_fields": ("w:fldCharType=\"separate\"", "<w:instrText"),
            "inline_controls": ("<w:sdtContent><w:r>",), "row_controls": ("<w:sdtContent><w:tr>",),
            "table_controls": ("<w:sdtContent><w:tbl>",), "custom_xml": ("<w:customXml ",),
            "text_boxes": ("<mc:Choice ", "<mc:Fallback>", "<w:txbxContent>")}
    assert set(tags) == set(word_family.WRAPPERS)
    for wrapper, needles in tags.items():
        path = word_family.rewrite(plain, tmp_path / f"{wrapper}.docx", spec, wrapper)
        xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
        for needle in needles:
            assert needle in xml, (wrapper, needle)
        if wrapper in ("tracked", "moved", "complex_fields"):
            assert word_family.HIDDEN in xml
