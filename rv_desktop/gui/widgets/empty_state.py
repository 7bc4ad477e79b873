"""What to do first, laid over an area while the register is empty.

An ``EmptyState`` is a child of the page it covers (so the page stays the
page in the window's stack, and its own layout is untouched): the area's
name, what the area is for, and the first step, importing the county's
ledger, with a button for it and one for the demo. The main window shows it
on every area except the overview while there is no case; a page that works
without cases (``works_without_cases = True``) gets none.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QFrame):
    import_requested = Signal()
    demo_requested = Signal()

    def __init__(self, page: QWidget, title: str, description: str):
        super().__init__(page)
        self.setObjectName("emptyOverlay")
        self.setAutoFillBackground(True)
        heading = QLabel(title)
        heading.setObjectName("emptyTitle")
        purpose = QLabel(description)
        purpose.setObjectName("emptyState")
        purpose.setWordWrap(True)
        self.message = QLabel(
            self.tr(
                "The register is empty, so there is nothing here yet. Start by importing "
                "the county's ledger of concluded cases (an Excel file: .xlsx, .xls, .csv "
                "or .ods). Then create the campaign and screen its targets."
            )
        )
        self.message.setObjectName("emptyFirstStep")
        self.message.setWordWrap(True)
        self.import_button = QPushButton(self.tr("&Import the ledger…"))
        self.import_button.setObjectName("primary")
        self.demo_button = QPushButton(self.tr("Look at the &demo first"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(14)
        layout.addWidget(heading)
        layout.addWidget(purpose)
        layout.addSpacing(12)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        layout.addStretch(1)

        self.import_button.clicked.connect(self.import_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        page.installEventFilter(self)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False

    def set_active(self, active: bool) -> None:
        """Cover the page (the register is empty) or get out of the way."""
        if active:
            self.setGeometry(self.parentWidget().rect())
            self.raise_()
        self.setVisible(active)
