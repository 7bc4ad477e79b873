"""Errors the user must read, carried from the domain to whoever shows them.

The domain has no Qt, yet every message must reach the clerk in their
language. A ``UserError`` keeps a stable ``code``, an English template marked
with ``QT_TRANSLATE_NOOP("UserError", ...)`` (so ``pyside6-lupdate`` collects
it into the translation files) and the values to fill in. The GUI and the
command line translate the template and format it (``rv_desktop/i18n.py``,
``tr_error``; the command line's ``cli/frame.py``); ``str(error)`` gives the
English text for logs.
"""

from __future__ import annotations

import errno
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")


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

    def format(self, template: str, params: dict[str, Any] | None = None) -> str:
        """Fill ``template`` (the English one or its translation) with the values."""
        try:
            return template.format(**(self.params if params is None else params))
        except (KeyError, IndexError, ValueError):
            return template


def found(row: T | None, error: type[UserError], code: str, template: str, **params: Any) -> T:
    """``row``, or ``error(code, template, **params)`` raised when a lookup found none:
    ``return found(query.first(), VisitError, "visit_not_found", no_record, id=visit_id)``."""
    if row is None:
        raise error(code, template, **params)
    return row


def member_value(
    enum: type[Enum], value: Any, error: type[UserError], code: str, template: str, **params: Any
) -> Any:
    """``enum(value).value``, or ``error(code, template, **params)`` raised (from None) when
    ``value`` is none of ``enum``'s: a choice refused in the user's words."""
    try:
        return enum(value).value
    except ValueError:
        raise error(code, template, **params) from None


# --- the system's reasons, in the user's language ------------------------------------

#: what the system says when it refuses a file, by errno; other errors keep its own text
SYSTEM_REASONS = {
    errno.ENOENT: QT_TRANSLATE_NOOP("UserError", "it does not exist"),
    errno.EISDIR: QT_TRANSLATE_NOOP("UserError", "it is a folder, not a file"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("UserError", "a part of the path is not a folder"),
    errno.EACCES: QT_TRANSLATE_NOOP("UserError", "permission denied"),
    errno.EPERM: QT_TRANSLATE_NOOP("UserError", "permission denied"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("UserError", "the disk is full"),
    errno.EROFS: QT_TRANSLATE_NOOP("UserError", "the disk is read-only"),
    errno.EEXIST: QT_TRANSLATE_NOOP("UserError", "it already exists"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("UserError", "the name is too long"),
    errno.EBUSY: QT_TRANSLATE_NOOP("UserError", "it is in use"),
}


class SystemReason(str):
    """The system's reason (English, for logs) that knows its errno, to be translated."""

    errno: int | None = None

    @property
    def template(self) -> str | None:
        return SYSTEM_REASONS.get(self.errno) if self.errno is not None else None


def system_reason(exc: OSError) -> SystemReason:
    """``reason=system_reason(exc)``: shown in the user's language where it is known."""
    reason = SystemReason(exc.strerror or str(exc))
    reason.errno = exc.errno
    return reason


@contextmanager
def os_errors_as(error: type[UserError], code: str, template: str, **params: Any) -> Iterator[None]:
    """The one way a file the system refuses is said to the user: inside the block an
    ``OSError`` becomes ``error(code, template, reason=system_reason(exc), **params)``.

    ``with os_errors_as(KeyFileError, "key_write_failed", QT_TRANSLATE_NOOP("UserError",
    "The key file {file} cannot be written: {reason}"), file=path): ...``
    """
    try:
        yield
    except OSError as exc:
        raise error(code, template, reason=system_reason(exc), **params) from exc
