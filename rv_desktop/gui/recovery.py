"""Recovery: a damaged database is said so, and a backup offered.

At start-up the check usually runs after the window shows, in the
background (``startup_check.py``), and calls ``offer_recovery`` when it
finds damage; ``open_checked`` opens a file without that check when told
so (``check=False``), and still offers recovery when SQLite already refuses
the file as damaged. A database chosen here ("Open another database…") is
checked before it opens, in the GUI thread. When the file is damaged, ``offer_recovery`` says
so and offers, newest first, the backups of that database that pass their
own check (restoring one keeps the damaged file beside it), any backup
file, or another database. Nothing is changed unless the clerk chooses.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ..domain import db as dbmod
from ..domain.damage import damage_of, is_damage
from ..domain.errors import UserError
from ..i18n import tr_error
from ..services.backup import list_backups
from .backup_actions import restore_with_progress
from .formatting import datetime_text
from .session import Session

translate = QCoreApplication.translate


def check_at_start(path: Path) -> None:
    """Raise ``DatabaseDamaged`` (or another ``DatabaseOpenError``) before anything opens it."""
    dbmod.check_file(path)


def open_checked(
    session: Session,
    path: Path,
    before_asking: Callable[[], object] | None = None,
    create: bool = False,
    check: bool = True,
) -> bool:
    """Check (unless ``check`` is False), then open ``path`` in ``session``.

    A damaged file leads to the recovery choices. True when a database is
    open at the end (in place of the session's current one, if any). Other
    refusals (a file of another program, in use elsewhere) are raised as
    before. ``before_asking`` runs before the recovery question.
    """
    try:
        if check:
            check_at_start(path)
        try:
            if session.is_open:
                session.switch(path, create=create)
            else:
                session.open(path, create=create)
        except Exception as exc:
            if not is_damage(exc):
                raise
            raise damage_of(path, exc) from exc  # SQLite met damage while opening
        return True
    except dbmod.DatabaseDamaged as exc:
        if session.is_open and session.path != Path(path).expanduser().absolute():
            raise  # another damaged file while one is open: said so, nothing restored over it
        if before_asking is not None:
            before_asking()
        return offer_recovery(session, Path(path), exc)


def offer_recovery(session: Session, path: Path, error: dbmod.DatabaseDamaged) -> bool:
    refused: set[Path] = set()
    note = ""
    while True:
        candidates = [
            b for b in list_backups(session.backup_folders(), path.stem) if b.path not in refused
        ]
        latest = candidates[0] if candidates else None
        box, restore, choose, other = _build_box(session, path, error, latest, note)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        if restore is not None and clicked is restore:
            backup = latest.path
        elif clicked is choose:
            backup = _choose_backup(session, path)
            if backup is None:
                continue
        elif clicked is other:
            name, _ = QFileDialog.getOpenFileName(
                None,
                translate("Recovery", "Open database"),
                str(path.parent),
                translate("Recovery", "Databases (*.sqlite *.db);;All files (*)"),
            )
            if not name:
                continue
            try:
                return open_checked(session, Path(name))
            except UserError as exc:
                note = tr_error(exc)
                continue
        else:
            return False
        try:
            result = restore_with_progress(session, backup, None, path)
        except UserError as exc:
            refused.add(backup)
            note = translate(
                "Recovery", "The backup {file} could not be restored: {reason}"
            ).format(file=backup.name, reason=tr_error(exc))
            continue
        QMessageBox.information(
            None,
            translate("Recovery", "Backup restored"),
            translate(
                "Recovery", "The backup {file} is restored. The damaged file is kept as {aside}."
            ).format(file=backup.name, aside=result.kept_aside),
        )
        return True


def _build_box(session: Session, path: Path, error: dbmod.DatabaseDamaged, latest, note: str):
    """The damaged-database message with its buttons (restore only if there is a backup)."""
    box = QMessageBox(QMessageBox.Icon.Critical, translate("Recovery", "Damaged database"), "")
    box.setObjectName("damagedDatabase")
    # SQLite's findings are English and technical: behind "Show Details…",
    # for whoever helps the clerk, not in the message itself.
    box.setText(
        translate("Recovery", "{path} is damaged and cannot be read.").format(path=path)
    )
    box.setDetailedText("\n".join(error.problems))
    if latest:
        info = translate(
            "Recovery",
            "The latest backup of it was made {when} ({file}). Restoring it puts it in "
            "place of the damaged file, which is kept beside it; what was entered after "
            "{when} must be entered again.",
        ).format(when=datetime_text(latest.made_at), file=latest.path)
    else:
        info = translate(
            "Recovery",
            "No backup of it was found in {folders}. Choose a backup file, or open "
            "another database.",
        ).format(folders="; ".join(str(f) for f in session.backup_folders()))
    box.setInformativeText((note + "\n\n" if note else "") + info)
    restore = (
        box.addButton(
            translate("Recovery", "Restore the latest backup"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        if latest
        else None
    )
    choose = box.addButton(
        translate("Recovery", "Choose a backup…"), QMessageBox.ButtonRole.ActionRole
    )
    other = box.addButton(
        translate("Recovery", "Open another database…"), QMessageBox.ButtonRole.ActionRole
    )
    quit_button = box.addButton(
        translate("Recovery", "Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(restore or choose)
    box.setEscapeButton(quit_button)
    return box, restore, choose, other


def _choose_backup(session: Session, path: Path) -> Path | None:
    from .dialogs.restore_dialog import RestoreDialog

    dialog = RestoreDialog(path, session.backup_folders())
    if dialog.exec() != RestoreDialog.DialogCode.Accepted:
        return None
    return dialog.chosen
