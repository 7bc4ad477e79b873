"""The case register as a table model that scrolls through 100,000 cases.

The model holds only the ordered ids of the matching cases (``filtered_ids``)
and reads rows by id in blocks when the view asks for them, keeping a small
LRU cache; a view that shows 30 rows reads a block or two, whatever the size
of the register. Text filtering runs in memory over a ``SearchIndex`` and
reuses the ids of the structured filters (``base``) while only the text
changes; sorting re-queries the ids in SQL. ID numbers, phones and addresses
are masked unless ``revealed`` (the page records the reveal in the audit).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
)

from ...domain.cases import (
    SORT_KEYS,
    CaseFilter,
    CaseRow,
    SearchIndex,
    fetch_rows,
    filtered_ids,
    ordered_ids,
)
from ...domain.normalize import mask_address, mask_id, mask_phone
from ..formatting import date_text, number_text

# the words of the codes live in gui/labels.py; these names stay importable from here
from ..labels import channel_label, source_level_label

translate = QCoreApplication.translate


#: Role giving a row's case id (int).
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: Role giving a row's ``CaseRow`` (unmasked: for code, never for display).
ROW_ROLE = Qt.ItemDataRole.UserRole + 2


class CaseTableModel(QAbstractTableModel):
    """The filtered, sorted case register, read in blocks on demand."""

    (
        CASE_NO,
        PETITIONER,
        ID_NUMBER,
        PHONES,
        ADDRESS,
        VILLAGE,
        SOURCE_LEVEL,
        CHANNEL,
        CATEGORY,
        HANDLING_UNIT,
        LEADER,
        REGISTERED_ON,
        CONCLUDED_ON,
        PEOPLE_COUNT,
        DEMAND,
    ) = range(15)

    #: Stable keys of the columns (remembered settings, exports).
    KEYS = [
        "case_no",
        "petitioner",
        "id_number",
        "phones",
        "address",
        "village",
        "source_level",
        "channel",
        "category",
        "handling_unit",
        "leader",
        "registered_on",
        "concluded_on",
        "people_count",
        "demand",
    ]
    HEADERS = [
        QT_TRANSLATE_NOOP("CaseTableModel", "Case number"),
        QT_TRANSLATE_NOOP("CaseTableModel", "Petitioner"),
        QT_TRANSLATE_NOOP("CaseTableModel", "ID number"),
        QT_TRANSLATE_NOOP("CaseTableModel", "Phone"),
        QT_TRANSLATE_NOOP("CaseTableModel", "Address"),
        QT_TRANSLATE_NOOP("CaseTableModel", "Village"),
        QT_TRANSLATE_NOOP("CaseTableModel", "Source level"),
        QT_TRANSLATE_NOOP("CaseTableModel", "Channel"),
        QT_TRANSLATE_NOOP("CaseTableModel", "Category"),
        QT_TRANSLATE_NOOP("CaseTableModel", "Handling unit"),
        QT_TRANSLATE_NOOP("CaseTableModel", "Responsible leader"),
        QT_TRANSLATE_NOOP("CaseTableModel", "Registered on"),
        QT_TRANSLATE_NOOP("CaseTableModel", "Concluded on"),
        QT_TRANSLATE_NOOP("CaseTableModel", "People"),
        QT_TRANSLATE_NOOP("CaseTableModel", "Demand"),
    ]
    #: Columns holding personal data, masked unless revealed.
    PERSONAL = (ID_NUMBER, PHONES, ADDRESS)
    #: Columns showing the row's attribute (named in ``KEYS``) as it is stored.
    AS_STORED = (CASE_NO, PETITIONER, VILLAGE, CATEGORY, HANDLING_UNIT, LEADER)

    BLOCK = 200  # rows read at a time
    CACHE = 2000  # rows kept

    def __init__(self, parent=None):
        super().__init__(parent)
        self._filter = CaseFilter()
        self._index: SearchIndex | None = None
        self._sort = "case_no"
        self._descending = False
        self._base: list[int] | None = None  # ids of the filter without its text
        self._ids: list[int] = []
        self._rows: OrderedDict[int, CaseRow] = OrderedDict()
        self._revealed = False
        #: How many times rows were read from the database (for tests).
        self.fetches = 0

    # --- what is shown ---------------------------------------------------------

    @property
    def case_filter(self) -> CaseFilter:
        return self._filter

    @property
    def revealed(self) -> bool:
        return self._revealed

    @property
    def sort_key(self) -> tuple[str, bool]:
        return self._sort, self._descending

    def set_revealed(self, revealed: bool) -> None:
        if revealed == self._revealed:
            return
        self._revealed = revealed
        if self._ids:
            for column in self.PERSONAL:
                self.dataChanged.emit(self.index(0, column), self.index(len(self._ids) - 1, column))

    def set_index(self, index: SearchIndex | None) -> None:
        """Use ``index`` for text search (built off the GUI thread); re-apply the text."""
        self._index = index
        if self._filter.text.strip() and index is not None and self._base is not None:
            self._apply(self._filter)

    @property
    def has_index(self) -> bool:
        return self._index is not None

    def set_filter(self, flt: CaseFilter) -> None:
        """Show the cases ``flt`` keeps; only SQL when more than the text changed."""
        if flt.without_text() != self._filter.without_text():
            self._base = None
        self._apply(flt)

    def apply_base(self, flt: CaseFilter, sort: str, descending: bool, base: Sequence[int]) -> None:
        """Show ``flt`` with ``base`` = ``ordered_ids`` of it without text, read elsewhere.

        The page reads the ids off the GUI thread (a sort on 100,000 cases
        takes longer than a keystroke should) and hands them over here.
        """
        self._sort, self._descending = sort, descending
        self._base = list(base)
        self._apply(flt)

    @property
    def has_base(self) -> bool:
        return self._base is not None

    def set_text(self, text: str) -> None:
        self.set_filter(replace(self._filter, text=text))

    def forget_rows(self) -> None:
        """Drop the rows read so far: they changed in the database."""
        self._rows.clear()
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, len(self.KEYS) - 1)
            )

    def reload(self) -> None:
        """Read everything again (after an import or an edit)."""
        self._base = None
        self._rows.clear()
        self._apply(self._filter)

    def _apply(self, flt: CaseFilter) -> None:
        if self._base is None:
            self._base = ordered_ids(flt.without_text(), self._sort, self._descending)
        index = self._index
        if flt.text.strip() and index is None:
            index = self._index = SearchIndex.build()
        ids = filtered_ids(flt, index, self._sort, self._descending, base=self._base)
        self.beginResetModel()
        self._filter = flt
        self._ids = ids
        self.endResetModel()

    # --- ids --------------------------------------------------------------------

    def case_id(self, row: int) -> int:
        return self._ids[row]

    def ids(self) -> list[int]:
        """The ids shown, in order (a copy: for exports)."""
        return list(self._ids)

    def row_of(self, case_id: int) -> int:
        """The row of ``case_id``, or -1 when the filter hides it."""
        try:
            return self._ids.index(case_id)
        except ValueError:
            return -1

    def case_row(self, row: int) -> CaseRow | None:
        return self._row(row)

    # --- Qt model interface -----------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.KEYS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return translate("CaseTableModel", self.HEADERS[section])
        return None

    def header_text(self, column: int) -> str:
        return translate("CaseTableModel", self.HEADERS[column])

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r, column = index.row(), index.column()
        if role == CASE_ID_ROLE:
            return self._ids[r]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            row = self._row(r)
            if row is None:
                return None
            text = self.display(row, column)
            if role == Qt.ItemDataRole.ToolTipRole:
                if column == self.CASE_NO and row.demand:
                    return row.demand
                return text or None
            return text
        if role == ROW_ROLE:
            return self._row(r)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == self.PEOPLE_COUNT:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def display(self, row: CaseRow, column: int) -> str:
        """The text of one cell, masked unless revealed."""
        if column in self.AS_STORED:
            return getattr(row, self.KEYS[column]) or ""
        if column == self.ID_NUMBER:
            value = row.id_number if self._revealed else mask_id(row.id_number)
            return value or ""
        if column == self.PHONES:
            phones = row.phones if self._revealed else [mask_phone(p) for p in row.phones]
            return ", ".join(p for p in phones if p)
        if column == self.ADDRESS:
            value = row.address if self._revealed else mask_address(row.address)
            return value or ""
        if column == self.SOURCE_LEVEL:
            return source_level_label(row.source_level)
        if column == self.CHANNEL:
            return channel_label(row.channel)
        if column == self.REGISTERED_ON:
            return date_text(row.registered_on)
        if column == self.CONCLUDED_ON:
            return date_text(row.concluded_on)
        if column == self.PEOPLE_COUNT:
            return number_text(row.people_count)
        if column == self.DEMAND:
            return " ".join((row.demand or "").split())  # one line in a row
        return ""

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        key = self.KEYS[column] if 0 <= column < len(self.KEYS) else None
        if key not in SORT_KEYS:
            return  # personal data is not sorted (the order would reveal it)
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._sort, self._descending) and self._base is not None:
            return
        self._sort, self._descending = key, descending
        self._base = None
        self._apply(self._filter)

    def is_sortable(self, column: int) -> bool:
        return 0 <= column < len(self.KEYS) and self.KEYS[column] in SORT_KEYS

    # --- reading rows in blocks --------------------------------------------------------

    def _row(self, r: int) -> CaseRow | None:
        if not 0 <= r < len(self._ids):
            return None
        cid = self._ids[r]
        row = self._rows.get(cid)
        if row is not None:
            self._rows.move_to_end(cid)
            return row
        self._fetch_block(r)
        return self._rows.get(cid)

    def _fetch_block(self, r: int) -> None:
        start = (r // self.BLOCK) * self.BLOCK
        wanted = [cid for cid in self._ids[start : start + self.BLOCK] if cid not in self._rows]
        self.fetches += 1
        fetched = fetch_rows(wanted)
        for cid in wanted:
            row = fetched.get(cid)
            if row is not None:
                self._rows[cid] = row
        while len(self._rows) > self.CACHE:
            self._rows.popitem(last=False)
