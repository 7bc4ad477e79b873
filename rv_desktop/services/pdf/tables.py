"""Printed tables as PDF: the task assignment table, feedback statistics, summary.

``render_table`` lays out any of them the same way, as county offices print
them: a title (黑体) and a subtitle line (office, date, count), a grid whose
header rows (with merged group cells) repeat on every page, Chinese text
wrapped inside its cell, an optional footnote under the table, and
"第 x 页 共 y 页" at the foot of every page. A4 landscape by default.

The font is embedded (the table's every cell is set to it, so no Helvetica
slips in); cells that fit their column are plain strings and only the long
ones become wrapped ``Paragraph``s, which keeps a 1,000-row summary quick.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.pagesizes import landscape as landscape_of
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    LongTable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from ...domain import vocabulary
from ...domain.errors import UserError
from ...domain.typography import chinese_quotes
from ..xlsx_out import write_atomically
from .fit import Cut, cut_to_room
from .fonts import FontSet, find_fonts, missing_characters, replace_missing
from .registration_form import MissingCharacters
from .table_paging import _PAGED_ROWS, _page_tables, _with_tail
from .text import NO_END, NO_START, Pen, wrap_spans

__all__ = ["TableError", "TableResult", "render_table"]

Span = tuple[tuple[int, int], tuple[int, int]]  # ((first col, first row), (last col, last row))

MARGIN = 12 * mm
BODY_SIZE = 9.0
HEADER_SIZE = 9.5
PADDING = 2.5
LONG_COLUMN = 40 * mm  # a column whose content is wider is free text and wraps


class TableError(UserError):
    """The table could not be written; the target file was not changed."""


@dataclass
class TableResult:
    """What ``render_table`` wrote; ``missing_characters`` as in ``MissingCharacters``."""

    path: Path
    pages: int
    rows: int
    missing_characters: dict[str, set[str]] = field(default_factory=dict)


class _Title(Flowable):
    """The title in the title font (thickened when it is the body face), centred."""

    def __init__(self, pen_factory: Callable[[Canvas], Pen], text: str, size: float, width: float):
        super().__init__()
        self.pen_factory = pen_factory
        self.text = text
        self.size = size
        self.width = width
        self.height = size * 1.6

    def draw(self):
        pen = self.pen_factory(self.canv)
        pen.title_text(self.width / 2, self.size * 0.45, self.text, self.size)


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.1f}" if not value.is_integer() else str(int(value))
    return str(value)


def _column_widths(
    pen: Pen, texts: list[list[str]], header: list[list[str]], available: float
) -> list[float]:
    """Widths by content: short columns as wide as their longest cell, the long
    ones (free text) sharing the rest of the page width."""
    columns = max(len(r) for r in header + texts) if header or texts else 0
    natural = []
    for c in range(columns):
        head = max((pen.width(r[c], HEADER_SIZE) for r in header[-1:] if c < len(r)), default=0)
        body = max((pen.width(r[c], BODY_SIZE) for r in texts if c < len(r)), default=0)
        natural.append(max(head, body, 2 * BODY_SIZE) + 2 * PADDING)
    short = [w <= LONG_COLUMN for w in natural]
    fixed = sum(w for w, s in zip(natural, short, strict=True) if s)
    rest = available - fixed
    if not all(short) and rest > 25 * mm * short.count(False):
        # the free-text columns share what is left, the wider by nature a bit more
        weights = [0.0 if s else w**0.5 for w, s in zip(natural, short, strict=True)]
        total = sum(weights)
        return [
            w if s else rest * k / total for w, s, k in zip(natural, short, weights, strict=True)
        ]
    total = sum(natural) or 1.0
    return [w * available / total for w in natural]


#: the most lines a body cell prints: a row must stay well inside a page
MAX_CELL_LINES = 12
#: the note under a table some of whose texts were cut (the documents are in Chinese)
CUT_NOTE = vocabulary.table("common")["cut_note"]


def _cut_long_texts(
    texts: list[list[str]], measure: Pen, available: float
) -> tuple[list[list[str]], Cut]:
    """Cells longer than ``MAX_CELL_LINES`` lines of the widest column they may get, cut."""
    cut = Cut()
    columns = max((len(r) for r in texts), default=0)
    # a column never gets more than the page less 2 cm per other column
    room = max(available - (columns - 1) * 20 * mm, 30 * mm) - 2 * PADDING

    def width(ch: str) -> float:
        return measure.width(ch, BODY_SIZE)

    out = []
    for r in texts:
        row = []
        for t in r:
            if len(t) > 40:  # shorter texts fit any column's lines
                t = cut_to_room(t, width, room, MAX_CELL_LINES, cut)
            row.append(t)
        out.append(row)
    return out, cut


def _check_characters(
    texts: list[list[str]], fonts: FontSet, allow_missing: bool
) -> tuple[list[list[str]], dict[str, set[str]]]:
    """The texts (with a gap ＿ for characters the font lacks, when allowed) and
    what was missing; ``MissingCharacters`` when not allowed."""
    missing: dict[str, set[str]] = {}
    for r in texts:
        for t in r:
            if gaps := missing_characters(t, fonts.body):
                missing.setdefault(t[:20], set()).update(gaps)
    if missing and not allow_missing:
        raise MissingCharacters(missing, fonts.body_path.name, in_table=True)
    if missing:
        texts = [[replace_missing(t, fonts.body) for t in r] for r in texts]
    return texts, missing


def _paragraph_styles(fonts: FontSet, header_size: float):
    """(body, centred body, header) paragraph styles."""
    body_style = ParagraphStyle(
        "body", fontName=fonts.body, fontSize=BODY_SIZE, leading=BODY_SIZE * 1.3,
        wordWrap="CJK", alignment=TA_LEFT,
    )  # fmt: skip
    centre_style = ParagraphStyle("centre", parent=body_style, alignment=TA_CENTER)
    head_style = ParagraphStyle(
        "head", parent=centre_style, fontName=fonts.title, fontSize=header_size,
        leading=header_size * 1.25,
    )  # fmt: skip
    return body_style, centre_style, head_style


def _grid_style(fonts: FontSet, n_head: int, header_size: float, head_padding: float,
                aligns: Sequence[str]) -> list[tuple]:  # fmt: skip
    """The grid's TableStyle commands: fonts, header shading, lines, padding, alignment."""
    style = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.body),
        ("FONTSIZE", (0, 0), (-1, -1), BODY_SIZE),
        ("FONTNAME", (0, 0), (-1, n_head - 1), fonts.title),
        ("FONTSIZE", (0, 0), (-1, n_head - 1), header_size),
        ("ALIGN", (0, 0), (-1, n_head - 1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BOX", (0, 0), (-1, -1), 1.0, colors.black),
        ("BACKGROUND", (0, 0), (-1, n_head - 1), colors.Color(0.9, 0.9, 0.9)),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, n_head - 1), head_padding),
        ("RIGHTPADDING", (0, 0), (-1, n_head - 1), head_padding),
    ]
    for c, how in enumerate(aligns):
        if how == "centre":
            style.append(("ALIGN", (c, n_head), (c, -1), "CENTER"))
    return style


def _numbered_canvas(pen_for: Callable[[Canvas], Pen], pagesize: tuple[float, float]):
    """A canvas class that holds the pages back until the count is known, then
    writes 第 x 页 共 y 页 on each; ``pages`` (on the class) is the count."""

    class _Numbered(Canvas):
        pages = 0

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = type(self).pages = len(self._pages)
            for n, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                pen_for(self).text(
                    pagesize[0] / 2,
                    7 * mm,
                    vocabulary.table("common")["page"].format(page=n, pages=total),
                    9,
                    align="centre",
                )
                super().showPage()
            super().save()

    return _Numbered


def _cell(measure: Pen, text: str, room: float, size: float, style: ParagraphStyle):
    """A cell's text as is when it fits ``room``, else a paragraph wrapped by the
    Chinese rules (no line starts with ，。、）, none ends with （) and between
    names; reportlab's CJK wrap lets a ， start a line."""
    if "\n" not in text and measure.width(text, size) <= room:
        return text
    width = lambda t: measure.width(t, size)  # noqa: E731
    text = _break_between_names(text, room, width)
    if not _RULED.isdisjoint(text):  # plain text: reportlab's own wrap is the same
        text = "\n".join(text[a:b] for a, b in wrap_spans(text, room - 0.5, width))
    return Paragraph(_escape(text).replace("\n", "<br/>"), style)


def _heading(pen_for, title: str, subtitle: str | None, body_style, available: float) -> list:
    """The title and the subtitle line above the grid."""
    story: list[Flowable] = [_Title(pen_for, title, 16, available)]
    if subtitle:
        story.append(Paragraph(_escape(subtitle).replace("  ", "&nbsp; "), ParagraphStyle(
            "subtitle", parent=body_style, fontSize=10, leading=14, alignment=TA_CENTER,
        )))  # fmt: skip
    story.append(Spacer(1, 3 * mm))
    return story


def _tail(footnote: str | None, signoff, body_style, width: float) -> list:
    """Under the grid: the notes, the sign-off block."""
    tail: list[Flowable] = []
    if footnote:
        tail.append(Paragraph(_escape(footnote).replace("\n", "<br/>"), body_style))
    if signoff:
        tail.append(_signoff_block(signoff, body_style, width))
    return tail


def render_table(
    title: str,
    subtitle: str | None,
    header_rows: Sequence[Sequence[str]],
    spans: Sequence[Span],
    rows: Sequence[Sequence[object]],
    out: str | os.PathLike,
    landscape: bool = True,
    col_widths: Sequence[float] | None = None,
    footnote: str | None = None,
    *,
    font_file: str | os.PathLike | None = None,
    fonts: FontSet | None = None,
    allow_missing: bool = False,
    align: Sequence[str] | None = None,
    signoff: Sequence[tuple[str, str]] | None = None,
    header_size: float = HEADER_SIZE,
) -> TableResult:
    """Write the table to the PDF ``out`` (through a temporary file).

    ``header_rows`` are repeated on every page; ``spans`` merge header (or
    body) cells, in table coordinates (header rows first), as reportlab's
    ``SPAN`` does. ``col_widths`` are in points (default: by content, filling
    the page width). ``align`` gives per column ``"left"`` or ``"centre"``
    (default: centred short columns, left long ones). Raises ``FontMissing``
    and, unless ``allow_missing``, ``MissingCharacters`` before writing
    anything (when allowed, those characters print as a gap ＿).

    ``footnote`` and ``signoff`` ((label, value) of the sign-off block, three
    to a line) go under the grid and stay on the page of the table's last
    row: never alone on a page of their own. ``header_size`` (points) with
    narrow header padding lets a table of many narrow columns keep two
    characters to a header line.
    """
    out = Path(out)
    fonts = fonts or find_fonts(font_file)
    title, subtitle = chinese_quotes(title), subtitle and chinese_quotes(subtitle)
    footnote = footnote and chinese_quotes(footnote)
    header = [[_cell_text(v) for v in r] for r in header_rows]
    texts = [[chinese_quotes(_cell_text(v)) for v in r] for r in rows]
    texts, missing = _check_characters(texts, fonts, allow_missing)

    pagesize = landscape_of(A4) if landscape else A4
    available = pagesize[0] - 2 * MARGIN
    measure = Pen(None, fonts.body, fonts.title)  # measures only, never draws
    texts, footnote = _cut_to_page(texts, footnote, measure, available)

    def pen_for(canvas: Canvas) -> Pen:
        return Pen(canvas, fonts.body, fonts.title, bold_title=fonts.title_is_body)

    widths = list(col_widths) if col_widths else _column_widths(measure, texts, header, available)
    data, style, table, body_style = _build_table(
        fonts, measure, header, texts, spans, widths, align, header_size, available
    )
    story = _build_story(
        pen_for, title, subtitle, body_style, available, pagesize, footnote, signoff,
        widths, texts, spans, table, data, style, len(header),
    )  # fmt: skip
    pages = _write_pdf(out, story, pen_for, pagesize, title, fonts)
    return TableResult(out, pages, len(rows), missing)


def _cut_to_page(texts, footnote: str | None, measure: Pen, available: float):
    """``texts`` with over-long cells cut, and the footnote that says so."""
    texts, shortened = _cut_long_texts(texts, measure, available)
    if shortened.count:  # said on the paper itself: the register holds the whole text
        footnote = f"{footnote}\n{CUT_NOTE}" if footnote else CUT_NOTE
    return texts, footnote


def _build_table(fonts, measure, header, texts, spans, widths, align, header_size, available):
    """The grid's cells, style and ``LongTable`` (header rows first)."""
    aligns = list(align) if align else [
        "left" if w > 30 * mm else "centre" for w in widths
    ]  # fmt: skip

    body_style, centre_style, head_style = _paragraph_styles(fonts, header_size)

    head_padding = PADDING if header_size >= HEADER_SIZE else 1.2

    def cell(text: str, col: int, size: float, style: ParagraphStyle):
        padding = head_padding if style is head_style else PADDING
        room = widths[col] - 2 * padding if col < len(widths) else available
        return _cell(measure, text, room, size, style)

    data = [[cell(t, c, header_size, head_style) for c, t in enumerate(r)] for r in header]
    for r in texts:
        data.append([
            cell(t, c, BODY_SIZE, centre_style if aligns[c] == "centre" else body_style)
            for c, t in enumerate(r)
        ])  # fmt: skip
    n_head = len(header)
    style = _grid_style(fonts, n_head, header_size, head_padding, aligns)
    style += [("SPAN", a, b) for a, b in spans]
    table = LongTable(data, colWidths=widths, repeatRows=n_head, style=TableStyle(style))
    return data, style, table, body_style


def _build_story(
    pen_for, title, subtitle, body_style, available, pagesize, footnote, signoff,
    widths, texts, spans, table, data, style, n_head,
):  # fmt: skip
    """Heading, grid (paged by hand when long) and the tail kept with the last row."""
    story = _heading(pen_for, title, subtitle, body_style, available)
    frame_height = pagesize[1] - MARGIN - (MARGIN + 3 * mm) - 12  # the frame's own padding
    tail = _tail(footnote, signoff, body_style, sum(widths))
    if len(texts) > _PAGED_ROWS and all(b[1] < n_head for _a, b in spans):
        first = frame_height - sum(f.wrap(available, frame_height)[1] for f in story)
        story += _page_tables(table, data, n_head, widths, style, first, frame_height)
        story += [Spacer(1, 2 * mm), KeepTogether(tail)] if tail else []
    elif tail:
        story.append(_with_tail(data, tail, n_head, widths, style))
    else:
        story.append(table)
    return story


def _write_pdf(out: Path, story, pen_for, pagesize, title: str, fonts: FontSet) -> int:
    """Build ``story`` into ``out`` through a temporary file; the page count."""
    numbered = _numbered_canvas(pen_for, pagesize)
    def write(tmp: Path) -> None:
        doc = SimpleDocTemplate(
            str(tmp), pagesize=pagesize, leftMargin=MARGIN, rightMargin=MARGIN,
            topMargin=MARGIN, bottomMargin=MARGIN + 3 * mm, title=title,
            creator="rv_desktop", initialFontName=fonts.body,
        )  # fmt: skip
        doc.build(story, canvasmaker=numbered)

    write_atomically(out, write)
    return numbered.pages


#: Characters the Chinese line-breaking rules are about.
_RULED = NO_START | NO_END

def _signoff_block(items, style: ParagraphStyle, width: float) -> Table:
    """填报单位（盖章）：…  单位负责人：…  审核人：… on two lines, three to a line."""
    per_line = 3
    cells = [
        Paragraph(_escape(f"{label}{value}"), style) for label, value in items
    ]  # fmt: skip
    cells += [""] * (-len(cells) % per_line)
    lines = [cells[i : i + per_line] for i in range(0, len(cells), per_line)]
    return Table(
        lines,
        colWidths=[width / per_line] * per_line,
        style=TableStyle([
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]),
    )  # fmt: skip


def _break_between_names(text: str, room: float, width: Callable[[str], float]) -> str:
    """A list of names (张三、李四、王五) broken after a 、 where the line is full,
    so that no name is cut in two; other text unchanged."""
    if "、" not in text or "\n" in text:
        return text
    names = text.split("、")
    lines, line = [], ""
    for i, name in enumerate(names):
        piece = name + ("、" if i < len(names) - 1 else "")
        if line and width(line + piece) > room:
            lines.append(line)
            line = piece
        else:
            line += piece
    lines.append(line)
    return "\n".join(lines)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
