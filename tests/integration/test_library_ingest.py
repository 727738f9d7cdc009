"""An existing stream from the library, a real OBS and key-checking listeners: FastPix's
status is "active" only because OBS really publishes with the right key (the sandbox's ingest
hook, called by nginx-rtmp and the SRT listener), and "End broadcast" brings it back to idle."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from pathlib import Path

import pytest

from fastpix_desktop.core.errors import ObsStreamStartError
from fastpix_desktop.core.fastpix.client import FastPixClient
from fastpix_desktop.core.fastpix.ingest import IngestHosts
from fastpix_desktop.core.golive import use_cases as golive
from fastpix_desktop.core.library import manage as stream_manage
from fastpix_desktop.core.library import rows as library
from fastpix_desktop.core.models import ObsServiceSettings, Protocol
from fastpix_desktop.core.obs import ObsController
from fastpix_desktop.core.secrets import SecretStore
from fastpix_desktop.sandbox import (
    DEMO_ACCESS_TOKEN_ID,
    DEMO_SECRET_KEY,
    RunningSandbox,
    SandboxApi,
    start_server_in_thread,
)
from fastpix_desktop.sandbox.state import StreamSpec
from tests.cli_helpers import file_keyring_env, run_cli, sandbox_env

from .listeners import NginxRtmpListener, SrtListener

pytestmark = pytest.mark.obs


@pytest.fixture
def sandbox() -> Iterator[RunningSandbox]:
    with start_server_in_thread(SandboxApi()) as server:
        yield server


@pytest.fixture
async def fastpix(sandbox: RunningSandbox) -> AsyncIterator[FastPixClient]:
    async with FastPixClient(
        access_token_id=DEMO_ACCESS_TOKEN_ID, secret_key=DEMO_SECRET_KEY, base_url=sandbox.url
    ) as client:
        yield client


async def eventually(check: Callable[[], Awaitable[bool]], what: str, timeout: float = 15) -> None:
    deadline = time.monotonic() + timeout
    while not await check():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.1)


async def status_is(fastpix: FastPixClient, stream_id: str, status: str) -> bool:
    return (await fastpix.get_stream(stream_id)).status == status


async def pick_from_library(fastpix: FastPixClient, name: str) -> str:
    rows = (await library.load_library(fastpix)).rows
    (row,) = library.search(rows, name)
    return row.stream_id


async def test_rtmps_existing_stream_is_active_through_the_hook_and_end_broadcast_idles_it(
    obs_controller: ObsController,
    rtmps_listener: NginxRtmpListener,
    sandbox: RunningSandbox,
    fastpix: FastPixClient,
    store: SecretStore,
) -> None:
    for index in range(3):
        sandbox.api.state.create_stream(StreamSpec(metadata={"livestream_name": f"old {index}"}))
    sandbox.api.state.create_stream(StreamSpec(metadata={"livestream_name": "My channel"}))
    hosts = IngestHosts(rtmps_server=rtmps_listener.rtmps_server)
    with rtmps_listener.follow(sandbox.url):
        stream_id = await pick_from_library(fastpix, "my channel")
        stream = await fastpix.get_stream(stream_id)
        assert stream.status == "idle"
        result = await golive.configure_existing(
            stream=stream,
            obs=obs_controller,
            secrets=store,
            protocol=Protocol.RTMPS,
            hosts=hosts,
            start=True,
        )
        assert result.obs_started, result.obs_error
        await eventually(lambda: status_is(fastpix, stream_id, "active"), "FastPix: active")
        assert stream.stream_key in rtmps_listener.published
        assert len(sandbox.api.streams[stream_id].media_ids) == 1

        async def media_arrived() -> bool:
            return rtmps_listener.recorded_bytes(stream.stream_key) > 20_000

        await eventually(media_arrived, "media at the listener")

        outcome = await stream_manage.finish_stream(fastpix, stream_id)
        assert outcome.stream is not None and outcome.stream.status == "idle"
        await obs_controller.stop_streaming_and_wait()
        await asyncio.to_thread(rtmps_listener.wait_finished, stream.stream_key)
        assert await status_is(fastpix, stream_id, "idle")
    assert rtmps_listener.media_packets(stream.stream_key).get("video", 0) > 0
    others = [s for s in sandbox.api.streams.values() if s.stream_id != stream_id]
    assert all(s.status == "idle" and not s.media_ids for s in others)


async def test_a_key_fastpix_does_not_know_is_refused_and_nothing_becomes_active(
    obs_controller: ObsController,
    rtmps_listener: NginxRtmpListener,
    sandbox: RunningSandbox,
    fastpix: FastPixClient,
) -> None:
    record = sandbox.api.state.create_stream()
    wrong = record.stream_key[:-4] + "0000"
    await obs_controller.set_service(
        ObsServiceSettings(
            "rtmp_custom",
            {"server": rtmps_listener.rtmps_server, "key": wrong, "use_auth": False},
        )
    )
    with rtmps_listener.follow(sandbox.url), pytest.raises(ObsStreamStartError):
        await obs_controller.start_streaming_and_wait()
    assert wrong in rtmps_listener.attempts and wrong not in rtmps_listener.published
    assert await status_is(fastpix, record.stream_id, "idle")


async def test_srt_existing_stream_stays_active_in_the_reconnect_window_until_ended(
    obs_controller: ObsController,
    listener_workdir: Path,
    sandbox: RunningSandbox,
    fastpix: FastPixClient,
    store: SecretStore,
) -> None:
    record = sandbox.api.state.create_stream(StreamSpec(metadata={"livestream_name": "SRT show"}))
    listener = SrtListener(
        listener_workdir / "srt-library",
        passphrase=record.srt_secret,
        ingest_hook=(sandbox.url, record.stream_id),
    ).start()
    try:
        stream_id = await pick_from_library(fastpix, "srt show")
        result = await golive.configure_existing(
            stream=await fastpix.get_stream(stream_id),
            obs=obs_controller,
            secrets=store,
            protocol=Protocol.SRT,
            hosts=IngestHosts(srt_server=listener.server),
            start=True,
        )
        assert result.obs_started, result.obs_error
        await eventually(lambda: status_is(fastpix, stream_id, "active"), "FastPix: active")

        async def media_arrived() -> bool:
            return listener.bytes_received() > 50_000

        await eventually(media_arrived, "media at the listener")
        await obs_controller.stop_streaming_and_wait()

        async def unpublished() -> bool:
            return ("unpublish", 200) in listener.hook_calls

        await eventually(unpublished, "the listener to report the encoder gone")
        # FastPix waits out the reconnect window (60 s) before it calls the stream idle.
        assert await status_is(fastpix, stream_id, "active")
        outcome = await stream_manage.finish_stream(fastpix, stream_id)
        assert outcome.stream is not None and outcome.stream.status == "idle"
        assert listener.hook_calls[0] == ("publish", 200)
        assert len(sandbox.api.streams[stream_id].media_ids) == 1
    finally:
        listener.stop()


async def test_cli_create_start_then_streams_show_and_finish_follow_the_real_encoder(
    obs_controller: ObsController,
    obs_instance,
    rtmps_listener: NginxRtmpListener,
    sandbox: RunningSandbox,
    cli_keyring: Path,
) -> None:
    env = sandbox_env(
        sandbox.url,
        FASTPIX_RTMPS_SERVER=rtmps_listener.rtmps_server,
        OBS_WEBSOCKET_PASSWORD=obs_instance.password,
        **file_keyring_env(cli_keyring),  # where create keeps OBS's way back
    )
    with rtmps_listener.follow(sandbox.url):
        created = await asyncio.to_thread(
            run_cli,
            *("create", "--name", "deck button", "--obs", f"127.0.0.1:{obs_instance.port}"),
            *("--start", "--json"),
            env=env,
        )
        assert created.returncode == 0, created.stderr
        stream_id = json.loads(created.stdout)["streamId"]

        async def cli_says_active() -> bool:
            shown = await asyncio.to_thread(
                run_cli, "streams", "show", stream_id, "--json", env=env
            )
            return json.loads(shown.stdout)["status"] == "active"

        await eventually(cli_says_active, "streams show: active", timeout=20)
        listed = await asyncio.to_thread(
            run_cli, "streams", "list", "--search", "deck button", "--json", env=env
        )
        (row,) = json.loads(listed.stdout)
        assert row["status"] == "active" and row["createdHereUnused"] is False
        finished = await asyncio.to_thread(
            run_cli, "streams", "finish", stream_id, "--yes", "--json", env=env
        )
        assert finished.returncode == 0, finished.stdout
        assert json.loads(finished.stdout)["status"] == "idle"
        await obs_controller.stop_streaming_and_wait()


async def test_a_stream_created_without_obs_is_unused_until_use_points_obs_at_it(
    obs_controller: ObsController,
    obs_instance,
    sandbox: RunningSandbox,
    cli_keyring: Path,
    tmp_path: Path,
) -> None:
    env = sandbox_env(
        sandbox.url,
        OBS_WEBSOCKET_PASSWORD=obs_instance.password,
        XDG_DATA_HOME=str(tmp_path),
        **file_keyring_env(cli_keyring),
    )

    async def unused_mark(stream_id: str) -> bool:
        listed = await asyncio.to_thread(
            run_cli, "streams", "list", "--search", stream_id, "--json", env=env
        )
        (row,) = json.loads(listed.stdout)
        return bool(row["createdHereUnused"])

    created = await asyncio.to_thread(run_cli, "create", "--no-obs", "--json", env=env)
    stream_id = json.loads(created.stdout)["streamId"]
    assert await unused_mark(stream_id)
    used = await asyncio.to_thread(
        run_cli, "use", stream_id, "--obs", f"127.0.0.1:{obs_instance.port}", "--json", env=env
    )
    assert used.returncode == 0, used.stderr + used.stdout
    assert not await unused_mark(stream_id)
