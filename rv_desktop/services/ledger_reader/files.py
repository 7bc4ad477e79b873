"""Opening files: workbooks through python-calamine, CSV through the csv module."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from ..ledger_guard import GuardError, check_csv_size, check_zip_bounds
from .table import LedgerError


def _is_empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _header_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        # Keep the text as typed, minus line breaks inside the cell.
        return " ".join(value.split())
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _looks_encrypted(path: Path) -> bool:
    """An encrypted Office file is an OLE compound file holding an
    ``EncryptedPackage`` stream, whatever its extension says."""
    try:
        with path.open("rb") as fh:
            head = fh.read(1 << 16)
    except OSError:
        return False
    return head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1") and (
        "EncryptedPackage".encode("utf-16-le") in head
        or "EncryptionInfo".encode("utf-16-le") in head
    )


def _guarded(check, path: Path) -> None:
    try:
        check(path)
    except GuardError as exc:
        raise LedgerError(exc.message, exc.code, path, detail=exc.detail) from exc


def _open_workbook(path: Path) -> Any:
    try:
        from python_calamine import CalamineWorkbook
    except Exception as exc:  # pragma: no cover - a broken installation
        raise LedgerError(
            f"spreadsheet reader unavailable: {exc}", "not_a_spreadsheet", path
        ) from exc
    if _looks_encrypted(path):
        raise LedgerError(
            "the file is password-protected; remove the password in Excel or WPS and save it again",
            "encrypted",
            path,
        )
    _guarded(check_zip_bounds, path)
    try:
        return CalamineWorkbook.from_path(str(path))
    except Exception as first:
        # Files get renamed (an .xls saved as .xlsx): calamine picks the
        # reader by extension, while from_filelike sniffs the content.
        try:
            with path.open("rb") as fh:
                return CalamineWorkbook.from_filelike(io.BytesIO(fh.read()))
        except Exception:
            raise LedgerError(
                f"not a readable spreadsheet: {first}", "not_a_spreadsheet", path
            ) from first


def _sheet_grid(workbook: Any, name: str, path: Path) -> list[list[Any]]:
    """The whole sheet from A1 (empty cells are ``""``), converted once."""
    try:
        sheet = workbook.get_sheet_by_name(name)
        grid = sheet.to_python(skip_empty_area=False)
        end = sheet.end
    except Exception as exc:
        raise LedgerError(
            f"cannot read sheet {name}: {exc}", "not_a_spreadsheet", path, name
        ) from exc
    rows = grid
    # to_python(skip_empty_area=False) starts at A1 (checked for xlsx, xls and
    # ods); should a version not do so, pad to keep sheet coordinates right.
    if end is not None and rows:
        missing_rows = end[0] + 1 - len(rows)
        width = max(len(r) for r in rows)
        missing_cols = end[1] + 1 - width
        if missing_cols > 0:
            rows = [[None] * missing_cols + r for r in rows]
        if missing_rows > 0:
            rows = [[] for _ in range(missing_rows)] + rows
    return rows


def _decode_csv(data: bytes, path: Path) -> tuple[str, str]:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates = ["utf-16"]
    else:
        candidates = ["utf-8-sig", "gb18030"]
    for encoding in candidates:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise LedgerError(
        "the CSV file is neither UTF-8 nor GB18030/GBK text; save it again from Excel as "
        '"CSV UTF-8"',
        "encoding",
        path,
    )


def _read_csv(path: Path) -> tuple[list[list[Any]], str]:
    _guarded(check_csv_size, path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise LedgerError(f"cannot read the file: {exc}", "not_a_spreadsheet", path) from exc
    text, encoding = _decode_csv(data, path)
    if "\x00" in text:
        raise LedgerError("the file is binary (NUL bytes), not CSV text", "csv_nul", path)
    first_line = text.split("\n", 1)[0]
    # Excel writes "," (or ";" where the decimal sign is a comma); tab for
    # "Unicode text". Pick what the first line uses most.
    delimiter = max((",", "\t", ";"), key=lambda d: (first_line.count(d), d == ","))
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        if "field limit" in str(exc):
            raise LedgerError(
                f"not a readable CSV file: {exc}",
                "csv_field_too_large",
                path,
                detail=str(csv.field_size_limit()),
            ) from exc
        raise LedgerError(f"not a readable CSV file: {exc}", "not_a_spreadsheet", path) from exc
    return records, encoding
