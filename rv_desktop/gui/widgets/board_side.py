"""The Board's legend and the switch that folds the left-out panel away.

On a 1366-pixel screen the five columns need the room the left-out panel
takes; folded, its button still says how many cases are left out, so nothing
is hidden without a trace. The choice is remembered on this PC. The legend
says what a card's red border, orange number and ★ mean.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QLabel, QToolButton, QWidget

from .. import window_state
from ..formatting import number_text
from .left_out_panel import LeftOutPanel
from .task_card import KEY_CASE_COLOUR, OVERDUE_COLOUR

# a screen narrower than this starts with the panel folded
WIDE_SCREEN = 1600


class BoardLegend(QLabel):
    """What the colours and marks of a card mean."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("boardLegend")
        self.setTextFormat(Qt.TextFormat.RichText)
        overdue = self.tr("Red border: overdue")
        key = self.tr("Orange number, ★: key case")
        self.setText(
            f'<span style="border:2px solid {OVERDUE_COLOUR}; color:{OVERDUE_COLOUR};">'
            f"&nbsp;{overdue}&nbsp;</span>&nbsp;&nbsp;"
            f'<b style="color:{KEY_CASE_COLOUR};">{key}</b>'
        )
        self.setToolTip(
            self.tr(
                "A red border and a red due date: not visited by the due date. "
                "An orange case number with a ★: a key case (重点案件)."
            )
        )


class LeftOutToggle(QToolButton):
    """Shows or folds the left-out panel; its text keeps the count in view."""

    def __init__(self, panel: LeftOutPanel, parent: QWidget | None = None):
        super().__init__(parent)
        self.panel = panel
        self.setCheckable(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setToolTip(self.tr("Show or fold the list of what is left out"))
        remembered = window_state.value(window_state.BOARD_LEFT_OUT_SHOWN, None)
        if remembered is None:
            screen = self.screen()
            shown = screen is None or screen.availableGeometry().width() >= WIDE_SCREEN
        else:
            shown = str(remembered).lower() in ("true", "1")
        self.setChecked(shown)
        self.panel.setVisible(shown)
        self.toggled.connect(self._toggled)
        self.show_count()

    @Slot(bool)
    def _toggled(self, shown: bool) -> None:
        self.panel.setVisible(shown)
        window_state.set_value(window_state.BOARD_LEFT_OUT_SHOWN, shown)
        self.show_count()

    def show_count(self) -> None:
        total = sum(self.panel.counts().values())
        arrow = "▸" if self.isChecked() else "◂"
        self.setText(
            self.tr("Left out: {count} {arrow}").format(count=number_text(total), arrow=arrow)
        )
