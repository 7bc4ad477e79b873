"""What every subcommand runs inside: no surprise on any way out.

``run_command`` runs one subcommand's handler and turns every way it can end
into an exit code and a message in the user's language, never a traceback:

- a ``UserError`` (bad input, a missing or damaged database): its message, 2;
- SQLite reporting damage in the middle of the work: the file is damaged, 2;
- a file the system refuses (a folder where a file is expected, no
  permission, a full disk): which file and why, in the user's language, 2;
- Ctrl-C (SIGINT): 130; SIGTERM: 143; ``| head`` closing the pipe: 141
  (the shell's 128 + signal numbers);
- anything else is a bug: its traceback goes to the log file, the message
  names that file, 3.

Every command gets a private temporary folder (``TMPDIR`` and
``tempfile.tempdir``, inherited by helper processes): what a library stages
there (openpyxl writes whole worksheets to temporary files, in clear text) is
removed on every one of these exits. The files a service stages next to its
target are removed by the service's own ``finally`` blocks, which SIGTERM now
runs too (it is turned into an exception like Ctrl-C).

``translate_argparse`` makes argparse's own words ("usage:", "error:") go
through Qt's translation like every other string.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import sys
import tempfile
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

translate = QCoreApplication.translate

EXIT_BAD_INPUT, EXIT_BUG = 2, 3
EXIT_SIGINT, EXIT_SIGPIPE, EXIT_SIGTERM = 130, 141, 143


class Terminated(BaseException):
    """SIGTERM, raised like KeyboardInterrupt so that ``finally`` blocks run."""


# the signals received while the command runs (a library may turn the
# KeyboardInterrupt raised inside it into another exception: an import cut
# short by Ctrl-C ends in importlib's KeyError; the signal still decides)
_received: list[int] = []


def _raise_interrupted(signum, frame):  # noqa: ARG001 - a signal handler's signature
    _received.append(signum)
    raise KeyboardInterrupt


def _raise_terminated(signum, frame):  # noqa: ARG001 - a signal handler's signature
    _received.append(signum)
    raise Terminated()


def install_signal_handlers() -> None:
    """Ctrl-C and SIGTERM end a command through its ``finally`` blocks.

    SIGINT is set back to Python's handler even if the command was started
    with it ignored (a background job of a non-interactive shell).
    """
    _received.clear()
    signal.signal(signal.SIGINT, _raise_interrupted)
    signal.signal(signal.SIGTERM, _raise_terminated)


def _ignore_signals() -> None:
    """While cleaning up, a second Ctrl-C must not leave the clean-up half done."""
    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            signal.signal(sig, signal.SIG_IGN)
        except (ValueError, OSError):  # not the main thread
            pass


def err(text: str) -> None:
    try:
        print(text, file=sys.stderr, flush=True)
    except (BrokenPipeError, OSError):
        pass


# --- errors of the system, in the user's language ---------------------------------


def os_reason(exc: OSError) -> str:
    """Why the system refused, in the user's language (its own text otherwise)."""
    from ..domain.errors import SYSTEM_REASONS

    text = SYSTEM_REASONS.get(exc.errno)
    if text is not None:
        return translate("UserError", text)
    return exc.strerror or str(exc)


def os_error_message(exc: OSError) -> str:
    path = exc.filename if exc.filename is not None else ""
    return translate("cli", "{path} cannot be used: {reason}").format(
        path=os.fsdecode(path) if not isinstance(path, str) else path, reason=os_reason(exc)
    )


#: what a command-line user can do where the message speaks of the window's settings
CLI_HINTS = {
    "font_missing": QT_TRANSLATE_NOOP(
        "cli",
        "On the command line: install a Chinese TrueType font (SimSun on Windows, "
        "fonts-wqy-zenhei on Debian), or choose the font file in the window "
        "(Settings), which the commands then use too.",
    ),
    "missing_characters": QT_TRANSLATE_NOOP(
        "cli",
        "On the command line: print-forms --allow-missing prints anyway (the characters "
        "are left as gaps to write in by hand), or choose another font in the window "
        "(Settings), which the commands then use too.",
    ),
}


# --- the database of a command ----------------------------------------------------


def guard_writes(database, path, actor: str) -> None:
    """Before the command's first write: the quick check, then the actor for the audit."""
    from ..domain import audit
    from ..domain import db as dbmod

    def before_first_write() -> None:
        problems = dbmod.quick_check(database)
        if problems:
            raise dbmod.DatabaseDamaged(path, problems)
        with database.atomic():
            audit.set_actor(actor)

    database.before_first_write = before_first_write


def _damage_behind(exc: BaseException):
    """A ``DatabaseDamaged`` when the open database is what broke, else None.

    SQLite does not notice every damaged page: garbage read from one can make
    the code fail in other ways. Before calling it a bug, the file is checked.
    """
    from ..domain import db as dbmod

    database = dbmod.db.obj
    if database is None:
        return None
    path = database.database
    if dbmod.is_damage(exc):
        return dbmod.DatabaseDamaged(path, [str(exc)])
    try:
        problems = dbmod.quick_check(database)
    except Exception as again:  # noqa: BLE001 - the check itself may meet the damage
        problems = [str(again)] if dbmod.is_damage(again) else []
    return dbmod.DatabaseDamaged(path, problems) if problems else None


# --- one command --------------------------------------------------------------------


def _private_tmpdir() -> str | None:
    """A private folder for the command's temporary files, in the data folder
    (``services.staging``: 0700, removed at the end and, after a kill, at the
    next start), else in the system's temporary folder."""
    from ..services.staging import private_temp_dir

    try:
        work = str(private_temp_dir())
    except OSError:
        try:
            work = tempfile.mkdtemp(prefix="rv_desktop-")
        except OSError:
            return None
    tempfile.tempdir = work
    os.environ["TMPDIR"] = work  # helper processes (spawned) stage there too
    return work


def _silence_stdout() -> None:
    """After a closed pipe: no second BrokenPipeError when Python flushes at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def run_command(body: Callable[[], int]) -> int:
    """Run ``body`` and turn every ending into an exit code and a message on stderr."""
    from ..domain.errors import UserError
    from ..i18n import tr_error

    say = err
    saved_tmp = (tempfile.tempdir, os.environ.get("TMPDIR"))
    saved_handlers = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    work = None
    try:
        install_signal_handlers()
        work = _private_tmpdir()
        return body()
    except UserError as exc:
        say(tr_error(exc))
        hint = CLI_HINTS.get(exc.code)
        if hint:
            err(translate("cli", hint))
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return _stopped_by(signal.SIGINT)
    except Terminated:
        return _stopped_by(signal.SIGTERM)
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_SIGPIPE
    except OSError as exc:
        say(os_error_message(exc))
        return EXIT_BAD_INPUT
    except Exception as exc:
        if _received:  # the signal, turned into another exception on its way up
            return _stopped_by(_received[-1])
        damaged = _damage_behind(exc)
        if damaged is not None:
            say(tr_error(damaged))
            return EXIT_BAD_INPUT
        from ..logs import log_exception

        log_file = log_exception(exc)
        say(
            translate(
                "cli",
                "An unexpected error stopped the command: {error}. The details are in {log}.",
            ).format(error=type(exc).__name__, log=log_file or "-")
        )
        return EXIT_BUG
    finally:
        _ignore_signals()
        _clean_up(work, saved_tmp, saved_handlers)


def _stopped_by(signum: int) -> int:
    """The message and exit code of a command ended by Ctrl-C or SIGTERM."""
    if signum == signal.SIGTERM:
        err(translate("cli", "Terminated: the command stopped before it finished."))
        return EXIT_SIGTERM
    err(translate("cli", "Interrupted: the command stopped before it finished."))
    return EXIT_SIGINT


def _clean_up(work, saved_tmp, saved_handlers) -> None:
    """After the command: the database closed, the private temporary folder removed,
    TMPDIR and the signal handlers as they were."""
    from ..domain import db as dbmod

    try:
        dbmod.close_database()
    except Exception:  # noqa: BLE001 - closing must not hide the real ending
        pass
    if work is not None:
        shutil.rmtree(work, ignore_errors=True)
    tempfile.tempdir = saved_tmp[0]
    if saved_tmp[1] is None:
        os.environ.pop("TMPDIR", None)
    else:
        os.environ["TMPDIR"] = saved_tmp[1]
    for sig, handler in saved_handlers.items():  # a caller in the same process
        try:
            signal.signal(sig, handler if handler is not None else signal.SIG_DFL)
        except (ValueError, OSError, TypeError):
            pass


# --- argparse in the user's language -------------------------------------------------

#: argparse's own texts (Python 3.11), collected by lupdate in the context "argparse".
ARGPARSE_TEXTS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
)


def _argparse_text(text):
    return text if not text else translate("argparse", text)


def translate_argparse() -> None:
    """Send argparse's ``gettext`` calls through Qt's translators."""
    argparse._ = _argparse_text  # type: ignore[attr-defined]
    argparse.ngettext = lambda one, many, n: _argparse_text(one if n == 1 else many)  # type: ignore[attr-defined]


def opens_window(argv: list[str], languages: tuple[str, ...]) -> bool:
    """True when ``argv`` only chooses the window's database and language.

    Anything else (a subcommand, a mistyped one, ``--help``, an unknown
    option) is for the command line, parsed before any display is touched.
    """
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--demo":
            i += 1
        elif arg in ("--db", "--lang"):
            if i + 1 >= len(argv):
                return False
            if arg == "--lang" and argv[i + 1] not in languages:
                return False
            i += 2
        elif arg.startswith("--db="):
            i += 1
        elif arg.startswith("--lang="):
            if arg.split("=", 1)[1] not in languages:
                return False
            i += 1
        else:
            return False
    return True
