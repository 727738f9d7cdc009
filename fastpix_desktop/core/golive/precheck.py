"""Before "Create & configure OBS" changes anything: OBS's live state (asked before the create,
so declining creates nothing), then OBS's destination and the restore point's read while the
create request is in flight.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from fastpix_desktop.core.errors import ObsLiveError, RestorePointError
from fastpix_desktop.core.fastpix.ingest import IngestHosts
from fastpix_desktop.core.golive.steps import StepId, StepState, _Reporter
from fastpix_desktop.core.i18n import QT_TRANSLATE_NOOP
from fastpix_desktop.core.models import ObsServiceSettings, ObsStreamStatus
from fastpix_desktop.core.restore import point as restore_point
from fastpix_desktop.core.restore.save import HeldSave

if TYPE_CHECKING:
    from fastpix_desktop.core.ports import ObsPort, SecretStorePort

ConfirmStopLive = Callable[[], Awaitable[bool]]


@dataclass(frozen=True)
class _ObsPrecheck:
    status: ObsStreamStatus
    service: ObsServiceSettings
    profile: str
    # The restore point made durable while the create request was in flight (HeldSave), read
    # and classified only (PreparedSave: OBS was live), or the keyring's refusal, carried to the
    # snapshot step; None: prepared at that step.
    prepared: HeldSave | restore_point.PreparedSave | RestorePointError | None = None


async def _obs_precheck(obs: ObsPort) -> _ObsPrecheck:
    status, service, profile = await asyncio.gather(
        obs.get_stream_status(), obs.get_service(), obs.get_current_profile()
    )
    return _ObsPrecheck(status=status, service=service, profile=profile)


async def _destination_precheck(
    obs: ObsPort, status: ObsStreamStatus, secrets: SecretStorePort, hosts: IngestHosts
) -> _ObsPrecheck:
    """OBS's destination, the restore point's read and its first write, all while the create is
    in flight, so the keyring is off the path from the answer to the push (the fingerprint
    of the new destination follows the push: core/restore/save.py, docs/restore-point.md).

    A failed create may thus leave OBS's current destination saved as the streamer's own one,
    which it is, with the pending mark (see ``PreparedSave.hold``)."""
    service, profile = await asyncio.gather(obs.get_service(), obs.get_current_profile())
    prepared: HeldSave | restore_point.PreparedSave | RestorePointError
    try:
        prepared = await restore_point.prepare_save(
            current=service, profile=profile, secrets=secrets, hosts=hosts
        )
        if not status.active:  # a live OBS is stopped (or not) at the snapshot step first
            prepared = await prepared.hold(secrets)
    except RestorePointError as exc:
        prepared = exc
    return _ObsPrecheck(status=status, service=service, profile=profile, prepared=prepared)


async def _stop_live_first(
    obs: ObsPort, report: _Reporter, confirm_stop_live: ConfirmStopLive | None
) -> ObsStreamStatus:
    """OBS's state before anything is created: asked first, so declining creates nothing.

    Raises ObsLiveError when OBS is live and the streamer keeps it live (or nobody can be asked).
    """
    status = await obs.get_stream_status()
    if not status.active:
        return status
    # obs-websocket refuses SetStreamServiceSettings while live (500 OutputRunning), and
    # changing a live destination is never what the streamer wants silently.
    report(
        StepId.OBS_CHECK,
        StepState.RUNNING,
        QT_TRANSLATE_NOOP("golive", "OBS is live: waiting for your decision"),
    )
    if confirm_stop_live is None or not await confirm_stop_live():
        raise ObsLiveError(
            "OBS is live right now, so nothing was created and OBS was not changed. "
            "Stop streaming in OBS first, or choose Stop streaming and continue."
        )
    report(
        StepId.OBS_CHECK,
        StepState.RUNNING,
        QT_TRANSLATE_NOOP("golive", "Stopping the current stream in OBS"),
    )
    await obs.stop_streaming_and_wait()
    return await obs.get_stream_status()
