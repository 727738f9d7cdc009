"""The window first: the QApplication and the window's frame are shown and painted before the
rest of the app is imported, off the UI thread, and started by ``ui.window.app``
(docs/start-up.md)."""

from __future__ import annotations

import importlib
import logging
import threading
from collections.abc import Sequence

from PySide6.QtCore import QEventLoop, QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from fastpix_desktop.ui.settings import AppSettings
from fastpix_desktop.ui.window.application import APP_NAME, application
from fastpix_desktop.ui.window.first_paint import AfterFirstPaint
from fastpix_desktop.ui.window.main_window import MainWindow

log = logging.getLogger(__name__)

# What the app imports after the frame: the composition root (qasync, httpx, obsws-python, the
# core); it imports the panels itself once the credentials check is sent.
APP_MODULES = ("fastpix_desktop.ui.window.app",)
# A window the platform never paints (started minimised, no compositor) must not wait longer.
FIRST_FRAME_TIMEOUT_MS = 500


def run_gui(demo: bool = False, api_url: str | None = None, *, tray: bool = False) -> int:
    """``fastpix-desktop [--demo] [--api-url URL] [--tray]``: the window, until the user closes
    it. ``tray`` (a start with the system) leaves the window hidden behind the tray icon, when
    there is a tray to bring it back from; without one the window shows as usual."""
    application()
    window = MainWindow(AppSettings(QSettings(APP_NAME, APP_NAME)), demo=demo)
    if tray and QSystemTrayIcon.isSystemTrayAvailable():
        log.info("Started in the tray; the tray icon's Show window opens the window")
    else:
        window.show()
        wait_for_first_frame(window)
    if not demo:  # the demo's sandbox is in-process: no TLS
        from fastpix_desktop.core.fastpix import tls

        tls.make_ahead()  # OpenSSL's set-up runs without the GIL, beside the imports below
    import_off_ui_thread(APP_MODULES)
    if window.closed_before_built:
        return 0  # closed before there was anything to close but the frame
    from fastpix_desktop.ui.window import app

    return app.run_gui(demo=demo, api_url=api_url, window=window)


def wait_for_first_frame(window: QObject, *, timeout_ms: int = FIRST_FRAME_TIMEOUT_MS) -> None:
    """Run Qt's events until the shown ``window`` has painted its first frame (or timed out)."""
    loop = QEventLoop()
    watcher = AfterFirstPaint(window, loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    watcher.remove()


class _Imported(QObject):
    finished = Signal()


def import_off_ui_thread(names: Sequence[str]) -> None:
    """Import ``names`` on a worker thread while Qt keeps the window painting and answering.

    An import that fails there is left for the UI thread to import again, where it raises as
    it would have. Python's import lock makes the later ``import`` of these a lookup."""
    loop = QEventLoop()
    imported = _Imported()
    # Emitted from the worker: queued to this (the UI) thread, where the loop runs.
    imported.finished.connect(loop.quit)

    def work() -> None:
        try:
            import_modules(names)
        except BaseException:  # raised again by the UI thread's own import
            log.debug("Import off the UI thread failed; the UI thread imports it again")
        finally:
            imported.finished.emit()

    thread = threading.Thread(target=work, name="fastpix-imports", daemon=True)
    thread.start()
    loop.exec()
    thread.join()


def import_modules(names: Sequence[str]) -> None:
    for name in names:
        importlib.import_module(name)
