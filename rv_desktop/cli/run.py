"""``main``: the window, or one subcommand run inside the command frame."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from ..i18n import SUPPORTED, install_translators
from .commands import build_parser
from .common import EXIT_BAD_INPUT, EXIT_OK, translate
from .frame import opens_window, run_command, translate_argparse


def pre_lang(argv: Sequence[str]) -> str | None:
    """The ``--lang`` given anywhere in ``argv`` (the window's too), before parsing."""
    for i, arg in enumerate(argv):
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
    return None


def main(argv: Sequence[str] | None = None) -> int:
    import multiprocessing

    multiprocessing.freeze_support()  # a frozen program's worker process stops here
    argv = list(sys.argv[1:] if argv is None else argv)
    if opens_window(argv, SUPPORTED):
        from ..gui.app import run_gui

        return run_gui(argv)
    # everything else is parsed here, before any display is touched: QtCore only
    return run_command(lambda: _run_cli(argv))


def _run_cli(argv: list[str]) -> int:
    app = QCoreApplication.instance() or QCoreApplication(["rv-desktop"])
    lang = pre_lang(argv)
    install_translators(app, lang if lang in SUPPORTED else None)
    translate_argparse()
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, a usage error: argparse said it
        return exc.code if isinstance(exc.code, int) else EXIT_BAD_INPUT
    if args.command is None:
        return EXIT_OK
    if getattr(args, "db_required", False) and not args.db:
        try:
            args.parser.error(
                translate("argparse", "the following arguments are required: %s") % "--db"
            )
        except SystemExit as exc:
            return exc.code if isinstance(exc.code, int) else EXIT_BAD_INPUT
    return args.handler(args)
