"""The one way the window says what went wrong.

A ``UserError`` is the clerk's to read: its own message, translated. Anything
else is a bug: its traceback goes to the log (``rv_desktop/logs.py``; a
background job's error is logged once, by ``background.py``) and the message
names the log file, so the clerk can send it to whoever helps. The uncaught
exceptions of the GUI thread take the same words (``crash.py``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..domain.errors import UserError
from ..i18n import tr_error
from ..logs import log_exception

translate = QCoreApplication.translate


def unexpected_text(error_name: str, log_path: object) -> str:
    return translate(
        "Crash",
        "An unexpected error occurred ({error}). What was saved is kept. "
        "The details are in the log file {log}; please send it to whoever "
        "looks after this program.",
    ).format(error=error_name, log=log_path or "-")


def error_text(error: BaseException | str, where: str = "the window") -> str:
    """What the clerk reads for ``error`` (a string is already a message)."""
    if isinstance(error, str):
        return error
    if isinstance(error, UserError):
        return tr_error(error)
    if hasattr(error, "logged_to"):
        path = error.logged_to
    else:
        path = log_exception(error, where)
    return unexpected_text(type(error).__name__, path)
