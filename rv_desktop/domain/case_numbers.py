"""Case numbers: one case, however the county typed its number.

Ledgers write the same case number as ``XF20171100041``, ``xf20171100041``,
``ＸＦ２０１７１１０００４１`` or ``XF 2017 1100041``. They are one case. The
register keeps the number as the county wrote it (for display and for the
county's eyes), and every comparison goes through :func:`case_key`.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["case_key", "is_normal"]

_SPACES = re.compile(r"\s+")


def case_key(case_no: str) -> str:
    """The form of a case number used for matching: NFKC (full-width to
    half-width), upper case, no blanks of any kind."""
    if case_no.isascii() and case_no.isprintable() and " " not in case_no:
        return case_no.upper()  # printable ASCII: NFKC changes nothing
    return _SPACES.sub("", unicodedata.normalize("NFKC", case_no)).upper()


def is_normal(case_no: str) -> bool:
    """True when ``case_key(case_no) == case_no``."""
    return case_key(case_no) == case_no
