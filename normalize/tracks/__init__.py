"""Tracks: the same action followed over a Table's yearly bilans (pure functions, no I/O).

- `pairing`: series, and the links between the actions of their documents;
- `score`: how alike two actions are;
- `abbreviations`: abbreviations and their spelled-out forms, built in or defined by the documents;
- `typos`: words typed twice with one letter apart;
- `explain`: why an action is linked or not, for `bilan tracks --explain`;
- `view`: tracks laid out for the workbook and the report.
"""

from bilan.normalize.tracks.pairing import (Decision, Key, LinkRule, Tracks, dataset_tracks, group_series,
                                            link_tracks, series_key)

__all__ = ["Decision", "Key", "LinkRule", "Tracks", "dataset_tracks", "group_series", "link_tracks", "series_key"]
