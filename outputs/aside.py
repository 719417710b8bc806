"""Work run beside this process: a writer forked off while this process writes the other files,
or half of a long document's rows normalized while this process does the other half.

The workbook takes longer to write than all the other files of the folder together, and the
machine has a core idle while it is written (and while a file is normalized). On Linux, from a process with a single thread,
the work runs in a forked child (a fork from a threaded process, a web server's say, could
inherit a lock some other thread holds, and wait on it for ever); anywhere else it runs in
this process when it is waited for. Either way `wait()` returns the work's result when it is
done, or raises its error (the same exception: a full disk is an OSError here as there).
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable
from typing import Any

__all__ = ["Aside", "can_fork", "in_halves"]


def can_fork() -> bool:
    import threading
    return sys.platform.startswith("linux") and hasattr(os, "fork") and threading.active_count() == 1


class Aside:
    """`work()` started now, in a child process where that is safe (see the module's text)."""

    def __init__(self, work: Callable[[], Any]):
        self.work: Callable[[], Any] | None = work
        self.pid = 0
        self.conn: Any = None
        if not can_fork():
            return
        from multiprocessing.connection import Pipe

        receiver, sender = Pipe(duplex=False)
        pid = os.fork()
        if pid == 0:  # the child: never returns
            code = 1
            try:
                # what the parent made stays as it is: the collector leaves it out, so its
                # pages are not copied into this process for nothing; and the work (tens of
                # thousands of cells) would set it off again and again for no garbage worth
                # it: whatever the work leaves goes when this process exits
                gc.freeze()
                gc.disable()
                receiver.close()
                try:
                    sender.send((None, work()))
                except BaseException as exc:  # noqa: BLE001 - every failure goes back to the parent
                    try:
                        sender.send((exc, None))
                    except Exception:  # an error that does not pickle: its type and text
                        sender.send((RuntimeError(f"{type(exc).__name__}: {exc}"), None))
                code = 0
            finally:
                os._exit(code)
        sender.close()
        self.pid, self.conn, self.work = pid, receiver, None

    def wait(self) -> Any:
        """Return the work's result when it is done; raise its error."""
        if self.work is not None:
            work, self.work = self.work, None
            return work()
        if not self.pid:
            return None
        try:
            try:
                error, result = self.conn.recv()
            except (EOFError, OSError):
                error, result = RuntimeError("the process working aside stopped"), None
        finally:
            self._reap()
        if error is not None:
            raise error
        return result

    def cancel(self) -> None:
        """Stop the work if it still runs (this process failed: its result is not wanted)."""
        self.work = None
        if self.pid:
            try:
                os.kill(self.pid, 9)
            except OSError:
                pass
            self._reap()

    def _reap(self) -> None:
        pid, self.pid = self.pid, 0
        if self.conn is not None:
            self.conn.close()
            self.conn = None
        try:
            os.waitpid(pid, 0)
        except OSError:
            pass

    def __enter__(self) -> Aside:
        return self

    def __exit__(self, kind: Any, *_: Any) -> None:
        if kind is None:
            self.wait()
        else:
            self.cancel()



def in_halves(work: Callable[[list], Any], items: list, least: int = 100) -> list:
    """[work(first half of items), work(second half)], the second worked aside while this
    process works the first; [work(items)] below `least` items, where a fork costs more than
    the half it saves. `work` must give a result that pickles."""
    if len(items) < least or not can_fork():
        return [work(items)]
    half = len(items) // 2
    second = Aside(lambda: work(items[half:]))
    try:
        first = work(items[:half])
    except BaseException:
        second.cancel()
        raise
    return [first, second.wait()]
