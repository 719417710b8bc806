"""Convert files in child processes: in parallel (`--jobs`), and each under a time and memory
limit, so that one file that makes a reader loop or swell cannot stop or sink the batch."""

from __future__ import annotations

import gc
import multiprocessing as mp
import os
import sys
import time
from collections.abc import Callable, Iterator
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

from bilan.normalize.records import Converted, DocumentRow


def _child(conn: Connection, path: str, name: str, options: dict[str, Any], memory_mb: int | None,
           page_workers: int) -> None:
    # What this process inherited (the modules its parent imported, mostly) stays until it
    # exits: the garbage collector, here and in the page workers forked from here, leaves it out.
    gc.freeze()
    # Errors travel back through the pipe; nothing a library prints may reach the user's terminal.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)
    result: Converted
    try:
        if memory_mb and sys.platform != "win32":
            import resource
            # the file's allowance on top of what this process holds as it starts (its parent's
            # pages): a parent grown large (a server up for days, a test run) starves no file
            limit = (_status_kb("VmSize:") or 0) * 1024 + memory_mb * 1024 * 1024
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        from bilan.pipeline import convert_file
        from bilan.extract.pdf.pages import set_page_workers
        set_page_workers(page_workers)  # the pages of a PDF share the cores left to this file
        result = convert_file(Path(path), name, **options, on_read=lambda: _read(conn))
        doc = result.document
        if memory_mb and doc.status == "error" and (
                _near_limit(memory_mb) or doc.error.startswith("out of memory")):
            result = _memory_error(name, memory_mb)  # a reader's odd error is the limit biting
    except MemoryError:
        result = _memory_error(name, memory_mb)
    except Exception as exc:  # under a memory limit, an import or regex may fail oddly
        result = _memory_error(name, memory_mb) if memory_mb else Converted(
            document=DocumentRow(name, "error", error=f"unexpected error ({type(exc).__name__})"))
    try:
        conn.send(result)
    except Exception:
        pass
    conn.close()


_READ = "read"  # what a file's worker sends when the file is read, before its result


def _read(conn: Connection) -> None:
    """The file is read: say so, and have the collector leave the document out from now on.

    It stays until this process exits; read with the collector paused, it would otherwise be
    walked whole (hundreds of thousands of objects for a long file) by the first collections
    that normalizing sets off, for no garbage.
    """
    gc.freeze()
    conn.send(_READ)


def _near_limit(memory_mb: int, pid: int | None = None) -> bool:
    """Whether a process's peak address space came near its limit (Linux): within 10 % of
    `memory_mb`, or of _MAPPING, the most one failed request may have asked for (a library's
    segment). A reader starved of memory may fail in odd ways, or even spin (pdfminer retries
    what it cannot parse): its peak tells the limit was the cause."""
    peak, limit = _status_kb("VmPeak:", pid), _limit_bytes(pid)
    if peak is None or limit is None:
        return pid is None  # unknown: in the child itself, an odd failure under a limit is the limit
    return peak * 1024 >= limit - max(0.1 * memory_mb, _MAPPING) * 1024 * 1024


_MAPPING = 64  # MB


def _status_kb(field: str, pid: int | None = None) -> int | None:
    """A field of /proc/PID/status in kB ("VmSize:", "VmPeak:"); None where there is none."""
    try:
        with open(f"/proc/{pid or 'self'}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith(field):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return None


def _limit_bytes(pid: int | None = None) -> int | None:
    """A process's address-space limit (/proc/PID/limits); None where it has none or it is unknown."""
    try:
        with open(f"/proc/{pid or 'self'}/limits", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Max address space"):
                    soft = line.split()[3]
                    return None if soft == "unlimited" else int(soft)
    except (OSError, ValueError, IndexError):
        pass
    return None


def _memory_error(name: str, memory_mb: int | None) -> Converted:
    return Converted(document=DocumentRow(
        name, "error", error=f"needs more than {memory_mb} MB of memory (raise --max-memory)"))


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def preload() -> None:
    """Import the readers once in the parent, so that the workers forked for a batch of files
    start at once."""
    import bilan.pipeline  # noqa: F401
    import bilan.extract.docx  # noqa: F401
    import bilan.extract.pdf  # noqa: F401
    import bilan.normalize.document  # noqa: F401


def _failed(name: str, path: Path, error: str) -> Converted:
    from bilan.pipeline import sha256_of
    try:
        digest = sha256_of(path)
    except OSError:
        digest = ""
    return Converted(document=DocumentRow(name, "error", error=error, sha256=digest))


def convert_isolated(tasks: list[tuple[Path, str]], *, jobs: int = 1, timeout: float | None = None,
                     memory_mb: int | None = None, options: dict[str, Any] | None = None,
                     on_done: Callable[[int, Converted], None] | None = None,
                     idle: Callable[[], None] | None = None) -> Iterator[Converted]:
    """Yield each task's result in input order, whatever order the workers finish in.

    `idle` runs once in this process when the last file's worker has started and one of the
    workers has read its file: work this process will need afterwards (importing the
    writers, say) then runs while that worker normalizes the file, on a core the readers
    (a PDF's page readers) no longer use, and no worker is forked from the larger process.
    """
    forking = sys.platform.startswith("linux")
    page_workers = max(1, _cores() // max(1, jobs))  # jobs x page workers <= cores
    ctx = mp.get_context("fork" if forking else "spawn")
    if forking and len(tasks) > 1:  # one file: its worker imports them itself, this process would wait
        preload()
    options = options or {}
    results: dict[int, Converted] = {}
    running: dict[Connection, tuple[int, Any, float]] = {}
    queue = list(enumerate(tasks))
    next_out = 0
    while queue or running:
        while queue and len(running) < max(1, jobs):
            index, (path, name) = queue.pop(0)
            receiver, sender = ctx.Pipe(duplex=False)
            proc = ctx.Process(target=_child, args=(sender, os.fspath(path), name, options, memory_mb,
                                                     page_workers),
                               daemon=True)
            proc.start()
            sender.close()
            running[receiver] = (index, proc, time.monotonic())
        now = time.monotonic()
        wait_for = None
        if timeout is not None:
            wait_for = max(0.0, min(start + timeout for _, _, start in running.values()) - now)
        for conn in wait(list(running), timeout=wait_for):
            try:
                result = conn.recv()
                if isinstance(result, str):  # _READ: the file is read, its result follows
                    if idle is not None and not queue:
                        idle()
                        idle = None
                    continue
            except (EOFError, OSError):
                result = None
            index, proc, _ = running.pop(conn)
            path, name = tasks[index]
            if result is None:
                proc.join()
                code = proc.exitcode
                if memory_mb and code != 0:
                    why = f"stopped (exit code {code}): it may need more than {memory_mb} MB of memory (raise --max-memory)"
                else:
                    why = f"reader crashed (exit code {code})"
                result = _failed(name, path, why)
            conn.close()
            proc.join()
            results[index] = result
            if on_done:
                on_done(index, result)
        if timeout is not None:
            now = time.monotonic()
            for conn, (index, proc, start) in list(running.items()):
                if now - start >= timeout:
                    starved = bool(memory_mb) and _near_limit(memory_mb, pid=proc.pid)
                    proc.kill()
                    proc.join()
                    conn.close()
                    del running[conn]
                    path, name = tasks[index]
                    results[index] = _failed(name, path, (
                        f"stopped after {timeout:g} s at its memory limit: it needs more than "
                        f"{memory_mb} MB of memory (raise --max-memory)") if starved else
                        f"timed out after {timeout:g} s (raise --timeout)")
                    if on_done:
                        on_done(index, results[index])
        while next_out in results:
            yield results.pop(next_out)
            next_out += 1
