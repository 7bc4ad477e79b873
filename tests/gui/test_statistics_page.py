"""The Statistics page on the demo database: the table by every dimension, the cases
behind a figure, the charts, the units over the years, and real exported files."""

from __future__ import annotations

import datetime as dt
import shutil

import openpyxl
import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QFileDialog

from rv_desktop.domain import db as dbmod
from rv_desktop.domain import statistics as st
from rv_desktop.domain.models import Campaign, Case, FollowUp, Target, VisitRecord
from rv_desktop.gui.app import make_application, open_main_window
from rv_desktop.gui.models.statistics_model import (
    FIGURE_ROLE,
    StatisticsModel,
    figure_title,
)
from rv_desktop.gui.pages.statistics_page import (
    CHARTS_TAB,
    HISTORY_TAB,
    TABLE_TAB,
    StatisticsPage,
)
from rv_desktop.services import palette
from rv_desktop.services.demo import DEMO_TODAY


@pytest.fixture
def demo_path(demo_copy):
    return demo_copy(600)


def _open_page(qtbot, path) -> StatisticsPage:
    make_application("en")
    dbmod.open_database(path, actor="tester")
    page = StatisticsPage("Statistics")
    page.today = DEMO_TODAY
    qtbot.addWidget(page)
    page.resize(1366, 800)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.show()
    return page


@pytest.fixture
def page(qtbot, demo_path):
    page = _open_page(qtbot, demo_path)
    yield page
    QThreadPool.globalInstance().waitForDone()
    dbmod.close_database()


def _choose_dimension(qtbot, page: StatisticsPage, by: str) -> None:
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.dimension_combo.setCurrentIndex(page.dimension_combo.findData(by))
    assert page.model.statistics.by == by


def _click(qtbot, view, index) -> None:
    view.scrollTo(index)
    rect = view.visualRect(index)
    assert rect.isValid() and view.viewport().rect().contains(rect.center())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _double_click(qtbot, view, index) -> None:
    """A double click is a click followed by a double-click event."""
    view.scrollTo(index)
    center = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=center)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=center)


def _click_figure(qtbot, page: StatisticsPage, key, column: str) -> int:
    """Click the figure of row ``key`` (None: total) in ``column``; the cases listed."""
    index = page.model.index(page.model.row_of(key), page.model.column_of(column))
    assert index.data(FIGURE_ROLE) == (key, column)
    with qtbot.waitSignal(page.cases_listed, timeout=10000) as blocker:
        _click(qtbot, page.table, index)
    assert blocker.args[0] == page.case_model.rowCount()
    return blocker.args[0]


def test_opens_on_the_current_campaign_with_a_total_row(page):
    stats = st.feedback_statistics(None, "source", DEMO_TODAY)
    model = page.model
    assert page.campaign_combo.currentText().startswith(stats.campaign)
    assert model.rowCount() == len(stats.rows) + 1
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        "Central",
        "Provincial",
        "Total",
    ]
    total = model.rowCount() - 1
    assert model.is_total(total)
    for column in st.COLUMNS:
        cell = model.index(total, model.column_of(column)).data()
        assert cell == str(stats.total.value(column)), column
    rate = stats.total.satisfaction_rate
    assert model.index(total, model.column_of("satisfaction_rate")).data() == f"{rate:.1%}"
    # the county's grouped header: the groups over their columns, lone columns over both rows
    spans = {label: (first, last) for label, first, last in page.header.spans()}
    first = model.column_of("home_visit")
    assert spans["Visit method"] == (first, first + 3)
    assert spans["Satisfaction"] == (
        model.column_of("satisfied"),
        model.column_of("satisfaction_rate"),
    )
    assert spans["Targets"] == (1, 1) and spans["Source level"] == (0, 0)
    assert page.header.height() > 2 * page.header.fontMetrics().height()
    assert "(satisfied + basically satisfied) ÷ rated" in page.note.text()
    # the group column stays in place while the figures scroll sideways
    frozen = page.table.frozen
    assert not frozen.isColumnHidden(0) and frozen.isColumnHidden(1)
    assert frozen.columnWidth(0) == page.table.columnWidth(0)
    page.table.scrollTo(model.index(0, model.column_of("followups_overdue")))
    assert page.table.horizontalScrollBar().value() > 0
    assert frozen.isVisible() and frozen.geometry().width() == page.table.columnWidth(0)
    assert frozen.horizontalHeader().height() == page.header.height()


def test_every_dimension_and_the_cases_behind_a_figure(qtbot, page):
    for by in ("unit", "village", "category", "visitor", "source"):
        _choose_dimension(qtbot, page, by)
        stats = st.feedback_statistics(None, by, DEMO_TODAY)
        assert page.model.rowCount() == len(stats.rows) + 1
        assert (
            page.model.headerData(0, Qt.Orientation.Horizontal)
            == {
                "unit": "Handling unit",
                "village": "Village",
                "category": "Category",
                "visitor": "Visitor",
                "source": "Source level",
            }[by]
        )
    _choose_dimension(qtbot, page, "unit")
    stats = page.model.statistics
    row = next(r for r in stats.rows if r.dissatisfied >= 2)
    count = _click_figure(qtbot, page, row.key, "dissatisfied")
    assert count == row.dissatisfied
    assert row.key in page.cases_label.text() and "Dissatisfied" in page.cases_label.text()
    cases = [page.case_model.case_row(r) for r in range(count)]
    assert {c.handling_unit for c in cases} == {row.key}
    assert {c.satisfaction for c in cases} == {"dissatisfied"}
    shown = page.case_model.index(0, page.case_model.PETITIONER).data()
    assert shown == cases[0].petitioner  # names in full, as in every list
    # the total row and a rate: the rate lists the cases of its numerator
    assert _click_figure(qtbot, page, None, "targets") == stats.total.targets
    expected = stats.total.satisfied + stats.total.basically_satisfied
    assert _click_figure(qtbot, page, None, "satisfaction_rate") == expected
    assert _click_figure(qtbot, page, row.key, "settled") == row.settled
    # the group column lists nothing
    with qtbot.assertNotEmitted(page.cases_listed, wait=200):
        _click(qtbot, page.table, page.model.index(0, 0))


def test_visitor_rows_count_shared_targets_twice_but_the_total_once(qtbot, page):
    _choose_dimension(qtbot, page, "visitor")
    stats = page.model.statistics
    assert sum(r.targets for r in stats.rows) > stats.total.targets
    assert "two visitors" in page.note.text()
    named = next(r for r in stats.rows if r.key)
    assert _click_figure(qtbot, page, named.key, "visited") == named.visited


def test_double_click_opens_the_case(qtbot, page):
    row = page.model.statistics.rows[0]
    _click_figure(qtbot, page, row.key, "visited")
    index = page.case_model.index(1, 0)
    expected = page.case_model.case_row(1).case_id
    with qtbot.waitSignal(page.case_opened) as blocker:
        _double_click(qtbot, page.case_table, index)
    assert blocker.args == [expected]


def test_charts_show_the_domain_figures(qtbot, page):
    with qtbot.waitSignal(page.loaded, timeout=10000) as blocker:
        page.tabs.setCurrentIndex(CHARTS_TAB)
    assert blocker.args == [CHARTS_TAB]
    charts = page.charts
    breakdown = st.satisfaction_breakdown()
    slices = charts.satisfaction_series.slices()
    assert [s.value() for s in slices] == [n for _level, n in breakdown.slices() if n]
    assert charts.satisfaction_levels == [level for level, n in breakdown.slices() if n]
    for level, piece in zip(charts.satisfaction_levels, slices, strict=True):
        assert piece.color().name() == palette.SATISFACTION_COLOURS[level].lower()
    markers = charts.satisfaction_view.chart().legend().markers(charts.satisfaction_series)
    assert markers[0].label().startswith("Satisfied: ")  # the legend names the level
    assert f"{breakdown.visited} visited" in charts.satisfaction_view.chart().title()
    days = st.progress_by_day()
    actual = charts.actual_series.points()
    planned = charts.planned_series.points()
    assert len(actual) == len(days) == len(charts.day_categories) == charts.visits_set.count()
    assert [p.y() for p in actual] == [d.cumulative for d in days if d.cumulative is not None]
    assert [p.y() for p in planned] == [d.planned for d in days]
    assert actual[-1].y() == breakdown.visited
    assert planned[-1].y() == breakdown.targets  # the plan reaches every target
    assert [charts.visits_set.at(i) for i in range(len(days))] == [d.visits for d in days]
    units = [u for u in st.satisfaction_by_unit() if u.satisfaction_rate is not None]
    bars = charts.unit_set
    assert bars.count() == len(units)
    # the first unit is drawn on top, i.e. last in the category axis
    assert charts.unit_categories[-1] == units[0].unit
    assert bars.at(bars.count() - 1) == round(units[0].satisfaction_rate * 100, 1)


def test_a_long_campaign_is_shown_in_buckets_of_days(qtbot):
    from rv_desktop.domain.statistics import DayProgress
    from rv_desktop.gui.widgets.statistics_charts import MAX_DAY_BARS, bucket_days

    start = dt.date(2026, 1, 1)
    days = [DayProgress(start + dt.timedelta(days=i), 1, i + 1, None) for i in range(100)]
    buckets = bucket_days(days)
    assert len(buckets) <= MAX_DAY_BARS
    assert sum(b.visits for b in buckets) == 100 and buckets[-1].cumulative == 100
    assert buckets[1].day == start + dt.timedelta(days=3)  # 100 days in buckets of 3


def _add_older_campaign(path) -> str:
    """A 2025 campaign over ten of the demo's cases, all visited, some dissatisfied."""
    dbmod.open_database(path, actor="tester")
    old = Campaign.create(name="2025年回访", created_at="2025-09-01 09:00:00")
    cases = list(Case.select().where(Case.handling_unit.is_null(False)).limit(10))
    for i, case in enumerate(cases):
        target = Target.create(campaign=old, case=case, status="done")
        record = VisitRecord.create(
            target=target,
            visit_no=1,
            state="final",
            satisfaction="dissatisfied" if i % 3 == 0 else "satisfied",
            settled=i % 3 != 0,
            method="home_visit",
            visited_at=dt.datetime(2025, 10, 1 + i, 10),
        )
        if i % 3 == 0:
            FollowUp.create(
                target=target,
                visit=record,
                kind="rework",
                state="closed",
                due_on=dt.date(2025, 11, 1),
                closed_on=dt.date(2025, 11, 5) if i == 0 else dt.date(2025, 10, 20),  # 1st late
            )
    unit = cases[0].handling_unit.name
    dbmod.close_database()
    return unit


def test_history_lists_every_unit_across_campaigns(qtbot, demo_path, demo_file, tmp_path):
    unit = _add_older_campaign(demo_path)
    page = _open_page(qtbot, demo_path)
    try:
        with qtbot.waitSignal(page.loaded, timeout=10000):
            page.tabs.setCurrentIndex(HISTORY_TAB)
        model = page.history_model
        history = st.unit_history(today=DEMO_TODAY)
        assert model.rowCount() == len(history)
        rows = [model.history_row(r) for r in range(model.rowCount())]
        assert sorted(rows, key=lambda h: (h.unit, h.campaign)) == sorted(
            history, key=lambda h: (h.unit, h.campaign)
        )
        mine = [r for r, h in enumerate(rows) if h.unit == unit]
        assert [rows[r].campaign for r in mine][0] == "2025年回访"  # oldest first
        assert len(mine) == 2 and mine[1] == mine[0] + 1  # a unit's campaigns together
        first = rows[mine[0]]
        cells = [model.index(mine[0], c).data() for c in range(model.columnCount())]
        assert cells[:4] == [unit, "2025年回访", str(first.targets), str(first.visited)]
        assert model.index(mine[1], model.UNIT).data() == ""  # the unit is named once
        assert cells[model.SATISFACTION] == f"{first.satisfaction_rate:.1%}"
        assert cells[model.ON_TIME] == f"{first.followups_on_time} / {first.followups_closed}"
        assert not page.campaign_combo.isEnabled()  # the history spans every campaign
        # the campaign can be switched: the table follows
        index = page.campaign_combo.findText("2025年回访")
        with qtbot.assertNotEmitted(page.loaded, wait=100):
            page.tabs.setCurrentIndex(TABLE_TAB)  # loaded when the page opened, still fresh
        with qtbot.waitSignal(page.loaded, timeout=10000):
            page.campaign_combo.setCurrentIndex(index)
            page.campaign_combo.activated.emit(index)
        assert page.model.statistics.campaign == "2025年回访"
        assert page.model.statistics.total.targets == 10
        # another file whose campaign of the same id is another one: its current is shown
        other = tmp_path / "other.sqlite"
        shutil.copy(demo_file(600), other)
        dbmod.close_database()
        dbmod.open_database(other, actor="tester")
        Campaign.create(name="另一活动")  # the same id as 2025年回访 in the first file
        with qtbot.waitSignal(page.loaded, timeout=10000):
            page.refresh()
        assert page.model.statistics.campaign == st.feedback_statistics().campaign
        assert page.campaign_combo.currentIndex() != page.campaign_combo.findText("另一活动")
    finally:
        QThreadPool.globalInstance().waitForDone()
        dbmod.close_database()


def test_exports_write_real_files(qtbot, page, tmp_path, monkeypatch):
    _choose_dimension(qtbot, page, "unit")
    stats = page.model.statistics
    asked = []

    def save_as(_parent, caption, suggested, pattern):
        asked.append((caption, suggested, pattern))
        return str(tmp_path / f"out{len(asked)}"), pattern  # no suffix: the page adds it

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    written = {}
    for what, fmt in (
        ("statistics", "xlsx"),
        ("statistics", "pdf"),
        ("summary", "xlsx"),
        ("summary", "pdf"),
    ):
        messages = []
        page.status_message.connect(messages.append)
        with qtbot.waitSignal(page.exported, timeout=30000) as blocker:
            page.export_actions[(what, fmt)].trigger()
        page.status_message.disconnect(messages.append)
        written[(what, fmt)] = blocker.args[0]
        assert blocker.args[0].endswith(f".{fmt}")
        assert messages and blocker.args[0] in messages[0]
        assert blocker.args[0] in page.status.text()
    caption, suggested, pattern = asked[0]
    assert suggested.endswith(".xlsx") and '"' not in suggested.rsplit("/", 1)[-1]
    assert "by Handling unit" in suggested and "*.xlsx" in pattern

    sheet = openpyxl.load_workbook(written[("statistics", "xlsx")]).active
    rows = list(sheet.iter_rows(values_only=True))
    total = next(r for r in rows if r and r[0] == "合计")
    assert total[1] == stats.total.targets  # 应回访件数
    units = [r[0] for r in rows if r and r[0] in {row.key for row in stats.rows}]
    assert units == [row.key for row in stats.rows if row.key]
    summary = openpyxl.load_workbook(written[("summary", "xlsx")]).active
    case_numbers = [r[1] for r in summary.iter_rows(values_only=True) if isinstance(r[0], int)]
    assert case_numbers == [r.case_no for r in st.summary_rows(None, DEMO_TODAY)]
    assert len(case_numbers) == stats.total.targets
    for fmt in ("statistics", "summary"):
        with open(written[(fmt, "pdf")], "rb") as f:
            assert f.read(5) == b"%PDF-"


def test_no_campaign_yet(qtbot, tmp_path):
    page = _open_page(qtbot, tmp_path / "empty.sqlite")
    try:
        assert "no campaign yet" in page.status.text()
        assert not page.export_statistics_button.isEnabled()
        assert page.model.rowCount() == 0
        assert page.show_figure(None, "targets") is None
    finally:
        QThreadPool.globalInstance().waitForDone()
        dbmod.close_database()


def test_model_without_a_view(qapp):
    from rv_desktop.domain.statistics import Statistics, StatRow

    model = StatisticsModel()
    stats = Statistics(
        "C",
        "unit",
        [
            StatRow("镇民政办", targets=2, visited=0),
            StatRow("", targets=1, visited=1, visited_as_required=1, settled=1),
        ],
        StatRow(None, targets=3, visited=1, settled=1),
    )
    model.set_statistics(stats)
    assert model.rowCount() == 3 and model.columnCount() == 1 + 43
    assert [model.index(r, 0).data() for r in range(3)] == ["镇民政办", "(not recorded)", "Total"]
    rate = model.column_of("satisfaction_rate")
    assert model.index(0, rate).data() == "—"  # no visits: no rate
    assert model.index(1, model.column_of("visit_rate")).data() == "100.0%"
    assert model.index(2, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(1, model.column_of("settled")).data(FIGURE_ROLE) == ("", "settled")
    assert model.index(1, 0).data(FIGURE_ROLE) is None
    assert figure_title("rework_overdue") == "Rework items · Overdue"
    assert figure_title("targets") == "Targets"
    labels = [label for label, _first, _last in model.header_groups()]
    assert labels[:4] == ["Handling unit", "Targets", "Visits", "Visit method"]


def test_the_main_window_hosts_the_page_and_computes_only_when_shown(qtbot, demo_path):
    make_application("en")
    window = open_main_window(str(demo_path))
    qtbot.addWidget(window)
    window.show()
    try:
        page = window.statistics_page
        assert page in window.live_pages.values()
        row_of_page = window.stack.indexOf(page)
        assert window.nav.item(row_of_page).text() == "Statistics"
        window.nav.setCurrentRow(1)
        before = page._generation
        window.session.events.data_changed.emit()  # hidden: nothing is computed
        assert page._generation == before
        with qtbot.waitSignal(page.loaded, timeout=10000):
            window.nav.setCurrentRow(row_of_page)
        row = page.model.statistics.rows[0]
        _click_figure(qtbot, page, row.key, "targets")
        index = page.case_model.index(0, 0)
        _double_click(qtbot, page.case_table, index)
        qtbot.waitUntil(lambda: window.cases_page.case_dialog is not None, timeout=5000)
        dialog = window.cases_page.case_dialog
        assert dialog.inputs["case_no"].text() == page.case_model.case_row(0).case_no
        dialog.reject()
        # the window's status bar shows where an export went
        page.status_message.emit("Written: /tmp/x.xlsx")
        assert window.statusBar().currentMessage() == "Written: /tmp/x.xlsx"
    finally:
        QThreadPool.globalInstance().waitForDone()
        window.session.close()
