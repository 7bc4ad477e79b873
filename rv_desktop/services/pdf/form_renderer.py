"""Drawing the registration forms onto a reportlab canvas, page by page.

The grid, the labels and the empty boxes are the same on every form, so they
are drawn once per document as PDF form XObjects (one per page of the
layout, with or without the hand-fill furniture) and placed on each page
(``doForm``); only the variable texts, the ticks, the QR code and the page
numbers are laid out per page. A form is its ``FORM_PAGES`` pages (one sheet,
both sides); texts too long for their boxes continue on continuation pages
(续页) after them, and a form always ends on an even page, so that every form
starts on a new sheet when printed double-sided.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ...domain.typography import chinese_quotes
from ..form_payload import FormPayload, format_payload
from ..forms_data import FormCase, FormData
from . import form_words
from .fonts import FontSet
from .form_blocks import ContactsTable
from .form_cells import CaseArea, VisitArea
from .form_layout import LAYOUT, Layout, PageGrid
from .form_marks import draw_marks, draw_qr, qr_box
from .form_page import FormPage
from .form_style import (
    AREA_LEADING,
    AREA_SIZE,
    BORDER,
    FOOTER_Y,
    GRID_BOTTOM,
    GRID_TOP,
    LEFT,
    LINE,
    PAD,
    RIGHT,
    TOP,
    Box,
)
from .text import Pen

__all__ = ["FORM_PAGES", "FormRenderer"]

FORM_PAGES = 2
_NUMBER_RIGHT = RIGHT - 22 * mm  # the case number ends left of the QR code


class FormRenderer:
    """Draws forms one after the other onto ``c``."""

    def __init__(self, c: Canvas, fonts: FontSet, town: str, office: str):
        self.c = c
        self.pen = Pen(c, fonts.body, fonts.title, bold_title=fonts.title_is_body)
        self.layout = Layout()
        self.town = town
        self.office = office if (not town or office.startswith(town)) else town + office
        self._frames: set[str] = set()

    # -- the shared frames (form XObjects) ----------------------------------------------

    def frame(self, index: int, blank_visit: bool) -> str:
        name = f"frame{index}_{'blank' if blank_visit else 'bare'}"
        if name not in self._frames:
            self.c.beginForm(name)
            self._draw_frame(self.layout.grids[index], blank_visit, index == 0)
            self.c.endForm()
            self._frames.add(name)
        return name

    def continuation_frame(self) -> str:
        name = "frame_cont"
        if name not in self._frames:
            c = self.c
            c.beginForm(name)
            self._header(form_words.text("continued_title", title=form_words.text("title")))
            c.setLineWidth(BORDER)
            c.rect(LEFT, GRID_BOTTOM, RIGHT - LEFT, GRID_TOP - GRID_BOTTOM)
            draw_marks(c)
            c.endForm()
            self._frames.add(name)
        return name

    def _header(self, title: str) -> None:
        pen = self.pen
        pen.title_text((LEFT + RIGHT) / 2, TOP - 8.5 * mm, title, 18)
        pen.text(LEFT, GRID_TOP + 2.2 * mm, form_words.text("office_line", office=self.office),
                 10.5)  # fmt: skip

    def _draw_frame(self, grid: PageGrid, blank_visit: bool, first: bool) -> None:
        c, pen = self.c, self.pen
        self._header(form_words.text("title"))
        c.setStrokeGray(0)
        # the grid: every cell outlined thin, the sections and the whole framed thick
        c.setLineWidth(LINE)
        for cell in grid.cells:
            b = cell.box
            c.rect(b.x, b.y, b.w, b.h, stroke=1, fill=0)
        c.setLineWidth(BORDER * 0.8)
        for title, b in grid.section_boxes:
            c.rect(b.x, b.y, RIGHT - LEFT, b.h, stroke=1, fill=0)
            self._vertical(title, b)
        c.setLineWidth(BORDER)
        c.rect(LEFT, grid.bottom, RIGHT - LEFT, GRID_TOP - grid.bottom, stroke=1, fill=0)
        for cell in grid.cells:
            cell.static(pen, blank_visit)
        if first:
            office = self.office or form_words.text("office_default")
            pen.text(LEFT, FOOTER_Y, form_words.text("note", office=office), 8)
        draw_marks(c)

    def _vertical(self, title: str, box: Box) -> None:
        size = 10.5
        n = len(title)
        step = min(size * 1.7, (box.h - 3 * mm) / n)
        y = box.y + box.h / 2 + (n - 1) * step / 2 - size * 0.36
        for ch in title:
            self.pen.title_text(box.x + box.w / 2, y, ch, size)
            y -= step

    # -- one form -----------------------------------------------------------------------

    def plan(self, form: FormData, mode: str) -> tuple[FormPage, list]:
        """Measure the form: its page object and the continuation pages' contents."""
        page = FormPage(self.pen, form, mode)
        page.measure_only = True
        for cell in self.layout.cells:
            if isinstance(cell, CaseArea | VisitArea | ContactsTable):
                cell.fill(page)
        page.measure_only = False
        extra = self._paginate(page.overflow)
        if extra and (FORM_PAGES + len(extra)) % 2:
            extra.append([])  # the back of the last sheet: 以下空白
        for number, sections in enumerate(extra, start=FORM_PAGES + 1):
            for title, _lines in sections:
                page.continued_on.setdefault(title, number)
        return page, extra

    def _paginate(self, overflow: list[tuple[str, str]]) -> list[list[tuple[str, list[str]]]]:
        """Continuation pages: per page, (title, lines) per continued text."""
        if not overflow:
            return []
        avail = RIGHT - LEFT - 2 * PAD - 3 * mm
        room = (GRID_TOP - GRID_BOTTOM - 4 * mm) / AREA_LEADING - 1  # (以下空白)
        pages: list[list[tuple[str, list[str]]]] = [[]]
        used = 0.0
        for title, text in overflow:
            lines = [text[s:e] for s, e in self.pen.wrap(text, avail, AREA_SIZE)]
            while True:
                if room - used < 2:  # not even a heading and a line: next page
                    pages.append([])
                    used = 0.0
                take = lines[: int(room - used) - 1]
                lines = lines[len(take) :]
                pages[-1].append((title, take))
                used += 1 + len(take) + 0.5
                if not lines:
                    break
        return pages

    def draw(self, form: FormData, page: FormPage, extra: list, visit_no: int | None) -> int:
        """Draw the planned form; its number of pages."""
        c = self.c
        total = FORM_PAGES + len(extra)
        blank_visit = page.visit is None
        for index, grid in enumerate(self.layout.grids):
            c.doForm(self.frame(index, blank_visit))
            for cell in grid.cells:
                cell.fill(page)
            self._heading(page.case, visit_no)
            self._page_marks(page.case, visit_no, index + 1, total)
            c.showPage()
        last_text = FORM_PAGES + max((i + 1 for i, p in enumerate(extra) if p), default=0)
        for n, sections in enumerate(extra, start=FORM_PAGES + 1):
            c.doForm(self.continuation_frame())
            self._continuation(sections, n >= last_text)
            self._page_marks(page.case, visit_no, n, total)
            c.showPage()
        return total

    def _heading(self, case: FormCase | None, visit_no: int | None) -> None:
        """The campaign under the title; which visit it is; the key-case mark."""
        pen = self.pen
        y = TOP - 15.5 * mm
        if case is not None and case.campaign:
            line = form_words.text("campaign_line", campaign=chinese_quotes(case.campaign))
            pen.text((LEFT + RIGHT) / 2, y, line, 10.5, align="centre")
        which = (
            form_words.text("visit_no", n=visit_no) if visit_no
            else form_words.text("visit_no_blank")
        )  # fmt: skip
        pen.text(LEFT, y, which, 10.5)
        if case is not None and case.key_case:
            mark = form_words.text("key_case")
            x = LEFT + pen.width(which, 10.5) + 4 * mm
            w = pen.width(mark, 11) + 3 * mm
            self.c.setLineWidth(1.2)
            self.c.rect(x, y - 1.6 * mm, w, 6.2 * mm, stroke=1, fill=0)
            pen.title_text(x + w / 2, y, mark, 11)

    def _continuation(self, sections: list[tuple[str, list[str]]], last: bool) -> None:
        pen = self.pen
        x = LEFT + PAD + 1 * mm
        y = GRID_TOP - 2 * mm - AREA_SIZE * 1.02
        for title, lines in sections:
            pen.text(x, y, form_words.text("continued_heading", title=title), AREA_SIZE,
                     font=pen.title)  # fmt: skip
            y -= AREA_LEADING
            for line in lines:
                pen.text(x + 2 * mm, y, line, AREA_SIZE)
                y -= AREA_LEADING
            y -= AREA_LEADING * 0.5
        if last:
            pen.text((LEFT + RIGHT) / 2, y, form_words.text("blank_below"), AREA_SIZE,
                     align="centre")  # fmt: skip

    def _page_marks(self, case: FormCase | None, visit_no: int | None, n: int, total: int):
        """Case number (top and foot), page x of y, the QR code of the page."""
        pen = self.pen
        number = case.case_no if case else ""
        top_line = GRID_TOP + 2.2 * mm
        if number:
            pen.text(_NUMBER_RIGHT, top_line, form_words.text("number", case_no=number), 10.5,
                     align="right")  # fmt: skip
        else:
            label = form_words.text("number_blank")
            pen.text(_NUMBER_RIGHT - 30 * mm, top_line, label, 10.5)
            self.c.setLineWidth(0.5)
            self.c.line(_NUMBER_RIGHT - 30 * mm + pen.width(label, 10.5), top_line - 1,
                        _NUMBER_RIGHT, top_line - 1)  # fmt: skip
        if n > 1 and case is not None:
            pen.text((LEFT + RIGHT) / 2, top_line,
                     form_words.text("petitioner_line", name=case.petitioner), 10.5,
                     align="centre")  # fmt: skip
        payload = FormPayload(self.town, case.campaign if case else "", number, visit_no, n,
                              total, LAYOUT)  # fmt: skip
        draw_qr(self.c, format_payload(payload), qr_box())
        foot = form_words.text("page_of", page=n, pages=total)
        if number:
            foot = form_words.text("number", case_no=number) + "    " + foot
        pen.text(RIGHT, FOOTER_Y, foot, 9, align="right")
