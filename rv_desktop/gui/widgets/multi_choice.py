"""A tool button whose drop-down lists choices to tick: a compact multi-select filter."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal, Slot
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)


class MultiChoiceButton(QToolButton):
    """A drop-down list of checkable values: none checked means all."""

    selection_changed = Signal()

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = title
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # room for the arrow, which Fusion draws over the text otherwise
        self.setStyleSheet("QToolButton { padding: 3px 18px 3px 6px; }")
        self.items = QStandardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.items)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        popup = QWidget()
        layout = QVBoxLayout(popup)
        layout.setContentsMargins(6, 6, 6, 6)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.list = QListView()
        self.list.setModel(self.proxy)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.clicked.connect(self._toggle)
        self.list.setMinimumWidth(200)
        self.clear_button = QPushButton(self.tr("All"))
        self.clear_button.clicked.connect(self.clear_selection)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        layout.addWidget(self.clear_button)
        menu = QMenu(self)
        action = QWidgetAction(menu)
        action.setDefaultWidget(popup)
        menu.addAction(action)
        menu.aboutToShow.connect(self._fit)
        self.setMenu(menu)
        self._update_text()

    def set_choices(self, choices: list[tuple[str, str]]) -> None:
        """(value, label) pairs; values still offered stay checked."""
        keep = set(self.selected())
        self.items.clear()
        for value, label in choices:
            item = QStandardItem(label)
            item.setData(value, Qt.ItemDataRole.UserRole)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            checked = Qt.CheckState.Checked if value in keep else Qt.CheckState.Unchecked
            item.setData(checked, Qt.ItemDataRole.CheckStateRole)
            self.items.appendRow(item)
        self.search.setVisible(len(choices) > 12)
        self._update_text()

    def selected(self) -> tuple[str, ...]:
        return tuple(
            self.items.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(self.items.rowCount())
            if self.items.item(r).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        )

    def set_selected(self, values, notify: bool = True) -> None:
        wanted = set(values)
        for r in range(self.items.rowCount()):
            item = self.items.item(r)
            state = (
                Qt.CheckState.Checked
                if item.data(Qt.ItemDataRole.UserRole) in wanted
                else Qt.CheckState.Unchecked
            )
            item.setData(state, Qt.ItemDataRole.CheckStateRole)
        self._update_text()
        if notify:
            self.selection_changed.emit()

    @Slot()
    def clear_selection(self) -> None:
        if self.selected():
            self.set_selected(())

    @Slot(QModelIndex)
    def _toggle(self, index: QModelIndex) -> None:
        item = self.items.itemFromIndex(self.proxy.mapToSource(index))
        checked = item.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        state = Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked
        item.setData(state, Qt.ItemDataRole.CheckStateRole)
        self._update_text()
        self.selection_changed.emit()

    def _fit(self) -> None:
        rows = min(max(self.items.rowCount(), 1), 14)
        self.list.setFixedHeight(rows * self.list.sizeHintForRow(0) + 6 if rows else 40)

    def _update_text(self) -> None:
        chosen = self.selected()
        labels = {
            self.items.item(r).data(Qt.ItemDataRole.UserRole): self.items.item(r).text()
            for r in range(self.items.rowCount())
        }
        if not chosen:
            text = self.title
        elif len(chosen) == 1:
            text = f"{self.title}: {labels.get(chosen[0], chosen[0])}"
        else:
            text = self.tr("{title}: {count} chosen").format(title=self.title, count=len(chosen))
        self.setText(text)
        self.setToolTip("、".join(labels.get(v, v) for v in chosen) if chosen else "")
        font = self.font()
        font.setBold(bool(chosen))
        self.setFont(font)
