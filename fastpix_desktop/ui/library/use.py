""" "Use this stream" and "Go live on <my channel>" for the library panel: requests to the go-live
pipeline (core/golive) for a stream that exists, with the same questions as create."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from fastpix_desktop.core.golive import GoLiveRequest, Questions
from fastpix_desktop.core.golive.steps import StepId, StepState, StepUpdate
from fastpix_desktop.core.golive.use_cases import GoLiveResult
from fastpix_desktop.ui.services import WindowServices
from fastpix_desktop.ui.widgets.checklist import Checklist
from fastpix_desktop.ui.widgets.theme import Tone

Say = Callable[[str, Tone], None]


async def run_use(
    *,
    services: WindowServices,
    checklist: Checklist,
    say: Say,
    stream_id: str,
    start: bool,
    channel: bool,
    questions: Questions,
) -> GoLiveResult | None:
    """Point OBS at ``stream_id`` (and start, for my channel); None when OBS is not connected
    or the run was cancelled (the checklist and ``say`` have told the streamer)."""
    obs = services.obs
    if not obs.connected:
        reason = (
            str(obs.last_error)
            if obs.last_error
            else QCoreApplication.translate("LibraryPanel", "not connected yet")
        )
        checklist.apply(StepUpdate(StepId.OBS_CHECK, StepState.FAILED, reason))
        checklist.mark_unfinished(StepState.SKIPPED)
        say(
            QCoreApplication.translate(
                "LibraryPanel", "OBS is not connected ({reason}): connect it first."
            ).format(reason=reason),
            Tone.ERROR,
        )
        return None
    request = (
        GoLiveRequest.go_live(stream_id)
        if channel
        else GoLiveRequest.use(stream_id, services.settings.protocol(), start=start)
    )
    try:
        return await services.golive().run_settled(
            request, questions=questions, on_progress=checklist.apply
        )
    except asyncio.CancelledError:
        # Handled here, not re-raised: qasync#126 (CancelledError escapes slot handlers).
        checklist.mark_unfinished(StepState.FAILED, "cancelled")
        say(QCoreApplication.translate("LibraryPanel", "Cancelled."), Tone.WARNING)
        return None
