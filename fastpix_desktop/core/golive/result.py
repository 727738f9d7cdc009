"""What a go-live did (one result for every request), and its final truth once the work left
running after the push (the repeat read-back, the restore point's second write) is in."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field, replace

from fastpix_desktop.core.errors import (
    ObsError,
    ObsVerifyError,
    RestoreNeedsConfirmationError,
    SecretStoreError,
)
from fastpix_desktop.core.fastpix.ingest import IngestTarget
from fastpix_desktop.core.models import LiveStream, Protocol
from fastpix_desktop.core.onair.reconnect_advice import ReconnectAdvice


@dataclass(frozen=True)
class GoLiveResult:
    """The stream always (a created one is never lost: it comes back next to any OBS error);
    what happened in OBS, or the error to show for OBS (an ObsError, or a SecretStoreError
    when OBS's destination could not be saved first)."""

    stream: LiveStream
    target: IngestTarget
    created: bool = False
    obs_configured: bool = False  # OBS sends to this stream now (pushed now, or already did)
    obs_started: bool = False  # OBS is streaming to it (started now, or already was)
    # OBS was live on this stream before anything was asked of it: nothing was changed.
    already_live: bool = False
    # OBS already pointed at this stream: nothing was saved, pushed or verified.
    already_pointed: bool = False
    # (RestoreNeedsConfirmationError: a created stream, OBS left alone over a hand-set one.)
    obs_error: ObsError | SecretStoreError | RestoreNeedsConfirmationError | None = None
    # Set when OBS was changed without a restore point (the streamer or --no-restore-point).
    restore_point_skipped: str | None = None
    # Why streaming was not started although asked (demo mode), as a marked text.
    start_refused: str = ""
    # The broadcast guard's findings for this OBS and stream (core/guard via
    # core/onair/reconnect_advice.check_before_going_live), read before a start.
    advice: tuple[ReconnectAdvice, ...] = ()
    # FastPix could not be reached; OBS already held the stream, so it went ahead without it
    # (the stream is then only what OBS's settings say of it: no name, status unknown).
    fastpix_unknown: bool = False
    # The second read-back of OBS's settings, still running when the result comes back; it
    # resolves to the ObsVerifyError of a rival push, or None. ``settled`` folds it in.
    late_check: asyncio.Future[ObsVerifyError | None] | None = field(
        default=None, compare=False, repr=False
    )
    # The restore point's second write (the pushed destination's fingerprint), still running
    # after the push; never fails the result (core/restore/save.py). ``settled`` awaits it.
    late_record: asyncio.Future[None] | None = field(default=None, compare=False, repr=False)

    @property
    def protocol(self) -> Protocol:
        return self.target.protocol


async def settled(result: GoLiveResult) -> GoLiveResult:
    """``result`` once the background read-back is in: a rival push right after ours turns it
    into "not configured" with that ObsVerifyError (the checklist's verify step is then failed)."""
    if result.late_record is not None:
        await result.late_record
        result = replace(result, late_record=None)
    if result.late_check is None:
        return result
    error = await result.late_check
    if error is None:
        return replace(result, late_check=None)
    return replace(result, obs_configured=False, obs_error=error, late_check=None)
