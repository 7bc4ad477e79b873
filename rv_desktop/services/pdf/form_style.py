"""The registration form's measures: page, margins, sizes, the box of a cell, dates.

Geometry is in points (``mm`` from reportlab converts), A4 portrait, origin
at the bottom left as reportlab draws; the form's map (``form_map``) turns
it to the top left. Positions that a scanner reads (tick boxes, areas) never
depend on the font: ``em_width`` measures a label as the grid of full-width
characters it is set in.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from ...domain import vocabulary
from . import form_words

PAGE_W, PAGE_H = A4
LEFT = 15 * mm
RIGHT = PAGE_W - 15 * mm
TOP = PAGE_H - 10 * mm
GRID_TOP = PAGE_H - 33 * mm
FOOTER_Y = 16 * mm
GRID_BOTTOM = FOOTER_Y + 4 * mm
SECTION_W = 9 * mm

LABEL_SIZE = 10.0
VALUE_SIZE = 10.0
AREA_SIZE = 9.5
AREA_LEADING = 12.5
AREA_SIZES = (AREA_SIZE, 8.75, 8.0)  # tried in turn before a text continues on a 续页
MAX_AREA_LINES = 160  # a text longer than this many lines is cut with "…" (about 3 续页)
TICK_SIZE = 9.5
TICK_BOX = 4.5 * mm  # issue 19: large enough to tick (≥ 4 mm)
TICK_GAP_MIN = 2.5 * mm  # between a label and the next box, at the least
PAD = 1.6 * mm
WRITE_GAP = 6.2 * mm  # at least this between ruled lines for handwriting

LINE = 0.5
BORDER = 1.1
BOX_LINE = 0.8  # a tick box's border: dark enough to find on a scan

QR_SIZE = 20 * mm
MARK_SIZE = 5 * mm
MARK_INSET = 6 * mm  # from the page's edges to the registration marks


@dataclass
class Box:
    x: float
    y: float  # bottom
    w: float
    h: float

    @property
    def top(self) -> float:
        return self.y + self.h

    @property
    def right(self) -> float:
        return self.x + self.w


def baseline(box: Box, size: float) -> float:
    """The baseline that centres a line of CJK text of ``size`` in ``box``."""
    return box.y + box.h / 2 - size * 0.36


def em_width(text: str, size: float) -> float:
    """The width ``text`` is laid out for: full-width characters one em, others half."""
    return sum(size if ord(ch) >= 0x2E80 else size * 0.55 for ch in text)


def fmt_date(d: dt.date | None) -> str:
    """2026年12月7日: one date style on paper."""
    return vocabulary.day_text(d) if d else ""


def fmt_time(t: dt.datetime | dt.date | None) -> str:
    if t is None:
        return ""
    text = fmt_date(t)
    if isinstance(t, dt.datetime):
        key = "time_minutes" if t.minute else "time_hour"
        text += form_words.text(key, hour=t.hour, minute=t.minute)
    return text
