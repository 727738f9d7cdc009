"""OBS WebSocket connection settings: host, port, password; a pasted obsws:// string fills all.

Host and port go to QSettings, the password to the keyring (the main window does the saving).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fastpix_desktop.core.config import DEFAULT_OBS_HOST, DEFAULT_OBS_PORT
from fastpix_desktop.core.errors import AppError
from fastpix_desktop.core.i18n import QT_TRANSLATE_NOOP
from fastpix_desktop.core.obs import ObsConnectionInfo, parse_connect_string
from fastpix_desktop.core.redact import register_secret
from fastpix_desktop.ui.operations import OperationRunner
from fastpix_desktop.ui.widgets.descriptions import describe
from fastpix_desktop.ui.widgets.secret_field import SecretField
from fastpix_desktop.ui.widgets.theme import Tone, set_tone

# English source texts, shown through self.tr() (context ObsConnectionDialog).
HELP_TEXT = QT_TRANSLATE_NOOP(
    "ObsConnectionDialog",
    "In OBS: Tools → WebSocket Server Settings → tick Enable WebSocket server, then "
    "Show Connect Info → Copy (the obsws://… string) and paste it below.",
)

FILLED_IN = QT_TRANSLATE_NOOP(
    "ObsConnectionDialog", "Filled in host, port and password from the connect string."
)
NOT_A_CONNECT_STRING = QT_TRANSLATE_NOOP(
    "ObsConnectionDialog", "That is not an OBS connect string (obsws://host:port/password)."
)

ConnectionTester = Callable[[ObsConnectionInfo], Awaitable[str]]


class ObsConnectionDialog(QDialog):
    """Emits ``save_requested(ObsConnectionInfo)``; Test connection runs ``tester`` async."""

    save_requested = Signal(object)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        host: str,
        port: int,
        password: str,
        tester: ConnectionTester,
        runner: OperationRunner,
        note: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("obsConnectionDialog")
        self.setWindowTitle(self.tr("OBS connection"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._tester = tester
        self._runner = runner
        self._test_task: asyncio.Task[None] | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(HELP_TEXT), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.note_label = QLabel(note, self)
        self.note_label.setObjectName("obsEnvironmentNote")
        self.note_label.setWordWrap(True)
        set_tone(self.note_label, Tone.WARNING)
        self.note_label.setVisible(bool(note))
        layout.addWidget(self.note_label)

        form = QFormLayout()
        self.connect_string_edit = QLineEdit(self)
        self.connect_string_edit.setObjectName("connectStringEdit")
        self.connect_string_edit.setAccessibleName(self.tr("OBS connect string"))
        self.connect_string_edit.setPlaceholderText("obsws://192.168.1.10:4455/password")
        # It contains the password: show it only while typing.
        self.connect_string_edit.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
        self.host_edit = QLineEdit(host, self)
        self.host_edit.setObjectName("obsHostEdit")
        self.host_edit.setAccessibleName(self.tr("OBS host"))
        self.port_spin = QSpinBox(self)
        self.port_spin.setObjectName("obsPortSpin")
        self.port_spin.setAccessibleName(self.tr("OBS WebSocket port"))
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(port or DEFAULT_OBS_PORT)
        self.password_field = SecretField(
            self.tr("OBS WebSocket password"),
            object_name="obsPasswordField",
            parent=self,
            editable=True,
        )
        self.password_field.setValue(password)
        for text, widget, buddy in (
            (self.tr("Connect &string"), self.connect_string_edit, self.connect_string_edit),
            (self.tr("&Host"), self.host_edit, self.host_edit),
            (self.tr("&Port"), self.port_spin, self.port_spin),
            (self.tr("Pass&word"), self.password_field, self.password_field.edit),
        ):
            label = QLabel(text, self)
            label.setBuddy(buddy)
            form.addRow(label, widget)
        layout.addLayout(form)

        self.test_button = QPushButton(self.tr("&Test connection"), self)
        self.test_button.setObjectName("testConnectionButton")
        self.test_button.setAccessibleName(self.tr("Test the OBS connection"))
        self.test_button.clicked.connect(self.start_test)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("obsTestResult")
        self.result_label.setWordWrap(True)
        layout.addWidget(self.test_button)
        layout.addWidget(self.result_label)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveObsButton")
        self.save_button.setAccessibleName(self.tr("Save OBS connection"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.connect_string_edit.textChanged.connect(self._fill_from_connect_string)
        self.host_edit.textChanged.connect(self._host_changed)
        self.finished.connect(self._cancel_test)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        describe(self)  # what screen readers say beyond each control's name

    # ------------------------------------------------------------------ values

    def info(self) -> ObsConnectionInfo:
        password = self.password_field.value()
        register_secret(password)
        return ObsConnectionInfo(
            host=self.host_edit.text().strip() or DEFAULT_OBS_HOST,
            port=self.port_spin.value(),
            password=password,
        )

    def _apply(self, info: ObsConnectionInfo) -> None:
        register_secret(info.password)
        self.host_edit.blockSignals(True)
        self.host_edit.setText(info.host)
        self.host_edit.blockSignals(False)
        self.port_spin.setValue(int(info.port))
        self.password_field.setValue(info.password or "")

    def _fill_from_connect_string(self, text: str) -> None:
        text = text.strip()
        if not text:
            return
        info = _parse(text)
        if info is None:
            self._show(self.tr(NOT_A_CONNECT_STRING), Tone.ERROR)
            return
        self._apply(info)
        self.connect_string_edit.blockSignals(True)
        self.connect_string_edit.clear()  # the password was in it; it now sits masked below
        self.connect_string_edit.blockSignals(False)
        self._show(self.tr(FILLED_IN), Tone.SUCCESS)

    def _host_changed(self, text: str) -> None:
        # People paste the whole connect string into the Host box too.
        if text.strip().lower().startswith("obsws://"):
            info = _parse(text.strip())
            if info is not None:
                self._apply(info)
                self._show(self.tr(FILLED_IN), Tone.SUCCESS)

    # ------------------------------------------------------------------ actions

    def _on_save(self) -> None:
        self.save_requested.emit(self.info())
        self.accept()

    def start_test(self) -> asyncio.Task[Any]:
        self._cancel_test()
        self.test_button.setEnabled(False)
        self._show(self.tr("Connecting to OBS…"), Tone.MUTED)
        # Through the window's runner: an AppError is told here, a bug reaches the error dialog.
        self._test_task = self._runner.run(
            self._run_test(self.info()),
            name="obs-connection-test",
            say=lambda text: self._show(text, Tone.ERROR),
        )
        return self._test_task

    async def _run_test(self, info: ObsConnectionInfo) -> None:
        try:
            description = await self._tester(info)
            self._show(
                self.tr("Connected: {description}").format(description=description), Tone.SUCCESS
            )
        finally:
            with contextlib.suppress(RuntimeError):  # dialog already deleted
                self.test_button.setEnabled(True)

    def _cancel_test(self, *_args: object) -> None:
        if self._test_task is not None and not self._test_task.done():
            self._test_task.cancel()
        self._test_task = None

    def _show(self, text: str, tone: Tone) -> None:
        self.result_label.setText(text)
        set_tone(self.result_label, tone)
        self.adjustSize()


def _parse(text: str) -> ObsConnectionInfo | None:
    try:
        return parse_connect_string(text)
    except (ValueError, AppError):
        return None
