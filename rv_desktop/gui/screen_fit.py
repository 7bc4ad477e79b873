"""Windows that fit the screen they open on.

Town offices work on 1366×768 laptops with a 40-pixel taskbar and on
1920×1080 monitors at 125 % scaling (1536×864 logical pixels). Fixed sizes
(a 900×1000 preview, a 1000×760 form) put buttons under the taskbar there.
Every window asks this module for its size instead:

- ``fit_window(window, preferred, remembered)`` sizes a dialog or the main
  window from the *available* geometry of its screen (the screen of its parent,
  else the one under the mouse), restores a remembered geometry only where it
  still fits (another monitor, another resolution), and corrects the window
  again once it is shown and its frame is known;
- ``maximise_on_small_screen(window)``: on a screen 800 pixels high or less
  the main window opens maximised, its normal geometry fitting as well, so it
  does not depend on a window manager to maximise.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

#: a screen this high or lower gets the main window maximised
SMALL_SCREEN_HEIGHT = 800
#: room for the window frame (title bar, borders) before the window manager tells
FRAME = QSize(16, 40)


def screen_of(window: QWidget) -> QScreen:
    """The screen a window opens on: its parent's, else its own, else the primary one."""
    parent = window.parentWidget()
    anchor = parent.window() if parent is not None else window
    screen = QGuiApplication.screenAt(anchor.frameGeometry().center())
    return screen or QGuiApplication.primaryScreen()


def available(window: QWidget) -> QRect:
    """The available geometry (without taskbar) of the window's screen."""
    return screen_of(window).availableGeometry()


def room(window: QWidget) -> QSize:
    """The largest client size whose framed window fits the available geometry."""
    area = available(window)
    return QSize(max(200, area.width() - FRAME.width()), max(150, area.height() - FRAME.height()))


def bounded(preferred: QSize, limit: QSize) -> QSize:
    return QSize(min(preferred.width(), limit.width()), min(preferred.height(), limit.height()))


def fits(frame: QRect, area: QRect) -> bool:
    return area.contains(frame)


def _centre(window: QWidget, size: QSize, area: QRect) -> QPoint:
    parent = window.parentWidget()
    centre = parent.window().frameGeometry().center() if parent is not None else area.center()
    x = centre.x() - size.width() // 2
    y = centre.y() - size.height() // 2
    x = max(area.left(), min(x, area.right() - size.width() - FRAME.width() + 1))
    y = max(area.top(), min(y, area.bottom() - size.height() - FRAME.height() + 1))
    return QPoint(x, y)


def correct(window: QWidget) -> None:
    """Bring a window that lies partly off the available geometry back inside it,
    shrinking it where it is larger (never below what its layout needs)."""
    area = available(window)
    frame = window.frameGeometry()
    if window.isMaximized() or window.isFullScreen() or fits(frame, area):
        return
    extra = QSize(frame.width() - window.width(), frame.height() - window.height())
    if not window.isVisible():
        extra = QSize(max(extra.width(), FRAME.width()), max(extra.height(), FRAME.height()))
    limit = QSize(area.width() - extra.width(), area.height() - extra.height())
    size = bounded(window.size(), limit)
    size = QSize(
        max(size.width(), window.minimumWidth()), max(size.height(), window.minimumHeight())
    )
    window.resize(size)
    x = min(max(frame.left(), area.left()), area.right() + 1 - size.width() - extra.width())
    y = min(max(frame.top(), area.top()), area.bottom() + 1 - size.height() - extra.height())
    window.move(max(x, area.left()), max(y, area.top()))


class _Corrector(QObject):
    """Corrects its window once shown, when the frame is known."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            correct(watched)
        return False


def fit_window(
    window: QWidget,
    preferred: QSize | tuple[int, int],
    remembered: QByteArray | None = None,
) -> None:
    """Size ``window`` to ``preferred`` (client pixels) or less, to fit its screen.

    A ``remembered`` geometry (``saveGeometry``) is restored first and kept only
    if it still fits the available geometry; otherwise the window takes the
    preferred size, bounded by the screen, centred over its parent.
    """
    if isinstance(preferred, tuple):
        preferred = QSize(*preferred)
    area = available(window)
    limit = room(window)
    # a dialog's minimum must not push its buttons under the taskbar
    minimum = window.minimumSize()
    if minimum.width() > limit.width() or minimum.height() > limit.height():
        window.setMinimumSize(bounded(minimum, limit))
    if remembered is not None and window.restoreGeometry(remembered):
        if fits(window.frameGeometry(), area) or window.isMaximized():
            _watch(window)
            return
    size = bounded(preferred, limit)
    window.resize(size)
    window.move(_centre(window, size, area))
    _watch(window)


def keep_on_screen(window: QWidget) -> None:
    """For a dialog sized by its contents: corrected when shown if it does not fit."""
    limit = room(window)
    minimum = window.minimumSize()
    if minimum.width() > limit.width() or minimum.height() > limit.height():
        window.setMinimumSize(bounded(minimum, limit))
    _watch(window)


def _watch(window: QWidget) -> None:
    if window.findChild(_Corrector, "screenFitCorrector") is None:
        corrector = _Corrector(window)
        corrector.setObjectName("screenFitCorrector")
        window.installEventFilter(corrector)


def maximise_on_small_screen(window: QWidget) -> bool:
    """Maximise the (main) window on a screen 800 pixels high or less; True if so."""
    if screen_of(window).geometry().height() > SMALL_SCREEN_HEIGHT:
        return False
    window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
    return True
