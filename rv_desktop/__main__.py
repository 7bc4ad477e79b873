"""``python -m rv_desktop`` is ``rv-desktop``."""

import sys

from . import load_main

try:
    code = load_main()()
except KeyboardInterrupt:  # before the command's frame took over: nothing was started
    from .cli.frame import translate

    message = translate("cli", "Interrupted: the command stopped before it finished.")
    sys.stderr.write(message + "\n")
    code = 130
sys.exit(code)
