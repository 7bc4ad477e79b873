"""Issue 4 as the office plays the preparation stage, in the main window: create
the campaign, screen, exclude a case with its reason, drop three cards on a
visitor, bulk-assign ten, export the assignment table; then check the database
and the workbook."""

from __future__ import annotations

import datetime as dt

from openpyxl import load_workbook
from PySide6.QtCore import Qt, QThreadPool

from rv_desktop.domain import db as dbmod
from rv_desktop.domain.campaigns import get_campaign
from rv_desktop.domain.screening import list_targets
from rv_desktop.domain.tasks import board, staff_list
from rv_desktop.gui.app import make_application, open_main_window
from rv_desktop.gui.dialogs.assign_dialog import AssignDialog
from rv_desktop.gui.models.board_model import TARGET_ID_ROLE
from rv_desktop.services.demo import create_demo_database

from .test_board_page import select
from .test_campaign_page import _ok, _rows, _type


def test_preparation_stage(qtbot, tmp_path, monkeypatch):
    make_application("en")
    path = create_demo_database(tmp_path / "town.sqlite", cases=500).path
    window = open_main_window(str(path))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    try:
        # 1. the campaign: created in the dialog, made current
        window.nav.setCurrentRow(2)
        page = window.campaign_page
        page.refresh()
        qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
        dialog = page.campaign_dialog
        _type(dialog.name, "2027年回访")
        for key, day in (
            ("prep_start", dt.date(2027, 9, 1)),
            ("prep_end", dt.date(2027, 9, 30)),
            ("impl_start", dt.date(2027, 10, 1)),
            ("impl_end", dt.date(2027, 11, 20)),
            ("report_deadline", dt.date(2027, 12, 10)),
        ):
            dialog.date_edit(key).setDate(day)
        with qtbot.waitSignal(page.data_changed, timeout=10000):
            qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
        page.choose_campaign(get_campaign("2027年回访").id)
        with qtbot.waitSignal(page.data_changed, timeout=10000):
            page.make_current()
        campaign = get_campaign()
        assert campaign.name == "2027年回访"

        # 2. screening with the plan's default criteria
        qtbot.waitUntil(
            lambda: page.counts is not None and page.screen_button.isEnabled(), timeout=15000
        )
        with qtbot.waitSignal(page.data_changed, timeout=20000):
            qtbot.mouseClick(page.screen_button, Qt.MouseButton.LeftButton)
        targets = list_targets(campaign, included=True)
        assert len(targets) > 20

        # 3. exclude one case with a reason
        victim = next(r for r in _rows(page) if r.status == "unassigned")
        assert page.select_case(victim.case_no)
        monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning", lambda *a: None)
        qtbot.mouseClick(page.exclude_button, Qt.MouseButton.LeftButton)
        exclude = page.exclude_dialog
        exclude.reason.setCurrentIndex(exclude.reason.findData("other"))
        _type(exclude.note, "已迁居外省")
        with qtbot.waitSignal(page.data_changed, timeout=10000):
            exclude.accept()
        excluded = {t.case_no: t for t in list_targets(campaign, included=False)}
        assert excluded[victim.case_no].exclusion_reason == "other"

        # 4. the board: three cards dropped on a visitor
        window.nav.setCurrentRow(3)
        board_page = window.board_page
        with qtbot.waitSignal(board_page.loaded, timeout=15000):
            board_page.refresh()
        column = board_page.views["unassigned"]
        assert column.model().rowCount() == len(targets) - 1  # less the excluded one
        indexes = [column.model().index(r, 0) for r in range(3)]
        dropped = [i.data(TARGET_ID_ROLE) for i in indexes]
        visitor = staff_list(roles=("visitor",))[0]
        with qtbot.waitSignal(board_page.loaded, timeout=15000):
            assert board_page.drop_on_visitor(column.model().mimeData(indexes), visitor.id)

        # 5. ten more assigned at once
        column = board_page.views["unassigned"]
        select(column, range(10))
        chosen = board_page.selected_ids()
        assert len(chosen) == 10 and not set(chosen) & set(dropped)
        leader = staff_list(roles=("leader",))[0]
        assign = AssignDialog(chosen, due_on=dt.date(2027, 10, 20), parent=board_page)
        qtbot.addWidget(assign)
        assign.leader_combo.setCurrentIndex(assign.leader_combo.findData(leader.id))
        assign.set_visitors([visitor.id])
        assign.method_combo.setCurrentIndex(assign.method_combo.findData("home_visit"))
        assign.due_check.setChecked(True)
        assign.accept()
        assert assign.assigned == 10, assign.error_label.text()

        # 6. the assignment table, of the board as it now stands
        with qtbot.waitSignal(board_page.loaded, timeout=15000):
            board_page.refresh()
        out = tmp_path / "assignments.xlsx"
        with qtbot.waitSignal(board_page.exported, timeout=20000):
            board_page.export_to(out)

        cards = {c.target_id: c for c in board(campaign)}
        for tid in dropped:
            assert list(cards[tid].visitor_ids) == [visitor.id] and cards[tid].status == "assigned"
        for tid in chosen:
            card = cards[tid]
            assert (card.leader_id, card.method, card.due_on, card.status) == (
                leader.id,
                "home_visit",
                dt.date(2027, 10, 20),
                "assigned",
            )
        sheet = load_workbook(out).active
        rows = {
            row[1]: row
            for row in sheet.iter_rows(min_row=5, values_only=True)
            if row[1] and str(row[1]).startswith("QS")
        }
        assert len(rows) == len(targets) - 1  # the excluded case is not a task
        assert victim.case_no not in rows
        some = cards[chosen[0]]
        assert rows[some.case_no][7] == leader.name
        assert visitor.name in rows[some.case_no][8]
        assert "2027年回访" in str(sheet["A1"].value)
    finally:
        QThreadPool.globalInstance().waitForDone()
        window.close()
        window.session.close()
        dbmod.close_database()
