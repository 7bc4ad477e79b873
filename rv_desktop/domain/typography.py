"""Chinese typography for what is printed: “ ” quotes around Chinese text.

A clerk types names with the keyboard's straight quotes (2026年"千案回访"活动);
Chinese print uses “ ” and ‘ ’. ``chinese_quotes`` turns each pair of
straight quotes whose content holds a Chinese character into the curly pair,
and leaves other quotes (English, code, an unpaired one) alone. The printed
documents (``services/pdf``) apply it to every text they print.
"""

from __future__ import annotations

import re

__all__ = ["chinese_quotes"]

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_DOUBLE = re.compile(r'"([^"\n]+)"')
_SINGLE = re.compile(r"(?<![A-Za-z0-9])'([^'\n]+)'(?![A-Za-z0-9])")


def chinese_quotes(text: str) -> str:
    """``text`` with straight quotes around Chinese text made curly: "千案回访" → “千案回访”."""
    if not text or ('"' not in text and "'" not in text):
        return text

    def double(m: re.Match) -> str:
        return f"\u201c{m.group(1)}\u201d" if _HAN.search(m.group(1)) else m.group(0)

    def single(m: re.Match) -> str:
        return f"\u2018{m.group(1)}\u2019" if _HAN.search(m.group(1)) else m.group(0)

    return _SINGLE.sub(single, _DOUBLE.sub(double, text))
