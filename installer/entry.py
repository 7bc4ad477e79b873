"""The frozen program's entry point (PyInstaller runs this file as ``__main__``).

The same ``rv_desktop.cli.main`` as ``rv-desktop``: a subcommand runs the
command line, no subcommand opens the window. Both executables of the bundle
(``rv-desktop``, windowed, and ``rv-desktop-cli``, a console program for
Windows) start here.
"""

import sys

try:
    from rv_desktop.cli import main
except KeyboardInterrupt:  # Ctrl-C while the program is still loading: no traceback
    sys.exit(130)

if __name__ == "__main__":
    sys.exit(main())
