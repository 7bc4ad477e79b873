"""The backup passphrase in the window: asked for an encrypted backup, set once.

A backup written outside the data folder (a folder on a USB stick chosen in
*Settings ▸ Backups* or for *Back up now…*) is encrypted with the office's
backup key, which the clerk's backup passphrase opens on any PC
(``services/backup/office_key.py``). ``ask_backup_passphrase`` asks for it
before a restore of such a backup; ``set_backup_passphrase_interactively``
lets the clerk set it (twice, refused when weak: the strength rules of
``domain/passphrase.py`` through ``crypto.check_passphrase``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import UserError
from ...i18n import tr_error

translate = QCoreApplication.translate


class PassphraseDialog(QDialog):
    """One passphrase field (``confirm``: two, and the strength check)."""

    def __init__(self, text: str, confirm: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Backup passphrase"))
        self.confirm = confirm
        intro = QLabel(text)
        intro.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020")
        self.problem.hide()
        form = QFormLayout()
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        if confirm:
            form.addRow(self.tr("Again:"), self.again)
        else:
            self.again.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())

    def value(self) -> str:
        return self.passphrase.text()

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def accept(self) -> None:
        if not self.value():
            self._say(self.tr("Type the passphrase."))
            return
        if self.confirm:
            from ...services.crypto import check_passphrase

            if self.again.text() != self.value():
                self._say(self.tr("The two passphrases differ."))
                return
            try:
                check_passphrase(self.value())
            except UserError as exc:
                self._say(tr_error(exc))
                return
        super().accept()


def ask_backup_passphrase(parent: QWidget | None, backup: Path) -> str | None:
    """The passphrase of the encrypted ``backup``, or None when the clerk cancels."""
    dialog = PassphraseDialog(
        translate(
            "BackupPassphrase",
            "The backup {file} is encrypted. Type the office's backup passphrase to restore it.",
        ).format(file=backup.name),
        confirm=False,
        parent=parent,
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.value()


def set_backup_passphrase_interactively(parent: QWidget | None) -> bool:
    """Let the clerk set the backup passphrase; True once it is set."""
    from ...services.backup import set_backup_passphrase
    from ..progress import run_with_progress

    dialog = PassphraseDialog(
        translate(
            "BackupPassphrase",
            "Backups outside the program's data folder (on a USB stick, for instance) are "
            "encrypted. Choose the office's backup passphrase: at least 12 characters, a "
            "short sentence of your own is best. Keep it apart from this computer: it is "
            "what restores a backup on a new PC.",
        ),
        confirm=True,
        parent=parent,
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    passphrase = dialog.value()
    try:
        run_with_progress(
            lambda job: set_backup_passphrase(passphrase),
            translate("BackupPassphrase", "Setting the backup passphrase…"),
            parent,
        )
    except UserError as exc:
        QMessageBox.critical(
            parent, translate("BackupPassphrase", "Backup passphrase"), tr_error(exc)
        )
        return False
    return True
