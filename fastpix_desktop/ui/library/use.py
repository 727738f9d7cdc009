""" "Use this stream" and "Go live on <my channel>" for the library panel: requests to the go-live
pipeline (core/golive) for a stream that exists, with the same questions as create."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from fastpix_desktop.core.golive import GoLiveRequest, Questions
from fastpix_desktop.core.golive.steps import StepId
from fastpix_desktop.core.golive.use_cases import GoLiveResult
from fastpix_desktop.ui.i18n import error_text
from fastpix_desktop.ui.jobs import ChecklistJob
from fastpix_desktop.ui.services import WindowServices
from fastpix_desktop.ui.widgets.theme import Tone

Say = Callable[[str, Tone], None]


async def run_use(
    *,
    services: WindowServices,
    job: ChecklistJob,
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
            error_text(obs.last_error)
            if obs.last_error
            else QCoreApplication.translate("LibraryPanel", "not connected yet")
        )
        job.failed_at(StepId.OBS_CHECK, reason)
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
            request, questions=questions, on_progress=job.progress
        )
    except asyncio.CancelledError:
        # Handled here, not re-raised: qasync#126 (CancelledError escapes slot handlers).
        job.cancelled()
        return None
