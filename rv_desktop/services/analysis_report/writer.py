"""The paragraph and table styles of the report, and the flowables they make."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    LongTable,
    Paragraph,
    TableStyle,
)

from ...domain.report import (
    TEXTS,
)
from ..pdf import FontSet
from ..pdf.fit import cut_to_room
from ..pdf.fonts import missing_characters, replace_missing
from .layout import _GREY, _MAX_CELL_LINES, _MAX_COLUMN, _PAD, BODY, LABELS, TABLE, WIDTH


class _Writer:
    """Styles, text cleaning and the numbering of tables and figures of one document."""

    def __init__(self, fonts: FontSet, labels: Mapping[str, str], texts: Mapping[str, str]):
        self.fonts = fonts
        self.l = {**LABELS, **labels}
        self.t = {**TEXTS, **texts}
        self.missing: dict[str, set[str]] = {}
        self.tables = 0
        self.figures = 0
        body, title = fonts.body, fonts.title
        self.title = ParagraphStyle(
            "title", fontName=title, fontSize=20, leading=30, alignment=TA_CENTER,
            wordWrap="CJK", spaceAfter=4,
        )  # fmt: skip
        self.byline = ParagraphStyle(
            "byline", fontName=body, fontSize=BODY, leading=BODY * 1.6, alignment=TA_CENTER,
            wordWrap="CJK", spaceAfter=10,
        )  # fmt: skip
        self.body = ParagraphStyle(
            "body", fontName=body, fontSize=BODY, leading=BODY * 1.75, alignment=TA_JUSTIFY,
            firstLineIndent=2 * BODY, wordWrap="CJK", spaceAfter=2,
        )  # fmt: skip
        self.h1 = ParagraphStyle(
            "h1", fontName=title, fontSize=14, leading=24, wordWrap="CJK",
            spaceBefore=8, spaceAfter=2, firstLineIndent=2 * BODY,
        )  # fmt: skip
        self.h2 = ParagraphStyle(
            "h2", fontName=title, fontSize=BODY, leading=BODY * 1.75, wordWrap="CJK",
            spaceBefore=4, firstLineIndent=2 * BODY,
        )  # fmt: skip
        self.caption = ParagraphStyle(
            "caption", fontName=title, fontSize=10.5, leading=15, alignment=TA_CENTER,
            wordWrap="CJK", spaceBefore=6, spaceAfter=3,
        )  # fmt: skip
        self.note = ParagraphStyle(
            "note", fontName=body, fontSize=9, leading=13, wordWrap="CJK", spaceBefore=2,
            spaceAfter=4,
        )  # fmt: skip
        self.cell = ParagraphStyle(
            "cell", fontName=body, fontSize=TABLE, leading=TABLE * 1.3, wordWrap="CJK",
            alignment=TA_LEFT,
        )  # fmt: skip
        self.cell_centre = ParagraphStyle("cell_centre", parent=self.cell, alignment=TA_CENTER)
        self.head = ParagraphStyle(
            "head", parent=self.cell_centre, fontName=title, leading=TABLE * 1.25
        )
        self.sign = ParagraphStyle(
            "sign", fontName=body, fontSize=BODY, leading=BODY * 1.75, alignment=TA_RIGHT,
            wordWrap="CJK", rightIndent=2 * BODY,
        )  # fmt: skip
        self.annex = ParagraphStyle(
            "annex", fontName=title, fontSize=BODY, leading=BODY * 1.75, wordWrap="CJK"
        )

    # -- text ---------------------------------------------------------------------------

    def clean(self, text: object) -> str:
        """``text`` as a string the font can print (missing characters as ＿)."""
        value = "" if text is None else str(text)
        gaps = missing_characters(value, self.fonts.body)
        if gaps:
            self.missing.setdefault(value[:20], set()).update(gaps)
            value = replace_missing(value, self.fonts.body)
        return value

    def para(self, text: object, style: ParagraphStyle) -> Paragraph:
        escaped = self.clean(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return Paragraph(escaped.replace("\n", "<br/>"), style)

    def paragraphs(self, text: str) -> list[Paragraph]:
        """One indented paragraph per line of ``text``."""
        return [self.para(line.strip(), self.body) for line in text.split("\n") if line.strip()]

    # -- tables and figures -----------------------------------------------------------

    def caption_of(self, kind: str, title: str) -> Paragraph:
        if kind == "table":
            self.tables += 1
            number = self.l["table"].format(n=self.tables)
        else:
            self.figures += 1
            number = self.l["figure"].format(n=self.figures)
        return self.para(f"{number}  {title}", self.caption)

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[object]],
        weights: Sequence[float] | None = None,
        *,
        left: Sequence[int] = (),
        free: Sequence[int] | None = None,
        total: bool = False,
    ) -> LongTable:
        """A grid with a grey header row repeated on every page.

        The ``left`` columns are aligned left, the others centred. The
        ``free`` columns (default: the ``left`` ones) are free text: they share
        what the others (as wide as their content) leave of the page width, by
        ``weights``. ``total`` shades the last row (合计).
        """
        data = [[self.para(h, self.head) for h in header]]
        texts = [[self._fit(self.clean(v)) for v in row] for row in rows]
        for row in texts:
            data.append([
                self.para(v, self.cell if c in left else self.cell_centre)
                for c, v in enumerate(row)
            ])  # fmt: skip
        style = [
            ("FONTNAME", (0, 0), (-1, -1), self.fonts.body),
            ("FONTSIZE", (0, 0), (-1, -1), TABLE),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("BOX", (0, 0), (-1, -1), 0.9, colors.black),
            ("BACKGROUND", (0, 0), (-1, 0), _GREY),
            ("LEFTPADDING", (0, 0), (-1, -1), _PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), _PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ]
        if total and rows:
            shade = colors.Color(0.96, 0.96, 0.96)
            style.append(("BACKGROUND", (0, len(rows)), (-1, len(rows)), shade))
        widths = self._widths(header, texts, weights, set(left if free is None else free))
        return LongTable(data, colWidths=widths, repeatRows=1, style=TableStyle(style))

    def _fit(self, text: str) -> str:
        """A cell's text cut (with "…") to what a table row can hold on a page."""
        if len(text) <= 40:
            return text
        width = self._char_width
        return cut_to_room(text, width, _MAX_COLUMN * WIDTH - 2 * _PAD, _MAX_CELL_LINES)

    def _char_width(self, ch: str) -> float:
        return stringWidth(ch, self.fonts.body, TABLE)

    def _width(self, text: str, font: str | None = None) -> float:
        longest = max(text.split("\n"), key=len) if text else ""
        return stringWidth(longest, font or self.fonts.body, TABLE)

    def _widths(self, header, texts, weights, free: set[int]) -> list[float]:
        """Content widths for the short columns, the rest of the page for the free ones."""
        n = len(header)
        natural = []
        for c in range(n):
            body = max((self._width(r[c]) for r in texts if c < len(r)), default=0.0)
            head = self._width(header[c], self.fonts.title)
            if len(header[c]) > 4:  # a long header wraps onto two lines (not in brackets)
                bracket = header[c][header[c].find("（") :] if "（" in header[c] else ""
                head = max(head / 2 + TABLE, self._width(bracket, self.fonts.title))
            natural.append(max(body, head, 2 * TABLE) + 2 * _PAD + 1)
        # a long text wraps in its column rather than squeezing the others to nothing
        natural = [min(w, _MAX_COLUMN * WIDTH) for w in natural]
        weights = list(weights or [1.0] * n)
        if not free:  # spread what is left over every column
            extra = max(WIDTH - sum(natural), 0.0)
            total = sum(natural)
            if total > WIDTH:
                return [w * WIDTH / total for w in natural]
            return [w + extra / n for w in natural]
        least = max(5 * TABLE * len(free), 0.3 * WIDTH)  # free text needs room to read
        fixed = [c for c in range(n) if c not in free]
        if sum(natural[c] for c in fixed) > WIDTH - least:
            # the widest short columns give way first (wrapping), the narrow ones
            # (numbers, dates, case numbers) keep their width
            floor = 4 * TABLE + 2 * _PAD + 1
            lo, hi = floor, max(natural[c] for c in fixed)
            for _ in range(30):
                cap = (lo + hi) / 2
                if sum(min(natural[c], cap) for c in fixed) > WIDTH - least:
                    hi = cap
                else:
                    lo = cap
            natural = [w if c in free else min(w, max(lo, floor)) for c, w in enumerate(natural)]
        rest = WIDTH - sum(natural[c] for c in fixed)
        share = sum(weights[c] for c in free) or 1.0
        return [rest * weights[c] / share if c in free else natural[c] for c in range(n)]

    def drawing(self, height: float) -> Drawing:
        """A page-wide drawing whose default font is ours (else Helvetica gets in)."""
        d = Drawing(WIDTH, height)
        d.initialFontName = self.fonts.body
        return d

    def string(self, x, y, text, size=9.0, anchor="start", colour=colors.black, title=False):
        return String(
            x, y, self.clean(text), fontName=self.fonts.title if title else self.fonts.body,
            fontSize=size, textAnchor=anchor, fillColor=colour,
        )  # fmt: skip
