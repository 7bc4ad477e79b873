"""Settings ▸ Exchange keys… and the Exchange page with keys: a town and the county
exchange public keys in the window, the town writes a package without a passphrase,
the county merges it as signed, and confirms before merging an unencrypted one."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from rv_desktop.domain import db as dbmod
from rv_desktop.domain.models import PackageImport, Setting, TownKey, db
from rv_desktop.gui.app import make_application
from rv_desktop.gui.dialogs.exchange_keys_dialog import ExchangeKeysDialog
from rv_desktop.gui.pages.exchange_page import ExchangePage
from rv_desktop.services.demo import create_demo_database


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "d.sqlite"
    create_demo_database(path, cases=60, seed=9)
    return path


@pytest.fixture
def answers(monkeypatch):
    """The clerk's answers to the dialogs the window asks (recorded, always yes)."""
    asked: list[str] = []

    def question(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda _p, _t, text: asked.append(text)))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a: asked.append(text)))
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda _p, _t, text: asked.append(text)))
    return asked


def _open(path, actor="clerk"):
    dbmod.close_database()
    dbmod.open_database(path, actor=actor)


def test_keys_exchanged_in_the_window_then_a_signed_package(qtbot, tmp_path, demo_template,
                                                           monkeypatch, answers):  # fmt: skip
    make_application("en")
    town, county = tmp_path / "town.sqlite", tmp_path / "county.sqlite"
    town.write_bytes(demo_template.read_bytes())
    files = {"town": tmp_path / "town.rvkey", "county": tmp_path / "county.rvkey"}

    # the county saves its public key
    _open(county, "county")
    with db.atomic():
        Setting.create(key="office_name", value="某某县千案回访活动办公室")
    dialog = ExchangeKeysDialog()
    qtbot.addWidget(dialog)
    assert "No key pair yet" in dialog.own_label.text()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(files["county"]), "")))  # fmt: skip
    qtbot.mouseClick(dialog.save_county_button, Qt.MouseButton.LeftButton)
    assert files["county"].exists() and "Fingerprint" in dialog.own_label.text()
    county_fp = dialog.own_label.text().split(": ")[1]
    assert county_fp in answers[-1]  # read it to the towns by phone

    # the town saves its key and installs the county's, after comparing
    _open(town)
    dialog = ExchangeKeysDialog()
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(files["town"]), "")))  # fmt: skip
    qtbot.mouseClick(dialog.save_town_button, Qt.MouseButton.LeftButton)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(files["county"]), "")))  # fmt: skip
    dialog.install_county()
    assert county_fp in answers[-1]  # shown before installing
    assert county_fp in dialog.county_label.text()

    # the county registers the town's key
    _open(county, "county")
    dialog = ExchangeKeysDialog()
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(files["town"]), "")))  # fmt: skip
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: (k.get("text") or "青山镇", True)))
    dialog.register_town()
    assert TownKey.select().count() == 1
    assert "青山镇" in dialog.towns_model.stringList()[0]

    # the town writes its package: no passphrase, encrypted to the county's key
    _open(town)
    page = ExchangePage("Exchange")
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert county_fp in page.encrypt_box.text() and not page.passphrase.isEnabled()
    stick = tmp_path / "stick"
    stick.mkdir()
    page.target_combo.addItem(str(stick), str(stick))
    page.target_combo.setCurrentIndex(page.target_combo.count() - 1)
    qtbot.mouseClick(page.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=60000)
    QThreadPool.globalInstance().waitForDone()
    (package,) = stick.glob("*.rvpkg")

    # the county merges it: no passphrase asked, recorded as signed
    _open(county, "county")
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: pytest.fail("asked")))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *a, **k: ([str(package)], "")))  # fmt: skip
    with qtbot.waitSignal(page.data_changed, timeout=60000):
        page.merge_packages()
    assert "signed with the town's registered key" in page.merge_label.text()
    assert PackageImport.get().protection == "town_key"
    QThreadPool.globalInstance().waitForDone()
    dbmod.close_database()


def test_an_unencrypted_package_is_merged_only_after_confirming(qtbot, tmp_path, demo_template,
                                                               monkeypatch):  # fmt: skip
    from rv_desktop.services.package import write_package

    make_application("en")
    town, county = tmp_path / "town.sqlite", tmp_path / "county.sqlite"
    town.write_bytes(demo_template.read_bytes())
    _open(town)
    package = write_package(tmp_path / "stick", encrypt=False, documents=False).path
    _open(county, "county")
    page = ExchangePage("Exchange")
    qtbot.addWidget(page)
    page.refresh()
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *a, **k: ([str(package)], "")))  # fmt: skip
    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda _p, _t, text, *a: asked.append(text) or QMessageBox.StandardButton.No))  # fmt: skip
    page.merge_packages()
    qtbot.waitUntil(lambda: "refused" in page.merge_label.text(), timeout=60000)
    assert "not encrypted" in asked[0] and "not encrypted" in page.merge_label.text()
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a: QMessageBox.StandardButton.Yes))  # fmt: skip
    with qtbot.waitSignal(page.data_changed, timeout=60000):
        page.merge_packages()
    assert "origin not proven" in page.merge_label.text()
    QThreadPool.globalInstance().waitForDone()
    dbmod.close_database()
