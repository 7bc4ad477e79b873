"""What a form's pages need while their variable parts are drawn (``FormPage``).

One-line values are shrunk to fit (two lines of small print at most);
wrapped areas are laid out once, when the form is measured, and drawn from
that layout: smaller print (down to 8 pt) before what does not fit is
collected in ``overflow`` for the continuation pages (续页).
"""

from __future__ import annotations

from ...domain.typography import chinese_quotes
from ..forms_data import FormData
from . import form_words
from .fit import cut_to_room
from .form_style import (
    AREA_LEADING,
    AREA_SIZE,
    AREA_SIZES,
    MAX_AREA_LINES,
    PAD,
    VALUE_SIZE,
    Box,
    baseline,
)
from .text import Pen

__all__ = ["FormPage"]


class FormPage:
    """The pen and the form's values, shared by the cells of every page of one form."""

    def __init__(self, pen: Pen, form: FormData, mode: str):
        self.pen = pen
        self.case = form.case if mode != "blank" else None
        self.visit = form.visit if mode == "filled" else None
        self.overflow: list[tuple[str, str]] = []  # (title, text) for the 续页
        self.continued_on: dict[str, int] = {}  # title -> page number of its continuation
        self.measure_only = False
        self._laid: dict[int, tuple[str, list[tuple[int, int]], bool, float]] = {}

    def line(self, box: Box, text: str, align: str = "left") -> None:
        if not text or self.measure_only:
            return
        pen = self.pen
        text = chinese_quotes(text)
        avail = box.w - 2 * PAD
        # two lines of the smallest print at most: a 3,000-character name ends in "…"
        text = cut_to_room(text, lambda ch: pen.width(ch, 6.0), avail, 2)
        size = pen.fit_size(text, avail, VALUE_SIZE)
        if pen.width(text, size) > avail * 1.001:  # even the smallest size is too wide: 2 lines
            small = max(6.0, min(VALUE_SIZE, (box.h - 1) / 2.2))
            spans = pen.wrap(text, avail, small)[:2]
            y = box.y + box.h / 2 + small * 0.2
            for s, e in spans:
                pen.text(box.x + PAD, y, text[s:e], small)
                y -= small * 1.1
            return
        x = {"left": box.x + PAD, "centre": box.x + box.w / 2, "right": box.right - PAD}[align]
        pen.text(x, baseline(box, size), text, size, align=align)

    def area(self, box: Box, text: str, title: str) -> None:
        laid = self._laid.get(id(box))
        if laid is None:
            laid = self._lay_out(box, chinese_quotes(text.strip()), title)
            self._laid[id(box)] = laid
        if self.measure_only:
            return
        text, spans, cut, size = laid
        pen = self.pen
        leading = size * AREA_LEADING / AREA_SIZE
        y = box.top - PAD * 0.6 - size * 1.02
        for i, (s, e) in enumerate(spans):
            line = text[s:e]
            if cut and i == len(spans) - 1:
                line += form_words.text("continued", page=self.continued_on.get(title, 3))
            pen.text(box.x + PAD, y, line, size)
            y -= leading

    def _lay_out(self, box: Box, text: str, title: str):
        """Wrap ``text`` into ``box``, smaller (down to 8 pt) before continuing elsewhere."""
        if not text:
            return text, [], False, AREA_SIZE
        pen = self.pen
        avail = box.w - 2 * PAD
        # the box and a few continuation pages at most: bounded pages, bounded time
        text = cut_to_room(text, lambda ch: pen.width(ch, AREA_SIZE), avail, MAX_AREA_LINES)
        for size in AREA_SIZES:
            leading = size * AREA_LEADING / AREA_SIZE
            spans = pen.wrap(text, avail, size)
            room = max(1, int((box.h - 2 * PAD * 0.6) // leading))
            if len(spans) <= room:
                return text, spans, False, size
        # too long even in small print: keep the normal size and continue on a 续页
        size = AREA_SIZE
        spans = pen.wrap(text, avail, size)
        room = max(1, int((box.h - 2 * PAD * 0.6) // AREA_LEADING))
        marker_w = pen.width(form_words.text("continued", page=9), size)
        s, e = spans[room - 1]
        while e > s and pen.width(text[s:e], size) + marker_w > avail:
            e -= 1
        self.overflow.append((title, text[e:].lstrip()))
        return text, spans[: room - 1] + [(s, e)], True, size
