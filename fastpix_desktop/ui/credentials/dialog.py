"""Ask for the FastPix Access Token ID and Secret Key (first run, or later from the menu).

The dialog only collects; the main window checks them with FastPix and stores them through
SecretStore (the OS keyring), never in QSettings or a file.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fastpix_desktop.ui.widgets.descriptions import describe
from fastpix_desktop.ui.widgets.secret_field import SecretField
from fastpix_desktop.ui.widgets.theme import Tone, set_tone


class CredentialsDialog(QDialog):
    """Emits ``save_requested(token_id, secret_key)`` or ``demo_requested``; open on errors."""

    save_requested = Signal(str, str)
    demo_requested = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        first_run: bool,
        token_id: str = "",
        offer_demo: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("credentialsDialog")
        self.setWindowTitle(self.tr("FastPix credentials"))
        # Window-modal but shown with open(): no nested event loop (qasync#59).
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Welcome! Paste an access token from the FastPix dashboard (Settings → Access "
                "Tokens, with permission for live streams). The secret key is kept in your "
                "system keyring."
            )
            if first_run
            else self.tr(
                "Paste an access token from the FastPix dashboard (Settings → Access Tokens, with "
                "permission for live streams). The secret key is kept in your system keyring."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        self.token_id_edit = QLineEdit(token_id, self)
        self.token_id_edit.setObjectName("tokenIdEdit")
        self.token_id_edit.setAccessibleName(self.tr("Access Token ID"))
        self.secret_key_field = SecretField(
            self.tr("Secret key"), object_name="secretKeyField", parent=self, editable=True
        )
        id_label = QLabel(self.tr("Access Token &ID"), self)
        id_label.setBuddy(self.token_id_edit)
        key_label = QLabel(self.tr("&Secret Key"), self)
        key_label.setBuddy(self.secret_key_field.edit)
        form.addRow(id_label, self.token_id_edit)
        form.addRow(key_label, self.secret_key_field)
        layout.addLayout(form)

        self.status_label = QLabel(self)
        self.status_label.setObjectName("credentialsStatus")
        self.status_label.setWordWrap(True)
        self.status_label.hide()
        layout.addWidget(self.status_label)

        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("saveCredentialsButton")
        self.save_button.setAccessibleName(self.tr("Save credentials"))
        self.save_button.setDefault(True)
        self.demo_button: QPushButton | None = None
        if offer_demo:
            self.demo_button = buttons.addButton(
                self.tr("Try demo mode"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.demo_button.setObjectName("tryDemoButton")
            self.demo_button.setAccessibleName(self.tr("Try demo mode without an account"))
            self.demo_button.clicked.connect(self._on_demo)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for edit in (self.token_id_edit, self.secret_key_field.edit):
            edit.textChanged.connect(self._sync)
        self._sync()
        # Wide enough that the wrapped texts take a few lines, not a narrow column.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        describe(self)  # what screen readers say beyond each control's name

    def _sync(self) -> None:
        ready = bool(self.token_id_edit.text().strip() and self.secret_key_field.value().strip())
        self.save_button.setEnabled(ready)

    def _on_save(self) -> None:
        token = self.token_id_edit.text().strip()
        secret = self.secret_key_field.value().strip()
        if token and secret:
            self.set_busy(True)
            self.show_message(self.tr("Checking the credentials with FastPix…"), Tone.MUTED)
            self.save_requested.emit(token, secret)

    def _on_demo(self) -> None:
        self.demo_requested.emit()
        self.accept()

    def set_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        self.token_id_edit.setEnabled(not busy)
        self.secret_key_field.setEnabled(not busy)
        if not busy:
            self._sync()

    def show_message(self, text: str, tone: Tone = Tone.ERROR) -> None:
        self.status_label.setText(text)
        set_tone(self.status_label, tone)
        self.status_label.setVisible(bool(text))
        self.adjustSize()
