"""Copying to the clipboard; a copied secret is cleared later if the clipboard still holds it.

Password managers do the same. The delay is a constructor argument so tests need not wait 30 s.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtGui import QGuiApplication

CLEAR_AFTER_MS = 30_000
# Clipboard managers (KDE Klipper, and others that honour it) skip entries with this hint, so a
# copied key does not linger in clipboard history.
_PASSWORD_HINT = "x-kde-passwordManagerHint"


def secret_mime_data(secret: str) -> QMimeData:
    """The secret as text, flagged so clipboard managers do not keep it in their history."""
    mime = QMimeData()
    mime.setText(secret)
    mime.setData(_PASSWORD_HINT, b"secret")
    return mime


class SecretClipboard(QObject):
    """Puts text on the system clipboard; secrets get a timer that clears them again."""

    def __init__(self, parent: QObject | None = None, *, clear_after_ms: int = CLEAR_AFTER_MS):
        super().__init__(parent)
        self.clear_after_ms = clear_after_ms
        self._pending: list[tuple[QTimer, str]] = []

    def copy_text(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)

    def copy_secret(self, secret: str) -> None:
        QGuiApplication.clipboard().setMimeData(secret_mime_data(secret))
        timer = QTimer(self)
        timer.setSingleShot(True)
        entry = (timer, secret)
        timer.timeout.connect(lambda: self._expire(entry))
        self._pending.append(entry)
        timer.start(self.clear_after_ms)

    @property
    def pending(self) -> int:
        """How many copied secrets are still waiting to be cleared."""
        return len(self._pending)

    def _expire(self, entry: tuple[QTimer, str]) -> None:
        if entry in self._pending:
            self._pending.remove(entry)
        entry[0].deleteLater()
        self._clear_if_holding(entry[1])

    def clear_now(self) -> None:
        """Clear every secret still on the clipboard (called on quit)."""
        for timer, secret in list(self._pending):
            timer.stop()
            timer.deleteLater()
            self._clear_if_holding(secret)
        self._pending.clear()

    @staticmethod
    def _clear_if_holding(secret: str) -> None:
        clipboard = QGuiApplication.clipboard()
        # Something else copied since: leave the user's newer clipboard content alone.
        if clipboard.text() == secret:
            clipboard.clear()


_default: SecretClipboard | None = None


def default_clipboard() -> SecretClipboard:
    """The app-wide clipboard helper for widgets that were not handed one."""
    global _default
    if _default is None:
        _default = SecretClipboard(QGuiApplication.instance())
    return _default
