"""The Board's filter bar: who, which village or unit, key or overdue cases only,
a case number or name, and how the cards of a column are grouped.

The board is narrowed in SQL (``BoardFilter``); ``changed`` asks the page to read
it again (typing waits 300 ms for the next key). Strings keep the ``BoardPage``
translation context they had on the page.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QWidget

from ...domain.tasks import BoardFilter, StaffRow
from .multi_choice import MultiChoiceButton

translate = QCoreApplication.translate


class BoardFilterBar(QWidget):
    """The filters over the board's five columns."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.visitor_filter = MultiChoiceButton(translate("BoardPage", "Visitor"))
        self.leader_filter = MultiChoiceButton(translate("BoardPage", "Leader"))
        self.village_filter = MultiChoiceButton(translate("BoardPage", "Village"))
        self.unit_filter = MultiChoiceButton(translate("BoardPage", "Handling unit"))
        self.key_check = QCheckBox(translate("BoardPage", "Key cases only"))
        self.overdue_check = QCheckBox(translate("BoardPage", "Overdue only"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("BoardPage", "Case number or name…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(220)
        self.group_combo = QComboBox()
        self.group_combo.setToolTip(translate("BoardPage", "Group the cards of each column"))
        self.group_combo.addItem(translate("BoardPage", "No grouping"), None)
        for key, label in (
            ("visitor", translate("BoardPage", "Group by visitor")),
            ("leader", translate("BoardPage", "Group by leader")),
            ("village", translate("BoardPage", "Group by village")),
            ("handling_unit", translate("BoardPage", "Group by handling unit")),
        ):
            self.group_combo.addItem(label, key)
        bar = QHBoxLayout(self)
        bar.setContentsMargins(0, 0, 0, 0)
        for w in (
            self.visitor_filter,
            self.leader_filter,
            self.village_filter,
            self.unit_filter,
            self.key_check,
            self.overdue_check,
        ):
            bar.addWidget(w)
        bar.addWidget(self.group_combo)
        bar.addStretch(1)
        bar.addWidget(self.search)
        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(300)
        for button in (
            self.visitor_filter,
            self.leader_filter,
            self.village_filter,
            self.unit_filter,
        ):
            button.selection_changed.connect(self.changed)
        self.key_check.toggled.connect(self.changed)
        self.group_combo.currentIndexChanged.connect(self.changed)
        self.overdue_check.toggled.connect(self.changed)
        self.search.textChanged.connect(self._text_timer.start)
        self._text_timer.timeout.connect(self.changed)

    def current_filter(self) -> BoardFilter:
        return BoardFilter(
            visitor_ids=tuple(int(v) for v in self.visitor_filter.selected()),
            leader_ids=tuple(int(v) for v in self.leader_filter.selected()),
            villages=tuple(self.village_filter.selected()),
            handling_units=tuple(self.unit_filter.selected()),
            key_only=self.key_check.isChecked(),
            overdue_only=self.overdue_check.isChecked(),
            text=self.search.text().strip(),
        )

    def offer_choices(
        self, visitors: list[StaffRow], leaders: list[StaffRow], choices: dict[str, list[str]]
    ) -> None:
        self.visitor_filter.set_choices([(str(s.id), s.name) for s in visitors])
        self.leader_filter.set_choices([(str(s.id), s.name) for s in leaders])
        self.village_filter.set_choices([(v, v) for v in choices.get("village", [])])
        self.unit_filter.set_choices([(u, u) for u in choices.get("handling_unit", [])])
