"""Read-only value fields with a Copy button; SecretField adds masking and a Show/Hide toggle.

Modelled on Vorta's password_input partial: the widget always holds the full value (``value()``),
masking is display only, and copying a secret schedules a clipboard clear.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QSizePolicy, QWidget

from fastpix_desktop.core.redact import register_secret
from fastpix_desktop.ui.widgets.clipboard import SecretClipboard, default_clipboard


class CopyField(QWidget):
    """A selectable, read-only line of text with a Copy button."""

    copied = Signal()

    def __init__(
        self,
        label: str,
        *,
        object_name: str = "",
        parent: QWidget | None = None,
        clipboard: SecretClipboard | None = None,
        editable: bool = False,
    ) -> None:
        super().__init__(parent)
        self.label = label
        self._clipboard = clipboard
        if object_name:
            self.setObjectName(object_name)
        self.edit = QLineEdit(self)
        self.edit.setReadOnly(not editable)
        self.edit.setAccessibleName(label)
        self.edit.setObjectName(f"{object_name or 'field'}Edit")
        self.edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.copy_button.setAccessibleName(self.tr("Copy {label}").format(label=self.in_sentence))
        self.copy_button.setToolTip(
            self.tr("Copy {label} to the clipboard").format(label=self.in_sentence)
        )
        self.copy_button.clicked.connect(self.copy)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.edit, 1)
        self._layout.addWidget(self.copy_button)
        self.setFocusProxy(self.edit)
        self._copied_timer = QTimer(self)
        self._copied_timer.setSingleShot(True)
        self._copied_timer.timeout.connect(lambda: self.copy_button.setText(self.tr("Copy")))

    @property
    def in_sentence(self) -> str:
        """The label inside a sentence ("Copy stream key"): lowercased unless the language
        keeps nouns capitalised (German); each translation says which."""
        keep = (
            QCoreApplication.translate(
                "CopyField",
                "lower",
                "Field labels inside a sentence: 'lower' lowercases them, 'keep' keeps them",
            )
            == "keep"
        )
        return self.label if keep else self.label.lower()

    @property
    def clipboard(self) -> SecretClipboard:
        return self._clipboard or default_clipboard()

    def value(self) -> str:
        return self.edit.text()

    # The whole value on hover: a long one is clipped in the field (never masked values).
    value_in_tooltip = True

    def setValue(self, value: str) -> None:
        self.edit.setText(value)
        self.edit.setCursorPosition(0)
        if self.value_in_tooltip:
            self.edit.setToolTip(value)

    def copy(self) -> None:
        if not self.value():
            return
        self.clipboard.copy_text(self.value())
        self._flash_copied()

    def _flash_copied(self) -> None:
        self.copy_button.setText(self.tr("Copied"))
        # A child timer dies with the field; a free QTimer.singleShot calling back into a
        # deleted widget crashes the process.
        self._copied_timer.start(1500)
        self.copied.emit()


SECRET_MIN_CHARS = 16


class SecretField(CopyField):
    """A masked value with Show/Hide and Copy; copying clears the clipboard after a delay."""

    value_in_tooltip = False

    def __init__(
        self,
        label: str,
        *,
        object_name: str = "",
        parent: QWidget | None = None,
        clipboard: SecretClipboard | None = None,
        editable: bool = False,
    ) -> None:
        super().__init__(
            label, object_name=object_name, parent=parent, clipboard=clipboard, editable=editable
        )
        self.reveal_button = QPushButton(self.tr("Show"), self)
        self.reveal_button.setCheckable(True)
        self.reveal_button.setAccessibleName(self.tr("Show {label}").format(label=self.in_sentence))
        self.reveal_button.setToolTip(
            self.tr("Show or hide the {label}").format(label=self.in_sentence)
        )
        self.reveal_button.toggled.connect(self.set_revealed)
        self._layout.insertWidget(1, self.reveal_button)
        # A key shown six characters wide cannot be checked by eye: at least this many; the
        # window's columns become tabs before they squeeze it (ui/widgets/adaptive_columns.py).
        self.edit.setMinimumWidth(self.edit.fontMetrics().averageCharWidth() * SECRET_MIN_CHARS)
        # Tab as on screen: the value, Show, then Copy (Show was made after Copy).
        QWidget.setTabOrder(self.edit, self.reveal_button)
        QWidget.setTabOrder(self.reveal_button, self.copy_button)
        if editable:
            self.copy_button.hide()
        self.copy_button.setToolTip(
            self.tr("Copy {label}; the clipboard is cleared again after a short while").format(
                label=self.in_sentence
            )
        )
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleDescription(
            self.tr("Hidden; use Show to see it")
            if editable
            else self.tr("Hidden; use Show to see it or Copy to copy it")
        )

    def setValue(self, value: str) -> None:
        register_secret(value)
        super().setValue(value)

    def is_revealed(self) -> bool:
        return self.edit.echoMode() == QLineEdit.EchoMode.Normal

    def set_revealed(self, revealed: bool) -> None:
        self.edit.setEchoMode(
            QLineEdit.EchoMode.Normal if revealed else QLineEdit.EchoMode.Password
        )
        self.reveal_button.setText(self.tr("Hide") if revealed else self.tr("Show"))
        name = self.tr("Hide {label}") if revealed else self.tr("Show {label}")
        self.reveal_button.setAccessibleName(name.format(label=self.in_sentence))
        if self.reveal_button.isChecked() != revealed:
            self.reveal_button.setChecked(revealed)

    def displayed_text(self) -> str:
        """What a viewer sees on screen (the mask while hidden)."""
        return self.edit.displayText()

    def copy(self) -> None:
        if not self.value():
            return
        self.clipboard.copy_secret(self.value())
        self._flash_copied()
