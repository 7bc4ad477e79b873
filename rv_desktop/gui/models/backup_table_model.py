"""The backups found in the backup folders, as a table model (newest first)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from ...services.backup import AUTOMATIC, BackupFile
from ..formatting import datetime_text, number_text, size_text
from ..row_table import RIGHT, RowTableModel

translate = QCoreApplication.translate

#: Role giving a row's ``BackupFile``.
BACKUP_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class BackupRow:
    file: BackupFile
    counts: tuple[int, int] | None  # (cases, campaigns), None when unreadable


class BackupTableModel(RowTableModel):
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

    def backup_at(self, row: int) -> BackupFile | None:
        found = self.row_at(row)
        return found.file if found else None

    def role_data(self, row: BackupRow, column: int, role: int):
        if role == BACKUP_ROLE:
            return row.file
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(row.file.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.CASES,
            self.CAMPAIGNS,
            self.SIZE,
        ):
            return RIGHT
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
