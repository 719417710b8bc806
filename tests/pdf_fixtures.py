"""Small bilan-like PDFs drawn with reportlab for the PDF reader's tests.

Landscape letter, DejaVu Sans (for "é", "✕", "▪"). A table is drawn from rows of cells; a cell
is a list of paragraphs, each a plain string (wrapped to the cell's width like a word processor
does) or a list of runs `(text, marks)` drawn on one line, marks among "underline" (a stroked
line), "underline-rect" (a thin filled rectangle), "sup" (smaller and raised), "bold".
A cell given as None is covered by the merged cell above it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
REG, BOLD = "DejaVu", "DejaVu-Bold"
PAGE_W, PAGE_H = landscape(letter)  # 792 x 612
SIZE, LEAD, PAD = 9.0, 11.0, 5.0

_registered = False


def _register() -> None:
    global _registered
    if not _registered:
        pdfmetrics.registerFont(TTFont(REG, FONT_DIR + "DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont(BOLD, FONT_DIR + "DejaVuSans-Bold.ttf"))
        _registered = True


Run = tuple[str, tuple[str, ...]]

HEADER = ["Objectif", "Actions", "Responsable", "Échéancier", "Suivi en date du 31 mars 2009"]
COLS = [36.0, 176.0, 336.0, 426.0, 506.0, 756.0]

FOLLOW_UP = [
    [("Concert'action", ("underline",))],
    "-Immigration (09/03/09)",
    "-Aînés (23/02/09)",
    [("-Rencontre avec le 1", ()), ("er", ("sup",)), (" Ministre (février 2008)", ())],
]
ROWS = [
    [["1.1 Soutenir les organismes communautaires du territoire"], ["Tenir un forum régional"],
     ["CDC"], ["2008"], ["Forum tenu le 12 mai 2008"]],
    [["1.2 Favoriser la concertation"], ["Participer aux tables de concertation"],
     ["Comité"], ["2008-2009"], FOLLOW_UP],
    [None, ["Diffuser l'information"], ["CLD"], ["2009"], ["À venir"]],
]
# What the reader should give for ROWS: per row, per cell, paragraph texts (None = merged).
EXPECTED = [
    [["1.1 Soutenir les organismes communautaires du territoire"], ["Tenir un forum régional"],
     ["CDC"], ["2008"], ["Forum tenu le 12 mai 2008"]],
    [["1.2 Favoriser la concertation"], ["Participer aux tables de concertation"], ["Comité"],
     ["2008-2009"], ["Concert'action", "-Immigration (09/03/09)", "-Aînés (23/02/09)",
                     "-Rencontre avec le 1er Ministre (février 2008)"]],
    [None, ["Diffuser l'information"], ["CLD"], ["2009"], ["À venir"]],
]


@dataclass
class _Placed:
    lines: list[list[Run]] = field(default_factory=list)


class Sheet:
    """A reportlab canvas with the few drawing helpers the fixtures need (top-down y)."""

    def __init__(self, path: str):
        _register()
        self.c = canvas.Canvas(path, pagesize=(PAGE_W, PAGE_H))
        self.c.setLineWidth(0.5)

    def y(self, top: float) -> float:
        return PAGE_H - top

    def runs(self, x: float, baseline: float, runs: list[Run], size: float = SIZE,
             bold: bool = False) -> float:
        c = self.c
        for text, marks in runs:
            font = BOLD if bold or "bold" in marks else REG
            fs = size * 0.6 if "sup" in marks else size
            rise = size * 0.35 if "sup" in marks else 0.0
            t = c.beginText()
            t.setTextOrigin(x, self.y(baseline) + rise)
            t.setFont(font, fs)
            t.textOut(text)
            c.drawText(t)
            w = pdfmetrics.stringWidth(text, font, fs)
            if "underline" in marks:
                c.setLineWidth(0.6)
                c.line(x, self.y(baseline + 1.4), x + w, self.y(baseline + 1.4))
                c.setLineWidth(0.5)
            if "underline-rect" in marks:
                c.rect(x, self.y(baseline + 1.8), w, 0.6, stroke=0, fill=1)
            x += w
        return x

    def text(self, x: float, baseline: float, text: str, size: float = SIZE, bold: bool = False) -> None:
        self.runs(x, baseline, [(text, ())], size=size, bold=bold)

    def hline(self, x0: float, x1: float, top: float) -> None:
        self.c.line(x0, self.y(top), x1, self.y(top))

    def vrect(self, x: float, top: float, bottom: float) -> None:
        """A vertical border drawn as a thin filled rectangle, as Word/LibreOffice do."""
        self.c.rect(x - 0.25, self.y(bottom), 0.5, bottom - top, stroke=0, fill=1)

    def hrect(self, x0: float, x1: float, top: float) -> None:
        self.c.rect(x0, self.y(top) - 0.25, x1 - x0, 0.5, stroke=0, fill=1)

    def new_page(self) -> None:
        self.c.showPage()

    def save(self) -> None:
        self.c.save()

    def table(self, top: float, rows: list[list], cols: list[float] = COLS, *, header=HEADER,
              ruled: bool = True, pad: float = PAD, shaded: bool = False,
              wrap_spaces: bool = False, open_top: bool = False, open_bottom: bool = False) -> float:
        """Draw a table (header row first when given); returns its bottom.

        ruled=False draws no border but a rule under the header row, or with shaded=True a
        grey background behind each header cell instead (no rule at all). wrap_spaces prints
        the space each wrapped line ends with, as LibreOffice does. open_top / open_bottom
        leave out the rule over the first row / under the last one, as a browser or reportlab
        does where a page cuts a row."""
        all_rows = ([[[[(h, ("bold",))]] for h in header]] if header else []) + rows
        placed = [[self._place(cell, cols[k + 1] - cols[k] - 2 * pad, wrap_spaces)
                   for k, cell in enumerate(row)]
                  for row in all_rows]
        # a cell merged down (None below it) flows into the rows it covers: it sets no height
        heights = [2 * pad + LEAD * max((len(p.lines) for k, p in enumerate(row) if p is not None
                                         and not (r + 1 < len(placed) and placed[r + 1][k] is None)),
                                        default=1)
                   for r, row in enumerate(placed)]
        tops = [top]
        for h in heights:
            tops.append(tops[-1] + h)
        if shaded and header:
            self.c.setFillGray(0.85)
            for k in range(len(cols) - 1):
                self.c.rect(cols[k], self.y(tops[1]), cols[k + 1] - cols[k], heights[0],
                            stroke=0, fill=1)
            self.c.setFillGray(0)
        for r, row in enumerate(placed):
            for k, cell in enumerate(row):
                if cell is None:
                    continue
                for i, line in enumerate(cell.lines):
                    self.runs(cols[k] + pad, tops[r] + pad + SIZE + i * LEAD, line)
        bottom = tops[-1]
        if ruled:
            for x in cols:
                self.vrect(x, top, bottom)
            if not open_top:
                self.hrect(cols[0], cols[-1], top)
            if not open_bottom:
                self.hrect(cols[0], cols[-1], bottom)
            for r in range(1, len(all_rows)):
                for k in range(len(cols) - 1):
                    if placed[r][k] is not None:  # no border inside a vertically merged cell
                        self.hline(cols[k], cols[k + 1], tops[r])
        elif header and not shaded:
            self.hline(cols[0], cols[-1], tops[1] - 1)
        return bottom

    @staticmethod
    def _place(cell, width: float, wrap_spaces: bool = False) -> _Placed | None:
        if cell is None:
            return None
        out = _Placed()
        for para in cell:
            if isinstance(para, str):
                lines = simpleSplit(para, REG, SIZE, width)
                for i, line in enumerate(lines):
                    space = " " if wrap_spaces and i < len(lines) - 1 else ""
                    out.lines.append([(line + space, ())])
            else:
                runs = list(para)
                w = sum(pdfmetrics.stringWidth(t, BOLD if "bold" in m else REG,
                                               SIZE * (0.6 if "sup" in m else 1)) for t, m in runs)
                if w > width:
                    raise ValueError(f"line does not fit its cell: {runs!r}")
                out.lines.append(runs)
        return out


def rows_with_underline(mark: str) -> list[list]:
    """ROWS with the channel line underlined by `mark` ("underline" or "underline-rect")."""
    follow_up = [[("Concert'action", (mark,))]] + FOLLOW_UP[1:]
    return ROWS[:1] + [ROWS[1][:4] + [follow_up]] + ROWS[2:]


def ruled_table_pdf(path: str, underline: str = "underline") -> str:
    s = Sheet(path)
    s.table(60, rows_with_underline(underline))
    s.save()
    return path


def borderless_table_pdf(path: str) -> str:
    s = Sheet(path)
    s.table(60, ROWS, ruled=False)
    s.save()
    return path


def two_page_table_pdf(path: str) -> str:
    """A ruled table whose third row goes to page 2 under the repeated header."""
    s = Sheet(path)
    s.table(60, ROWS[:2])
    s.new_page()
    s.table(60, [[["1.3 Informer la population"]] + ROWS[2][1:]])
    s.save()
    return path


def shaded_header_pdf(path: str) -> str:
    """A borderless table whose header cells are shaded (pdfplumber sees a one-row grid)."""
    s = Sheet(path)
    s.table(60, ROWS, ruled=False, shaded=True)
    s.save()
    return path


FLOW_OBJECTIVE = ("Favoriser l'intégration en emploi des personnes éloignées du marché du "
                  "travail dans toutes les municipalités de la région")


def borderless_flow_pdf(path: str) -> str:
    """A borderless table without cell padding whose Objectif cell, merged down over two
    actions, is longer than the first action's row: its text runs on into the second row."""
    s = Sheet(path)
    s.table(60, [[[FLOW_OBJECTIVE], ["Projet d'insertion"], ["2010-2011"], ["Carrefours"],
                  ["Cohorte de 14 participants"]],
                 [None, ["Répertoire des entreprises"], ["Décembre 2010"], ["Pôle régional"],
                  ["Répertoire diffusé le 10/12/2010"]]],
            ruled=False, pad=0.0)
    s.save()
    return path


def borderless_two_page_pdf(path: str) -> str:
    """A borderless table whose last row goes to page 2, where the header is not repeated."""
    s = Sheet(path)
    s.table(60, ROWS[:2], ruled=False)
    s.new_page()
    s.table(60, [[["1.3 Informer la population"]] + ROWS[2][1:]], header=None, ruled=False)
    s.save()
    return path


WRAP_LINES = ["-Participation au comité régional (05-11-", "07) et rencontre des partenaires"]
WRAP_AFTER = "Suite prévue en 2009"
WRAP_LONG = ("Les membres du comité ont convenu de poursuivre les travaux avec les "
             "organismes du milieu au cours de la prochaine année")


def wrapped_cell_pdf(path: str) -> str:
    """A cell holding a bullet item wrapped after a hyphen, a short line, then a long paragraph.

    The first line is as wide as the column allows: "07)" does not fit after it, as a word
    processor would have decided.
    """
    _register()
    first = pdfmetrics.stringWidth(WRAP_LINES[0], REG, SIZE)
    width = first + pdfmetrics.stringWidth(" 07", REG, SIZE) - 1.0
    cols = [36.0, 236.0, 236.0 + width + 2 * PAD]
    s = Sheet(path)
    cell = [[(WRAP_LINES[0], ())], [(WRAP_LINES[1], ())], WRAP_AFTER, WRAP_LONG]
    s.table(60, [[["Objectif 3"], cell]], cols=cols, header=["Objectif", "Suivi"])
    s.save()
    return path


def force_break(word: str, width: float) -> list[str]:
    """Break a word too long for `width` where the next char would not fit, as Writer does."""
    _register()
    out = []
    while pdfmetrics.stringWidth(word, REG, SIZE) > width:
        n = max(i for i in range(1, len(word)) if pdfmetrics.stringWidth(word[:i], REG, SIZE) <= width)
        out.append(word[:n])
        word = word[n:]
    return out + [word]


NARROW = 52.0  # text width of the narrow deadline column in broken_word_pdf
FULL_WORD = "Répertoire"  # fills NARROW so that not even "d" fits after it


def broken_word_pdf(path: str) -> str:
    """A narrow column: a word broken without a hyphen, and a wrap after "Responsable/"."""
    pieces = force_break("Annuellement", NARROW)
    cols = [36.0, 176.0, 176.0 + NARROW + 2 * PAD, 420.0]
    s = Sheet(path)
    s.table(60, [[["Objectif 5"], [[(p, ())] for p in pieces], ["Suivi annuel"]],
                 [["Objectif 6"], [[("Comité", ())], [("régional", ())]], ["Suivi"]],
                 [["Objectif 7"], [[(FULL_WORD + " ", ())], [("diffusé", ())]], ["Suivi"]]],
            cols=cols, header=["Objectif", "Échéance", "Suivi"])
    s.save()
    return path


def broken_or_wrapped_pdf(path: str) -> tuple[str, list[list[str]]]:
    """A column just wide enough for "alimentation": a wrap after it, words broken where the
    next char would not fit, alone on their line (as reportlab does) or after another word
    (as Writer does). Returns the path and each row's printed lines."""
    _register()
    width = pdfmetrics.stringWidth("alimentation", REG, SIZE) + 0.5
    lines = [["alimentation", "saine et"], force_break("Annuellement", width),
             force_break("Un renouvellement", width)]
    cols = [36.0, 176.0, 176.0 + width + 2 * PAD, 420.0]
    s = Sheet(path)
    s.table(60, [[[f"Objectif {n}"], [[(ln, ())] for ln in row], ["Suivi"]] for n, row in enumerate(lines)],
            cols=cols, header=["Objectif", "Échéance", "Suivi"])
    s.save()
    return path, lines


def dash_broken_pdf(path: str) -> str:
    """A column as narrow as a year: ranges broken around their dash ("2016" / "-" / "2017",
    "2016" / "-2018"), and beside them a list whose item opens on a dash and a number under a
    line ending in a year ("(mars 2017)" / "-2 rencontres")."""
    _register()
    width = pdfmetrics.stringWidth("-2018", REG, SIZE) + 0.5
    cols = [36.0, 176.0, 176.0 + width + 2 * PAD, 420.0]
    s = Sheet(path)
    s.table(60, [[["Objectif 1"], [[("2016", ())], [("-", ())], [("2017", ())]], ["Suivi"]],
                 [["Objectif 2"], [[("2016", ())], [("-2018", ())]],
                  [[("-Terrain cédé (mars 2017)", ())], [("-2 rencontres", ())]]]],
            cols=cols, header=["Objectif", "Date", "Suivi"])
    s.save()
    return path


SLASH_BROKEN = ["Comité de", "travail/Ressour", "ce de la CRÉ,", "de ce comité"]


def slash_broken_pdf(path: str) -> str:
    """A column exactly as wide as "travail/Ressour": Writer breaks the compound, too long
    for the column, without a hyphen inside "Ressource" (and "ce" is a word printed whole
    elsewhere in the cell)."""
    _register()
    width = pdfmetrics.stringWidth(SLASH_BROKEN[1], REG, SIZE) + 0.5
    assert pdfmetrics.stringWidth(SLASH_BROKEN[1] + "c", REG, SIZE) > width
    assert all(pdfmetrics.stringWidth(ln, REG, SIZE) < width for ln in SLASH_BROKEN)
    cols = [36.0, 176.0, 176.0 + width + 2 * PAD, 420.0]
    s = Sheet(path)
    s.table(60, [[["Objectif 1"], [[(ln, ())] for ln in SLASH_BROKEN], ["Suivi"]]],
            cols=cols, header=["Objectif", "Responsable", "Suivi"])
    s.save()
    return path


FULL_PARAGRAPHS = ["Collecte des données terminée en décembre 2009",
                   "Rédaction en cours; diffusion reportée à l'automne, après la consultation "
                   "des membres de la Table et des partenaires du milieu régional, puis la "
                   "présentation du portrait aux élus municipaux et aux organismes communautaires "
                   "de chacune des municipalités régionales de comté"]


def full_line_paragraphs_pdf(path: str, wrap_spaces: bool = True) -> str:
    """Two paragraphs in a cell, the first as wide as its line (the next word would not fit):
    only the space a producer like LibreOffice prints at each wrap tells where it ends."""
    _register()
    width = pdfmetrics.stringWidth(FULL_PARAGRAPHS[0], REG, SIZE) + 8.0
    cols = [36.0, 176.0, 176.0 + width + 2 * PAD]
    s = Sheet(path)
    s.table(60, [[["Objectif 8"], FULL_PARAGRAPHS]], cols=cols, header=["Objectif", "Suivi"],
            wrap_spaces=wrap_spaces)
    s.save()
    return path


TITLE = "Bilan 2008-2009 du plan d'action"
RUNNING = "Plan d'action en développement social de la MRC"
INTRO = "Ce document présente le suivi des actions du plan."


def titled_pages_pdf(path: str) -> str:
    """Two pages with a running header, a "Page N" footer, a title and a heading on page 1."""
    s = Sheet(path)
    for n in (1, 2):
        s.text(36, 30, RUNNING, size=8)
        s.text(370, 595, f"Page {n}", size=8)
        if n == 1:
            s.text(36, 80, TITLE, size=18, bold=True)
            s.text(36, 110, "Axe 1 : Concertation", size=12, bold=True)
            s.text(36, 130, INTRO)
            s.table(150, ROWS[:1])
        else:
            s.table(60, ROWS[1:2])
        s.new_page()
    s.save()
    return path


CUT_OBJECTIVE = ("Développer la mobilisation des communautés locales", "dans chacune des MRC")
CUT_ACTION = ("Coordination d'un comité de travail sur le logement social", "(phase 2)")
CUT_ITEMS = ["-Comité formé en janvier 2008", "-Six rencontres (2008)", "-Rapport déposé le 12/03/09"]


def page_cut_pdf(path: str, *, rules: str = "closed", header_again: bool = True) -> str:
    """A ruled table whose second row a page break cuts in every cell: the objective (merged
    down over three actions), the action between its last words, the responsible, the
    follow-up between two items. `rules`: "closed" draws a rule under the first part and over
    the rest (as LibreOffice does), "open" neither (as a browser or reportlab does; a header
    repeated on page 2, `header_again`, still draws its own rules)."""
    s = Sheet(path)
    open_cut = rules == "open"
    s.table(60, [[[CUT_OBJECTIVE[0]], ["Portrait des besoins en habitation"], ["CRÉ"], ["2008"],
                  ["-Portrait diffusé (juin 2008)"]],
                 [None, [CUT_ACTION[0]], ["TDS/Ressource de la"], ["2009"], CUT_ITEMS[:2]]],
            open_bottom=open_cut)
    s.new_page()
    s.table(60, [[[CUT_OBJECTIVE[1]], [CUT_ACTION[1]], ["CRÉ, partenaires du milieu"], [], CUT_ITEMS[2:]],
                 [None, ["Forum régional sur l'habitation"], ["CRÉ"], ["2009"], ["-Forum tenu le 5 mai 2009"]]],
            header=HEADER if header_again else None, open_top=open_cut and not header_again)
    s.save()
    return path
