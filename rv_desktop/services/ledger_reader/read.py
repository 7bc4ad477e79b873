"""The entry point: read a ledger file into a table."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..ledger_guard import check_readable
from .files import _guarded, _is_empty, _open_workbook, _read_csv, _sheet_grid
from .header_row import _find_header, _Header
from .rows import _collect_rows
from .table import LedgerError, LedgerTable
from .words import CSV_SUFFIXES, SPREADSHEET_SUFFIXES


def _build_table(
    path: Path,
    sheet: str | None,
    grid: list[list[Any]],
    header: _Header,
    row_base: int,
    fmt: str,
    encoding: str | None,
    sheet_names: list[str],
) -> LedgerTable:
    rows, skipped, blank, notes_row, last_row = _collect_rows(grid, header, row_base)
    if not rows:
        raise LedgerError("the table has a header but no data rows", "empty", path, sheet)
    mapped = set(header.mapping.values())
    unmapped = [c for c, h in enumerate(header.headers) if h and c not in mapped]
    return LedgerTable(
        file=str(path),
        sheet=sheet,
        header_row=header.bottom + row_base,
        headers=header.headers,
        mapping=dict(header.mapping),
        unmapped=unmapped,
        rows=rows,
        header_rows=tuple(range(header.top + row_base, header.bottom + row_base + 1)),
        skipped=skipped,
        blank_rows=blank,
        notes_row=notes_row,
        last_row=last_row,
        format=fmt,
        encoding=encoding,
        sheet_names=sheet_names,
    )


def _visible_first(workbook: Any) -> list[str]:
    """Sheet names, visible worksheets first, chart sheets left out."""
    try:
        metadata = list(workbook.sheets_metadata)
    except Exception:
        return list(workbook.sheet_names)
    visible, hidden = [], []
    for meta in metadata:
        try:
            if str(meta.typ).rsplit(".", 1)[-1] not in ("WorkSheet",):
                continue
            (visible if str(meta.visible).rsplit(".", 1)[-1] == "Visible" else hidden).append(
                meta.name
            )
        except Exception:
            visible.append(meta.name)
    return visible + hidden


def read_ledger(path: str | Path, sheet: str | None = None) -> LedgerTable:
    """Read a ledger file and recognise its table.

    ``sheet`` names the data sheet; when None, every worksheet is tried and
    the one whose header recognises the most fields wins (visible sheets
    first, then workbook order). CSV files have no sheets (``sheet`` is
    ignored and ``LedgerTable.sheet`` is None). Raises :class:`LedgerError`
    and nothing else for anything wrong with the file.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        if path.is_file():
            _guarded(check_readable, path)
        if suffix in CSV_SUFFIXES:
            return _read_csv_table(path)
        if suffix not in SPREADSHEET_SUFFIXES:
            raise LedgerError(
                f"unsupported file type {suffix or '(none)'}; use .xlsx, .xls, .ods or .csv",
                "not_a_spreadsheet",
                path,
            )
        if not path.is_file():
            raise LedgerError("file not found", "not_a_spreadsheet", path)
        workbook = _open_workbook(path)
        try:
            return _read_workbook_table(workbook, path, sheet, suffix)
        finally:
            try:
                workbook.close()
            except Exception:
                pass
    except LedgerError:
        raise
    except Exception as exc:  # anything unforeseen in a hostile file
        raise LedgerError(f"cannot read the file: {exc}", "not_a_spreadsheet", path, sheet) from exc


def _read_csv_table(path: Path) -> LedgerTable:
    grid, encoding = _read_csv(path)
    header = _find_header(grid)
    if header is None:
        if not any(any(not _is_empty(v) for v in row) for row in grid):
            raise LedgerError("the file is empty", "empty", path)
        raise LedgerError("no column of a ledger was recognised", "no_columns", path)
    # Record numbers count from 1 at the first record of the file.
    return _build_table(path, None, grid, header, 1, "csv", encoding, [])


def _read_workbook_table(workbook: Any, path: Path, sheet: str | None, suffix: str) -> LedgerTable:
    try:
        all_names = list(workbook.sheet_names)
    except Exception as exc:
        raise LedgerError(f"not a readable spreadsheet: {exc}", "not_a_spreadsheet", path) from exc
    if sheet is not None:
        if sheet not in all_names:
            raise LedgerError(f"no sheet named {sheet}", "sheet_not_found", path, sheet)
        names = [sheet]
    else:
        names = _visible_first(workbook)
    best: tuple[str, list[list[Any]], _Header] | None = None
    any_content = False
    unreadable: LedgerError | None = None
    for name in names:
        try:
            grid = _sheet_grid(workbook, name, path)
        except LedgerError as exc:
            # A broken or odd sheet (a macro or dialog sheet) must not
            # hide a good one when we choose; a named sheet must read.
            if sheet is not None:
                raise
            unreadable = unreadable or exc
            continue
        header = _find_header(grid)
        if header is None:
            any_content = any_content or any(any(not _is_empty(v) for v in row) for row in grid)
            continue
        any_content = True
        if best is None or header.score > best[2].score:
            best = (name, grid, header)
    if best is None:
        where = sheet
        if unreadable is not None and not any_content:
            raise unreadable
        if not any_content:
            raise LedgerError("the spreadsheet is empty", "empty", path, where)
        raise LedgerError("no column of a ledger was recognised", "no_columns", path, where)
    name, grid, header = best
    return _build_table(path, name, grid, header, 1, suffix.lstrip("."), None, all_names)
