"""The restore point's keyring work overlaps the create request (issue 16) and keeps
docs/restore-point.md's rule 3: OBS's own destination is durable before the push; the pushed
destination's fingerprint (it needs the new stream's key) is written after the push."""

from __future__ import annotations

import keyring
import pytest

from fastpix_desktop.core.errors import FastPixServerError, RestorePointError
from fastpix_desktop.core.fastpix.ingest import IngestHosts
from fastpix_desktop.core.golive import use_cases as golive
from fastpix_desktop.core.golive.use_cases import StepId, StepState, StepUpdate
from fastpix_desktop.core.models import ObsServiceSettings, Protocol, StreamSettings
from fastpix_desktop.core.restore import point as restore_point
from fastpix_desktop.core.secrets import SecretStore
from tests.doubles import FakeFastPix, FakeObs
from tests.doubles.keyring import InMemoryKeyring

TWITCH = ObsServiceSettings(
    "rtmp_common", {"service": "Twitch", "server": "auto", "key": "live_twitch_own_key"}
)


class RecordingKeyring(InMemoryKeyring):
    """Notes each keyring call in ``events``, next to the fake FastPix's notes."""

    def __init__(
        self, events: list[str], *, fail_reads: bool = False, fail_writes_from: int | None = None
    ) -> None:
        super().__init__()
        self.events = events
        self.fail_reads = fail_reads
        self.fail_writes_from = fail_writes_from  # the first write (counted from 0) refused
        self.writes = 0

    def get_password(self, service: str, username: str) -> str | None:
        self.events.append("keyring-read")
        if self.fail_reads:
            raise keyring.errors.KeyringError("the keyring broke")
        return super().get_password(service, username)

    def set_password(self, service: str, username: str, password: str) -> None:
        self.events.append("keyring-write")
        self.writes += 1
        if self.fail_writes_from is not None and self.writes > self.fail_writes_from:
            raise keyring.errors.PasswordSetError("the keyring refused the write")
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


async def run(
    events: list[str],
    *,
    fail_reads: bool = False,
    fail_writes_from: int | None = None,
    error: Exception | None = None,
    obs: RecordingObs | None = None,
):
    if not isinstance(keyring.get_keyring(), RecordingKeyring):
        keyring.set_keyring(
            RecordingKeyring(events, fail_reads=fail_reads, fail_writes_from=fail_writes_from)
        )
    store = SecretStore(timeout=2.0)
    obs = obs or RecordingObs(events, service=TWITCH)
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


async def test_the_own_destination_is_saved_while_the_create_is_in_flight(events) -> None:
    result, obs, _ = await run(events)
    assert result.obs_configured
    sent, answered = events.index("create-sent"), events.index("create-answered")
    # Read and the own destination's write while FastPix works on the request...
    assert events[sent:answered] == ["create-sent", "keyring-read", "keyring-read", "keyring-write"]
    # ...so nothing waits for the keyring between the answer and the push; the fingerprint of
    # what was pushed follows the push.
    assert events[answered + 1 :] == ["obs-push", "keyring-write"]
    point = await restore_point.load(SecretStore(), obs.profile)
    assert point.own == TWITCH
    assert point.is_app_destination(obs.service, IngestHosts())
    assert not point.pending


async def test_a_failed_create_changes_nothing_in_obs(events) -> None:
    with pytest.raises(FastPixServerError):
        await run(events, error=FastPixServerError("FastPix is down", status=503))
    assert "obs-push" not in events
    # What the keyring may hold now is OBS's current destination as the streamer's own, which
    # it is: Restore finds OBS already there.
    obs = FakeObs(service=TWITCH)
    restored = await restore_point.restore(obs=obs, secrets=SecretStore(), hosts=IngestHosts())
    assert restored.outcome is restore_point.RestoreOutcome.ALREADY_THERE
    assert obs.service == TWITCH


async def test_a_refused_first_write_keeps_obs_unchanged(events) -> None:
    result, obs, updates = await run(events, fail_writes_from=0)
    assert isinstance(result.obs_error, RestorePointError)
    assert "obs-push" not in events and obs.service == TWITCH
    states = {u.step: u.state for u in updates}
    assert states[StepId.CREATE] is StepState.DONE
    assert states[StepId.SNAPSHOT] is StepState.FAILED
    assert states[StepId.PUSH] is StepState.SKIPPED


async def test_a_refused_fingerprint_write_still_keeps_the_way_back(events) -> None:
    result, obs, updates = await run(events, fail_writes_from=1)
    assert result.obs_configured  # OBS was changed after the own destination was durable
    assert events.count("keyring-write") == 2
    states = {u.step: u.state for u in updates}
    assert states[StepId.SNAPSHOT] is StepState.DONE and states[StepId.VERIFY] is StepState.DONE
    # The next run of the app (the keyring works again): the record still says a push was
    # pending, so Restore counts OBS's FastPix destination as this app's and brings the
    # streamer's own one back without asking.
    keyring.get_keyring().fail_writes_from = None
    restored = await restore_point.restore(obs=obs, secrets=SecretStore(), hosts=IngestHosts())
    assert restored.outcome is restore_point.RestoreOutcome.RESTORED
    assert obs.service == TWITCH


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
