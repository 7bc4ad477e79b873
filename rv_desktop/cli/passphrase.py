"""The passphrase of an exchange package: read from a file, or asked on the terminal."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ..domain.errors import UserError
from .common import translate


class PassphraseError(UserError):
    pass


def read_passphrase(path: str) -> str:
    """The first line of the file ``path`` (``~`` is the user's folder)."""
    try:
        text = Path(path).expanduser().read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise PassphraseError(
            "passphrase_file",
            QT_TRANSLATE_NOOP("UserError", "The passphrase file {path} cannot be read: {reason}"),
            path=path,
            reason=getattr(exc, "strerror", None) or str(exc),
        ) from exc
    lines = text.splitlines()
    return lines[0] if lines else ""


def ask(prompt: str) -> str | None:
    """Ask on the terminal, not shown as typed; None when there is none to ask on (a script)."""
    if not sys.stdin.isatty():
        return None
    import getpass

    return getpass.getpass(prompt)


def ask_passphrase(twice: bool) -> str | None:
    """Ask on the terminal (``twice``: and again, to compare); None in a script."""
    first = ask(translate("cli", "Passphrase: "))
    if first is not None and twice and ask(translate("cli", "Passphrase again: ")) != first:
        raise PassphraseError(
            "passphrase_mismatch",
            QT_TRANSLATE_NOOP("UserError", "The two passphrases differ. Nothing was written."),
        )
    return first
