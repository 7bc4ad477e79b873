"""The Visit records page on a demo database: the list, its filters, the search box
that opens a scanned case's form, stepping through the list, and the board's way in."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtTest import QTest

from rv_desktop.domain import db as dbmod
from rv_desktop.domain.visits import visit_targets
from rv_desktop.gui.app import make_application
from rv_desktop.gui.models.board_model import TARGET_ID_ROLE
from rv_desktop.gui.models.visit_target_model import ROW_ROLE
from rv_desktop.gui.pages.board_page import BoardPage
from rv_desktop.gui.pages.visits_page import VisitsPage

from .keyboard import CTRL
from .shown import loaded_page, reload


@pytest.fixture
def demo(demo_copy):
    make_application("en")
    path = demo_copy(400)
    dbmod.open_database(path)
    yield path
    QThreadPool.globalInstance().waitForDone()
    dbmod.close_database()


@pytest.fixture
def page(qtbot, demo):
    return loaded_page(qtbot, VisitsPage, "Visit records", (1280, 700))


def shown_cases(page) -> list[str]:
    proxy = page.text_proxy
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def close_form(qtbot, page) -> None:
    form = page.form
    qtbot.addWidget(form)
    form.close()


def test_the_list_shows_every_target_with_its_form_state(page):
    rows = visit_targets()
    assert page.model.rowCount() == len(rows) > 0
    assert shown_cases(page) == sorted(r.case_no for r in rows)
    states = {page.model.text(r, page.model.STATE) for r in page.model.rows}
    assert {"No form yet", "Draft", "Final", "Reviewed"} <= states
    assert page.count_label.text().startswith(f"{len(rows)} of {len(rows)} targets shown")


def test_sorting_by_a_column_keeps_through_filters_and_a_refresh(page, qtbot):
    from PySide6.QtCore import Qt

    rows = visit_targets()
    page.table.sortByColumn(page.model.DATE, Qt.SortOrder.DescendingOrder)
    proxy = page.text_proxy
    shown = [proxy.index(r, 0).data(ROW_ROLE).visited_on for r in range(proxy.rowCount())]
    dated = [d for d in shown if d]
    assert dated == sorted(dated, reverse=True) and len(dated) > 1
    assert shown[: len(dated)] == dated  # the undated last
    # a search narrows the sorted list, and a refresh keeps the order
    page.search.setText("QS")
    with qtbot.waitSignal(page.loaded, timeout=15000):
        page.refresh()
    again = [proxy.index(r, 0).data(ROW_ROLE).visited_on for r in range(proxy.rowCount())]
    assert [d for d in again if d] == dated
    assert proxy.rowCount() == len([r for r in rows if "qs" in r.case_no.casefold()])


def test_filters_by_visitor_village_and_state(page, qtbot):
    rows = visit_targets()
    visitor_id, visitor = next(
        (r.visitor_ids[0], r.visitors.split("、")[0]) for r in rows if r.visitor_ids
    )
    page.visitor_combo.setCurrentIndex(page.visitor_combo.findData(visitor_id))
    expected = sorted(r.case_no for r in rows if visitor_id in r.visitor_ids)
    assert shown_cases(page) == expected and page.visitor_combo.currentText() == visitor
    village = next(r.village for r in rows if visitor_id in r.visitor_ids and r.village)
    page.village_combo.setCurrentIndex(page.village_combo.findData(village))
    page.state_combo.setCurrentIndex(page.state_combo.findData("final"))
    expected = sorted(
        r.case_no
        for r in rows
        if visitor_id in r.visitor_ids and r.village == village and r.state == "final"
    )
    assert shown_cases(page) == expected
    page.state_combo.setCurrentIndex(page.state_combo.findData("none"))
    assert all(page.model.rows[page.model.row_of_case(c)].state is None for c in shown_cases(page))
    for combo in (page.visitor_combo, page.village_combo, page.state_combo):
        combo.setCurrentIndex(0)
    assert len(shown_cases(page)) == len(rows)


def test_a_scanned_case_number_and_enter_open_its_form(page, qtbot):
    rows = visit_targets()
    wanted = next(r for r in rows if r.state == "draft")
    page.search.setFocus()
    QTest.keyClicks(page.search, wanted.case_no.lower())  # a scanner types, then Enter
    QTest.keyClick(page.search, Qt.Key.Key_Return)
    form = page.form
    assert form is not None and form.form.case_no == wanted.case_no
    assert form.form.id == wanted.visit_id  # the draft, not a new record
    assert page.search.text() == ""  # ready for the next scan
    assert form.target_ids == [r.target_id for r in sorted(rows, key=lambda r: r.case_no)]
    close_form(qtbot, page)


def test_an_unknown_case_number_says_so(page):
    page.search.setFocus()
    QTest.keyClicks(page.search, "XX-404")
    QTest.keyClick(page.search, Qt.Key.Key_Return)
    assert page.form is None
    assert page.message_label.isVisibleTo(page) and "XX-404" in page.message_label.text()


def test_ctrl_pgdown_steps_through_the_filtered_list(page, qtbot):
    page.state_combo.setCurrentIndex(page.state_combo.findData("final"))
    ids = page.visible_ids()
    assert len(ids) >= 3
    page.table.setCurrentIndex(page.text_proxy.index(1, 0))
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_Return)
    form = page.form
    qtbot.addWidget(form)
    assert form.target_ids == ids and form.form.target_id == ids[1]
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    QTest.keyClick(form, Qt.Key.Key_PageDown, CTRL)
    assert form.index == 2 and form.form.target_id == ids[2]
    assert page.current_target_id() == ids[2]  # the list follows the form
    QTest.keyClick(form, Qt.Key.Key_PageUp, CTRL)
    QTest.keyClick(form, Qt.Key.Key_PageUp, CTRL)
    assert form.form.target_id == ids[0] and not form.prev_button.isEnabled()
    form.close()


def test_finalising_refreshes_the_list(page, qtbot):
    row = next(r for r in visit_targets() if r.state is None and r.visitor_ids)
    page.open_case_no(row.case_no)
    form = page.form
    qtbot.addWidget(form)
    with qtbot.waitSignal(page.data_changed, timeout=3000):
        form.inputs["location"].setText("家中")
        form._changed()
        form.close()
    reload(qtbot, page)
    after = page.model.rows[page.model.row_of_case(row.case_no)]
    assert after.state == "draft" and after.task_status == "visited"


def test_the_board_opens_a_cards_form_stepping_through_its_column(qtbot, demo):
    board = BoardPage("Board")
    qtbot.addWidget(board)
    board.resize(1366, 700)
    board.show()
    reload(qtbot, board)
    view = board.views["assigned"]
    proxy = view.model()
    assert proxy.rowCount() >= 2
    view.setCurrentIndex(proxy.index(0, 0))
    view.setFocus()
    menu = board.context_menu(view)
    assert "Fill in the form" in [a.text() for a in menu.actions()]
    QTest.keyClick(view, Qt.Key.Key_E, CTRL)
    form = board.form
    assert form is not None
    qtbot.addWidget(form)
    column = [int(proxy.index(r, 0).data(TARGET_ID_ROLE)) for r in range(proxy.rowCount())]
    assert form.target_ids == column and form.form.target_id == column[0]
    with qtbot.waitSignal(board.data_changed, timeout=3000):
        form.inputs["location"].setText("家中")
        form._changed()
        form.close()


def test_the_page_shows_the_same_form_window_again_afresh(page, qtbot):
    rows = [r for r in visit_targets() if r.state == "draft"]
    first, second = rows[0], rows[1]
    assert page.open_case_no(first.case_no)
    form = page.form
    qtbot.addWidget(form)
    form.finalise_now()  # refused: the draft misses things, the messages show
    assert form.form.state == "draft" and any(e.isVisible() for e in form.errors.values())
    form.close()
    assert page.form is None
    assert page.open_case_no(second.case_no)
    assert page.form is form and form.form.case_no == second.case_no
    assert not any(e.isVisible() for e in form.errors.values())
    assert form.message.text() == ""
    form.close()
