"""The cells of the registration form's grid: labels, values, tick boxes, areas.

A cell draws its fixed part once into the shared frame (``static``: labels,
empty tick boxes, ruled lines, date templates) and its form's values on each
page (``fill``). Cells of the visit record name their field (``key``, a
field of ``visit_fields``): the label, the choices and the value come from
it, so the paper asks what the screen asks, in the same words.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.units import mm

from ...domain import visit_fields
from ..forms_data import FormCase, FormVisit
from .form_style import (
    BOX_LINE,
    LABEL_SIZE,
    PAD,
    TICK_BOX,
    TICK_GAP_MIN,
    TICK_SIZE,
    VALUE_SIZE,
    WRITE_GAP,
    Box,
    baseline,
    em_width,
)
from .text import Pen

__all__ = [
    "Cell",
    "CaseArea",
    "CaseValue",
    "Label",
    "Ticks",
    "VisitArea",
    "VisitValue",
    "date_template",
    "draw_tick",
]


class Cell:
    """A cell of the grid. ``static`` draws into the shared frame, ``fill`` per page."""

    box: Box
    key: str | None = None  # the visit record's field it holds, if any

    def __init__(self, width_mm: float):
        self.width = width_mm * mm

    def static(self, pen: Pen, blank_visit: bool) -> None:
        """What every form shows; ``blank_visit`` adds the hand-fill furniture."""

    def fill(self, page) -> None:
        """The form's own values (case, visit), on a ``FormPage``."""


class Label(Cell):
    """A printed label, centred, wrapped onto several lines when long."""

    def __init__(self, width_mm: float, text: str, size: float = LABEL_SIZE):
        super().__init__(width_mm)
        self.text = text
        self.size = size

    def static(self, pen, blank_visit):
        b = self.box
        avail = b.w - 2 * PAD * 0.6
        size, lines = self._fit(pen, avail)
        lead = size * 1.22
        y = b.y + b.h / 2 + (len(lines) - 1) * lead / 2 - size * 0.36
        for line in lines:
            pen.text(b.x + b.w / 2, y, line, size, align="centre")
            y -= lead

    def _fit(self, pen: Pen, avail: float) -> tuple[float, list[str]]:
        """One line, a little smaller if need be; else lines of balanced length."""
        for size in (self.size, self.size - 0.5, self.size - 1):
            if pen.width(self.text, size) <= avail:
                return size, [self.text]
        n = 2
        while True:
            per = -(-len(self.text) // n)
            lines = [self.text[i : i + per] for i in range(0, len(self.text), per)]
            if all(pen.width(line, self.size) <= avail for line in lines) or n >= 4:
                return self.size, lines
            n += 1


class CaseValue(Cell):
    """One line of case data, shrunk to fit."""

    def __init__(self, width_mm: float, get: Callable[[FormCase], str | None], align="left"):
        super().__init__(width_mm)
        self.get = get
        self.align = align

    def fill(self, page):
        if page.case is not None:
            page.line(self.box, self.get(page.case) or "", align=self.align)


class CaseArea(Cell):
    """Wrapped case text (demand, conclusion); what does not fit continues on a 续页."""

    def __init__(self, width_mm: float, title: str, get: Callable[[FormCase], str | None]):
        super().__init__(width_mm)
        self.title = title
        self.get = get

    def fill(self, page):
        if page.case is not None:
            page.area(self.box, self.get(page.case) or "", self.title)


class Ticks(Cell):
    """The tick boxes of field ``key``'s choices; filled, the chosen one carries a √.

    ``slots()`` places the boxes from the labels' character counts, not the
    font's metrics: the form's map gives the same positions on every machine.
    """

    def __init__(self, width_mm: float, key: str):
        super().__init__(width_mm)
        self.key = key
        self.options = visit_fields.choice_labels(key)

    def slots(self) -> list[tuple[object, str, Box, float, float]]:
        """(value, label, tick box, label x, size) of each choice, left to right."""
        b = self.box
        avail = b.w - 2 * PAD
        size = TICK_SIZE
        gap_in = 1.2 * mm
        while True:  # the size shrinks (down to 7.5 pt) until the row fits
            widths = [em_width(text, size) for _, text in self.options]
            fixed = sum(TICK_BOX + gap_in + w for w in widths)
            gaps = max(1, len(widths) - 1)
            if fixed + TICK_GAP_MIN * gaps <= avail or size <= 7.5:
                break
            size -= 0.25
        gap_out = min(7 * mm, max(TICK_GAP_MIN, (avail - fixed) / gaps))
        x = b.x + PAD
        y = b.y + (b.h - TICK_BOX) / 2
        out = []
        for (value, text), w in zip(self.options, widths, strict=True):
            out.append((value, text, Box(x, y, TICK_BOX, TICK_BOX), x + TICK_BOX + gap_in, size))
            x += TICK_BOX + gap_in + w + gap_out
        return out

    def draw(self, pen: Pen, chosen: object = None, has_value: bool = False) -> None:
        for value, text, box, text_x, size in self.slots():
            pen.rect(box.x, box.y, box.w, box.h, BOX_LINE)
            if has_value and value == chosen:
                draw_tick(pen, box)
            pen.text(text_x, baseline(Box(box.x, box.y, box.w, box.h), size), text, size)

    def static(self, pen, blank_visit):
        if blank_visit:
            self.draw(pen)

    def fill(self, page):
        if page.visit is not None:
            self.draw(page.pen, getattr(page.visit, self.key), True)


def draw_tick(pen: Pen, box: Box) -> None:
    """A √ in ``box``: the font's own (as people write it), else drawn."""
    x, y, w = box.x, box.y, box.w
    if pen.has("\u221a"):
        pen.text(x + w / 2, y + w * 0.16, "\u221a", w * 0.95, align="centre", bold=True)
        return
    c = pen.c
    c.saveState()
    c.setLineWidth(w * 0.12)
    path = c.beginPath()
    path.moveTo(x + w * 0.18, y + w * 0.5)
    path.lineTo(x + w * 0.42, y + w * 0.2)
    path.lineTo(x + w * 0.85, y + w * 0.85)
    c.drawPath(path, stroke=1, fill=0)
    c.restoreState()


class VisitValue(Cell):
    """One line of the visit: blank (or a date template) to fill in, or the record's value.

    ``prefill`` gives what a prefilled form already knows (the assigned visitors).
    """

    def __init__(self, width_mm: float, key: str | None, get: Callable[[FormVisit], str | None],
                 template: str = "", prefill: Callable[[FormCase], str] | None = None):  # fmt: skip
        super().__init__(width_mm)
        self.key = key
        self.get = get
        self.template = template
        self.prefill = prefill

    def static(self, pen, blank_visit):
        if blank_visit and self.template:
            date_template(pen, self.box, self.template)

    def fill(self, page):
        if page.visit is None:
            if self.prefill is not None and page.case is not None:
                page.line(self.box, self.prefill(page.case))
            return
        value = self.get(page.visit)
        if value:
            page.line(self.box, value)
        elif self.template:
            date_template(page.pen, self.box, self.template)


def date_template(pen: Pen, box: Box, template: str) -> None:
    """``年  月  日`` spaced for handwriting, right-aligned in ``box``."""
    size = VALUE_SIZE
    gaps = [3.0 if i == 0 else 2.0 for i in range(len(template))]  # in em, before each unit
    natural = (sum(gaps) + len(template)) * size
    scale = min(1.0, (box.w - 2 * PAD - len(template) * size) / (sum(gaps) * size))
    x = box.right - PAD - natural + (1 - scale) * sum(gaps) * size
    base = baseline(box, size)
    for unit, gap in zip(template, gaps, strict=True):
        x += gap * size * scale
        pen.text(x, base, unit, size)
        x += size


class VisitArea(Cell):
    """A framed area of field ``key``: ruled lines to write on, or the record's text."""

    def __init__(
        self, width_mm: float, key: str, get: Callable[[FormVisit], str | None] | None = None
    ):
        super().__init__(width_mm)
        self.key = key
        self.title = visit_fields.label(key)
        self.get = get or (lambda v: getattr(v, key))

    def static(self, pen, blank_visit):
        if blank_visit:
            ruled_lines(pen, self.box)

    def fill(self, page):
        if page.visit is not None:
            page.area(self.box, self.get(page.visit) or "", self.title)


def ruled_lines(pen: Pen, b: Box, top_margin: float = 0.0) -> None:
    """Dotted lines for handwriting, at least ``WRITE_GAP`` apart."""
    c = pen.c
    h = b.h - top_margin
    n = max(1, int(h // WRITE_GAP))
    gap = h / n
    c.setLineWidth(0.3)
    c.setStrokeGray(0.55)
    c.setDash(1, 1.5)
    for i in range(1, n):
        y = b.top - top_margin - i * gap
        c.line(b.x + PAD, y, b.right - PAD, y)
    c.setDash()
    c.setStrokeGray(0)


