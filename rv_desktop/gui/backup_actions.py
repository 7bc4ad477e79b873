"""Backups in the window: back up now, restore, the backup settings, the backup on exit.

Every action calls ``services.backup`` off the GUI thread. The backup on exit
runs from the window's ``closeEvent`` through ``run_with_progress``: the job
runs in the thread pool while a local event loop keeps the window painted
(a progress dialog appears if it takes longer than half a second), and the
close completes only once the verified backup has its final name. So a
closing program never loses its backup, yet never freezes; the backup
always sees a database nobody is writing to any more, and ``close()``
behaves the same whether the clerk, the Quit action or a test closes.

A restore goes through the ``Session`` (close every connection, keep the
lock, replace, reopen) and announces the database again, so every page
refreshes as after opening a file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from ..domain.errors import UserError
from ..i18n import tr_error
from ..services.backup import (
    RestoreResult,
    auto_backup_due,
    backup_database,
    has_backup_passphrase,
    is_sealed,
    last_auto_backup,
    needs_sealing,
    run_auto_backup,
)
from . import window_state
from .background import Job, run_in_background
from .dialogs.backup_passphrase import ask_backup_passphrase, set_backup_passphrase_interactively
from .progress import run_with_progress
from .session import Session


def restore_with_progress(
    session: Session,
    backup: Path,
    parent: QWidget | None = None,
    path: Path | None = None,
    passphrase: str | None = None,
) -> RestoreResult:
    """Restore ``backup`` over the session's database (or ``path`` at start-up).

    An encrypted backup (written outside the data folder) needs its passphrase:
    asked for here unless given. Raises the service's ``RestoreError``
    (nothing changed, the old database open again) or ``DatabaseInUse``.
    """
    if passphrase is None and is_sealed(backup):
        passphrase = ask_backup_passphrase(parent, backup)  # None: the service says why
    session.begin_restore(path)
    try:
        result = run_with_progress(
            lambda job: session.restore_file(backup, job.progress, passphrase=passphrase),
            QCoreApplication.translate("BackupActions", "Checking and restoring the backup…"),
            parent,
            minimum_ms=300,
        )
    except BaseException:
        session.finish_restore(False)
        raise
    session.finish_restore(True)
    return result


class BackupActions(QObject):
    """The backup actions of ``window`` (a main window with a ``session``)."""

    def __init__(self, window: QWidget, session: Session):
        super().__init__(window)
        self.window = window
        self.session = session
        self.job: Job | None = None
        self._closing = False
        self.backup_action = QAction(self.tr("&Back up now…"), self)
        self.backup_action.triggered.connect(self.back_up)
        self.restore_action = QAction(self.tr("&Restore from backup…"), self)
        self.restore_action.triggered.connect(self.restore)
        self.settings_action = QAction(self.tr("&Backups…"), self)
        self.settings_action.triggered.connect(self.settings)

    # --- back up now ------------------------------------------------------------

    @Slot()
    def back_up(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.window, self.tr("Back up into folder"), str(self.default_folder())
        )
        if not folder or not self.ready_to_seal(Path(folder)):
            return
        progress = QProgressDialog(self.tr("Backing up the database…"), "", 0, 0, self.window)
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        self.job = run_in_background(
            lambda job: backup_database(Path(folder)),
            on_done=lambda target: (progress.close(), self._backed_up(target)),
            on_error=lambda exc: (progress.close(), self._failed(exc)),
        )

    def ready_to_seal(self, folder: Path) -> bool:
        """A backup into ``folder`` outside the data folder is encrypted: the
        office's backup passphrase must be set first (asked for now if not)."""
        if not needs_sealing(folder, self.session.path) or has_backup_passphrase():
            return True
        return set_backup_passphrase_interactively(self.window)

    def default_folder(self) -> Path:
        return self.session.backup_policy().folder or self.session.backups_dir()

    def _backed_up(self, target: Path) -> None:
        self.window.statusBar().showMessage(
            self.tr("Backup written: {path}").format(path=target), 10000
        )

    def _failed(self, exc: BaseException) -> None:
        text = tr_error(exc) if isinstance(exc, UserError) else str(exc)
        QMessageBox.critical(self.window, self.tr("Return-visit desk"), text)

    # --- restore ----------------------------------------------------------------

    @Slot()
    def restore(self) -> None:
        from .dialogs.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.session.path, self.session.backup_folders(), self.window)
        if dialog.exec() != RestoreDialog.DialogCode.Accepted or dialog.chosen is None:
            return
        self.restore_file(dialog.chosen)

    def restore_file(self, backup: Path) -> RestoreResult | None:
        """Confirm, then restore ``backup`` over the open database."""
        answer = QMessageBox.question(
            self.window,
            self.tr("Restore from backup"),
            self.tr(
                "Put the backup {backup} in place of the database {path}?\n\n"
                "Changes made since that backup will no longer show. The current file "
                "is kept beside it as {name}.before-restore-….sqlite."
            ).format(backup=backup, path=self.session.path, name=self.session.path.stem),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        try:
            result = restore_with_progress(self.session, backup, self.window)
        except UserError as exc:
            self._failed(exc)
            return None
        self.window.statusBar().showMessage(
            self.tr("Restored from {backup}; the previous file is kept as {aside}.").format(
                backup=backup.name, aside=result.kept_aside.name if result.kept_aside else "-"
            ),
            20000,
        )
        return result

    # --- settings ---------------------------------------------------------------

    @Slot()
    def settings(self) -> None:
        from .dialogs.settings_dialog import BackupSettingsDialog

        policy = self.session.backup_policy()
        last = (
            last_auto_backup(self.session.backup_folders(), self.session.path.stem)
            if self.session.path
            else None
        )
        dialog = BackupSettingsDialog(self.session.backups_dir(), last, self.window)
        dialog.load(policy)
        dialog.prints_days.setValue(window_state.prints_keep_days())
        if dialog.exec() == BackupSettingsDialog.DialogCode.Accepted:
            window_state.set_backup_policy(dialog.policy())
            window_state.set_prints_keep_days(dialog.prints_days.value())
            if dialog.policy().folder:
                self.ready_to_seal(Path(dialog.policy().folder))

    # --- on exit ----------------------------------------------------------------

    def backup_on_exit(self) -> None:
        """The automatic backup, when due; returns once it is written (or failed)."""
        if self._closing or not self.session.is_open:
            return
        policy = self.session.backup_policy()
        if not auto_backup_due(policy, self.session.backup_folders(), self.session.path):
            return
        self._closing = True
        default = self.session.backups_dir()
        try:
            result = run_with_progress(
                lambda job: run_auto_backup(policy, default),
                self.tr("Backing up the database before closing…"),
                self.window,
            )
        except Exception as exc:  # noqa: BLE001 - the clerk must hear of any failure
            reason = tr_error(exc) if isinstance(exc, UserError) else str(exc)
            QMessageBox.warning(
                self.window,
                self.tr("Automatic backup"),
                self.tr(
                    "The automatic backup failed: {reason}\n\nYour data is safe in {path}. "
                    "Back it up with File ▸ Back up now… when you can."
                ).format(reason=reason, path=self.session.path),
            )
            return
        finally:
            self._closing = False
        if result.fell_back is not None:
            QMessageBox.warning(
                self.window,
                self.tr("Automatic backup"),
                self.tr(
                    "{reason}\nIs the USB stick plugged in? The backup was written to "
                    "{folder} instead."
                ).format(reason=tr_error(result.fell_back), folder=result.folder),
            )

    @property
    def backing_up(self) -> bool:
        return self._closing
