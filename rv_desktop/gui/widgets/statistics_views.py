"""Two views of the Statistics page: the cases behind a figure, and the handling
units over the years (长效机制). Strings keep the ``StatisticsPage`` translation
context they had on the page.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..models.statistics_model import FigureCaseModel, UnitHistoryModel
from .row_view import EXTENDED, set_up_rows

translate = QCoreApplication.translate


class FigureCasesView(QWidget):
    """The cases behind the figure clicked: a line saying which, and their list."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.label = QLabel(
            translate("StatisticsPage", "Click a figure to list the cases behind it.")
        )
        self.label.setObjectName("figureCases")
        self.label.setWordWrap(True)
        self.model = FigureCaseModel(self)
        self.table = QTableView()
        case_header = set_up_rows(self.table, self.model)
        self.table.setToolTip(translate("StatisticsPage", "Double-click a case to open it"))
        case_header.setStretchLastSection(True)
        for column, width in ((0, 160), (1, 90), (2, 110), (3, 180), (4, 100)):
            self.table.setColumnWidth(column, width)
        cases_layout = QVBoxLayout(self)
        cases_layout.setContentsMargins(0, 0, 0, 0)
        cases_layout.addWidget(self.label)
        cases_layout.addWidget(self.table, 1)


class UnitHistoryView(QWidget):
    """Each handling unit's figures in every campaign, with what they mean."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = UnitHistoryModel(self)
        self.table = QTableView()
        header = set_up_rows(self.table, self.model, EXTENDED)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(UnitHistoryModel.CAMPAIGN, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(80)
        self.note = QLabel(
            translate(
                "StatisticsPage",
                "For the annual assessment of each handling unit: its targets in every "
                "campaign and round of routine visits. Satisfaction rate = (satisfied + "
                "basically satisfied) ÷ rated; settled rate = settled ÷ visited; "
                "follow-ups closed on time = rework items and follow-ups closed by their "
                "due date, of those closed.",
            )
        )
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
