"""rv_desktop: the return-visit desk of a town petition office (千案回访)."""

from __future__ import annotations

__version__ = "0.1.0"


def load_main():
    """``rv_desktop.cli.main``, loaded so that Ctrl-C meanwhile ends quietly.

    Qt's and Python's import machinery print a traceback for an interrupt in
    the middle of an import: while the program loads, Ctrl-C is only noted,
    and the program then ends with the interrupted code (130).
    """
    import signal
    import sys

    pending: list[int] = []
    try:
        previous = signal.signal(signal.SIGINT, lambda signum, frame: pending.append(signum))
    except ValueError:  # not the main thread
        from .cli import main

        return main
    try:
        from .cli import main
    finally:
        signal.signal(signal.SIGINT, previous)
    if pending:
        sys.exit(130)
    return main
