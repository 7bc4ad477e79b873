"""One background helper: run a function on the thread pool, report back by signals.

``run_in_background(fn, on_done, on_error, on_progress)`` runs ``fn`` on
``QThreadPool.globalInstance()``. ``fn`` receives a ``Job`` it may use to
report progress (``job.progress(done, total)``) and to see whether the user
cancelled (``job.cancelled``). Results, errors and progress come back to the
GUI thread through queued signals; the worker never touches a widget.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from ..domain.errors import UserError
from ..logs import log_exception


class Job(QObject):
    """The handle a background function and the GUI share.

    The job lives in the GUI thread. The worker emits the private signals;
    queued connections to the job's own slots bring them to the GUI thread,
    which then emits the public ones. So callbacks never run in the worker.
    """

    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)

    _worker_progress = Signal(int, int)
    _worker_done = Signal(object)
    _worker_failed = Signal(object)

    def __init__(self):
        super().__init__()
        self._cancelled = False
        queued = Qt.ConnectionType.QueuedConnection
        self._worker_progress.connect(self._on_progress, queued)
        self._worker_done.connect(self._on_done, queued)
        self._worker_failed.connect(self._on_failed, queued)

    def progress(self, done: int, total: int) -> None:
        """Called by the worker."""
        self._worker_progress.emit(done, total)

    def cancel(self) -> None:
        self._cancelled = True

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.progressed.emit(done, total)

    @Slot(object)
    def _on_done(self, result: object) -> None:
        _running.discard(self)
        self.finished.emit(result)

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        _running.discard(self)
        self.failed.emit(error)


class _Runner(QRunnable):
    def __init__(self, fn: Callable[[Job], Any], job: Job):
        super().__init__()
        self.fn = fn
        self.job = job

    @Slot()
    def run(self) -> None:
        try:
            result = self.fn(self.job)
        except Exception as exc:  # reported to the GUI thread, never swallowed
            exc.traceback_text = traceback.format_exc()  # type: ignore[attr-defined]
            if not isinstance(exc, UserError):  # a bug, not the clerk's input: keep it
                # the file, for the message that names it (``gui/errors.py``)
                exc.logged_to = log_exception(exc, "a background job")  # type: ignore[attr-defined]
            self.job._worker_failed.emit(exc)
        else:
            self.job._worker_done.emit(result)


_running: set[Job] = set()


def running_jobs() -> int:
    """Jobs started whose result (or error) has not reached the GUI thread yet."""
    return len(_running)


def run_in_background(
    fn: Callable[[Job], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    pool: QThreadPool | None = None,
) -> Job:
    job = Job()
    _running.add(job)
    if on_progress:
        job.progressed.connect(on_progress)
    if on_done:
        job.finished.connect(on_done)
    if on_error:
        job.failed.connect(on_error)
    (pool or QThreadPool.globalInstance()).start(_Runner(fn, job))
    return job
