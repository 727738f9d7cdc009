"""The go-live pipeline's questions (core/golive/questions.py) asked in the window: each
one a non-modal prompt, awaited (qasync#59), default answer No."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from fastpix_desktop.core.errors import RestorePointError
from fastpix_desktop.ui.library.prompts import no_restore_point_prompt
from fastpix_desktop.ui.widgets.prompt import PromptHost, hand_set_prompt, stop_live_prompt


class WindowQuestions:
    def __init__(self, parent: QWidget, prompts: PromptHost) -> None:
        self._parent = parent
        self._prompts = prompts

    async def stop_live_obs(self) -> bool:
        return await self._prompts.ask(stop_live_prompt(self._parent))

    async def no_restore_point(self, error: RestorePointError) -> bool:
        return await self._prompts.ask(no_restore_point_prompt(self._parent, error))

    async def replace_hand_set(self, destination: str) -> bool:
        return await self._prompts.ask(hand_set_prompt(self._parent, destination))
