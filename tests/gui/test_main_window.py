"""The main window on a real database, driven as a clerk would."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from rv_desktop.domain import db as dbmod
from rv_desktop.domain.models import Campaign, Case, Petitioner, Target
from rv_desktop.gui.app import make_application, open_main_window
from rv_desktop.gui.dblock import DatabaseLock
from rv_desktop.gui.session import DatabaseInUse, Session

from .shown import answer_boxes, shown_window


@pytest.fixture
def seeded(db_path):
    dbmod.open_database(db_path)
    p = Petitioner.create(name="张三")
    c = Campaign.create(
        name="2026年千案回访",
        is_current=True,
        report_deadline=dt.date.today() + dt.timedelta(days=12),
    )
    for i in range(3):
        case = Case.create(case_no=f"QS-{i}", petitioner=p)
        Target.create(campaign=c, case=case, status="unassigned" if i else "assigned")
    dbmod.close_database()
    return db_path


@pytest.fixture
def window(qtbot, seeded):
    with shown_window(qtbot, seeded) as w:
        yield w


def test_window_shows_database_and_counts(window, seeded):
    assert str(seeded) in window.db_label.text()
    assert "3 cases" in window.counts_label.text()
    page = window.overview_page
    assert page.tiles["cases"].value.text() == "3"
    assert page.tiles["targets"].value.text() == "3"
    assert page.tiles["excluded"].value.text() == "0"
    assert "3 targets" in window.counts_label.text()
    assert page.tiles["unassigned"].value.text() == "2"
    assert page.tiles["assigned"].value.text() == "1"
    assert "12 days left" in page.deadline.text()


def test_navigation_reaches_every_area(window, qtbot):
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles == [
        "Overview",
        "Cases",
        "Campaign & screening",
        "Board",
        "Visit records",
        "Follow-ups",
        "Statistics",
        "Exchange",
    ]
    for row in range(window.nav.count()):
        rect = window.nav.visualItemRect(window.nav.item(row))
        qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert window.stack.currentIndex() == row
        heading = window.stack.currentWidget().findChild(QLabel, "pageTitle")
        assert heading.text() == titles[row]


def test_second_copy_is_refused_by_the_lock(window, seeded):
    other = DatabaseLock(seeded)
    assert not other.acquire()
    assert other.held_by_other()
    with pytest.raises(DatabaseInUse):
        Session().open(seeded)


def test_switching_to_a_bad_file_keeps_the_current_one(window, tmp_path, monkeypatch):
    bad = tmp_path / "bad.sqlite"
    bad.write_text("hello")
    shown = []
    monkeypatch.setattr(window, "show_error", shown.append)
    window._switch(bad)
    assert shown and "not a database file" in shown[0]
    assert window.session.path == seeded_path(window)
    assert Case.select().count() == 3


def seeded_path(window):
    return window.session.path


def test_geometry_is_remembered(qtbot, seeded):
    make_application("en")
    w = open_main_window(str(seeded))
    qtbot.addWidget(w)
    w.show()
    # the tests' offscreen screen is 800×800: a window that fits it, un-maximised
    w.showNormal()
    w.resize(784, 700)
    chosen = (w.width(), w.height())
    w.nav.setCurrentRow(3)
    w.close()
    w.session.close()
    w2 = open_main_window(str(seeded))
    qtbot.addWidget(w2)
    w2.show()
    assert w2.nav.currentRow() == 3
    # a screen 800 pixels high: maximised, the remembered size kept for un-maximising
    assert w2.isMaximized()
    normal = w2.normalGeometry()
    assert (normal.width(), normal.height()) == chosen == (784, 700)
    w2.session.close()


def test_chinese_interface(qtbot, seeded):
    app = make_application("zh_CN")
    try:
        w = open_main_window(str(seeded))
        qtbot.addWidget(w)
        assert w.nav.item(0).text() == "概览"
        assert w.menuBar().actions()[0].text().startswith("文件")
        box = QMessageBox(QMessageBox.Icon.Question, "t", "t", QMessageBox.StandardButton.Cancel)
        assert box.button(QMessageBox.StandardButton.Cancel).text() in ("取消", "&取消")
        w.session.close()
    finally:
        make_application("en")
    assert QApplication.instance() is app


def test_a_database_in_use_is_said_before_any_window(qtbot, seeded):
    make_application("en")
    other = Session()
    other.open(seeded)  # the database is open in another program
    seen: list[str] = []
    answer_boxes(seen)
    try:
        assert open_main_window(str(seeded)) is None
    finally:
        other.close()
    assert len(seen) == 1 and "already open in another copy" in seen[0]


def _figure(tile) -> int:
    return int(tile.value.text().replace(",", ""))


@pytest.fixture
def demo_window(qtbot, demo_copy):
    with shown_window(qtbot, demo_copy(400)) as w:
        yield w


def test_overview_tiles_open_the_list_behind_their_figure(qtbot, demo_window):
    w = demo_window
    tiles = w.overview_page.tiles
    visits = w.visits_page
    # the clerk had narrowed the visit records to one village
    with qtbot.waitSignal(visits.loaded, timeout=10000):
        w.show_area("visits")
    visits.village_combo.setCurrentIndex(1)
    w.nav.setCurrentRow(0)
    drafts = _figure(tiles["drafts"])
    assert drafts > 0 and "Visit records" in tiles["drafts"].toolTip()
    qtbot.mouseClick(tiles["drafts"], Qt.MouseButton.LeftButton)
    assert w.stack.currentWidget() is visits
    assert visits.state_combo.currentData() == "draft"
    assert visits.village_combo.currentData() is None  # every village again
    assert len(visits.visible_ids()) == drafts
    # from the keyboard: the overdue follow-up items
    w.nav.setCurrentRow(0)
    overdue = _figure(tiles["followups_overdue"])
    assert overdue > 0
    tiles["followups_overdue"].setFocus()
    with qtbot.waitSignal(w.followups_page.loaded, timeout=10000):
        qtbot.keyClick(tiles["followups_overdue"], Qt.Key.Key_Return)
    assert w.stack.currentWidget() is w.followups_page
    assert w.followups_page.proxy.rowCount() == overdue
    # a tile without a filter just opens its area
    qtbot.mouseClick(tiles["unassigned"], Qt.MouseButton.LeftButton)
    assert w.stack.currentWidget() is w.board_page


def test_next_steps_lead_to_their_lists(qtbot, demo_window):
    w = demo_window
    page = w.overview_page
    drafts = _figure(page.tiles["drafts"])
    text = page.next_steps.text()
    assert f"Visit records still in draft: {drafts}" in text
    assert "Overdue follow-up items" in text and page.next_steps.isVisible()
    # from the keyboard: the first link is the overdue items, Enter opens them
    page.next_steps.setFocus()
    qtbot.keyClick(page.next_steps, Qt.Key.Key_Tab)
    with qtbot.waitSignal(w.followups_page.loaded, timeout=10000):
        qtbot.keyClick(page.next_steps, Qt.Key.Key_Return)
    assert w.stack.currentWidget() is w.followups_page
    assert w.followups_page.state_combo.currentData() == "overdue"
