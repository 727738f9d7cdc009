"""On air with a real OBS: a dropped, a wedged and a disabled ingest, end, and remote control.

OBS streams through a TCP proxy to the key-checking nginx-rtmp listener, which asks the
sandbox's ingest hook about the key, so the FastPix stream becomes active when video arrives.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path

import pytest

from fastpix_desktop.core.fastpix.client import FastPixClient
from fastpix_desktop.core.fastpix.ingest import IngestHosts
from fastpix_desktop.core.golive import GoLive, GoLiveOptions, GoLiveRequest
from fastpix_desktop.core.obs import ObsController
from fastpix_desktop.core.obs.output_state import OutputState
from fastpix_desktop.core.onair.monitor import OnAirMonitor
from fastpix_desktop.core.onair.notify import NotificationKind, RecordingNotifier
from fastpix_desktop.core.onair.watchdog import Verdict
from fastpix_desktop.core.secrets import SecretStore
from fastpix_desktop.sandbox import DEMO_ACCESS_TOKEN_ID, DEMO_SECRET_KEY, SandboxApi
from fastpix_desktop.sandbox.server import RunningSandbox, start_server_in_thread
from tests.cli_helpers import run_cli, sandbox_env

from .listeners import NginxRtmpListener
from .obs_harness import HeadlessObs
from .tcp_proxy import TcpProxy

pytestmark = pytest.mark.obs


async def wait_for(predicate: Callable[[], bool], what: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.1)


def wait_for_sync(predicate: Callable[[], bool], what: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.1)


@pytest.fixture
def proxy(rtmp_listener: NginxRtmpListener) -> Iterator[TcpProxy]:
    p = TcpProxy(rtmp_listener.rtmp_port).start()
    yield p
    p.stop()


@pytest.fixture
def sandbox() -> Iterator[RunningSandbox]:
    with start_server_in_thread(SandboxApi()) as running:
        yield running


@pytest.fixture
def stream_id(sandbox: RunningSandbox, rtmp_listener: NginxRtmpListener) -> Iterator[str]:
    """A sandbox stream whose key nginx checks with the sandbox's ingest hook, so the stream
    becomes active when OBS really publishes to it, as on FastPix."""
    record = sandbox.api.state.create_stream()
    with rtmp_listener.follow(sandbox.url):
        yield record.stream_id


def mark_active_once_published(
    sandbox: RunningSandbox, listener: NginxRtmpListener, stream_id: str
) -> None:
    """Wait until the ingest hook made the stream active (OBS's video really arrived)."""
    key = sandbox.api.streams[stream_id].stream_key
    wait_for_sync(lambda: key in listener.published, "nginx to admit the key")
    wait_for_sync(lambda: sandbox.api.streams[stream_id].status == "active", "active")


# --------------------------------------------------------------------------- in-process


@pytest.fixture
async def on_air(
    obs_controller: ObsController, sandbox: RunningSandbox, proxy: TcpProxy
) -> AsyncIterator[tuple[OnAirMonitor, RecordingNotifier, FastPixClient, IngestHosts]]:
    hosts = IngestHosts(rtmps_server=f"rtmp://127.0.0.1:{proxy.port}/live")
    notifier = RecordingNotifier()
    async with FastPixClient(
        access_token_id=DEMO_ACCESS_TOKEN_ID, secret_key=DEMO_SECRET_KEY, base_url=sandbox.url
    ) as fastpix:
        monitor = OnAirMonitor(obs=obs_controller, fastpix=fastpix, notifier=notifier)
        monitor.start()
        try:
            yield monitor, notifier, fastpix, hosts
        finally:
            await monitor.close()


async def go_live(obs: ObsController, fastpix: FastPixClient, hosts, stream_id, monitor) -> None:
    store = SecretStore()
    try:
        pipeline = GoLive(
            fastpix=fastpix, obs=obs, secrets=store, hosts=hosts, options=GoLiveOptions()
        )
        outcome = await pipeline.run_settled(GoLiveRequest.go_live(stream_id))
    finally:
        store.close()
    assert outcome.obs_started, outcome.obs_error
    monitor.watch_stream(outcome.stream)


async def go_live_confirmed(obs: ObsController, on_air, sandbox, rtmp_listener, stream_id) -> None:
    """go_live, then wait until the monitor has announced the broadcast as live: OBS's media
    reached nginx and the sandbox marked the stream active."""
    monitor, notifier, fastpix, hosts = on_air
    await go_live(obs, fastpix, hosts, stream_id, monitor)
    await asyncio.to_thread(mark_active_once_published, sandbox, rtmp_listener, stream_id)
    await wait_for(lambda: NotificationKind.LIVE in notifier.kinds, "live confirmed")


async def test_a_wedged_ingest_is_reported_as_stalled(
    obs_controller, on_air, sandbox, rtmp_listener, stream_id, proxy
) -> None:
    monitor, notifier, _, _ = on_air
    await go_live_confirmed(obs_controller, on_air, sandbox, rtmp_listener, stream_id)
    assert monitor.snapshot().report.verdict is Verdict.HEALTHY

    proxy.wedge()  # the connection stays up, nothing gets through
    # OBS keeps saying live while its bytes stop (about 12 s here); later it starts a reconnect
    # that cannot get through either, which is a stall too.
    await wait_for(lambda: NotificationKind.STALLED in notifier.kinds, "a stall", timeout=60)
    assert monitor.snapshot().report.verdict is Verdict.STALLED
    assert "Reconnect now" in monitor.snapshot().report.message
    proxy.unwedge()


async def test_a_dropped_ingest_reconnects_and_reconnect_now_and_end_work(
    obs_controller, on_air, sandbox, rtmp_listener, stream_id, proxy
) -> None:
    from fastpix_desktop.cli.live_replies import LiveCommands

    monitor, notifier, fastpix, hosts = on_air
    await go_live_confirmed(obs_controller, on_air, sandbox, rtmp_listener, stream_id)
    store = SecretStore()
    commands = LiveCommands(
        obs=obs_controller,
        fastpix=fastpix,
        secrets=store,
        hosts=hosts,
        monitor=monitor,
        options=GoLiveOptions(),
    )
    try:
        proxy.refusing = True
        proxy.drop()
        await wait_for(lambda: monitor.snapshot().state is OutputState.RECONNECTING, "reconnect")
        status = (await commands.status()).json
        assert status["obs"]["outputState"] == "reconnecting"
        assert status["obs"]["reconnecting"] is True
        proxy.refusing = False
        await wait_for(lambda: NotificationKind.RECOVERED in notifier.kinds, "recovery", 60)
        assert monitor.snapshot().state is OutputState.LIVE
        assert monitor.snapshot().figures.reconnects >= 1
        assert notifier.kinds[:3] == [
            NotificationKind.LIVE,
            NotificationKind.RECONNECTING,
            NotificationKind.RECOVERED,
        ]

        before = proxy.connections
        await monitor.reconnect_now()  # stop, wait for STOPPED, start
        assert (await obs_controller.get_stream_status()).active
        assert proxy.connections > before

        ended = (await commands.end()).json
        assert ended["finished"] is True and ended["status"] == "idle"
        assert not (await obs_controller.get_stream_status()).active
        await wait_for(lambda: NotificationKind.ENDED in notifier.kinds, "ended")
        assert notifier.kinds.count(NotificationKind.ENDED) == 1  # not for Reconnect now
    finally:
        store.close()


async def test_obs_live_but_fastpix_never_active_says_fastpix_is_not_receiving(
    obs_controller, on_air, sandbox, rtmp_listener, stream_id
) -> None:
    monitor, notifier, fastpix, hosts = on_air
    # nginx admits the key itself, so the sandbox's ingest hook never hears of the video and
    # the stream stays idle, as FastPix would with the video going somewhere else.
    rtmp_listener.accepted_keys.add(sandbox.api.streams[stream_id].stream_key)
    await go_live(obs_controller, fastpix, hosts, stream_id, monitor)
    await wait_for(
        lambda: NotificationKind.NOT_RECEIVING in notifier.kinds, "not receiving", timeout=40
    )
    report = monitor.snapshot().report
    assert report.verdict is Verdict.NOT_RECEIVING and "server and key" in report.message
    assert NotificationKind.LIVE not in notifier.kinds  # never confirmed
    assert (await obs_controller.get_stream_status()).active  # reported, not stopped


async def test_disabling_the_stream_mid_broadcast_stops_obs_and_says_why(
    obs_controller, on_air, sandbox, rtmp_listener, stream_id
) -> None:
    monitor, notifier, fastpix, _ = on_air
    await go_live_confirmed(obs_controller, on_air, sandbox, rtmp_listener, stream_id)

    await fastpix.disable_stream(stream_id)
    await wait_for(lambda: monitor.snapshot().state is OutputState.OFF, "OBS stopped", 30)
    assert not (await obs_controller.get_stream_status()).active
    assert "disabled" in monitor.snapshot().stopped_reason
    assert NotificationKind.STREAM_GONE in notifier.kinds


# --------------------------------------------------------------------------- two processes


class HostProcess:
    """``python -m fastpix_desktop.cli.onair_host``, its notifications collected from stdout."""

    def __init__(self, env: dict[str, str], obs: HeadlessObs) -> None:
        self.notifications: list[str] = []
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "fastpix_desktop.cli.onair_host",
                "--obs",
                f"127.0.0.1:{obs.port}",
            ],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self._ready = threading.Event()
        # stderr is read as it comes too: a pipe nobody reads fills up and blocks the host's
        # next write (a warning while OBS reconnects), which would look like a hang.
        self.stderr: collections.deque[str] = collections.deque(maxlen=200)
        threading.Thread(target=self._read, daemon=True).start()
        self._stderr_reader = threading.Thread(target=self._read_stderr, daemon=True)
        self._stderr_reader.start()
        assert self._ready.wait(30), "the host did not start:\n" + "".join(self.stderr)

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            data = json.loads(line)
            if data.get("ready"):
                self._ready.set()
            elif "notify" in data:
                self.notifications.append(data["notify"])

    def _read_stderr(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            self.stderr.append(line)

    def stop(self) -> None:
        """SIGTERM, as a service manager stops it; the host must be gone within 15 s. If not,
        its threads' stacks (SIGUSR1, see onair_host) go into the failure."""
        self.proc.terminate()
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.send_signal(signal.SIGUSR1)
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.proc.wait(timeout=2)
            self.proc.kill()
            self.proc.wait(timeout=15)
            self._stderr_reader.join(timeout=5)  # the pipe closed: its last lines are in
            raise AssertionError("the host did not stop:\n" + "".join(self.stderr)) from None


async def test_drop_reconnect_and_end_through_a_running_instance(
    tmp_path: Path,
    obs_controller: ObsController,
    obs_instance: HeadlessObs,
    sandbox: RunningSandbox,
    rtmp_listener: NginxRtmpListener,
    proxy: TcpProxy,
    stream_id: str,
) -> None:
    server = f"rtmp://127.0.0.1:{proxy.port}/live"
    cli_env = {
        **sandbox_env(sandbox.url),
        "FASTPIX_DESKTOP_STATE_DIR": str(tmp_path),
        "FASTPIX_RTMPS_SERVER": server,
        "OBS_WEBSOCKET_PASSWORD": obs_instance.password,
    }
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FASTPIX_", "OBS_"))}
    env.update(cli_env)
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    host = await asyncio.to_thread(HostProcess, env, obs_instance)

    async def cli(*args: str) -> dict:
        done = await asyncio.to_thread(run_cli, *args, "--json", env=cli_env, timeout=60)
        assert done.returncode == 0, done.stdout + done.stderr
        return json.loads(done.stdout)

    try:
        # The host runs on the null keyring (nothing can be kept): a restore point cannot be
        # saved, so OBS is changed only with --no-restore-point (exit 9 otherwise, issue 28).
        started = await cli("go-live", stream_id, "--no-restore-point")
        assert started["obs"]["started"] is True, started
        await asyncio.to_thread(mark_active_once_published, sandbox, rtmp_listener, stream_id)
        await wait_for(lambda: "live" in host.notifications, "live confirmed")
        status = await cli("status")
        assert status["obs"]["outputState"] == "live" and status["obs"]["server"] == server
        assert status["stream"]["status"] == "active"
        assert status["watchdog"]["verdict"] == "healthy"

        proxy.refusing = True  # the ingest is gone: OBS keeps retrying
        proxy.drop()
        await wait_for(lambda: "reconnecting" in host.notifications, "reconnecting")
        status = await cli("status")
        assert status["obs"]["reconnecting"] is True
        assert status["obs"]["outputState"] == "reconnecting"
        assert status["watchdog"]["verdict"] == "reconnecting"

        proxy.refusing = False  # back: OBS's next retry gets through
        await wait_for(lambda: "recovered" in host.notifications, "recovered", timeout=60)
        status = await cli("status")
        assert status["obs"]["outputState"] == "live"
        assert status["figures"]["reconnects"] >= 1

        ended = await cli("end")
        assert ended["finished"] is True and ended["status"] == "idle"
        assert sandbox.api.streams[stream_id].status == "idle"
        await wait_for(lambda: "ended" in host.notifications, "ended")
        assert not (await obs_controller.get_stream_status()).active
    finally:
        await asyncio.to_thread(host.stop)


async def test_obs_reconnect_settings_are_read_from_the_profile(
    obs_controller: ObsController,
) -> None:
    from fastpix_desktop.core.onair.reconnect_advice import (
        ObsReconnectSettings,
        read_reconnect_settings,
    )

    # The test profile sets none of them, so OBS answers with its own defaults.
    assert await read_reconnect_settings(obs_controller) == ObsReconnectSettings(
        enabled=True, retry_delay_s=2, max_retries=25
    )
