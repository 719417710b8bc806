"""Writers of the contract folder: CSV files, datapackage.json, bilan.xlsx and rapport.html."""

from __future__ import annotations

from pathlib import Path

from bilan.normalize.records import Dataset

FORMATS = ("csv", "xlsx", "html")


def write_folder(dataset: Dataset, out_dir: str | Path, *, formats: tuple[str, ...] = FORMATS,
                 sep: str = ",", bom: bool = False, excel_safe: bool = False) -> list[str]:
    """Write the dataset into out_dir; returns the file names written.

    Everything is first written into a scratch folder inside out_dir and only then renamed
    into place, so an interrupted run never leaves a half-written file.
    """
    from bilan.normalize.audit import contract_tables
    from bilan.outputs.csvfiles import write_csv
    from bilan.outputs.datapackage import write_datapackage
    from bilan.outputs.files import publish, staging
    from bilan.outputs.schema import SCHEMA

    out = Path(out_dir)
    names: list[str] = []
    with staging(out) as tmp:
        if "csv" in formats:
            tables = contract_tables(dataset)
            for stem, (_cls, rows) in tables.items():
                write_csv(tmp / f"{stem}.csv", [c.name for c in SCHEMA[stem]], rows,
                          sep=sep, bom=bom, safe=excel_safe)
                names.append(f"{stem}.csv")
            write_datapackage(tmp / "datapackage.json", list(tables), sep=sep, bom=bom)
            names.append("datapackage.json")
        if "xlsx" in formats:
            from bilan.outputs.excel import write_xlsx
            write_xlsx(tmp / "bilan.xlsx", dataset)
            names.append("bilan.xlsx")
        if "html" in formats:
            from bilan.outputs.report import write_report
            write_report(tmp / "rapport.html", dataset)
            names.append("rapport.html")
        publish(tmp, out, names)
    return names
