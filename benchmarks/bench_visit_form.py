"""The registration form on the 100,000-case demo database: opening it, stepping on.

"Open" is timed from the click to a shown, painted window: building the
dialog with its eight tabs (the first time in a session; afterwards the
page shows the same window again), reading the task's record (``form_for_task``),
the case, the follow-up items, validating, and the first paint
(``processEvents``). The tasks are those of the Visit records page (every
target of the campaign, 22,000 here), so the list the form steps through is
as long as it gets. "Next task" is Ctrl+PgDown in an open form. The
Chinese translation is loaded, as on a clerk's PC. Goal: under 200 ms.
"""

from __future__ import annotations

import sqlite3

from common import Bench, Workspace

from rv_desktop.domain import db as dbmod


def _open_copy(work: Workspace):
    """A copy of the big database (opening a task without a record starts a draft)."""
    from rv_desktop.gui.app import make_application

    make_application("zh_CN")
    copy = work.fresh_path("visit-form.sqlite")
    src, dst = sqlite3.connect(work.big_database()), sqlite3.connect(copy)
    src.backup(dst)
    src.close()
    dst.close()
    dbmod.close_database()
    dbmod.open_database(copy, actor="bench")


def _task_ids() -> tuple[list[int], list[int]]:
    """All the campaign's targets, and the positions of those with a final record."""
    from rv_desktop.domain.visits import visit_targets

    rows = visit_targets()
    ids = [r.target_id for r in rows]
    finals = [n for n, r in enumerate(rows) if r.state in ("final", "reviewed")]
    return ids, finals


def open_form(work: Workspace):
    """The first form of a session: the window is built."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtWidgets import QApplication

    from rv_desktop.gui.dialogs.visit_form import VisitFormDialog

    _open_copy(work)
    ids, finals = _task_ids()
    positions = iter(finals[len(finals) // 2 :])  # a different record each run
    shown: list[VisitFormDialog] = []

    def close_last():  # closed and deleted, so every run builds the window afresh
        while shown:
            shown.pop().close()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()

    def run():
        dialog = VisitFormDialog(ids, next(positions))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        QApplication.processEvents()
        assert dialog.form is not None and dialog.read_only
        shown.append(dialog)

    return close_last, run


def open_again(work: Workspace):
    """Every later form: the Visit records page shows its window again (``set_list``)."""
    from PySide6.QtWidgets import QApplication

    from rv_desktop.gui.dialogs.visit_form import VisitFormDialog

    _open_copy(work)
    ids, finals = _task_ids()
    positions = iter(finals[len(finals) // 3 :])
    dialog = VisitFormDialog()

    def close():
        dialog.close()
        QApplication.processEvents()

    def run():
        dialog.set_list(ids, next(positions))
        dialog.show()
        QApplication.processEvents()
        assert dialog.form is not None and dialog.read_only

    return close, run


def next_task(work: Workspace):
    from PySide6.QtWidgets import QApplication

    from rv_desktop.gui.dialogs.visit_form import VisitFormDialog

    _open_copy(work)
    ids, finals = _task_ids()
    final_ids = [ids[n] for n in finals]
    dialog = VisitFormDialog(final_ids, 0)
    dialog.show()
    QApplication.processEvents()

    def run():
        assert dialog.next_task()
        QApplication.processEvents()

    return run


BENCHMARKS = [
    Bench("open the registration form, 100,000 cases", "< 200 ms", open_form, repeat=9),
    Bench("open the form again (window kept by the page)", "< 200 ms", open_again, repeat=9),
    Bench("next task in the form (Ctrl+PgDown)", "< 200 ms", next_task, repeat=9),
]
