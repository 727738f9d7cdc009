"""Before "Create & configure OBS" changes anything: OBS's live state (asked before the create,
so declining creates nothing), then OBS's destination and the restore point's read while the
create request is in flight.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from fastpix_desktop.core.errors import ObsLiveError, RestorePointError
from fastpix_desktop.core.fastpix.ingest import IngestHosts
from fastpix_desktop.core.golive.steps import StepId, StepState, _Reporter
from fastpix_desktop.core.i18n import QT_TRANSLATE_NOOP
from fastpix_desktop.core.models import ObsServiceSettings, ObsStreamStatus
from fastpix_desktop.core.restore import point as restore_point
from fastpix_desktop.core.restore.hand_set import hand_set_of
from fastpix_desktop.core.restore.save import HeldSave

if TYPE_CHECKING:
    from fastpix_desktop.core.golive.questions import Questions
    from fastpix_desktop.core.ports import ObsPort, SecretStorePort


@dataclass(frozen=True)
class _ObsPrecheck:
    status: ObsStreamStatus
    service: ObsServiceSettings
    profile: str
    # The restore point made durable while the create request was in flight (HeldSave), read
    # and classified only (PreparedSave: OBS was live), or the keyring's refusal, carried to the
    # snapshot step; None: prepared at that step.
    prepared: HeldSave | restore_point.PreparedSave | RestorePointError | None = None
    # OBS's destination when it was set by hand since the app's last push (asked before the
    # push; core/restore/hand_set.py); the save is then not held until the answer.
    hand_set: ObsServiceSettings | None = None
    # When OBS's destination was read (wall clock, comparable across processes): a push by
    # another fastpix-desktop noted after this time may have changed OBS since (push_lock.py).
    read_at: float = 0.0


async def _obs_precheck(obs: ObsPort) -> _ObsPrecheck:
    read_at = time.time()
    status, service, profile = await asyncio.gather(
        obs.get_stream_status(), obs.get_service(), obs.get_current_profile()
    )
    return _ObsPrecheck(status=status, service=service, profile=profile, read_at=read_at)


async def _destination_precheck(
    obs: ObsPort, status: ObsStreamStatus, secrets: SecretStorePort, hosts: IngestHosts
) -> _ObsPrecheck:
    """OBS's destination, the restore point's read and its first write, all while the create is
    in flight, so the keyring is off the path from the answer to the push (the fingerprint
    of the new destination follows the push: core/restore/save.py, docs/restore-point.md).

    A failed create may thus leave OBS's current destination saved as the streamer's own one,
    which it is, with the pending mark (see ``PreparedSave.hold``)."""
    read_at = time.time()
    service, profile = await asyncio.gather(obs.get_service(), obs.get_current_profile())
    prepared: HeldSave | restore_point.PreparedSave | RestorePointError
    hand_set = None
    try:
        prepared = await restore_point.prepare_save(
            current=service, profile=profile, secrets=secrets, hosts=hosts
        )
        hand_set = hand_set_of(prepared.point, service, hosts)
        # A live OBS is stopped (or not) at the snapshot step first; a hand-set destination
        # is asked about first.
        if not status.active and hand_set is None:
            prepared = await prepared.hold(secrets)
    except RestorePointError as exc:
        prepared = exc
    return _ObsPrecheck(
        status=status,
        service=service,
        profile=profile,
        prepared=prepared,
        hand_set=hand_set,
        read_at=read_at,
    )


async def _stop_live_first(
    obs: ObsPort, report: _Reporter, questions: Questions
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
    if not await questions.stop_live_obs():
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
