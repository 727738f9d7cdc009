"""OBS truths under faults: a connection that dropped before the create, and a rival push."""

from __future__ import annotations

import asyncio
import socket

import pytest

from fastpix_desktop.core.errors import ObsDisconnectedError, ObsError, ObsVerifyError
from fastpix_desktop.core.fastpix.ingest import IngestHosts
from fastpix_desktop.core.golive import GoLiveRequest
from fastpix_desktop.core.golive import use_cases as golive
from fastpix_desktop.core.golive.use_cases import GoLiveResult
from fastpix_desktop.core.models import ObsServiceSettings, Protocol, StreamSettings
from fastpix_desktop.core.obs import ObsConnectionInfo, ObsController
from fastpix_desktop.core.secrets import SecretStore
from tests.core.golive.runs import pipeline
from tests.doubles import FakeFastPix, FakeObs, make_stream

RIVAL = ObsServiceSettings(
    "rtmp_custom",
    {"server": "rtmps://other.example/live", "key": "rival-key", "use_auth": False},
)


@pytest.fixture
async def store():
    s = SecretStore()
    yield s
    s.close()


async def create(obs, store, on_progress=None) -> GoLiveResult:
    return await pipeline(FakeFastPix(), obs, store).run(
        GoLiveRequest.create(StreamSettings(name="show"), Protocol.RTMPS), on_progress=on_progress
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def test_obs_dropping_between_connect_and_create_is_an_obs_failure(store) -> None:
    # A real controller whose OBS went away: not connected any more, and nothing listens.
    # Before, the OBS steps were skipped and `create` exited 0 with "configured": false.
    obs = ObsController(ObsConnectionInfo(port=free_port()), timeout=0.5)
    fastpix = FakeFastPix()
    try:
        with pytest.raises(ObsError):
            await pipeline(fastpix, obs, store, hosts=IngestHosts()).run(
                GoLiveRequest.create(StreamSettings(name="show"), Protocol.RTMPS)
            )
    finally:
        await obs.close()
    assert fastpix.created == []  # OBS is checked first, so nothing was created


async def test_a_fake_obs_that_dropped_is_reconnected_and_configured(store) -> None:
    obs = FakeObs(connected=False)
    result = await create(obs, store)
    assert result.obs_configured and result.obs_error is None


class RivalObs(FakeObs):
    """An OBS that a second copy of the app points elsewhere just after our push."""

    async def set_service(self, service: ObsServiceSettings) -> None:
        await super().set_service(service)
        if service.settings.get("key") != RIVAL.settings["key"]:
            loop = asyncio.get_running_loop()
            loop.call_later(
                0.02, lambda: asyncio.ensure_future(super(RivalObs, self).set_service(RIVAL))
            )


async def test_a_rival_push_right_after_ours_is_not_reported_as_configured(store) -> None:
    obs = RivalObs()
    updates: list[golive.StepUpdate] = []
    first = await create(obs, store, on_progress=updates.append)
    result = await golive.settled(first)
    assert not result.obs_configured
    assert isinstance(result.obs_error, ObsVerifyError)
    assert "Another program changed" in str(result.obs_error)
    # The checklist said the truth twice: done on the first read-back, then failed with why.
    verify = [(u.state, u.detail) for u in updates if u.step is golive.StepId.VERIFY]
    assert verify[-2][0] is golive.StepState.DONE
    assert verify[-1][0] is golive.StepState.FAILED
    assert "Another program changed" in verify[-1][1]


async def test_verify_is_done_before_the_repeat_read_back(store) -> None:
    # The repeat read-back is off the path: the result (and "verify done") come back while it
    # still waits, and it settles to "configured" when nobody else pushed.
    obs = FakeObs()
    reads: list[int] = []
    real_get = obs.get_service

    async def counting_get():
        reads.append(1)
        return await real_get()

    obs.get_service = counting_get  # type: ignore[method-assign]
    first = await create(obs, store)
    assert first.obs_configured and first.late_check is not None
    assert not first.late_check.done()
    reads_at_result = len(reads)
    result = await golive.settled(first)
    assert result.obs_configured and result.obs_error is None
    assert len(reads) == reads_at_result + 1  # the protection still reads OBS a second time


class _DiesDuringTheReadBack(FakeObs):
    """OBS killed right after the first read-back matched: the repeat read-back finds no OBS."""

    async def get_service(self) -> ObsServiceSettings:
        if self.services_set and self.calls.count("get_service_after_push") >= 1:
            raise ObsDisconnectedError()
        if self.services_set:
            self.calls.append("get_service_after_push")
        return await super().get_service()


async def test_obs_killed_during_the_read_back_is_not_configured() -> None:
    """Issue 28: OBS killed during the read-back after a push, and create said "configured"."""
    obs = _DiesDuringTheReadBack()
    store = SecretStore()
    try:
        result = await pipeline(
            FakeFastPix(stream=make_stream()), obs, store, hosts=IngestHosts()
        ).run_settled(GoLiveRequest.create(StreamSettings(), Protocol.RTMPS))
    finally:
        store.close()
    assert obs.services_set  # the push went out
    assert not result.obs_configured
    assert "whether it kept the new settings is not known" in str(result.obs_error)
