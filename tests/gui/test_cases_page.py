"""The Cases page on a real database: search as you type, filters, sort, reveal,
the case dialog, export, and a 20,000-case register read in blocks."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QPoint, Qt, QThreadPool
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QTableView

from rv_desktop.domain import db as dbmod
from rv_desktop.domain.cases import CaseFilter
from rv_desktop.domain.models import AuditRecord, Campaign, Case, HandlingUnit, Petitioner, Target
from rv_desktop.domain.normalize import id_check_char
from rv_desktop.gui.app import make_application
from rv_desktop.gui.models.case_table_model import CASE_ID_ROLE, ROW_ROLE, CaseTableModel
from rv_desktop.gui.pages.cases_page import CasesPage

from ..conftest import settle_background

ZHANG_ID = "36042619850312003" + id_check_char("36042619850312003")
LI_ID = "36042619700101002" + id_check_char("36042619700101002")


@pytest.fixture
def register(db_path):
    """Six cases; 张三 petitioned twice; two cases are targets of the current campaign."""
    dbmod.open_database(db_path, actor="tester")
    land = HandlingUnit.create(name="镇国土所")
    justice = HandlingUnit.create(name="镇司法所")
    zhang = Petitioner.create(
        name="张三",
        id_number=ZHANG_ID,
        phones="13812345678",
        address="某某县青山镇石桥村三组12号",
        village="石桥村",
    )
    li = Petitioner.create(name="李四", id_number=LI_ID, phones="13900001111", village="柳塘村")
    wang = Petitioner.create(name="王五", village="石桥村")
    zhao = Petitioner.create(name="赵六", phones="07921234567", village="双河村")
    rows = [
        ("XF-2018-001", zhang, "central", "visit", "土地征收", land, dt.date(2018, 5, 2)),
        ("XF-2019-002", zhang, "provincial", "letter", "土地征收", land, dt.date(2019, 6, 1)),
        ("XF-2018-003", li, "central", "online", "劳动社保", justice, dt.date(2018, 9, 9)),
        ("XF-2020-004", wang, "county", "phone", "民政", justice, dt.date(2020, 1, 5)),
        ("XF-2021-005", zhao, "municipal", "visit", "城乡建设", None, dt.date(2021, 3, 3)),
        ("XF-2017-006", li, "own", "letter", "民政", land, dt.date(2017, 8, 8)),
    ]
    campaign = Campaign.create(name="2026年千案回访", is_current=True)
    for i, (no, who, source, channel, category, unit, concluded) in enumerate(rows):
        case = Case.create(
            case_no=no,
            petitioner=who,
            source_level=source,
            channel=channel,
            category=category,
            handling_unit=unit,
            concluded_on=concluded,
            registered_on=concluded - dt.timedelta(days=40),
            demand=f"要求解决问题{i}",
            settled=i % 2 == 0,
        )
        if i < 2:
            Target.create(campaign=campaign, case=case)
    dbmod.close_database()
    return db_path


@pytest.fixture
def page(qtbot, register):
    make_application("en")
    dbmod.open_database(register, actor="tester")
    page = CasesPage()
    qtbot.addWidget(page)
    page.resize(1166, 700)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 6 and page.search.isEnabled(), timeout=10000)
    yield page
    QThreadPool.globalInstance().waitForDone()
    dbmod.close_database()


def type_text(widget, text: str) -> None:
    """Type ``text`` key by key (QTest.keyClicks only knows ASCII keys)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def _column(page: CasesPage, column: int) -> list[str]:
    m = page.model
    return [m.data(m.index(r, column)) for r in range(m.rowCount())]


def _audit(action: str) -> list[AuditRecord]:
    return list(AuditRecord.select().where(AuditRecord.action == action).order_by(AuditRecord.id))


def test_page_lists_the_register(page):
    assert page.findChild(QLabel, "pageTitle").text() == "Cases"
    assert page.count_label.text() == "6 cases"
    assert _column(page, CaseTableModel.CASE_NO) == [
        "XF-2017-006",
        "XF-2018-001",
        "XF-2018-003",
        "XF-2019-002",
        "XF-2020-004",
        "XF-2021-005",
    ]
    m = page.model
    assert m.headerData(CaseTableModel.SOURCE_LEVEL, Qt.Orientation.Horizontal) == "Source level"
    assert _column(page, CaseTableModel.SOURCE_LEVEL)[:2] == ["Own", "Central"]
    assert _column(page, CaseTableModel.CHANNEL)[:2] == ["Letter", "Visit"]
    assert _column(page, CaseTableModel.CONCLUDED_ON)[1] == "2 May 2018"
    assert m.data(m.index(1, 0), CASE_ID_ROLE) == Case.get(Case.case_no == "XF-2018-001").id
    assert page.table.isColumnHidden(CaseTableModel.LEADER)  # not shown until asked for


def test_search_as_you_type(page, qtbot):
    type_text(page.search, "李四")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=3000)
    assert set(_column(page, CaseTableModel.PETITIONER)) == {"李四"}
    assert page.count_label.text() == "2 of 6 cases"
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 6, timeout=3000)
    # a phone fragment, applied at once with Enter
    qtbot.keyClicks(page.search, "0792")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert _column(page, CaseTableModel.CASE_NO) == ["XF-2021-005"]


def test_filters_by_source_level_and_campaign(page, qtbot):
    button = page.source_button
    central = next(
        button.proxy.index(r, 0)
        for r in range(button.proxy.rowCount())
        if button.proxy.index(r, 0).data() == "Central"
    )
    button.list.clicked.emit(central)
    assert button.text() == "Source level: Central"
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=3000)
    assert _column(page, CaseTableModel.CASE_NO) == ["XF-2018-001", "XF-2018-003"]
    assert page.count_label.text() == "2 of 6 cases"
    # text search narrows the structured filter further, without SQL
    type_text(page.search, "张")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)
    page.search.clear()
    page.clear_filters()
    page.campaign_combo.setCurrentIndex(page.campaign_combo.findData(True))
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=3000)
    assert set(_column(page, CaseTableModel.PETITIONER)) == {"张三"}
    page.campaign_combo.setCurrentIndex(page.campaign_combo.findData(False))
    qtbot.waitUntil(lambda: page.model.rowCount() == 4, timeout=3000)
    page.campaign_combo.setCurrentIndex(0)
    page.settled_combo.setCurrentIndex(page.settled_combo.findData(True))
    page.date_from.setDate(dt.date(2018, 6, 1))
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=3000)
    assert _column(page, CaseTableModel.CASE_NO) == ["XF-2018-003", "XF-2021-005"]


def test_filters_and_columns_are_remembered(page, qtbot):
    page.village_button.set_selected(["石桥村"])
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=3000)
    page.set_column_visible("leader", True)
    page.set_column_visible("address", False)
    page.hide()
    again = CasesPage()
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.model.rowCount() == 3, timeout=5000)
    assert again.village_button.selected() == ("石桥村",)
    assert not again.table.isColumnHidden(CaseTableModel.LEADER)
    assert again.table.isColumnHidden(CaseTableModel.ADDRESS)


def test_sorting_by_a_header_click(page, qtbot):
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(CaseTableModel.CONCLUDED_ON) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    qtbot.waitUntil(lambda: _column(page, CaseTableModel.CASE_NO)[0] == "XF-2017-006", timeout=3000)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    qtbot.waitUntil(lambda: _column(page, CaseTableModel.CASE_NO)[0] == "XF-2021-005", timeout=3000)
    assert page.model.sort_key == ("concluded_on", True)
    # personal data does not sort: the order stays
    x = header.sectionViewportPosition(CaseTableModel.ID_NUMBER) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert header.sortIndicatorSection() == CaseTableModel.CONCLUDED_ON
    assert page.model.sort_key == ("concluded_on", True)


def test_personal_data_is_masked_until_revealed(page):
    row = _column(page, CaseTableModel.CASE_NO).index("XF-2018-001")
    m = page.model
    cell = lambda column: m.data(m.index(row, column))  # noqa: E731
    assert cell(CaseTableModel.ID_NUMBER) == ZHANG_ID[:6] + "********" + ZHANG_ID[-4:]
    assert cell(CaseTableModel.PHONES) == "138****5678"
    assert cell(CaseTableModel.ADDRESS) == "某某县青山镇****"
    assert _audit("reveal") == []
    page.reveal_box.setChecked(True)
    assert cell(CaseTableModel.ID_NUMBER) == ZHANG_ID
    assert cell(CaseTableModel.PHONES) == "13812345678"
    (record,) = _audit("reveal")
    assert record.actor == "tester"
    assert json.loads(record.note)["scope"] == "case_list"
    page.reveal_box.setChecked(False)
    assert cell(CaseTableModel.PHONES) == "138****5678"


def _open(page, qtbot, case_no: str):
    row = _column(page, CaseTableModel.CASE_NO).index(case_no)
    rect = page.table.visualRect(page.model.index(row, 1))
    # a double click is a click followed by a double-click event
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: page.case_dialog is not None, timeout=3000)
    return page.case_dialog


def test_double_click_opens_the_case_with_its_tabs(page, qtbot):
    dialog = _open(page, qtbot, "XF-2018-001")
    tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert tabs == ["Case", "Petitioner", "Handling", "History"]
    assert dialog.inputs["case_no"].text() == "XF-2018-001"
    assert dialog.inputs["case_no"].isReadOnly()
    assert dialog.inputs["source_level"].currentText() == "Central"
    assert dialog.inputs["handling_unit"].currentText() == "镇国土所"
    # the petitioner's other case (a repeat petition)
    others = dialog.others.model()
    assert others.rowCount() == 1 and others.index(0, 0).data() == "XF-2019-002"
    # masked until revealed in the dialog
    assert dialog.inputs["id_number"].text() == ZHANG_ID[:6] + "********" + ZHANG_ID[-4:]
    assert dialog.inputs["id_number"].isReadOnly()
    # the campaign that considers the case
    campaigns = dialog.campaigns.model()
    assert campaigns.index(0, 0).data() == "2026年千案回访"
    assert campaigns.index(0, 1).data() == "Included"
    # history: the case and its petitioner as registered
    history = dialog.history.model()
    assert {history.index(r, 2).data() for r in range(history.rowCount())} >= {
        "Case registered",
        "Petitioner registered",
    }
    # Enter opens too, and double-clicking the other case shows it in the dialog
    dialog.others.activated.emit(others.index(0, 0))
    assert dialog.inputs["case_no"].text() == "XF-2019-002"
    dialog.reject()
    qtbot.waitUntil(lambda: page.case_dialog is None, timeout=3000)
    page.table.setCurrentIndex(page.model.index(0, 0))
    page.table.selectionModel().select(
        page.model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.case_dialog is not None, timeout=3000)
    assert page.case_dialog.inputs["case_no"].text() == "XF-2017-006"
    page.case_dialog.reject()


def test_edit_and_save_is_audited_and_shown(page, qtbot):
    dialog = _open(page, qtbot, "XF-2018-003")
    dialog.inputs["leader"].setText("赵书记")
    dialog.inputs["settled"].setChecked(False)
    dialog.inputs["concluded_on"].setText("2018年9月10日")
    with qtbot.waitSignal(dialog.case_saved, timeout=3000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    case = Case.get(Case.case_no == "XF-2018-003")
    assert case.leader == "赵书记" and case.concluded_on == dt.date(2018, 9, 10)
    assert dialog.message.text() == "Saved."
    assert dialog.inputs["concluded_on"].text() == "2018-09-10"
    history = dialog.history.model()
    assert history.index(0, 1).data() == "tester"
    assert history.index(0, 2).data() == "Case changed"
    changes = history.index(0, 3).data().splitlines()
    assert "Responsible leader: — → 赵书记" in changes
    assert "Concluded on: 9 Sep 2018 → 10 Sep 2018" in changes
    assert "Settled: Yes → No" in changes
    assert not any(line.startswith("Demand") for line in changes)
    # the list shows the change
    page.set_column_visible("leader", True)
    qtbot.waitUntil(lambda: "赵书记" in _column(page, CaseTableModel.LEADER), timeout=3000)
    assert not dialog.has_unsaved_changes()
    dialog.reject()


def test_bad_id_shows_an_error_and_changes_nothing(page, qtbot):
    dialog = _open(page, qtbot, "XF-2018-001")
    dialog.tabs.setCurrentIndex(0)
    dialog.reveal()
    assert dialog.inputs["id_number"].text() == ZHANG_ID
    assert not dialog.inputs["id_number"].isReadOnly()
    assert _audit("reveal")[-1].row_id == Case.get(Case.case_no == "XF-2018-001").id
    bad = ZHANG_ID[:-1] + ("1" if ZHANG_ID[-1] != "1" else "2")
    dialog.inputs["id_number"].setText(bad)
    dialog.inputs["name"].setText("张三丰")
    before = AuditRecord.select().count()
    dialog.save()
    error = dialog.errors["id_number"]
    assert error.isVisible() and "check digit" in error.text() and bad in error.text()
    assert dialog.tabs.currentIndex() == 1  # the petitioner tab, where the field is
    assert "check digit" in dialog.message.text()
    assert Petitioner.get(Petitioner.name == "张三").id_number == ZHANG_ID
    assert AuditRecord.select().count() == before
    # another petitioner's ID number is refused too
    dialog.inputs["id_number"].setText(LI_ID)
    dialog.save()
    assert "李四" in dialog.errors["id_number"].text()
    dialog.inputs["id_number"].setText(ZHANG_ID)
    dialog.inputs["name"].setText("张三")
    assert not dialog.has_unsaved_changes()
    dialog.reject()


def test_export_the_filtered_list(page, qtbot, tmp_path):
    from openpyxl import load_workbook

    type_text(page.search, "张三")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.model.rowCount() == 2
    out = tmp_path / "list.xlsx"
    with qtbot.waitSignal(page.exported, timeout=10000):
        page.export_to(out)
    ws = load_workbook(out).active
    assert ws["A1"].value == "Case register"
    assert [c.value for c in ws[3]][:3] == ["Case number", "Petitioner", "ID number"]
    assert [ws.cell(r, 1).value for r in (4, 5)] == ["XF-2018-001", "XF-2019-002"]
    assert ws.cell(4, 3).value == ZHANG_ID[:6] + "********" + ZHANG_ID[-4:]
    assert json.loads(_audit("export")[-1].note)["revealed"] is False


def test_empty_register_says_what_to_do(qtbot, database):
    make_application("en")
    page = CasesPage()
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.empty_label, timeout=5000)
    assert "Import the county's ledger" in page.empty_label.text()
    assert not page.export_button.isEnabled()
    QThreadPool.globalInstance().waitForDone()


def test_main_window_refreshes_the_page_on_data_changed(qtbot, register):
    from rv_desktop.gui.app import open_main_window

    make_application("en")
    window = open_main_window(str(register))
    qtbot.addWidget(window)
    window.show()
    window.nav.setCurrentRow(1)
    page = window.cases_page
    assert window.stack.currentWidget() is page
    qtbot.waitUntil(lambda: page.model.rowCount() == 6, timeout=5000)
    Case.create(case_no="XF-2022-007", petitioner=Petitioner.get(Petitioner.name == "王五"))
    window.session.events.data_changed.emit()
    qtbot.waitUntil(lambda: page.model.rowCount() == 7, timeout=5000)
    assert page.count_label.text() == "7 cases"
    settle_background()
    window.session.close()


# --- the model on a big register ------------------------------------------------------


@pytest.fixture(scope="module")
def big_register(tmp_path_factory):
    from rv_desktop.services.demo import create_demo_database

    path = tmp_path_factory.mktemp("big") / "demo-20000.sqlite"
    create_demo_database(path, cases=20_000, seed=3)
    return path


def test_model_reads_a_big_register_in_blocks(qtbot, big_register):
    make_application("en")
    dbmod.open_database(big_register)
    try:
        model = CaseTableModel()
        model.set_filter(CaseFilter())
        assert model.rowCount() == 20_000
        assert model.fetches == 0  # nothing read until shown
        view = QTableView()
        qtbot.addWidget(view)
        view.setModel(model)
        view.resize(1000, 600)
        view.show()
        qtbot.waitExposed(view)
        view.grab()  # paint: the view asks for the rows it shows
        first = model.fetches
        assert 1 <= first <= 2
        view.scrollToBottom()
        view.grab()
        assert model.data(model.index(19_999, 0)) is not None
        assert model.fetches <= first + 2
        assert len(model._rows) <= 2 * CaseTableModel.BLOCK
        for r in range(0, 20_000, 500):  # a long scroll keeps the cache bounded
            model.data(model.index(r, 0))
        assert len(model._rows) <= CaseTableModel.CACHE
        # typing a surname filters in memory over the whole register
        model.set_text("王")
        assert 0 < model.rowCount() < 20_000
        for r in range(10):
            row = model.data(model.index(r, 0), ROW_ROLE)
            found = [row.case_no, row.petitioner, row.address or "", row.demand or ""]
            assert "王" in "".join(found)
        model.set_text("")
        assert model.rowCount() == 20_000
    finally:
        dbmod.close_database()


def test_model_without_a_view_masks_and_sorts(qtbot, register):
    make_application("en")
    dbmod.open_database(register)
    try:
        model = CaseTableModel()
        model.set_filter(CaseFilter(source_levels=("central",)))
        assert model.rowCount() == 2
        model.sort(CaseTableModel.PETITIONER, Qt.SortOrder.DescendingOrder)
        assert [model.data(model.index(r, 1)) for r in range(2)] == ["李四", "张三"]
        assert model.data(model.index(1, CaseTableModel.ID_NUMBER)).count("*") == 8
        changed = []
        model.dataChanged.connect(lambda a, b: changed.append((a.column(), b.row())))
        model.set_revealed(True)
        assert model.data(model.index(1, CaseTableModel.ID_NUMBER)) == ZHANG_ID
        assert (CaseTableModel.ID_NUMBER, 1) in changed
        assert model.rowCount(model.index(0, 0)) == 0
        assert model.data(QModelIndex()) is None
    finally:
        dbmod.close_database()
