"""The Qt window of fastpix-desktop: widgets that call the core use cases and render results.

qasync picks the first Qt binding it can import (PyQt5 > PyQt6 > PySide2 > PySide6) unless
QT_API is set or PySide6 is already imported (qasync#23), so this package pins PySide6 before
any module below imports qasync.
"""

import os

os.environ["QT_API"] = "pyside6"

import PySide6  # noqa: F401  (imported before qasync on purpose, see above)

from fastpix_desktop.ui.window.feature_scan import make_feature_scan_cheap

# Before anything else is imported after PySide6: each later import pays its check.
make_feature_scan_cheap()
