"""The Follow-ups page on a real database: the items raised by finalising forms, the
filters, closing one through the dialog (the board's task moves to done when it was
the last), refusals, closed items left alone, the form's Follow-up tab, the xlsx."""

from __future__ import annotations

import datetime as dt
import gc

import pytest
import shiboken6
from openpyxl import load_workbook
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from rv_desktop.domain import db as dbmod
from rv_desktop.domain import visits as vs
from rv_desktop.gui.app import make_application
from rv_desktop.gui.dialogs.close_followup_dialog import CloseFollowUpDialog
from rv_desktop.gui.models.board_model import TARGET_ID_ROLE
from rv_desktop.gui.models.followup_model import ROW_ROLE
from rv_desktop.gui.pages.board_page import BoardPage
from rv_desktop.gui.pages.followups_page import FollowUpsPage

from .. import factories
from ..conftest import settle_background
from .shown import loaded_page

TODAY = dt.date.today()
VISITED = dt.datetime.combine(TODAY - dt.timedelta(days=3), dt.time(9, 30))
REACHED = [{"at": VISITED, "means": "visit", "outcome": "reached"}]


def _values(**changes) -> dict:
    return factories.satisfied_visit(VISITED, **changes)


@pytest.fixture
def world(tmp_path):
    """K01 dissatisfied (a rework and a follow-up item), K02 basically satisfied and
    settled with one follow-up visit still to do (overdue), both in follow_up."""
    make_application("en")
    dbmod.open_database(tmp_path / "f.sqlite", actor="tester")
    k1, k2 = factories.assigned_targets(
        factories.campaign(),
        2,
        factories.staff("黄丽华"),
        petitioner="张三",
        person={"village": "青山村"},
        handling_unit=factories.unit("镇国土所"),
        concluded_on=TODAY - dt.timedelta(days=90),
    )
    targets = {"K01": k1.id, "K02": k2.id}
    k1 = vs.finalise(
        vs.start_visit(targets["K01"]).id,
        _values(
            satisfaction="dissatisfied",
            settled=False,
            dissatisfaction_reason="认为补偿标准偏低",
            look_satisfied=False,
            explained="宣讲了土地征收补偿政策",
            followup_needed=True,
            next_action="包案领导再次约访",
            next_by="陈志强",
            next_due=TODAY + dt.timedelta(days=10),
        ),
        REACHED,
        TODAY,
    )
    k2 = vs.finalise(
        vs.start_visit(targets["K02"]).id,
        _values(
            satisfaction="basically_satisfied",
            followup_needed=True,
            next_action="回访政策落实情况",
            next_by="黄丽华",
            next_due=TODAY - dt.timedelta(days=1),
        ),
        REACHED,
        TODAY,
    )
    yield {"targets": targets, "k1": k1, "k2": k2}
    settle_background()
    gc.collect()  # here, in the GUI thread: a worker's collection must not destroy widgets
    dbmod.close_database()


@pytest.fixture
def page(qtbot, world):
    yield loaded_page(qtbot, FollowUpsPage, "Follow-ups", (1280, 600))
    settle_background()


def shown(page) -> list[tuple[str, str, str]]:
    m, proxy = page.model, page.proxy
    rows = []
    for r in range(proxy.rowCount()):
        item = proxy.index(r, 0).data(ROW_ROLE)
        rows.append((item.case_no, m.text(item, m.KIND), m.text(item, m.STATE)))
    return rows


def select(page, item_id: int) -> None:
    assert page.select_item(item_id)
    page.table.setFocus()


def drive_dialog(qtbot, steps) -> list:
    """Run ``steps(dialog)`` on the modal dialog once it is up; returns what it saw."""
    seen = []

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, CloseFollowUpDialog):
            QTimer.singleShot(20, act)
            return
        seen.append(dialog)
        try:
            steps(dialog)
        finally:  # a failed check must not leave the test waiting on the dialog
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, act)
    return seen


def write(widget, text: str) -> None:
    """Type ``text`` key by key (QTest.keyClicks only knows ASCII keys)."""
    widget.setFocus()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def ok(dialog) -> None:
    QTest.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.LeftButton)


def test_the_page_lists_the_items_raised_by_finalising(page, world):
    assert shown(page) == [
        ("K02", "Follow-up", "Overdue 1 day"),  # English plural forms: rv_desktop_en.ts
        ("K01", "Follow-up", "Open"),  # due in 10 days
        ("K01", "Rework", "Open"),  # due in 15 days
    ]
    m = page.model
    rework = next(i for i in m.rows if i.kind == "rework")
    assert m.text(rework, m.PETITIONER) == rework.petitioner  # names in full
    assert (m.text(rework, m.UNIT), m.text(rework, m.ASSIGNEE)) == ("镇国土所", "镇国土所")
    assert m.text(rework, m.REASON) == "认为补偿标准偏低"
    overdue = page.proxy.index(0, 0)
    assert overdue.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert page.proxy.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert page.count_label.text().startswith("3 open (Rework 1, Help 0, Follow-up 2)")
    assert "1 overdue" in page.count_label.text()


def test_filters_by_kind_and_state(page):
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("rework"))
    assert [r[:2] for r in shown(page)] == [("K01", "Rework")]
    page.kind_combo.setCurrentIndex(0)
    page.state_combo.setCurrentIndex(page.state_combo.findData("overdue"))
    assert [r[0] for r in shown(page)] == ["K02"]
    page.state_combo.setCurrentIndex(page.state_combo.findData("closed"))
    assert shown(page) == []


def test_closing_the_last_item_moves_the_board_task_to_done(page, world, qtbot):
    board = BoardPage("Board")
    try:
        _close_and_watch_the_board(page, world, qtbot, board)
    finally:  # destroyed here, in the GUI thread, once no job is left
        settle_background()
        board.close()
        shiboken6.delete(board)


def _close_and_watch_the_board(page, world, qtbot, board) -> None:
    board.resize(1280, 600)
    with qtbot.waitSignal(board.loaded, timeout=15000):
        board.show()
    page.data_changed.connect(board.refresh)
    k2 = world["targets"]["K02"]

    def column_of(target_id: int) -> str:
        for status, view in board.views.items():
            proxy = view.model()
            if any(proxy.index(r, 0).data(TARGET_ID_ROLE) == target_id
                   for r in range(proxy.rowCount())):  # fmt: skip
                return status
        return ""

    assert column_of(k2) == "follow_up"
    select(page, world["k2"].followup_id)

    def steps(dialog) -> None:
        assert dialog.date_edit.text() == TODAY.isoformat()
        ok(dialog)  # no result yet: refused, the dialog stays
        assert dialog.isVisible() and dialog.error_label.isVisible()
        assert "Enter the result" in dialog.error_label.text()
        write(dialog.result_edit, "已回访，政策已落实")
        ok(dialog)

    seen = drive_dialog(qtbot, steps)
    with qtbot.waitSignal(board.loaded, timeout=15000):
        QTest.keyClick(page.table, Qt.Key.Key_Return)  # Enter: Close item…
    assert seen and seen[0].board_status == "done"
    assert column_of(k2) == "done"
    assert "the task is done" in page.message_label.text()
    qtbot.waitUntil(lambda: [r[0] for r in shown(page)] == ["K01", "K01"], timeout=15000)
    # the dissatisfied case keeps waiting: closing its rework item leaves it in follow-up
    select(page, world["k1"].rework_id)
    drive_dialog(qtbot, lambda d: (write(d.result_edit, "已重新核查答复"), ok(d)))
    assert page.close_current()
    assert page.message_label.text() == "Item closed."
    qtbot.waitUntil(lambda: len(shown(page)) == 1, timeout=15000)
    with qtbot.waitSignal(board.loaded, timeout=15000):
        board.refresh()
    assert column_of(world["targets"]["K01"]) == "follow_up"


def test_a_future_date_is_refused_and_nothing_changes(page, world, qtbot):
    select(page, world["k1"].rework_id)

    def steps(dialog) -> None:
        write(dialog.result_edit, "已整改")
        dialog.date_edit.setText((TODAY + dt.timedelta(days=1)).isoformat())
        ok(dialog)
        assert "in the future" in dialog.error_label.text() and dialog.isVisible()
        dialog.date_edit.setText("昨天")
        ok(dialog)
        assert "is not a date" in dialog.error_label.text()
        dialog.reject()

    drive_dialog(qtbot, steps)
    assert not page.close_current()
    assert all(i.state == "open" for i in vs.followup_list(world["targets"]["K01"]))


def test_closed_items_are_read_only(page, world, qtbot):
    vs.close_followup(world["k1"].rework_id, "已整改", TODAY, TODAY)
    with qtbot.waitSignal(page.loaded, timeout=15000):
        page.refresh()
    page.state_combo.setCurrentIndex(page.state_combo.findData("closed"))
    assert [r[1:] for r in shown(page)] == [("Rework", "Closed")]
    select(page, world["k1"].rework_id)
    assert not page.close_button.isEnabled()
    menu = page.context_menu()
    close = next(a for a in menu.actions() if a.text() == "Close item…")
    assert not close.isEnabled()
    assert page.close_dialog() is None  # what Enter and the button would open
    assert "closed already" in page.message_label.text()
    m = page.model
    item = next(i for i in m.rows if i.state == "closed")
    assert m.text(item, m.RESULT) == "已整改" and item.closed_on == TODAY
    assert m.text(item, m.CLOSED_ON) != ""


def test_double_click_opens_the_form_whose_follow_up_tab_closes_items(page, world, qtbot):
    select(page, world["k1"].rework_id)
    form = page.open_form(page.table.currentIndex())
    qtbot.addWidget(form)
    assert form.form.case_no == "K01" and form.form.read_only  # a final record
    assert form.target_ids == [world["targets"]["K02"], world["targets"]["K01"]]
    items = form.ui.items
    assert items.model().rowCount() == 2
    assert form.current_item().state == "open"  # the first open item is chosen
    assert form.ui.close_item_button.isEnabled()  # a final record still closes items
    row = next(
        r
        for r in range(2)
        if items.model().index(r, 0).data(Qt.ItemDataRole.UserRole).kind == "follow_up"
    )
    items.setCurrentIndex(items.model().index(row, 0))
    drive_dialog(qtbot, lambda d: (write(d.result_edit, "已约访"), ok(d)))
    with qtbot.waitSignal(page.data_changed, timeout=3000):
        assert form.close_item()
    states = {
        items.model().index(r, 0).data(Qt.ItemDataRole.UserRole).kind:
        items.model().index(r, 0).data(Qt.ItemDataRole.UserRole).state
        for r in range(2)
    }  # fmt: skip
    assert states == {"follow_up": "closed", "rework": "open"}
    closed = next(
        r
        for r in range(2)
        if items.model().index(r, 0).data(Qt.ItemDataRole.UserRole).kind == "follow_up"
    )
    items.setCurrentIndex(items.model().index(closed, 0))
    assert not form.ui.close_item_button.isEnabled()
    assert form.close_item_dialog() is None
    form.close()
    qtbot.waitUntil(lambda: len(shown(page)) == 2, timeout=15000)


def test_export_the_open_items(page, tmp_path, qtbot):
    out = tmp_path / "open.xlsx"
    with qtbot.waitSignal(page.exported, timeout=15000):
        page.export_to(out)
    ws = load_workbook(out).active
    assert [ws.cell(r, 2).value for r in (5, 6, 7, 8)] == ["K02", "K01", "K01", None]
    assert ws.cell(5, 11).value == "逾期1天"
    assert "Written:" in page.message_label.text()
