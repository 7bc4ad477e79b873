"""Counts: whole numbers, written in digits or in Chinese."""

from __future__ import annotations

import math
import re
from datetime import date, time, timedelta
from typing import Any

from .. import vocabulary
from .dates import _cn_int
from .results import ERROR, Parsed, Problem
from .text import _to_str, clean_text

_NUMBERS = vocabulary.data_file("ledger.toml")["numbers"]  # data/ledger.toml
_INT_TEXT_RE = re.compile(_NUMBERS["int_text"], re.ASCII)  # 12, 12人
_CN_INT_TEXT_RE = re.compile(_NUMBERS["cn_int_text"])  # 十二人


def parse_int(value: Any) -> Parsed[int]:
    """A whole, non-negative count: 12, 12.0, "12", "１２", "12人", "十二人".

    Problems: ``int_unparsed``, ``int_not_whole`` (3.5), ``int_negative``.
    """
    try:
        return _parse_int(value)
    except Exception:
        return Parsed(None, (Problem("int_unparsed", "not a whole number", ERROR),))


def _parse_int(value: Any) -> Parsed[int]:
    if value is None:
        return Parsed()
    fragment = _to_str(value) or ""
    number: int | None = None
    if isinstance(value, bool) or isinstance(value, (date, time, timedelta)):
        return Parsed(
            None, (Problem("int_unparsed", f"{fragment} is not a number", ERROR, fragment),)
        )
    if isinstance(value, int):
        number = value
    elif isinstance(value, float):
        if not math.isfinite(value):
            return Parsed(None, (Problem("int_unparsed", "not a number", ERROR, fragment),))
        if not value.is_integer():
            return Parsed(
                None,
                (Problem("int_not_whole", f"{fragment} is not a whole number", ERROR, fragment),),
            )
        number = int(value)
    else:
        text = clean_text(value)
        if text is None:
            return Parsed()
        m = _INT_TEXT_RE.match(text)
        if m:
            number = int(m[1])
        else:
            m = _CN_INT_TEXT_RE.match(text)
            number = _cn_int(m[1]) if m else None
            if number is None:
                try:
                    as_float = float(text)
                except ValueError:
                    as_float = None
                if as_float is not None and math.isfinite(as_float) and not as_float.is_integer():
                    return Parsed(
                        None,
                        (Problem("int_not_whole", f"{text} is not a whole number", ERROR, text),),
                    )
                return Parsed(
                    None, (Problem("int_unparsed", f"{text} is not a number", ERROR, text),)
                )
    if number < 0:
        return Parsed(None, (Problem("int_negative", f"{fragment} is negative", ERROR, fragment),))
    return Parsed(number)
