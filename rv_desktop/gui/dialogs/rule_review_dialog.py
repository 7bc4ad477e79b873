"""Settings ▸ Records to review…: final records that break the plan's rules.

Lists ``rule_review.records_to_review`` (a record finalised under earlier
rules: a town phone-only visit, unanswered points ...), with what each lacks.
The clerk reopens a record with a reason (``visits.reopen``, audited; then it
is completed in the registration form) or keeps it as it is with a note
(``rule_review.mark_rules_reviewed``, audited). Nothing is rewritten silently.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import UserError
from ...domain.rule_review import ReviewItem, mark_rules_reviewed, records_to_review
from ...domain.visits import reopen
from ...i18n import tr_error


class ReviewModel(QAbstractTableModel):
    """The records to review: case number, visit number, what it lacks."""

    def __init__(self, items: list[ReviewItem], parent=None):
        super().__init__(parent)
        self.items = items

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (self.tr("Case number"), self.tr("Visit"), self.tr("What it lacks"))[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return item
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        lacks = "\n".join(
            QCoreApplication.translate("UserError", p.template) for p in item.problems
        )
        return (item.case_no, str(item.visit_no), lacks)[index.column()]


class RuleReviewDialog(QDialog):
    """The records to review, with Reopen… and Keep with a note…."""

    #: a record was reopened (its target id): the caller may open the form
    reopened = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Records to review"))
        intro = QLabel(
            self.tr(
                "These final records were made under earlier rules and break one of the "
                "plan's rules now. Reopen a record to complete it, or keep it as it is with "
                "a note. Nothing is changed without you."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableView()
        self.table.setObjectName("reviewTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.reopen_button = QPushButton(self.tr("&Reopen…"))
        self.keep_button = QPushButton(self.tr("&Keep with a note…"))
        close = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.reopen_button)
        buttons.addWidget(self.keep_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(760, 420)
        self.reopen_button.clicked.connect(self._ask_reopen)
        self.keep_button.clicked.connect(self._ask_keep)
        close.clicked.connect(self.accept)
        self.reload()

    def reload(self) -> None:
        self.model = ReviewModel(records_to_review(), self)
        self.table.setModel(self.model)
        if self.model.rowCount():
            self.table.selectRow(0)
        has = self.model.rowCount() > 0
        self.reopen_button.setEnabled(has)
        self.keep_button.setEnabled(has)
        if not has:
            self.message.setText(self.tr("No final record breaks the plan's rules."))

    def current(self) -> ReviewItem | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.items[rows[0].row()] if rows else None

    def reopen_with(self, reason: str) -> bool:
        item = self.current()
        if item is None:
            return False
        try:
            reopen(item.visit_id, reason)
        except UserError as exc:
            self.message.setText(tr_error(exc))
            return False
        self.reopened.emit(item.target_id)
        self.reload()
        return True

    def keep_with(self, note: str) -> bool:
        item = self.current()
        if item is None:
            return False
        try:
            mark_rules_reviewed(item.visit_id, note)
        except UserError as exc:
            self.message.setText(tr_error(exc))
            return False
        self.reload()
        return True

    @Slot()
    def _ask_reopen(self) -> None:
        reason, ok = QInputDialog.getText(
            self, self.tr("Reopen"), self.tr("Why is the record reopened?")
        )
        if ok:
            self.reopen_with(reason)

    @Slot()
    def _ask_keep(self) -> None:
        note, ok = QInputDialog.getText(
            self, self.tr("Keep as it is"), self.tr("Why is the record kept as it is?")
        )
        if ok:
            self.keep_with(note)
