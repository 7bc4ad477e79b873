"""Text: full-width forms folded, invisible characters and blanks removed."""

from __future__ import annotations

import math
import re
from datetime import date, datetime, time
from typing import Any

# Full-width forms to fold to ASCII. Not NFKC: NFKC would also turn the
# Chinese comma, colon, semicolon, ! ? and parentheses (which live in the same
# full-width block) into ASCII, and Chinese prose with ASCII commas looks wrong
# in a printed form. It would also turn ① into 1 and … into ...
_KEEP_CJK_PUNCT = set("，：；！？（）")
_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F) if chr(cp) not in _KEEP_CJK_PUNCT}
_FULLWIDTH[0x3000] = 0x20  # ideographic space
_FULLWIDTH[0x00A0] = 0x20  # no-break space (from web pages and WPS)
# Invisible characters that break matching and sorting: zero-width
# space/joiners, word joiner and the BOM that some exports leave in cells.
for _cp in (0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF):
    _FULLWIDTH[_cp] = None  # type: ignore[assignment]
_WS_RE = re.compile(r"[\s\x00-\x1f\x7f]+")


def _to_str(value: Any) -> str | None:
    """Render any cell value as text the way a person sees it in Excel."""
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            return None
        # Integral floats are how xlsx stores every number: show 12, not 12.0.
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, (date, time)):
        return value.isoformat()
    try:
        return str(value)
    except Exception:  # an object whose __str__ fails is not worth a crash
        return None


def _fold(text: str) -> str:
    return _WS_RE.sub(" ", text.translate(_FULLWIDTH)).strip()


def clean_text(value: Any) -> str | None:
    """Tidy a cell for storage: full-width ASCII to half-width, whitespace
    (line breaks, tabs, ideographic spaces) collapsed to one space, stripped.

    Chinese punctuation (，：；！？（）。、) is kept. Returns None for an empty
    cell. Unlike the ``parse_*`` functions this returns the text itself: tidying
    text cannot fail.
    """
    try:
        text = _to_str(value)
        if text is None:
            return None
        text = _fold(text)
        return text or None
    except Exception:
        return None


_CJK_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")


def _is_cjk_text(text: str) -> bool:
    return bool(text) and all(_CJK_RE.match(ch) or ch == "·" for ch in text)
