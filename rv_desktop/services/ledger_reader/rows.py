"""Data rows: what is a case, and what is a title, a totals row, notes or a sign-off."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, NamedTuple

from .files import _header_text, _is_empty
from .header_row import _Header
from .table import LedgerRow, SkippedRow
from .words import _WORDS, KEY_FIELDS

_TOTALS_RE = re.compile(_WORDS["rows"]["totals"])
_NOTES_RE = re.compile(_WORDS["rows"]["notes"])
_SIGNOFF_RE = re.compile(_WORDS["rows"]["signoff"])
_SPACE_RE = re.compile(r"\s+")
_BRACKETS = _WORDS["rows"]["column_number_brackets"]
# Section titles: 一、…  (一)…  1、…  第二批…  2017年下半年…
_SECTION_RE = re.compile(_WORDS["rows"]["section"])
# First characters of the patterns above, a cheap filter before the regex.
_TOTALS_FIRST = frozenset(_WORDS["rows"]["totals_first"])
_NOTES_FIRST = frozenset(_WORDS["rows"]["notes_first"])
_SIGNOFF_FIRST = frozenset(_WORDS["rows"]["signoff_first"])
_SECTION_FIRST = frozenset(_WORDS["rows"]["section_first"])


def _is_section(values: Sequence[Any], first_at: int, first_cell: str) -> bool:
    """A section title: the row's only filled cell, reading like "一、2017年下半年"."""
    if first_cell.lstrip()[:1] not in _SECTION_FIRST:
        return False
    for v in values[first_at + 1 :]:
        if v is not None and (v.__class__ is not str or v.strip()):
            return False
    return bool(_SECTION_RE.match(_squash(first_cell)))


def _squash(value: Any) -> str:
    return _SPACE_RE.sub("", value) if isinstance(value, str) else ""


def _is_number(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, (int, float)):
        return True
    if isinstance(value, str):
        text = value.strip().replace(",", "")
        try:
            float(text)
        except ValueError:
            return False
        return True
    return False


def _is_column_numbers(values: Sequence[Any]) -> bool:
    """The 1, 2, 3 ... (or (1), (2) ...) row many official forms put under
    their header."""
    numbers = []
    for v in values:
        if _is_empty(v):
            continue
        if isinstance(v, str):
            text = v.strip().strip(_BRACKETS)
            if not text.isdecimal():  # isdigit() takes "¹", which int() refuses
                return False
            numbers.append(int(text))
        elif isinstance(v, (int, float)) and not isinstance(v, bool) and float(v).is_integer():
            numbers.append(int(v))
        else:
            return False
    return len(numbers) >= 3 and all(b - a == 1 for a, b in zip(numbers, numbers[1:], strict=False))


def _is_signoff(value: Any) -> bool:
    return (
        isinstance(value, str)
        and value.lstrip()[:1] in _SIGNOFF_FIRST
        and bool(_SIGNOFF_RE.match(_squash(value)))
    )


# One pass over the rows. The checks are ordered so that an ordinary data
# row costs a few comparisons: a 20,000-row ledger must not wait on
# regular expressions run on every cell.
def _collect_rows(
    grid: list[list[Any]], header: _Header, row_base: int, quick: bool = True
) -> tuple[list[LedgerRow], list[SkippedRow], int, int | None, int | None]:
    """The data rows, the skipped rows, the count of blank rows, the notes'
    row and the table's last row. ``quick=False`` puts every row through the
    full checks (the tests compare both ways)."""
    width = len(header.headers)
    first_col = next((c for c, h in enumerate(header.headers) if h), 0)
    lead_cols = list(range(first_col, min(first_col + 3, width)))
    lead_end = first_col + 2
    key_cols = [header.mapping[k] for k in KEY_FIELDS if k in header.mapping]
    header_keys = [header.headers[c] for c in key_cols]
    rows: list[LedgerRow] = []
    skipped: list[SkippedRow] = []
    blank = 0
    notes_row: int | None = None
    first_data = True
    index = header.bottom
    plain = _plain_row_test(header_keys, lead_cols, key_cols)
    ctx = _RowContext(lead_end, lead_cols, key_cols, header_keys)
    for index in range(header.bottom + 1, len(grid)):
        values = _padded(grid[index], width)
        number = index + row_base
        if quick and not first_data and plain(values):
            rows.append(LedgerRow(number, values))
            continue
        kind, skip = _full_checks(values, number, first_data, ctx)
        if kind is _BLANK:
            blank += 1
            continue
        if kind is _NOTES:
            notes_row = number
            break
        if kind is not _BEFORE_DATA:
            first_data = False
        if skip is not None:
            skipped.append(skip)
            continue
        rows.append(LedgerRow(number, values))
    last_row = None
    if notes_row is not None:
        last_row = _sheet_end(grid, index, width, row_base, notes_row)
    elif rows or skipped:
        last_row = max(rows[-1].row_number if rows else 0, skipped[-1].row_number if skipped else 0)
    return rows, skipped, blank, notes_row, last_row


class _RowContext(NamedTuple):
    lead_end: int  # a note or a section title starts at or left of this column
    lead_cols: list[int]
    key_cols: list[int]
    header_keys: list[str]


_BLANK, _NOTES, _BEFORE_DATA, _DATA = "blank", "notes", "before data", "data"


def _full_checks(
    values: list[Any], number: int, first_data: bool, ctx: _RowContext
) -> tuple[str, SkippedRow | None]:
    """What a row that is not plainly a data row is: blank, the notes (the
    table ends), a row skipped before the data starts (a section title, the
    column numbers), or a data-area row (skipped with its reason, or a case)."""
    first_at, first_cell = _first_filled(values)
    if first_cell is None:
        return _BLANK, None
    # A note starts at the left of the table; "注：" further right is a
    # remark inside a data row.
    if (
        first_at <= ctx.lead_end
        and isinstance(first_cell, str)
        and first_cell.lstrip()[:1] in _NOTES_FIRST
        and _NOTES_RE.match(_squash(first_cell))
    ):
        return _NOTES, None
    if first_cell.__class__ is str and _is_section(values, first_at, first_cell):
        return _BEFORE_DATA, SkippedRow(number, "section", " ".join(first_cell.split()))
    key_values = [values[c] for c in ctx.key_cols]
    keys_empty = _first_filled(key_values)[1] is None
    if _starts_signoff(values, key_values, keys_empty):
        return _NOTES, None
    if first_data and _is_column_numbers(values):
        return _BEFORE_DATA, SkippedRow(number, "column_numbers")
    if _is_totals(values, ctx.lead_cols):
        return _DATA, SkippedRow(number, "totals")
    leading = first_at <= ctx.lead_end
    reason = _not_a_case(values, key_values, keys_empty, ctx.header_keys, leading)
    return _DATA, SkippedRow(number, reason) if reason else None


def _plain_row_test(header_keys: list[str], lead_cols: list[int], key_cols: list[int]):
    """A test for the ordinary data row, which every check of ``_collect_rows``
    passes as a case: its key cells are filled, its first filled cell starts
    like no note or section title, its key cells like no sign-off (the first
    one not like the header's), its lead cells like no totals row. A few
    comparisons instead of the checks' function calls (a 20,000-row ledger is
    nearly all such rows); any other row takes the full checks."""
    first_special = _NOTES_FIRST | _SECTION_FIRST
    key_special = [_SIGNOFF_FIRST] * len(key_cols)
    if key_special:  # the first key cell must not start like the header's first key either
        key_special[0] = _SIGNOFF_FIRST.union(header_keys[0][:1])
    keys = list(zip(key_cols, key_special, strict=True))

    def plain(values: list) -> bool:
        for v in values:  # the first filled cell
            if v is None:
                continue
            if v.__class__ is str:
                text = v.lstrip()
                if not text:
                    continue
                if text[0] in first_special:
                    return False
            break
        for c, special in keys:
            v = values[c]
            if v is None:
                return False
            if v.__class__ is str:
                text = v.lstrip()
                if not text or text[0] in special:
                    return False
        for c in lead_cols:
            v = values[c]
            if v.__class__ is str and v.lstrip()[:1] in _TOTALS_FIRST:
                return False
        return True

    return plain


def _first_filled(values: list) -> tuple[int, Any]:
    """The first cell that is not blank, and its column; (0, None) for a blank row."""
    for col, v in enumerate(values):
        if v is not None and (v.__class__ is not str or v.strip()):
            return col, v
    return 0, None


def _padded(raw: list, width: int) -> list:
    """The row's ``width`` cells; empty cells are "" from calamine and csv alike:
    None for callers."""
    if len(raw) == width and "" not in raw:  # a full row, checked in C: kept as it is
        return raw
    # (not ``v == ""``: comparing a date or a number with text is slow)
    values = [v if v.__class__ is not str or v else None for v in raw[:width]]
    if len(values) < width:
        values.extend([None] * (width - len(values)))
    return values


def _starts_signoff(values: list, key_values: list, keys_empty: bool) -> bool:
    """A sign-off line (制表人：…) where the key columns are empty or hold it."""
    if keys_empty:
        return any(_is_signoff(v) for v in values)
    for v in key_values:
        if v.__class__ is str and v.lstrip()[:1] in _SIGNOFF_FIRST:
            return any(_is_signoff(k) for k in key_values) and all(
                _is_empty(k) or _is_signoff(k) for k in key_values
            )
    return False


def _is_totals(values: list, lead_cols: list[int]) -> bool:
    for c in lead_cols:
        v = values[c]
        if isinstance(v, str) and v.lstrip()[:1] in _TOTALS_FIRST and _TOTALS_RE.match(_squash(v)):
            return True
    return False


def _not_a_case(
    values: list, key_values: list, keys_empty: bool, header_keys: list, at_lead: bool
) -> str | None:
    """Why a row is no case (numbers only, or the header repeated), or None."""
    if keys_empty:
        if all(_is_empty(v) or _is_number(v) for v in values):
            filled = sum(1 for v in values if not _is_empty(v))
            return "numbered_blank" if filled == 1 and at_lead else "totals"
        return None
    if (
        key_values[0].__class__ is str
        and key_values[0].lstrip()[:1] == header_keys[0][:1]
        and all(
            isinstance(v, str) and v.lstrip()[:1] == h[:1] and _header_text(v) == h
            for v, h in zip(key_values, header_keys, strict=True)
        )
    ):
        return "header_repeat"
    return None


def _sheet_end(grid: list, index: int, width: int, row_base: int, notes_row: int) -> int:
    """Where the sheet really ends, for "rows 14-16 were read as notes"."""
    for back in range(len(grid) - 1, index, -1):
        if any(not _is_empty(v) for v in grid[back][:width]):
            return back + row_base
    return notes_row
