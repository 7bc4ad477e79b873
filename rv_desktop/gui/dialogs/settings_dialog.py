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
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from ...services.backup import AutoBackupPolicy, BackupFile
from .. import screen_fit
from ..formatting import datetime_text
from ..ui_loader import load_ui


class BackupSettingsDialog(QDialog):
    """The form is ``ui/backup_settings.ui``; this class is its behaviour."""

    def __init__(
        self,
        default_folder: Path,
        last_backup: BackupFile | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        load_ui("backup_settings", self)
        self.default_folder = default_folder
        self.folder.setPlaceholderText(str(default_folder))
        self.last.setText(
            self.tr("Last automatic backup: {when}, {path}").format(
                when=datetime_text(last_backup.made_at), path=last_backup.path
            )
            if last_backup
            else self.tr("No automatic backup yet.")
        )
        self.error.hide()
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
