"""Encrypted backups in the window: the passphrase set once, asked at restore.

Issue 21: "A backup written outside the data folder (a USB stick, as
*Settings ▸ Backups* allows) is encrypted with a key of the office, and
restore asks for it." Real widgets, real files; modal dialogs are answered by
polling for the active modal widget (``test_backups.drive``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from rv_desktop.domain.models import Case, Petitioner
from rv_desktop.gui.dialogs.backup_passphrase import PassphraseDialog
from rv_desktop.services.backup import backup_database, has_backup_passphrase, is_sealed

from .test_backups import _no_stale_windows, click, drive, window  # noqa: F401

GOOD = "河边的信访办 keeps its records 2026"


def type_passphrase(text: str, seen: list[str] | None = None):
    def step(widget: QWidget) -> bool:
        if not isinstance(widget, PassphraseDialog):
            return False
        widget.passphrase.setText(text)
        widget.again.setText(text)
        widget.accept()
        if seen is not None:
            seen.append(widget.problem.text() if widget.problem.isVisible() else "")
        return True

    return step


def test_the_passphrase_is_set_once_and_asked_for_at_restore(
    window, qtbot, db_path, tmp_path_factory
):
    stick: Path = tmp_path_factory.mktemp("stick")
    assert not has_backup_passphrase()
    problems: list[str] = []
    waiting = drive(type_passphrase("12345678", problems), type_passphrase(GOOD, problems))
    assert window.backup_actions.ready_to_seal(stick)
    assert waiting == []
    assert "at least 12 characters" in problems[0] and problems[1] == ""
    assert has_backup_passphrase()
    assert window.backup_actions.ready_to_seal(stick)  # set: not asked again

    backup = backup_database(stick)
    assert is_sealed(backup)
    Case.create(case_no="QS-after", petitioner=Petitioner.get())

    messages: list[str] = []
    waiting = drive(
        click("Yes"), type_passphrase("不是这个口令不是这个口令"), click("OK", messages)
    )
    assert window.backup_actions.restore_file(backup) is None
    assert waiting == []
    assert "does not open" in messages[0] and "Nothing was changed" in messages[0]
    assert window.session.is_open and Case.select().count() == 4
    assert not list(db_path.parent.glob("*.before-restore-*"))

    waiting = drive(click("Yes"), type_passphrase(GOOD))
    result = window.backup_actions.restore_file(backup)
    assert waiting == []
    assert result is not None and result.cases == 3
    assert window.session.is_open and Case.select().count() == 3
