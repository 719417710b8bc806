"""Files around tracks: the --links corrections file, --series options, and an output folder
read back for `bilan tracks`."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from bilan.normalize.records import ActionRow, CoverageRow, DocumentRow
from bilan.normalize.tracks import LinkRule

LINK_COLUMNS = ("document", "action_id", "linked_document", "linked_action_id", "decision")
DECISIONS = ("force", "forbid")


def parse_series(specs: list[str]) -> list[tuple[str, str]]:
    """'NAME=GLOB' options into (name, glob) pairs; ValueError with a clear message."""
    out = []
    for spec in specs:
        name, sep, glob = spec.partition("=")
        if not sep or not name.strip() or not glob.strip():
            raise ValueError(f"--series {spec!r}: give NAME=GLOB, e.g. 'Vallée=bilan-vallee-*'")
        out.append((name.strip(), glob.strip()))
    return out


def read_links(path: str | Path) -> list[LinkRule]:
    """The corrections CSV (columns LINK_COLUMNS, others ignored); ValueError naming the cause."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            sample = fh.read(4096)
            fh.seek(0)
            delimiter = ";" if sample.count(";") > sample.count(",") else ","
            reader = csv.DictReader(fh, delimiter=delimiter)
            missing = [c for c in LINK_COLUMNS if c not in (reader.fieldnames or [])]
            if missing:
                raise ValueError(f"--links {path}: missing column(s) {', '.join(missing)} "
                                 f"(expected {', '.join(LINK_COLUMNS)})")
            rules = []
            for n, row in enumerate(reader, start=2):
                values = {c: (row.get(c) or "").strip() for c in LINK_COLUMNS}
                if not any(values.values()):
                    continue
                if values["decision"] not in DECISIONS:
                    raise ValueError(f"--links {path}: line {n}: decision must be force or forbid, "
                                     f"not {values['decision']!r}")
                if not values["document"] or not values["action_id"]:
                    raise ValueError(f"--links {path}: line {n}: document and action_id are required")
                if values["decision"] == "force" and not (values["linked_document"] and values["linked_action_id"]):
                    raise ValueError(f"--links {path}: line {n}: force needs linked_document and linked_action_id")
                rules.append(LinkRule(**values))
            return rules
    except FileNotFoundError:
        raise ValueError(f"--links {path}: no such file") from None
    except (UnicodeDecodeError, csv.Error) as exc:
        raise ValueError(f"--links {path}: not a UTF-8 CSV file ({exc})") from None
    except IsADirectoryError:
        raise ValueError(f"--links {path}: is a folder, not a CSV file") from None


def write_links(path: Path, rules: list[LinkRule], sep: str = ",", bom: bool = False) -> None:
    """The corrections as a CSV `read_links` reads back, written under a temporary name first."""
    import os
    tmp = path.with_name(f".{path.name}.tmp")
    with open(tmp, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter=sep)
        writer.writerow(LINK_COLUMNS)
        for rule in rules:
            writer.writerow([getattr(rule, c) for c in LINK_COLUMNS])
    os.replace(tmp, path)


def _date(text: str) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _rows(folder: Path, stem: str, sep: str) -> list[dict[str, str]]:
    path = folder / f"{stem}.csv"
    if not path.is_file():
        raise ValueError(f"{folder}: no {stem}.csv (give the folder `bilan convert --out` wrote)")
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh, delimiter=sep))


def load_folder(folder: str | Path) -> tuple[list[DocumentRow], list[ActionRow], list[CoverageRow]]:
    """documents, actions and coverage of an output folder, as the conversion gave them."""
    folder = Path(folder)
    head = (folder / "documents.csv").read_text(encoding="utf-8-sig")[:500] if (folder / "documents.csv").is_file() else ""
    sep = ";" if head.count(";") > head.count(",") else ","
    try:
        documents = [DocumentRow(document=r["document"], status=r["status"], title=r["title"],
                                 as_of=_date(r["as_of"])) for r in _rows(folder, "documents", sep)]
        actions = [ActionRow(r["document"], r["action_id"], r["section"], r["objective"], r["action"],
                             r["responsible"], r["deadline_text"], r["deadline_kind"],
                             _date(r["deadline_start"]), _date(r["deadline_end"]), r["followup_text"],
                             int(r["followup_count"] or 0), None, None, action_no=r.get("action_no", ""),
                             state_text=r.get("state_text", ""), state=r.get("state", ""))
                   for r in _rows(folder, "actions", sep)]
        coverage = [CoverageRow(r["document"], r["action_id"], r["section"], r["objective"], int(r["items"] or 0),
                                int(r["dated_items"] or 0), _date(r["first_date"]), _date(r["last_date"]),
                                r.get("state", ""), r["status"]) for r in _rows(folder, "coverage", sep)]
    except (KeyError, ValueError) as exc:
        if isinstance(exc, ValueError) and str(exc).startswith(str(folder)):
            raise
        raise ValueError(f"{folder}: not an output folder of bilan convert ({type(exc).__name__}: {exc})") from None
    return documents, actions, coverage


def written_tracks(folder: str | Path) -> list[dict[str, str]] | None:
    path = Path(folder) / "tracks.csv"
    if not path.is_file():
        return None
    head = path.read_text(encoding="utf-8-sig")[:200]
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh, delimiter=";" if head.count(";") > head.count(",") else ","))
