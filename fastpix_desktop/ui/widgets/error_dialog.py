"""The one dialog for unexpected errors: plain summary, redacted copyable details, non-modal.

Installed as sys.excepthook (exceptions inside qasync's @asyncSlot land there, qasync PR #36)
and as threading.excepthook; worker-thread errors hop to the UI thread through a signal.
"""

from __future__ import annotations

import logging
import platform
import sys
import threading
import traceback
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QObject, Signal, qVersion
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fastpix_desktop._version import __version__
from fastpix_desktop.core.errors import AppError
from fastpix_desktop.core.i18n import QT_TRANSLATE_NOOP
from fastpix_desktop.core.redact import redact
from fastpix_desktop.ui.i18n import error_text

log = logging.getLogger(__name__)

SUMMARY = QT_TRANSLATE_NOOP(
    "ErrorDialog",
    "Something unexpected went wrong. The app is still running and nothing was sent to OBS "
    "because of it. If it happens again, copy the details below into a bug report; keys and "
    "passwords have been removed from them.",
)


def error_details(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    """Versions plus the traceback, with every known secret and secret-shaped token masked."""
    header = (
        f"fastpix-desktop {__version__}, Python {platform.python_version()}, "
        f"Qt {qVersion()}, PySide6 {pyside_version}, {platform.platform()}\n\n"
    )
    return redact(header + "".join(traceback.format_exception(exc_type, exc, tb)))


class ErrorDialog(QDialog):
    """Non-modal (qasync#59: no exec() inside coroutines); later errors are appended."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorDialog")
        self.setWindowTitle(self.tr("fastpix-desktop: unexpected error"))
        self.setModal(False)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self.tr(SUMMARY), self)
        self.summary.setObjectName("errorSummary")
        self.summary.setWordWrap(True)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("errorDetails")
        self.details.setAccessibleName(self.tr("Error details"))
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox(self)
        self.copy_button = QPushButton(self.tr("Copy details"), self)
        self.copy_button.setObjectName("copyDetailsButton")
        self.copy_button.setAccessibleName(self.tr("Copy error details"))
        self.copy_button.clicked.connect(self.copy_details)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.close)
        layout.addWidget(self.summary)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.fontMetrics().height() * 24)
        self.count = 0

    def add_error(self, summary: str, details: str) -> None:
        self.count += 1
        if self.count == 1:
            self.summary.setText(summary)
            self.details.setPlainText(details)
        else:
            self.summary.setText(
                self.tr(
                    "{summary}\n\n%n errors so far; the newest is last.", "", self.count
                ).format(summary=summary)
            )
            self.details.appendPlainText("\n" + "-" * 60 + "\n" + details)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.count = 0
        self.details.clear()
        super().closeEvent(event)


class ErrorReporter(QObject):
    """Owns the single ErrorDialog; safe to call from any thread via ``report_from_thread``."""

    _from_thread = Signal(object, object, object)

    def __init__(self, parent_widget: QWidget | None = None) -> None:
        super().__init__(parent_widget)
        self._parent_widget = parent_widget
        self.dialog: ErrorDialog | None = None
        self.reported: list[BaseException] = []
        self._from_thread.connect(self.report)

    def report(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        details = error_details(exc_type, exc, tb)
        # Log the redacted text, never exc_info: handlers without the filter would print secrets.
        log.error("Unexpected error:\n%s", details)
        self.reported.append(exc)
        summary = (
            redact(error_text(exc))
            if isinstance(exc, AppError)
            else QCoreApplication.translate("ErrorDialog", SUMMARY)
        )
        if self.dialog is None:
            self.dialog = ErrorDialog(self._parent_widget)
        self.dialog.add_error(summary, details)
        self.dialog.show()
        self.dialog.raise_()

    def report_exception(self, exc: BaseException) -> None:
        self.report(type(exc), exc, exc.__traceback__)

    def report_from_thread(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if threading.current_thread() is threading.main_thread():
            self.report(exc_type, exc, tb)
        else:
            self._from_thread.emit(exc_type, exc, tb)


def install_excepthook(reporter: ErrorReporter) -> None:
    """Route every uncaught exception (main thread, @asyncSlot, worker threads) to ``reporter``."""
    previous = sys.excepthook

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            previous(exc_type, exc, tb)
            return
        try:
            reporter.report_from_thread(exc_type, exc, tb)
        except RuntimeError:  # the reporter's C++ object is gone (app shutting down)
            sys.stderr.write(error_details(exc_type, exc, tb))

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            hook(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = hook
    threading.excepthook = thread_hook
