"""Table models of the Statistics page: the feedback statistics, the cases behind a
figure, and the handling units over the years.

``StatisticsModel`` holds a finished ``Statistics`` (computed off the GUI
thread by the page); it never queries. Its columns are those of the county's
table in the county's order (``STAT_GROUPS`` of the export, so screen, xlsx
and PDF agree), grouped under two-row headers (``header_groups()`` feeds
``GroupedHeaderView``). Counts are numbers, rates percentages ("92.5%", "—"
when undefined), source levels their translated label; the last row is the
total, in bold. ``FIGURE_ROLE`` gives ``(key, column)`` of a figure cell:
what ``drill_down_cases`` needs to list the cases behind it.

``FigureCaseModel`` lists those cases (names in full, as in every list);
``UnitHistoryModel`` the ``unit_history`` rows (长效机制).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from ...domain.statistics import FigureCase, Statistics, StatRow, UnitYear
from ...services.statistics_export import STAT_GROUPS
from ..labels import status_label
from ..row_table import LEFT, RIGHT, RowTableModel, bold_font

# the words live in gui/statistics_labels.py; these names stay importable from here
from ..statistics_labels import (
    CLICK_HINT,
    COLUMN_LABELS,
    CONTEXT,
    GROUP_LABELS,
    NOT_RECORDED,
    NOT_VISITED,
    STAT_COLUMNS,
    key_label,
    tr_statistics,
)
from ..statistics_labels import dimension_label as dimension_label
from ..statistics_labels import figure_title as figure_title
from ..statistics_labels import rate_text as rate_text
from ..statistics_labels import satisfaction_label as satisfaction_label

#: Role giving a cell's ``(key, column)``: the row's key (None on the total) and the column.
FIGURE_ROLE = Qt.ItemDataRole.UserRole + 1
#: Role giving the raw value (int, a rate as a fraction, or None).
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2
#: Role giving a case row's case id (int).
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 3

_TOTAL_BACKGROUND = QColor("#EEF3F8")


class StatisticsModel(RowTableModel):
    """The rows of a ``Statistics`` and its total row (the last row).

    Column 0 is the group (a source level, a unit, ...); columns 1.. are the
    figures in ``STAT_COLUMNS`` order.
    """

    KEYS: tuple[str, ...] = ("key", *STAT_COLUMNS)
    RATES = ("visit_rate", "satisfaction_rate")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._stats: Statistics | None = None

    # --- data ---------------------------------------------------------------------

    @property
    def statistics(self) -> Statistics | None:
        return self._stats

    def set_statistics(self, stats: Statistics | None) -> None:
        self.beginResetModel()
        self._stats = stats
        self.rows = [] if stats is None else [*stats.rows, stats.total]
        self.endResetModel()

    def column_of(self, key: str) -> int:
        return self.KEYS.index(key)

    def is_total(self, row: int) -> bool:
        return self._stats is not None and row == len(self.rows) - 1

    def row_of(self, key: str | None) -> int:
        """The row of a key (None: the total row); -1 if not shown."""
        for i, row in enumerate(self.rows):
            if row.key == key and (key is not None or self.is_total(i)):
                return i
        return -1

    def group_label(self, key: str | None) -> str:
        return key_label(self._stats.by if self._stats else "", key)

    def figure(self, index: QModelIndex) -> tuple[str | None, str] | None:
        """``(key, column)`` of a figure cell; None for the group column."""
        if not index.isValid() or index.column() == 0 or index.row() >= len(self.rows):
            return None
        return self.rows[index.row()].key, self.KEYS[index.column()]

    def header_groups(self) -> list[tuple[str, int, int]]:
        """``(label, first column, last column)`` of every header cell of the upper
        row; a column alone (no group) spans both rows with its own label."""
        by = self._stats.by if self._stats else "source"
        spans = [(dimension_label(by), 0, 0)]
        col = 1
        for group, columns in STAT_GROUPS:
            last = col + len(columns) - 1
            if group is None:
                spans.append((tr_statistics(COLUMN_LABELS[columns[0]]), col, col))
            else:
                spans.append((tr_statistics(GROUP_LABELS[group]), col, last))
            col = last + 1
        return spans

    # --- Qt interface -------------------------------------------------------------

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else len(self.KEYS)

    def header_text(self, section: int) -> str:
        key = self.KEYS[section]
        if key == "key":
            return dimension_label(self._stats.by if self._stats else "source")
        return tr_statistics(COLUMN_LABELS[key])

    def header_tip(self, section: int) -> str | None:
        key = self.KEYS[section]
        return None if key == "key" else figure_title(key)

    def display(self, row: StatRow, column: int) -> str:
        key = self.KEYS[column]
        if key == "key":
            return self.group_label(row.key)
        value = row.value(key)
        return rate_text(value) if key in self.RATES else str(value)

    def role_data(self, row: StatRow, column: int, role: int):
        key = self.KEYS[column]
        total = self._stats is not None and row is self._stats.total
        if role == VALUE_ROLE:
            return row.key if key == "key" else row.value(key)
        if role == FIGURE_ROLE:
            return None if key == "key" else (row.key, key)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return LEFT if key == "key" else RIGHT
        if role == Qt.ItemDataRole.FontRole and total:
            return bold_font()
        if role == Qt.ItemDataRole.BackgroundRole and total:
            return _TOTAL_BACKGROUND
        if role == Qt.ItemDataRole.ToolTipRole and key != "key":
            return f"{figure_title(key)}\n{tr_statistics(CLICK_HINT)}"
        return None


class FigureCaseModel(RowTableModel):
    """The cases behind one figure: case number, petitioner, village,
    handling unit, task status, satisfaction of the latest final record."""

    CONTEXT = CONTEXT
    CASE_NO, PETITIONER, VILLAGE, UNIT, STATUS, SATISFACTION = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("StatisticsModel", "Case number"),
        QT_TRANSLATE_NOOP("StatisticsModel", "Petitioner"),
        QT_TRANSLATE_NOOP("StatisticsModel", "Village"),
        QT_TRANSLATE_NOOP("StatisticsModel", "Handling unit"),
        QT_TRANSLATE_NOOP("StatisticsModel", "Status"),
        QT_TRANSLATE_NOOP("StatisticsModel", "Satisfaction"),
    )
    FIELDS = ("case_no", "petitioner", "village", "handling_unit")

    case_row = RowTableModel.row_at

    def role_data(self, row: FigureCase, column: int, role: int):
        return row.case_id if role == CASE_ID_ROLE else None

    def display(self, row: FigureCase, column: int) -> str:
        if column == self.STATUS:
            return status_label(row.status)
        if column == self.SATISFACTION:
            return satisfaction_label(row.satisfaction) or tr_statistics(NOT_VISITED)
        return super().display(row, column)


class UnitHistoryModel(RowTableModel):
    """``unit_history`` rows: per handling unit, per campaign (oldest first)."""

    CONTEXT = CONTEXT
    UNIT, CAMPAIGN, TARGETS, VISITED, SATISFACTION, SETTLED, SETTLED_RATE, ON_TIME = range(8)
    HEADERS = (
        QT_TRANSLATE_NOOP("StatisticsModel", "Handling unit"),
        QT_TRANSLATE_NOOP("StatisticsModel", "Campaign"),
        QT_TRANSLATE_NOOP("StatisticsModel", "Targets"),
        QT_TRANSLATE_NOOP("StatisticsModel", "Visited"),
        QT_TRANSLATE_NOOP("StatisticsModel", "Satisfaction rate"),
        QT_TRANSLATE_NOOP("StatisticsModel", "Settled"),
        QT_TRANSLATE_NOOP("StatisticsModel", "Settled rate"),
        QT_TRANSLATE_NOOP("StatisticsModel", "Follow-ups closed on time"),
    )
    FIELDS = (None, "campaign", "targets", "visited", None, "settled")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._first_of_unit: set[int] = set()

    def set_rows(self, rows: Sequence[UnitYear]) -> None:
        """Rows of ``unit_history``, shown unit by unit (no unit last), each unit's
        campaigns in the order given (oldest first)."""
        order = {id(r): i for i, r in enumerate(rows)}
        ordered = sorted(rows, key=lambda r: (r.unit == "", r.unit, order[id(r)]))
        # the unit is named once, on its first campaign's row
        self._first_of_unit = {
            id(r) for i, r in enumerate(ordered) if i == 0 or ordered[i - 1].unit != r.unit
        }
        super().set_rows(ordered)

    history_row = RowTableModel.row_at

    def role_data(self, row: UnitYear, column: int, role: int):
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return LEFT if column in (self.UNIT, self.CAMPAIGN) else RIGHT
        return None

    def display(self, row: UnitYear, column: int) -> str:
        if column == self.UNIT:
            if id(row) not in self._first_of_unit:
                return ""
            return row.unit or tr_statistics(NOT_RECORDED)
        if column == self.SATISFACTION:
            return rate_text(row.satisfaction_rate)
        if column == self.SETTLED_RATE:
            return rate_text(row.settled_rate)
        if column == self.ON_TIME:
            if not row.followups_closed:
                return "—"
            return f"{row.followups_on_time} / {row.followups_closed}"
        return super().display(row, column)
