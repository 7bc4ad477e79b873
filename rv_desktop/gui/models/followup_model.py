"""The Follow-ups page's table: the campaign's items, and the kind and state filters."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from ...domain.followups import FollowUpItem
from ..dialogs.close_followup_dialog import kind_label
from ..formatting import date_text
from ..proxies import refilter
from ..row_table import ID_ROLE, RowTableModel, bold_font
from ..row_table import ROW_ROLE as ROW_ROLE
from ..row_table import SORT_ROLE as SORT_ROLE

ITEM_ID_ROLE = ID_ROLE

OVERDUE_TEXT = QColor("#b71c1c")
OVERDUE_BACKGROUND = QColor("#fdecea")
CLOSED_TEXT = QColor("#666666")


def item_state(item: FollowUpItem) -> str:
    """open / overdue / closed."""
    return "overdue" if item.overdue else item.state


class FollowUpModel(RowTableModel):
    """The campaign's items, read-only; names in full."""

    # the item, its case, who answers for it; then its state and outcome
    KIND, CASE_NO, PETITIONER, VILLAGE, UNIT, ASSIGNEE = range(6)
    DUE, STATE, REASON, ACTION, CLOSED_ON, RESULT = range(6, 12)
    ID_FIELD = "id"
    HEADERS = (
        QT_TRANSLATE_NOOP("FollowUpModel", "Kind"),
        QT_TRANSLATE_NOOP("FollowUpModel", "Case number"),
        QT_TRANSLATE_NOOP("FollowUpModel", "Petitioner"),
        QT_TRANSLATE_NOOP("FollowUpModel", "Village"),
        QT_TRANSLATE_NOOP("FollowUpModel", "Handling unit"),
        QT_TRANSLATE_NOOP("FollowUpModel", "Responsible unit or person"),
        QT_TRANSLATE_NOOP("FollowUpModel", "Due"),
        QT_TRANSLATE_NOOP("FollowUpModel", "State"),
        QT_TRANSLATE_NOOP("FollowUpModel", "Reason"),
        QT_TRANSLATE_NOOP("FollowUpModel", "Action"),
        QT_TRANSLATE_NOOP("FollowUpModel", "Closed on"),
        QT_TRANSLATE_NOOP("FollowUpModel", "Result"),
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self.today = None

    def set_rows(self, rows: list[FollowUpItem], today) -> None:
        self.today = today
        super().set_rows(rows)

    def state_text(self, item: FollowUpItem) -> str:
        if item.overdue and item.due_on is not None and self.today is not None:
            days = (self.today - item.due_on).days
            return self.tr("Overdue %n day(s)", "", days)
        if item.state == "closed":
            return self.tr("Closed")
        return self.tr("Open")

    def text(self, item: FollowUpItem, column: int) -> str:
        return (
            kind_label(item.kind),
            item.case_no,
            item.petitioner or "",
            item.village or "",
            item.unit or "",
            item.assignee or "",
            date_text(item.due_on),
            self.state_text(item),
            item.reason or "",
            item.action or "",
            date_text(item.closed_on),
            item.result or "",
        )[column]

    display = text

    def role_data(self, item: FollowUpItem, column: int, role: int):
        if role == Qt.ItemDataRole.ToolTipRole and column in (
            self.REASON,
            self.ACTION,
            self.RESULT,
        ):
            return self.text(item, column) or None
        if role == Qt.ItemDataRole.ForegroundRole:
            if item.overdue:
                return OVERDUE_TEXT
            if item.state == "closed":
                return CLOSED_TEXT
        if role == Qt.ItemDataRole.BackgroundRole and item.overdue:
            return OVERDUE_BACKGROUND
        if role == Qt.ItemDataRole.FontRole and item.overdue and column == self.STATE:
            return bold_font()
        return super().role_data(item, column, role)

    def sort_value(self, item: FollowUpItem, column: int):
        if column == self.DUE:
            return item.due_on.isoformat() if item.due_on else "9999"
        if column == self.CLOSED_ON:
            return item.closed_on.isoformat() if item.closed_on else ""
        if column == self.STATE:
            return ("overdue", "open", "closed").index(item_state(item))
        if column == self.PETITIONER:
            return item.petitioner
        return self.text(item, column)


class FollowUpFilterProxy(QSortFilterProxyModel):
    """Kind and state filters; sorting (the domain's order until a header is clicked)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.kind: str | None = None
        self.state: str | None = "open"
        self.setSortRole(SORT_ROLE)

    def set_filters(self, kind: str | None, state: str | None) -> None:
        def change() -> None:
            self.kind, self.state = kind, state

        refilter(self, change)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:  # noqa: N802
        item: FollowUpItem = self.sourceModel().rows[source_row]
        if self.kind is not None and item.kind != self.kind:
            return False
        if self.state == "open":
            return item.state == "open"
        if self.state is not None:
            return item_state(item) == self.state
        return True
