"""The Board page on a real demo database: counts, drops, bulk assignment, export,
the left-out panel and a refused move."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QItemSelectionModel

from rv_desktop.domain.overview import current_campaign
from rv_desktop.domain.tasks import board, column_counts, nobody_left_out, route_sheet, staff_list
from rv_desktop.gui.dialogs.assign_dialog import AssignDialog
from rv_desktop.gui.models.board_model import (
    CARD_ROLE,
    STATUS_ROLE,
    TARGET_ID_ROLE,
    BoardModel,
    ColumnProxy,
    ids_from_mime,
)
from rv_desktop.gui.models.staff_model import STAFF_ID_ROLE
from rv_desktop.gui.pages.board_page import BoardPage
from rv_desktop.gui.widgets.left_out_panel import CASE_ID_ROLE as LEFT_OUT_CASE_ROLE

from .shown import reload, shown_page


@pytest.fixture
def page(qtbot, demo_copy):
    with shown_page(qtbot, BoardPage, "Board", demo_copy(400), actor=None) as page:
        page.show()
        reload(qtbot, page)
        yield page


def select(view, rows):
    sel = view.selectionModel()
    sel.clearSelection()
    for r in rows:
        sel.select(view.model().index(r, 0), QItemSelectionModel.SelectionFlag.Select)


def cards_by_id():
    return {c.target_id: c for c in board(current_campaign())}


def test_board_loads_with_the_domain_counts(page):
    expected = column_counts(board(current_campaign()))
    assert page.column_counts() == expected
    assert sum(expected.values()) == page.model.rowCount() > 0
    for status, count in expected.items():
        assert f"({count})" in page.headers[status].text()
        proxy = page.proxies[status]
        assert all(proxy.index(r, 0).data(STATUS_ROLE) == status for r in range(proxy.rowCount()))
    assert page.findChild(type(page.title_label), "pageTitle").text() == "Board"


def test_model_roles_and_mime_without_a_view(page):
    model = BoardModel()
    cards = board(current_campaign())
    model.set_cards(cards)
    proxy = ColumnProxy("unassigned")
    proxy.setSourceModel(model)
    assert proxy.rowCount() == sum(c.status == "unassigned" for c in cards)
    index = model.index(0, 0)
    assert index.data(TARGET_ID_ROLE) == cards[0].target_id
    assert index.data(CARD_ROLE) is cards[0]
    assert cards[0].petitioner in index.data()  # names in full, as in every list
    mime = model.mimeData([model.index(r, 0) for r in range(3)])
    assert ids_from_mime(mime) == [c.target_id for c in cards[:3]]


def test_three_cards_dropped_on_a_visitor_get_that_visitor(page, qtbot):
    view = page.views["unassigned"]
    assert view.model().rowCount() >= 3
    indexes = [view.model().index(r, 0) for r in range(3)]
    ids = [i.data(TARGET_ID_ROLE) for i in indexes]
    visitor = page.visitor_model.index(0, 0)
    visitor_id = visitor.data(STAFF_ID_ROLE)
    assert visitor_id == staff_list(roles=("visitor",))[0].id
    mime = view.model().mimeData(indexes)
    with qtbot.waitSignal(page.loaded, timeout=15000):
        assert page.drop_on_visitor(mime, visitor_id)
    cards = cards_by_id()
    for tid in ids:
        assert visitor_id in cards[tid].visitor_ids
        assert cards[tid].status == "assigned"
    assert {s.target_id for s in route_sheet(visitor_id)} >= set(ids)
    assert page.column_counts() == column_counts(board(current_campaign()))


def test_bulk_assign_ten_through_the_dialog(page, qtbot):
    first = page.views["unassigned"]
    n = min(first.model().rowCount(), 5)
    select(first, range(n))
    select(page.views["assigned"], range(10 - n))
    ids = page.selected_ids()
    assert len(ids) == 10
    campaign = current_campaign()
    due = campaign.impl_start or dt.date.today()
    dialog = AssignDialog(ids, due_on=due, parent=page)
    qtbot.addWidget(dialog)
    leader = staff_list(roles=("leader",))[0]
    visitors = staff_list(roles=("visitor",))[:2]
    dialog.leader_combo.setCurrentIndex(dialog.leader_combo.findData(leader.id))
    dialog.set_visitors([v.id for v in visitors])
    dialog.method_combo.setCurrentIndex(dialog.method_combo.findData("phone"))
    dialog.due_check.setChecked(True)
    dialog.unit_check.setChecked(True)
    dialog.accept()
    assert dialog.result() == AssignDialog.DialogCode.Accepted, dialog.error_label.text()
    assert dialog.assigned == 10
    cards = cards_by_id()
    for tid in ids:
        c = cards[tid]
        assert c.leader_id == leader.id
        assert set(c.visitor_ids) == {v.id for v in visitors}
        assert c.method == "phone"
        assert c.due_on == due
        assert c.status == "assigned"
        if c.handling_unit:
            assert c.handling_unit in c.units
    reload(qtbot, page)
    assert page.column_counts() == column_counts(board(campaign))


def test_a_refused_due_date_stays_in_the_dialog(page, qtbot):
    ids = [page.views["unassigned"].model().index(0, 0).data(TARGET_ID_ROLE)]
    before = cards_by_id()[ids[0]]
    dialog = AssignDialog(ids, due_on=dt.date(2001, 1, 1), parent=page)
    qtbot.addWidget(dialog)
    dialog.due_check.setChecked(True)
    dialog.accept()
    if current_campaign().impl_start:
        assert dialog.result() != AssignDialog.DialogCode.Accepted
        assert "2001" in dialog.error_label.text()
        assert cards_by_id()[ids[0]].due_on == before.due_on


def test_export_the_assignment_table(page, qtbot, tmp_path):
    path = tmp_path / "table.xlsx"
    with qtbot.waitSignal(page.exported, timeout=20000):
        page.export_to(path)
    book = load_workbook(path)
    sheet = book.active
    values = [str(c) for row in sheet.iter_rows(values_only=True) for c in row if c is not None]
    first = page.model.card(0)
    assert first.case_no in values
    assert any("信访件编号" in v for v in values)


def test_left_out_panel_counts_equal_the_domain(page):
    expected = nobody_left_out(current_campaign()).counts()
    assert page.left_out.counts() == expected
    from rv_desktop.domain.left_out import SECTIONS

    for i, name in enumerate(SECTIONS):
        assert f"({expected[name]})" in page.left_out.toolbox.itemText(i)
        assert page.left_out.models[name].rowCount() == expected[name]


def test_left_out_double_click_opens_the_case(page, qtbot):
    view = page.left_out.views["no_assignment"]
    index = view.model().index(0, 0)
    assert index.isValid()
    with qtbot.waitSignal(page.case_opened) as blocker:
        view.doubleClicked.emit(index)
    assert blocker.args[0] == index.data(LEFT_OUT_CASE_ROLE)


def test_a_refused_move_shows_the_error_and_changes_nothing(page, qtbot):
    view = page.views["unassigned"]
    index = view.model().index(0, 0)
    tid = index.data(TARGET_ID_ROLE)
    counts = page.column_counts()
    mime = view.model().mimeData([index])
    assert page.drop_on_column(mime, "done") is False
    assert page.message_label.isVisible()
    assert page.message_label.text()
    assert cards_by_id()[tid].status == "unassigned"
    assert page.column_counts() == counts


def test_enter_opens_the_case_and_the_context_menu_offers_the_actions(page, qtbot):
    from PySide6.QtCore import Qt

    view = page.views["unassigned"]
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    case_id = view.currentIndex().data(CARD_ROLE).case_id
    with qtbot.waitSignal(page.case_opened) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args == [case_id]
    menu = page.context_menu(view)
    texts = [a.text() for a in menu.actions()]
    assert "Assign…" in texts and "Move to" in texts and "Open case" in texts
    moves = [a.text() for a in menu.actions()[2].menu().actions()]
    assert "Not assigned" not in moves and "Done" in moves


def test_overdue_filter_and_text_search_narrow_the_board(page, qtbot):
    with qtbot.waitSignal(page.loaded, timeout=15000):
        page.overdue_check.setChecked(True)
    cards = page.model.cards()
    assert cards and all(c.overdue for c in cards)
    with qtbot.waitSignal(page.loaded, timeout=15000):
        page.overdue_check.setChecked(False)
    case_no = page.model.card(0).case_no
    with qtbot.waitSignal(page.loaded, timeout=15000):
        page.search.setText(case_no)
    assert [c.case_no for c in page.model.cards()] == [case_no]


def test_route_sheet_saves_a_workbook_and_leaves_an_audit_record(page, qtbot, tmp_path):
    from rv_desktop.domain.models import AuditRecord
    from rv_desktop.gui.pages.board_page import RouteSheetDialog

    visitor = staff_list(roles=("visitor",))[0]
    stops = route_sheet(visitor.id)
    assert stops
    dialog = RouteSheetDialog(visitor.id, visitor.name, stops, page)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == len(stops)
    before = AuditRecord.select().count()
    path = tmp_path / "route.xlsx"
    dialog.save(path)
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    assert len(rows) == len(stops) + 2
    assert stops[0].case_no in str(rows[2][0])
    assert AuditRecord.select().count() == before + 1


def test_assign_from_the_page_uses_a_due_date_within_the_stage(page, qtbot, monkeypatch):
    from PySide6.QtCore import QTimer

    campaign = current_campaign()
    due = page.default_due(dt.date(2000, 1, 1))
    if campaign.impl_start:
        assert due == campaign.impl_start
    select(page.views["unassigned"], [0])
    (tid,) = page.selected_ids()
    made = []

    def dialog(ids):
        d = AssignDialog(ids, due_on=page.default_due(), parent=page)
        d.due_check.setChecked(True)
        made.append(d)
        QTimer.singleShot(0, d.accept)
        return d

    monkeypatch.setattr(page, "assign_dialog", dialog)
    with qtbot.waitSignal(page.data_changed, timeout=5000):
        page.assign_selected()
    assert made[0].assigned == 1, made[0].error_label.text()
    assert cards_by_id()[tid].due_on == page.default_due()


def test_move_to_from_the_context_menu_moves_the_selection(page, qtbot):
    view = page.views["assigned"]
    select(view, [0])
    (tid,) = page.selected_ids()
    menu = page.context_menu(view)
    move = next(a for a in menu.actions() if a.menu() is not None).menu()
    back = next(a for a in move.actions() if a.text() == "Not assigned")
    with qtbot.waitSignal(page.loaded, timeout=15000):
        back.trigger()
    card = cards_by_id()[tid]
    assert card.status == "unassigned" and card.visitor_ids == ()
    assert not page.message_label.isVisible()
    assert page.column_counts() == column_counts(board(current_campaign()))


def test_grouped_by_visitor_a_card_shows_under_each_visitor_and_counts_once(page, qtbot):
    with qtbot.waitSignal(page.loaded, timeout=15000):
        page.group_combo.setCurrentIndex(page.group_combo.findData("visitor"))
    grouped = board(current_campaign(), group_by="visitor")
    assert page.model.rowCount() == len(grouped)
    assert page.model.rowCount() > len({c.target_id for c in grouped})  # some have two
    assert page.column_counts() == column_counts(board(current_campaign()))
    view = page.views["assigned"]
    select(view, range(view.model().rowCount()))
    ids = page.selected_ids()
    assert len(ids) == len(set(ids))
    for r in range(page.visitor_model.rowCount()):
        index = page.visitor_model.index(r, 0)
        open_tasks = len(route_sheet(index.data(STAFF_ID_ROLE)))
        assert index.data().endswith(f"({open_tasks})")
    shown = len({c.target_id for c in grouped})
    assert page.count_label.text() == f"{shown} task{'' if shown == 1 else 's'} shown"


def test_joining_units_are_chosen_in_the_assign_dialog(page, qtbot):
    from rv_desktop.domain.tasks import unit_list

    ids = [page.views["assigned"].model().index(r, 0).data(TARGET_ID_ROLE) for r in range(2)]
    dialog = AssignDialog(ids, parent=page)
    qtbot.addWidget(dialog)
    units = unit_list()[:2]
    dialog.units_button.set_selected([str(uid) for uid, _ in units])
    dialog.accept()
    assert dialog.result() == AssignDialog.DialogCode.Accepted, dialog.error_label.text()
    cards = cards_by_id()
    for tid in ids:
        assert set(cards[tid].units) == {name for _, name in units}
