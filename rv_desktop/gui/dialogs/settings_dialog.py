"""Settings ▸ Backups…: the automatic backup on exit, its folder and how many to keep;
and how long the printed PDFs stay in the data folder (``prints_days``).

The form loads an ``AutoBackupPolicy`` and gives one back (``load`` /
``policy``); the caller stores it per PC (``window_state``). A folder on a
USB stick may be chosen: when it is not plugged in, the backup goes to the
default folder and the clerk is told.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...services.backup import AutoBackupPolicy, BackupFile
from .. import screen_fit
from ..formatting import datetime_text


class BackupSettingsDialog(QDialog):
    def __init__(
        self,
        default_folder: Path,
        last_backup: BackupFile | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Backup settings"))
        self.default_folder = default_folder

        self.enabled = QCheckBox(self.tr("Back up automatically when the program closes"))
        self.daily = QRadioButton(self.tr("once a day (the first time it closes each day)"))
        self.every_exit = QRadioButton(self.tr("every time it closes"))
        self._when = QButtonGroup(self)
        self._when.addButton(self.daily)
        self._when.addButton(self.every_exit)

        self.folder = QLineEdit()
        self.folder.setPlaceholderText(str(default_folder))
        self.folder.setClearButtonEnabled(True)
        self.choose = QPushButton(self.tr("Choose…"))
        self.use_default = QPushButton(self.tr("Default folder"))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose)
        folder_row.addWidget(self.use_default)

        self.keep = QSpinBox()
        self.keep.setRange(1, 365)
        self.keep.setSuffix(self.tr(" backups"))
        self.keep.setMaximumWidth(120)

        note = QLabel(
            self.tr(
                "A folder on a USB stick may be chosen. When the stick is not plugged in, "
                "the backup is written to the default folder and you are told. Only the "
                "program's own automatic backups are deleted when there are more than "
                "the number kept; backups made with File ▸ Back up now stay."
            )
        )
        note.setWordWrap(True)
        note.setObjectName("hint")
        self.last = QLabel(
            self.tr("Last automatic backup: {when}, {path}").format(
                when=datetime_text(last_backup.made_at), path=last_backup.path
            )
            if last_backup
            else self.tr("No automatic backup yet.")
        )
        self.last.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.error.hide()

        self.prints_days = QSpinBox()
        self.prints_days.setRange(1, 3650)
        self.prints_days.setSuffix(self.tr(" days"))
        self.prints_days.setMaximumWidth(120)
        prints_box = QGroupBox(self.tr("Printed documents"))
        prints_form = QFormLayout(prints_box)
        prints_form.addRow(self.tr("Keep printed PDFs for:"), self.prints_days)
        prints_note = QLabel(
            self.tr(
                "The PDFs the Print menu writes into the data folder carry personal data; "
                "they are deleted after this time."
            )
        )
        prints_note.setWordWrap(True)
        prints_note.setObjectName("hint")
        prints_form.addRow(prints_note)

        box = QGroupBox(self.tr("Automatic backup"))
        form = QFormLayout(box)
        form.addRow(self.enabled)
        when = QVBoxLayout()
        when.addWidget(self.daily)
        when.addWidget(self.every_exit)
        form.addRow(self.tr("When:"), when)
        form.addRow(self.tr("Folder:"), folder_row)
        form.addRow(self.tr("Keep the last:"), self.keep)
        form.addRow(note)
        form.addRow(self.last)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(prints_box)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        screen_fit.fit_window(self, (620, self.sizeHint().height()))

        self.enabled.toggled.connect(self._enable)
        self.choose.clicked.connect(self._choose_folder)
        self.use_default.clicked.connect(self.folder.clear)
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)

    def load(self, policy: AutoBackupPolicy) -> None:
        self.enabled.setChecked(policy.enabled)
        (self.every_exit if policy.every_exit else self.daily).setChecked(True)
        self.folder.setText(str(policy.folder) if policy.folder else "")
        self.keep.setValue(policy.keep)
        self._enable(policy.enabled)

    def policy(self) -> AutoBackupPolicy:
        text = self.folder.text().strip()
        return AutoBackupPolicy(
            enabled=self.enabled.isChecked(),
            every_exit=self.every_exit.isChecked(),
            folder=Path(text) if text and Path(text) != self.default_folder else None,
            keep=self.keep.value(),
        )

    @Slot(bool)
    def _enable(self, on: bool) -> None:
        for widget in (self.daily, self.every_exit):
            widget.setEnabled(on)

    @Slot()
    def _choose_folder(self) -> None:
        start = self.folder.text().strip() or str(self.default_folder)
        folder = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), start)
        if folder:
            self.folder.setText(str(Path(folder)))

    @Slot()
    def _try_accept(self) -> None:
        folder = self.policy().folder
        if folder is not None and not folder.is_dir():
            self.error.setText(
                self.tr(
                    "The folder {folder} does not exist. Choose an existing folder "
                    "(plug in the USB stick first)."
                ).format(folder=folder)
            )
            self.error.show()
            return
        self.accept()
