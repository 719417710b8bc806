"""`bilan inspect` text: the model tree (tree.txt) and the page index (index.html)."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from bilan.extract.model import Paragraph, Span

if TYPE_CHECKING:  # pragma: no cover - typing only
    from bilan.normalize.records import Anomaly

from bilan.outputs.inspect_found import STYLES, Findings, blend, on_page, page_range

# --- tree.txt -------------------------------------------------------------------------------

def tree_text(found: Findings) -> str:
    """The document model as an indented tree, each row and paragraph with what it became."""
    doc, conv = found.doc, found.converted
    out = [f"{found.name} — {doc.format}" + (f", {doc.pages} pages" if doc.pages else "")
           + f", {len(doc.blocks)} blocs, {len(doc.tables)} tableaux"
           + (f" — {len(conv.actions)} actions, {len(conv.followups)} éléments de suivi, "
              f"{len(conv.anomalies)} anomalies" if conv else ""),
           "marques : [u] souligné, [sup] exposant, [b] gras, [i] italique, [list] paragraphe de "
           "liste Word ; → ce que la lecture en a fait ; ! anomalie", ""]
    for a in found.anomalies:
        if not a.action_id:
            out.append(f"! {a.kind} : {a.detail}" + _pages(a.page_start, a.page_end))
    if any(not a.action_id for a in found.anomalies):
        out.append("")
    t = -1
    for block in doc.blocks:
        if isinstance(block, Paragraph):
            out.extend(_paragraph_lines(block, "", found))
            continue
        t += 1
        width = max((len(r.cells) for r in block.rows), default=0)
        out.append(f"TABLEAU {t + 1}{_pages(block.page_start, block.page_end)} — "
                   f"{len(block.rows)} lignes × {width} colonnes"
                   + ("" if block.ruled else " (sans filets)"))
        header = found.headers[t]
        names = {i: n for n, i in header.fields.items()} if header else {}
        if header:
            names.update({i: "extra" for i in header.extras})
        for r, row in enumerate(block.rows):
            out.append(f"  ligne {r + 1}{_pages(row.page_start, row.page_end)} — {_row_label(found, t, r, row)}")
            for a in found.anomalies_by_row.get((t, r), []):
                out.append(f"    ! {a.kind} : {a.detail}")
            for c, cell in enumerate(row.cells):
                what = f" {names[c]}" if c in names else ""
                if cell.merged:
                    out.append(f"    [{c + 1}]{what} (couverte par une cellule fusionnée)")
                elif not cell.paragraphs or not cell.text.strip():
                    out.append(f"    [{c + 1}]{what} (vide)")
                else:
                    out.append(f"    [{c + 1}]{what}")
                    for p in cell.paragraphs:
                        out.extend(_paragraph_lines(p, "      ", found))
    return "\n".join(out) + "\n"


def _row_label(found: Findings, t: int, r: int, row) -> str:  # noqa: ANN001 - a model Row
    from bilan.normalize.tables import cell_text

    if (t, r) in found.row_owner:
        aid, continued = found.row_owner[(t, r)]
        return f"{aid} (suite, jointe à la ligne précédente)" if continued else aid
    if (t, r) in found.header_rows:
        return "en-tête"
    if any(cell_text(c) for c in row.cells):
        return "hors action (objectif seul, ou voir text_outside_tables et unaccounted_text)"
    return "vide"


def _paragraph_lines(p: Paragraph, indent: str, found: Findings) -> list[str]:
    marks = "[list] " if p.list_item else ""
    if p.style and p.style != "Normal":
        marks += f"[style={p.style}] "
    out = []
    for n, line in enumerate(p.lines):
        text = _marked(line.spans)
        if not text.strip() and n:
            continue
        out.append(f"{indent}{'¶ ' + marks if n == 0 else '  '}{text}")
        out.extend(f"{indent}    {note}" for note in found.notes_by_line.get(id(line), []))
    if not p.lines:
        out.append(f"{indent}¶ {marks}")
    return out


def _marked(spans: list[Span]) -> str:
    """Span text with its marks, neighbours with the same marks run together."""
    out: list[str] = []
    run: list[str] = []
    current: tuple[str, ...] = ()

    def flush() -> None:
        text = "".join(run)
        if current and text.strip():
            out.append("".join(f"[{m}]" for m in current) + text
                       + "".join(f"[/{m}]" for m in reversed(current)))
        else:
            out.append(text)
        run.clear()

    for s in spans:
        tags = tuple(m for m, on in (("u", s.underline), ("sup", s.superscript), ("b", s.bold),
                                     ("i", s.italic)) if on)
        if tags != current and run:
            flush()
        current = tags
        run.append(s.text)
    if run:
        flush()
    return "".join(out)


def _pages(start: int | None, end: int | None) -> str:
    if start is None:
        return ""
    return f" (p. {start})" if end in (None, start) else f" (p. {start}–{end})"


# --- index.html -----------------------------------------------------------------------------

CSS = """
body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;
color:#1d2430;background:#f5f7fa}
main{max-width:1200px;margin:0 auto;padding:1rem}
section{background:#fff;border:1px solid #d8dde5;border-radius:8px;padding:1rem;margin:1rem 0}
h1{font-size:1.4rem;margin:.5rem 0}h2{font-size:1.15rem;margin:0 0 .5rem}
.meta{color:#5b6472}
img{max-width:100%;height:auto;border:1px solid #d8dde5}
.thumb img{width:520px}
table{border-collapse:collapse;width:100%;font-size:.9rem;margin-top:.5rem}
th,td{text-align:left;vertical-align:top;padding:.3rem .5rem;border-bottom:1px solid #d8dde5}
th{background:#eef1f5}
code{font-size:.85rem;color:#c00}
.legend{display:flex;flex-wrap:wrap;gap:.3rem 1rem;list-style:none;padding:0;margin:.5rem 0}
.legend span{display:inline-block;width:1.4rem;height:.9rem;vertical-align:middle;margin-right:.35rem}
nav a{margin-right:.6rem}
"""


def index_html(found: Findings, pictures: list[str]) -> str:
    """The pages' pictures with, under each, the anomalies found on it; self-contained."""
    from bilan.outputs.report import KINDS

    conv, doc = found.converted, found.doc
    title = f"Inspection — {found.name}"
    parts = ["<!DOCTYPE html>", '<html lang="fr"><head><meta charset="utf-8">',
             '<meta name="viewport" content="width=device-width, initial-scale=1">',
             f"<title>{escape(title)}</title><style>{CSS}</style></head><body><main>",
             f"<h1>{escape(title)}</h1>"]
    counts = (f"{len(conv.actions)} actions, {len(conv.followups)} éléments de suivi, "
              f"{len(conv.anomalies)} anomalies" if conv else "aucune action lue")
    parts.append(f'<p class="meta">{escape(doc.format.upper())}'
                 + (f", {doc.pages} pages" if doc.pages else "")
                 + f" — {escape(counts)} — <a href=\"tree.txt\">tree.txt</a> : le modèle lu, en arbre</p>")
    if conv is None:
        parts.append("<p><b>Aucune table de bilan reconnue</b> : les tableaux lus sont encadrés "
                     "sur les pages ; tree.txt donne leur texte.</p>")
    if pictures:
        parts.append("<ul class=\"legend\">" + "".join(
            f'<li><span style="border:2px solid {_hex(s.colour)};background:{_hex(blend(s.colour, s.fill)) if s.fill else "#fff"}">'
            f"</span>{escape(s.legend)}</li>" for s in STYLES.values()) + "</ul>")
        parts.append("<nav>" + "".join(f'<a href="#page-{n}">page {n}</a>'
                                       for n in range(1, len(pictures) + 1)) + "</nav>")

    def table(anomalies: list[Anomaly]) -> str:
        if not anomalies:
            return '<p class="meta">Aucune anomalie.</p>'
        rows = "".join(
            f"<tr><td><code>{escape(a.kind)}</code><br>{escape(KINDS.get(a.kind, ''))}</td>"
            f"<td>{escape(a.action_id)}</td><td>{'' if a.item_no is None else a.item_no}</td>"
            f"<td>{escape(a.detail)}</td></tr>" for a in anomalies)
        return ("<table><thead><tr><th>type</th><th>action</th><th>élément</th><th>détail</th>"
                f"</tr></thead><tbody>{rows}</tbody></table>")

    anomalies = found.anomalies
    general = [a for a in anomalies if page_range(a) is None]
    if general or not pictures:
        heading = "Anomalies du document" if pictures else "Anomalies"
        parts.append(f"<section><h2>{heading}</h2>{table(general if pictures else anomalies)}</section>")
    for n, name in enumerate(pictures, start=1):
        here = [a for a in anomalies if on_page(a, n)]
        parts.append(f'<section id="page-{n}"><h2>Page {n}</h2>'
                     f'<a class="thumb" href="{escape(name)}"><img src="{escape(name)}" '
                     f'alt="page {n}, annotée" loading="lazy"></a>{table(here)}</section>')
    parts.append("</main></body></html>")
    return "\n".join(parts) + "\n"


def _hex(colour: tuple[int, int, int]) -> str:
    return "#" + "".join(f"{c:02x}" for c in colour)
