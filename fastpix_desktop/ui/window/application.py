"""The one QApplication: names, icon, translator, and the GUI-thread garbage collector."""

from __future__ import annotations

import sys

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication

from fastpix_desktop._version import __version__
from fastpix_desktop.resources import APP_ID, install_translator, window_icon
from fastpix_desktop.ui.settings import LANGUAGE_KEY
from fastpix_desktop.ui.window.gui_gc import GuiThreadGarbageCollector

APP_NAME = "fastpix-desktop"


def application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(window_icon())  # empty when resources are missing: Qt accepts that
    install_translator(app, locale=_chosen_locale())
    # The main coroutine decides when to quit, after closing the clients (qasync#112).
    app.setQuitOnLastWindowClosed(False)
    if app.findChild(GuiThreadGarbageCollector) is None:
        GuiThreadGarbageCollector(app)
    return app


def _chosen_locale() -> QLocale | None:
    """The language picked in Settings → Language, or None to follow the system locale."""
    language = str(QSettings(APP_NAME, APP_NAME).value(LANGUAGE_KEY, "") or "")
    return QLocale(language) if language else None
