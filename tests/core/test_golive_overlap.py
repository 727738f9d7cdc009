"""The restore point's keyring read overlaps the create request (issue 16), without changing
docs/restore-point.md's rules: one durable write with the fingerprint, before the push."""

from __future__ import annotations

import keyring
import pytest

from fastpix_desktop.core import golive
from fastpix_desktop.core.errors import FastPixServerError, RestorePointError
from fastpix_desktop.core.golive import StepId, StepState, StepUpdate
from fastpix_desktop.core.ingest import IngestHosts
from fastpix_desktop.core.models import ObsServiceSettings, Protocol, StreamSettings
from fastpix_desktop.core.secrets import SecretStore
from tests.doubles import FakeFastPix, FakeObs
from tests.doubles.keyring import InMemoryKeyring

TWITCH = ObsServiceSettings(
    "rtmp_common", {"service": "Twitch", "server": "auto", "key": "live_twitch_own_key"}
)


class RecordingKeyring(InMemoryKeyring):
    """Notes each keyring call in ``events``, next to the fake FastPix's notes."""

    def __init__(self, events: list[str], *, fail_reads: bool = False) -> None:
        super().__init__()
        self.events = events
        self.fail_reads = fail_reads

    def get_password(self, service: str, username: str) -> str | None:
        self.events.append("keyring-read")
        if self.fail_reads:
            raise keyring.errors.KeyringError("the keyring broke")
        return super().get_password(service, username)

    def set_password(self, service: str, username: str, password: str) -> None:
        self.events.append("keyring-write")
        super().set_password(service, username, password)


class SlowFastPix(FakeFastPix):
    def __init__(self, events: list[str], **kwargs) -> None:
        super().__init__(delay=0.15, **kwargs)
        self.events = events

    async def create_stream(self, settings):
        self.events.append("create-sent")
        try:
            return await super().create_stream(settings)
        finally:
            self.events.append("create-answered")


class RecordingObs(FakeObs):
    def __init__(self, events: list[str], **kwargs) -> None:
        super().__init__(**kwargs)
        self.events = events

    async def set_service(self, service: ObsServiceSettings) -> None:
        self.events.append("obs-push")
        await super().set_service(service)


@pytest.fixture
def events() -> list[str]:
    return []


async def run(events: list[str], *, fail_reads: bool = False, error: Exception | None = None):
    keyring.set_keyring(RecordingKeyring(events, fail_reads=fail_reads))
    store = SecretStore(timeout=2.0)
    obs = RecordingObs(events, service=TWITCH)
    updates: list[StepUpdate] = []
    try:
        result = await golive.create_and_configure(
            fastpix=SlowFastPix(events, error=error),
            obs=obs,
            secrets=store,
            settings=StreamSettings(name="show"),
            protocol=Protocol.RTMPS,
            hosts=IngestHosts(),
            on_progress=updates.append,
        )
        result = await golive.settled(result)
    finally:
        store.close()
    return result, obs, updates


async def test_the_restore_point_is_read_while_the_create_is_in_flight(events) -> None:
    result, _obs, _ = await run(events)
    assert result.obs_configured
    sent, answered = events.index("create-sent"), events.index("create-answered")
    assert "keyring-read" in events[sent:answered]  # before: only after the answer
    # The one write (own destination + fingerprint) after the answer and before the push.
    assert events[answered + 1 :] == ["keyring-write", "obs-push"]


async def test_a_failed_create_writes_nothing(events) -> None:
    with pytest.raises(FastPixServerError):
        await run(events, error=FastPixServerError("FastPix is down", status=503))
    assert "keyring-write" not in events and "obs-push" not in events


async def test_a_refused_read_in_flight_fails_the_snapshot_step(events) -> None:
    result, obs, updates = await run(events, fail_reads=True)
    assert isinstance(result.obs_error, RestorePointError)
    assert obs.services_set == [] and obs.service == TWITCH
    states = {u.step: u.state for u in updates}
    assert states[StepId.CREATE] is StepState.DONE
    assert states[StepId.OBS_CHECK] is StepState.DONE
    assert states[StepId.SNAPSHOT] is StepState.FAILED
    assert states[StepId.PUSH] is StepState.SKIPPED
    # Carried: the snapshot step fails only once the create has answered.
    order = [(u.step, u.state) for u in updates]
    snapshot_failed = order.index((StepId.SNAPSHOT, StepState.FAILED))
    assert order.index((StepId.CREATE, StepState.DONE)) < snapshot_failed
