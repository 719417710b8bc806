"""The contract's tables as pandas DataFrames with real dtypes (dates, nullable integers)."""

from __future__ import annotations

from bilan.normalize.records import Dataset
from bilan.outputs.schema import SCHEMA


def to_frame(dataset: Dataset, stem: str):  # noqa: ANN201 - a pandas DataFrame
    import pandas as pd

    from bilan.normalize.audit import table_rows

    columns = SCHEMA[stem]
    rows = table_rows(dataset, stem)  # only this table: a derived one is computed on demand
    data = {c.name: [getattr(r, c.name) for r in rows] for c in columns}
    frame = pd.DataFrame(data, columns=[c.name for c in columns])
    for c in columns:
        if c.type == "date":
            frame[c.name] = pd.to_datetime(frame[c.name])
        elif c.type == "integer":
            frame[c.name] = frame[c.name].astype("Int64")
        elif c.type == "number":
            frame[c.name] = pd.to_numeric(frame[c.name])
        else:
            frame[c.name] = frame[c.name].fillna("").astype(str)
    return frame
