"""Any stored text prints: cut to the room it has, with "…", never a layout crash.

A ledger may carry a 300-character name or a 2,000-character address; a
table cell or a form box cannot grow past a page (reportlab then fails with
"negative availWidth" or "too large on page"), and wrapping megabytes of
text takes minutes. ``cut_to_room`` keeps what fits in ``lines`` lines of
``room`` points and ends the text with "…"; the caller counts what it cut
(``Cut``) to note it. It measures in one pass over the characters, so a
10-million-character value costs no more than the room it fills.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from . import form_words

ELLIPSIS = "…"
#: wrapping loses part of each line: cut a little before the sum of the widths
_WRAP_SLACK = 0.9


@dataclass
class Cut:
    """How many texts a document shortened (for its note), and where first."""

    count: int = 0
    first: str | None = None

    def note(self, text: str, where: str) -> None:
        self.count += 1
        if self.first is None:
            self.first = where or text[:20]


def cut_to_room(
    text: str,
    width: Callable[[str], float],
    room: float,
    lines: int,
    cut: Cut | None = None,
    where: str = "",
) -> str:
    """``text`` if it fits ``lines`` lines ``room`` points wide, else its start and "…"."""
    if not text:
        return text
    budget = max(room, 1.0) * max(lines, 1) * _WRAP_SLACK
    kept_lines = text.split("\n", lines)
    shortened = len(kept_lines) > lines
    if shortened:
        text = "\n".join(kept_lines[:lines])
    if len(text) * width(form_words.text("widest")) <= budget and not shortened:
        return text  # cannot be too wide: the widest character times the length fits
    used, end = width(ELLIPSIS), 0
    for end, ch in enumerate(text):  # noqa: B007 - where it stopped is used below
        used += width(ch) if ch != "\n" else room
        if used > budget:
            break
    else:
        if not shortened:
            return text
        end = len(text)
    if cut is not None:
        cut.note(text, where)
    return text[:end].rstrip() + ELLIPSIS
