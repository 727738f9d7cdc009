"""Whether the window may close now, or must ask first: a stream being created, OBS being
changed, or OBS live. Every quit path (menu, Ctrl+Q, close button, Ctrl+C, SIGTERM,
QApplication.quit) goes through one guard; a panel with work worth asking about adds a check."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from fastpix_desktop.core.i18n import QT_TRANSLATE_NOOP
from fastpix_desktop.ui.operations import OperationRunner
from fastpix_desktop.ui.widgets.prompt import PromptHost, quit_prompt

# English source texts; the guard asks with QCoreApplication.translate("QuitGuard", ...).
QUIT_WHILE_CREATING = QT_TRANSLATE_NOOP(
    "QuitGuard",
    "A stream is being created. If you quit now it may exist on FastPix without its stream key "
    "ever having been shown here.",
)
QUIT_WHILE_BUSY = QT_TRANSLATE_NOOP(
    "QuitGuard", "OBS is being changed. If you quit now it may be left half-configured."
)
QUIT_WHILE_LIVE = QT_TRANSLATE_NOOP(
    "QuitGuard", "OBS is live. Quitting fastpix-desktop does not stop the stream in OBS."
)

QuitCheck = Callable[[], str]
"""Returns why quitting now would lose something, or "" when it would not."""


class QuitGuard:
    def __init__(self, window: QWidget, *, runner: OperationRunner, prompts: PromptHost) -> None:
        self._window = window
        self._runner = runner
        self._prompts = prompts
        self._checks: list[QuitCheck] = [self._job_check]
        self._question: asyncio.Task[Any] | None = None
        self.confirmed = False  # asked and answered yes, or closing without asking

    def add_check(self, check: QuitCheck) -> None:
        self._checks.append(check)

    def _job_check(self) -> str:
        if self._runner.job_name == "create-and-configure":
            return QUIT_WHILE_CREATING
        return QUIT_WHILE_BUSY if self._runner.busy else ""

    def question(self) -> str:
        return next((reason for check in self._checks if (reason := check())), "")

    @property
    def asking(self) -> bool:
        return self._question is not None and not self._question.done()

    def may_close(self) -> bool:
        """True when the window may close now; otherwise the question is (or stays) open and a
        yes closes the window again, without asking."""
        if self.confirmed:
            return True
        question = self.question()
        if not question:
            self.confirmed = True
            return True
        if not self.asking:
            text = QCoreApplication.translate("QuitGuard", question)
            self._question = self._runner.run(self._ask(text), name="ask-quit")
        return False

    async def _ask(self, question: str) -> None:
        if await self._prompts.ask(quit_prompt(self._window, question)):
            self.confirmed = True
            self._window.close()
