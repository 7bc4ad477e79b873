"""The report's three charts, drawn with reportlab graphics in the program's colours."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, Line
from reportlab.lib import colors

from ...domain.report import (
    AnalysisReport,
    format_rate,
)
from .. import palette
from .layout import WIDTH
from .writer import _Writer


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


def _style_unit_bars(w: _Writer, chart: HorizontalBarChart, bar_h: float) -> None:
    """The axes, grid, bars and labels of the units' chart, in the program's colours."""
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
    _style_unit_bars(w, chart, bar_h)
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
