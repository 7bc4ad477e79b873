"""Unexpected errors in the window: logged, and said with the log file's name.

The Windows build has no console: an exception raised in a slot would
vanish. ``install_excepthook`` sends every uncaught exception of the GUI
thread to the log (``rv_desktop/logs.py``) and shows a message that names the
log file, so the clerk can send it to whoever helps. ``open_log_folder`` is
*Help ▸ Open the log folder*.
"""

from __future__ import annotations

import sys
import threading

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

from ..logs import log, log_dir, log_exception, setup_logging
from .errors import unexpected_text

translate = QCoreApplication.translate

_showing = threading.Lock()


def _hook(exc_type, exc, tb) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    if exc.__traceback__ is None:
        exc = exc.with_traceback(tb)
    path = log_exception(exc, "the window")
    app = QApplication.instance()
    on_gui_thread = app is not None and threading.current_thread() is threading.main_thread()
    if not on_gui_thread or not _showing.acquire(blocking=False):
        return  # a second error while the first is shown: logged only
    try:
        QMessageBox.critical(
            None,
            translate("Crash", "Unexpected error"),
            unexpected_text(exc_type.__name__, path),
        )
    finally:
        _showing.release()


def install_excepthook() -> None:
    """Log (and show) what nobody caught; start the log."""
    setup_logging()
    log.info("rv_desktop window started")
    sys.excepthook = _hook


def open_log_folder() -> None:
    folder = log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        pass
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
