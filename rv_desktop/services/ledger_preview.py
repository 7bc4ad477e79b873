"""The import preview: the ledger's first rows as they will be stored.

The clerk checks the column mapping on a few rows. Raw cells misled: an ID
or phone in a number cell showed as ``18925931664.0``, a date as the serial
``43000``. Here every mapped cell goes through the parser the importer uses
(IDs and phones as text, dates as dates, names without ``等12人``) and any
other cell is shown as Excel shows it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from ..domain import normalize
from .ledger_cells import number_text
from .ledger_reader import LedgerTable

__all__ = ["preview_rows", "stored_text"]


def _shown(value: Any) -> str:
    """A cell as Excel shows it: 12 not 12.0, a long number as 3.60426E+17."""
    if value is None:
        return ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return number_text(value)[0]
    if isinstance(value, dt.datetime) and value.time() == dt.time(0):
        return value.date().isoformat()
    return normalize.clean_text(value) or ""


def _id(value: Any) -> str:
    parsed = normalize.parse_id_number(value)
    return parsed.value if parsed.ok and parsed.value else _shown(value)


def _phones(value: Any) -> str:
    return ",".join(normalize.parse_phones(value).value) or _shown(value)


def _date(value: Any) -> str:
    parsed = normalize.parse_date(value)
    return parsed.value.isoformat() if parsed.value else _shown(value)


def _name(value: Any) -> str:
    return normalize.parse_petitioner(value).name or _shown(value)


def _count(value: Any) -> str:
    parsed = normalize.parse_int(value)
    return str(parsed.value) if parsed.value is not None else _shown(value)


_BY_FIELD: dict[str, Callable[[Any], str]] = {
    "id_number": _id,
    "phones": _phones,
    "registered_on": _date,
    "concluded_on": _date,
    "petitioner": _name,
    "people_count": _count,
}


def stored_text(field_key: str | None, value: Any) -> str:
    """How one cell of a field will be stored, as text for the preview."""
    if value is None or value == "":
        return ""
    try:
        return _BY_FIELD.get(field_key or "", _shown)(value)
    except Exception:  # a preview never fails on a cell; the import reports it
        return _shown(value)


def preview_rows(table: LedgerTable, mapping: dict[str, int], n: int = 8) -> list[list[str]]:
    """The first ``n`` data rows, one text per sheet column, as stored."""
    field_of = {col: key for key, col in mapping.items()}
    width = len(table.headers)
    return [
        [stored_text(field_of.get(col), row.get(col)) for col in range(width)]
        for row in table.preview(n)
    ]
