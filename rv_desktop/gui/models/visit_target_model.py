"""The Visit records page's table: the campaign's targets with their latest visit record.

``VisitTargetModel`` sorts in Python (see ``sort``); ``VisitFilterProxy`` keeps
the chosen visitor, village and state; ``TextProxy`` narrows to what is typed.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from ...domain.visits import VisitTargetRow
from ..dialogs.visit_form import labels as form_labels
from ..formatting import date_text
from ..labels import column_title
from ..proxies import refilter
from ..row_table import ID_ROLE, RowTableModel
from ..row_table import ROW_ROLE as ROW_ROLE
from ..row_table import SORT_ROLE as SORT_ROLE

TARGET_ID_ROLE = ID_ROLE

#: The state filter's codes: no form yet, then the record states.
STATE_CODES = ("none", "draft", "final", "reviewed")
STATE_COLOURS = {"draft": "#8a5a00", "final": "#1e6b34", "reviewed": "#1f3a5f"}


def row_state(row: VisitTargetRow) -> str:
    return row.state or "none"


class VisitTargetModel(RowTableModel):
    """The campaign's targets with their latest visit record, read-only."""

    # the target, then its latest visit record and its task
    CASE_NO, PETITIONER, VILLAGE, VISITORS = range(4)
    METHOD, VISIT, STATE, SATISFACTION, SETTLED, DATE, TASK = range(4, 11)
    HEADERS = (
        QT_TRANSLATE_NOOP("VisitTargetModel", "Case number"),
        QT_TRANSLATE_NOOP("VisitTargetModel", "Petitioner"),
        QT_TRANSLATE_NOOP("VisitTargetModel", "Village"),
        QT_TRANSLATE_NOOP("VisitTargetModel", "Visitors"),
        QT_TRANSLATE_NOOP("VisitTargetModel", "Method"),
        QT_TRANSLATE_NOOP("VisitTargetModel", "Visit no."),
        QT_TRANSLATE_NOOP("VisitTargetModel", "Form"),
        QT_TRANSLATE_NOOP("VisitTargetModel", "Satisfaction"),
        QT_TRANSLATE_NOOP("VisitTargetModel", "Settled"),
        QT_TRANSLATE_NOOP("VisitTargetModel", "Visited on"),
        QT_TRANSLATE_NOOP("VisitTargetModel", "Task"),
    )
    FIELDS = ("case_no", "petitioner", "village", "visitors")
    ID_FIELD = "target_id"

    def __init__(self, parent=None):
        super().__init__(parent)
        self._by_case: dict[str, int] = {}
        self._sort: tuple[int, Qt.SortOrder] = (self.CASE_NO, Qt.SortOrder.AscendingOrder)

    def set_rows(self, rows: list[VisitTargetRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._sort_rows()
        self.endResetModel()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows in Python: the proxies sorting 22,000 rows called
        ``data()`` 350,000 times through Qt, a 5-second freeze of the window."""
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        self._sort_rows()
        self.layoutChanged.emit()

    def _sort_rows(self) -> None:
        column, order = self._sort
        values = [(self.sort_value(row, column), row) for row in self.rows]
        filled = [(v, r) for v, r in values if v is not None and v != ""]
        filled.sort(key=lambda pair: pair[0], reverse=order == Qt.SortOrder.DescendingOrder)
        # blanks last in either order, as a spreadsheet shows them
        self.rows = [r for _v, r in filled] + [r for v, r in values if v is None or v == ""]
        self._by_case = {r.case_no.casefold(): n for n, r in enumerate(self.rows)}

    def sort_value(self, row: VisitTargetRow, column: int):
        if column == self.DATE:
            return row.visited_on.isoformat() if row.visited_on else ""
        if column == self.VISIT:
            return row.visit_no or 0
        if column == self.STATE:
            return STATE_CODES.index(row_state(row))
        if column == self.PETITIONER:
            return row.petitioner
        return self.text(row, column)

    def row_of_case(self, case_no: str) -> int | None:
        return self._by_case.get(case_no.strip().casefold())

    def text(self, row: VisitTargetRow, column: int) -> str:
        if column == self.METHOD:
            return form_labels.choice_label("method", row.method or row.planned_method)
        if column == self.VISIT:
            return str(row.visit_no) if row.visit_no else ""
        if column == self.STATE:
            return form_labels.state_label(row.state)
        if column == self.SATISFACTION:
            return form_labels.choice_label("satisfaction", row.satisfaction)
        if column == self.SETTLED:
            return form_labels.choice_label("settled", row.settled)
        if column == self.DATE:
            return date_text(row.visited_on)
        if column == self.TASK:
            return column_title(row.task_status)
        return super().display(row, column)

    display = text

    def role_data(self, row: VisitTargetRow, column: int, role: int):
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATE:
            colour = STATE_COLOURS.get(row.state or "")
            return QColor(colour) if colour else None
        return super().role_data(row, column, role)


class VisitFilterProxy(QSortFilterProxyModel):
    """Visitor, village and state filters; sorting."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.visitor_id: int | None = None
        self.village: str | None = None
        self.state: str | None = None
        self.setSortRole(SORT_ROLE)

    def set_filters(self, visitor_id: int | None, village: str | None, state: str | None) -> None:
        def change() -> None:
            self.visitor_id, self.village, self.state = visitor_id, village, state

        refilter(self, change)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)  # in Python, see VisitTargetModel.sort

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:  # noqa: N802
        row: VisitTargetRow = self.sourceModel().rows[source_row]
        if self.visitor_id is not None and self.visitor_id not in row.visitor_ids:
            return False
        if self.village is not None and (row.village or "") != self.village:
            return False
        return self.state is None or row_state(row) == self.state


class TextProxy(QSortFilterProxyModel):
    """What the search box narrows the list to: a fragment of the case number or name.
    Sorting is its source's (the filter proxy keeps the order both lists share)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.text = ""

    def set_text(self, text: str) -> None:
        refilter(self, lambda: setattr(self, "text", text.strip().casefold()))

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:  # noqa: N802
        if not self.text:
            return True
        row: VisitTargetRow = self.sourceModel().index(source_row, 0).data(ROW_ROLE)
        return self.text in row.case_no.casefold() or self.text in row.petitioner.casefold()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)
