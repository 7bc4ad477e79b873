"""Phone numbers: mobiles, landlines, several in one cell."""

from __future__ import annotations

import math
import re
from datetime import date, time, timedelta
from typing import Any

from .. import vocabulary
from .results import ERROR, WARNING, PhonesResult, Problem, _sorted
from .text import _to_str, clean_text

_MOBILE_RE = re.compile(r"^1[3-9]\d{9}$", re.ASCII)
# Area codes: 010 and 02x are followed by 8 digits; 0[3-9]xx by 7 or 8.
_LANDLINE_RE = re.compile(r"^0(?:10|2\d)\d{8}$|^0[3-9]\d{2}\d{7,8}$", re.ASCII)
_LOCAL_RE = re.compile(r"^[2-9]\d{6,7}$", re.ASCII)
_AREA_RE = re.compile(r"^0\d{2,3}$", re.ASCII)
# Strong separators between numbers. Not blanks and dashes: "0792 1234567"
# and "138-1234-5678" are one number each; blanks are tried as a fallback.
_PHONE_SPLIT_RE = re.compile(vocabulary.data_file("ledger.toml")["phones"]["split"])
# Anything that is not part of a number (labels such as 手机 / 本人 / 儿子:)
_PHONE_NOISE_RE = re.compile(r"[^\d+\-() ]+", re.ASCII)


def _classify_phone(digits: str) -> str | None:
    if _MOBILE_RE.match(digits):
        return "mobile"
    if _LANDLINE_RE.match(digits):
        return "landline"
    if _LOCAL_RE.match(digits):
        return "local"
    return None


def _strip_country(digits: str) -> str:
    for prefix in ("0086", "86"):
        if digits.startswith(prefix):
            rest = digits[len(prefix) :]
            if _MOBILE_RE.match(rest) or _LANDLINE_RE.match(rest):
                return rest
            # International form drops the area code's 0: +86 792 1234567.
            if rest[:1] not in ("0", "1") and _LANDLINE_RE.match("0" + rest):
                return "0" + rest
    return digits


def parse_phones(value: Any) -> PhonesResult:
    """Every phone number in one cell, as strings of digits.

    Mobiles (``1[3-9]`` + 9 digits), landlines with their area code and
    leading 0 (``0792-1234567`` and ``(0792)1234567`` give ``07921234567``)
    and 7/8-digit local numbers are accepted; ``+86``/``0086`` is removed.
    Separators: blanks, commas of both widths, 、 ; / line breaks and 或.
    A fragment that is no phone number gives ``phone_invalid`` (with the
    fragment); digits that are a landline missing its leading 0, as a number
    cell leaves them, are kept with a ``phone_lost_zero`` warning.
    """
    try:
        return _parse_phones(value)
    except Exception:
        return PhonesResult((), (Problem("phone_invalid", "not a phone number", ERROR),))


def _not_a_phone(value: Any) -> PhonesResult:
    text = _to_str(value) or ""
    return PhonesResult((), (Problem("phone_invalid", f"not a phone number: {text}", ERROR, text),))


def _phone_chunks(value: Any) -> list[str] | PhonesResult:
    """The cell's candidate numbers as text, or the result already known."""
    if value is None or isinstance(value, bool) or isinstance(value, (date, time, timedelta)):
        if value is None:
            return PhonesResult()
        return _not_a_phone(value)
    if isinstance(value, float):
        if not (math.isfinite(value) and value.is_integer() and 0 < value < 1e15):
            return _not_a_phone(value)
        value = int(value)
    if isinstance(value, int):
        return [str(value)]
    text = clean_text(value)
    if text is None:
        return PhonesResult()
    return [c for c in _PHONE_SPLIT_RE.split(text) if c and c.strip()]


def _parse_phones(value: Any) -> PhonesResult:
    chunks = _phone_chunks(value)
    if isinstance(chunks, PhonesResult):
        return chunks

    phones: list[str] = []
    problems: list[Problem] = []

    def accept(digits: str, fragment: str) -> bool:
        digits = _strip_country(digits)
        if _classify_phone(digits):
            if digits not in phones:
                phones.append(digits)
            return True
        if digits[:1] not in ("0", "") and _LANDLINE_RE.match("0" + digits):
            if digits not in phones:
                phones.append(digits)
            problems.append(
                Problem(
                    "phone_lost_zero",
                    f"{digits} looks like a landline that lost its leading 0 in a number cell",
                    WARNING,
                    fragment,
                )
            )
            return True
        return False

    for chunk in chunks:
        fragment = chunk.strip()
        bare = _PHONE_NOISE_RE.sub(" ", chunk)
        digits = re.sub(r"[^0-9]", "", bare)
        if not digits:
            problems.append(
                Problem("phone_invalid", f"not a phone number: {fragment}", ERROR, fragment)
            )
            continue
        if accept(digits, fragment):
            continue
        # Several numbers separated by blanks, or a label between them: try
        # the blank-separated parts, joining an area code with the number
        # that follows it ("0792 1234567").
        parts = [re.sub(r"[^0-9]", "", p) for p in bare.split()]
        parts = [p for p in parts if p]
        i = 0
        while i < len(parts):
            part = parts[i]
            if _AREA_RE.match(part) and i + 1 < len(parts) and _classify_phone(part + parts[i + 1]):
                part = part + parts[i + 1]
                i += 1
            if not accept(part, part):
                problems.append(
                    Problem("phone_invalid", f"not a phone number: {part}", ERROR, part)
                )
            i += 1
    return PhonesResult(tuple(phones), _sorted(problems))
