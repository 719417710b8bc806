"""Old Word (.doc) and OpenDocument (.odt) files: LibreOffice turns them into .docx, which the
Word reader then reads.

LibreOffice runs headless on a private copy of the file, with a private user profile, in a
temporary folder: parallel conversions (`--jobs`) or a LibreOffice the user has open do not clash
over the shared profile's lock, and no lock file appears next to the user's file. It is stopped
(with the processes it started) after `timeout` seconds.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from bilan.extract.model import Document

__all__ = ["LegacyReadError", "find_soffice", "read_legacy"]

TIMEOUT = 120.0  # seconds; a bilan takes a few seconds, LibreOffice's first start a few more


class LegacyReadError(ValueError):
    """A .doc or .odt file LibreOffice is missing for, or could not convert; one line."""


def find_soffice() -> str | None:
    """The LibreOffice command on PATH (`soffice`, or `libreoffice` as some distributions name it)."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def read_legacy(path: str | os.PathLike[str], fmt: str, *, timeout: float = TIMEOUT) -> Document:
    """Read a .doc or .odt file (fmt "doc" or "odt", as sniffed from its bytes) into the model.

    The Document is the Word reader's, with `format` set back to fmt and `path` to the original.
    Raises LegacyReadError; the Word reader's own DocxReadError passes through.
    """
    from bilan.extract.docx import read_docx

    exe = find_soffice()
    if exe is None:
        raise LegacyReadError(f".{fmt} files need LibreOffice to be read: install it "
                              "(apt-get install libreoffice-writer, or libreoffice.org) "
                              "or save the file as .docx")
    with tempfile.TemporaryDirectory(prefix="bilan-legacy-") as tmp:
        work = Path(tmp)
        source = work / f"document.{fmt}"  # a plain name: LibreOffice reads the extension
        try:
            shutil.copyfile(path, source)
        except OSError as exc:
            raise LegacyReadError(f"cannot copy the file for LibreOffice ({exc.strerror or exc})") from None
        out_dir = work / "out"
        _run_soffice([exe, f"-env:UserInstallation={(work / 'profile').as_uri()}",
                      "--headless", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
                      "--convert-to", "docx", "--outdir", str(out_dir), str(source)],
                     fmt, timeout, work)
        produced = out_dir / "document.docx"
        if not produced.is_file() or produced.stat().st_size == 0:
            raise LegacyReadError(f"LibreOffice could not convert this .{fmt} file "
                                  "(damaged, password-protected, or not a text document)")
        document = read_docx(produced)
    document.format = fmt
    document.path = os.fspath(path)
    return document


def _run_soffice(cmd: list[str], fmt: str, timeout: float, home: Path) -> None:
    # Its own session, so that on a timeout the whole process group (soffice starts
    # soffice.bin) is stopped, not only the launcher.
    env = {**os.environ, "HOME": str(home)}  # nothing written into the user's home
    try:
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, env=env, start_new_session=True)
    except OSError as exc:
        raise LegacyReadError(f"LibreOffice could not be started ({exc.strerror or exc})") from None
    try:
        proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _stop(proc)
        raise LegacyReadError(f"LibreOffice took more than {timeout:g} s to convert the .{fmt} file") from None
    except BaseException:
        _stop(proc)
        raise
    if proc.returncode != 0:
        raise LegacyReadError(f"LibreOffice failed to convert the .{fmt} file (exit code {proc.returncode})")


def _stop(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError, AttributeError):  # gone, or no killpg (Windows)
        proc.kill()
    proc.communicate()
