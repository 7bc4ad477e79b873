"""Writing workbooks that cannot attack their reader, and files that are whole or absent.

openpyxl turns any ``str`` that starts with ``=`` into a live formula, so a
handling unit named ``=HYPERLINK("http://…","镇司法所")`` in a ledger would
become a link in the county's statistics. Every text cell the program writes
goes through ``put``/``append`` here: the value is stored as a string cell
(``data_type = "s"`` after the assignment), shown exactly as typed, whatever
it starts with (``=``, ``+``, ``-``, ``@``, tab, CR), with no apostrophe
added. Rows written as SpreadsheetML by hand (case export, assignment table)
use inline strings, which are never formulas either.

``write_atomically`` (the one "temporary file beside the target, rename over
it, say why it could not be written") lives in ``services/output.py`` and is
re-exported here; the print setup and the streamed rows of the workbooks are
in ``services/xlsx_stream.py``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .output import OutputError, write_atomically

__all__ = ["OutputError", "append", "as_text", "put", "write_atomically", "write_only_cell"]


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
