"""datapackage.json: a Frictionless descriptor of the CSV files (types, enums, keys)."""

from __future__ import annotations

import json
from pathlib import Path

from bilan.outputs.schema import FOREIGN, KEYS, SCHEMA


def descriptor(stems: list[str], *, sep: str = ",", bom: bool = False) -> dict:
    resources = []
    for stem in stems:
        fields = []
        for c in SCHEMA[stem]:
            f: dict = {"name": c.name, "type": c.type, "description": c.description}
            if c.enum:
                f["constraints"] = {"enum": list(c.enum)}
            fields.append(f)
        schema: dict = {"fields": fields, "missingValues": [""]}
        if stem in KEYS:
            schema["primaryKey"] = KEYS[stem]
        if stem in FOREIGN:
            own, resource, theirs = FOREIGN[stem]
            schema["foreignKeys"] = [{"fields": own, "reference": {"resource": resource, "fields": theirs}}]
        resources.append({
            "name": stem,
            "path": f"{stem}.csv",
            "profile": "tabular-data-resource",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8-sig" if bom else "utf-8",
            "dialect": {"delimiter": sep, "lineTerminator": "\n", "header": True},
            "schema": schema,
        })
    return {"name": "bilan", "title": "Bilans de plans d'action en développement social",
            "profile": "tabular-data-package", "resources": resources}


def write_datapackage(path: Path, stems: list[str], *, sep: str = ",", bom: bool = False) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        json.dump(descriptor(stems, sep=sep, bom=bom), fh, ensure_ascii=False, indent=2)
        fh.write("\n")
