"""Settings ▸ Exchange…: the keys that prove where a package comes from.

Three boxes, as the command line has them (``office --make-keys``,
``office --install-county-key``, ``town-key ...``):

- **This office's key**: its fingerprint, and "Save the public key…" which
  makes the key pair the first time and writes the file to hand over (for a
  town: to the county; for the county: to the towns).
- **The county's key** (a town): install the county's key file; packages are
  encrypted to it from then on.
- **The towns' keys** (the county): register a town's key file, revoke one.

Before a key file is installed or registered, its fingerprint is shown to
be compared by phone with the office that made it. The dialog calls
``services/keys.py`` and ``services/town_keys.py`` only.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStringListModel, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import UserError
from ...i18n import tr_error
from ...services.keys import (
    KEY_SUFFIX,
    county_key,
    install_county_key,
    own_public_key,
    read_public_key,
    write_public_key,
)
from ...services.town_keys import register_town_key, revoke_town_key, town_keys
from .. import window_state


def _key_box(title: str) -> tuple[QGroupBox, QVBoxLayout, QLabel]:
    """A group of its own under ``title``, the key's state written at its top."""
    group = QGroupBox(title)
    box = QVBoxLayout(group)
    label = QLabel()
    label.setWordWrap(True)
    box.addWidget(label)
    return group, box, label


class ExchangeKeysDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Exchange keys"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Each office keeps its own private key in its database and hands over only "
                "its public key file. Compare every fingerprint by phone before trusting a "
                "key file that came on a stick."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        own, box, self.own_label = _key_box(self.tr("This office's key"))
        row = QHBoxLayout()
        self.save_town_button = QPushButton(self.tr("Save the town's public key for the county…"))
        self.save_town_button.clicked.connect(lambda: self.save_public("town"))
        self.save_county_button = QPushButton(
            self.tr("Save the county's public key for the towns…")
        )
        self.save_county_button.clicked.connect(lambda: self.save_public("county"))
        row.addWidget(self.save_town_button)
        row.addWidget(self.save_county_button)
        box.addLayout(row)
        layout.addWidget(own)

        county, box, self.county_label = _key_box(self.tr("A town: the county's key"))
        install = QPushButton(self.tr("Install the county's key file…"))
        install.clicked.connect(self.install_county)
        box.addWidget(install)
        layout.addWidget(county)

        layout.addWidget(self._towns_box(), 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()

    def _towns_box(self) -> QGroupBox:
        """The county's list of the towns' keys, with register and revoke."""
        towns = QGroupBox(self.tr("The county: the towns' keys"))
        box = QVBoxLayout(towns)
        self.towns_model = QStringListModel(self)
        self.towns_view = QListView()
        self.towns_view.setModel(self.towns_model)
        self.towns_view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        box.addWidget(self.towns_view)
        row = QHBoxLayout()
        register = QPushButton(self.tr("Register a town's key file…"))
        register.clicked.connect(self.register_town)
        revoke = QPushButton(self.tr("Revoke a town's key…"))
        revoke.clicked.connect(self.revoke_town)
        row.addWidget(register)
        row.addWidget(revoke)
        box.addLayout(row)
        return towns

    def refresh(self) -> None:
        own = own_public_key("town")
        self.own_label.setText(
            self.tr("Fingerprint: {fingerprint}").format(fingerprint=own.fingerprint)
            if own
            else self.tr("No key pair yet: saving the public key makes it.")
        )
        installed = county_key()
        self.county_label.setText(
            self.tr("Installed: {name}, fingerprint {fingerprint}. Packages are encrypted to it.")
            .format(name=installed.name or "-", fingerprint=installed.fingerprint)
            if installed
            else self.tr("Not installed: packages are sealed with the shared passphrase.")
        )
        rows = []
        for k in town_keys():
            state = (
                self.tr("revoked {when}").format(when=str(k.revoked_at)[:16])
                if k.revoked_at
                else self.tr("active")
            )
            rows.append(f"{k.town} · {k.fingerprint} · {state}")
        self.towns_model.setStringList(rows or [self.tr("No town's key registered yet.")])

    def _folder(self) -> str:
        return str(window_state.value(window_state.LAST_FOLDER, str(Path.home())))

    def _error(self, exc: UserError) -> None:
        QMessageBox.warning(self, self.windowTitle(), tr_error(exc))

    def _confirm(self, text: str, fingerprint: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            text + "\n\n" + self.tr("Fingerprint: {fingerprint}").format(fingerprint=fingerprint),
        )
        return answer == QMessageBox.StandardButton.Yes

    @Slot()
    def save_public(self, role: str) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the public key"),
            str(Path(self._folder()) / f"{role}{KEY_SUFFIX}"),
            self.tr("Key files (*.rvkey)"),
        )
        if not name:
            return
        try:
            public, path, _made = write_public_key(name, role)
        except UserError as exc:
            self._error(exc)
            return
        QMessageBox.information(
            self,
            self.windowTitle(),
            self.tr(
                "The public key was saved to {path}. Hand it over, and read this fingerprint "
                "to the other office by phone: {fingerprint}"
            ).format(path=path, fingerprint=public.fingerprint),
        )
        self.refresh()

    def _open_key_file(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Key file"), self._folder(), self.tr("Key files (*.rvkey)")
        )
        return Path(name) if name else None

    def _with_key_file(self, use: Callable[[Path, Any], None]) -> None:
        """Let the clerk choose a key file, read it and ``use(path, public_key)``; a file
        that is not a key, or a refusal, is said. The keys are shown again after."""
        path = self._open_key_file()
        if path is None:
            return
        try:
            use(path, read_public_key(path))
        except UserError as exc:
            self._error(exc)
        self.refresh()

    @Slot()
    def install_county(self) -> None:
        def install(path: Path, public) -> None:
            question = self.tr(
                "Install the key of {name}? Compare the fingerprint with the county by phone "
                "first."
            ).format(name=public.name or "-")
            if self._confirm(question, public.fingerprint):
                install_county_key(path)

        self._with_key_file(install)

    @Slot()
    def register_town(self) -> None:
        def register(path: Path, public) -> None:
            town, ok = QInputDialog.getText(
                self, self.windowTitle(), self.tr("The town this key belongs to:"), text=public.name
            )
            question = self.tr(
                "Register this key for {town}? Compare the fingerprint with the town by phone "
                "first."
            ).format(town=town)
            if ok and town.strip() and self._confirm(question, public.fingerprint):
                register_town_key(town, path)

        self._with_key_file(register)

    @Slot()
    def revoke_town(self) -> None:
        towns = sorted({k.town for k in town_keys() if not k.revoked_at})
        if not towns:
            return
        town, ok = QInputDialog.getItem(
            self, self.windowTitle(), self.tr("Revoke the key of:"), towns, 0, False
        )
        if not ok:
            return
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr(
                "Revoke the key of {town}? Its packages signed with this key are refused from "
                "now on, until its new key is registered."
            ).format(town=town),
        )
        if answer == QMessageBox.StandardButton.Yes:
            try:
                revoke_town_key(town)
            except UserError as exc:
                self._error(exc)
        self.refresh()
