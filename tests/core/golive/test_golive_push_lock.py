"""Two runs that change one OBS at once (issue 28): only the one whose push stands says
"configured"; the other leaves OBS alone and says which stream OBS sends to now (exit 11).
Here the two runs share one process and a fake OBS; tests/integration/test_push_race.py runs
two real `create` processes against a real OBS."""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import os
import stat

from fastpix_desktop.cli import exit_codes
from fastpix_desktop.core.errors import ObsTakenError
from fastpix_desktop.core.golive import GoLive, GoLiveOptions, GoLiveRequest, ObsPushLock
from fastpix_desktop.core.golive import use_cases as golive
from fastpix_desktop.core.models import ObsServiceSettings, Protocol, StreamSettings
from fastpix_desktop.core.restore import point as restore_point
from fastpix_desktop.core.secrets import SecretStore
from fastpix_desktop.sandbox import SandboxApi
from tests.core.golive.runs import HOSTS
from tests.doubles import FakeObs, sandbox_client

TWITCH = ObsServiceSettings(
    "rtmp_common", {"service": "Twitch", "server": "auto", "key": "live_users_own_twitch_key"}
)


def lock_paths(directory, obs) -> tuple:
    digest = hashlib.sha256(f"{obs.info.host}:{obs.info.port}".encode()).hexdigest()[:12]
    return directory / f"obs-push-{digest}.lock", directory / f"obs-push-{digest}.json"


def runs(fastpix, obs, store, directory, *, wait_s: float = 12.0) -> GoLive:
    return GoLive(
        fastpix=fastpix,
        obs=obs,
        secrets=store,
        hosts=HOSTS,
        options=GoLiveOptions(),
        push_lock=ObsPushLock(directory, wait_s=wait_s),
    )


def create(name: str) -> GoLiveRequest:
    return GoLiveRequest.create(StreamSettings(name=name), Protocol.RTMPS)


async def test_two_creates_at_once_only_the_one_obs_holds_says_configured(tmp_path) -> None:
    obs, store = FakeObs(service=TWITCH), SecretStore()
    try:
        async with sandbox_client(SandboxApi(seed=3).mock_transport()) as fastpix:
            first = runs(fastpix, obs, store, tmp_path)
            second = runs(fastpix, obs, store, tmp_path)  # its own lock handle, as in a process
            results = await asyncio.gather(
                first.run_settled(create("Morning show")),
                second.run_settled(create("Evening show")),
            )
            assert all(r.created for r in results)  # both streams exist and come back
            won = [r for r in results if r.obs_configured]
            lost = [r for r in results if not r.obs_configured]
            assert len(won) == 1 and len(lost) == 1, [r.obs_error for r in results]
            winner, loser = won[0], lost[0]
            # OBS holds the winner's stream, and the loser pushed nothing at all.
            assert restore_point.same_destination(obs.service, winner.target.obs_service())
            assert len(obs.services_set) == 1
            error = loser.obs_error
            assert isinstance(error, ObsTakenError)
            assert exit_codes.exit_code_for(error) == exit_codes.OBS_TAKEN == 11
            assert str(error).startswith("Another fastpix-desktop changed OBS at the same time")
            assert winner.stream.stream_id in str(error) and winner.stream.name in str(error)
            assert winner.stream.stream_key not in str(error)

            # The streamer's own destination still comes back exactly.
            restored = await golive.restore_previous(obs=obs, secrets=store, hosts=HOSTS)
            assert restored == TWITCH and obs.service == TWITCH
    finally:
        store.close()
    lock, note = lock_paths(tmp_path, obs)
    for path in (lock, note):
        assert stat.S_IMODE(os.lstat(path).st_mode) == 0o600
    text = note.read_text()
    assert winner.stream.stream_key not in text and TWITCH.settings["key"] not in text
    assert json.loads(text)["streamId"] == winner.stream.stream_id


async def test_two_runs_for_the_same_stream_both_say_configured(tmp_path) -> None:
    # Two `use` of one stream at once want the same destination: both are true.
    obs, store = FakeObs(service=TWITCH), SecretStore()
    try:
        async with sandbox_client(SandboxApi(seed=4).mock_transport()) as fastpix:
            stream = await fastpix.create_stream(StreamSettings(name="Show"))
            request = GoLiveRequest.use(stream.stream_id, Protocol.RTMPS)
            results = await asyncio.gather(
                runs(fastpix, obs, store, tmp_path).run_settled(request),
                runs(fastpix, obs, store, tmp_path).run_settled(request),
            )
    finally:
        store.close()
    assert [r.obs_configured for r in results] == [True, True]
    assert [r.obs_error for r in results] == [None, None]


async def test_a_run_that_cannot_get_the_lock_leaves_obs_alone_and_says_where_it_sends(
    tmp_path,
) -> None:
    obs, store = FakeObs(service=TWITCH), SecretStore()
    other = await ObsPushLock(tmp_path).hold(f"{obs.info.host}:{obs.info.port}")
    assert other is not None and other.locked
    try:
        async with sandbox_client(SandboxApi(seed=5).mock_transport()) as fastpix:
            result = await runs(fastpix, obs, store, tmp_path, wait_s=0.3).run_settled(
                create("Show")
            )
    finally:
        other.release()
        store.close()
    assert result.created and not result.obs_configured
    assert isinstance(result.obs_error, ObsTakenError)
    assert str(result.obs_error) == (
        "Another fastpix-desktop is changing OBS at the same time, so this one left OBS as it "
        "is. OBS now sends to Twitch."
    )
    assert obs.services_set == [] and obs.service == TWITCH


async def test_where_obs_sends_never_shows_a_key_or_passphrase() -> None:
    srt = ObsServiceSettings(
        "rtmp_custom",
        {"server": "srt://live.example:778?streamid=abc&passphrase=SECRETPASS", "key": ""},
    )
    assert golive._where(srt) == "srt://live.example:778"
    rtmp = ObsServiceSettings(
        "rtmp_custom", {"server": "rtmps://user:pw@live.example/app/KEY123", "key": "KEY123"}
    )
    assert golive._where(rtmp) == "rtmps://live.example"


async def test_a_planted_link_at_the_lock_is_not_written_through(tmp_path, caplog) -> None:
    obs, store = FakeObs(service=TWITCH), SecretStore()
    victim = tmp_path / "victim"
    victim.write_text("mine")
    lock, note = lock_paths(tmp_path, obs)
    lock.symlink_to(victim)
    note.symlink_to(victim)
    caplog.set_level(logging.WARNING)
    try:
        async with sandbox_client(SandboxApi(seed=6).mock_transport()) as fastpix:
            result = await runs(fastpix, obs, store, tmp_path).run_settled(create("Show"))
    finally:
        store.close()
    # The run goes on without the lock (the repeat read-back still guards it), says why in
    # the log, and never writes through the link.
    assert result.obs_configured
    assert victim.read_text() == "mine"
    assert "symbolic link" in caplog.text
