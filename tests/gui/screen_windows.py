"""Open every window on the screen the environment gives, print where each lies.

Run in a subprocess by ``test_screen_fit.py`` (the offscreen screen's size is
fixed when Qt starts, so each screen size needs its own process):

    QT_QPA_PLATFORM=offscreen:configfile=SCREEN.json python screen_windows.py WORK

Prints one JSON object: the screen's available geometry and, per window, its
frame geometry, whether it is maximised, and each button of its button boxes
and every other button shown (text, visible, enabled, its rectangle on the screen).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from pathlib import Path

from PySide6.QtCore import QRect, QSettings, QThreadPool
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QDialogButtonBox,
    QPushButton,
    QWidget,
)


def settle() -> None:
    app = QApplication.instance()
    for _ in range(4):
        app.processEvents()
        QThreadPool.globalInstance().waitForDone(10000)
        app.processEvents()


def rect(r: QRect) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def in_scroll_area(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def describe(window: QWidget) -> dict:
    window.show()
    settle()
    buttons = []
    for button in window.findChildren(QPushButton):
        if not button.isVisibleTo(window):
            continue  # a button the dialog hides on purpose, or on another tab
        box = button.parentWidget()
        top_left = button.mapToGlobal(button.rect().topLeft())
        buttons.append(
            {
                "text": button.text(),
                "in_box": isinstance(box, QDialogButtonBox),
                "in_scroll": in_scroll_area(button, window),
                "visible": button.isVisible(),
                "enabled": button.isEnabled(),
                "rect": rect(QRect(top_left, button.size())),
                "in_window": window.rect().contains(
                    QRect(button.mapTo(window, button.rect().topLeft()), button.size())
                ),
            }
        )
    return {
        "frame": rect(window.frameGeometry()),
        "normal": rect(window.normalGeometry()),
        "maximised": window.isMaximized(),
        "buttons": buttons,
    }


def main(work: Path) -> dict:
    os.environ["RV_DESKTOP_DATA_DIR"] = str(work / "data")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(work / "settings"))
    from rv_desktop.gui.app import make_application

    app = make_application("zh_CN")
    from rv_desktop.domain.models import FollowUp, Target
    from rv_desktop.domain.tasks import route_sheet, staff_list
    from rv_desktop.gui.app import open_main_window
    from rv_desktop.gui.dialogs.assign_dialog import AssignDialog
    from rv_desktop.gui.dialogs.campaign_dialog import (
        AddTargetDialog,
        CampaignDialog,
        ExcludeDialog,
    )
    from rv_desktop.gui.dialogs.case_dialog import CaseDialog
    from rv_desktop.gui.dialogs.close_followup_dialog import CloseFollowUpDialog
    from rv_desktop.gui.dialogs.help_dialog import HelpDialog
    from rv_desktop.gui.dialogs.import_dialog import ImportDialog
    from rv_desktop.gui.dialogs.pdf_preview import PdfPreviewDialog
    from rv_desktop.gui.dialogs.report_dialog import AnalysisReportDialog
    from rv_desktop.gui.dialogs.restore_dialog import RestoreDialog
    from rv_desktop.gui.dialogs.settings_dialog import BackupSettingsDialog
    from rv_desktop.gui.dialogs.visit_form import VisitFormDialog
    from rv_desktop.gui.dialogs.welcome_dialog import OfficeDialog, WelcomeDialog
    from rv_desktop.gui.pages.board_page import RouteSheetDialog
    from rv_desktop.services.demo import create_demo_database
    from rv_desktop.services.printing import print_forms

    database = work / "demo.sqlite"
    create_demo_database(database, cases=80, seed=3)
    screen = app.primaryScreen()
    out: dict = {"available": rect(screen.availableGeometry()), "windows": {}}
    windows = out["windows"]

    # the first start's welcome comes before the main window
    windows["welcome"] = describe(WelcomeDialog(work / "new.sqlite"))
    window = open_main_window(str(database))
    windows["main"] = describe(window)
    pdf = work / "forms.pdf"
    print_forms(pdf)
    # a target with no final form: the form window shows its Save and Finalise buttons
    from rv_desktop.domain.models import VisitRecord

    finals = VisitRecord.select(VisitRecord.target).where(VisitRecord.state != "draft")
    target = Target.select().where(Target.id.not_in(finals)).order_by(Target.id).first()
    item = None
    if FollowUp.select().exists():
        from rv_desktop.domain.followups import followup_items

        item = followup_items()[0]
    visitor = staff_list(roles=["visitor"])[0]
    makers = {
        "pdf_preview": lambda: PdfPreviewDialog(pdf, "登记表", window),
        "visit_form": lambda: VisitFormDialog([target.id], 0, window),
        "help": lambda: HelpDialog(window),
        "case": lambda: CaseDialog(target.case.id, parent=window),
        "import": lambda: ImportDialog(window),
        "report": lambda: AnalysisReportDialog(work / "prints", window),
        "restore": lambda: RestoreDialog(database, [work / "data"], window),
        "backup_settings": lambda: BackupSettingsDialog(work / "data", None, window),
        "office": lambda: OfficeDialog(window),
        "assign": lambda: AssignDialog([target.id], dt.date.today(), window),
        "campaign": lambda: CampaignDialog(parent=window),
        "exclude": lambda: ExcludeDialog([("other", "其他")], 3, window),
        "add_target": lambda: AddTargetDialog(window),
        "route_sheet": lambda: RouteSheetDialog(
            visitor.id, visitor.name, route_sheet(visitor.id), window
        ),
    }
    if item is not None:
        makers["close_followup"] = lambda: CloseFollowUpDialog(item, window)
    for name, make in makers.items():
        dialog = make()
        windows[name] = describe(dialog)
        if hasattr(dialog, "autosave_timer"):
            dialog.autosave_timer.stop()
        dialog.reject()
        settle()
    # geometries remembered on a bigger monitor: corrected, not restored as they were
    from rv_desktop.gui import window_state

    big = QWidget()
    big.setGeometry(1400, 500, 1800, 1100)
    for key in (
        window_state.HELP_GEOMETRY,
        window_state.VISIT_FORM_GEOMETRY,
        window_state.CASE_DIALOG_GEOMETRY,
    ):
        window_state.set_value(key, big.saveGeometry())
    for name in ("help", "visit_form", "case"):
        dialog = makers[name]()
        windows[f"{name}_remembered"] = describe(dialog)
        if hasattr(dialog, "autosave_timer"):
            dialog.autosave_timer.stop()
        dialog.reject()
        settle()
    window.session.close()
    window.close()
    window_state.set_value(window_state.MAIN_GEOMETRY, big.saveGeometry())
    again = open_main_window(str(database))
    windows["main_remembered"] = describe(again)
    again.session.close()
    return out


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]))))
