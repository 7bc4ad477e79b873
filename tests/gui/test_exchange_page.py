"""The Exchange page on a real demo database: write a package off the GUI thread,
refuse differing passphrases, list the export, take the county's receipt, see
when the data changed since, and merge packages as the county."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from rv_desktop.domain import db as dbmod
from rv_desktop.domain.models import Case, PackageExport, Setting, db
from rv_desktop.gui.models.export_table_model import ExportTableModel
from rv_desktop.gui.pages.exchange_page import ExchangePage
from rv_desktop.services.county import import_packages
from rv_desktop.services.county_history import merged_towns
from rv_desktop.services.demo import DEMO_TODAY
from rv_desktop.services.open_at_export import KINDS

from .shown import shown_page

PASS = "county and town 2026"  # QTest types ASCII only


@pytest.fixture
def errors(monkeypatch):
    """QMessageBox.critical would block the test: record the messages instead; the
    question about work still open is answered Yes and recorded too."""
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _parent, _title, text: shown.append(text))
    )

    def yes(_parent, _title, text, *args):
        shown.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(yes))
    return shown


@pytest.fixture
def page(qtbot, demo_copy):
    path = demo_copy(250, seed=7)
    with shown_page(qtbot, ExchangePage, "Exchange", path, (1200, 760), "曾小芳") as page:
        page.show()
        page.refresh()
        yield page


def _choose(page: ExchangePage, folder) -> None:
    folder.mkdir(exist_ok=True)
    page.target_combo.addItem(str(folder), str(folder))
    page.target_combo.setCurrentIndex(page.target_combo.count() - 1)


def _write(qtbot, page, first=PASS, second=PASS):
    page.passphrase.clear()
    page.passphrase_again.clear()
    qtbot.keyClicks(page.passphrase, first)
    qtbot.keyClicks(page.passphrase_again, second)
    qtbot.mouseClick(page.write_button, qtbot_left())


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_write_list_receipt_and_staleness(qtbot, page, tmp_path, errors, monkeypatch):
    stick = tmp_path / "stick"
    _choose(page, stick)
    assert page.encrypt_box.isChecked()  # encrypted by default
    assert "No package has been written" in page.status_label.text()

    _write(qtbot, page, PASS, PASS + "x")
    assert errors and "differ" in errors[-1]
    assert not list(stick.iterdir())

    _write(qtbot, page)
    # issue 14: "the window shows the counts and asks to confirm"
    assert "Still open:" in errors[-1] and "not visited" in errors[-1]
    assert page.progress.isVisible() and page.cancel_button.isVisible()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=60000)
    (package,) = stick.glob("*.rvpkg")
    assert package.name.startswith("青山镇-")
    assert not page.progress.isVisible()
    assert page.passphrase.text() == ""  # not kept on screen
    assert str(package) in page.result_label.text()
    row = page.model.row_at(0)
    assert row.path == package and row.encrypted and row.produced_by == "曾小芳"
    assert page.model.index(0, ExportTableModel.RECEIVED).data() == "not yet"
    assert "no receipt yet" in page.status_label.text()
    assert "changed since" not in page.status_label.text()

    # the county merges it and writes the receipt on the stick
    county = tmp_path / "county.sqlite"
    dbmod.close_database()
    dbmod.open_database(county, actor="county")
    (outcome,) = import_packages([package], PASS)
    dbmod.close_database()
    dbmod.open_database(tmp_path / "demo.sqlite", actor="曾小芳")
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileNames",
        staticmethod(lambda *args, **kwargs: ([str(outcome.receipt)], "")),
    )
    page.import_receipts()
    assert "received" in page.receipt_label.text()
    assert page.model.index(0, ExportTableModel.RECEIVED).data() != "not yet"
    assert "received by the county" in page.status_label.text()

    # a change after the export: the page says a new package is due
    with db.atomic():
        case = Case.select().first()
        case.demand = (case.demand or "") + "（补充）"
        case.save()
    page.refresh()
    assert "changed since" in page.status_label.text()


def test_deadline_in_days(page):
    text = page.status_text(DEMO_TODAY)
    assert "Report to the county by" in text and "day" in text
    late = page.status_text(DEMO_TODAY + dt.timedelta(days=400))
    assert "overdue" in late


def test_cancel_leaves_nothing(qtbot, page, tmp_path, errors):
    stick = tmp_path / "stick"
    _choose(page, stick)
    _write(qtbot, page)
    page.cancel()
    qtbot.waitUntil(lambda: not page.progress.isVisible(), timeout=60000)
    assert [e for e in errors if not e.startswith("Still open:")] == []  # a cancel is no error
    assert list(stick.iterdir()) == []
    assert PackageExport.select().count() == 0


def test_county_merges_packages_from_the_page(qtbot, page, tmp_path, monkeypatch, errors):
    stick = tmp_path / "stick"
    _choose(page, stick)
    _write(qtbot, page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=60000)
    (package,) = stick.glob("*.rvpkg")
    QThreadPool.globalInstance().waitForDone()
    dbmod.close_database()
    dbmod.open_database(tmp_path / "county.sqlite", actor="county")
    with db.atomic():
        Setting.create(key="office_name", value="某某县千案回访活动办公室")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(package)], ""))
    )
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: (PASS, True)))
    with qtbot.waitSignal(page.data_changed, timeout=60000):
        page.merge_packages()
    assert "merged" in page.merge_label.text() and "青山镇" in page.merge_label.text()
    assert (stick / (package.stem + ".rvreceipt")).exists()
    # issue 14: "the county sees it when it merges": what was still open when the
    # town wrote the package, after the merge and in the list of towns merged
    (imported,) = merged_towns()
    figures = {k: imported.open_at_export[k]["count"] for k in KINDS}
    assert any(figures.values())
    line = (f"still open when written: {figures['unassigned']} unassigned, "
            f"{figures['unvisited']} not visited, {figures['draft_only']} draft only, "
            f"{figures['overdue']} with overdue items")  # fmt: skip
    assert line in page.merge_label.text()
    assert "Towns merged:" in page.county_box.towns_label.text()
    assert line in page.county_box.towns_label.text()
