"""The assignment board as one list model of task cards, seen through a proxy per column.

``BoardModel`` holds the ``TaskCard``s of the current campaign (read off the
GUI thread by the page) and answers custom roles; ``ColumnProxy`` keeps the
cards of one status, so five list views share one source model (the shape of
Qt's address-book example). Cards are dragged as a list of target ids under
``TASK_MIME``. ``widgets/task_card.py`` paints a card.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QMimeData,
    QSortFilterProxyModel,
    Qt,
)

from ...domain.tasks import TaskCard
from ..formatting import date_text

# the words of the codes live in gui/labels.py; these names stay importable from here
from ..labels import METHOD_LABELS as METHOD_LABELS
from ..labels import STATUSES as STATUSES
from ..labels import column_title as column_title
from ..labels import method_label
from ..row_table import RowListModel

translate = QCoreApplication.translate


#: Mime type of dragged cards: a JSON list of target ids.
TASK_MIME = "application/x-rv-desktop-task-ids"

TARGET_ID_ROLE = Qt.ItemDataRole.UserRole + 1
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 4
KEY_CASE_ROLE = Qt.ItemDataRole.UserRole + 5
CARD_ROLE = Qt.ItemDataRole.UserRole + 6
GROUP_ROLE = Qt.ItemDataRole.UserRole + 7


def ids_from_mime(mime: QMimeData | None) -> list[int]:
    """The target ids a drag carries (empty when it carries no cards)."""
    if mime is None or not mime.hasFormat(TASK_MIME):
        return []
    try:
        return [int(i) for i in json.loads(bytes(mime.data(TASK_MIME).data()).decode())]
    except (ValueError, TypeError):
        return []


class BoardModel(RowListModel):
    """The cards of the board; the page replaces them all after every load."""

    def set_cards(self, cards: Sequence[TaskCard]) -> None:
        self.set_rows(cards)

    def cards(self) -> list[TaskCard]:
        return list(self.rows)

    def card(self, row: int) -> TaskCard:
        return self.rows[row]

    def status_at(self, row: int) -> str:
        return self.rows[row].status

    def row_data(self, c: TaskCard, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{c.case_no} {c.petitioner or ''}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(c)
        if role == TARGET_ID_ROLE:
            return c.target_id
        if role == CASE_ID_ROLE:
            return c.case_id
        if role == STATUS_ROLE:
            return c.status
        if role == OVERDUE_ROLE:
            return c.overdue
        if role == KEY_CASE_ROLE:
            return c.key_case
        if role == CARD_ROLE:
            return c
        if role == GROUP_ROLE:
            return c.group
        return None

    def tooltip(self, c: TaskCard) -> str:
        lines = [
            f"{c.case_no}  {c.petitioner or ''}",
            self.tr("Village: {v}").format(v=c.village or "—"),
            self.tr("Handling unit: {u}").format(u=c.handling_unit or "—"),
            self.tr("Leader: {l}").format(l=c.leader or "—"),
            self.tr("Visitors: {v}").format(v="、".join(c.visitors) or "—"),
            self.tr("Joining units: {u}").format(u="、".join(c.units) or "—"),
            self.tr("Method: {m}").format(m=method_label(c.method) or "—"),
            self.tr("Due: {d}").format(d=date_text(c.due_on) or "—"),
        ]
        if c.overdue:
            lines.append(self.tr("Overdue"))
        return "\n".join(lines)

    def flags(self, index):
        base = super().flags(index)
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDragActions(self):  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDropActions(self):  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [TASK_MIME]

    def mimeData(self, indexes) -> QMimeData:  # noqa: N802
        ids = list(dict.fromkeys(self.rows[i.row()].target_id for i in indexes if i.isValid()))
        mime = QMimeData()
        mime.setData(TASK_MIME, json.dumps(ids).encode())
        return mime

    def dropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        return False  # the page decides what a drop means (see ColumnView)


class ColumnProxy(QSortFilterProxyModel):
    """The cards of one status, in the source order (due date, case number)."""

    def __init__(self, status: str, parent=None):
        super().__init__(parent)
        self.status = status

    def filterAcceptsRow(self, row: int, parent) -> bool:  # noqa: N802
        source = self.sourceModel()
        if isinstance(source, BoardModel):  # the fast path: no QModelIndex per row
            return source.status_at(row) == self.status
        return source.index(row, 0, parent).data(STATUS_ROLE) == self.status
