"""The first start on an empty data folder, language choice and the user guide."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThreadPool, QTimer, QUrl
from PySide6.QtGui import QInputMethodEvent, QTextDocument
from PySide6.QtWidgets import QApplication

from rv_desktop import paths
from rv_desktop.domain.models import AuditRecord, Case, Petitioner, Setting
from rv_desktop.domain.office import office_names
from rv_desktop.gui import window_state
from rv_desktop.gui.app import make_application, needs_welcome, open_main_window
from rv_desktop.gui.dialogs.help_dialog import HelpDialog, guide_path
from rv_desktop.gui.dialogs.welcome_dialog import WelcomeDialog

ROOT = Path(__file__).resolve().parent.parent.parent


def when_modal(qtbot, steps):
    """Run ``steps(dialog)`` on the modal dialog as soon as it is shown."""

    def drive():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, drive)
            return
        steps(dialog)

    QTimer.singleShot(0, drive)


def ime_type(widget, text: str) -> None:
    """Type Chinese as a clerk does: the input method commits the characters."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def settle():
    QThreadPool.globalInstance().waitForDone(10000)
    QCoreApplication.processEvents()


def test_first_start_creates_the_office_database_and_says_what_to_do_first(qtbot, tmp_path):
    make_application("en")
    assert not paths.default_database().exists()
    assert needs_welcome(None, False)
    seen = {}

    def fill(dialog: WelcomeDialog):
        assert isinstance(dialog, WelcomeDialog)
        qtbot.mouseClick(dialog.create_button, qtbot_left())  # nothing typed yet
        seen["error"] = dialog.error.text() if dialog.error.isVisible() else ""
        assert dialog.isVisible() and not paths.default_database().exists()
        ime_type(dialog.form.town, "青山镇")
        seen["suggested"] = dialog.form.office.text()
        ime_type(dialog.form.clerk, "李文静")
        qtbot.mouseClick(dialog.create_button, qtbot_left())

    when_modal(qtbot, fill)
    window = open_main_window()
    qtbot.addWidget(window)
    window.show()
    try:
        assert "Enter the name of the town" in seen["error"]
        assert seen["suggested"] == "青山镇信访办"
        assert window.session.path == paths.default_database()
        assert paths.default_database().exists()
        names = office_names()
        assert (names.town, names.office, names.clerk) == ("青山镇", "青山镇信访办", "李文静")
        assert Setting.get_by_id("clerk_name").value == "李文静"
        assert AuditRecord.select().where(AuditRecord.action == "settings").count() == 1
        assert not needs_welcome(None, False)

        # every area but the overview says: import the ledger first
        window.nav.setCurrentRow(1)
        settle()
        assert window.stack.currentWidget() is window.cases_page
        covering = [e for e in window.empty_states if e.parentWidget() is window.cases_page]
        assert covering and covering[0].isVisible()
        assert "importing the county's ledger" in covering[0].message.text()
        # all but the overview and the exchange (a county database starts empty there),
        # each laid over its page when the page is first shown
        for row in range(window.nav.count()):
            window.nav.setCurrentRow(row)
        settle()
        assert len(window.empty_states) == window.nav.count() - 2

        # the first case makes them go away
        Case.create(case_no="QS-1", petitioner=Petitioner.create(name="张三"))
        window.session.events.data_changed.emit()
        settle()
        assert not any(e.isVisible() for e in window.empty_states)
    finally:
        settle()
        window.session.close()


def test_the_office_names_are_printed_on_the_forms(qtbot, database, tmp_path):
    from pypdf import PdfReader

    from rv_desktop.domain.office import OfficeNames, save_office_names
    from rv_desktop.services.printing import print_forms

    save_office_names(OfficeNames("青山镇", "青山镇信访办", "李文静"))
    out = tmp_path / "blank.pdf"
    print_forms(out, blank=1)
    text = PdfReader(out).pages[0].extract_text()
    assert "填报单位：青山镇信访办" in text


def test_the_demo_from_the_welcome_and_the_welcome_again_next_time(qtbot):
    make_application("en")
    when_modal(qtbot, lambda dialog: qtbot.mouseClick(dialog.demo_button, qtbot_left()))
    window = open_main_window()
    qtbot.addWidget(window)
    try:
        assert window.session.path == paths.demo_database()
        assert Case.select().count() > 0
        assert not any(e.isVisible() for e in window.empty_states)
    finally:
        settle()
        window.session.close()
    # only the demo so far: the welcome comes back; a named file never asks
    assert needs_welcome(None, False)
    assert not needs_welcome(str(paths.demo_database()), False)
    assert not needs_welcome(None, True)


def test_quitting_the_welcome_opens_nothing(qtbot):
    make_application("en")
    when_modal(qtbot, lambda dialog: qtbot.mouseClick(dialog.close_button, qtbot_left()))
    assert open_main_window() is None
    assert not paths.default_database().exists()


def test_language_choice_is_stored_and_used_at_the_next_start(qtbot, database, db_path):
    make_application("en")
    window = open_main_window(str(db_path))
    qtbot.addWidget(window)
    try:
        actions = {a.data(): a for a in window.language_group.actions()}
        assert set(actions) == {"", "zh_CN", "en"}
        assert actions[""].isChecked()  # the system's, until the clerk chooses
        when_modal(qtbot, lambda box: box.accept())  # "used from the next start"
        actions["zh_CN"].trigger()
        assert window_state.value(window_state.LANGUAGE) == "zh_CN"
        assert QCoreApplication.translate("MainWindow", "&File") == "&File"  # not live
    finally:
        settle()
        window.session.close()
    make_application(None)  # the next start, without --lang
    try:
        assert QCoreApplication.translate("MainWindow", "&File") == "文件(&F)"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"  # Qt's own
    finally:
        make_application("en")


def test_help_opens_the_guide_with_its_images(qtbot):
    make_application("en")
    dialog = HelpDialog(guide=guide_path(chinese=False))
    qtbot.addWidget(dialog)
    dialog.show()
    text = dialog.browser.toPlainText()
    assert text.startswith("Return-visit desk: user guide")
    assert "When something goes wrong" in text
    image = dialog.browser.loadResource(
        QTextDocument.ResourceType.ImageResource, QUrl("images/en/welcome.png")
    )
    assert image is not None and not image.isNull()

    chinese = HelpDialog(guide=guide_path(chinese=True))
    qtbot.addWidget(chinese)
    assert chinese.browser.toPlainText().startswith("信访回访工作台 使用说明")


def test_the_help_menu_opens_the_guide_in_the_interface_language(qtbot, database, db_path):
    make_application("zh_CN")
    try:
        window = open_main_window(str(db_path))
        qtbot.addWidget(window)
        window.guide_action.trigger()
        assert window._help.isVisible()
        assert window._help.guide.name == "user-guide.md"
        settle()
        window.session.close()
    finally:
        make_application("en")


def test_every_image_of_the_guides_exists():
    import re

    for guide in ("user-guide.md", "user-guide.en.md"):
        text = (ROOT / "docs" / guide).read_text(encoding="utf-8")
        images = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", text)
        assert len(images) >= 8
        for image in images:
            assert (ROOT / "docs" / image).is_file(), image


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_settings_office_shows_the_saved_names_and_corrects_them(qtbot, tmp_path):
    from rv_desktop.domain import db as dbmod
    from rv_desktop.domain.office import OfficeNames, save_office_names

    make_application("en")
    path = tmp_path / "office.sqlite"
    dbmod.open_database(path)
    save_office_names(OfficeNames("青山镇", "青山镇信访办", "李文静"))
    dbmod.close_database()
    window = open_main_window(str(path))
    qtbot.addWidget(window)
    changed = []
    window.session.events.data_changed.connect(lambda: changed.append(True))
    seen = {}

    def correct(dialog):
        seen["town"] = dialog.form.town.text()
        seen["clerk"] = dialog.form.clerk.text()
        seen["level"] = dialog.level.currentData()
        dialog.form.office.clear()
        ime_type(dialog.form.office, "青山镇人民政府信访办")
        dialog.level.setCurrentIndex(dialog.level.findData("county"))
        dialog.save()

    try:
        when_modal(qtbot, correct)
        window.office_action.trigger()
        assert seen == {"town": "青山镇", "clerk": "李文静", "level": "town"}  # shown as saved
        assert office_names().office == "青山镇人民政府信访办"
        from rv_desktop.domain.office import office_level

        assert office_level() == "county"  # the level chosen in Settings ▸ The office…
        assert changed  # the pages refresh: the names are on what they print
    finally:
        settle()
        window.session.close()
