"""``python -m rv_desktop`` is ``rv-desktop``."""

import sys

from .cli import main

sys.exit(main())
