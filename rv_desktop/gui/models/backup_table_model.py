"""The backups found in the backup folders, as a table model (newest first)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
)

from ...services.backup import AUTOMATIC, BackupFile
from ..formatting import datetime_text, number_text, size_text

translate = QCoreApplication.translate

#: Role giving a row's ``BackupFile``.
BACKUP_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class BackupRow:
    file: BackupFile
    counts: tuple[int, int] | None  # (cases, campaigns), None when unreadable


class BackupTableModel(QAbstractTableModel):
    MADE_AT, KIND, CASES, CAMPAIGNS, SIZE, DATABASE, FOLDER = range(7)
    HEADERS = (
        QT_TRANSLATE_NOOP("BackupTableModel", "Made at"),
        QT_TRANSLATE_NOOP("BackupTableModel", "Kind"),
        QT_TRANSLATE_NOOP("BackupTableModel", "Cases"),
        QT_TRANSLATE_NOOP("BackupTableModel", "Campaigns"),
        QT_TRANSLATE_NOOP("BackupTableModel", "Size"),
        QT_TRANSLATE_NOOP("BackupTableModel", "Database"),
        QT_TRANSLATE_NOOP("BackupTableModel", "Folder"),
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[BackupRow] = []

    def set_rows(self, rows: Sequence[BackupRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def backup_at(self, row: int) -> BackupFile | None:
        return self._rows[row].file if 0 <= row < len(self._rows) else None

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self.HEADERS):
                return translate("BackupTableModel", self.HEADERS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == BACKUP_ROLE:
            return row.file
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(row.file.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.CASES,
            self.CAMPAIGNS,
            self.SIZE,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def display(self, row: BackupRow, column: int) -> str:
        backup = row.file
        if column == self.MADE_AT:
            return datetime_text(backup.made_at)
        if column == self.KIND:
            if backup.kind == AUTOMATIC:
                return translate("BackupTableModel", "automatic")
            return translate("BackupTableModel", "by hand")
        if column in (self.CASES, self.CAMPAIGNS):
            if row.counts is None and backup.sealed:
                return translate("BackupTableModel", "encrypted")
            if row.counts is None:
                return translate("BackupTableModel", "unreadable")
            return number_text(row.counts[0 if column == self.CASES else 1])
        if column == self.SIZE:
            return size_text(backup.size)
        if column == self.DATABASE:
            return backup.stem
        if column == self.FOLDER:
            return str(backup.path.parent)
        return ""
