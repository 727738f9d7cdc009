"""Saving OBS's current destination before the app changes it (rule 2 and 3 of
docs/restore-point.md): read and classify first, then write durably, then push.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import TYPE_CHECKING

from fastpix_desktop.core.errors import RestorePointError, SecretStoreError
from fastpix_desktop.core.fastpix.ingest import IngestHosts
from fastpix_desktop.core.models import ObsServiceSettings
from fastpix_desktop.core.restore.record import (
    MAX_PUSHED,
    RestorePoint,
    _write,
    fingerprint,
    is_fastpix_ingest,
    load,
)

if TYPE_CHECKING:
    from fastpix_desktop.core.ports import SecretStorePort

log = logging.getLogger("fastpix_desktop.core.restore.point")


class SaveOutcome(StrEnum):
    SAVED = "saved"  # OBS's destination is now the restore point
    KEPT_EARLIER = "kept_earlier"  # OBS held the app's (or a FastPix) destination: older one kept
    NOTHING_TO_KEEP = "nothing_to_keep"  # OBS held a destination this app set, and no own one

    @property
    def detail(self) -> str:
        """The checklist's note for this outcome."""
        return {
            SaveOutcome.SAVED: "",
            SaveOutcome.KEPT_EARLIER: "kept your earlier destination",
            SaveOutcome.NOTHING_TO_KEEP: "OBS held a destination this app set",
        }[self]


@dataclass(frozen=True)
class PreparedSave:
    """What ``save_before_push`` will write, read and classified before the new destination is
    known (so it can run while the create request is in flight); ``commit`` writes it."""

    point: RestorePoint
    current: ObsServiceSettings
    outcome: SaveOutcome
    own: ObsServiceSettings | None

    async def commit(self, secrets: SecretStorePort, wanted: ObsServiceSettings) -> SaveOutcome:
        """One durable write (own destination + the fingerprint of ``wanted``), or raise
        RestorePointError: then OBS must not be changed."""
        await _write(secrets, _with_push(replace(self.point, own=self.own), wanted))
        return self.outcome

    async def hold(self, secrets: SecretStorePort) -> HeldSave:
        """Make the own destination durable before the new destination is known (while the
        create request is in flight), with the record marked *pending*: until the fingerprint
        of the push is written (``HeldSave.record_push``), a FastPix ingest counts as the
        app's, so the own destination can never be replaced by this push. Raises
        RestorePointError: then OBS must not be changed. No write when the keyring already
        holds exactly this."""
        point = replace(self.point, own=self.own, pending=True, legacy=False)
        if point != self.point:
            # The legacy flag makes _write delete the single pre-profile entry once adopted.
            await _write(secrets, replace(point, legacy=self.point.legacy))
        return HeldSave(point=point, current=self.current, outcome=self.outcome)


@dataclass(frozen=True)
class HeldSave:
    """A restore point made durable before the push (``PreparedSave.hold``): OBS may be
    changed; ``record_push`` then adds the pushed destination's fingerprint."""

    point: RestorePoint
    current: ObsServiceSettings
    outcome: SaveOutcome

    async def record_push(self, secrets: SecretStorePort, wanted: ObsServiceSettings) -> None:
        """The second write, after the push: the fingerprint of ``wanted``, the pending mark
        cleared. A refusal is logged, not raised: the own destination was durable before the
        push, and the pending mark makes any FastPix ingest count as this app's until the next
        push, so the own destination is kept and Restore still brings it back."""
        try:
            await _write(secrets, _with_push(self.point, wanted))
        except SecretStoreError as exc:
            log.warning(
                "The new OBS destination's fingerprint was not saved (%s); the earlier "
                "destination is kept and Restore still brings it back",
                type(exc).__name__,
            )


def _with_push(point: RestorePoint, wanted: ObsServiceSettings) -> RestorePoint:
    mark = fingerprint(wanted)
    pushed = (*(p for p in point.pushed if p != mark), mark)
    return replace(point, pushed=pushed[-MAX_PUSHED:], pending=False)


async def prepare_save(
    *,
    current: ObsServiceSettings,
    profile: str,
    secrets: SecretStorePort,
    hosts: IngestHosts,
) -> PreparedSave:
    """Read this profile's record and classify OBS's ``current`` destination (rule 2 of
    docs/restore-point.md); writes nothing. Raises RestorePointError if the keyring failed."""
    try:
        point = await load(secrets, profile)
    except RestorePointError as exc:  # the keyring failed: this destination cannot be saved
        raise RestorePointError(exc.reason) from None
    if point.is_app_destination(current, hosts):
        outcome = SaveOutcome.KEPT_EARLIER if point.own else SaveOutcome.NOTHING_TO_KEEP
        own = point.own
    elif point.own is not None and is_fastpix_ingest(current, hosts):
        # A FastPix key typed in by hand never replaces the streamer's own destination: that
        # stream stays on FastPix, while their Twitch or YouTube settings would be lost for good.
        outcome, own = SaveOutcome.KEPT_EARLIER, point.own
    else:
        outcome, own = SaveOutcome.SAVED, current
    return PreparedSave(point=point, current=current, outcome=outcome, own=own)


async def save_before_push(
    *,
    current: ObsServiceSettings,
    wanted: ObsServiceSettings,
    profile: str,
    secrets: SecretStorePort,
    hosts: IngestHosts,
) -> SaveOutcome:
    """Keep OBS's ``current`` destination as the way back before the app pushes ``wanted``.

    Raises RestorePointError when it cannot be kept durably: then OBS must not be changed.
    """
    prepared = await prepare_save(current=current, profile=profile, secrets=secrets, hosts=hosts)
    return await prepared.commit(secrets, wanted)
