"""Rows read from the database as plain dataclasses, and those dataclasses as JSON.

The lists of the program (cases, targets, follow-ups, the summary table ...)
read plain tuples straight from the cursor (building model instances costs
several times more) and hand the GUI and the command line frozen dataclasses.
``rows_as`` makes them: the query selects its columns in the order of the
dataclass's fields, and names the few that need turning from what SQLite
stores into Python (``as_date``, ``maybe_bool``, ``bool``). ``json_of`` is the
other way: the object ``--json`` prints, dates as ISO text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import fields
from typing import Any, TypeVar

__all__ = ["as_date", "json_of", "maybe_bool", "or_none", "rows_as"]

T = TypeVar("T")


def as_date(value) -> dt.date | None:
    """A stored date or datetime (or its ISO text) as a date; None when empty."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value).strip()[:10])


def maybe_bool(value) -> bool | None:
    """A stored yes/no that may be unanswered (NULL stays None)."""
    return None if value is None else bool(value)


def or_none(value):
    """Empty text (or 0) as None."""
    return value or None


def rows_as(
    cls: type[T], rows: Iterable[Sequence], **convert: Callable[[Any], Any]
) -> list[T]:
    """An instance of the dataclass ``cls`` for each of ``rows``.

    A row holds the values of ``cls``'s fields in their order (fields after
    the row's last column take their defaults); ``convert`` maps a field's
    name to the function that turns its stored value into the field's value.
    """
    names = [f.name for f in fields(cls)]
    unknown = set(convert) - set(names)
    if unknown:
        raise TypeError(f"{cls.__name__} has no field {sorted(unknown)[0]}")
    steps = [convert.get(name) for name in names]
    return [
        cls(*[v if step is None else step(v) for step, v in zip(steps, row, strict=False)])
        for row in rows
    ]


def _json_value(value):
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return list(value)
    return value


def json_of(obj, names: str | None = None) -> dict[str, Any]:
    """The JSON object of the dataclass ``obj``: the fields ``names`` (space-separated;
    all of them by default), in that order, dates as ISO text and sequences as lists."""
    keys = names.split() if names else [f.name for f in fields(obj)]
    return {key: _json_value(getattr(obj, key)) for key in keys}
