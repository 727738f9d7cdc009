"""The go-live jobs' one helper: the runner's one-at-a-time job shown on the checklist, with its
progress and the words for a cancel or a step that could not run, written once for the create,
Retry OBS, Use this stream and Go live on my channel flows."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import QObject

from fastpix_desktop.core.golive.steps import StepId, StepState, StepUpdate
from fastpix_desktop.ui.operations import OperationRunner
from fastpix_desktop.ui.widgets.checklist import Checklist
from fastpix_desktop.ui.widgets.theme import Tone


class ChecklistJob(QObject):
    """A go-live job on the checklist (create, Retry OBS, Use this stream, Go live on my
    channel): the runner's one job with its steps shown, progress onto the checklist, and the
    same cancel and "could not go on" words for each flow."""

    def __init__(
        self,
        parent: QObject,
        *,
        runner: OperationRunner,
        checklist: Checklist,
        say: Callable[[str, Tone], None],
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self.checklist = checklist
        self._say = say

    def start(
        self, coro: Coroutine[Any, Any, Any], *, name: str, steps: list[StepId]
    ) -> asyncio.Task[Any] | None:
        """The checklist shows ``steps`` and ``coro`` runs as the one job; None (``coro``
        closed unstarted) while another job runs."""
        if self._runner.busy:
            coro.close()
            return None
        self._say("", Tone.NORMAL)
        self.checklist.reset(steps)
        return self._runner.run_job(coro, name=name)

    def progress(self, update: StepUpdate) -> None:
        """The flow's ``on_progress``."""
        self.checklist.apply(update)

    def failed_at(self, step: StepId, reason: str) -> None:
        """``step`` failed for ``reason``; the steps after it will not run."""
        self.checklist.apply(StepUpdate(step, StepState.FAILED, reason))
        self.checklist.mark_unfinished(StepState.SKIPPED)

    def cancelled(self, message: str = "") -> None:
        """The job was cancelled (handled in the flow, not re-raised: qasync#126)."""
        self.checklist.mark_unfinished(StepState.FAILED, self.tr("cancelled"))
        self._say(message or self.tr("Cancelled."), Tone.WARNING)
