"""A document of running text (the campaign plan) as an A4 PDF, laid out like an official paper.

The title in the title face (黑体), centred; headings (一、) in the title face,
stage headings (（一）) in bold, paragraphs and numbered items with a first
line indented by two characters; the office and the date at the end, right
aligned; "第 x 页 共 y 页" at the foot of every page. Lines are broken by
``text.wrap_spans`` (no line starts with ，。、）or ends with （); a heading
never stays alone at the foot of a page. Written to a temporary file that
replaces the target only when complete.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ...domain import vocabulary
from ...domain.typography import chinese_quotes
from ..xlsx_out import write_atomically
from .fonts import FontSet, find_fonts, replace_missing
from .tables import TableResult
from .text import Pen

__all__ = ["render_document"]

LEFT, RIGHT, TOP, BOTTOM = 28 * mm, 26 * mm, 30 * mm, 28 * mm
TITLE_SIZE = 20.0
BODY_SIZE = 14.0
LEADING = 1.75  # line height, in sizes
INDENT = "\u3000\u3000"  # two characters, as a Chinese paragraph begins

_Line = tuple[float, str, float, str, str, bool]  # y, text, size, font kind, align, bold


def _layout(pen: Pen, title: str, blocks: Sequence[tuple[str, str]]) -> list[list[_Line]]:
    width = A4[0] - LEFT - RIGHT
    pages: list[list[_Line]] = [[]]
    steps: list[list[float]] = [[]]  # how far below the line before each line sits
    y = A4[1] - TOP

    def put(text: str, size: float, kind: str, align: str, bold: bool, keep: int = 1,
            gap: float = 0.0) -> None:  # fmt: skip
        nonlocal y
        step = size * LEADING
        if y - gap - step * keep < BOTTOM:
            pages.append([])
            steps.append([])
            y, gap = A4[1] - TOP, 0.0
        y -= gap + step
        pages[-1].append((y, text, size, kind, align, bold))
        steps[-1].append(step)

    for a, b in pen.wrap(title, width, TITLE_SIZE):
        put(title[a:b], TITLE_SIZE, "title", "centre", False)
    y -= BODY_SIZE * 0.8
    signature = [text for kind, text in blocks if kind == "signature"]
    for kind, text in blocks:
        if kind == "signature":
            first = text is signature[0]
            gap = BODY_SIZE * LEADING * 1.5 if first else 0.0
            put(text, BODY_SIZE, "body", "right", False, len(signature) if first else 1, gap)
            continue
        text = INDENT + text
        spans = pen.wrap(text, width, BODY_SIZE)
        font = "title" if kind == "heading" else "body"
        bold = kind == "subheading"
        for i, (a, b) in enumerate(spans):
            # a heading stays whole, with the first line after it, on one page
            keep = len(spans) + 1 if kind in ("heading", "subheading") and i == 0 else 1
            put(text[a:b], BODY_SIZE, font, "left", bold, keep)
    if len(pages) > 1 and signature and len(pages[-1]) == len(signature):
        # the office and the date never stand alone on the last page: two lines
        # of the text come with them
        moved, moved_steps = pages[-2][-2:], steps[-2][-2:]
        del pages[-2][-2:]
        lines = moved + pages[-1]
        line_steps = moved_steps + [BODY_SIZE * LEADING * 2.5] + steps[-1][1:]
        y = A4[1] - TOP
        pages[-1] = []
        for line, step in zip(lines, line_steps, strict=True):
            y -= step
            pages[-1].append((y, *line[1:]))
    return pages


def render_document(
    title: str,
    blocks: Sequence[tuple[str, str]],
    out: str | os.PathLike,
    *,
    font_file: str | os.PathLike | None = None,
    fonts: FontSet | None = None,
) -> TableResult:
    """Write ``title`` and ``blocks`` ((kind, text): heading, subheading, item,
    para, notes, signature) to the PDF ``out``; characters the font lacks print
    as a gap ＿ to write by hand."""
    out = Path(out)
    fonts = fonts or find_fonts(font_file)
    title = replace_missing(chinese_quotes(title), fonts.body)
    blocks = [(kind, replace_missing(chinese_quotes(text), fonts.body)) for kind, text in blocks]
    pen = Pen(None, fonts.body, fonts.title)
    pages = _layout(pen, title, blocks)
    page_text = vocabulary.table("common")["page"]
    def write(tmp: Path) -> None:
        canvas = Canvas(str(tmp), pagesize=A4, pageCompression=1)
        canvas.setTitle(title)
        canvas.setCreator("rv_desktop")
        for n, lines in enumerate(pages, start=1):
            draw = Pen(canvas, fonts.body, fonts.title, bold_title=fonts.title_is_body)
            for y, text, size, kind, align, bold in lines:
                font = fonts.title if kind == "title" else fonts.body
                x = {"left": LEFT, "centre": A4[0] / 2, "right": A4[0] - RIGHT - 2 * size}[align]
                draw.text(x, y, text, size, font=font, align=align, bold=bold)
            draw.text(A4[0] / 2, 12 * mm, page_text.format(page=n, pages=len(pages)), 9,
                      align="centre")  # fmt: skip
            canvas.showPage()
        canvas.save()

    write_atomically(out, write)
    return TableResult(out, len(pages), len(blocks))
