"""`bilan inspect`'s drawings: what the reader found in one file, and how each row was cut.

PDF pages become PNG pictures with cells, actions, follow-up items, channel headings,
"(suite)" markers, dates read and anomalies drawn on them; every format gets tree.txt (the
document model as an indented text tree, with what each row and paragraph became) and
index.html (pages and anomalies). The file is read and normalized by bilan/inspect.py, exactly
as `convert` does; this module only draws those findings. What a user reads here is French,
like rapport.html.
"""

from __future__ import annotations

import os
from pathlib import Path

from bilan.outputs.inspect_found import DEFAULT_RESOLUTION, LEFT_BAND, Findings
from bilan.outputs.inspect_pictures import render_pages
from bilan.outputs.inspect_text import index_html, tree_text

__all__ = ["DEFAULT_RESOLUTION", "LEFT_BAND", "write_inspection"]


def write_inspection(found: Findings, source: str | os.PathLike[str], out_dir: str | os.PathLike[str],
                     *, pdf: bool, password: str | None = None,
                     resolution: int = DEFAULT_RESOLUTION) -> tuple[list[str], int]:
    """Write the page pictures (`pdf`: drawn from `source`), tree.txt and index.html into
    out_dir, all at once; returns the file names written and the number of pictures."""
    from bilan.outputs.files import publish, staging

    out = Path(out_dir)
    with staging(out) as tmp:
        pictures = render_pages(found, source, tmp, password=password, resolution=resolution) \
            if pdf else []
        (tmp / "tree.txt").write_text(tree_text(found), encoding="utf-8")
        (tmp / "index.html").write_text(index_html(found, pictures), encoding="utf-8")
        names = [*pictures, "tree.txt", "index.html"]
        publish(tmp, out, names)
    return names, len(pictures)
