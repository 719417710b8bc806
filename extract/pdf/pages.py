"""The pages of one PDF read in parallel worker processes, handed back in page order.

The pages of a document are independent until the reader joins them (extract/pdf/__init__.py's
_Builder, which must see them in order): each worker reads the document its parent opened
(through a file offset of its own: `_own_file`) and turns its share of the pages into plain
page data (`read_page`, run on each pdfplumber page); the parent takes them back page by
page, in order, so the document built is the same whatever the number of workers. Page n goes to worker (n - 1) % workers, so the workers advance side by
side and the parent holds at most a few pages at a time: memory stays flat.

The workers are forked (on Linux, from a process with a single thread; otherwise the pages are
read one by one in this process).
They inherit the process's memory limit, die with it (a file cut off at its time limit takes
its page workers along), and report failures as data: the parent raises them as its own.

`lean_objects` spares pdfplumber's generic object conversion for chars, which are most of a
page's objects: only the keys the reader uses (CHAR_KEYS) are computed, the same way
pdfplumber computes them.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterator
from typing import Any

__all__ = ["CHAR_KEYS", "PageFailed", "collector_paused", "lean_objects", "page_workers",
           "read_pages", "set_page_workers"]

CHAR_KEYS = ("text", "fontname", "size", "upright", "x0", "x1", "top", "bottom")
MIN_PAGES = 4  # below this, forking costs more than it saves
_PIPE_BYTES = 1 << 20  # room for a few pages in flight per worker
_configured: int | None = None


class PageFailed(Exception):
    """A page could not be read: `page` (0 when the file itself failed) and a short `cause`."""

    def __init__(self, page: int, cause: str, exc: BaseException | None = None):
        self.page, self.cause, self.exc = page, cause, exc
        super().__init__(f"page {page}: {cause}")


def set_page_workers(count: int | None) -> None:
    """Set how many processes read the pages of one PDF (None: one per usable core).

    File workers set it so that `--jobs` files at a time do not oversubscribe the cores.
    """
    global _configured
    _configured = None if count is None else max(1, count)


def page_workers() -> int:
    """Page workers to use by default: the configured count, else one per usable core."""
    if _configured is not None:
        return _configured
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Hold off Python's cyclic garbage collector while pages are read and joined.

    A page makes thousands of dicts, lines and spans, and each few hundred new objects set off
    a collection that walks the young ones (and now and then all the document built so far),
    for nothing: reading leaves next to no cycles (a few pdfminer objects a page), and they
    are freed at the collector's first run after this.
    """
    import gc

    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def lean_objects(page: Any) -> None:
    """Fill a pdfplumber page's object cache as its own parse would, chars with CHAR_KEYS only.

    pdfplumber resolves and copies every attribute of every layout object (colours, matrix,
    marked content, ...); on a text-heavy page that costs about as much as pdfminer's
    parsing. Other objects (lines, rects, curves, images) are few and keep pdfplumber's dicts.
    """
    from pdfminer.layout import LTAnno, LTChar, LTContainer
    from pdfplumber.page import fix_fontname_bytes, normalize_unicode

    layout = page.layout  # pdfplumber wraps pdfminer's errors here, as page.chars would
    objects: dict[str, list[dict]] = {}
    chars: list[dict] = []
    mb_x0, mb_top = page.mediabox[:2]
    height = page.height
    norm = page.pdf.unicode_norm
    containers = page.pdf.laparams is not None

    def walk(items: list) -> None:
        for obj in items:
            if isinstance(obj, LTContainer):
                if containers:
                    _add(objects, page.process_object(obj))
                walk(obj._objs)
            elif type(obj) is LTChar:
                text = obj.get_text()
                font = obj.fontname
                if isinstance(font, bytes):  # pragma: no cover - rare byte-encoded names
                    font = fix_fontname_bytes(font)
                chars.append({
                    "text": normalize_unicode(norm, text) if norm is not None else text,
                    "fontname": font, "size": obj.size, "upright": obj.upright,
                    "x0": obj.x0 + mb_x0 if mb_x0 else obj.x0,
                    "x1": obj.x1 + mb_x0 if mb_x0 else obj.x1,
                    "top": (height - obj.y1) + mb_top, "bottom": (height - obj.y0) + mb_top})
            elif not isinstance(obj, LTAnno):
                _add(objects, page.process_object(obj))

    walk(layout._objs)
    if chars:
        objects["char"] = chars
    page._objects = objects


def _add(objects: dict[str, list[dict]], obj: dict) -> None:
    kind = obj["object_type"]
    if kind != "anno":
        objects.setdefault(kind, []).append(obj)


def read_pages(pdf: Any, path: str, password: str | None, read_page: Callable[[Any], Any],
               workers: int | None = None, keep: tuple[type[Exception], ...] = (),
               engine: str = "pdfminer", idle: Callable[[], Any] | None = None
               ) -> Iterator[tuple[int, Any]]:
    """Yield (page number, read_page(page)) for every page of the open pdfplumber `pdf`, in order.

    Raises PageFailed for a page (or a file) that cannot be read, MemoryError when a worker ran
    out of memory; an exception of a `keep` type (say, OCR that cannot run) is raised as it is.
    `engine` "pdfium" reads chars and paths with PDFium (extract/pdf/chars_pdfium.py) where it can.
    `idle` runs once in this process while the page workers start (work it will need anyway,
    done while it would wait for the first page); not at all when the pages are read here.
    """
    count = len(pdf.pages)
    workers = min(page_workers() if workers is None else max(1, workers), count)
    if workers < 2 or count < MIN_PAGES or not _can_fork():
        yield from _sequential(pdf, _Objects(engine, path, password), read_page, keep)
        return
    yield from _parallel(pdf, path, password, read_page, count, workers, keep, engine, idle)


def _can_fork() -> bool:
    """Fork only on Linux, and only from a process with one thread: a thread holding a lock
    (logging's, say) at the fork would leave the worker waiting on it for ever."""
    import threading
    return sys.platform.startswith("linux") and hasattr(os, "fork") and threading.active_count() == 1


class _Objects:
    """Fills a page's object cache with the chosen engine: PDFium where it reads the page (the
    file opened once, lazily), pdfminer otherwise (or when PDFium cannot open the file)."""

    def __init__(self, engine: str, path: str, password: str | None):
        self.engine, self.path, self.password = engine, path, password
        self.doc: Any = None
        self.fonts: Any = None  # pdfminer's fonts, read once per file

    def __call__(self, page: Any) -> None:
        if self.engine == "pdfium":
            if self.doc is None:
                self.doc = _open_pdfium(self.path, self.password)
            if self.doc is not False:
                from bilan.extract.pdf.chars_pdfium import FontCache, pdfium_objects
                self.fonts = self.fonts or FontCache()
                if pdfium_objects(page, self.doc, self.fonts):
                    return
        lean_objects(page)

    def close(self) -> None:
        if self.doc:
            self.doc.close()
        self.doc = None


def _open_pdfium(path: str, password: str | None) -> Any:
    import pypdfium2
    try:
        return pypdfium2.PdfDocument(path, password=password)
    except Exception:  # pdfminer then reads the file, and reports what is wrong with it
        return False


def _sequential(pdf: Any, fill: _Objects, read_page: Callable[[Any], Any],
                keep: tuple[type[Exception], ...]) -> Iterator[tuple[int, Any]]:
    try:
        yield from _each(pdf, fill, read_page, keep)
    finally:
        fill.close()


def _each(pdf: Any, fill: _Objects, read_page: Callable[[Any], Any],
          keep: tuple[type[Exception], ...]) -> Iterator[tuple[int, Any]]:
    for number, page in enumerate(pdf.pages, start=1):
        try:
            fill(page)
            raw = read_page(page)
        except (MemoryError, *keep):
            raise
        except Exception as exc:
            raise PageFailed(number, short_cause(exc), exc) from None
        finally:
            page.close()  # drop pdfplumber's per-page caches: memory stays flat
        yield number, raw


def _parallel(pdf: Any, path: str, password: str | None, read_page: Callable[[Any], Any],
              count: int, workers: int, keep: tuple[type[Exception], ...], engine: str,
              idle: Callable[[], Any] | None = None) -> Iterator[tuple[int, Any]]:
    from multiprocessing.connection import Pipe

    procs: list[tuple[int, Any]] = []  # (pid, receiving end)
    try:
        for index in range(workers):
            receiver, sender = Pipe(duplex=False)
            _widen(sender.fileno())
            parent = os.getpid()
            pid = os.fork()
            if pid == 0:  # the worker: never returns
                code = 1
                try:
                    receiver.close()
                    for _, other in procs:
                        other.close()
                    _work(sender, parent, pdf, path, password, read_page,
                          range(index + 1, count + 1, workers), keep, engine)
                    code = 0
                finally:
                    os._exit(code)
            sender.close()
            procs.append((pid, receiver))
        if idle is not None:
            idle()
        for number in range(1, count + 1):
            _, conn = procs[(number - 1) % workers]
            try:
                kind, page, value = conn.recv()
            except (EOFError, OSError):
                raise PageFailed(number, "page reader stopped") from None
            if kind == "page":
                yield page, value
            elif kind == "memory":
                raise MemoryError
            elif kind == "raise":
                raise value
            else:
                raise PageFailed(page, value)
    finally:
        for pid, conn in procs:
            conn.close()
            try:
                os.kill(pid, 9)
            except OSError:
                pass
            try:
                os.waitpid(pid, 0)
            except OSError:
                pass


def _widen(fd: int) -> None:
    """Let a worker run a few pages ahead instead of waiting on each send (Linux pipes)."""
    try:
        import fcntl
        fcntl.fcntl(fd, getattr(fcntl, "F_SETPIPE_SZ", 1031), _PIPE_BYTES)
    except (ImportError, OSError):
        pass


def _work(conn: Any, parent: int, pdf: Any, path: str, password: str | None,
          read_page: Callable[[Any], Any], numbers: range, keep: tuple[type[Exception], ...],
          engine: str = "pdfminer") -> None:
    """A page worker: read `numbers` pages of the file and send each as ("page", n, data)."""
    _die_with(parent)
    with collector_paused():
        _send_pages(conn, pdf, path, password, read_page, numbers, keep, engine)


def _send_pages(conn: Any, pdf: Any, path: str, password: str | None,
                read_page: Callable[[Any], Any], numbers: range,
                keep: tuple[type[Exception], ...], engine: str) -> None:
    try:
        pages = pdf.pages if _own_file(pdf, path) else _reopen(path, password)
    except MemoryError:
        conn.send(("memory", 0, ""))
        return
    except Exception as exc:
        conn.send(("failed", 0, short_cause(exc)))
        return
    fill = _Objects(engine, path, password)
    for number in numbers:
        page = pages[number - 1]
        try:
            fill(page)
            message: tuple = ("page", number, read_page(page))
        except MemoryError:
            message = ("memory", number, "")
        except keep as exc:  # raised as it is in the parent (it pickles with its arguments)
            message = ("raise", number, exc)
        except Exception as exc:
            message = ("memory", number, "") if _starved() else ("failed", number, short_cause(exc))
        finally:
            page.close()
        conn.send(message)
        if message[0] != "page":
            return


def _own_file(pdf: Any, path: str) -> bool:
    """Give this worker its own open file under the document its parent parsed (the cross
    references and the page tree, inherited at the fork: not parsed again per worker).

    A forked process shares its parent's file offset: workers seeking at once would read each
    other's bytes. The file is opened again on the same descriptor, at the same offset, so
    the buffered reader above it (pdfminer's) carries on unaware. False when the document
    holds no file of its own, or the path now names another file (then the worker opens the
    file anew)."""
    try:
        fd = pdf.stream.fileno()
        offset = os.lseek(fd, 0, os.SEEK_CUR)
        new = os.open(path, os.O_RDONLY)
    except (AttributeError, OSError, ValueError):
        return False
    try:
        same = os.path.samestat(os.fstat(fd), os.fstat(new))
        if same:
            os.dup2(new, fd)
    finally:
        os.close(new)
    if not same:
        return False
    os.lseek(fd, offset, os.SEEK_SET)
    return True


def _reopen(path: str, password: str | None) -> Any:
    import pdfplumber
    return pdfplumber.open(path, password=password).pages


def _die_with(parent: int) -> None:
    """Ask Linux to kill this worker when its parent dies (say, cut off at its time limit)."""
    try:
        import ctypes
        import signal
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # the parent died before the call above
        os._exit(1)


def _starved() -> bool:
    """Whether this process came within 10 % of its address-space limit (an odd error's cause)."""
    try:
        import resource
        limit = resource.getrlimit(resource.RLIMIT_AS)[0]
        if limit == resource.RLIM_INFINITY:
            return False
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmPeak:"):
                    return int(line.split()[1]) * 1024 >= 0.9 * limit
    except (ImportError, OSError, ValueError):
        pass
    return False


def short_cause(exc: BaseException) -> str:
    """One short line for a parse error: pdfplumber's wrapper opened, long dumps cut at ':'."""
    inner = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else exc
    text = " ".join(str(inner).split())
    if len(text) > 80:
        text = text.split(":")[0][:80]
    if len(text) < 3 or text.isdigit():  # KeyError(0) says nothing alone
        text = f"{type(inner).__name__} {text}".strip()
    return text
