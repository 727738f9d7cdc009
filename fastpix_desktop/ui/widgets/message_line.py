"""The plain-words line next to the primary action, where every panel's outcome is told."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from fastpix_desktop.ui.widgets.theme import Tone, set_tone


class MessageLine(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionMessage")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def say(self, text: str, tone: Tone = Tone.NORMAL) -> None:
        self.setText(text)
        self.setAccessibleName(text)
        set_tone(self, tone)
        self.setVisible(bool(text))

    def error(self, text: str) -> None:
        """The runner's default ``say``: an AppError's words in the error tone."""
        self.say(text, Tone.ERROR)

    def message(self) -> str:
        return self.text() if not self.isHidden() else ""
