"""A page or the main window shown on a real database file, and closed after the test.

The page tests and the window tests each opened their database, made the widget,
showed it and, at the end, let the background jobs finish before closing the
file: the same lines in every fixture. Use them inside a fixture:

    with shown_page(qtbot, BoardPage, "Board", path) as page:
        yield page
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from rv_desktop.domain import db as dbmod
from rv_desktop.gui.app import make_application, open_main_window


@contextmanager
def shown_page(
    qtbot, page_class: type[QWidget], title: str, path: Path,
    size: tuple[int, int] = (1366, 700), actor: str | None = "tester",
) -> Iterator[QWidget]:  # fmt: skip
    """A ``page_class`` page on the database at ``path`` (opened first, as the window
    opens it before its pages), resized; the caller shows it, for its test may want
    to see what showing does."""
    make_application("en")
    dbmod.open_database(path, actor=actor)
    page = page_class(title)
    qtbot.addWidget(page)
    page.resize(*size)
    try:
        yield page
    finally:
        QThreadPool.globalInstance().waitForDone()
        dbmod.close_database()


@contextmanager
def shown_window(
    qtbot, path: Path, show: bool = True, close_too: tuple[type[QWidget], ...] = ()
) -> Iterator[QWidget]:
    """The main window on the database at ``path``, as ``run_gui`` opens it; at the end
    the windows of the ``close_too`` kinds it opened are closed before its database."""
    make_application("en")
    window = open_main_window(str(path))
    qtbot.addWidget(window)
    if show:
        window.show()
    try:
        yield window
    finally:
        QThreadPool.globalInstance().waitForDone()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, close_too):
                widget.close()
        window.session.close()


def loaded_page(qtbot, page_class: type[QWidget], title: str, size: tuple[int, int]) -> QWidget:
    """A ``page_class`` page on the database already open, shown once its first load came."""
    page = page_class(title)
    qtbot.addWidget(page)
    page.resize(*size)
    with qtbot.waitSignal(page.loaded, timeout=15000):
        page.show()
    return page


def reload(qtbot, page) -> None:
    """Refresh the page and wait until its background load has delivered."""
    with qtbot.waitSignal(page.loaded, timeout=15000):
        page.refresh()


def answer_boxes(seen: list[str]) -> None:
    """Accept the next message box as soon as it shows, noting its text in ``seen``."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(0, answer)
