"""The Word reader on small hand-written bodies: each wrapper Word writes around text, and the
text Word keeps but does not show."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from bilan.extract.docx import read_docx
from bilan.extract.model import Paragraph, Table

NAMESPACES = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
    'mc:Ignorable="w15"')
REV = 'w:id="1" w:author="A" w:date="2009-03-30T10:00:00Z"'


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from docx import Document

    path = tmp_path_factory.mktemp("template") / "vide.docx"
    Document().save(str(path))
    return path


@pytest.fixture
def read(template: Path, tmp_path: Path):
    """Read a Word file whose body is the given XML."""
    def run(body: str):
        xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {NAMESPACES}><w:body>{body}</w:body></w:document>'
        path = tmp_path / "doc.docx"
        with zipfile.ZipFile(template) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
            for info in src.infolist():
                data = xml.encode("utf-8") if info.filename == "word/document.xml" else src.read(info.filename)
                dst.writestr(info, data)
        return read_docx(path)
    return run


def r(text: str, rpr: str = "", tag: str = "t") -> str:
    return f'<w:r>{f"<w:rPr>{rpr}</w:rPr>" if rpr else ""}<w:{tag} xml:space="preserve">{text}</w:{tag}></w:r>'


def p(*content: str, ppr: str = "") -> str:
    return f'<w:p>{f"<w:pPr>{ppr}</w:pPr>" if ppr else ""}{"".join(content)}</w:p>'


def texts(doc) -> list[str]:
    return [b.text for b in doc.blocks if isinstance(b, Paragraph)]


def marked(paragraph: Paragraph, mark: str) -> str:
    return "".join(s.text for s in paragraph.spans if getattr(s, mark))


def test_tracked_insertions_are_read_and_deletions_never(read):
    doc = read(p(r("Une "), f"<w:ins {REV}>{r('action ajoutée', '<w:b/>')}</w:ins>",
                 f"<w:del {REV}>{r(' effacée', tag='delText')}</w:del>",
                 f"<w:del {REV}>{r(' effacée aussi')}</w:del>", r(" ici")))
    (paragraph,) = doc.blocks
    assert paragraph.text == "Une action ajoutée ici"
    assert marked(paragraph, "bold") == "action ajoutée"


def test_a_move_is_read_where_it_lands_only(read):
    doc = read(p(f"<w:moveFrom {REV}>{r('Déplacé ')}</w:moveFrom>", r("Reste")) +
               p('<w:moveToRangeStart w:id="2" w:name="m1"/>', f"<w:moveTo {REV}>{r('Déplacé')}</w:moveTo>",
                 '<w:moveToRangeEnd w:id="2"/>'))
    assert texts(doc) == ["Reste", "Déplacé"]


def test_smart_tags_simple_fields_custom_xml_and_inline_controls_keep_the_run_marks(read):
    doc = read(p(
        '<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="place">',
        r("Québec", '<w:u w:val="single"/>'), "</w:smartTag>",
        r(" le 1"),
        '<w:fldSimple w:instr=" MERGEFIELD x ">', r("er", '<w:vertAlign w:val="superscript"/>'), "</w:fldSimple>",
        '<w:customXml w:element="mot">', r(" mars", "<w:i/>"), "</w:customXml>",
        '<w:sdt><w:sdtPr><w:alias w:val="c"/><w:text/></w:sdtPr><w:sdtContent>', r(" 2009", "<w:b/>"),
        "</w:sdtContent></w:sdt>",
        '<w:hyperlink r:id="x" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
        '<w:smartTag w:element="x">', r(" (lien)"), "</w:smartTag></w:hyperlink>"))
    (paragraph,) = doc.blocks
    assert paragraph.text == "Québec le 1er mars 2009 (lien)"
    assert marked(paragraph, "underline") == "Québec"
    assert marked(paragraph, "superscript") == "er"
    assert marked(paragraph, "italic") == " mars"
    assert marked(paragraph, "bold") == " 2009"


def _field(instruction: str, *result: str, separate: bool = True) -> list[str]:
    out = ['<w:r><w:fldChar w:fldCharType="begin"/></w:r>', r(instruction, tag="instrText")]
    if separate:
        out.append('<w:r><w:fldChar w:fldCharType="separate"/></w:r>')
        out.extend(result)
    return out + ['<w:r><w:fldChar w:fldCharType="end"/></w:r>']


def test_a_complex_field_shows_its_result_not_its_instruction(read):
    nested = _field(" REF nom ", r("NOMCACHÉ"))  # a field inside another's instruction
    doc = read(
        p(r("Avant "), *_field(" MERGEFIELD Action ", r("visible")), r(" après")) +
        p(r("Vide"), *_field(" SET cache \"CACHÉ\" ", separate=False), r(".")) +
        p(*['<w:r><w:fldChar w:fldCharType="begin"/></w:r>', r(" IF "), *nested, r(' = 1 "x" '),
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>', r("résultat"),
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>']) +
        # a result that runs over two paragraphs (a table of contents)
        p('<w:r><w:fldChar w:fldCharType="begin"/></w:r>', r(" TOC ", tag="instrText"),
          '<w:r><w:fldChar w:fldCharType="separate"/></w:r>', r("Section 1")) +
        p(r("Section 2"), '<w:r><w:fldChar w:fldCharType="end"/></w:r>') +
        # a field never closed in its paragraph does not hide the rest of the document
        p('<w:r><w:fldChar w:fldCharType="begin"/></w:r>', r(" PAGE ", tag="instrText")) +
        p(r("Toujours lu")))
    assert texts(doc) == ["Avant visible après", "Vide.", "résultat", "Section 1", "Section 2", "",
                          "Toujours lu"]


def test_tabs_breaks_hyphens_symbols_and_hidden_text(read):
    doc = read(p('<w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t><w:noBreakHyphen/><w:t>d</w:t></w:r>',
                 '<w:r><w:sym w:font="Symbol" w:char="F0B7"/><w:t xml:space="preserve"> point</w:t></w:r>',
                 '<w:r><w:sym w:font="Wingdings" w:char="F0FC"/><w:sym w:font="Wingdings 2" w:char="F04A"/></w:r>',
                 '<w:r><w:sym w:font="Arial" w:char="2013"/><w:sym w:font="Arial" w:char="zz"/></w:r>',
                 r(" caché", "<w:vanish/>"), r(" montré", '<w:vanish w:val="0"/>')))
    (paragraph,) = doc.blocks
    assert paragraph.text == "a\tb\nc-d• point✓•– montré"


TEXT_BOX = (
    '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:docPr id="1" name="z"/>'
    '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
    '<wps:wsp><wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx></wps:wsp>'
    '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
    '<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape>'
    '</w:pict></mc:Fallback></mc:AlternateContent></w:r>')


def test_a_text_box_is_read_once_in_its_paragraph(read):
    inner = p(r("Titre de la section", "<w:b/>")) + p(r("sur deux lignes"))
    doc = read(p(TEXT_BOX.format(inner=inner), ppr='<w:pStyle w:val="Heading1"/>') + p(r("Suite")))
    heading, after = doc.blocks
    assert " ".join(heading.text.split()) == "Titre de la section sur deux lignes"
    assert heading.style == "Heading 1"
    assert marked(heading, "bold") == "Titre de la section"
    assert after.text == "Suite"


def test_a_fallback_is_read_when_there_is_no_choice(read):
    box = ('<w:r><mc:AlternateContent><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>'
           f'{p(r("Seulement la copie VML"))}</w:txbxContent></v:textbox></v:shape></w:pict>'
           '</mc:Fallback></mc:AlternateContent></w:r>')
    (paragraph,) = read(p(r("Note :"), box)).blocks
    assert " ".join(paragraph.text.split()) == "Note : Seulement la copie VML"


def cell(*paragraphs: str, tcpr: str = "") -> str:
    return f'<w:tc>{f"<w:tcPr>{tcpr}</w:tcPr>" if tcpr else ""}{"".join(paragraphs) or p()}</w:tc>'


def row(*cells: str, trpr: str = "") -> str:
    return f'<w:tr>{f"<w:trPr>{trpr}</w:trPr>" if trpr else ""}{"".join(cells)}</w:tr>'


def table(*rows: str) -> str:
    grid = "<w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
    return f"<w:tbl><w:tblPr/>{grid}{''.join(rows)}</w:tbl>"


def sdt(content: str, extra: str = "") -> str:
    return f'<w:sdt><w:sdtPr><w:alias w:val="c"/>{extra}</w:sdtPr><w:sdtContent>{content}</w:sdtContent></w:sdt>'


def grid(t: Table) -> list[list[str | None]]:
    return [[None if c.merged else c.text for c in rw.cells] for rw in t.rows]


def test_paragraphs_and_tables_in_block_controls_and_custom_xml(read):
    doc = read(sdt(p(r("Dans un contrôle")) + table(row(cell(p(r("a"))), cell(p(r("b"))), cell(p(r("c")))))) +
               '<w:customXml w:element="plan">' + table(row(cell(p(r("d"))), cell(p(r("e"))), cell(p(r("f"))))) +
               "</w:customXml>" + p(r("Fin")))
    kinds = [type(b).__name__ for b in doc.blocks]
    assert kinds == ["Paragraph", "Table", "Table", "Paragraph"]
    assert grid(doc.blocks[1]) == [["a", "b", "c"]]
    assert grid(doc.blocks[2]) == [["d", "e", "f"]]
    assert [doc.blocks[0].text, doc.blocks[3].text] == ["Dans un contrôle", "Fin"]


def test_rows_and_cells_in_controls_and_custom_xml_are_rows_and_cells_deleted_rows_are_not(read):
    header = row(cell(p(r("Objectif"))), cell(p(r("Actions"))), cell(p(r("Suivi"))),
                 trpr='<w:tblHeader/>')
    first = row(cell(p(r("O1")), tcpr='<w:vMerge w:val="restart"/>'), sdt(cell(p(r("A1")))),
                '<w:customXml w:element="suivi">' + cell(p(r("S1"))) + "</w:customXml>")
    inserted = row(cell(tcpr="<w:vMerge/>"), cell(p(r("A2"))), cell(p(r("S2"))), trpr=f"<w:ins {REV}/>")
    deleted = row(cell(p(f"<w:del {REV}>{r('O9', tag='delText')}</w:del>")),
                  cell(p(f"<w:del {REV}>{r('A9', tag='delText')}</w:del>")), cell(p(r("S9"))),
                  trpr=f"<w:del {REV}/>")
    spanning = row(cell(p(r("O3 et A3")), tcpr='<w:gridSpan w:val="2"/>'), cell(p(r("S3"))))
    body = table(header,
                 sdt(sdt(first, "<w15:repeatingSectionItem/>") + sdt(inserted, "<w15:repeatingSectionItem/>"),
                     "<w15:repeatingSection/>"),
                 deleted,
                 '<w:customXml w:element="ligne">' + spanning + "</w:customXml>",
                 row(cell(p(r("O4"))), cell(p(r("A4"))), cell(p(r("S4"))), trpr='<w:gridBefore w:val="0"/>'))
    (t,) = read(body).blocks
    assert grid(t) == [["Objectif", "Actions", "Suivi"], ["O1", "A1", "S1"], [None, "A2", "S2"],
                       ["O3 et A3", None, "S3"], ["O4", "A4", "S4"]]
    assert [rw.repeat_header for rw in t.rows] == [True, False, False, False, False]


def test_styles_lists_and_nested_tables_in_cells(read):
    nested = table(row(cell(p(r("x"))), cell(p(r("y"))), cell()))
    doc = read(p(r("Titre"), ppr='<w:pStyle w:val="Heading1"/>') +
               p(r("puce"), ppr='<w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr>') +
               p(r("sans"), ppr='<w:numPr><w:numId w:val="0"/></w:numPr>') +
               p(r("style"), ppr='<w:pStyle w:val="ListBullet"/>') +
               table(row(cell(p(r("avant")), nested, p(r("après"))), cell(), cell())))
    heading, bullet, plain, styled, t = doc.blocks
    assert (heading.style, heading.list_item) == ("Heading 1", False)
    assert (bullet.style, bullet.list_item) == ("Normal", True)
    assert plain.list_item is False and styled.list_item is True
    assert [pp.text for pp in t.rows[0].cells[0].paragraphs] == ["avant", "x", "y", "après"]


def test_a_content_control_showing_its_prompt_is_not_text(read):
    prompt = sdt(r("Cliquez ici pour entrer du texte."), "<w:showingPlcHdr/>")
    filled = sdt(r("Comité régional"), '<w:showingPlcHdr w:val="0"/>')
    doc = read(p(r("Responsable : "), prompt) + p(r("Partenaire : "), filled) +
               sdt(p(r("Cliquez ici pour entrer du texte.")), "<w:showingPlcHdr/>"))
    assert texts(doc) == ["Responsable : ", "Partenaire : Comité régional"]


def test_a_deleted_paragraph_mark_joins_the_paragraph_to_the_next(read):
    mark = f'<w:rPr><w:del {REV}/></w:rPr>'
    cell_xml = ('<w:tc>' + p(r("-Premier point "), ppr=mark) + p(r("suite du point")) +
                p(f"<w:del {REV}>{r('-Point retiré', tag='delText')}</w:del>", ppr=mark) +
                p(r("-Second point")) + '</w:tc>')
    doc = read(p(r("Début, "), ppr=mark) + p(r("fin.")) + f"<w:tbl><w:tblPr/><w:tr>{cell_xml}</w:tr></w:tbl>")
    paragraph, t = doc.blocks
    assert paragraph.text == "Début, fin."
    assert [pp.text for pp in t.rows[0].cells[0].paragraphs] == ["-Premier point suite du point", "-Second point"]
