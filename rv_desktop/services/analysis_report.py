"""The analysis report (专题分析报告) as an A4 PDF for the leaders, with its charts.

``export_analysis_report`` gathers the report (``domain.report.build_report``),
with the clerk's saved conclusions and suggestions, and writes it as a town
office sends such a paper upward: a title in 黑体, the office and the date,
numbered sections (一、基本情况 … 六、下一步工作和意见建议) in 宋体 with
first-line indents, numbered tables and figures with captions, the office and
date at the end, then the appendices (the unsettled cases with their
follow-ups, the "nobody left out" lists, the difficulties and the help), and
"— n —" at the foot of every page.

The three charts are drawn with reportlab graphics in the colours of
``services.palette``, the same as the program's on-screen charts: the
satisfaction breakdown (pie), the satisfaction rate by handling unit (bars),
and progress over time (visited targets against the plan).

The font is embedded (``pdf.find_fonts``), Chinese wraps by CJK rules, and a
character the font lacks prints as a gap ＿ (reported in the result), never
as a box. The PDF is written to a temporary file that replaces ``out`` only
when complete, and printing it leaves an audit record (the appendices name
petitioners).
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    LongTable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    TableStyle,
)

from ..domain import audit, vocabulary
from ..domain.errors import QT_TRANSLATE_NOOP, UserError, system_reason
from ..domain.models import db
from ..domain.report import (
    TEXTS,
    AnalysisReport,
    TextGroup,
    build_report,
    format_date,
    format_rate,
    source_label,
)
from . import palette
from .pdf import FontSet, find_fonts
from .pdf.fit import cut_to_room
from .pdf.fonts import missing_characters, replace_missing

__all__ = [
    "LABELS",
    "AnalysisReportError",
    "ReportResult",
    "export_analysis_report",
    "render_report",
]

#: The printed labels (Chinese, like every printed document; data/report.toml);
#: ``labels`` replaces any.
LABELS: dict[str, str] = dict(vocabulary.data_file("report.toml")["labels"])

_GREY = colors.Color(0.9, 0.9, 0.9)
MARGIN_X = 25 * mm
MARGIN_TOP = 25 * mm
MARGIN_BOTTOM = 22 * mm
WIDTH = A4[0] - 2 * MARGIN_X
BODY = 12.0  # 小四
TABLE = 9.5
_PAD = 3.0


#: no table column takes more than this share of the width; a cell at most these lines
_MAX_COLUMN, _MAX_CELL_LINES = 0.45, 10

class AnalysisReportError(UserError):
    """The report could not be written; the target file was not changed."""


@dataclass
class ReportResult:
    """What ``render_report`` wrote; ``missing_characters``: text → characters the font
    lacks (printed as ＿)."""

    path: Path
    pages: int
    missing_characters: dict[str, set[str]] = field(default_factory=dict)


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


# --- charts ------------------------------------------------------------------------------


def _pie(w: _Writer, report: AnalysisReport) -> Drawing:
    b = report.breakdown
    height = 150
    d = w.drawing(height)
    slices = [(code, n) for code, n in b.slices() if n]
    pie = Pie()
    pie.x, pie.y, pie.width, pie.height = 40, 10, 130, 130
    pie.data = [n for _c, n in slices]
    pie.labels = None
    pie.startAngle = 90
    pie.direction = "clockwise"
    pie.slices.strokeColor = colors.white
    pie.slices.strokeWidth = 1
    for i, (code, _n) in enumerate(slices):
        pie.slices[i].fillColor = colors.HexColor(palette.SATISFACTION_COLOURS[code])
    d.add(pie)
    legend = Legend()
    legend.x, legend.y = 215, 110
    legend.fontName = w.fonts.body
    legend.fontSize = 10.5
    legend.dx = legend.dy = 10
    legend.deltay = 24
    legend.columnMaximum = 5
    legend.alignment = "right"
    legend.strokeColor = None
    legend.colorNamePairs = [
        (
            colors.HexColor(palette.SATISFACTION_COLOURS[code]),
            w.clean(
                w.l["pie.count"].format(
                    label=w.t[f"satisfaction.{code}"],
                    n=n,
                    share=format_rate(n / b.visited if b.visited else None, w.t),
                )
            ),
        )
        for code, n in b.slices()
    ]
    d.add(legend)
    d.add(
        w.string(
            215,
            110 - 4 * 24 - 4,
            f"{w.l['col.satisfaction_rate']} {format_rate(b.satisfaction_rate, w.t)}",
            11,
            title=True,
        )
    )
    return d


def _unit_bars(w: _Writer, report: AnalysisReport, most: int = 20) -> tuple[Drawing, bool]:
    """Bars of the satisfaction rate per unit, best first; at most ``most`` units (those
    with the most visits). Returns the drawing and whether units were left out."""
    units = [u for u in report.units if u.visited]
    cut = len(units) > most
    if cut:
        units = sorted(units, key=lambda u: -u.visited)[:most]
    units.sort(key=lambda u: (-(u.satisfaction_rate or 0), -u.visited, u.unit))
    label_width = 100
    bar_h = 17
    height = bar_h * len(units) + 40
    d = w.drawing(height)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width + 10, 24
    chart.width = WIDTH - label_width - 60
    chart.height = bar_h * len(units)
    # the chart draws the first category at the bottom: reverse for best at the top
    shown = list(reversed(units))
    chart.data = [[round((u.satisfaction_rate or 0) * 100, 1) for u in shown]]
    chart.categoryAxis.categoryNames = [
        w.clean(u.unit or w.t["unit.none"]) for u in shown
    ]  # fmt: skip
    chart.categoryAxis.labels.fontName = w.fonts.body
    chart.categoryAxis.labels.fontSize = 9
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = colors.HexColor(palette.GRID_COLOUR)
    chart.categoryAxis.tickLeft = 0
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = 100
    chart.valueAxis.valueStep = 20
    chart.valueAxis.labels.fontName = w.fonts.body
    chart.valueAxis.labels.fontSize = 8.5
    chart.valueAxis.labelTextFormat = "%d%%"
    chart.valueAxis.strokeColor = colors.HexColor(palette.GRID_COLOUR)
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor(palette.GRID_COLOUR)
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.bars[0].fillColor = colors.HexColor(palette.BAR_COLOUR)
    chart.bars[0].strokeColor = None
    chart.barWidth = bar_h * 0.62
    chart.groupSpacing = bar_h * 0.38
    chart.barLabelFormat = "%.1f%%"
    chart.barLabels.fontName = w.fonts.body
    chart.barLabels.fontSize = 8.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    d.add(chart)
    overall = report.total.satisfaction_rate
    if overall is not None:
        x = chart.x + chart.width * overall
        line = Line(x, chart.y, x, chart.y + chart.height + 6)
        line.strokeColor = colors.HexColor(palette.ACTUAL_COLOUR)
        line.strokeWidth = 1
        line.strokeDashArray = [3, 2]
        d.add(line)
        d.add(
            w.string(
                x,
                chart.y + chart.height + 9,
                w.l["units.overall"].format(rate=format_rate(overall, w.t)),
                8.5,
                anchor="middle",
                colour=colors.HexColor(palette.ACTUAL_COLOUR),
            )
        )
    return d, cut


def _progress(w: _Writer, report: AnalysisReport) -> Drawing:
    days = report.progress
    height = 200
    d = w.drawing(height)
    plot = LinePlot()
    plot.x, plot.y = 45, 40
    plot.width, plot.height = WIDTH - 70, height - 75
    actual = [(i, day.cumulative) for i, day in enumerate(days) if day.cumulative is not None]
    planned = [(i, day.planned) for i, day in enumerate(days) if day.planned is not None]
    lines, names = [], []
    if planned:
        lines.append(planned)
        names.append(("plan", palette.PLAN_COLOUR))
    if actual:
        lines.append(actual)
        names.append(("actual", palette.ACTUAL_COLOUR))
    plot.data = lines
    for i, (name, colour) in enumerate(names):
        plot.lines[i].strokeColor = colors.HexColor(colour)
        plot.lines[i].strokeWidth = 1.2 if name == "plan" else 2
        if name == "plan":
            plot.lines[i].strokeDashArray = [4, 3]
    top = max([v for _i, v in actual] + [v for _i, v in planned] + [1])
    step = _nice_step(top / 5)
    plot.yValueAxis.valueMin = 0
    plot.yValueAxis.valueMax = step * (int(top / step) + 1)
    plot.yValueAxis.valueStep = step
    plot.yValueAxis.labels.fontName = w.fonts.body
    plot.yValueAxis.labels.fontSize = 8.5
    plot.yValueAxis.visibleGrid = True
    plot.yValueAxis.gridStrokeColor = colors.HexColor(palette.GRID_COLOUR)
    plot.yValueAxis.gridStrokeWidth = 0.4
    plot.yValueAxis.strokeColor = colors.HexColor(palette.GRID_COLOUR)
    n = len(days)
    every = max(1, (n + 7) // 8)
    plot.xValueAxis.valueMin = 0
    plot.xValueAxis.valueMax = max(n - 1, 1)
    plot.xValueAxis.valueSteps = list(range(0, n, every))
    plot.xValueAxis.labelTextFormat = lambda i: (
        f"{days[int(i)].day.month}/{days[int(i)].day.day}" if 0 <= int(i) < n else ""
    )
    plot.xValueAxis.labels.fontName = w.fonts.body
    plot.xValueAxis.labels.fontSize = 8.5
    plot.xValueAxis.strokeColor = colors.HexColor(palette.GRID_COLOUR)
    d.add(plot)
    d.add(w.string(plot.x - 6, plot.y + plot.height + 8, w.l["axis.progress"], 8.5, "end"))
    legend = Legend()
    legend.x, legend.y = plot.x + 10, height - 8
    legend.fontName = w.fonts.body
    legend.fontSize = 9.5
    legend.dx, legend.dy = 16, 3
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 110
    legend.strokeColor = None
    legend.colorNamePairs = [
        (colors.HexColor(colour), w.l[f"legend.{name}"]) for name, colour in names
    ]
    d.add(legend)
    return d


def _nice_step(raw: float) -> float:
    """1, 2 or 5 times a power of ten, at least ``raw``."""
    if raw <= 1:
        return 1
    power = 10 ** (len(str(int(raw))) - 1)
    for k in (1, 2, 5, 10):
        if k * power >= raw:
            return k * power
    return 10 * power


# --- the document -------------------------------------------------------------------------


def _group_rows(w: _Writer, groups: Sequence[TextGroup], whole: int) -> list[list]:
    rows = []
    for i, g in enumerate(groups, start=1):
        examples = "；".join(
            f"{text}（{n}）" if n > 1 else text for text, n in g.texts
        )  # fmt: skip
        rows.append([i, g.theme, g.count, format_rate(g.count / whole if whole else None, w.t),
                     examples or "—"])  # fmt: skip
    return rows


def _followup_text(w: _Writer, case) -> str:
    lines = []
    for f in case.followups:
        line = w.l["followup.line"].format(
            kind=w.t.get(f"followup_kind.{f.kind}", f.kind), action=f.action or "—"
        )
        if f.assignee:
            line += w.l["followup.by"].format(who=f.assignee)
        if f.closed_on:
            line += w.l["followup.closed"].format(date=format_date(f.closed_on, w.t))
        elif f.due_on:
            line += w.l["followup.due"].format(date=format_date(f.due_on, w.t))
            if f.overdue:
                line += w.l["followup.overdue"]
        lines.append(line)
    if not lines and case.next_action:
        line = w.l["followup.next"].format(action=case.next_action)
        if case.next_due:
            line += w.l["followup.due"].format(date=format_date(case.next_due, w.t))
        lines.append(line)
    return "\n".join(lines) or w.l["followup.none"]


def _story(w: _Writer, report: AnalysisReport) -> list:
    t, lab = w.t, w.l
    total = report.total
    title = t["title"].format(town=report.town, campaign=report.campaign)
    byline = "　　".join(
        x for x in (report.office or report.town, format_date(report.today, t)) if x
    )
    story: list = [w.para(title, w.title), w.para(byline, w.byline)]

    # a heading never stays alone at the foot of a page: it moves on with room for
    # three lines of its text, or with the whole chart or table that follows it
    def section(key: str, text: str | None = None):
        story.append(CondPageBreak(100))
        story.append(w.para(lab[f"section.{key}"], w.h1))
        if text is not None:
            story.extend(w.paragraphs(text))

    def sub(key: str, *keep) -> None:
        head = w.para(lab[f"sub.{key}"], w.h2)
        if keep:
            story.append(KeepTogether([head, *keep]))
        else:
            story.append(CondPageBreak(90))
            story.append(head)

    section("background", report.text("background"))
    section("measures", report.text("measures"))
    section("results")

    # (一) overall: the paragraph, the table by source, the pie
    sub("overall")
    story.extend(w.paragraphs(report.text("results")))
    cols = ["targets", "visited", "visit_rate", "satisfied", "basically_satisfied",
            "dissatisfied", "not_reached", "satisfaction_rate", "settled"]  # fmt: skip

    def figures(row) -> list:
        return [
            format_rate(row.value(c) if c.endswith("rate") else None, t)
            if c.endswith("rate")
            else row.value(c)
            for c in cols
        ]

    rows = [[source_label(r.key, t)] + figures(r) for r in report.statistics.rows]
    rows.append([lab["total"]] + figures(total))
    story.append(
        KeepTogether(
            [
                w.caption_of("table", lab["table.sources"]),
                w.table(
                    [lab["col.source"]] + [lab[f"col.{c}"] for c in cols],
                    rows,
                    total=True,
                ),
                w.para(lab["rate_note"], w.note),
            ]
        )  # fmt: skip
    )
    if report.breakdown.visited:
        story.append(KeepTogether([_pie(w, report), w.caption_of("figure", lab["figure.pie"])]))
    else:
        story.append(w.para(lab["no_visits"], w.body))

    # (二) by handling unit: the bars and the table
    if any(u.visited for u in report.units):
        bars, cut = _unit_bars(w, report)
        parts = [bars, w.caption_of("figure", lab["figure.units"])]
        if cut:
            parts.append(w.para(lab["units.more"].format(n=20), w.note))
        sub("units", *parts)
    else:
        sub("units")
    unit_cols = ["targets", "visited", "satisfied", "basically_satisfied", "dissatisfied",
                 "not_reached", "satisfaction_rate"]  # fmt: skip
    unit_rows = [
        [u.unit or t["unit.none"], u.targets, u.visited, u.satisfied, u.basically_satisfied,
         u.dissatisfied, u.not_reached, format_rate(u.satisfaction_rate, t)]
        for u in report.units
    ]  # fmt: skip
    b = report.breakdown
    unit_rows.append([lab["total"], b.targets, b.visited, b.satisfied, b.basically_satisfied,
                      b.dissatisfied, b.not_reached,
                      format_rate(b.satisfaction_rate, t)])  # fmt: skip
    story.append(
        KeepTogether([
            w.caption_of("table", lab["table.units"]),
            w.table([lab["col.unit"]] + [lab[f"col.{c}"] for c in unit_cols], unit_rows,
                    left=(0,), free=(), total=True),
        ])
    )  # fmt: skip

    # (三) progress
    if report.progress:
        sub("progress", _progress(w, report), w.caption_of("figure", lab["figure.progress"]))
    else:
        sub("progress", w.para(lab["no_progress"], w.body))

    # (四) reasons, (五) difficulties, (六) opinions: a sentence and the themes
    def themes(key: str, groups: list[TextGroup], whole: int, intro: str, count: str) -> None:
        if not whole:
            sub(key, w.para(lab[f"no_{key}"], w.body))
            return
        header = [lab["col.seq"], lab["col.theme"], lab[count], lab["col.share"],
                  lab["col.examples"]]  # fmt: skip
        table = w.table(header, _group_rows(w, groups, whole), [0, 1, 0, 0, 2.2], left=(1, 4))
        caption = w.caption_of("table", lab[f"table.{key}"])
        sub(key, w.para(intro, w.body), caption, table)

    themes("reasons", report.reasons, total.dissatisfied,
           lab["reasons.text"].format(n=total.dissatisfied), "col.count")  # fmt: skip
    themes("difficulties", report.difficulties, total.difficulties_found,
           lab["difficulties.text"].format(found=total.difficulties_found,
                                           helped=total.difficulties_helped,
                                           open=report.help_open), "col.count")  # fmt: skip
    opinions = lab["opinions.text"].format(n=total.opinions_collected)
    themes("opinions", report.opinions, total.opinions_collected, opinions, "col.opinion_count")

    section("problems", report.text("problems"))
    section("conclusions", report.text("conclusions"))
    # the plan's summary stage: "sum up experience, publicize good examples"
    story.append(w.para(lab["sub.good_examples"], w.h2))
    story.extend(w.paragraphs(report.text("good_examples")))
    section("suggestions", report.text("suggestions"))
    story.append(Spacer(1, 8 * mm))
    story.append(
        KeepTogether(
            [
                w.para(report.office or report.town, w.sign),
                w.para(format_date(report.today, t), w.sign),
            ]
        )  # fmt: skip
    )
    _annexes(w, report, story)
    return story


def _annex_head(w: _Writer, story: list, n: int, key: str) -> None:
    story.append(PageBreak())
    story.append(w.para(w.l["annex"].format(n=n), w.annex))
    story.append(w.para(w.l[f"annex.{key}"], w.title))


def _count_line(w: _Writer, count: int, shown: int) -> Paragraph:
    if not count:
        return w.para(w.l["annex.none"], w.body)
    text = w.l["annex.cut"] if shown < count else w.l["annex.count"]
    return w.para(text.format(n=count, shown=shown), w.note)


def _annexes(w: _Writer, report: AnalysisReport, story: list) -> None:
    t, lab = w.t, w.l
    # 1: unsettled cases and their follow-ups
    _annex_head(w, story, 1, "unsettled")
    story.append(_count_line(w, report.unsettled_count, len(report.unsettled)))
    if report.unsettled:
        rows = [
            [i, c.case_no, c.petitioner, c.handling_unit or "—",
             _day(c.visited_on),
             t.get(f"satisfaction.{c.satisfaction}", c.satisfaction or "—"),
             _followup_text(w, c)]
            for i, c in enumerate(report.unsettled, start=1)
        ]  # fmt: skip
        story.append(
            w.table([lab["col.seq"], lab["col.case_no"], lab["col.petitioner"], lab["col.unit"],
                     lab["col.visited_on"], lab["col.satisfaction"], lab["col.followups"]],
                    rows, left=(6,))
        )  # fmt: skip
    # 2: nobody left out
    _annex_head(w, story, 2, "left_out")
    counts = report.left_out_counts
    if not any(counts.values()):
        story.append(w.para(lab["left_out.none"], w.body))
    else:
        story.append(
            w.table([lab["col.item"], lab["col.count"]],
                    [[lab[f"left_out.{k}"], n] for k, n in counts.items()],
                    [3, 1], left=(0,))
        )  # fmt: skip
        for n, (key, count) in enumerate(counts.items(), start=1):
            if not count:
                continue
            items = getattr(report.left_out, key)
            story.append(CondPageBreak(80))
            story.append(w.para(f"（{_cn(n)}）{lab[f'left_out.{key}']}", w.h2))
            story.append(_count_line(w, count, len(items)))
            rows = [
                [i, it.case_no, it.petitioner, it.village or "—",
                 _day(it.due_on)]
                for i, it in enumerate(items, start=1)
            ]  # fmt: skip
            story.append(
                w.table([lab["col.seq"], lab["col.case_no"], lab["col.petitioner"],
                         lab["col.village"], lab["col.due_on"]], rows)
            )  # fmt: skip
    # 3: difficulties and help
    _annex_head(w, story, 3, "difficulties")
    story.append(_count_line(w, report.total.difficulties_found, len(report.difficulty_items)))
    if report.difficulty_items:
        rows = [
            [i, d.case_no, d.petitioner, d.village or "—", d.difficulty, d.help_given or "—",
             d.help_by or "—", lab[f"state.{d.state}"]]
            for i, d in enumerate(report.difficulty_items, start=1)
        ]  # fmt: skip
        story.append(
            w.table([lab["col.seq"], lab["col.case_no"], lab["col.petitioner"],
                     lab["col.village"], lab["col.difficulty"], lab["col.help"],
                     lab["col.help_by"], lab["col.state"]],
                    rows, left=(4, 5))
        )  # fmt: skip


def _day(day: dt.date | None) -> str:
    """A date in a table cell, written as in the report's text (one date style)."""
    return vocabulary.day_text(day) if day else "—"


def _cn(n: int) -> str:
    numbers = vocabulary.data_file("report.toml")["numbers"]["chinese"]
    return numbers[n - 1] if 1 <= n <= len(numbers) else str(n)


def render_report(
    report: AnalysisReport,
    out: str | os.PathLike,
    *,
    fonts: FontSet | None = None,
    font_file: str | os.PathLike | None = None,
    labels: Mapping[str, str] | None = None,
    texts: Mapping[str, str] | None = None,
) -> ReportResult:
    """Write ``report`` to the PDF ``out`` (through a temporary file); no audit record."""
    out = Path(out)
    fonts = fonts or find_fonts(font_file)
    w = _Writer(fonts, labels or {}, texts or {})
    story = _story(w, report)
    title = w.t["title"].format(town=report.town, campaign=report.campaign)

    def page_number(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(fonts.body, 10.5)
        canvas.drawCentredString(A4[0] / 2, 12 * mm, w.l["page"].format(n=doc.page))
        canvas.restoreState()

    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(suffix=".pdf", prefix=".report-", dir=out.parent)
        os.close(fd)
        doc = SimpleDocTemplate(
            tmp, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM, title=title, author=report.office or report.town,
            creator="rv_desktop", initialFontName=fonts.body,
        )  # fmt: skip
        doc.build(story, onFirstPage=page_number, onLaterPages=page_number)
        pages = doc.page
        os.replace(tmp, out)
    except OSError as exc:
        raise AnalysisReportError(
            "report_write_failed",
            QT_TRANSLATE_NOOP("UserError", "{path} could not be written: {reason}"),
            path=out,
            reason=system_reason(exc),
        ) from exc
    finally:
        if tmp is not None and os.path.exists(tmp):
            os.unlink(tmp)
    return ReportResult(out, pages, w.missing)


def export_analysis_report(
    out: str | os.PathLike,
    campaign=None,
    today: dt.date | None = None,
    *,
    font_file: str | os.PathLike | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ReportResult:
    """Build the report of ``campaign`` (the current one by default) and write it to ``out``.

    The clerk's saved conclusions and suggestions are printed in place of the
    drafted ones. Leaves an audit record of the printout.
    """
    from .printing import _font_file

    steps = 3
    if progress:
        progress(0, steps)
    report = build_report(campaign, today)
    if progress:
        progress(1, steps)
    if cancelled and cancelled():
        raise UserError("cancelled", QT_TRANSLATE_NOOP("UserError", "Cancelled."))
    result = render_report(report, out, font_file=font_file or _font_file())
    if progress:
        progress(2, steps)
    with db.atomic():
        audit.log_action(
            "print",
            "campaign",
            report.campaign_id,
            {"what": "analysis_report", "file": result.path.name, "pages": result.pages},
        )
    if progress:
        progress(steps, steps)
    return result
