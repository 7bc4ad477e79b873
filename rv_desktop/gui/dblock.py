"""One program per database: the window's kind of the program's lock.

The lock itself lives in ``domain/dblock.py`` (no Qt), shared with every
command of the command line and with restore: the window holds the
*program* part exclusively (a second copy is refused) and the *write* part
shared (commands may write beside it; a restore may not).
"""

from __future__ import annotations

from ..domain.dblock import WINDOW, DatabaseLock

__all__ = ["DatabaseLock", "WINDOW"]
