"""The fonts the layout family draws with, and whether this machine really has them.

A document drawn by LibreOffice or a browser names a font; when the machine lacks it, the
program quietly takes another (fontconfig's substitute: "Times New Roman" becomes Nimbus Roman
on one machine, Liberation Serif on the next), and the test input changes with the machine. So
the family names only fonts that `make setup` and `.ci/run` install, and asks fontconfig
(`fc-match`) whether the named font is the one it would use: a member whose font is missing is
not drawn (pytest skips it, naming the Debian package to install).
"""

from __future__ import annotations

import shutil
import subprocess
from functools import lru_cache
from pathlib import Path

# The families the family may name, with the Debian package that installs each.
PACKAGES = {
    "Liberation Serif": "fonts-liberation",      # metric-compatible with Times New Roman
    "Liberation Sans": "fonts-liberation",       # metric-compatible with Arial
    "DejaVu Sans": "fonts-dejavu-core",
    "Carlito": "fonts-crosextra-carlito",        # metric-compatible with Calibri
    "Caladea": "fonts-crosextra-caladea",        # metric-compatible with Cambria
}

# reportlab's "DejaVu" (tests/layouts/render.py) reads the TrueType files themselves.
DEJAVU_DIR = Path("/usr/share/fonts/truetype/dejavu")
DEJAVU_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")


@lru_cache(maxsize=None)
def matched(name: str) -> str | None:
    """The families fontconfig uses for `name` (comma-joined), or None without fc-match."""
    exe = shutil.which("fc-match")
    if exe is None:
        return None
    proc = subprocess.run([exe, "-f", "%{family}", name], capture_output=True, text=True, timeout=30)
    return proc.stdout.strip() if proc.returncode == 0 else ""


def missing(name: str) -> str | None:
    """None when the font named is installed (not substituted); else a one-line reason that
    names the package to install."""
    package = PACKAGES.get(name, "the package that provides it")
    got = matched(name)
    if got is None:
        return f"fontconfig (fc-match) is not installed, so font {name!r} cannot be checked: apt-get install fontconfig"
    if name.casefold() not in {f.strip().casefold() for f in got.split(",")}:
        return f"font {name!r} is not installed (fontconfig would draw {got or 'nothing'!r}): apt-get install {package}"
    return None


def dejavu_missing() -> str | None:
    """None when reportlab's DejaVu Sans files are there (every reportlab member draws the
    characters the standard fonts lack in DejaVu)."""
    absent = [f for f in DEJAVU_FILES if not (DEJAVU_DIR / f).is_file()]
    if absent:
        return f"font files {', '.join(absent)} are not in {DEJAVU_DIR}: apt-get install fonts-dejavu-core"
    return None
