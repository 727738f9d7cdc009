"""What "Create & configure OBS" returns, and its final truth once the background work after
the push (the repeat read-back, the restore point's second write) is in.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field, replace

from fastpix_desktop.core.errors import ObsError, ObsVerifyError, SecretStoreError
from fastpix_desktop.core.fastpix.ingest import IngestTarget
from fastpix_desktop.core.models import LiveStream
from fastpix_desktop.core.onair.reconnect_advice import ReconnectAdvice


@dataclass(frozen=True)
class GoLiveResult:
    """What happened: the stream always; OBS configured/started, or the error to show for OBS
    (an ObsError, or a SecretStoreError when the previous destination could not be saved)."""

    stream: LiveStream
    target: IngestTarget
    obs_configured: bool = False
    obs_started: bool = False
    # OBS was live on this stream before anything was asked of it: nothing was changed.
    already_live: bool = False
    obs_error: ObsError | SecretStoreError | None = None
    # Set when OBS was changed without a restore point (the user or --no-restore-point said so).
    restore_point_skipped: str | None = None
    # The second read-back of OBS's settings, still running when the result comes back; it
    # resolves to the ObsVerifyError of a rival push, or None. ``settled`` folds it in.
    late_check: asyncio.Future[ObsVerifyError | None] | None = field(
        default=None, compare=False, repr=False
    )
    # The restore point's second write (the pushed destination's fingerprint), still running
    # after the push; never fails the result (core/restore/save.py). ``settled`` awaits it.
    late_record: asyncio.Future[None] | None = field(default=None, compare=False, repr=False)
    # The broadcast guard's findings, when OBS was to start (core/guard via
    # core/onair/reconnect_advice.check_before_going_live).
    advice: tuple[ReconnectAdvice, ...] = ()


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
