"""The return-visit registration form (信访事项办理情况回访登记表) as PDF, on A4.

One case, one form: a title, the office line, a grid of labelled cells in
four sections (the case, the visit, the findings, the signatures), tick boxes
and ruled areas large enough to write in by hand, signature and date lines.
Every page carries the case number, "第 x 页 共 y 页" and a QR code of the case
number, so a returned form is found again by scanning it.

Three modes:

``prefilled``
    the case is printed (number, petitioner, phones, address, source, handling
    unit, conclusion date, demand and conclusion); the visit part is left to
    fill in by hand. What visitors carry.
``filled``
    the case and its final visit record, ticks shown as √ in their boxes and
    the texts written in: the copy for the file. A form whose target has no
    final record is printed prefilled.
``blank``
    no case at all, for cases not yet in the register.

Speed: the grid, the labels and the empty boxes are the same on every form,
so they are drawn once per document as a PDF form XObject and placed on each
page (``doForm``); only the variable texts, the ticks and the QR code are laid
out per page, at the canvas level. 1,000 prefilled forms take a few seconds
and a couple of megabytes (the font is embedded as a subset).

Long texts wrap (CJK rules, mixed Chinese, digits and Latin); what does not
fit its box continues on a continuation page (续页) that repeats the title and
the case number. Characters the font lacks are reported before anything is
written (``MissingCharacters``), never printed as boxes.
"""

from __future__ import annotations

import dataclasses
import os
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from reportlab.graphics.barcode import qrencoder
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ...domain.errors import QT_TRANSLATE_NOOP, UserError, system_reason
from ..forms_data import FormCase, FormData
from .fonts import FontSet, find_fonts, missing_characters, replace_missing
from .form_layout import (
    AREA_LEADING,
    AREA_SIZE,
    BORDER,
    FOOTER_Y,
    GRID_TOP,
    LEFT,
    LINE,
    PAD,
    RIGHT,
    TITLE,
    TOP,
    Box,
    CaseArea,
    FormPage,
    Layout,
    VisitArea,
)
from .text import Pen

__all__ = [
    "FormRenderError",
    "MissingCharacters",
    "Mode",
    "RenderResult",
    "TITLE",
    "render_forms",
]

Mode = Literal["prefilled", "filled", "blank"]


class FormRenderError(UserError):
    """The forms could not be written; the target file was not changed."""


class MissingCharacters(FormRenderError):  # noqa: N818 - the name the issue uses
    """The font lacks characters of the document (rare characters in names).

    ``missing`` maps where they are (a form's case number; in a table, the
    cell's text) to the characters the font lacks. Nothing was written.
    """

    def __init__(self, missing: dict[str, set[str]], font: str, in_table: bool = False):
        self.missing = missing
        if in_table:
            template = QT_TRANSLATE_NOOP(
                "UserError",
                "The font {font} cannot print these characters: {characters} "
                "(for example in “{case_no}”). Choose a font that has them in the settings, "
                "or print anyway and write them in by hand.",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "UserError",
                "The font {font} cannot print these characters: {characters} "
                "(in {count} forms, e.g. case {case_no}). Choose a font that has them "
                "in the settings, or print anyway and write them in by hand.",
            )
        super().__init__(
            "missing_characters",
            template,
            font=font,
            characters="".join(sorted(set().union(*missing.values()))),
            count=len(missing),
            case_no=next(iter(missing)),
        )


@dataclass
class RenderResult:
    """What ``render_forms`` wrote."""

    path: Path
    pages: int
    forms: int
    missing_characters: dict[str, set[str]] = field(default_factory=dict)


class _Renderer:
    def __init__(self, c: Canvas, fonts: FontSet, town: str, office: str):
        self.c = c
        self.fonts = fonts
        self.pen = Pen(c, fonts.body, fonts.title, bold_title=fonts.title_is_body)
        self.layout = Layout()
        self.town = town
        self.office = office if (not town or office.startswith(town)) else town + office
        self._frames: set[str] = set()

    # -- the shared frames (form XObjects) ----------------------------------------------

    def frame(self, blank_visit: bool) -> str:
        name = "frame_blank" if blank_visit else "frame_bare"
        if name not in self._frames:
            c = self.c
            c.beginForm(name)
            self._draw_frame(blank_visit)
            c.endForm()
            self._frames.add(name)
        return name

    def continuation_frame(self) -> str:
        name = "frame_cont"
        if name not in self._frames:
            c = self.c
            c.beginForm(name)
            self._header(TITLE + "（续页）")
            c.setLineWidth(BORDER)
            c.rect(LEFT, FOOTER_Y + 5 * mm, RIGHT - LEFT, GRID_TOP - FOOTER_Y - 5 * mm)
            c.endForm()
            self._frames.add(name)
        return name

    def _header(self, title: str) -> None:
        pen = self.pen
        pen.title_text((LEFT + RIGHT) / 2, TOP - 8.5 * mm, title, 18)
        pen.text(LEFT, GRID_TOP + 2.2 * mm, f"填报单位：{self.office}", 10.5)

    def _draw_frame(self, blank_visit: bool) -> None:
        c, pen, layout = self.c, self.pen, self.layout
        self._header(TITLE)
        c.setStrokeGray(0)
        # the grid: every cell outlined thin, the sections and the whole framed thick
        c.setLineWidth(LINE)
        for cell in layout.cells:
            b = cell.box
            c.rect(b.x, b.y, b.w, b.h, stroke=1, fill=0)
        c.setLineWidth(BORDER * 0.8)
        for title, b in layout.section_boxes:
            c.rect(b.x, b.y, RIGHT - LEFT, b.h, stroke=1, fill=0)
            self._vertical(title, b)
        c.setLineWidth(BORDER)
        c.rect(LEFT, layout.bottom, RIGHT - LEFT, GRID_TOP - layout.bottom, stroke=1, fill=0)
        for cell in layout.cells:
            cell.static(pen, blank_visit)
        note = (
            f"注：一案一表。回访人员如实填写，受访人签字确认后，交{self.office or '信访办'}存档。"
        )
        pen.text(LEFT, FOOTER_Y, note, 8)

    def _vertical(self, title: str, box: Box) -> None:
        size = 10.5
        n = len(title)
        step = min(size * 1.7, (box.h - 4 * mm) / n)
        y = box.y + box.h / 2 + (n - 1) * step / 2 - size * 0.36
        for ch in title:
            self.pen.title_text(box.x + box.w / 2, y, ch, size)
            y -= step

    # -- one form -----------------------------------------------------------------------

    def plan(
        self, form: FormData, mode: Mode
    ) -> tuple[FormPage, list[list[tuple[str, list[str]]]]]:
        """Measure the form: its page object and the continuation pages' contents."""
        page = FormPage(self.pen, form, mode)
        page.measure_only = True
        for cell in self.layout.cells:
            if isinstance(cell, CaseArea | VisitArea):
                cell.fill(page)
        page.measure_only = False
        extra = self._paginate(page.overflow)
        for number, sections in enumerate(extra, start=2):
            for heading, _lines in sections:
                page.continued_on.setdefault(heading.removesuffix("（续）："), number)
        return page, extra

    def _paginate(self, overflow: list[tuple[str, str]]) -> list[list[tuple[str, list[str]]]]:
        """Continuation pages: per page, (heading, lines) per continued text."""
        if not overflow:
            return []
        avail = RIGHT - LEFT - 2 * PAD - 3 * mm
        room = (GRID_TOP - FOOTER_Y - 5 * mm - 4 * mm) / AREA_LEADING - 1  # (以下空白)
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
                pages[-1].append((f"{title}（续）：", take))
                used += 1 + len(take) + 0.5
                if not lines:
                    break
        return pages

    def draw(self, form: FormData, mode: Mode, page: FormPage, extra: list) -> int:
        c = self.c
        total = 1 + len(extra)
        blank_visit = page.visit is None
        c.doForm(self.frame(blank_visit))
        for cell in self.layout.cells:
            cell.fill(page)
        if page.case is not None and page.case.campaign:
            self.pen.text((LEFT + RIGHT) / 2, TOP - 15 * mm, f"（{page.case.campaign}）", 10.5,
                          align="centre")  # fmt: skip
        self._page_marks(page.case, 1, total)
        c.showPage()
        for n, sections in enumerate(extra, start=2):
            c.doForm(self.continuation_frame())
            self._continuation(sections, n == total)
            self._page_marks(page.case, n, total)
            c.showPage()
        return total

    def _continuation(self, sections: list[tuple[str, list[str]]], last: bool) -> None:
        pen = self.pen
        x = LEFT + PAD + 1 * mm
        y = GRID_TOP - 2 * mm - AREA_SIZE * 1.02
        for heading, lines in sections:
            pen.text(x, y, heading, AREA_SIZE, font=pen.title)
            y -= AREA_LEADING
            for line in lines:
                pen.text(x + 2 * mm, y, line, AREA_SIZE)
                y -= AREA_LEADING
            y -= AREA_LEADING * 0.5
        if last:
            pen.text((LEFT + RIGHT) / 2, y, "（以下空白）", AREA_SIZE, align="centre")

    def _page_marks(self, case: FormCase | None, n: int, total: int) -> None:
        """Case number (top right and foot), page x of y, and the QR code."""
        pen = self.pen
        number = case.case_no if case else ""
        top_line = GRID_TOP + 2.2 * mm
        if number:
            pen.text(RIGHT, top_line, f"编号：{number}", 10.5, align="right")
            _draw_qr(self.c, number, RIGHT - 15 * mm, TOP - 15 * mm, 15 * mm)
        else:
            pen.text(RIGHT - 40 * mm, top_line, "编号：", 10.5)
            self.c.setLineWidth(0.5)
            self.c.line(RIGHT - 29 * mm, top_line - 1, RIGHT, top_line - 1)
        if n > 1 and case is not None:
            pen.text(
                (LEFT + RIGHT) / 2, top_line, f"信访人：{case.petitioner}", 10.5, align="centre"
            )
        foot = f"第 {n} 页 共 {total} 页"
        if number:
            foot = f"编号：{number}    {foot}"
        pen.text(RIGHT, FOOTER_Y, foot, 9, align="right")


# --- QR code ---------------------------------------------------------------------------

_QR_MASK = 2  # a fixed mask pattern: any is valid, choosing the best one costs 5 ms a code


def qr_modules(text: str) -> list[list[bool]]:
    """The QR code of ``text`` (error correction M) as rows of dark modules."""
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    if text.isascii():
        code.addData(text)
    else:  # never Kanji mode: scanners would type Japanese
        code.addData(qrencoder.QR8bitByte(text))
    code.version = code.calculate_version()
    code.makeImpl(False, _QR_MASK)
    return code.modules


def _draw_qr(c: Canvas, text: str, x: float, y: float, size: float) -> None:
    """The QR code as one filled path in module units (a few hundred bytes a page)."""
    modules = qr_modules(text)
    n = len(modules)
    unit = size / n
    ops = [f"q 0 g {unit:.4f} 0 0 {unit:.4f} {x:.2f} {y:.2f} cm"]
    for r, row in enumerate(modules):
        start = None
        for col in range(n + 1):
            dark = col < n and row[col]
            if dark and start is None:
                start = col
            elif not dark and start is not None:
                ops.append(f"{start} {n - 1 - r} {col - start} 1 re")
                start = None
    ops.append("f Q")
    c.addLiteral(" ".join(ops))


# --- the public function ------------------------------------------------------------------


def _texts(form: FormData, mode: Mode) -> Iterable[str]:
    """Every text of a form that the font must be able to print."""
    if mode == "blank" or form.case is None:
        return
    case = form.case
    for value in case.__dict__.values():
        if isinstance(value, str):
            yield value
        elif isinstance(value, tuple):
            yield from (v for v in value if isinstance(v, str))
    if mode == "filled" and form.visit is not None:
        for value in form.visit.__dict__.values():
            if isinstance(value, str):
                yield value
        for contact in form.visit.contacts:
            if contact.note:
                yield contact.note


def _clean(form: FormData, fonts: FontSet) -> FormData:
    """The form with characters the font lacks replaced by a gap to write in."""

    def fix(obj):
        changes = {}
        for k, v in obj.__dict__.items():
            if isinstance(v, str) and missing_characters(v, fonts.body):
                changes[k] = replace_missing(v, fonts.body)
            elif isinstance(v, tuple) and v and isinstance(v[0], str):
                changes[k] = tuple(replace_missing(s, fonts.body) for s in v)
        return dataclasses.replace(obj, **changes) if changes else obj

    return FormData(fix(form.case) if form.case else None, fix(form.visit) if form.visit else None)


def render_forms(
    forms: Iterable[FormData],
    out: str | os.PathLike,
    mode: Mode = "prefilled",
    town: str = "",
    office: str = "",
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    font_file: str | os.PathLike | None = None,
    *,
    allow_missing: bool = False,
    fonts: FontSet | None = None,
) -> RenderResult:
    """Write one registration form per item of ``forms`` into the PDF ``out``.

    The file is written beside ``out`` under a temporary name and replaces it
    only when complete. Raises ``FontMissing`` when there is no Chinese font,
    ``MissingCharacters`` (before writing anything) when the font lacks
    characters of the forms and ``allow_missing`` is False (when True they
    are printed as a gap ＿ to write in by hand and listed in the result),
    ``FormRenderError`` coded ``cancelled`` when ``cancelled()`` turns True.
    ``progress(done, total)`` is called every few forms.
    """
    if mode not in ("prefilled", "filled", "blank"):
        raise ValueError(f"unknown mode {mode!r}")
    out = Path(out)
    items = list(forms)
    fonts = fonts or find_fonts(font_file)
    missing: dict[str, set[str]] = {}
    for form in items:
        gaps: set[str] = set()
        for text in _texts(form, mode):
            gaps |= missing_characters(text, fonts.body)
        if gaps:
            missing[form.case_no] = gaps
    if missing and not allow_missing:
        raise MissingCharacters(missing, fonts.body_path.name)

    total = len(items)
    if not items:
        raise FormRenderError(
            "no_forms", QT_TRANSLATE_NOOP("UserError", "There are no forms to print.")
        )
    pages = 0
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(suffix=".pdf", prefix=".forms-", dir=out.parent)
        os.close(fd)
        c = Canvas(tmp, pagesize=A4, pageCompression=1, initialFontName=fonts.body)
        c.setTitle(TITLE)
        c.setAuthor(office or town or "")
        c.setCreator("rv_desktop")
        renderer = _Renderer(c, fonts, town, office)
        for done, form in enumerate(items, start=1):
            if form.case_no in missing:
                form = _clean(form, fonts)
            page, extra = renderer.plan(form, mode)
            pages += renderer.draw(form, mode, page, extra)
            if done % 25 == 0 or done == total:
                if cancelled is not None and cancelled():
                    raise FormRenderError("cancelled", QT_TRANSLATE_NOOP("UserError", "Cancelled."))
                if progress is not None:
                    progress(done, total)
        c.save()
        os.replace(tmp, out)
    except OSError as exc:
        raise FormRenderError(
            "forms_write_failed",
            QT_TRANSLATE_NOOP("UserError", "{path} could not be written: {reason}"),
            path=out,
            reason=system_reason(exc),
        ) from exc
    finally:
        if tmp is not None and os.path.exists(tmp):
            os.unlink(tmp)
    return RenderResult(out, pages, total, missing)
