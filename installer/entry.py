"""The frozen program's entry point (PyInstaller runs this file as ``__main__``).

The same ``rv_desktop.cli.main`` as ``rv-desktop``: a subcommand runs the
command line, no subcommand opens the window. Both executables of the bundle
(``rv-desktop``, windowed, and ``rv-desktop-cli``, a console program for
Windows) start here.
"""

import sys

from rv_desktop import load_main

main = load_main()  # Ctrl-C while the program is still loading: no traceback

if __name__ == "__main__":
    sys.exit(main())
