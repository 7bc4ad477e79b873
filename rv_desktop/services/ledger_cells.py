"""Ledger cells the importer reads with care: numbers in text columns, lengths.

- A case number, ID number or phone typed into a number cell comes back from
  the reader as a float (201707000123.0). It is the exact integer it shows up
  to 15 significant digits; beyond, Excel has already lost digits and no
  reader gets them back, which the row is told.
- Every text field has a length limit (``domain.limits``): identifiers and
  names are refused when longer, other texts are cut, each with its reason.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from ..domain.errors import QT_TRANSLATE_NOOP
from ..domain.limits import REFUSED_WHEN_LONG, TEXT_LIMITS

__all__ = ["CELL_REASONS", "SKIPPED_REASONS", "apply_limits", "number_text", "skipped_json"]

CELL_REASONS = {
    "case_no_excel_number": QT_TRANSLATE_NOOP(
        "UserError",
        "the case number was stored by Excel as a number and lost digits ({value}); "
        "type it as text",
    ),
    # Also what an error cell (#DIV/0!, #REF!) in the ID column gets: calamine
    # reads error cells as empty (python-calamine issue 105). Only when the ID
    # column is mapped: a ledger without one would warn on every row.
    "id_missing": QT_TRANSLATE_NOOP(
        "UserError", "the row has no ID number: the case was imported without one"
    ),
    "text_too_long": QT_TRANSLATE_NOOP(
        "UserError", "the text has {value} characters, more than the {first} accepted"
    ),
    "text_cut": QT_TRANSLATE_NOOP(
        "UserError", "the text had {value} characters; only the first {first} were kept"
    ),
}

#: Below this a float holds an integer exactly as Excel shows it (15 digits).
EXACT_LIMIT = 1e15


def number_text(value: float | int) -> tuple[str, bool]:
    """A number cell of a text column as text, and whether digits were lost.

    ``201707000123.0`` → ``("201707000123", False)``; ``3.60426199101e17`` →
    ``("3.60426E+17", True)``, as Excel shows a damaged number."""
    if isinstance(value, bool):
        return ("TRUE" if value else "FALSE"), False
    if isinstance(value, int):
        return str(value), False
    if not math.isfinite(value):
        return "", True
    if value.is_integer():
        if abs(value) < EXACT_LIMIT:
            return str(int(value)), False
        return f"{value:.5E}", True
    return repr(value), abs(value) >= EXACT_LIMIT


Issue = Callable[..., None]


def apply_limits(issue: Issue, columns: dict[str, list[str | None]]) -> None:
    """Cut (or, for identifiers and names, refuse) every text over its limit,
    in place; ``issue(i, key, code, level, value, first=...)`` reports it."""
    for key, values in columns.items():
        limit = TEXT_LIMITS[key]
        if max(map(len, filter(None, values)), default=0) <= limit:
            continue  # the common case, checked in C
        refuse = key in REFUSED_WHEN_LONG
        for i, text in enumerate(values):
            if text is None or len(text) <= limit:
                continue
            length = str(len(text))
            if refuse:
                issue(i, key, "text_too_long", "error", length, first=limit)
                values[i] = text[:limit]
            else:
                issue(i, key, "text_cut", "warning", length, first=limit)
                values[i] = _cut(key, text, limit)


def _cut(key: str, text: str, limit: int) -> str:
    if key == "phones":  # whole numbers only
        kept = text[: limit + 1].rsplit(",", 1)[0] if "," in text[:limit] else text[:limit]
        return kept[:limit]
    return text[:limit]


#: Rows below the header that are not cases (``ledger_reader.SkippedRow``).
SKIPPED_REASONS = {
    "section": QT_TRANSLATE_NOOP("UserError", 'section title skipped: "{text}"'),
    "column_numbers": QT_TRANSLATE_NOOP("UserError", "the column numbers under the header"),
    "header_repeat": QT_TRANSLATE_NOOP("UserError", "the header repeated"),
    "totals": QT_TRANSLATE_NOOP("UserError", "a totals row"),
    "numbered_blank": QT_TRANSLATE_NOOP("UserError", "a numbered row with nothing else in it"),
}


def skipped_json(skipped, translate: Callable[[str], str]) -> list[dict]:
    """The ``skipped`` list of ``import-ledger --json``."""
    return [
        {
            "row": s.row_number,
            "code": s.reason,
            "reason": translate(SKIPPED_REASONS.get(s.reason, s.reason)).format(text=s.text),
        }
        for s in skipped
    ]
