"""What the window shows about OBS's destination, re-read at start-up, on every OBS (re)connect
and on every CurrentProfileChanged: which FastPix stream OBS points at, and whether Restore has
anything to do (so its menu item can be disabled when it has not).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from fastpix_desktop.core.destination import recognise
from fastpix_desktop.core.errors import FastPixError, RestorePointError
from fastpix_desktop.core.fastpix.ingest import IngestHosts
from fastpix_desktop.core.models import LiveStream
from fastpix_desktop.core.obs.events import ConnectionChanged, ObsEvent, ProfileChanged
from fastpix_desktop.core.restore import point as restore_point

if TYPE_CHECKING:
    from fastpix_desktop.core.ports import FastPixPort, ObsPort, SecretStorePort


@dataclass(frozen=True)
class ObsPicture:
    profile: str
    destination: recognise.Recognised
    # None when the keyring could not be read; ``restore_error`` says why.
    restore: restore_point.RestoreStatus | None
    restore_error: RestorePointError | None = None
    fastpix_error: FastPixError | None = None  # the stream could not be looked up

    @property
    def stream(self) -> LiveStream | None:
        return self.destination.stream

    @property
    def can_restore(self) -> bool:
        return self.restore is not None and self.restore.available


async def read_obs_picture(
    *,
    obs: ObsPort,
    fastpix: FastPixPort,
    secrets: SecretStorePort,
    hosts: IngestHosts | None = None,
    known: Iterable[LiveStream] = (),
) -> ObsPicture:
    """OBS's destination and the restore state for its current profile. OBS errors propagate;
    FastPix and keyring failures are reported in the picture, not raised."""
    hosts = hosts or IngestHosts()
    profile = await obs.get_current_profile()
    service = await obs.get_service()
    fastpix_error: FastPixError | None = None
    try:
        destination = await recognise.recognise_service(
            service, fastpix=fastpix, hosts=hosts, known=known
        )
    except FastPixError as exc:
        fastpix_error = exc
        ingest = recognise.fastpix_ingest_of(service, hosts)
        destination = recognise.Recognised(
            restore_point.describe_destination(service), ingest, note=str(exc)
        )
    try:
        status = await restore_point.restore_status(obs=obs, secrets=secrets, profile=profile)
    except RestorePointError as exc:
        return ObsPicture(profile, destination, None, exc, fastpix_error)
    return ObsPicture(profile, destination, status, None, fastpix_error)


def refresh_on_obs_changes(obs: ObsPort, refresh: Callable[[], None]) -> Callable[[], None]:
    """Call ``refresh()`` on every OBS (re)connect and profile switch; returns the unsubscribe.

    ``refresh`` runs on the event loop and should start read_obs_picture as a task.
    """

    def on_event(event: ObsEvent) -> None:
        if isinstance(event, ProfileChanged) or (
            isinstance(event, ConnectionChanged) and event.connected
        ):
            refresh()

    return obs.add_listener(on_event)
