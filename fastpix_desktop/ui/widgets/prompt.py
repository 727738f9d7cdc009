"""An awaitable yes/no question that does not block: a non-modal message box resolved by signal.

A modal exec() inside a coroutine re-enters the qasync loop and breaks task bookkeeping
(qasync#59, #82, #174), so the question is shown non-modally and answered through a future.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from fastpix_desktop.core.i18n import QT_TRANSLATE_NOOP

STOP_LIVE_TEXT = QT_TRANSLATE_NOOP("AsyncPrompt", "OBS is live. Stop streaming and continue?")
STOP_LIVE_DETAIL = QT_TRANSLATE_NOOP(
    "AsyncPrompt",
    "OBS refuses to change its stream destination while it is live. Stop the current stream "
    "in OBS, point it at the new FastPix stream, and continue?",
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("AsyncPrompt", text)


class AsyncPrompt(QMessageBox):
    """``await prompt.ask()`` -> True for the accept button, False for Cancel or closing."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        object_name: str,
        title: str,
        text: str,
        detail: str = "",
        accept_text: str,
        reject_text: str = "",
    ) -> None:
        super().__init__(parent)
        reject_text = reject_text or self.tr("Cancel")
        # Non-modal: the window stays usable (its Cancel button can still end the whole run).
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.setObjectName(object_name)
        self.setWindowTitle(title)
        self.setIcon(QMessageBox.Icon.Question)
        self.setText(text)
        if detail:
            self.setInformativeText(detail)
        self.accept_button = self.addButton(accept_text, QMessageBox.ButtonRole.AcceptRole)
        self.accept_button.setObjectName("promptAcceptButton")
        self.accept_button.setAccessibleName(accept_text)
        self.reject_button = self.addButton(reject_text, QMessageBox.ButtonRole.RejectRole)
        self.reject_button.setObjectName("promptRejectButton")
        self.reject_button.setAccessibleName(reject_text)
        self.setDefaultButton(self.reject_button)
        self.setEscapeButton(self.reject_button)

    async def ask(self) -> bool:
        return await answer(self, lambda _result: self.clickedButton() is self.accept_button)


async def answer(dialog: QDialog, accepted: Callable[[int], bool]) -> bool:
    """Show ``dialog`` (non-modal) and wait until it is finished; ``accepted(result)`` says
    whether that was a yes. Cancelled from outside (the user pressed Cancel on the whole run),
    the dialog is closed as a no."""
    future: asyncio.Future[bool] = asyncio.get_running_loop().create_future()

    def finished(result: int) -> None:
        if not future.done():
            future.set_result(accepted(result))

    dialog.finished.connect(finished)
    dialog.show()
    dialog.raise_()
    try:
        return await future
    finally:
        if dialog.isVisible():
            dialog.reject()
        dialog.finished.disconnect(finished)


def stop_live_prompt(parent: QWidget | None) -> AsyncPrompt:
    return AsyncPrompt(
        parent,
        object_name="stopLivePrompt",
        title=QCoreApplication.translate("AsyncPrompt", "OBS is live"),
        text=_tr(STOP_LIVE_TEXT),
        detail=_tr(STOP_LIVE_DETAIL),
        accept_text=QCoreApplication.translate("AsyncPrompt", "Stop streaming and continue"),
    )


class PromptHost:
    """The window's one open question at a time, as ``current`` (tests answer it there)."""

    def __init__(self) -> None:
        self.current: AsyncPrompt | None = None

    async def ask(self, prompt: AsyncPrompt) -> bool:
        # A local reference: another question may replace ``current`` while this one is open.
        self.current = prompt
        try:
            return await prompt.ask()
        finally:
            prompt.deleteLater()
            if self.current is prompt:
                self.current = None


def quit_prompt(parent: QWidget | None, reason: str) -> AsyncPrompt:
    return AsyncPrompt(
        parent,
        object_name="quitPrompt",
        title=QCoreApplication.translate("AsyncPrompt", "Quit fastpix-desktop?"),
        text=reason,
        accept_text=QCoreApplication.translate("AsyncPrompt", "Quit"),
    )
