"""Wait for background work the caller cannot go on without, the window still alive.

``run_with_progress(fn, label)`` runs ``fn`` through ``run_in_background``
and spins a local event loop until it ends, behind a modal progress dialog
that appears only when the work takes longer than ``minimum_ms``. The
caller gets the result (or the exception) as if it had called ``fn``, yet
the GUI thread never blocks: windows repaint, and the clerk sees what is
happening. For the backup on exit, the start-up check and the restore,
where nothing else may happen until the work is done; and for writing the
demo database, which the clerk may cancel (``cancel_text``: the dialog's
Cancel button sets ``job.cancelled``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from .background import Job, run_in_background


def run_with_progress(
    fn: Callable[[Job], Any],
    label: str,
    parent: QWidget | None = None,
    minimum_ms: int = 500,
    cancel_text: str | None = None,
) -> Any:
    dialog = QProgressDialog(label, cancel_text or "", 0, 0, parent)
    dialog.setWindowTitle(QApplication.translate("App", "Return-visit desk"))
    if cancel_text is None:
        dialog.setCancelButton(None)  # most of these may not stop half-way
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(minimum_ms)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setValue(0)  # starts the minimum-duration timer
    loop = QEventLoop()
    outcome: dict[str, Any] = {}

    def progressed(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(done)

    job = run_in_background(
        fn,
        on_done=lambda r: (outcome.update(result=r), loop.quit()),
        on_error=lambda e: (outcome.update(error=e), loop.quit()),
        on_progress=progressed,
    )
    if cancel_text is not None:
        dialog.canceled.connect(job.cancel)
    loop.exec()
    dialog.close()
    # Delete the Qt objects here, in the GUI thread: the closures connected to
    # the job (and an error's traceback) keep Python references to them, and
    # the garbage collector may run in a worker thread, where destroying a
    # widget crashes the process.
    for signal in (job.progressed, job.finished, job.failed):
        signal.disconnect()
    if cancel_text is not None:
        dialog.canceled.disconnect()
    shiboken6.delete(dialog)
    shiboken6.delete(loop)
    error, result = outcome.get("error"), outcome.get("result")
    outcome.clear()
    if error is not None:
        raise error
    return result
