"""The monitor feeding the tray, its notifier and the live panel, as the window will wire them."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from fastpix_desktop.core.fastpix.client import FastPixClient
from fastpix_desktop.core.obs import StreamStateChanged
from fastpix_desktop.core.obs.events import OUTPUT_RECONNECTED, OUTPUT_RECONNECTING
from fastpix_desktop.core.onair.monitor import OnAirMonitor
from fastpix_desktop.sandbox import SandboxApi
from fastpix_desktop.ui.onair.live_view import LiveView
from fastpix_desktop.ui.onair.tray import OnAirTray, TrayNotifier, TrayState
from tests.doubles import sandbox_client
from tests.onair.fakes import FakeClock, OnAirObs


@pytest.fixture
async def fastpix_and_api() -> AsyncIterator[tuple[FastPixClient, SandboxApi]]:
    api = SandboxApi(seed=3)
    client = sandbox_client(api.mock_transport())
    yield client, api
    await client.aclose()


async def test_a_reconnect_reaches_tray_balloon_and_panel(qtbot, fastpix_and_api) -> None:
    fastpix, api = fastpix_and_api
    stream_id = api.state.create_stream().stream_id
    tray, panel = OnAirTray(), LiveView()
    qtbot.addWidget(panel)
    obs = OnAirObs()
    monitor = OnAirMonitor(obs=obs, fastpix=fastpix, notifier=TrayNotifier(tray), clock=FakeClock())
    monitor.add_listener(tray.show_snapshot)
    monitor.add_listener(panel.show_snapshot)
    monitor.watch_stream(stream_id)
    await obs.start_streaming_and_wait()
    api.set_status(stream_id, "active")
    obs.sent_bytes = 100_000
    await monitor.poll_once()
    assert tray.state is TrayState.LIVE and tray.last_message == (
        "You are live",
        "OBS is streaming and FastPix receives it.",
    )
    assert panel.headline.text() == "Live"

    obs.reconnecting = True
    obs.emit(StreamStateChanged(False, OUTPUT_RECONNECTING))
    assert tray.state is TrayState.RECONNECTING
    assert tray.last_message is not None and "reconnecting" in tray.last_message[0]
    assert not panel.banner.isHidden() and panel.stop_button.isEnabled()

    obs.reconnecting = False
    obs.emit(StreamStateChanged(True, OUTPUT_RECONNECTED))
    assert tray.state is TrayState.LIVE and tray.last_message[0] == "Back on air"
    assert panel.banner.isHidden() and panel.reconnects.text() == "1"
    await monitor.close()
