"""Dates: real dates, Excel serials and text in the styles ledgers use."""

from __future__ import annotations

import math
import re
from datetime import date, datetime, time, timedelta
from typing import Any

from .. import vocabulary
from .results import ERROR, Parsed, Problem
from .text import _to_str, clean_text

_MIN_YEAR = 1990
_MAX_YEAR = 2100
_MAX_SERIAL = 2958465  # 9999-12-31 in Excel's 1900 date system
_EXCEL_BASE = date(1899, 12, 30)

_NUMBERS = vocabulary.data_file("ledger.toml")["numbers"]  # data/ledger.toml
# 2017-07-03, 2017/7/3, 2017年7月3日, with an optional time of day, which is dropped
_DATE_RE = re.compile(_NUMBERS["date"], re.ASCII)
_YMD_RE = re.compile(r"^(\d{4})(\d{2})(\d{2})$", re.ASCII)
_NUMBER_RE = re.compile(r"^\d+(?:\.\d+)?$", re.ASCII)
_CN_DIGITS: dict[str, int] = dict(_NUMBERS["cn_digits"])
_CN_UNITS: dict[str, int] = dict(_NUMBERS["cn_units"])
_CN_DATE_RE = re.compile(_NUMBERS["cn_date"])


def _cn_int(text: str) -> int | None:
    """Value of a small Chinese numeral (十二, 二十, 一百零五, 三千); None if not one."""
    if not text:
        return None
    total = 0
    current = None
    units = _CN_UNITS
    for ch in text:
        if ch in _CN_DIGITS:
            current = _CN_DIGITS[ch]
        elif ch in units:
            total += (1 if current is None else current) * units[ch]
            current = None
        else:
            return None
    return total + (current or 0)


def excel_serial_to_date(serial: float) -> date | None:
    """Date of an Excel serial number (1900 date system), or None.

    Excel counts 1900-01-01 as 1 and believes 1900 was a leap year, so
    serial 60 is a 1900-02-29 that never was; from 61 on the days count
    from 1899-12-30. The time of day (fraction) is dropped.
    """
    try:
        if isinstance(serial, bool) or not math.isfinite(serial):
            return None
        whole = int(math.floor(serial))
        if whole < 1 or whole > _MAX_SERIAL or whole == 60:
            return None
        if whole < 60:
            return date(1899, 12, 31) + timedelta(days=whole)
        return _EXCEL_BASE + timedelta(days=whole)
    except Exception:
        return None


def _date_problem(code: str, message: str, fragment: str | None = None) -> Parsed[date]:
    return Parsed(None, (Problem(code, message, ERROR, fragment),))


def _checked(d: date, fragment: str) -> Parsed[date]:
    if d.year < _MIN_YEAR or d.year > _MAX_YEAR:
        return _date_problem(
            "date_implausible",
            f"the date {d.isoformat()} is implausible for a petition case",
            fragment,
        )
    return Parsed(d)


def parse_date(value: Any) -> Parsed[date]:
    """A calendar date from whatever a ledger cell holds.

    Accepts ``date``/``datetime`` (the time is dropped), Excel serial numbers,
    8-digit ``20170703`` numbers and text such as ``2017.07.03``, ``2017.7.3``,
    ``2017/7/3``, ``2017-07-03``, ``2017年7月3日``, ``2017-07-03 10:20:00``,
    ``二〇一七年七月三日``, full-width digits included. Problems:
    ``date_unparsed`` and ``date_implausible`` (before 1990 or after 2100);
    in both cases the value is None.
    """
    try:
        return _parse_date(value)
    except Exception:
        return _date_problem("date_unparsed", "not a date")


def _from_number(number: float, fragment: str) -> Parsed[date]:
    if number.is_integer() and 10_000_000 <= number <= 99_999_999:
        # 20170703 typed as a number: a date written without separators.
        m = _YMD_RE.match(str(int(number)))
        if m:
            try:
                return _checked(date(int(m[1]), int(m[2]), int(m[3])), fragment)
            except ValueError:
                return _date_problem("date_unparsed", f"{fragment} is not a real date", fragment)
    d = excel_serial_to_date(number)
    if d is None:
        return _date_problem("date_unparsed", f"{fragment} is not a date", fragment)
    return _checked(d, fragment)


def _parse_date(value: Any) -> Parsed[date]:
    if value is None:
        return Parsed()
    if isinstance(value, datetime):
        return _checked(value.date(), value.isoformat(sep=" "))
    if isinstance(value, date):
        return _checked(value, value.isoformat())
    if isinstance(value, bool) or isinstance(value, (time, timedelta)):
        fragment = _to_str(value) or ""
        return _date_problem("date_unparsed", f"{fragment} is not a date", fragment)
    if isinstance(value, (int, float)):
        number = float(value)
        if not math.isfinite(number):
            return _date_problem("date_unparsed", "not a date")
        return _from_number(number, _to_str(value) or "")
    text = clean_text(value)
    if text is None:
        return Parsed()
    m = _DATE_RE.match(text) or _YMD_RE.match(text)
    if m:
        try:
            return _checked(date(int(m[1]), int(m[2]), int(m[3])), text)
        except ValueError:
            return _date_problem("date_unparsed", f"{text} is not a real date", text)
    m = _CN_DATE_RE.match(text.replace(" ", ""))
    if m:
        year = int("".join(str(_CN_DIGITS[ch]) for ch in m[1]))
        month, day = _cn_int(m[2]), _cn_int(m[3])
        try:
            return _checked(date(year, month or 0, day or 0), text)
        except ValueError:
            return _date_problem("date_unparsed", f"{text} is not a real date", text)
    if _NUMBER_RE.match(text) and len(text) <= 12:
        # A serial that reached us as text (a CSV of a date column formatted
        # "General"), or 20170703.
        return _from_number(float(text), text)
    return _date_problem("date_unparsed", f"{text} is not a date", text)
