"""``python -m fastpix_desktop`` runs the same entry point as the ``fastpix-desktop`` command."""

import sys

from fastpix_desktop.cli.entry import main

sys.exit(main())
