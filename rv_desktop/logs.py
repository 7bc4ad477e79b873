"""The program's log: a small rotating file in the data folder, for bugs.

The windowed program has no console (the Windows build), so an unexpected
error would otherwise vanish: ``setup_logging`` sends the ``rv_desktop``
logger to ``<data folder>/logs/rv_desktop.log`` (1 MB, three old files kept)
and ``log_exception`` writes a traceback there and returns the file, for the
message that tells the clerk where to find it.

No personal data goes into the log: messages name case numbers at most,
never names, ID numbers, phones or addresses. A traceback shows code lines
and the exception's text, not local variables.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from .paths import data_dir

LOGGER_NAME = "rv_desktop"
MAX_BYTES = 1_000_000
BACKUPS = 3

log = logging.getLogger(LOGGER_NAME)


def log_dir() -> Path:
    return data_dir() / "logs"


def log_file() -> Path:
    return log_dir() / "rv_desktop.log"


def _handler() -> logging.Handler | None:
    for handler in log.handlers:
        if getattr(handler, "rv_desktop_log", False):
            return handler
    return None


def setup_logging() -> Path | None:
    """Log to the rotating file (once); None when the folder cannot be written."""
    current = _handler()
    if current is not None:
        if Path(current.baseFilename) == log_file().absolute():  # type: ignore[attr-defined]
            return log_file()
        log.removeHandler(current)  # the data folder moved (a portable copy, the tests)
        current.close()
    try:
        log_dir().mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            log_file(), maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
        )
    except OSError:
        return None
    handler.rv_desktop_log = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return log_file()


def log_exception(exc: BaseException, where: str = "") -> Path | None:
    """Write ``exc`` with its traceback to the log; the log file, or None."""
    path = setup_logging()
    try:
        log.error(
            "unexpected error%s",
            f" in {where}" if where else "",
            exc_info=(type(exc), exc, exc.__traceback__),
        )
        handler = _handler()
        if handler is not None:
            handler.flush()
    except Exception:  # noqa: BLE001 - logging a bug must not raise another
        return None
    return path
