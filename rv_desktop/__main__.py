"""``python -m rv_desktop`` is ``rv-desktop``."""

import sys

from . import load_main

sys.exit(load_main()())
