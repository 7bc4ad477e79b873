"""Errors the user must read, carried from the domain to whoever shows them.

The domain has no Qt, yet every message must reach the clerk in their
language. A ``UserError`` keeps a stable ``code``, an English template marked
with ``QT_TRANSLATE_NOOP("UserError", ...)`` (so ``pyside6-lupdate`` collects
it into the translation files) and the values to fill in. The GUI and the
command line translate the template and format it (``gui/i18n.py``,
``cli.py``); ``str(error)`` gives the English text for logs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for translation in ``context`` without importing Qt."""
    return text


class UserError(Exception):
    """Something the user did or chose that cannot go on; nothing was changed."""

    context = "UserError"

    def __init__(self, code: str, template: str, **params: Any):
        self.code = code
        self.template = template
        self.params = {k: str(v) if isinstance(v, Path) else v for k, v in params.items()}
        super().__init__(self.format(template))

    def format(self, template: str) -> str:
        """Fill ``template`` (the English one or its translation) with the values."""
        try:
            return template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return template
