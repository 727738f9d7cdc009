"""PyInstaller entry script: the frozen ``fastpix-desktop`` runs the same main() as the console
script, so the window, ``--version``, ``--self-test`` and the subcommands all work frozen."""

import sys

from fastpix_desktop.cli.entry import main

if __name__ == "__main__":
    sys.exit(main())
