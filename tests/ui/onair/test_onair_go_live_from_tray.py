"""Go live on my channel from the tray menu: OBS is pointed at the channel and starts."""

from __future__ import annotations

from fastpix_desktop.core.models import StreamSettings
from fastpix_desktop.core.onair.notify import RecordingNotifier
from fastpix_desktop.ui.onair.panel import OnAirOptions
from tests.onair.fakes import FakeClock
from tests.ui.conftest import wait_running


def test_go_live_on_my_channel_from_the_tray(make_window, stored_credentials, qloop, fastpix, obs):
    # The streamer's channel exists from an earlier session; the window starts with it known.
    stream = qloop.run_until_complete(fastpix.create_stream(StreamSettings(name="My channel")))
    window = make_window(
        onair=OnAirOptions(
            notifier=RecordingNotifier(),
            clock=FakeClock(),
            channel=lambda: stream.stream_id,
            poll_s=3600,
        )
    )
    wait_running(qloop, window.onair_panel.tray.go_live_action.isEnabled)
    assert not obs.live

    window.onair_panel.tray.go_live_action.trigger()
    wait_running(qloop, lambda: window.message().startswith("Live on"))
    assert window.message().startswith("Live on My channel")
    assert obs.live
    assert obs.service.settings["key"] == stream.stream_key
