"""The command line: ``rv-desktop [--db PATH | --demo] [SUBCOMMAND ...]``.

Without a subcommand it opens the GUI. Subcommands do everything that needs
no eyes, for IT staff, scripts and tests, by calling the same services as the
GUI. Exit codes: 0 done, 1 the command ran and found problems, 2 bad input
(nothing was changed); interruptions, closed pipes and bugs are turned into
messages and codes by ``frame``, which every subcommand runs inside.
Messages follow the user's language (``--lang``).
Subcommand names, options and JSON fields are a public interface: keep them.

The modules: ``run`` (``main``), ``commands`` (the table of subcommands and
the parser; where a new command is registered), ``common`` (output, opening
the database, the shared options), one module per group of commands, and
``frame``, ``counts``, ``passphrase``.
"""

from .commands import COMMAND_TABLE, build_parser
from .run import main, pre_lang

__all__ = ["COMMAND_TABLE", "build_parser", "main", "pre_lang"]
