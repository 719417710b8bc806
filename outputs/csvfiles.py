"""The contract's CSV files: UTF-8, comma, RFC 4180 quoting, \n line ends, ISO dates."""

from __future__ import annotations

import csv
from pathlib import Path

from bilan.normalize.records import Record

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def excel_safe(value: str) -> str:
    """Prefix a cell Excel would read as a formula with an apostrophe."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def write_csv(path: Path, columns: list[str], rows: list[Record], *, sep: str = ",",
              bom: bool = False, safe: bool = False) -> None:
    with open(path, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter=sep, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(columns)
        for row in rows:
            values = row.as_strings()
            writer.writerow([excel_safe(v) for v in values] if safe else values)
