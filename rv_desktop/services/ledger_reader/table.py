"""The recognised table: rows, skipped rows, cell references."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .headers import normalize_header


class LedgerError(Exception):
    """A ledger file that cannot be read as a table.

    ``code`` is one of ``not_a_spreadsheet``, ``empty``, ``no_columns``,
    ``encoding``, ``sheet_not_found``, or a code of ``ledger_guard.GUARD_ERRORS``
    (``encrypted``, ``permission``, ``too_large``, ``csv_field_too_large``,
    ``csv_nul``); ``message`` is short English for logs
    (the GUI translates by code).
    """

    def __init__(
        self,
        message: str,
        code: str,
        file: str | Path,
        sheet: str | None = None,
        detail: str = "",
    ) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.file = str(file)
        self.sheet = sheet
        self.detail = detail or message

    def __str__(self) -> str:
        where = Path(self.file).name + (f" [{self.sheet}]" if self.sheet else "")
        return f"{where}: {self.message} ({self.code})"


@dataclass(slots=True)
class LedgerRow:
    """One data row: its number as Excel shows it (the CSV record number for
    CSV files) and the raw cell values, indexed by sheet column (0 = A)."""

    row_number: int
    values: list[Any]

    def get(self, col: int | None) -> Any:
        """The value in column ``col`` (0-based), None when out of range."""
        if col is None or col < 0 or col >= len(self.values):
            return None
        return self.values[col]


@dataclass(frozen=True, slots=True)
class SkippedRow:
    """A non-empty row below the header that is not data.

    ``reason``: ``column_numbers`` (the 1, 2, 3 row under a header),
    ``header_repeat``, ``totals`` (合计 or a row of bare numbers),
    ``numbered_blank`` (a template row with only its 序号 filled in),
    ``section`` (a section title between blocks of cases, such as
    "一、2017年下半年", kept in ``text``).
    """

    row_number: int
    reason: str
    text: str = ""


def column_letter(col: int) -> str:
    """Excel column letters of a 0-based column index: 0 → A, 27 → AB."""
    col += 1
    letters = ""
    while col > 0:
        col, rem = divmod(col - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def cell_ref(row_number: int, col_index: int) -> str:
    """``D12`` for row number 12 (1-based, as shown) and column index 3."""
    return f"{column_letter(col_index)}{row_number}"


@dataclass
class LedgerTable:
    """A recognised table: where it is, its header, the guessed mapping and
    the data rows.

    Column indices are sheet columns (0 = A) everywhere: in ``mapping``,
    ``unmapped`` and ``LedgerRow.values``. ``header_row`` is the header row
    directly above the data (for a two-row header the lower one);
    ``header_rows`` lists all header rows. ``notes_row`` is where a notes or
    sign-off block under the table starts (reading stopped there) and
    ``last_row`` the last non-empty row of the sheet, so a caller can say
    "rows 14-16 were read as notes".
    """

    file: str
    sheet: str | None
    header_row: int
    headers: list[str]
    mapping: dict[str, int]
    unmapped: list[int]
    rows: list[LedgerRow]
    header_rows: tuple[int, ...] = ()
    skipped: list[SkippedRow] = field(default_factory=list)
    blank_rows: int = 0
    notes_row: int | None = None
    last_row: int | None = None
    format: str = ""
    encoding: str | None = None
    sheet_names: list[str] = field(default_factory=list)

    @staticmethod
    def cell_ref(row_number: int, col_index: int) -> str:
        """``D12`` for a row number as shown and a 0-based column index."""
        return cell_ref(row_number, col_index)

    @property
    def header_signature(self) -> str:
        """A stable hash of the normalised header texts and their positions,
        to remember a clerk's corrected mapping for files laid out alike."""
        text = "\x1f".join(normalize_header(h) for h in self.headers)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]

    def value(self, row: LedgerRow, field_key: str) -> Any:
        """The raw value of a field in a row (None if the field is unmapped)."""
        return row.get(self.mapping.get(field_key))

    def preview(self, n: int = 5) -> list[LedgerRow]:
        """The first ``n`` data rows, for the import dialog."""
        return self.rows[: max(n, 0)]
