"""Case numbers are never cut on a 1366×768 screen (issue 16).

Real county numbers are long and differ only at the end (青信交〔2018〕0002号,
QHXF201700101): cut at the right, every row reads the same. The displayed text
is read as the view's delegate elides it for its column (or card) width.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from rv_desktop.domain import db as dbmod
from rv_desktop.domain.models import Case, Target, db
from rv_desktop.gui.app import make_application
from rv_desktop.gui.main_window import MainWindow
from rv_desktop.gui.models.board_model import CARD_ROLE
from rv_desktop.gui.session import Session
from rv_desktop.gui.widgets.column_fit import shown_text
from rv_desktop.gui.widgets.task_card import card_texts
from rv_desktop.services.demo import create_demo_database
from tests.conftest import settle_background

#: the forms of case numbers the county's ledgers use (the issue's, and kin)
FORMS = [
    "青信交〔{year}〕{serial:04d}号",  # 青信交〔2018〕0002号
    "QHXF{year}{serial:05d}",  # QHXF201700101
    "青信复〔{year}〕第{serial:05d}号",
    "青山镇信〔{year}〕{serial:04d}号",
    "市信转〔{year}〕{serial:05d}号",
]
REAL_NUMBERS = [
    form.format(year=2017 + n % 4, serial=n * 7 + 2) for n in range(60) for form in FORMS
][:60]


@pytest.fixture
def window(qtbot, tmp_path):
    path = tmp_path / "ledger.sqlite"
    create_demo_database(path, cases=120, seed=5)
    dbmod.open_database(path, actor="tester")
    # the sample ledgers' numbers, on cases that are on the board
    targets = Target.select(Target.case).order_by(Target.id).limit(60)
    with db.atomic():
        for number, target in zip(REAL_NUMBERS, targets, strict=False):
            Case.update(case_no=number).where(Case.id == target.case_id).execute()
    dbmod.close_database()
    make_application("zh_CN")
    session = Session()
    session.open(path)
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    # 1366×768 with a 40-pixel taskbar, the window maximised on it
    window.showNormal()
    window.setGeometry(0, 0, 1366, 728)
    QApplication.processEvents()
    yield window
    settle_background()
    session.close()


def test_no_case_number_is_cut_in_the_cases_list(window, qtbot):
    """'Case numbers are never cut (or, where space is short, cut in the middle so
    the serial number stays visible).'"""
    page = window.cases_page
    window.nav.setCurrentRow(window.stack.indexOf(page))
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=20000)
    settle_background()
    table, model = page.table, page.model
    assert window.width() == 1366
    column = model.CASE_NO
    for row in range(model.rowCount()):
        index = model.index(row, column)
        assert shown_text(table, index) == index.data(), row
    # squeezed by the clerk, a number is cut in the middle: the serial stays
    table.setColumnWidth(column, 90)
    index = model.index(0, column)
    cut = shown_text(table, index)
    assert "…" in cut and cut[-2:] == index.data()[-2:]


def test_no_case_number_is_cut_on_the_board(window, qtbot):
    """'The Board is readable at 1366: cards of two lines with what matters (case
    number, petitioner, village, due date, method).'"""
    page = window.board_page
    window.nav.setCurrentRow(window.stack.indexOf(page))
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=20000)
    settle_background()
    seen = 0
    cut = []
    for status, view in page.views.items():
        proxy = view.model()
        for row in range(proxy.rowCount()):
            index = proxy.index(row, 0)
            card = index.data(CARD_ROLE)
            width = view.visualRect(index).width()
            shown = card_texts(card, width, view.font())
            if shown.head.removeprefix("★ ") != card.case_no:
                cut.append((status, width, shown.head, card.case_no))
            seen += card.case_no in REAL_NUMBERS
    assert not cut
    assert seen >= 1
    # grouped by visitor, the tag is never drawn over the case number
    page.group_combo.setCurrentIndex(page.group_combo.findData("visitor"))
    qtbot.waitUntil(lambda: any(c.group for c in page.model.cards()), timeout=20000)
    for view in page.views.values():
        proxy = view.model()
        for row in range(proxy.rowCount()):
            index = proxy.index(row, 0)
            card = index.data(CARD_ROLE)
            shown = card_texts(card, view.visualRect(index).width(), view.font())
            assert shown.head.removeprefix("★ ") == card.case_no
            assert not card.group or shown.group


def test_no_case_number_is_cut_in_visit_records_and_targets(window, qtbot):
    """The same rule in the other lists of cases: Visit records and the targets."""
    visits = window.visits_page
    window.nav.setCurrentRow(window.stack.indexOf(visits))
    qtbot.waitUntil(lambda: visits.model.rowCount() > 0, timeout=20000)
    campaign = window.campaign_page
    window.nav.setCurrentRow(window.stack.indexOf(campaign))
    qtbot.waitUntil(lambda: campaign.model.rowCount() > 0, timeout=20000)
    settle_background()
    for table, column in (
        (visits.table, visits.model.CASE_NO),
        (campaign.table, campaign.model.CASE_NO),
    ):
        model = table.model()
        for row in range(model.rowCount()):
            index = model.index(row, column)
            assert shown_text(table, index) == index.data(), (row, index.data())
