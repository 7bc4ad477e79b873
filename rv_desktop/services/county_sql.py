"""SQL helpers of the county's merge: whole rows inserted at once, rows updated when changed.

The merge of a town's package inserts thousands of rows; ``bulk_insert``
does it with one ``executemany`` (peewee's defaults filled in on the Python
side), inside the caller's transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from ..domain.models import BaseModel, db


def next_id(model: type[BaseModel]) -> int:
    table = model._meta.table_name
    return db.execute_sql(f'SELECT COALESCE(MAX(id), 0) + 1 FROM "{table}"').fetchone()[0]


#: Values sqlite3 takes as they are (the common case, checked first).
_PLAIN = frozenset({str, int, float, bool, bytes, type(None)})


def sql_value(value: Any) -> Any:
    if type(value) in _PLAIN:
        return value
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if hasattr(value, "value") and isinstance(value, str):
        return value.value
    return value


def bulk_insert(model: type[BaseModel], rows: Sequence[dict]) -> None:
    """executemany of whole rows (peewee's defaults filled in on the Python side)."""
    if not rows:
        return
    fields = [f for f in model._meta.sorted_fields if f.name in rows[0] or f.default is not None]
    names = ", ".join(f'"{f.column_name}"' for f in fields)
    marks = ", ".join("?" * len(fields))
    sql = f'INSERT INTO "{model._meta.table_name}" ({names}) VALUES ({marks})'
    # the defaults once per batch, as SQL values; a row's own values through sql_value
    # unless sqlite3 takes them as they are
    keys = [f.name for f in fields]
    defaults = [sql_value(f.default() if callable(f.default) else f.default) for f in fields]
    plain = _PLAIN
    data = [
        [v if type(v) in plain else sql_value(v) for v in map(row.get, keys, defaults)]
        for row in rows
    ]
    db.connection().executemany(sql, data)


def update_if_changed(model: type[BaseModel], row_id: int, old: dict, new: dict) -> None:
    changed = {k: v for k, v in new.items() if old.get(k) != v}
    if changed:
        model.update(changed).where(model._meta.primary_key == row_id).execute()
