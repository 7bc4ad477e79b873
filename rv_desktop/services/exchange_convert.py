"""Reading ``data.json`` back: JSON values into column values, each one checked.

``Converter`` turns a package's JSON values into the values the county's
columns take, checking each one (type, range, length, codes, times without
a time zone); ``DataError`` names the place of the first wrong one, such as
``targets[3].visits[0].satisfaction``.

A package holds some hundred thousand values, nearly all of them well
formed, and the county checks them all (``exchange_schema.py``) before it
merges them. ``Converter.row`` therefore takes each field's quick check,
compiled once per kind of row (``_plan``), for the common well-formed
value, and hands anything else (a wrong type, a value out of range, a text
too long) to ``Converter.value``, the one full check that says what is
wrong. Both accept exactly the same values.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Any

from peewee import (
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    Field,
    ForeignKeyField,
    IntegerField,
)

from ..domain.models import VisitRecord
from .crypto import PackageError

#: Visit record fields added by schema 4 (the plan's rules): a package of an earlier
#: version has none of them, and they are read as empty.
LATER_VISIT_FIELDS = frozenset(
    {
        "contact_result",
        "contact_note",
        "method_reason",
        "demands_note",
        "no_rework_reason",
        "has_difficulties",
        "has_opinions",
        "looks_note",
        "rules_reviewed_note",
    }
)


class DataError(PackageError):
    """data.json holds something this program cannot store."""


def data_error(place: str, detail: str) -> DataError:
    from ..domain.errors import QT_TRANSLATE_NOOP

    return DataError(
        "package_data_invalid",
        QT_TRANSLATE_NOOP(
            "UserError",
            "The package's data cannot be merged: {place}: {detail}. Nothing of it was written.",
        ),
        place=place,
        detail=detail,
    )


#: The longest text a free-text column (TEXT) takes from a package.
MAX_TEXT = 20_000
#: The longest text a short column (VARCHAR) takes from a package.
MAX_NAME = 1_000
#: Whole numbers in a package (people involved, visit numbers) lie in this range.
MAX_WHOLE = 1_000_000

#: What a quick check gives for a value it leaves to the full check.
_FULL = object()


def _iso_check(parse: Callable[[str], Any], longest: int) -> Callable[[Any], Any]:
    """The quick check of a date or a time: ISO text of at most ``longest``
    characters, and a time without a zone."""

    def check(value: Any) -> Any:
        if type(value) is not str or len(value) > longest:
            return _FULL
        try:
            parsed = parse(value)
        except ValueError:
            return _FULL
        return parsed if getattr(parsed, "tzinfo", None) is None else _FULL

    return check


def _quick_check(field: Field) -> Callable[[Any], Any]:
    """The quick check of one field: the column value of a well-formed JSON value,
    ``_FULL`` for anything else (``Converter.value`` then says what is wrong)."""
    if isinstance(field, DateTimeField):
        return _iso_check(dt.datetime.fromisoformat, 40)
    if isinstance(field, DateField):
        return _iso_check(dt.date.fromisoformat, 10)
    if isinstance(field, BooleanField):
        return lambda value: value if type(value) is bool else _FULL
    if isinstance(field, IntegerField | ForeignKeyField):
        return lambda value: value if type(value) is int and 0 <= value <= MAX_WHOLE else _FULL
    enum = getattr(field, "enum", None)
    if enum is not None:
        codes = frozenset(member.value for member in enum)
        return lambda value: value if type(value) is str and value in codes else _FULL
    size = MAX_NAME if isinstance(field, CharField) else MAX_TEXT
    return lambda value: value if type(value) is str and len(value) <= size else _FULL


@lru_cache(maxsize=64)
def _plan(model: type, names: tuple[str, ...]) -> tuple[tuple, ...]:
    """Each field of a kind of row: (name, field, None allowed, may be absent, quick check)."""
    plan = []
    for name in names:
        field = model._meta.fields[name]
        plan.append(
            (
                name,
                field,
                field.null or isinstance(field, BooleanField),
                model is VisitRecord and name in LATER_VISIT_FIELDS,
                _quick_check(field),
            )
        )
    return tuple(plan)


class Converter:
    """JSON values of data.json back into column values, each one checked
    (type, range, length; times without a time zone, as the program writes them)."""

    def value(self, field: Field, value: Any, place: str) -> Any:
        if value is None:
            if not field.null and not isinstance(field, BooleanField):
                raise data_error(place, "missing")
            return None
        try:
            if isinstance(field, DateTimeField):
                when = dt.datetime.fromisoformat(_text(value, 40))
                if when.tzinfo is not None:
                    raise ValueError("a time with a time zone")
                return when
            if isinstance(field, DateField):
                return dt.date.fromisoformat(_text(value, 10))
            if isinstance(field, BooleanField):
                if not isinstance(value, bool):
                    raise ValueError("not true or false")
                return value
            if isinstance(field, IntegerField | ForeignKeyField):
                if not isinstance(value, int) or isinstance(value, bool):
                    raise ValueError("not a whole number")
                if not 0 <= value <= MAX_WHOLE:
                    raise ValueError(f"not from 0 to {MAX_WHOLE}")
                return value
            enum = getattr(field, "enum", None)
            if enum is not None:
                return enum(_text(value, 64)).value
            # generous: a town's own data may be longer than the column's nominal size
            return _text(value, MAX_NAME if isinstance(field, CharField) else MAX_TEXT)
        except ValueError as exc:
            raise data_error(place, f"{_short(value)}: {exc}") from exc

    def row(self, model: type, names: Iterable[str], obj: Any, place: str) -> dict:
        if not isinstance(obj, dict):
            raise data_error(place, "not an object")
        out = {}
        for name, field, nullable, optional, quick in _plan(model, tuple(names)):
            if name not in obj:
                if not optional:
                    raise data_error(f"{place}.{name}", "missing")
                out[name] = None  # a package written before schema 4
                continue
            value = obj[name]
            if value is None:
                if nullable:
                    out[name] = None
                    continue
            else:
                converted = quick(value)
                if converted is not _FULL:
                    out[name] = converted
                    continue
            out[name] = self.value(field, value, f"{place}.{name}")
        return out

    @staticmethod
    def items(obj: Any, key: str, place: str) -> list:
        value = obj.get(key) if isinstance(obj, dict) else None
        if not isinstance(value, list):
            raise data_error(f"{place}.{key}" if place else key, "not a list")
        return value

    @staticmethod
    def index(value: Any, size: int, place: str, nullable: bool = False) -> int | None:
        if value is None and nullable:
            return None
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < size:
            raise data_error(place, f"{_short(value)} is not a row of the list")
        return value

    @staticmethod
    def name(value: Any, place: str) -> str | None:
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip() or len(value) > MAX_NAME:
            raise data_error(place, f"{_short(value)} is not a name")
        return value


def _text(value: Any, size: int = MAX_TEXT) -> str:
    if not isinstance(value, str):
        raise ValueError("not a text")
    if len(value) > size:
        raise ValueError(f"longer than {size} characters")
    return value


def _short(value: Any) -> str:
    """A value as an error message quotes it: never a page of it."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
