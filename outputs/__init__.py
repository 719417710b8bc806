"""Writers of the contract folder: CSV files, datapackage.json, bilan.xlsx and rapport.html."""

from __future__ import annotations

from contextlib import nullcontext
from pathlib import Path

from bilan.normalize.records import Dataset

FORMATS = ("csv", "xlsx", "html")


def write_folder(dataset: Dataset, out_dir: str | Path, *, formats: tuple[str, ...] = FORMATS,
                 sep: str = ",", bom: bool = False, excel_safe: bool = False) -> list[str]:
    """Write the dataset into out_dir; returns the file names written.

    Everything is first written into a scratch folder inside out_dir and only then renamed
    into place, so an interrupted run never leaves a half-written file. The workbook, the
    slowest to write, is written beside the other files (outputs/aside.py).
    """
    from bilan.normalize.audit import contract_tables
    from bilan.outputs.aside import Aside
    from bilan.outputs.csvfiles import write_csv
    from bilan.outputs.datapackage import write_datapackage
    from bilan.outputs.files import publish, staging
    from bilan.outputs.schema import SCHEMA

    out = Path(out_dir)
    names: list[str] = []
    with staging(out) as tmp:
        tables = contract_tables(dataset) if {"csv", "xlsx"} & set(formats) else {}
        workbook = None
        if "xlsx" in formats:
            from bilan.outputs.excel import write_xlsx
            workbook = Aside(lambda: write_xlsx(tmp / "bilan.xlsx", dataset, tables))
        with workbook or nullcontext():
            if "csv" in formats:
                for stem, (_cls, rows) in tables.items():
                    write_csv(tmp / f"{stem}.csv", [c.name for c in SCHEMA[stem]], rows,
                              sep=sep, bom=bom, safe=excel_safe)
                    names.append(f"{stem}.csv")
                write_datapackage(tmp / "datapackage.json", list(tables), sep=sep, bom=bom)
                names.append("datapackage.json")
            if workbook is not None:
                names.append("bilan.xlsx")
            if "html" in formats:
                from bilan.outputs.report import write_report
                write_report(tmp / "rapport.html", dataset)
                names.append("rapport.html")
        publish(tmp, out, names)
    return names
