"""A private folder for the program's temporary files, inside the data folder.

Package members, openpyxl's temporary sheets and the exports' ``.part``
files held personal data in the system's temporary folder, and a killed or
interrupted export left them there. Every process of the program now keeps
its temporary files in ``<data folder>/staging/<pid>-<random>/`` (0700 on
POSIX): ``use_private_temp`` points ``tempfile`` (and child processes, by
``TMPDIR``/``TEMP``/``TMP``) at it and removes it when the process exits; a
folder whose process is gone (killed) is removed at the next start.
"""

from __future__ import annotations

import atexit
import os
import re
import secrets
import shutil
import tempfile
from pathlib import Path

from ..paths import data_dir

_NAME = re.compile(r"^(\d+)-[0-9a-f]+$")
_mine: dict[str, Path] = {}  # the one folder of this process, by data folder


def staging_root() -> Path:
    return data_dir() / "staging"


def private_temp_dir() -> Path:
    """This process's private temporary folder (made on first use, removed at exit)."""
    root = staging_root()
    key = str(root)
    folder = _mine.get(key)
    if folder is not None and folder.is_dir():
        return folder
    root.mkdir(parents=True, exist_ok=True, mode=0o700)
    remove_stale_staging()
    folder = root / f"{os.getpid()}-{secrets.token_hex(4)}"
    folder.mkdir(mode=0o700)
    if os.name == "posix":
        os.chmod(root, 0o700)
    _mine[key] = folder
    atexit.register(shutil.rmtree, folder, True)
    return folder


def use_private_temp() -> Path:
    """Make the private folder this process's (and its children's) temporary folder."""
    folder = private_temp_dir()
    tempfile.tempdir = str(folder)
    for name in ("TMPDIR", "TEMP", "TMP"):
        os.environ[name] = str(folder)
    return folder


def remove_stale_staging() -> list[Path]:
    """Remove the folders of processes that are gone (a killed export's members)."""
    from .backup import _process_alive

    removed = []
    try:
        entries = list(staging_root().iterdir())
    except OSError:
        return removed
    for entry in entries:
        match = _NAME.match(entry.name)
        if match and not _process_alive(int(match[1])):
            shutil.rmtree(entry, ignore_errors=True)
            removed.append(entry)
    return removed
