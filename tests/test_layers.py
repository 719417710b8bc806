"""Who may import whom: the data module imports none of the rules, and outputs/ only draws
(it never reads a file into the model nor runs normalize on it: bilan/ does)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _imports(path: Path) -> set[str]:
    """Every module a file imports, at the top or inside a function."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_the_rows_module_imports_no_rule():
    imported = _imports(ROOT / "normalize" / "records.py")
    assert not {n for n in imported if n.startswith("bilan.normalize")}, imported


def test_outputs_neither_read_files_nor_normalize_them():
    for path in sorted((ROOT / "outputs").glob("*.py")):
        imported = _imports(path)
        readers = {n for n in imported if n.startswith("bilan.extract") and not n.startswith("bilan.extract.model")}
        assert not readers, (path.name, readers)
        assert not {n for n in imported if n.startswith("bilan.normalize.document")}, path.name
        face = {n for n in imported if n.split(".")[0] == "bilan"
                and n.split(".")[1:2] not in (["extract"], ["normalize"], ["outputs"])}
        assert not face, (path.name, face)
