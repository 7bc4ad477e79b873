"""The larger cells of the registration form: the contact attempts, the signatures.

``ContactsTable`` is the 联系记录 box: a small table with a row per attempt
(time, means, outcome, note) for the visitor to write in (five rows: the plan
asks for the trail of every attempt), the means and outcomes to choose from
printed under it. ``Signature`` is half of the signature row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from reportlab.lib.units import mm

from ...domain import vocabulary
from ..forms_data import FormVisit
from . import form_words
from .form_cells import Cell, date_template
from .form_style import LINE, PAD, VALUE_SIZE, Box, baseline, fmt_date

__all__ = ["CONTACT_COLUMNS", "ContactsTable", "Signature"]

#: (label key in form.toml, width in mm) of the contact attempts' columns
CONTACT_COLUMNS = (
    ("contact_no", 10),
    ("contact_at", 34),
    ("contact_means", 22),
    ("contact_outcome", 28),
    ("contact_note", 55),
)
HEAD_H = 6 * mm
HINT_H = 4.5 * mm
HINT_SIZE = 7.5


class ContactsTable(Cell):
    """The contact attempts: a header, ``rows`` rows to write in, the choices under it."""

    key = "contacts"

    def __init__(self, width_mm: float, rows: int):
        super().__init__(width_mm)
        self.rows = rows

    def row_boxes(self) -> list[Box]:
        """The box of each attempt's row, top to bottom."""
        b = self.box
        row_h = (b.h - HEAD_H - HINT_H) / self.rows
        top = b.top - HEAD_H
        return [Box(b.x, top - (i + 1) * row_h, b.w, row_h) for i in range(self.rows)]

    def column_boxes(self, row: Box) -> list[Box]:
        x, out = row.x, []
        for _, width in CONTACT_COLUMNS:
            out.append(Box(x, row.y, width * mm, row.h))
            x += width * mm
        return out

    def static(self, pen, blank_visit):
        b, c = self.box, pen.c
        c.setLineWidth(LINE * 0.8)
        head = Box(b.x, b.top - HEAD_H, b.w, HEAD_H)
        rows = self.row_boxes()
        for (key, _), col in zip(CONTACT_COLUMNS, self.column_boxes(head), strict=True):
            pen.text(col.x + col.w / 2, baseline(col, 9), form_words.label(key), 9, align="centre")
        for row in [head, *rows]:
            c.line(b.x, row.y, b.right, row.y)
        x = b.x
        for _, width in CONTACT_COLUMNS[:-1]:
            x += width * mm
            c.line(x, b.top, x, rows[-1].y)
        for i, row in enumerate(rows, start=1):
            first = self.column_boxes(row)[0]
            pen.text(first.x + first.w / 2, baseline(first, 9), str(i), 9, align="centre")
        sep = form_words.text("list_separator")
        hint = form_words.text(
            "contacts_hint",
            means=sep.join(text for _, text in vocabulary.choices("contact_means")),
            outcomes=sep.join(text for _, text in vocabulary.choices("contact_outcome")),
        )
        pen.text(b.x + PAD, b.y + 1.3 * mm, hint, HINT_SIZE)

    def fill(self, page):
        v = page.visit
        if v is None:
            return
        rows = self.row_boxes()
        for i, attempt in enumerate(v.contacts[: len(rows)]):
            cols = self.column_boxes(rows[i])
            when = ""
            if attempt.at is not None:
                a = attempt.at
                when = form_words.text(
                    "contact_time", month=a.month, day=a.day, hour=a.hour, minute=a.minute
                )
            page.line(cols[1], when)
            page.line(cols[2], vocabulary.label("contact_means", attempt.means))
            page.line(cols[3], vocabulary.label("contact_outcome", attempt.outcome))
            page.line(cols[4], attempt.note or "")
        if len(v.contacts) > len(rows):  # the rest continue on the 续页, one a line
            rest = [_attempt_text(n, a) for n, a in enumerate(v.contacts, start=1)]
            page.overflow.append((form_words.label("contact_no"), "\n".join(rest[len(rows) :])))


def _attempt_text(n: int, a) -> str:
    when = (
        form_words.text("contact_time", month=a.at.month, day=a.at.day, hour=a.at.hour,
                        minute=a.at.minute)
        if a.at else ""
    )  # fmt: skip
    parts = [str(n), when, vocabulary.label("contact_means", a.means),
             vocabulary.label("contact_outcome", a.outcome), a.note or ""]  # fmt: skip
    return "  ".join(p for p in parts if p)


class Signature(Cell):
    """Half of the signature row: who signs, room to sign, a date; filled: names and date."""

    def __init__(self, width_mm: float, who: str,
                 get: Callable[[FormVisit], tuple[str, dt.date | None]]):  # fmt: skip
        super().__init__(width_mm)
        self.who = who
        self.get = get

    def sign_box(self) -> Box:
        """Where the signature goes: under who signs, above the date."""
        b = self.box
        return Box(b.x + PAD, b.y + 7 * mm, b.w - 2 * PAD, b.h - 7 * mm - VALUE_SIZE - PAD)

    def _date_box(self) -> Box:
        return Box(self.box.x, self.box.y + 0.8 * mm, self.box.w, 7 * mm)

    def static(self, pen, blank_visit):
        b = self.box
        pen.text(b.x + PAD, b.top - PAD - VALUE_SIZE, form_words.text(self.who), VALUE_SIZE)
        if blank_visit:
            date_template(pen, self._date_box(), form_words.text("date_template"))

    def fill(self, page):
        if page.visit is None:
            return
        names, day = self.get(page.visit)
        lower = self._date_box()
        if names:
            page.line(Box(lower.x + 3 * mm, lower.y + 6 * mm, lower.w * 0.7, lower.h), names)
        if day:
            page.line(lower, fmt_date(day), align="right")
        else:
            date_template(page.pen, lower, form_words.text("date_template"))
