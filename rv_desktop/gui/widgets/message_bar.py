"""The strip over a page's list that says what was refused (red) or done (green)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

_STYLE = (
    "QLabel#messageBar {{ background: {}; color: {}; padding: 4px 8px;"
    " border: 1px solid {}; border-radius: 3px; }}"
)
_ERROR = ("#fdecea", "#b71c1c", "#f5c2c0")
_DONE = ("#e8f5e9", "#1e6b34", "#b7dfbf")


class MessageBar(QLabel):
    """Hidden until there is something to say."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setWordWrap(True)
        self.setStyleSheet(_STYLE.format(*_ERROR))
        self.hide()

    def say(self, text: str, error: bool = True) -> None:
        self.setStyleSheet(_STYLE.format(*(_ERROR if error else _DONE)))
        self.setText(text)
        self.show()

    def dismiss(self) -> None:
        self.clear()
        self.hide()
