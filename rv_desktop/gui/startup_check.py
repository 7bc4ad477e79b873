"""The database check at start-up, after the window shows; and when the window is usable.

The window no longer waits for ``PRAGMA quick_check`` (about a second on
100,000 cases). ``services/clean_close.py`` says whether the check is
needed: not after a clean close of an unchanged file checked within the
day. When it is needed, ``StartupCheck`` runs it in the background while
the window shows the register read-only: a "Checking the database…" note in
the status bar, the menus disabled, clicks and typed keys on the pages
ignored (scrolling and moving between pages still work). A sound file ends
that state; a damaged one leads to the recovery choices of ``recovery.py``
(restore the latest backup, choose one, open another database, or quit).

``WhenUsable`` tells when the window is usable: the first page's rows on
screen (its ``rows_shown()`` where it has one, as the Cases page whose
search index builds on; otherwise every background load delivered) and the
check done or skipped.
With ``RV_DESKTOP_EXIT_WHEN_READY=1`` the program exits at that moment
(``app.run_gui``), which is how the launch is timed from outside.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from ..domain import db as dbmod
from ..services import clean_close
from . import background

# keys that only look: moving in a table, between fields and pages
_LOOKING_KEYS = {
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_Left,
    Qt.Key.Key_Right,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
    Qt.Key.Key_Tab,
    Qt.Key.Key_Backtab,
}
_KEYS = {QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride}
_CLICKS = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.Drop,
    QEvent.Type.DragEnter,
}


class ReadOnlyGuard(QObject):
    """Lets the clerk look at the window but not change anything, until ``end()``."""

    def __init__(self, window, text: str):
        super().__init__(window)
        self.window = window
        self.note = QLabel(text)
        self.note.setObjectName("checkingNote")
        window.statusBar().addPermanentWidget(self.note)
        window.menuBar().setEnabled(False)
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind not in _KEYS and kind not in _CLICKS:
            return False
        if not isinstance(watched, QWidget) or watched.window() is not self.window:
            return False
        if kind in _KEYS:
            if event.key() in _LOOKING_KEYS and not event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
            ):
                return False
        elif watched is self.window.nav or self.window.nav.isAncestorOf(watched):
            return False  # moving between pages only looks
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # taken here, so no menu shortcut fires either
        return True

    def end(self) -> None:
        QApplication.instance().removeEventFilter(self)
        self.window.menuBar().setEnabled(True)
        self.window.statusBar().removeWidget(self.note)
        self.note.deleteLater()


class StartupCheck(QObject):
    """Checks the window's database in the background, or skips the check legitimately.

    ``done`` is emitted once the file is known sound (checked, skipped, or a
    backup restored in its place); ``sound`` stays False when the clerk quits
    instead: the window closes without its backup (the database is closed
    first) and the program exits with code 2.
    """

    done = Signal()

    def __init__(self, window, needed: bool):
        super().__init__(window)
        self.window = window
        self.path = Path(window.session.path)
        self.needed = needed
        self.finished = False
        self.sound = False
        self.guard: ReadOnlyGuard | None = None

    def start(self) -> None:
        clean_close.mark_open(self.path)
        # another database opened, or a backup restored, later on: marked open too
        self.window.session.events.database_opened.connect(
            lambda path: clean_close.mark_open(Path(path))
        )
        if not self.needed:
            self._sound()
            return
        self.guard = ReadOnlyGuard(self.window, self.tr("Checking the database…"))
        path = self.path
        background.run_in_background(
            lambda job: dbmod.check_file(path), self._checked, self._failed
        )

    def _checked(self, _result: object) -> None:
        clean_close.mark_checked(self.path)
        self._sound()

    def _failed(self, error: BaseException) -> None:
        from .recovery import offer_recovery

        if not isinstance(error, dbmod.DatabaseDamaged):
            # not damage (the file vanished, a disk error): said so, the check comes back next time
            error = dbmod.DatabaseDamaged(self.path, [str(error)])
        clean_close.forget(self.path)
        if offer_recovery(self.window.session, self.path, error):
            clean_close.mark_checked(self.window.session.path)
            self._sound()
            return
        self.window.session.close()  # so that closing backs up nothing
        self.finished = True
        self.window.close()  # the program ends (with code 2, ``app.run_gui``)

    def _sound(self) -> None:
        if self.guard is not None:
            self.guard.end()
            self.guard = None
        self.finished = True
        self.sound = True
        self.done.emit()


class WhenUsable(QObject):
    """Emits ``usable`` once the check is over and every background load is delivered."""

    usable = Signal()

    def __init__(self, check: StartupCheck, parent: QObject | None = None):
        super().__init__(parent)
        self.check = check
        self._idle_turns = 0
        self._timer = QTimer(self)
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._poll)

    def start(self) -> None:
        self._timer.start()

    def _poll(self) -> None:
        page = self.check.window.stack.currentWidget()
        shown = getattr(page, "rows_shown", None)  # a page that knows, or every load delivered
        loaded = shown() if callable(shown) else not background.running_jobs()
        if not self.check.finished or not loaded:
            self._idle_turns = 0
            return
        self._idle_turns += 1
        if self._idle_turns >= 2:  # a turn of the event loop to paint what came back
            self._timer.stop()
            self.usable.emit()


def cancel_background_loads() -> None:
    """Loads not started yet are dropped; a running one ends before the database closes.

    (Interrupting its query would leave the statement unfinalised in the
    failed job, the last connection could not close, and the ``-wal`` file
    left behind would cost the next start its skipped check.)
    """
    QThreadPool.globalInstance().clear()
