"""The campaign's charts (QtCharts): satisfaction, progress over time, satisfaction by unit.

``StatisticsCharts.show_data`` draws what the domain computed
(``satisfaction_breakdown``, ``progress_by_day``, ``satisfaction_by_unit``);
it never queries. Colours come from ``services.palette``, the same as the
PDF report's charts.

Progress over time puts the visits per day (bars, right axis) and the
cumulative visits against the plan's pace (lines, left axis) on one category
axis of days, as Qt's "line and bar" example does; a long campaign is shown
in buckets of several days so the day labels stay readable.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QGridLayout, QWidget

from ...domain.statistics import DayProgress, SatisfactionBreakdown, UnitSatisfaction
from ...services import palette
from ..statistics_labels import key_label, rate_text, satisfaction_label

#: At most this many bars in "progress over time"; longer campaigns are bucketed.
MAX_DAY_BARS = 45


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    font = QFont(chart.titleFont())
    font.setBold(True)
    font.setPointSizeF(max(font.pointSizeF(), 9.0) + 2)
    chart.setTitleFont(font)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(6, 6, 6, 6))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def _value_axis(top: float, title: str = "", label_format: str = "%d") -> QValueAxis:
    axis = QValueAxis()
    axis.setRange(0, top)
    axis.setLabelFormat(label_format)
    axis.setTitleText(title)
    axis.setGridLineColor(QColor(palette.GRID_COLOUR))
    if top <= 10:
        axis.setTickCount(int(top) + 1 if top >= 1 else 2)
    else:
        axis.applyNiceNumbers()
    return axis


def bucket_days(days: Sequence[DayProgress], limit: int = MAX_DAY_BARS) -> list[DayProgress]:
    """``days`` in buckets of equal length so there are at most ``limit``: each
    bucket is dated by its first day, its visits summed, its cumulative the
    last one known in it (None after today), its plan that of its last day."""
    if len(days) <= limit:
        return list(days)
    step = math.ceil(len(days) / limit)
    buckets = []
    for i in range(0, len(days), step):
        part = days[i : i + step]
        buckets.append(
            DayProgress(
                part[0].day,
                sum(d.visits for d in part),
                next((d.cumulative for d in reversed(part) if d.cumulative is not None), None),
                part[-1].planned,
            )
        )
    return buckets


def day_label(day: dt.date) -> str:
    return f"{day.month}/{day.day}"


class StatisticsCharts(QWidget):
    """Three charts of one campaign; the series are kept for tests and for a look."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.satisfaction_view = self._view()
        self.unit_view = self._view()
        self.progress_view = self._view()
        self.satisfaction_series: QPieSeries | None = None
        self.unit_set: QBarSet | None = None
        self.unit_categories: list[str] = []
        self.visits_set: QBarSet | None = None
        self.actual_series: QLineSeries | None = None
        self.planned_series: QLineSeries | None = None
        self.day_categories: list[str] = []
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.satisfaction_view, 0, 0)
        layout.addWidget(self.unit_view, 0, 1)
        layout.addWidget(self.progress_view, 1, 0, 1, 2)
        layout.setColumnStretch(0, 1)
        layout.setColumnStretch(1, 1)
        layout.setRowStretch(0, 1)
        layout.setRowStretch(1, 1)

    def _view(self) -> QChartView:
        view = QChartView()
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        # below this a chart hides labels: the page scrolls instead
        view.setMinimumSize(380, 340)
        return view

    def show_data(
        self,
        breakdown: SatisfactionBreakdown,
        progress: Sequence[DayProgress],
        units: Sequence[UnitSatisfaction],
    ) -> None:
        for view, chart in (
            (self.satisfaction_view, self.satisfaction_chart(breakdown)),
            (self.unit_view, self.unit_chart(units)),
            (self.progress_view, self.progress_chart(progress)),
        ):
            old = view.chart()
            view.setChart(chart)  # the view owns the new chart; the old one is ours to delete
            if old is not None:
                old.deleteLater()
        # a bar of at least ~22 pixels per unit keeps every unit's name readable
        shown = sum(1 for u in units if u.satisfaction_rate is not None)
        self.unit_view.setMinimumHeight(max(340, 110 + 22 * shown))
        self.progress_view.setMinimumHeight(380)

    # --- satisfaction breakdown ------------------------------------------------------

    def satisfaction_chart(self, breakdown: SatisfactionBreakdown) -> QChart:
        if breakdown.visited:
            title = self.tr("Satisfaction of the {visited} visited targets (rate {rate})").format(
                visited=breakdown.visited, rate=rate_text(breakdown.satisfaction_rate)
            )
        else:
            title = self.tr("Satisfaction: no target visited yet")
        chart = _chart(title)
        series = QPieSeries()
        self.satisfaction_legend: list[str] = []
        self.satisfaction_levels: list[str] = []
        for level, count in breakdown.slices():
            if not count:
                continue
            share = rate_text(count / breakdown.visited)
            text = self.tr("{level}: {count}").format(level=satisfaction_label(level), count=count)
            piece = series.append(share, count)
            piece.setColor(QColor(palette.SATISFACTION_COLOURS[level]))
            piece.setBorderColor(QColor("white"))
            piece.setLabelVisible(True)
            if count / breakdown.visited >= 0.08:
                piece.setLabelPosition(piece.LabelPosition.LabelInsideHorizontal)
                dark = level in ("satisfied", "dissatisfied")
                piece.setLabelColor(QColor("white" if dark else "#212121"))
            else:  # too thin a slice to write in
                piece.setLabelPosition(piece.LabelPosition.LabelOutside)
                piece.setLabelArmLengthFactor(0.08)
            self.satisfaction_legend.append(text)  # the legend: level and count; the slice: share
            self.satisfaction_levels.append(level)
        series.setPieSize(0.8)
        chart.addSeries(series)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        for marker, text in zip(
            chart.legend().markers(series), self.satisfaction_legend, strict=False
        ):
            marker.setLabel(text)
        self.satisfaction_series = series
        return chart

    # --- satisfaction by handling unit ----------------------------------------------

    def unit_chart(self, units: Sequence[UnitSatisfaction]) -> QChart:
        shown = [u for u in units if u.satisfaction_rate is not None]
        chart = _chart(self.tr("Satisfaction rate by handling unit"))
        bars = QBarSet(self.tr("Satisfaction rate"))
        bars.setColor(QColor(palette.BAR_COLOUR))
        bars.setBorderColor(QColor(palette.BAR_COLOUR))
        bars.setLabelColor(QColor("white"))
        # the first unit on top: horizontal bars are drawn from the bottom up
        categories = []
        for unit in reversed(shown):
            categories.append(key_label("unit", unit.unit))
            bars.append(round((unit.satisfaction_rate or 0) * 100, 1))
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value%")
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsInsideEnd)
        series.setBarWidth(0.7)
        chart.addSeries(series)
        axis_y = QBarCategoryAxis()
        axis_y.append(categories)
        axis_y.setGridLineVisible(False)
        axis_y.setTruncateLabels(False)
        axis_x = _value_axis(100, label_format="%.0f%%")
        axis_x.setTickCount(6)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_y)
        series.attachAxis(axis_x)
        chart.legend().hide()
        self.unit_set = bars
        self.unit_categories = categories
        return chart

    # --- progress over time -------------------------------------------------------

    def progress_chart(self, days: Sequence[DayProgress]) -> QChart:
        shown = bucket_days(days)
        step = 1 if len(shown) == len(days) else math.ceil(len(days) / MAX_DAY_BARS)
        if step == 1:
            title = self.tr("Progress: visits per day, cumulative, against the plan")
        else:
            title = self.tr(
                "Progress: visits per {days} days, cumulative, against the plan"
            ).format(days=step)
        chart = _chart(title)
        categories = [day_label(d.day) for d in shown]
        if step == 1:
            per = self.tr("Visits per day")
        else:
            per = self.tr("Visits per {days} days").format(days=step)
        # the bars are read against the right axis: their legend entry says so
        visits, actual, planned = self._progress_series(per)
        has_plan = any(d.planned is not None for d in shown)
        for i, d in enumerate(shown):
            visits.append(d.visits)
            if d.cumulative is not None:  # the line stops at today
                actual.append(QPointF(i, d.cumulative))
            if d.planned is not None:
                planned.append(QPointF(i, d.planned))
        bar_series = QBarSeries()
        bar_series.append(visits)
        bar_series.setBarWidth(0.8)
        chart.addSeries(bar_series)
        chart.addSeries(actual)
        if has_plan:
            chart.addSeries(planned)
        axis_x = self._progress_day_axis(categories)
        top = max([d.cumulative or 0 for d in shown] + [d.planned or 0 for d in shown] + [1])
        axis_cumulative = _value_axis(top, self.tr("Targets visited (cumulative)"))
        axis_day = _value_axis(max([d.visits for d in shown] + [1]), per)
        # QtCharts elides a right-hand axis title to "⋮" once the date labels
        # are turned upright; the bars' legend entry names this axis instead
        axis_day.setTitleVisible(False)
        # ... and its labels take the bars' colour (a printf format garbles Chinese)
        axis_day.setLabelsColor(QColor(palette.ACTUAL_COLOUR))
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_cumulative, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(axis_day, Qt.AlignmentFlag.AlignRight)
        bar_series.attachAxis(axis_x)
        bar_series.attachAxis(axis_day)
        for line in (actual, planned) if has_plan else (actual,):
            line.attachAxis(axis_x)
            line.attachAxis(axis_cumulative)
        self.visits_set = visits
        self.actual_series = actual
        self.planned_series = planned if has_plan else None
        self.day_categories = categories
        return chart

    def _progress_series(self, per: str) -> tuple[QBarSet, QLineSeries, QLineSeries]:
        """The (still empty) bars of visits and the lines visited and planned."""
        visits = QBarSet(self.tr("{what} (right axis)").format(what=per))
        pale = QColor(palette.ACTUAL_COLOUR)
        pale.setAlpha(80)  # the bars stay behind the lines
        visits.setColor(pale)
        visits.setBorderColor(pale)
        actual = QLineSeries()
        actual.setName(self.tr("Visited (cumulative)"))
        actual.setPen(QPen(QColor(palette.ACTUAL_COLOUR), 3))
        planned = QLineSeries()
        planned.setName(self.tr("Plan (cumulative)"))
        pen = QPen(QColor(palette.PLAN_COLOUR), 2)
        pen.setStyle(Qt.PenStyle.DashLine)
        planned.setPen(pen)
        return visits, actual, planned

    def _progress_day_axis(self, categories: list[str]) -> QBarCategoryAxis:
        """The axis of days (upright labels when there are many)."""
        axis_x = QBarCategoryAxis()
        axis_x.append(categories or [""])
        axis_x.setGridLineVisible(False)
        axis_x.setTruncateLabels(False)
        font = QFont(axis_x.labelsFont())
        font.setPointSizeF(max(font.pointSizeF() - 1, 7.0))
        axis_x.setLabelsFont(font)
        if len(categories) > 15:
            axis_x.setLabelsAngle(-90)
        return axis_x
