"""Before any push: is OBS's destination one the streamer set by hand after this app's change?
Then the push asks first, as Restore does (issue 26, item 3); one function every go-live path
(and the go-live pipeline) calls before it changes OBS.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from fastpix_desktop.core.errors import RestoreNeedsConfirmationError, SecretStoreError
from fastpix_desktop.core.fastpix.ingest import IngestHosts
from fastpix_desktop.core.models import ObsServiceSettings
from fastpix_desktop.core.restore.record import (
    RestorePoint,
    describe_destination,
    is_fastpix_ingest,
    load,
    same_destination,
)

if TYPE_CHECKING:
    from fastpix_desktop.core.ports import ObsPort, SecretStorePort

# Asked with OBS's destination in words (type and server, never a key): True goes ahead.
ConfirmReplaceHandSet = Callable[[str], Awaitable[bool]]


async def hand_set_destination(
    *, obs: ObsPort, secrets: SecretStorePort, hosts: IngestHosts
) -> ObsServiceSettings | None:
    """OBS's current destination when it was set by hand since this app's last push to this
    profile, else None (the app never pushed here, or Restore was used: it is the streamer's
    own and is saved as the way back; it is the app's own; or it is the saved own one
    again)."""
    profile = await obs.get_current_profile()
    point = await load(secrets, profile)
    return hand_set_of(point, await obs.get_service(), hosts)


def hand_set_of(
    point: RestorePoint, current: ObsServiceSettings, hosts: IngestHosts
) -> ObsServiceSettings | None:
    """``current`` when it was set in OBS by hand since the app's last push recorded in
    ``point`` (the profile's restore point), else None; see ``hand_set_destination``."""
    if not point.pushed or point.own is None:
        # Never pushed here, or the way back was used (Restore put the streamer's own one
        # back): what OBS holds is theirs and a push saves it first. Restore asks in the same
        # case only: a way back exists and OBS holds something else, set by hand since.
        return None
    if point.is_app_destination(current, hosts) or is_fastpix_ingest(current, hosts):
        # A FastPix key typed in by hand is never the streamer's own destination to lose.
        return None
    if same_destination(current, point.own):
        return None
    return current


async def confirm_replacing(
    current: ObsServiceSettings | None, confirm: ConfirmReplaceHandSet, *, force: bool = False
) -> None:
    """Ask before a push over ``current`` (a destination set by hand, or None: nothing to
    ask); RestoreNeedsConfirmationError when the answer is No (nothing changed)."""
    if force or current is None:
        return
    described = describe_destination(current)
    if await confirm(described):
        return
    raise RestoreNeedsConfirmationError(
        f"OBS now sends to {described}, which was set in OBS after this app's change, so "
        "nothing was changed. Confirm in the window, or pass --force to replace it."
    )


async def ask_before_replacing(
    *,
    obs: ObsPort,
    secrets: SecretStorePort,
    hosts: IngestHosts,
    confirm: ConfirmReplaceHandSet | None,
    force: bool = False,
) -> None:
    """Raise RestoreNeedsConfirmationError (nothing changed) when OBS holds a destination set
    by hand since the app's change and ``confirm`` says no, or there is no one to ask (a
    command run alone or from a stream deck: ``--force`` goes ahead)."""
    if force:
        return
    try:
        current = await hand_set_destination(obs=obs, secrets=secrets, hosts=hosts)
    except SecretStoreError:
        # The record cannot be read: which destination is whose is unknown, and the push's
        # own question (no restore point) follows.
        return
    if current is None:
        return
    described = describe_destination(current)
    if confirm is not None and await confirm(described):
        return
    raise RestoreNeedsConfirmationError(
        f"OBS now sends to {described}, which was set in OBS after this app's change, so "
        "nothing was changed. Confirm in the window, or pass --force to replace it."
    )
