"""Reading the ledger for the import, and the column mapping a clerk confirmed."""

from __future__ import annotations

import datetime as dt
import functools
import gc
import json
import os
from pathlib import Path

from ...domain.errors import QT_TRANSLATE_NOOP
from ...domain.models import ImportMapping, db
from ..ledger_reader import FIELDS, LedgerError, LedgerTable, read_ledger
from .model import _READ_ERRORS, LedgerImportError


def _without_gc_passes(fn):
    """Run ``fn`` with Python's automatic cyclic garbage collection paused.

    Reading, planning and applying a 20,000-row ledger allocate about a
    million objects that all live until the import ends; the collector's
    passes over them find nothing and cost 0.2-0.3 s of a 2 s import. The
    program's window already collects on its own timer (``gui/garbage.py``),
    where this changes nothing; the command line gains the time."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return fn(*args, **kwargs)
        finally:
            if was_enabled:
                gc.enable()

    return wrapper


@_without_gc_passes
def read_table(path: str | os.PathLike, sheet: str | None = None) -> LedgerTable:
    """Read the ledger, turning reader errors into messages for the clerk."""
    if not Path(path).is_file():
        raise LedgerImportError(
            "file_missing",
            QT_TRANSLATE_NOOP("UserError", "{file}: the file does not exist."),
            file=Path(path),
        )
    try:
        return read_ledger(path, sheet)
    except LedgerError as exc:
        raise LedgerImportError(
            exc.code,
            _READ_ERRORS.get(exc.code, _READ_ERRORS["not_a_spreadsheet"]),
            file=Path(exc.file).name,
            sheet=f"[{exc.sheet}]" if exc.sheet else "",
            detail=exc.detail,
        ) from exc


def remembered_mapping(table: LedgerTable) -> dict[str, int] | None:
    """The mapping a clerk confirmed for a file with the same headers, if any."""
    row = ImportMapping.get_or_none(ImportMapping.header_signature == table.header_signature)
    if row is None:
        return None
    mapping = {k: int(v) for k, v in json.loads(row.mapping).items() if k in FIELDS}
    return mapping if all(0 <= c < len(table.headers) for c in mapping.values()) else None


def remember_mapping(table: LedgerTable, mapping: dict[str, int]) -> None:
    with db.atomic():
        ImportMapping.insert(
            header_signature=table.header_signature,
            headers=json.dumps(table.headers, ensure_ascii=False),
            mapping=json.dumps(mapping, sort_keys=True),
            updated_at=dt.datetime.now().replace(microsecond=0),
        ).on_conflict(
            conflict_target=[ImportMapping.header_signature],
            preserve=[ImportMapping.headers, ImportMapping.mapping, ImportMapping.updated_at],
        ).execute()
