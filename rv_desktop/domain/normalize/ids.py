"""Resident identity numbers (GB 11643-1999)."""

from __future__ import annotations

import re
from datetime import date, time, timedelta
from typing import Any

from .results import ERROR, INFO, WARNING, IdResult, Problem, _sorted
from .text import clean_text

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
# Province-level prefixes in use (incl. 71 Taiwan, 81/82 HK/Macao residence
# permits, 83 Taiwan residence permits). Only ever a warning: counties are
# renamed and old cards stay valid, so finer checks would reject real people.
_ID_PROVINCES = frozenset(
    "11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 "
    "50 51 52 53 54 61 62 63 64 65 71 81 82 83".split()
)
_SCI_RE = re.compile(r"^[+-]?\d+(?:\.\d*)?[eE][+-]?\d+$", re.ASCII)
_DECIMAL_RE = re.compile(r"^\d{15,18}\.\d*$", re.ASCII)


def id_check_char(first17: str) -> str:
    """The GB 11643 check character for the first 17 digits of an ID.

    Raises ValueError unless ``first17`` is exactly 17 ASCII digits (a helper
    for callers that already validated; :func:`parse_id_number` never raises).
    """
    if not (
        isinstance(first17, str) and len(first17) == 17 and first17.isascii() and first17.isdigit()
    ):
        raise ValueError("expected 17 digits")
    total = sum(int(d) * w for d, w in zip(first17, _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11]


def birth_date_from_id(id18: str) -> date:
    """Birth date encoded in an 18-character ID (characters 7-14, YYYYMMDD).

    Raises ValueError when the digits are not a real calendar date.
    """
    if not (
        isinstance(id18, str) and len(id18) >= 14 and id18[6:14].isascii() and id18[6:14].isdigit()
    ):
        raise ValueError("expected an 18-character ID number")
    return date(int(id18[6:10]), int(id18[10:12]), int(id18[12:14]))


def _id_error(code: str, message: str) -> IdResult:
    return IdResult(value=None, problems=(Problem(code, message, ERROR),))


def parse_id_number(value: Any, *, today: date | None = None) -> IdResult:
    """Validate and normalise a resident ID number.

    Accepts 18-character IDs (a lower-case ``x`` becomes ``X``) and 15-digit
    first-generation IDs, which are converted to 18 characters with an
    ``id_converted_15`` note. Hard errors: ``id_excel_number`` (the cell went
    through an Excel number: a float, or text in scientific notation; its last
    digits are gone), ``id_chars``, ``id_length``, ``id_birth_date`` (not a
    calendar date, before 1900 or after ``today``), ``id_check_digit``.
    ``id_region`` (unknown province prefix) is only a warning.
    """
    try:
        return _parse_id_number(value, today or date.today())
    except Exception:  # defensive: the contract is "never raises"
        return _id_error("id_invalid", "not a valid ID number")


def _parse_id_number(value: Any, today: date) -> IdResult:
    text = _id_text(value)
    if isinstance(text, IdResult):
        return text
    parts = _id_parts(text)
    if isinstance(parts, IdResult):
        return parts
    body, check, converted = parts
    born = _id_birth_date(body, today)
    if isinstance(born, IdResult):
        return born

    expected = id_check_char(body)
    problems: list[Problem] = []
    if converted:
        check = expected
        problems.append(
            Problem(
                "id_converted_15", f"15-digit ID number {text} converted to 18 digits", INFO, text
            )
        )
    elif check != expected:
        return _id_error(
            "id_check_digit", "the ID number's check digit is wrong (a mistyped digit?)"
        )
    if body[:2] not in _ID_PROVINCES:
        problems.append(Problem("id_region", f"unknown region code {body[:6]}", WARNING, body[:6]))
    return IdResult(
        value=body + check,
        problems=_sorted(problems),
        birth_date=born,
        sex="M" if int(body[16]) % 2 else "F",
        converted_from_15=converted,
    )


def _excel_number() -> IdResult:
    return _id_error(
        "id_excel_number",
        "the ID number was stored by Excel as a number and has lost its last digits; "
        "retype it as text",
    )


def _id_text(value: Any) -> str | IdResult:
    """The cell as the ID's characters (upper case), or the result already known."""
    if value is None:
        return IdResult()
    if isinstance(value, bool):
        return _id_error("id_chars", "an ID number must be digits")
    if isinstance(value, float) and value.is_integer() and 0 < value < 1e15:
        # Up to 15 digits a number cell holds the exact integer (a
        # first-generation ID typed as a number survives).
        value = int(value)
    if isinstance(value, float):
        # Excel keeps 15 significant digits, so an 18-digit number typed into
        # a number cell is already damaged: it is never repaired.
        return _excel_number()
    if isinstance(value, int):
        if value < 0:
            return _id_error("id_chars", "an ID number must be digits")
        text = str(value)
        if len(text) not in (15, 18):
            return _id_error("id_length", f"an ID number has 18 characters, not {len(text)}")
        return text
    if isinstance(value, (date, time, timedelta)):
        return _id_error("id_chars", "an ID number must be digits")
    raw = clean_text(value)
    if raw is None:
        return IdResult()
    # People type a leading apostrophe to force text in Excel, and some
    # systems print IDs in groups (3604 2619 9101 0100 71).
    text = raw.lstrip("'‘’`").replace(" ", "")
    if not text:
        return IdResult()
    if _SCI_RE.match(text) or _DECIMAL_RE.match(text):
        return _excel_number()
    return text.upper()


def _id_parts(text: str) -> tuple[str, str, bool] | IdResult:
    """(the 17 digits, the check character, converted from 15 digits), or the error."""
    if len(text) == 18:
        body, check = text[:17], text[17]
        if not (body.isascii() and body.isdigit()) or check not in "0123456789X":
            return _id_error("id_chars", "an ID number is 17 digits followed by a digit or X")
        return body, check, False
    if len(text) == 15:
        if not (text.isascii() and text.isdigit()):
            return _id_error("id_chars", "a 15-digit ID number must be all digits")
        # First-generation IDs: the year has 2 digits and there is no check digit.
        return text[:6] + "19" + text[6:], "", True
    if not all(ch.isascii() and (ch.isdigit() or ch == "X") for ch in text):
        return _id_error("id_chars", "an ID number must be digits (and a final X)")
    return _id_error("id_length", f"an ID number has 18 characters, not {len(text)}")


def _id_birth_date(body: str, today: date) -> date | IdResult:
    try:
        born = date(int(body[6:10]), int(body[10:12]), int(body[12:14]))
    except ValueError:
        return _id_error(
            "id_birth_date", f"the birth date {body[6:14]} in the ID number is not a real date"
        )
    if born > today or born.year < 1900:
        return _id_error(
            "id_birth_date", f"the birth date {born.isoformat()} in the ID number is impossible"
        )
    return born
