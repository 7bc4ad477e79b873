"""Start the GUI: the application object, translations, style, the database, the window."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from .. import __version__, paths
from ..domain.damage import damage_of, is_damage
from ..domain.errors import UserError
from ..domain.office import OfficeNames, save_office_names
from ..i18n import SUPPORTED, install_translators, tr_error
from ..services import clean_close
from . import window_state
from .crash import install_excepthook
from .garbage import GuiThreadCollector
from .main_window import MainWindow
from .progress import run_with_progress
from .recovery import offer_recovery, open_checked
from .session import Session
from .startup_check import StartupCheck, WhenUsable, cancel_background_loads


def make_application(lang: str | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(["rv-desktop"])
    app.setOrganizationName(window_state.ORGANISATION)
    app.setApplicationName(window_state.APPLICATION)
    app.setApplicationVersion(__version__)
    if (
        lang not in SUPPORTED
    ):  # no --lang: the clerk's choice (Settings ▸ Language), or the system's
        lang = str(window_state.value(window_state.LANGUAGE, "") or "")
    install_translators(app, lang if lang in SUPPORTED else None)
    icon = paths.resources_dir() / "icons" / "rv_desktop.png"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    style = paths.resources_dir() / "style.qss"
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    return app


def choose_database(db: str | None, demo: bool) -> Path:
    """``--db``, else the demo, else the last database used, else the default."""
    if db:
        return Path(db)
    if demo:
        return paths.demo_database()
    last = window_state.value(window_state.LAST_DATABASE)
    if last and Path(str(last)).exists():
        return Path(str(last))
    return paths.default_database()


def needs_welcome(db: str | None, demo: bool) -> bool:
    """The first start: no file named, and the office's own database not made yet.

    The welcome comes back at each start while the clerk has only looked at the
    demo, until they create their database (or open another one).
    """
    if db or demo or paths.default_database().exists():
        return False
    last = window_state.value(window_state.LAST_DATABASE)
    if not last or not Path(str(last)).exists():
        return True
    return Path(str(last)).resolve() == paths.demo_database().resolve()


def create_demo_with_progress(path: Path) -> bool:
    """Write the demo database off the GUI thread, showing progress. False if cancelled."""
    from ..services.demo import create_demo_database

    translate = QApplication.translate

    def work(job):
        return create_demo_database(
            path,
            progress=job.progress,
            cancelled=lambda: job.cancelled,
        )

    try:
        run_with_progress(
            work,
            translate("App", "Creating the demo database…"),
            minimum_ms=200,
            cancel_text=translate("App", "Cancel"),
        )
    except UserError as error:
        if error.code == "cancelled":
            return False
        raise
    return True


def open_main_window(db: str | None = None, demo: bool = False) -> MainWindow | None:
    """Open the database the arguments name and build the window; None if refused.

    On the first start the welcome asks first: the office's new database (its
    names saved in it) or the demo. The file's check is the window's
    ``startup_check``, for the caller to start once the window shows
    (``startup_check.py``: in the background, or skipped after a clean close);
    a file SQLite already refuses as damaged leads to the recovery choices
    here (``recovery.py``).
    """
    names: OfficeNames | None = None
    if needs_welcome(db, demo):
        from .dialogs.welcome_dialog import WelcomeDialog

        welcome = WelcomeDialog(paths.default_database())
        if welcome.exec() != QDialog.DialogCode.Accepted:
            return None
        if welcome.choice == WelcomeDialog.DEMO:
            demo = True
        else:
            names = welcome.names
    path = choose_database(db, demo) if names is None else paths.default_database()
    path = path.expanduser().absolute()
    session = Session()
    try:
        if demo and not db and not path.exists():
            if not create_demo_with_progress(path):
                return None
        needed = clean_close.check_needed(path)
        if not open_checked(session, path, check=False, create=names is not None):
            return None
        if session.path != path:
            needed = False  # another database chosen, or a backup restored: checked there
        if names is not None:
            save_office_names(names)
    except UserError as exc:
        QMessageBox.critical(
            None, QApplication.translate("App", "Return-visit desk"), tr_error(exc)
        )
        return None
    return _build_window(session, path, needed)


def _build_window(session: Session, path: Path, needed: bool) -> MainWindow | None:
    """The window; damage its first page meets (before the check could) leads to recovery."""
    try:
        window = MainWindow(session)
    except Exception as exc:
        if not is_damage(exc):
            raise
        damaged = damage_of(path, exc)
        clean_close.forget(path)
        if not offer_recovery(session, path, damaged):
            session.close()
            return None
        window, needed = MainWindow(session), False  # a backup checked as it was restored
    window.startup_check = StartupCheck(window, needed)
    return window


def run_gui(argv: Sequence[str]) -> int:
    from ..cli import build_parser, pre_lang
    from ..services.staging import use_private_temp

    app = make_application(pre_lang(argv))
    install_excepthook()
    try:
        use_private_temp()  # personal data in temporary files stays in the data folder
    except OSError:
        pass  # an unwritable data folder: the system's temporary folder, as before
    collector = GuiThreadCollector(app)
    args = build_parser().parse_args(list(argv))
    window = open_main_window(args.db, args.demo)
    if window is None:
        return 2
    window.show()
    check = window.startup_check
    QTimer.singleShot(0, check.start)  # once the window is on screen
    if os.environ.get("RV_DESKTOP_EXIT_WHEN_READY"):
        # the launch timed from outside: exit once usable, loads of other pages
        # cancelled, no automatic backup (exit() closes no window)
        usable = WhenUsable(check, window)
        usable.usable.connect(lambda: (cancel_background_loads(), app.exit(0)))
        usable.start()
    code = app.exec()
    if check.finished and not check.sound:
        code = 2  # damaged, and the clerk quit rather than restore
    # let running background jobs (a page still loading) finish before the
    # database they read is closed under them
    QThreadPool.globalInstance().waitForDone(10000)
    path = window.session.path
    window.session.close()
    if check.sound and path is not None:
        clean_close.mark_closed(path)
    collector.stop()
    return code


if __name__ == "__main__":
    sys.exit(run_gui(sys.argv[1:]))
