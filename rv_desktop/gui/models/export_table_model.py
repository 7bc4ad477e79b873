"""The exchange packages written, as a table: when, who, what, where, hash, received."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from ...services.package import ExportRow
from ..formatting import date_text, number_text
from ..row_table import RIGHT, RowTableModel
from ..session import login_name

translate = QCoreApplication.translate

#: Role giving a row's ``ExportRow``.
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


def when_text(value) -> str:
    return f"{date_text(value.date())} {value:%H:%M}" if value else ""


class ExportTableModel(RowTableModel):
    """Packages written for the county, newest first (``set_rows``)."""

    WRITTEN, BY, CAMPAIGN, TARGETS, FILE, SHA256, ENCRYPTED, RECEIVED = range(8)
    HEADERS = (
        QT_TRANSLATE_NOOP("ExportTableModel", "Written"),
        QT_TRANSLATE_NOOP("ExportTableModel", "By"),
        QT_TRANSLATE_NOOP("ExportTableModel", "Campaign"),
        QT_TRANSLATE_NOOP("ExportTableModel", "Targets"),
        QT_TRANSLATE_NOOP("ExportTableModel", "File"),
        QT_TRANSLATE_NOOP("ExportTableModel", "SHA-256"),
        QT_TRANSLATE_NOOP("ExportTableModel", "Encrypted"),
        QT_TRANSLATE_NOOP("ExportTableModel", "Received by the county"),
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self.clerk = ""

    def set_clerk(self, clerk: str) -> None:
        """The clerk's name, shown for packages written under this PC's login."""
        self.clerk = clerk
        if self.rows:
            last = len(self.rows) - 1
            self.dataChanged.emit(self.index(0, self.BY), self.index(last, self.BY))

    def by_text(self, produced_by: str | None) -> str:
        """Who wrote a package: the clerk's name, never this PC's Windows login."""
        if produced_by and produced_by == login_name():
            return self.clerk or "—"
        return produced_by or "—"

    def role_data(self, row: ExportRow, column: int, role: int):
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.FILE:
                return str(row.path)
            if column == self.SHA256:
                return row.sha256
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.TARGETS:
            return RIGHT
        return None

    def display(self, row: ExportRow, column: int) -> str:
        if column == self.WRITTEN:
            return when_text(row.produced_at)
        if column == self.BY:
            return self.by_text(row.produced_by)
        if column == self.CAMPAIGN:
            return row.campaign
        if column == self.TARGETS:
            return number_text(row.targets)
        if column == self.FILE:
            return row.path.name
        if column == self.SHA256:
            return row.sha256[:16] + "…"
        if column == self.ENCRYPTED:
            return (
                translate("ExportTableModel", "yes")
                if row.encrypted
                else translate("ExportTableModel", "NO")
            )
        if column == self.RECEIVED:
            if row.received_at is None:
                return translate("ExportTableModel", "not yet")
            if not row.received_by:
                return when_text(row.received_at)
            return translate("ExportTableModel", "{when}, {office}").format(
                when=when_text(row.received_at), office=row.received_by
            )
        return None
