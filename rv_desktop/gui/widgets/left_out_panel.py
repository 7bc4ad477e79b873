"""不漏一案、不漏一人: the panel that always says who and what is left out.

One section per list of ``nobody_left_out`` (no assignment; no responsible
leader; no due date; not visited by the due date; visited without a final
form; follow-up needed with nothing open; follow-ups overdue), each a list view on
its own small model, with the count in the section title. Double-clicking an
item emits ``case_opened`` with the case id.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QToolBox, QVBoxLayout, QWidget

from ...domain.left_out import SECTIONS as LEFT_OUT_SECTIONS
from ...domain.tasks import LeftOut, LeftOutItem
from ..formatting import date_text, number_text
from ..row_table import RowListModel

translate = QCoreApplication.translate

SECTIONS = LEFT_OUT_SECTIONS
SECTION_TITLES = {
    "no_assignment": QT_TRANSLATE_NOOP("LeftOutPanel", "No assignment"),
    "no_leader": QT_TRANSLATE_NOOP("LeftOutPanel", "No responsible leader"),
    "no_due_date": QT_TRANSLATE_NOOP("LeftOutPanel", "No due date"),
    "followup_nothing_open": QT_TRANSLATE_NOOP(
        "LeftOutPanel", "Follow-up needed, nothing open"
    ),
    "not_visited": QT_TRANSLATE_NOOP("LeftOutPanel", "Not visited by the due date"),
    "no_final_form": QT_TRANSLATE_NOOP("LeftOutPanel", "Visited, form not final"),
    "followups_overdue": QT_TRANSLATE_NOOP("LeftOutPanel", "Follow-ups overdue"),
}
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class LeftOutModel(RowListModel):
    """One section's items: case number, petitioner, village, date."""

    def set_items(self, items: Sequence[LeftOutItem]) -> None:
        self.set_rows(items)

    def row_data(self, item: LeftOutItem, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            parts = [item.case_no, item.petitioner or "", item.village or ""]
            if item.due_on:
                parts.append(date_text(item.due_on))
            return "  ".join(p for p in parts if p)
        if role == CASE_ID_ROLE:
            return item.case_id
        return None


class LeftOutPanel(QWidget):
    """The four lists of step 7, always in sight beside the board."""

    case_opened = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self.tr("Nobody left out"))
        self.heading.setObjectName("sectionTitle")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.toolbox = QToolBox()
        self.models: dict[str, LeftOutModel] = {}
        self.views: dict[str, QListView] = {}
        self._counts = {name: 0 for name in SECTIONS}
        for name in SECTIONS:
            model = LeftOutModel(self)
            view = QListView()
            view.setModel(model)
            view.setUniformItemSizes(True)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.doubleClicked.connect(self._open)
            view.activated.connect(self._open)
            self.models[name] = model
            self.views[name] = view
            self.toolbox.addItem(view, "")
        layout.addWidget(self.heading)
        layout.addWidget(self.toolbox, 1)
        self._update_titles()

    def set_left_out(self, left_out: LeftOut) -> None:
        for name in SECTIONS:
            self.models[name].set_items(getattr(left_out, name))
        self._counts = left_out.counts()
        self._update_titles()

    def counts(self) -> dict[str, int]:
        return dict(self._counts)

    def _update_titles(self) -> None:
        for i, name in enumerate(SECTIONS):
            title = translate("LeftOutPanel", SECTION_TITLES[name])
            self.toolbox.setItemText(i, f"{title} ({number_text(self._counts.get(name, 0))})")

    @Slot(QModelIndex)
    def _open(self, index: QModelIndex) -> None:
        case_id = index.data(CASE_ID_ROLE)
        if case_id is not None:
            self.case_opened.emit(int(case_id))
