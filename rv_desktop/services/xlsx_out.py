"""Writing workbooks that cannot attack their reader, and files that are whole or absent.

openpyxl turns any ``str`` that starts with ``=`` into a live formula, so a
handling unit named ``=HYPERLINK("http://…","镇司法所")`` in a ledger would
become a link in the county's statistics. Every text cell the program writes
goes through ``put``/``append`` here: the value is stored as a string cell
(``data_type = "s"`` after the assignment), shown exactly as typed, whatever
it starts with (``=``, ``+``, ``-``, ``@``, tab, CR), with no apostrophe
added. Rows written as SpreadsheetML by hand (case export, assignment table)
use inline strings, which are never formulas either.

``write_atomically`` is the one "temporary file beside the target, rename
over it, say why it could not be written" of the exports.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from ..domain.errors import QT_TRANSLATE_NOOP, UserError, system_reason
from ..domain.transactions import disk_full_error, is_disk_full


class OutputError(UserError):
    """A file could not be written; nothing was left in its place."""


def as_text(cell, value: Any) -> Any:
    """Give ``cell`` the value ``value``; a ``str`` stays a string cell, never a formula."""
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"
    return cell


def put(ws, row: int, column: int, value: Any = None):
    """``ws.cell(row, column, value)`` for text that must never run as a formula."""
    return as_text(ws.cell(row, column), value)


def append(ws, values: Iterable[Any]) -> None:
    """``ws.append(values)``, every text a string cell."""
    values = list(values)
    ws.append(values)
    row = ws.max_row
    for column, value in enumerate(values, start=1):
        if isinstance(value, str):
            ws.cell(row, column).data_type = "s"


def write_only_cell(ws, value: Any):
    """A ``WriteOnlyCell`` for write-only workbooks, text as text."""
    from openpyxl.cell import WriteOnlyCell

    return as_text(WriteOnlyCell(ws), value)


def write_atomically(out: str | os.PathLike, write: Callable[[Path], None]) -> Path:
    """Call ``write(tmp)`` for a temporary file beside ``out``, then rename it to ``out``.

    ``out`` is either the whole new file or untouched; an ``OSError`` (a full
    disk, a folder that cannot be written, a file open in Excel on Windows)
    becomes an ``OutputError`` naming the file and why.
    """
    out = Path(out)
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(suffix=out.suffix, prefix=f".{out.stem[:40]}-", dir=out.parent)
        os.close(fd)
        write(Path(tmp))
        os.replace(tmp, out)
        tmp = None
    except OSError as exc:
        if is_disk_full(exc):
            raise disk_full_error(out) from exc
        raise OutputError(
            "output_write",
            QT_TRANSLATE_NOOP("UserError", "{path} could not be written: {reason}"),
            path=out,
            reason=system_reason(exc),
        ) from exc
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
    return out
