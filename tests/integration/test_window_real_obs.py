"""The real window (offscreen Qt, a qasync loop) against the real OBS, the key-checking
nginx-rtmp listener and the sandbox's ingest hook, driven as a streamer drives it: pick an
existing stream in "Your streams", make it my channel, "Go live on <name>", End broadcast; a
restart that finds the stream OBS points at and my channel again; and a window opened while
OBS is already live on the channel.

"FastPix status: active" in the window is earned by OBS really publishing with the right key:
nginx-rtmp asks the sandbox's ingest hook about every key (listeners.PublishAuthServer.follow).
"""

# ruff: noqa: F811  (the fixtures imported from tests/ui/conftest.py are parameters here)
from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from fastpix_desktop.core.config import Config
from fastpix_desktop.core.fastpix.client import FastPixClient
from fastpix_desktop.core.fastpix.ingest import IngestHosts
from fastpix_desktop.core.golive import GoLiveRequest
from fastpix_desktop.core.golive.steps import StepId
from fastpix_desktop.core.library import my_channel
from fastpix_desktop.core.models import ObsServiceSettings
from fastpix_desktop.core.obs import ObsController
from fastpix_desktop.core.secrets import SecretStore
from fastpix_desktop.sandbox import (
    DEMO_ACCESS_TOKEN_ID,
    DEMO_SECRET_KEY,
    RunningSandbox,
    SandboxApi,
    start_server_in_thread,
)
from fastpix_desktop.ui.onair.panel import OnAirOptions
from fastpix_desktop.ui.widgets.secret_field import SecretField
from fastpix_desktop.ui.window.main_window import YOUR_STREAMS_TAB, MainWindow
from tests.core.golive.runs import pipeline
from tests.ui.conftest import (  # noqa: F401 (fixtures)
    answer_prompt,
    app_settings,
    collect_after_each_test,
    garbage_collected_on_the_gui_thread,
    isolated_qsettings,
    isolated_user_dirs,
    make_window,
    opened_urls,
    pending_tasks,
    qloop,
    secrets,
    stored_credentials,
    unexpected_errors,
    wait_running,
)

from .conftest import USER_SERVICE
from .listeners import NginxRtmpListener
from .obs_harness import HeadlessObs

pytestmark = pytest.mark.obs

CHANNEL = "Friday night show"
OTHERS = ("Tuesday rehearsal", "Ünïcødé 直播 🎮", "Old test")
# OBS and FastPix are real processes here: a start, a publish and the 5 s FastPix poll of the
# on-air monitor all fit in this.
WAIT_S = 20.0


class RecordingObsController(ObsController):
    """The window's real OBS client, noting every request that changes OBS."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.changes: list[str] = []

    async def set_service(self, service: ObsServiceSettings) -> None:
        self.changes.append("set_service")
        await super().set_service(service)

    async def start_stream(self) -> None:
        self.changes.append("start_stream")
        await super().start_stream()

    async def stop_stream(self) -> None:
        self.changes.append("stop_stream")
        await super().stop_stream()


def seed_with_sdk(url: str, names: tuple[str, ...]) -> list[str]:
    """Streams on the account, created through the official fastpix-python SDK."""
    from fastpix_python import Fastpix, models

    sdk = Fastpix(
        security=models.Security(username=DEMO_ACCESS_TOKEN_ID, password=DEMO_SECRET_KEY),
        server_url=url,
        retry_config=None,
        timeout_ms=5000,
    )
    ids = []
    for name in names:
        response = sdk.start_live_stream.create_new_stream(
            playback_settings={"access_policy": "public"},
            input_media_settings={"metadata": {"livestream_name": name}},
        )
        assert response.data is not None and response.data.stream_id
        ids.append(response.data.stream_id)
    return ids


@pytest.fixture
def sandbox(rtmps_listener: NginxRtmpListener) -> Iterator[RunningSandbox]:
    """The sandbox over HTTP, its ingest hook asked by nginx-rtmp about every key."""
    with start_server_in_thread(SandboxApi()) as server, rtmps_listener.follow(server.url):
        yield server


@pytest.fixture
def fastpix(sandbox: RunningSandbox, qloop: asyncio.AbstractEventLoop) -> Iterator[FastPixClient]:
    client = FastPixClient(
        access_token_id=DEMO_ACCESS_TOKEN_ID, secret_key=DEMO_SECRET_KEY, base_url=sandbox.url
    )
    yield client
    qloop.run_until_complete(client.aclose())


@pytest.fixture
def obs_clients(
    obs_instance: HeadlessObs, qloop: asyncio.AbstractEventLoop
) -> Iterator[Callable[[], RecordingObsController]]:
    """New OBS clients on the shared OBS (one per window, as each launch has its own). After
    the test OBS is stopped and points where it pointed before."""
    made: list[RecordingObsController] = []

    def make() -> RecordingObsController:
        controller = RecordingObsController(obs_instance.info)
        made.append(controller)
        return controller

    janitor = make()
    qloop.run_until_complete(janitor.connect())
    before = qloop.run_until_complete(janitor.get_service())
    yield make

    async def clean_up() -> None:
        await janitor.connect()
        await janitor.stop_streaming_and_wait()
        if await janitor.get_service() != before:
            await janitor.set_service(before)
        for controller in made:
            await controller.close()

    qloop.run_until_complete(clean_up())


@pytest.fixture
def obs(obs_clients: Callable[[], RecordingObsController]) -> RecordingObsController:
    """The first window's OBS client (make_window's default)."""
    return obs_clients()


@pytest.fixture
def hosts(rtmps_listener: NginxRtmpListener) -> IngestHosts:
    return IngestHosts(rtmps_server=rtmps_listener.rtmps_server)


@pytest.fixture
def open_window(make_window, stored_credentials, hosts: IngestHosts):
    """A window as the app builds it, with the ingest on nginx-rtmp and my channel read from
    the (per-test) config folder, as the app reads it."""

    def open_(**overrides: Any) -> MainWindow:
        kwargs: dict[str, Any] = dict(
            config=Config(hosts=hosts), onair=OnAirOptions(poll_s=0.25, channel=my_channel.load)
        )
        kwargs.update(overrides)
        return make_window(**kwargs)

    return open_


# ------------------------------------------------------------------ what the streamer sees


def library_names(window: MainWindow) -> list[str]:
    table = window.library_panel.view.table
    model = table.model()
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def loaded(window: MainWindow, qloop, count: int) -> None:
    view = window.library_panel.view
    wait_running(
        qloop,
        lambda: view.model.total == count and view.refresh_button.isEnabled(),
        timeout=WAIT_S,
    )


def click_row(window: MainWindow, name: str) -> None:
    """A mouse click on the stream's row in "Your streams"."""
    table = window.library_panel.view.table
    model = table.model()
    (row,) = [r for r in range(model.rowCount()) if model.index(r, 0).data() == name]
    index = model.index(row, 0)
    table.scrollTo(index)
    QTest.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center()
    )


def shown_id(window: MainWindow) -> str | None:
    stream = window.details.stream
    return stream.stream_id if stream is not None else None


def status_on_screen(window: MainWindow) -> str:
    label = window.details.findChild(QLabel, "statusLabel")
    return label.text() if label is not None else ""


def key_on_screen(window: MainWindow) -> str:
    field = window.details.findChild(SecretField, "streamKeyField")
    return field.value() if field is not None else ""


def idle_window(window: MainWindow) -> bool:
    # After End broadcast the recording is followed until FastPix says it is ready (every 5 s):
    # that background wait is not the window being busy.
    following = 1 if window.runner.running("follow-recording") else 0
    return not window.busy and window.runner.pending <= following


def wait_idle(qloop, window: MainWindow, timeout: float = WAIT_S) -> None:
    """Until the window is idle; on a time-out, which tasks were still running, and where."""
    wait_running(
        qloop,
        lambda: idle_window(window),
        timeout=timeout,
        why=lambda: pending_tasks(window.runner),
    )


def obs_service(qloop, obs: ObsController) -> ObsServiceSettings:
    return qloop.run_until_complete(obs.get_service())


# ------------------------------------------------------------------ the tests


async def _duration_past(obs: ObsController, ms: int, timeout: float = WAIT_S) -> Any:
    """OBS's stream status once its output duration is past ``ms`` (or the last one read)."""
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        status = await obs.get_stream_status()
        if status.duration_ms > ms or asyncio.get_running_loop().time() > deadline:
            return status
        await asyncio.sleep(0.05)


def go_live_on_my_channel(window: MainWindow, qloop) -> None:
    window.library_panel.go_live_button.click()
    wait_running(qloop, lambda: window.live_panel.headline.text() == "Live", timeout=WAIT_S)
    wait_idle(qloop, window)


def test_pick_my_channel_go_live_through_the_hook_and_end_broadcast(
    open_window, qloop, sandbox, obs, rtmps_listener, hosts
) -> None:
    *others, channel_id = seed_with_sdk(sandbox.url, (*OTHERS, CHANNEL))
    record = sandbox.api.streams[channel_id]
    window = open_window()
    loaded(window, qloop, 4)
    # The rows and the Refresh button come a moment before the load's end switches the tab.
    wait_running(qloop, lambda: window.left_tabs.currentIndex() == YOUR_STREAMS_TAB)
    assert sorted(library_names(window)) == sorted((*OTHERS, CHANNEL))
    assert not window.library_panel.go_live_button.isVisible()  # no channel yet

    click_row(window, CHANNEL)
    wait_running(qloop, lambda: shown_id(window) == channel_id, timeout=WAIT_S)
    assert key_on_screen(window) == record.stream_key  # fetched from FastPix when shown
    assert status_on_screen(window) == "idle (waiting for OBS to connect)"
    panel = window.library_panel
    panel.my_channel_button.click()
    wait_running(qloop, lambda: panel.go_live_button.isVisible(), timeout=WAIT_S)
    assert panel.go_live_button.text() == f"Go live on {CHANNEL}"
    assert panel.go_live_button.isDefault()
    assert window.create_button.text() == "Create a new stream"

    go_live_on_my_channel(window, qloop)
    service = obs_service(qloop, obs)
    assert service.settings["server"] == hosts.rtmps_server
    assert service.settings["key"] == record.stream_key
    assert rtmps_listener.published.count(record.stream_key) == 1
    assert sandbox.api.streams[channel_id].status == "active"  # through the ingest hook
    assert window.message() == "OBS now sends to this stream and is live."
    assert window.obs_status.text() == "OBS is live"
    assert window.onair_panel.live_box.isVisible()
    assert window.live_panel.end_button.isEnabled()
    # OBS's own destination was saved first: Restore offers it back.
    assert window.obs_panel.restore_action.isEnabled()
    assert window.obs_panel.restore_action.toolTip() == (
        f"Restore brings back {USER_SERVICE['type']}, {USER_SERVICE['settings']['service']}."
    )
    wait_running(qloop, lambda: status_on_screen(window) == "active (live)", timeout=WAIT_S)

    window.live_panel.end_button.click()
    assert answer_prompt(qloop, window) == f"End the broadcast on {CHANNEL}?"
    wait_running(qloop, lambda: window.live_panel.headline.text() == "Not live", timeout=WAIT_S)
    wait_idle(qloop, window)
    assert not qloop.run_until_complete(obs.get_stream_status()).active
    assert sandbox.api.streams[channel_id].status == "idle"
    assert window.message() == (
        "OBS stopped streaming. The FastPix broadcast is finished; its recording is being "
        "processed."
    )
    assert not window.onair_panel.live_box.isVisible()
    assert window.obs_status.text().startswith("Connected to OBS")
    # Nothing on screen still says live: FastPix's idle reaches the details, and OBS's line
    # says it stopped.
    wait_running(
        qloop,
        lambda: status_on_screen(window) == "idle (waiting for OBS to connect)",
        timeout=WAIT_S,
    )
    assert window.details.obs_result_label.text() == (
        "OBS stopped streaming; it still points at this stream (Start streaming goes live again)."
    )
    assert window.obs_panel.start_button.isVisible()
    assert all(sandbox.api.streams[i].status == "idle" for i in others)


def test_a_restart_finds_the_stream_obs_points_at_and_my_channel(
    open_window, obs_clients, qloop, sandbox, obs
) -> None:
    other_id, channel_id = seed_with_sdk(sandbox.url, (OTHERS[0], CHANNEL))
    record = sandbox.api.streams[channel_id]
    first = open_window()
    loaded(first, qloop, 2)
    click_row(first, CHANNEL)
    wait_running(qloop, lambda: shown_id(first) == channel_id, timeout=WAIT_S)
    first.library_panel.my_channel_button.click()
    wait_running(qloop, lambda: first.library_panel.go_live_button.isVisible(), timeout=WAIT_S)
    first.library_panel.view.use_button.click()  # "Use this stream": OBS set up, not started
    wait_idle(qloop, first)
    assert obs_service(qloop, obs).settings["key"] == record.stream_key
    assert first.message() == "OBS now points at this stream. Start streaming in OBS to go live."
    first.close()
    qloop.run_until_complete(first.shutdown())

    # The next launch: its own OBS connection and keyring client, the same settings, keyring,
    # config folder and OBS.
    store = SecretStore(timeout=5.0)
    try:
        second = open_window(obs=obs_clients(), secrets=store)
        loaded(second, qloop, 2)
        wait_running(qloop, lambda: shown_id(second) == channel_id, timeout=WAIT_S)
        panel = second.library_panel
        assert panel.obs_stream_id == channel_id  # recognised from OBS's destination
        assert second.details.obs_result_label.text() == "OBS points at this stream."
        assert key_on_screen(second) == record.stream_key  # fetched again from FastPix
        assert panel.my_channel_id == channel_id
        assert panel.go_live_button.isVisible()
        assert panel.go_live_button.text() == f"Go live on {CHANNEL}"
        assert second.library_panel.channel.label.text() == f"Your channel: {CHANNEL}"
        assert second.obs_panel.start_button.isVisible()  # OBS is set up for it, not live
        # The restore point survived the restart in the keyring.
        wait_running(qloop, lambda: second.obs_panel.restore_action.isEnabled())
        assert sandbox.api.streams[other_id].status == "idle"
    finally:
        store.close()


def test_a_window_opened_while_obs_is_live_on_my_channel_shows_it_and_changes_nothing(
    open_window, obs_clients, qloop, sandbox, rtmps_listener, hosts, secrets
) -> None:
    other_id, channel_id = seed_with_sdk(sandbox.url, (OTHERS[0], CHANNEL))
    record = sandbox.api.streams[channel_id]
    my_channel.save(channel_id)
    # Live already, from a stream deck's `fastpix-desktop go-live` while the window was shut.
    deck = obs_clients()
    qloop.run_until_complete(deck.connect())

    async def deck_go_live() -> None:
        async with FastPixClient(
            access_token_id=DEMO_ACCESS_TOKEN_ID, secret_key=DEMO_SECRET_KEY, base_url=sandbox.url
        ) as client:
            result = await pipeline(client, deck, secrets, hosts=hosts).run_settled(
                GoLiveRequest.go_live(channel_id)
            )
        assert result.obs_started, result.obs_error

    qloop.run_until_complete(deck_go_live())
    wait_running(qloop, lambda: sandbox.api.streams[channel_id].status == "active")
    service_before = obs_service(qloop, deck)
    started_at = qloop.run_until_complete(deck.get_stream_status())

    window = open_window()
    loaded(window, qloop, 2)
    wait_running(qloop, lambda: shown_id(window) == channel_id, timeout=WAIT_S)
    wait_running(qloop, lambda: window.live_panel.headline.text() == "Live", timeout=WAIT_S)
    assert window.details.obs_result_label.text() == "OBS points at this stream."
    assert key_on_screen(window) == record.stream_key
    assert window.obs_status.text() == "OBS is live"
    panel = window.library_panel
    assert panel.go_live_button.text() == f"Go live on {CHANNEL}"
    wait_running(qloop, lambda: status_on_screen(window) == "active (live)", timeout=WAIT_S)

    # Another stream selected while live: the live one stays on screen.
    click_row(window, OTHERS[0])
    wait_running(qloop, lambda: "OBS is live" in panel.view.status_label.text())
    assert shown_id(window) == channel_id

    window_obs = window.obs
    assert isinstance(window_obs, RecordingObsController)
    go_live_on_my_channel(window, qloop)
    assert window_obs.changes == []  # nothing pushed, started or stopped
    assert window.prompt is None  # no "OBS is live" question: nothing to change
    assert obs_service(qloop, window_obs) == service_before
    # The same broadcast goes on: OBS's duration keeps counting from where it was. A busy
    # machine's OBS may report 0 ms for its first seconds, so wait for it to move.
    status = qloop.run_until_complete(_duration_past(window_obs, started_at.duration_ms))
    assert status.active and status.duration_ms > started_at.duration_ms
    assert rtmps_listener.published.count(record.stream_key) == 1  # never re-published
    assert window.live_panel.reconnects.text() == "0"
    assert shown_id(window) == channel_id
    assert window.message() == "OBS was already live on this stream: nothing was changed."
    checklist = window.checklist  # the Progress box says what was (not) done
    assert checklist.detail(StepId.PUSH) == "not needed: OBS already points at this stream"
    assert checklist.detail(StepId.START) == "OBS is already live on this stream"
    assert sandbox.api.streams[channel_id].status == "active"
    assert sandbox.api.streams[other_id].status == "idle"
