""" "Use this stream" and "Go live on <my channel>" for the library panel: the create checklist
without the create step (core/golive/use_stream.py), with the same questions as create."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from fastpix_desktop.core.golive import use_stream
from fastpix_desktop.core.golive.use_cases import GoLiveResult, StepId
from fastpix_desktop.ui.i18n import error_text
from fastpix_desktop.ui.jobs import ChecklistJob
from fastpix_desktop.ui.obs.panel import START_TIMEOUT_S
from fastpix_desktop.ui.services import WindowServices
from fastpix_desktop.ui.widgets.theme import Tone

if TYPE_CHECKING:
    from fastpix_desktop.core.golive.precheck import ConfirmStopLive
    from fastpix_desktop.core.golive.use_cases import ConfirmNoRestorePoint

Say = Callable[[str, Tone], None]


async def run_use(
    *,
    services: WindowServices,
    job: ChecklistJob,
    say: Say,
    stream_id: str,
    start: bool,
    channel: bool,
    confirm_stop_live: ConfirmStopLive,
    confirm_no_restore_point: ConfirmNoRestorePoint,
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
    common: dict[str, Any] = dict(
        fastpix=services.fastpix,
        obs=obs,
        secrets=services.secrets,
        stream_id=stream_id,
        hosts=services.config.hosts,
        on_progress=job.progress,
        confirm_stop_live=confirm_stop_live,
        confirm_no_restore_point=confirm_no_restore_point,
        start_timeout=START_TIMEOUT_S,
    )
    try:
        if channel:
            return await use_stream.go_live_on_channel(**common)
        return await use_stream.use_stream(
            **common, protocol=services.settings.protocol(), start=start
        )
    except asyncio.CancelledError:
        # Handled here, not re-raised: qasync#126 (CancelledError escapes slot handlers).
        job.cancelled()
        return None


def outcome_words(result: GoLiveResult) -> tuple[str, bool]:
    """What happened in OBS, in plain words, and whether it went well."""
    if result.obs_error is not None:
        return error_text(result.obs_error), False
    if result.already_live:
        return QCoreApplication.translate(
            "LibraryPanel", "OBS was already live on this stream: nothing was changed."
        ), True
    if result.obs_started:
        return QCoreApplication.translate(
            "LibraryPanel", "OBS now sends to this stream and is live."
        ), True
    return QCoreApplication.translate(
        "LibraryPanel", "OBS now points at this stream. Start streaming in OBS to go live."
    ), True
