"""What the clerk sees between the double-click and the window.

On 100,000 cases the start-up check of the database and the window's first
pages take about two seconds. Without a sign of life a clerk double-clicks
again, and the second program finds the database in use. The splash says
which database is being checked; it is closed before any question is asked
(a damaged file, an error), and ``finish(window)`` closes it once the window
shows (``app.run_gui``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QSplashScreen

from ... import __version__, paths

_WIDTH, _HEIGHT = 460, 180
_BACKGROUND = QColor("#f7f9fc")
_BORDER = QColor("#b8c4d6")
_TITLE = QColor("#1f3b63")
_TEXT = QColor("#4a5568")


class StartSplash(QSplashScreen):
    """A small card: icon, program name and version, and what is being done."""

    def __init__(self, database: Path):
        super().__init__(_card(), Qt.WindowType.SplashScreen)
        self.setObjectName("startSplash")
        self.database = database
        self.say(
            QApplication.translate("Splash", "Checking the database {file}…").format(
                file=database.name
            )
        )

    def say(self, text: str) -> None:
        """Show ``text`` at once: the GUI thread is about to be busy."""
        self.showMessage(text)
        QApplication.processEvents()

    def drawContents(self, painter: QPainter) -> None:  # noqa: N802 (Qt's name)
        # the message under the name, in line with it, cut short with "…"
        area = QRect(28, _HEIGHT - 52, _WIDTH - 56, 28)
        painter.setPen(_TEXT)
        text = painter.fontMetrics().elidedText(
            self.message(), Qt.TextElideMode.ElideMiddle, area.width()
        )
        painter.drawText(
            area, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text
        )

    def start(self) -> None:
        self.show()
        self.raise_()
        QApplication.processEvents()


def _card() -> QPixmap:
    ratio = QApplication.primaryScreen().devicePixelRatio() if QApplication.primaryScreen() else 1
    pixmap = QPixmap(int(_WIDTH * ratio), int(_HEIGHT * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(_BACKGROUND)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(_BORDER)
    painter.drawRect(0, 0, _WIDTH - 1, _HEIGHT - 1)
    icon = QPixmap(str(paths.resources_dir() / "icons" / "rv_desktop.png"))
    if not icon.isNull():
        painter.drawPixmap(
            QRect(28, 32, 80, 80),
            icon,
        )
    title = QFont(QApplication.font())
    title.setPointSizeF(title.pointSizeF() * 1.7)
    title.setBold(True)
    painter.setFont(title)
    painter.setPen(_TITLE)
    painter.drawText(
        QRect(128, 36, _WIDTH - 148, 44),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
        QApplication.translate("App", "Return-visit desk"),
    )
    painter.setFont(QApplication.font())
    painter.setPen(_TEXT)
    painter.drawText(
        QRect(128, 80, _WIDTH - 148, 28),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
        QApplication.translate("Splash", "Version {version}").format(version=__version__),
    )
    painter.end()
    return pixmap
