"""Checks before a ledger file is handed to a reader: the real cause, and bounds.

A file the program cannot read must say why, because each cause has its own
remedy: a password (remove it in Excel), a missing permission (copy the file
somewhere readable), a CSV field longer than the csv module takes, NUL bytes
in what claims to be CSV text. And a hostile file must not exhaust the
machine: an xlsx, xlsm, xlsb or ods is a zip archive, and a 1 MB archive can
hold shared strings that expand to a gibibyte. Its members' declared sizes are
read from the zip directory (instantly) and the file is refused when they pass
the bounds below, before calamine inflates anything. The declared sizes can
be trusted for this: calamine's zip reader stops with an error when a member
inflates past its declared size (tested in ``test_ledger_hostile.py``).
"""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

from ..domain.errors import QT_TRANSLATE_NOOP

__all__ = [
    "GUARD_ERRORS",
    "MAX_CSV_BYTES",
    "MAX_MEMBER_RATIO",
    "MAX_UNCOMPRESSED",
    "check_readable",
    "check_zip_bounds",
]

#: The most a spreadsheet may inflate to, all members together. A county
#: ledger of 20,000 rows is about 20 MB inside; 100,000 rows about 100 MB.
MAX_UNCOMPRESSED = 512 * 1024 * 1024
#: Members larger than this must not inflate more than MAX_MEMBER_RATIO times:
#: worksheet XML compresses 5-20 times, a zip bomb a thousand.
RATIO_FROM_BYTES = 16 * 1024 * 1024
MAX_MEMBER_RATIO = 100
#: The largest CSV file read (it is read whole).
MAX_CSV_BYTES = 256 * 1024 * 1024

#: Reader error code -> message for the clerk (with ``{file}``, ``{detail}``).
GUARD_ERRORS = {
    "encrypted": QT_TRANSLATE_NOOP(
        "UserError",
        "{file}: the workbook is protected by a password. Open it in Excel or WPS, remove "
        "the password (File ▸ Info ▸ Protect Workbook), save it and import it again.",
    ),
    "permission": QT_TRANSLATE_NOOP(
        "UserError",
        "{file}: this program may not read the file (permission denied). Copy it to your "
        "documents folder, or ask whoever owns it for access.",
    ),
    "too_large": QT_TRANSLATE_NOOP(
        "UserError",
        "{file}: the file would take too much memory to read ({detail}); it was not "
        "opened. A ledger this large is damaged or not a ledger.",
    ),
    "csv_field_too_large": QT_TRANSLATE_NOOP(
        "UserError",
        "{file}: a field of the CSV file is longer than {detail} characters; a quote is "
        "probably not closed. Open the file in Excel, check it and save it again.",
    ),
    "csv_nul": QT_TRANSLATE_NOOP(
        "UserError",
        "{file}: the CSV file contains NUL bytes: it is not text (perhaps a spreadsheet "
        "renamed .csv, or damaged). Open it in Excel and save it as CSV UTF-8.",
    ),
}


class GuardError(Exception):
    """A reason not to read the file; ``code`` is a key of GUARD_ERRORS."""

    def __init__(self, code: str, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.code, self.message, self.detail = code, message, detail


def check_readable(path: Path) -> None:
    """Refuse, with its own code, a file the program may not open."""
    try:
        with path.open("rb"):
            pass
    except PermissionError as exc:
        raise GuardError("permission", f"permission denied: {exc}") from exc


def _mib(n: int) -> str:
    return f"{n / 1024 / 1024:.0f} MiB"


def check_zip_bounds(path: Path) -> None:
    """Refuse a zip-based spreadsheet whose members inflate past the bounds.

    Only the zip directory is read. A file that is not a zip archive passes
    (calamine then says what it is)."""
    try:
        if not zipfile.is_zipfile(path):
            return
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (OSError, zipfile.BadZipFile, ValueError):
        return  # calamine reports the damage
    total = 0
    for info in members:
        total += info.file_size
        if total > MAX_UNCOMPRESSED:
            raise GuardError(
                "too_large",
                f"the archive inflates to more than {_mib(MAX_UNCOMPRESSED)}",
                f"{_mib(total)}+ > {_mib(MAX_UNCOMPRESSED)}",
            )
        if (
            info.file_size > RATIO_FROM_BYTES
            and info.file_size > MAX_MEMBER_RATIO * max(info.compress_size, 1)
        ):
            raise GuardError(
                "too_large",
                f"{info.filename} inflates {info.file_size // max(info.compress_size, 1)} times",
                f"{info.filename}: {_mib(info.file_size)}",
            )


def check_csv_size(path: Path) -> None:
    size = os.stat(path).st_size
    if size > MAX_CSV_BYTES:
        raise GuardError(
            "too_large", f"the CSV file has {size} bytes", f"{_mib(size)} > {_mib(MAX_CSV_BYTES)}"
        )
