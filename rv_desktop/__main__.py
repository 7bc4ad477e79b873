"""``python -m rv_desktop`` is ``rv-desktop``."""

import sys

try:
    from .cli import main
except KeyboardInterrupt:  # Ctrl-C while the program is still loading: no traceback
    sys.exit(130)

sys.exit(main())
