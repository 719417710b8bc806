"""The conversions asked for through the web page: each run in its own folder, converted in a
background thread by the same worker processes and limits as `bilan convert`."""

from __future__ import annotations

import os
import secrets
import shutil
import tempfile
import threading
import time
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


ZIP_NAME = "bilan-csv.zip"
LINKS_NAME = "links.csv"  # the user's corrections to tracks.csv, as `bilan convert --links` reads them
STATUSES = ("suivi", "en_retard", "a_venir", "sans_suivi")


def clean_name(raw: str | None) -> str:
    """A display name for an uploaded file: its last path part, printable, never a path.

    The name only labels the document in the dataset and on the page; the file itself is
    stored under a number, so `../../x.pdf` is just called `x.pdf`.
    """
    name = (raw or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = unicodedata.normalize("NFC", name)
    name = "".join(ch for ch in name if ch.isprintable() and ch not in '<>:"|?*')
    name = " ".join(name.split()).strip(" .")
    return name[:120] or "fichier"


def unique_names(names: list[str]) -> list[str]:
    """The same names, a clash numbered like a file manager does: `bilan (2).pdf`."""
    seen: set[str] = set()
    out = []
    for name in names:
        stem, dot, ext = name.rpartition(".")
        if not dot or not stem:
            stem, ext = name, ""
        candidate, n = name, 1
        while candidate.lower() in seen:
            n += 1
            candidate = f"{stem} ({n}).{ext}" if ext else f"{stem} ({n})"
        seen.add(candidate.lower())
        out.append(candidate)
    return out


@dataclass
class FileState:
    """One uploaded file: its name in the dataset, where it is stored, and how it went."""

    name: str
    path: Path
    status: str = "attente"  # attente, en_cours, ok, erreur
    error: str = ""
    actions: int | None = None
    followups: int | None = None
    anomalies: int | None = None
    notes: list[str] = field(default_factory=list)  # French: what to check although it converted


@dataclass
class Run:
    """One submission of the form: its files, options, progress and outputs."""

    id: str
    folder: Path
    files: list[FileState]
    sep: str = ","
    bom: bool = False
    password: str | None = field(default=None, repr=False)  # kept in memory only, for this run
    ocr: str = "auto"  # when to read PDF pages from their image: auto, always, never
    state: str = "attente"  # attente, en_cours, fini
    error: str = ""
    created: float = field(default_factory=time.time)
    downloads: list[str] = field(default_factory=list)
    coverage: list[dict[str, Any]] = field(default_factory=list)
    result: Any = field(default=None, repr=False)  # bilan.api.Result, kept to recompute the tracks
    link_rules: list[Any] = field(default_factory=list)  # LinkRule: the links the user forced or forbade
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)  # one rewrite at a time

    @property
    def out(self) -> Path:
        return self.folder / "out"

    @property
    def done(self) -> int:
        return sum(f.status in ("ok", "erreur") for f in self.files)

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "state": self.state, "error": self.error,
            "done": self.done, "total": len(self.files),
            "files": [{"name": f.name, "status": f.status, "error": f.error, "actions": f.actions,
                       "followups": f.followups, "anomalies": f.anomalies, "notes": f.notes}
                      for f in self.files],
            "coverage": self.coverage, "downloads": self.downloads, "link_rules": len(self.link_rules),
        }


@dataclass
class Limits:
    """The per-file limits of `bilan convert`, applied to every run."""

    timeout: float
    max_memory: int


class RunStore:
    """Runs by id, under one temporary folder removed when the server stops.

    Conversions go one run at a time, so that two people dropping big PDFs at once do not
    double the memory the machine must hold; later runs wait their turn, and say so.
    """

    def __init__(self, limits: Limits, max_age: float = 86400.0) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="bilan-serve-"))
        self.limits = limits
        self.max_age = max_age
        self.runs: dict[str, Run] = {}
        self._lock = threading.Lock()
        self._turn = threading.Lock()

    def get(self, run_id: str) -> Run | None:
        with self._lock:
            return self.runs.get(run_id)

    def create(self, names: list[str], sep: str, bom: bool, password: str | None = None, ocr: str = "auto",
               link_rules: list[Any] | None = None) -> Run:
        """A new run with an unguessable id and a numbered file slot per upload."""
        run_id = secrets.token_urlsafe(18)
        folder = self.root / run_id
        (folder / "inputs").mkdir(parents=True)
        files = [FileState(name, folder / "inputs" / f"{n:03d}") for n, name in
                 enumerate(unique_names([clean_name(x) for x in names]), start=1)]
        run = Run(id=run_id, folder=folder, files=files, sep=sep, bom=bom, password=password, ocr=ocr,
                  link_rules=list(link_rules or []))
        with self._lock:
            self.runs[run_id] = run
        return run

    def discard(self, run: Run) -> None:
        with self._lock:
            self.runs.pop(run.id, None)
        shutil.rmtree(run.folder, ignore_errors=True)

    def start(self, run: Run) -> threading.Thread:
        thread = threading.Thread(target=self._convert, args=(run,), name=f"bilan-run-{run.id[:6]}", daemon=True)
        thread.start()
        return thread

    def prune(self) -> None:
        """Remove finished runs older than max_age, folder and all."""
        limit = time.time() - self.max_age
        with self._lock:
            old = [r for r in self.runs.values() if r.created < limit and r.state == "fini"]
            for run in old:
                del self.runs[run.id]
        for run in old:
            shutil.rmtree(run.folder, ignore_errors=True)

    def close(self) -> None:
        with self._lock:
            self.runs.clear()
        shutil.rmtree(self.root, ignore_errors=True)

    def _convert(self, run: Run) -> None:
        with self._turn:
            try:
                convert_run(run, self.limits)
            except Exception as exc:  # a disk full or a removed folder: said on the page
                from bilan.pipeline import one_line
                run.error = one_line(f"{type(exc).__name__}: {exc}")
            finally:
                for f in run.files:
                    if f.status in ("attente", "en_cours"):
                        f.status, f.error = "erreur", f.error or "conversion interrompue"
                run.state = "fini"


def convert_run(run: Run, limits: Limits) -> None:
    """Convert a run's files as `bilan convert` does, then write its folder and the CSV zip."""
    from bilan.api import convert
    from bilan.causes import file_notes

    run.state = "en_cours"
    by_name = {f.name: f for f in run.files}
    if run.files:
        run.files[0].status = "en_cours"

    def done(document: str, error: str | None) -> None:
        state = by_name[document]
        state.status, state.error = ("erreur", error) if error is not None else ("ok", "")
        later = [f for f in run.files if f.status == "attente"]
        if later:
            later[0].status = "en_cours"  # one file at a time, in order

    result = convert([f.path for f in run.files], names=[f.name for f in run.files], password=run.password,
                     ocr=run.ocr, jobs=1, timeout=limits.timeout, max_memory=limits.max_memory, on_file=done)
    notes = file_notes(result.dataset)
    for doc in result.dataset.documents:
        state = by_name[doc.document]
        state.actions, state.followups, state.anomalies = doc.actions, doc.followups, doc.anomalies
        state.notes = notes.get(doc.document, [])
    if not any(d.status == "ok" for d in result.dataset.documents):
        return
    run.result = result
    write_outputs(run)
    run.coverage = coverage_summary(result.dataset.coverage)


def write_outputs(run: Run) -> None:
    """The run's folder, tracks linked under its link rules; those rules as links.csv; the zip.

    Called again whenever the user confirms, refuses or adds a link on the result page.
    """
    from bilan.tracks_io import write_links

    run.result.dataset.link_rules = list(run.link_rules)
    names = run.result.write(run.out, sep=run.sep, bom=run.bom)
    if run.link_rules:
        write_links(run.out / LINKS_NAME, run.link_rules, sep=run.sep, bom=run.bom)
        names.append(LINKS_NAME)
    else:
        (run.out / LINKS_NAME).unlink(missing_ok=True)
    write_zip(run.out, [n for n in names if n.endswith(".csv") or n == "datapackage.json"])
    run.downloads = [*names, ZIP_NAME]


def write_zip(folder: Path, names: list[str]) -> None:
    """bilan-csv.zip: the CSV files and datapackage.json, written under a temporary name first."""
    tmp = folder / f".{ZIP_NAME}.tmp"
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name in names:
            zf.write(folder / name, arcname=name)
    os.replace(tmp, folder / ZIP_NAME)


def coverage_summary(rows: list[Any]) -> list[dict[str, Any]]:
    """Per document, how many actions are followed up, late, to come or without follow-up, and
    the count of each state when the document has a status column."""
    from bilan.normalize.shapes import state_counts

    out: dict[str, dict[str, Any]] = {}
    for row in rows:
        entry = out.setdefault(row.document, {"document": row.document, "actions": 0, **{s: 0 for s in STATUSES}})
        entry["actions"] += 1
        entry[row.status] = entry.get(row.status, 0) + 1
        entry.setdefault("state_list", []).append(row.state)
    for entry in out.values():
        entry["share_followed"] = round(entry["suivi"] / entry["actions"], 3) if entry["actions"] else 0.0
        entry["states"] = state_counts(entry.pop("state_list"))  # "réalisé 3, en cours 2"; empty without
    return list(out.values())
