"""Masks for lists and exports that must not show personal data in full."""

from __future__ import annotations

import re
from typing import Any

from .phones import _LANDLINE_RE, _MOBILE_RE
from .text import clean_text


def mask_id(value: Any) -> str | None:
    """``320102********1234``: first 6 (region) and last 4 characters."""
    text = clean_text(value)
    if text is None:
        return None
    text = text.replace(" ", "")
    if len(text) <= 10:
        return "*" * max(len(text) - 2, 1) + text[-2:] if len(text) > 2 else "*" * len(text)
    return text[:6] + "*" * (len(text) - 10) + text[-4:]


def _mask_one_phone(digits: str) -> str:
    if _MOBILE_RE.match(digits):
        return digits[:3] + "****" + digits[-4:]
    if _LANDLINE_RE.match(digits):
        area = 3 if digits.startswith(("010", "02")) else 4
        return digits[:area] + "*" * (len(digits) - area - 4) + digits[-4:]
    if len(digits) > 4:
        return "*" * (len(digits) - 4) + digits[-4:]
    return "*" * len(digits)


def mask_phone(value: Any) -> str | None:
    """``138****5678``; landlines keep the area code and the last 4 digits
    (``0792***4567``). Every number in a text of several is masked."""
    text = clean_text(value)
    if text is None:
        return None
    if "*" in text:
        return text
    # Mask each run of digits (allowing -, blanks inside) that is long enough
    # to be a number; a run too short is masked whole rather than left bare.
    return re.sub(
        r"[0-9][0-9\- ]*[0-9]|[0-9]",
        lambda m: _mask_one_phone(re.sub(r"[^0-9]", "", m.group())),
        text,
    )


def mask_name(value: Any) -> str | None:
    """``张*丰``; two characters ``张*``; one character ``*``."""
    text = clean_text(value)
    if text is None:
        return None
    if len(text) == 1:
        return "*"
    if len(text) == 2:
        return text[0] + "*"
    return text[0] + "*" * (len(text) - 2) + text[-1]


def mask_address(value: Any) -> str | None:
    """The first 6 characters (county, town) followed by ``****``; shorter
    addresses keep less, so the house number is never shown."""
    text = clean_text(value)
    if text is None:
        return None
    keep = 6 if len(text) > 8 else max(1, len(text) // 2)
    return text[:keep] + "****"
