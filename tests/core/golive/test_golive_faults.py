"""OBS truths under faults: a connection that dropped before the create, and a rival push."""

from __future__ import annotations

import asyncio
import socket

import pytest

from fastpix_desktop.core.errors import ObsError, ObsVerifyError
from fastpix_desktop.core.fastpix.ingest import IngestHosts
from fastpix_desktop.core.golive import use_cases as golive
from fastpix_desktop.core.models import ObsServiceSettings, Protocol, StreamSettings
from fastpix_desktop.core.obs import ObsConnectionInfo, ObsController
from fastpix_desktop.core.secrets import SecretStore
from tests.doubles import FakeFastPix, FakeObs

RIVAL = ObsServiceSettings(
    "rtmp_custom",
    {"server": "rtmps://other.example/live", "key": "rival-key", "use_auth": False},
)


@pytest.fixture
async def store():
    s = SecretStore()
    yield s
    s.close()


async def create(obs, store, **options) -> golive.GoLiveResult:
    return await golive.create_and_configure(
        fastpix=FakeFastPix(),
        obs=obs,
        secrets=store,
        settings=StreamSettings(name="show"),
        protocol=Protocol.RTMPS,
        hosts=IngestHosts(),
        **options,
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
            await golive.create_and_configure(
                fastpix=fastpix,
                obs=obs,
                secrets=store,
                settings=StreamSettings(name="show"),
                protocol=Protocol.RTMPS,
                hosts=IngestHosts(),
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
