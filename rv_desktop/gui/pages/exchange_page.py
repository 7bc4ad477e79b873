"""The Exchange page: the package for the county on a USB stick, receipts, county merge.

At the top a line says where the current campaign stands: days left to the
report deadline, the last package written and whether the data changed
since. "Send to the county" writes the exchange package (``write_package``)
off the GUI thread into a removable drive found by ``QStorageInfo`` or any
folder, encrypted by default with the passphrase typed twice, with a
progress bar and Cancel. The packages written are listed (when, who, what,
where, SHA-256, received); the county's receipts are imported here. The
county office merges the towns' packages from the last box
(``exchange_county.py``). The page calls services only.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QStorageInfo, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.campaigns import CampaignError, get_campaign
from ...domain.errors import UserError
from ...domain.office import office_names
from ...i18n import tr_error
from ...services.crypto import MIN_PASSPHRASE
from ...services.package import export_rows, export_status, write_package
from .. import county_only, window_state
from ..background import run_in_background
from ..campaign_summary import CampaignSummary
from ..formatting import date_text, number_text
from ..models.export_table_model import ExportTableModel, when_text
from ..widgets.row_view import EXTENDED, set_up_rows
from .exchange_county import CountyMergeBox


def removable_drives() -> list[tuple[str, str]]:
    """(label, root folder) of the mounted drives a stick may be: writable, ready,
    not the system's own (on Linux: under /media, /run/media or /mnt)."""
    system = QStorageInfo.root().rootPath()
    found = []
    for volume in QStorageInfo.mountedVolumes():
        root = volume.rootPath()
        if not (volume.isValid() and volume.isReady()) or volume.isReadOnly() or root == system:
            continue
        if root.startswith("/") and not root.startswith(("/media/", "/run/media/", "/mnt/")):
            continue
        name = volume.displayName() or root
        free = volume.bytesAvailable() / 1e9
        found.append((f"{name} ({root}) · {free:.1f} GB", root))
    return found


class ExchangePage(QWidget):
    data_changed = Signal()  # a county merge changed the data
    #: a county database starts empty and fills by merging towns' packages here
    works_without_cases = True

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._job = None
        self._campaign_id: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        heading = QLabel(title)
        heading.setObjectName("pageTitle")
        layout.addWidget(heading)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.status_label)

        layout.addWidget(self._send_box())
        layout.addWidget(self._written_box(), 1)

        self.county_box = CountyMergeBox(self)  # shown to a county office only
        self.county_box.data_changed.connect(self.data_changed)
        self.county_box.failed.connect(self._failed)
        self.merge_button = self.county_box.merge_button
        self.merge_label = self.county_box.merge_label
        self.merge_packages = self.county_box.merge_packages
        layout.addWidget(self.county_box)
        self.find_drives()

    def _send_box(self) -> QGroupBox:
        """Send to the county: campaign, where, encryption, passphrase, write."""
        send = QGroupBox(self.tr("Send to the county"))
        form = QFormLayout(send)
        self.campaign_label = QLabel()
        form.addRow(self.tr("Campaign:"), self.campaign_label)
        self.target_combo = QComboBox()
        self.target_combo.setMinimumWidth(360)
        choose = QPushButton(self.tr("Other folder…"))
        choose.clicked.connect(self.choose_folder)
        rescan = QPushButton(self.tr("Look for sticks again"))
        rescan.clicked.connect(self.find_drives)
        row = QHBoxLayout()
        row.addWidget(self.target_combo, 1)
        row.addWidget(choose)
        row.addWidget(rescan)
        form.addRow(self.tr("Write to:"), row)
        self.encrypt_box = QCheckBox(
            self.tr("Encrypt with the passphrase agreed with the county (recommended)")
        )
        self.encrypt_box.setChecked(True)
        self.encrypt_box.toggled.connect(self._encryption_toggled)
        form.addRow("", self.encrypt_box)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(
            self.tr("at least {count} characters").format(count=MIN_PASSPHRASE)
        )
        self.passphrase_again = QLineEdit()
        self.passphrase_again.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        form.addRow(self.tr("Passphrase again:"), self.passphrase_again)
        self.write_button = QPushButton(self.tr("Write the package"))
        self.write_button.setDefault(True)
        self.write_button.clicked.connect(self.write)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout()
        row.addWidget(self.write_button)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.result_label, 1)
        form.addRow("", row)
        return send

    def _written_box(self) -> QGroupBox:
        """The packages written (the export table) and the county's receipts."""
        written = QGroupBox(self.tr("Packages written"))
        box = QVBoxLayout(written)
        self.model = ExportTableModel(self)
        self.table = QTableView()
        header = set_up_rows(self.table, self.model, EXTENDED, alternate=False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # the file name gives way (elided, whole in its tooltip) so that "received by
        # the county" shows whole: it is what the clerk looks for
        header.setSectionResizeMode(ExportTableModel.FILE, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        box.addWidget(self.table)
        receipt = QPushButton(self.tr("Import the county's receipt…"))
        receipt.clicked.connect(self.import_receipts)
        row = QHBoxLayout()
        row.addWidget(receipt)
        self.receipt_label = QLabel()
        self.receipt_label.setWordWrap(True)
        row.addWidget(self.receipt_label, 1)
        box.addLayout(row)
        return written

    # --- showing ---------------------------------------------------------------

    def refresh(self) -> None:
        try:
            campaign = get_campaign(None)
        except CampaignError:
            campaign = None
        self._campaign_id = campaign.id if campaign else None
        self.campaign_label.setText(campaign.name if campaign else self.tr("no current campaign"))
        self.write_button.setEnabled(campaign is not None and self._job is None)
        self._show_county_key()
        self.status_label.setText(self.status_text() if campaign else "")
        self.model.set_rows(export_rows())
        self.county_box.setVisible(county_only.is_county())
        if self.county_box.isVisibleTo(self):
            self.county_box.refresh()
        self.model.set_clerk(office_names().clerk)

    def _show_county_key(self) -> None:
        """With the county's key installed, packages are encrypted to it: no passphrase."""
        from ...services.keys import county_key

        key = county_key()
        self._county_key = key is not None
        self.encrypt_box.setText(
            self.tr("Encrypt to the county's key (fingerprint {fingerprint}; recommended)")
            .format(fingerprint=key.fingerprint)
            if key
            else self.tr("Encrypt with the passphrase agreed with the county (recommended)")
        )
        self._encryption_toggled(self.encrypt_box.isChecked())

    def status_text(self, today: dt.date | None = None) -> str:
        status = export_status(self._campaign_id, today)
        parts = []
        if status.deadline is not None:
            due = CampaignSummary().days_left_text(status.days_left)
            parts.append(
                self.tr("Report to the county by {date} ({due}).").format(
                    date=date_text(status.deadline), due=due
                )
            )
        if status.last_export is None:
            parts.append(self.tr("No package has been written for this campaign yet."))
        else:
            text = self.tr("Last package written {when}").format(when=when_text(status.last_export))
            text += (
                self.tr(", received by the county.")
                if status.received
                else self.tr(", no receipt yet.")
            )
            parts.append(text)
            if status.stale:
                parts.append(
                    "<b>"
                    + self.tr("The data changed since: write a new package before the deadline.")
                    + "</b>"
                )
        return " ".join(parts)

    @Slot()
    def find_drives(self) -> None:
        current = self.target_combo.currentData()
        self.target_combo.clear()
        for label, root in removable_drives():
            self.target_combo.addItem(label, root)
        last = window_state.value(window_state.LAST_FOLDER, "")
        if last and self.target_combo.findData(last) < 0:
            self.target_combo.addItem(str(last), str(last))
        if self.target_combo.count() == 0:
            self.target_combo.addItem(self.tr("(no stick found: choose a folder)"), None)
        index = self.target_combo.findData(current)
        self.target_combo.setCurrentIndex(max(index, 0))

    @Slot()
    def choose_folder(self) -> None:
        start = self.target_combo.currentData() or str(Path.home())
        folder = QFileDialog.getExistingDirectory(self, self.tr("Write the package into"), start)
        if folder:
            if self.target_combo.findData(folder) < 0:
                self.target_combo.addItem(folder, folder)
            self.target_combo.setCurrentIndex(self.target_combo.findData(folder))

    @Slot(bool)
    def _encryption_toggled(self, on: bool) -> None:
        on = on and not getattr(self, "_county_key", False)
        self.passphrase.setEnabled(on)
        self.passphrase_again.setEnabled(on)

    # --- writing the package -----------------------------------------------------

    @Slot()
    def write(self) -> None:
        folder = self.target_combo.currentData()
        if not folder:
            self._error(self.tr("Choose the stick or a folder to write the package into."))
            return
        encrypt = self.encrypt_box.isChecked()
        passphrase = "" if getattr(self, "_county_key", False) else self.passphrase.text()
        if encrypt and passphrase != self.passphrase_again.text():
            self._error(self.tr("The two passphrases differ. Type the passphrase again."))
            return
        if not encrypt:
            answer = QMessageBox.warning(
                self,
                self.tr("Write unencrypted?"),
                self.tr(
                    "Without encryption anyone who finds the stick can read the petitioners' "
                    "names, ID numbers, phones and addresses. Write it unencrypted?"
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        if not self.confirm_still_open():
            return
        window_state.set_value(window_state.LAST_FOLDER, folder)
        campaign_id = self._campaign_id
        self._running(True)
        self._job = run_in_background(
            lambda job: write_package(
                Path(folder),
                campaign_id,
                passphrase if encrypt else None,
                encrypt=encrypt,
                progress=job.progress,
                cancelled=lambda: job.cancelled,
            ),
            on_done=self._written,
            on_error=self._failed,
            on_progress=lambda done, total: self.progress.setValue(done * 100 // max(total, 1)),
        )

    def confirm_still_open(self) -> bool:
        """What is still open (unassigned, unvisited, draft only, overdue): shown, and
        the clerk confirms before the package goes (issue 14). True: write it."""
        from ...domain.campaigns import get_campaign
        from ...domain.left_out import still_open

        if self._campaign_id is None:
            return True
        counts = still_open(get_campaign(self._campaign_id))
        if not any(counts.values()):
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Send with work still open?"),
            self.tr(
                "Still open: {unassigned} targets unassigned, {unvisited} not visited, "
                "{draft_only} with a draft form only, {overdue} with overdue items. "
                "Write the package as it is?"
            ).format(**counts),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    @Slot()
    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self.cancel_button.setEnabled(False)

    def _running(self, on: bool) -> None:
        if on:
            self.result_label.clear()
        self.write_button.setEnabled(not on)
        self.progress.setValue(0)
        self.progress.setVisible(on)
        self.cancel_button.setVisible(on)
        self.cancel_button.setEnabled(on)
        if not on:
            self._job = None

    def _written(self, result) -> None:
        self._running(False)
        self.passphrase.clear()
        self.passphrase_again.clear()
        self.refresh()
        self.result_label.setText(
            self.tr(
                "Written: {path} ({targets} targets, {visits} visit records). Give the county "
                "the stick; the passphrase never travels with it."
            ).format(
                path=result.path,
                targets=number_text(result.counts["targets"]),
                visits=number_text(result.counts["visit_records"]),
            ),
        )

    def _failed(self, exc: BaseException) -> None:
        self._running(False)
        self.refresh()
        if isinstance(exc, UserError) and exc.code == "cancelled":
            return
        self._error(tr_error(exc) if isinstance(exc, UserError) else str(exc))

    def _error(self, text: str) -> None:
        QMessageBox.critical(self, self.tr("Exchange"), text)

    # --- receipts and the county -------------------------------------------------

    @Slot()
    def import_receipts(self) -> None:
        from ...services.receipts import import_receipt

        start = str(window_state.value(window_state.LAST_FOLDER, str(Path.home())))
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("The county's receipts"), start, self.tr("Receipts (*.rvreceipt)")
        )
        lines = []
        for name in names:
            try:
                result = import_receipt(Path(name))
            except UserError as exc:
                lines.append(tr_error(exc))
                continue
            lines.append(
                self.tr("{package}: received by {office} on {when}.").format(
                    package=result.package_file,
                    office=result.received_by or self.tr("the county"),
                    when=result.received_at.replace("T", " "),
                )
            )
        if lines:
            self.refresh()
            self.receipt_label.setText("\n".join(lines))
