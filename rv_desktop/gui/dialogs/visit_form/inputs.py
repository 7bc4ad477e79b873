"""Input widgets of the registration form, made for typing a stack of paper forms.

- ``ChoiceGroup``: a row of radio buttons; the number keys 1, 2, 3… pick the
  n-th option of the focused group, 0 or Delete clears it.
- ``DateField``: a line edit that reads dates as people write them
  (2026-11-18, 2026.11.18, 20261118, 2026年11月18日, with an optional 9:30).
- ``ContactsModel`` / ``ContactsEditor``: the table of contact attempts,
  edited in place (Insert adds a row already filled in, Delete removes one).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ....domain.normalize import parse_date
from ... import vocab
from . import labels

_NUMBER_KEYS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(10)}


class ChoiceGroup(QWidget):
    """One choice out of a few, as radio buttons; ``value()`` is None until one is picked."""

    changed = Signal()

    def __init__(self, options: Sequence[tuple[object, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.options = list(options)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        self.buttons: list[QRadioButton] = []
        for n, (_value, text) in enumerate(self.options, start=1):
            button = QRadioButton(f"{n} {text}")
            button.installEventFilter(self)
            self.group.addButton(button, n - 1)
            layout.addWidget(button)
            self.buttons.append(button)
        layout.addStretch(1)
        self.group.idToggled.connect(self._toggled)
        self.setFocusProxy(self.buttons[0])

    def value(self) -> object:
        checked = self.group.checkedId()
        return None if checked < 0 else self.options[checked][0]

    def set_value(self, value: object) -> None:
        for n, (option, _text) in enumerate(self.options):
            if option == value and value is not None:
                self.buttons[n].setChecked(True)
                self.setFocusProxy(self.buttons[n])
                return
        self.clear()

    def clear(self) -> None:
        if self.group.checkedId() < 0:
            return
        self.group.setExclusive(False)
        for button in self.buttons:
            button.setChecked(False)
        self.group.setExclusive(True)
        self.setFocusProxy(self.buttons[0])
        self.changed.emit()

    def choose(self, n: int) -> None:
        """Pick the n-th option (1-based) and keep the focus on it."""
        if 1 <= n <= len(self.buttons) and self.isEnabled():
            had_focus = any(b.hasFocus() for b in self.buttons)
            self.buttons[n - 1].setChecked(True)
            if had_focus:
                self.buttons[n - 1].setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(int, bool)
    def _toggled(self, button_id: int, checked: bool) -> None:
        if checked:
            self.setFocusProxy(self.buttons[button_id])
            self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            plain = not (
                event.modifiers()
                & (
                    Qt.KeyboardModifier.ControlModifier
                    | Qt.KeyboardModifier.AltModifier
                    | Qt.KeyboardModifier.MetaModifier
                )
            )
            key = event.key()
            if plain and key in _NUMBER_KEYS:
                n = _NUMBER_KEYS[key]
                if n == 0:
                    self.clear()
                else:
                    self.choose(n)
                return True
            if plain and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.clear()
                return True
        return super().eventFilter(watched, event)


# --- dates ---------------------------------------------------------------------------

_TIME = re.compile(r"^(\d{1,2})(?:[:：.](\d{2})|(\d{2}))?$")
_TODAY_WORDS = {"t", "today", "今", "今天"}


def parse_day(text: str) -> dt.date | None:
    """A date as people write it; None for empty text. ValueError when it is no date."""
    text = text.strip()
    if not text:
        return None
    if text.lower() in _TODAY_WORDS:
        return dt.date.today()
    parsed = parse_date(text)
    if parsed.value is None:
        raise ValueError(text)
    return parsed.value


def parse_moment(text: str) -> dt.datetime | None:
    """A date with an optional time (``2026-11-18 9:30``); None for empty text."""
    text = text.strip()
    if not text:
        return None
    if text.lower() in _TODAY_WORDS:
        return dt.datetime.now().replace(second=0, microsecond=0)
    parts = text.replace("T", " ").split()
    time = dt.time()
    if len(parts) > 1:
        m = _TIME.match(parts[-1])
        if m is None:
            raise ValueError(text)
        minute = m.group(2) or m.group(3) or "0"
        try:
            time = dt.time(int(m.group(1)), int(minute))
        except ValueError:
            raise ValueError(text) from None
        parts = parts[:-1]
    day = parse_day(" ".join(parts))
    assert day is not None
    return dt.datetime.combine(day, time)


class DateField(QLineEdit):
    """A date (or date and time) typed as text; reformatted when the field is left."""

    def __init__(self, with_time: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.with_time = with_time
        self.setPlaceholderText(self.tr("yyyy-mm-dd hh:mm") if with_time else self.tr("yyyy-mm-dd"))
        self.setMaximumWidth(190 if with_time else 150)
        self.setMinimumWidth(150 if with_time else 120)
        self.editingFinished.connect(self._tidy)

    def value(self) -> dt.date | dt.datetime | None:
        """The date typed; ValueError when the text is not a date."""
        return parse_moment(self.text()) if self.with_time else parse_day(self.text())

    def is_valid(self) -> bool:
        try:
            self.value()
        except ValueError:
            return False
        return True

    def set_value(self, value: dt.date | dt.datetime | None) -> None:
        self.setText(self.format(value))

    def format(self, value: dt.date | dt.datetime | None) -> str:
        if value is None:
            return ""
        if self.with_time and isinstance(value, dt.datetime):
            return value.strftime("%Y-%m-%d %H:%M")
        return value.isoformat()[:10]

    @Slot()
    def _tidy(self) -> None:
        try:
            value = self.value()
        except ValueError:
            return
        text = self.format(value)
        if text != self.text():
            self.setText(text)


# --- contact attempts ------------------------------------------------------------------


class ContactsModel(QAbstractTableModel):
    """The contact attempts of the form, edited in place."""

    AT, MEANS, OUTCOME, NOTE = range(4)
    HEADERS = ("Time", "Means", "Outcome", "Note")

    changed = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.rows: list[dict] = []
        self.read_only = False

    def set_rows(self, rows: Sequence[dict]) -> None:
        self.beginResetModel()
        self.rows = [dict(r) for r in rows]
        self.endResetModel()

    def contacts(self) -> list[dict]:
        return [dict(r) for r in self.rows]

    def add(self, at: dt.datetime, means: str = "phone", outcome: str = "no_answer") -> int:
        row = len(self.rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self.rows.append({"at": at, "means": means, "outcome": outcome, "note": None})
        self.endInsertRows()
        self.changed.emit()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.endRemoveRows()
            self.changed.emit()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (self.tr("Time"), self.tr("Means"), self.tr("Outcome"), self.tr("Note"))[section]
        return None

    def flags(self, index):
        flags = super().flags(index)
        if not self.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.AT:
                return row["at"].strftime("%Y-%m-%d %H:%M") if row["at"] else ""
            if column == self.MEANS:
                return labels.means_label(row["means"])
            if column == self.OUTCOME:
                return labels.outcome_label(row["outcome"])
            return row["note"] or ""
        if role == Qt.ItemDataRole.EditRole:
            return (row["at"], row["means"], row["outcome"], row["note"] or "")[column]
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self.read_only:
            return False
        key = ("at", "means", "outcome", "note")[index.column()]
        if key == "note":
            value = str(value or "").strip() or None
        if self.rows[index.row()][key] == value:
            return False
        self.rows[index.row()][key] = value
        self.dataChanged.emit(index, index)
        self.changed.emit()
        return True


class ContactDelegate(QStyledItemDelegate):
    """Editors of the contact table: date and time, the means and the outcome as lists."""

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt override
        column = index.column()
        if column == ContactsModel.AT:
            editor = QDateTimeEdit(parent)
            editor.setDisplayFormat("yyyy-MM-dd HH:mm")
            editor.setCalendarPopup(True)
            return editor
        if column in (ContactsModel.MEANS, ContactsModel.OUTCOME):
            combo = QComboBox(parent)
            kind = "contact_means" if column == ContactsModel.MEANS else "contact_outcome"
            for code, text in vocab.choices(kind):
                combo.addItem(text, code)
            return combo
        return QLineEdit(parent)

    def setEditorData(self, editor, index):  # noqa: N802 - Qt override
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QDateTimeEdit):
            editor.setDateTime(QDateTime(value) if value else QDateTime.currentDateTime())
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(value), 0))
        else:
            editor.setText(str(value or ""))

    def setModelData(self, editor, model, index):  # noqa: N802 - Qt override
        if isinstance(editor, QDateTimeEdit):
            value = editor.dateTime().toPython().replace(second=0, microsecond=0)
        elif isinstance(editor, QComboBox):
            value = editor.currentData()
        else:
            value = editor.text()
        model.setData(index, value)


class ContactsView(QTableView):
    """Insert adds an attempt, Delete removes the current one; Tab leaves the table."""

    add_requested = Signal()
    remove_requested = Signal()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Insert:
            self.add_requested.emit()
            return
        if (
            event.key() == Qt.Key.Key_Delete
            and self.state() != QAbstractItemView.State.EditingState
        ):
            self.remove_requested.emit()
            return
        super().keyPressEvent(event)


class ContactsEditor(QWidget):
    """The contact attempts table with its Add and Remove buttons."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = ContactsModel(self)
        self.default_time = lambda: dt.datetime.now().replace(second=0, microsecond=0)
        self.view = ContactsView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(ContactDelegate(self.view))
        self.view.setTabKeyNavigation(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((150, 90, 100)):
            header.resizeSection(column, width)
        self.view.setMinimumHeight(96)
        self.view.setMaximumHeight(150)
        self.add_button = QPushButton(self.tr("Add attempt"))
        self.add_button.setToolTip(self.tr("Add a contact attempt (Insert in the table)"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the chosen attempt (Delete in the table)"))
        for button in (self.add_button, self.remove_button):
            button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Insert and Delete in the table
        buttons = QVBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.view)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.view.add_requested.connect(self.add)
        self.view.remove_requested.connect(self.remove)
        self.model.changed.connect(self.changed)

    @Slot()
    def add(self) -> None:
        if self.model.read_only:
            return
        row = self.model.add(self.default_time())
        self.view.setCurrentIndex(self.model.index(row, ContactsModel.OUTCOME))
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def remove(self) -> None:
        if self.model.read_only:
            return
        self.model.remove(self.view.currentIndex().row())

    def set_read_only(self, read_only: bool) -> None:
        self.model.read_only = read_only
        self.add_button.setEnabled(not read_only)
        self.remove_button.setEnabled(not read_only)
