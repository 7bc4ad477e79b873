"""The Campaign page on real SQLite files: the campaign dialog, the live screening
preview, screening, and the target list's changes by hand."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from rv_desktop.domain.campaigns import get_campaign, list_campaigns
from rv_desktop.domain.screening import TargetRow, list_targets, preview_screening
from rv_desktop.gui.app import make_application
from rv_desktop.gui.models.target_table_model import ROW_ROLE, TargetTableModel
from rv_desktop.gui.pages.campaign_page import CampaignPage

from .shown import shown_page


def _type(widget, text: str) -> None:
    """Type ``text`` key by key (QTest.keyClicks only knows ASCII keys)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


@pytest.fixture
def demo_path(demo_copy):
    return demo_copy(400)


@contextmanager
def _page(qtbot, path) -> Iterator[CampaignPage]:
    with shown_page(qtbot, CampaignPage, "Campaign", path, (1366, 768)) as page:
        page.show()
        yield page
        page.preview_timer.stop()


@pytest.fixture
def page(qtbot, demo_path):
    with _page(qtbot, demo_path) as page:
        qtbot.waitUntil(lambda: page.counts is not None, timeout=10000)
        yield page


@pytest.fixture
def empty_page(qtbot, tmp_path):
    with _page(qtbot, tmp_path / "empty.sqlite") as page:
        yield page


@pytest.fixture
def warnings(monkeypatch):
    """QMessageBox.warning would block the test: record the messages instead."""
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _parent, _title, text: shown.append(text))
    )
    return shown


def _ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def _rows(page: CampaignPage) -> list[TargetRow]:
    return [page.proxy.index(r, 0).data(ROW_ROLE) for r in range(page.proxy.rowCount())]


# --- the model, without a view ----------------------------------------------------


def test_target_model_shows_names_and_labels_codes():
    make_application("en")
    model = TargetTableModel()
    row = TargetRow(
        id=7,
        case_id=3,
        case_no="XF-1",
        petitioner="张三丰",
        village=None,
        source_level="central",
        concluded_on=dt.date(2018, 5, 2),
        category=None,
        handling_unit=None,
        included=False,
        exclusion_reason="many_people",
        note="二十人联名",
        key_case=False,
        by_hand=True,
        status="unassigned",
    )
    model.set_rows([row])
    assert model.rowCount() == 1
    assert model.columnCount() == 8

    def text(column):
        return model.data(model.index(0, column))

    assert text(TargetTableModel.CASE_NO) == "XF-1"
    assert text(TargetTableModel.PETITIONER) == "张三丰"  # names in full, as in every list
    assert text(TargetTableModel.SOURCE) == "Central"
    assert text(TargetTableModel.CONCLUDED) == "2 May 2018"
    assert text(TargetTableModel.INCLUDED) == "Excluded (by hand)"
    assert text(TargetTableModel.REASON) == "Many people involved: 二十人联名"
    assert text(TargetTableModel.STATUS) == "Not assigned"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Case number"


# --- campaigns ------------------------------------------------------------------------


def test_empty_database_asks_for_the_campaign_first_and_the_dialog_creates_it(qtbot, empty_page):
    page = empty_page
    assert page.stack.currentWidget() is page.empty
    assert page.empty_label.isVisible()
    qtbot.mouseClick(page.empty_new_button, Qt.MouseButton.LeftButton)
    dialog = page.campaign_dialog
    assert dialog is not None and dialog.isVisible()
    _type(dialog.name, '2026年"千案回访"活动')
    dialog.date_edit("prep_start").setDate(dt.date(2026, 9, 21))
    dialog.date_edit("prep_end").setDate(dt.date(2026, 10, 20))
    dialog.date_edit("impl_start").setDate(dt.date(2026, 10, 21))
    dialog.date_edit("impl_end").setDate(dt.date(2026, 11, 20))
    dialog.date_edit("report_deadline").setDate(dt.date(2026, 12, 10))
    _type(dialog.group_leader, "陈志强")
    with qtbot.waitSignal(page.data_changed):
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    campaigns = list_campaigns()
    assert [c.name for c in campaigns] == ['2026年"千案回访"活动']
    assert campaigns[0].is_current  # the first campaign becomes current
    assert campaigns[0].plan.group_leader == "陈志强"
    assert campaigns[0].plan.prep_end == dt.date(2026, 10, 20)
    assert campaigns[0].plan.summary_start is None
    assert page.stack.currentWidget() is not page.empty
    assert page.campaign_combo.currentText().endswith("(current)")
    assert "陈志强" in page.summary.text()
    # the register is empty: the page says so and screening is off
    assert page.register_notice.isVisible()
    qtbot.waitUntil(lambda: page.counts is not None, timeout=10000)
    assert not page.screen_button.isEnabled()


def test_new_campaign_made_current_from_the_page(qtbot, page):
    before = get_campaign()
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.campaign_dialog
    qtbot.keyClicks(dialog.name, "Routine visits 2027")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    # the new campaign is shown but not yet current
    assert page.campaign_combo.currentText() == "Routine visits 2027"
    assert get_campaign().id == before.id
    assert page.current_button.isEnabled()
    with qtbot.waitSignal(page.data_changed):
        qtbot.mouseClick(page.current_button, Qt.MouseButton.LeftButton)
    assert get_campaign().name == "Routine visits 2027"
    assert page.campaign_combo.currentText() == "Routine visits 2027 (current)"
    assert not page.current_button.isEnabled()


def test_reversed_stage_dates_keep_the_dialog_open_with_the_message(qtbot, page):
    count = len(list_campaigns())
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.campaign_dialog
    qtbot.keyClicks(dialog.name, "Spring check")
    dialog.date_edit("prep_start").setDate(dt.date(2027, 3, 10))
    dialog.date_edit("prep_end").setDate(dt.date(2027, 3, 1))
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "preparation stage ends on" in dialog.error_label.text()
    assert dialog.error_label.isVisible()
    assert dialog.field_errors["prep_end"].isVisible()
    assert dialog.field_errors["prep_end"].text() == dialog.error_label.text()
    assert not dialog.field_errors["name"].isVisible()
    assert len(list_campaigns()) == count
    # corrected, it saves
    dialog.date_edit("prep_end").setDate(dt.date(2027, 3, 20))
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert len(list_campaigns()) == count + 1


def test_edit_campaign_changes_the_summary(qtbot, page):
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.campaign_dialog
    assert dialog.name.text() == get_campaign().name
    dialog.fields["group_leader"].clear()
    _type(dialog.fields["group_leader"], "李建国")
    with qtbot.waitSignal(page.data_changed):
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert get_campaign().group_leader == "李建国"
    assert "Group leader: 李建国" in page.summary.text()
    assert "Report by" in page.summary.text()


# --- screening ------------------------------------------------------------------------


def test_criteria_load_from_the_campaign_and_the_counts_follow_the_boxes(qtbot, page):
    campaign = get_campaign()
    criteria = page.criteria()
    assert criteria.concluded_from == dt.date(2017, 7, 1)
    assert set(criteria.sources) == {"central", "provincial"}
    assert criteria.exclude_many_people and not criteria.exclude_settled
    expected = preview_screening(campaign, criteria)
    assert page.counts == expected
    for reason, box in page.exclusion_boxes.items():
        assert box.text().endswith(f"({expected.flagged[reason]})")
    assert f"targets: {expected.targets}" in page.totals.text()

    # leaving out settled cases too: fewer targets, once the debounced preview lands
    box = page.exclusion_boxes["settled"]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert page.exclusion_boxes["settled"].isChecked()
    assert page.preview_timer.isActive()  # debounced, then counted off the GUI thread
    assert page.counts == expected
    changed = preview_screening(campaign, page.criteria())
    assert changed.targets < expected.targets
    qtbot.waitUntil(lambda: page.counts == changed, timeout=10000)
    assert f"targets: {changed.targets}" in page.totals.text()

    # several quick changes give one answer: the last
    page.sources.set_selected(["central"])
    page.concluded_from.setDate(dt.date(2019, 1, 1))
    last = preview_screening(campaign, page.criteria())
    qtbot.waitUntil(lambda: page.counts == last, timeout=10000)
    assert last.considered < changed.considered


def test_reversed_criteria_dates_show_the_error_and_disable_screen(qtbot, page):
    page.concluded_to.setDate(dt.date(2016, 1, 1))
    qtbot.waitUntil(lambda: "first date is after" in page.totals.text(), timeout=10000)
    assert not page.screen_button.isEnabled()


def test_screen_writes_the_target_list(qtbot, page):
    page.sources.set_selected(["central"])
    campaign = get_campaign()
    expected = preview_screening(campaign, page.criteria())
    qtbot.waitUntil(lambda: page.counts == expected, timeout=10000)
    with qtbot.waitSignal(page.data_changed, timeout=10000):
        qtbot.mouseClick(page.screen_button, Qt.MouseButton.LeftButton)
    assert page.result_label.text().startswith(f"Screened: {expected.targets} targets")
    assert len(list_targets(campaign, included=True)) == expected.targets
    # the criteria were saved with the campaign
    assert page.criteria().sources == ("central",)
    assert get_campaign().criteria and '"central"' in get_campaign().criteria
    assert page.model.rowCount() == expected.targets
    assert page.screen_button.isEnabled()


# --- the target list ------------------------------------------------------------------


def test_exclude_a_target_with_a_reason_then_see_it_under_excluded(qtbot, page, warnings):
    row = next(r for r in _rows(page) if r.status == "unassigned")
    assert page.select_case(row.case_no)
    assert page.exclude_button.isEnabled()
    qtbot.mouseClick(page.exclude_button, Qt.MouseButton.LeftButton)
    dialog = page.exclude_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.reason.setCurrentIndex(dialog.reason.findData("other"))
    _type(dialog.note, "已迁居外省")
    with qtbot.waitSignal(page.data_changed):
        dialog.accept()
    assert warnings == []
    assert row.case_no not in [r.case_no for r in _rows(page)]

    page.show_combo.setCurrentIndex(page.show_combo.findData(False))
    excluded = {r.case_no: r for r in _rows(page)}
    assert excluded[row.case_no].exclusion_reason == "other"
    assert excluded[row.case_no].note == "已迁居外省"
    r = next(i for i in range(page.proxy.rowCount()) if _rows(page)[i].case_no == row.case_no)
    text = page.proxy.index(r, TargetTableModel.REASON).data()
    assert text == "Other reason: 已迁居外省"
    campaign = get_campaign()
    assert row.case_no in [t.case_no for t in list_targets(campaign, included=False)]


def test_excluding_a_visited_target_is_refused_with_the_message(qtbot, page, warnings):
    visited = [r for r in _rows(page) if r.status in ("visited", "follow_up", "done")]
    assert visited
    errors = page.exclude_targets([visited[0].id], "policy", "")
    assert errors and warnings == errors
    assert visited[0].case_no in [r.case_no for r in _rows(page)]


def test_add_a_case_by_case_number(qtbot, page):
    page.show_combo.setCurrentIndex(page.show_combo.findData(False))
    row = _rows(page)[0]
    page.show_combo.setCurrentIndex(page.show_combo.findData(True))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.add_dialog
    qtbot.keyClicks(dialog.case_no, "NO-SUCH-CASE")
    _type(dialog.note, "群众来电要求")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error_label.text()
    dialog.case_no.clear()
    qtbot.keyClicks(dialog.case_no, row.case_no)
    with qtbot.waitSignal(page.data_changed):
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    added = {r.case_no: r for r in _rows(page)}[row.case_no]
    assert added.included and added.by_hand and added.note == "群众来电要求"
    assert page.selected_target_ids() == [added.id]


def test_mark_and_unmark_key_cases(qtbot, page):
    row = next(r for r in _rows(page) if not r.key_case)
    page.select_case(row.case_no)
    assert page.key_button.isEnabled() and not page.unkey_button.isEnabled()
    with qtbot.waitSignal(page.data_changed):
        qtbot.mouseClick(page.key_button, Qt.MouseButton.LeftButton)
    assert {r.case_no: r for r in _rows(page)}[row.case_no].key_case
    assert page.unkey_button.isEnabled()
    with qtbot.waitSignal(page.data_changed):
        qtbot.mouseClick(page.unkey_button, Qt.MouseButton.LeftButton)
    assert not {r.case_no: r for r in _rows(page)}[row.case_no].key_case


def test_refresh_keeps_criteria_being_edited(qtbot, page):
    page.sources.set_selected(["provincial"])
    page.refresh()  # another page changed data meanwhile
    assert page.criteria().sources == ("provincial",)
    qtbot.waitUntil(lambda: page.counts is not None and not page.preview_timer.isActive())


def test_context_menu_offers_the_target_actions(qtbot, page, monkeypatch):
    menus = []
    monkeypatch.setattr("PySide6.QtWidgets.QMenu.popup", lambda menu, *_a: menus.append(menu))
    page.table.selectRow(0)
    rect = page.table.visualRect(page.proxy.index(0, 0))
    page.targets_box._context_menu(rect.center())
    texts = [a.text() for a in menus[0].actions()]
    assert texts == ["Exclude…", "Add case by case number…", "Mark as key case", "Unmark"]
