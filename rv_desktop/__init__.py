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
        # Python's own handler, not the one the program was started with (SIG_DFL
        # for a child of a script): until the command's frame takes over, Ctrl-C is
        # a KeyboardInterrupt that ``__main__`` turns into the interrupted code
        signal.signal(
            signal.SIGINT,
            signal.default_int_handler if previous in (signal.SIG_DFL, None) else previous,
        )
    if pending:
        sys.exit(130)
    return main
