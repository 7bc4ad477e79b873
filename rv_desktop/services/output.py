"""Files that are whole or absent: the one "temporary file beside the target,
rename over it, say why it could not be written" of the program's outputs.

``write_atomically(out, write)`` calls ``write(tmp)`` for a private temporary
file in the target's folder (created 0600, named ``.<stem>-<random><suffix>``)
and renames it over ``out`` only when ``write`` returned: ``out`` is either
the whole new file or untouched, and the temporary file is removed on every
path (an error, a cancel, Ctrl-C). An ``OSError`` becomes a ``UserError``
naming the file and why: a full disk says so (``disk_full_error``), anything
else is ``error(code, "{path} could not be written: {reason}")``; callers
pass their own error class so their callers can tell the exports apart.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from ..domain.errors import QT_TRANSLATE_NOOP, UserError, system_reason
from ..domain.transactions import disk_full_error, is_disk_full

__all__ = ["OutputError", "write_atomically"]


class OutputError(UserError):
    """A file could not be written; nothing was left in its place."""


def write_atomically(
    out: str | os.PathLike,
    write: Callable[[Path], object],
    *,
    error: type[UserError] = OutputError,
    code: str = "output_write",
) -> Path:
    """Call ``write(tmp)`` for a temporary file beside ``out``, then rename it to ``out``."""
    out = Path(out)
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(suffix=out.suffix, prefix=f".{out.stem[:40]}-", dir=out.parent)
        os.close(fd)
        write(Path(tmp))
        os.replace(tmp, out)
        tmp = None
    except OSError as exc:
        if is_disk_full(exc):
            raise disk_full_error(out) from exc
        raise error(
            code,
            QT_TRANSLATE_NOOP("UserError", "{path} could not be written: {reason}"),
            path=out,
            reason=system_reason(exc),
        ) from exc
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
    return out
