"""One rule everywhere (issue 16): names in full and the reveal audited (route
sheet included), county-only things for the county only, "By" never a login."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QThreadPool

from rv_desktop.domain import db as dbmod
from rv_desktop.domain.models import AuditRecord
from rv_desktop.domain.office import (
    OfficeNames,
    office_level,
    save_office_names,
    set_office_level,
)
from rv_desktop.domain.tasks import route_sheet, staff_list
from rv_desktop.gui.app import make_application
from rv_desktop.gui.dialogs.route_sheet_dialog import RouteSheetDialog
from rv_desktop.gui.models.export_table_model import ExportTableModel
from rv_desktop.gui.pages.exchange_page import ExchangePage
from rv_desktop.gui.pages.statistics_page import StatisticsPage
from rv_desktop.gui.session import login_name
from rv_desktop.services.demo import DEMO_TODAY, create_demo_database


@pytest.fixture
def demo(tmp_path):
    make_application("en")
    path = tmp_path / "d.sqlite"
    create_demo_database(path, cases=150, seed=9)
    dbmod.open_database(path, actor=login_name())
    yield path
    QThreadPool.globalInstance().waitForDone()
    dbmod.close_database()


def test_county_only_features_follow_the_office_level(demo, qtbot):
    """'County-only features appear only when the office's level is county.'"""
    assert office_level() == "town"
    stats = StatisticsPage("Statistics")
    stats.today = DEMO_TODAY
    qtbot.addWidget(stats)
    with qtbot.waitSignal(stats.loaded, timeout=10000):
        stats.show()
    exchange = ExchangePage("Exchange")
    qtbot.addWidget(exchange)
    exchange.show()
    exchange.refresh()
    assert stats.dimension_combo.findData("town") == -1
    assert not exchange.county_box.isVisible()
    set_office_level("county")
    with qtbot.waitSignal(stats.loaded, timeout=10000):
        stats.refresh()
    exchange.refresh()
    assert stats.dimension_combo.findData("town") >= 0
    assert exchange.county_box.isVisible()
    set_office_level("town")
    with qtbot.waitSignal(stats.loaded, timeout=10000):
        stats.refresh()
    assert stats.dimension_combo.findData("town") == -1


def test_the_exporter_is_the_clerk_never_the_login(demo):
    """'"导出人" must not show the Windows login when the clerk's name is empty.'"""
    model = ExportTableModel()
    assert model.by_text(login_name()) == "—"
    save_office_names(OfficeNames("青山镇", "青山镇信访办", "李文静"))
    model.set_clerk("李文静")
    assert model.by_text(login_name()) == "李文静"
    assert model.by_text("王丽") == "王丽"  # another PC's clerk, as the package says


def test_the_route_sheet_masks_until_revealed_and_the_reveal_is_audited(demo, qtbot):
    """'The reveal is audited wherever personal data is shown in full (route sheet
    included).'"""
    visitor = next(v for v in staff_list(roles=["visitor"]) if route_sheet(v.id))
    stops = route_sheet(visitor.id)
    dialog = RouteSheetDialog(visitor.id, visitor.name, stops, None)
    qtbot.addWidget(dialog)
    model = dialog.model
    column = model.KEYS.index("phones")
    row = next(r for r, s in enumerate(stops) if s.phones)
    assert "*" in model.text(row, column)
    assert model.text(row, model.KEYS.index("petitioner")) == stops[row].petitioner
    before = AuditRecord.select().where(AuditRecord.action == "reveal").count()
    dialog.reveal_box.setChecked(True)
    assert model.text(row, column) == "、".join(stops[row].phones)
    reveals = AuditRecord.select().where(AuditRecord.action == "reveal")
    assert reveals.count() == before + 1
    assert "route_sheet" in reveals.order_by(AuditRecord.id.desc()).first().note


def test_settings_county_office_sets_the_level(demo, qtbot):
    """The county's office ticks Settings ▸ County office once in its database."""
    from rv_desktop.gui.main_window import MainWindow
    from rv_desktop.gui.session import Session

    dbmod.close_database()
    session = Session()
    session.open(demo)
    window = MainWindow(session)
    qtbot.addWidget(window)
    assert not window.county_action.isChecked()
    window.county_action.trigger()
    assert office_level() == "county"
    window.county_action.trigger()
    assert office_level() == "town"
    session.close()
    dbmod.open_database(demo, actor=login_name())  # the fixture closes it
