"""Settings ▸ Records to review…: final records that break the plan's rules.

Lists ``rule_review.records_to_review`` (a record finalised under earlier
rules: a town phone-only visit, unanswered points ...), with what each lacks.
The clerk reopens a record with a reason (``visits.reopen``, audited; then it
is completed in the registration form) or keeps it as it is with a note
(``rule_review.mark_rules_reviewed``, audited). Nothing is rewritten silently.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
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
from ..row_table import RowTableModel
from ..widgets.row_view import set_up_rows


class ReviewModel(RowTableModel):
    """The records to review: case number, visit number, what it lacks."""

    HEADERS = (
        QT_TRANSLATE_NOOP("ReviewModel", "Case number"),
        QT_TRANSLATE_NOOP("ReviewModel", "Visit"),
        QT_TRANSLATE_NOOP("ReviewModel", "What it lacks"),
    )
    TEXT_TIPS = True

    def __init__(self, items: list[ReviewItem], parent=None):
        super().__init__(parent, items)

    def role_data(self, item: ReviewItem, column: int, role: int):
        return item if role == Qt.ItemDataRole.UserRole else None

    def display(self, item: ReviewItem, column: int) -> str:
        lacks = "\n".join(
            QCoreApplication.translate("UserError", p.template) for p in item.problems
        )
        return (item.case_no, str(item.visit_no), lacks)[column]


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
        header = set_up_rows(self.table, alternate=False)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
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
        return self.model.row_at(rows[0].row()) if rows else None

    def reopen_with(self, reason: str) -> bool:
        def change(item: ReviewItem) -> None:
            reopen(item.visit_id, reason)
            self.reopened.emit(item.target_id)

        return self._change_current(change)

    def keep_with(self, note: str) -> bool:
        return self._change_current(lambda item: mark_rules_reviewed(item.visit_id, note))

    def _change_current(self, change: Callable[[ReviewItem], None]) -> bool:
        """Apply ``change`` to the chosen record and list the records again; False (and
        the reason shown) when nothing is chosen or the change is refused."""
        item = self.current()
        if item is None:
            return False
        try:
            change(item)
        except UserError as exc:
            self.message.setText(tr_error(exc))
            return False
        self.reload()
        return True

    def _ask(self, title: str, question: str) -> str | None:
        text, ok = QInputDialog.getText(self, title, question)
        return text if ok else None

    @Slot()
    def _ask_reopen(self) -> None:
        reason = self._ask(self.tr("Reopen"), self.tr("Why is the record reopened?"))
        if reason is not None:
            self.reopen_with(reason)

    @Slot()
    def _ask_keep(self) -> None:
        note = self._ask(self.tr("Keep as it is"), self.tr("Why is the record kept as it is?"))
        if note is not None:
            self.keep_with(note)
