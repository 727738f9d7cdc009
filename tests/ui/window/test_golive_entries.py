"""Every way the window, the tray, a stream deck and the command line go live runs the one
go-live pipeline: in demo mode none of them starts OBS streaming (issue 21: the library's Go
live button used to), and one Create click asks FastPix only for the create."""

from __future__ import annotations

import asyncio
import json

import pytest

from fastpix_desktop.cli import entry as cli
from fastpix_desktop.core.golive.words import DEMO_NEVER_STARTS
from fastpix_desktop.core.library import my_channel
from fastpix_desktop.core.models import StreamSettings
from fastpix_desktop.core.onair.remote import RemoteRequest
from fastpix_desktop.ui.onair.panel import OnAirOptions
from tests.ui.conftest import run_pending, wait_running

ENTRIES = ["library-button", "obs-menu", "tray", "remote", "cli"]


def _demo_window(make_window, qloop, fastpix):
    channel = qloop.run_until_complete(fastpix.create_stream(StreamSettings(name="My channel")))
    my_channel.save(channel.stream_id)  # the library's Go live on <name> button shows
    window = make_window(
        demo=True,
        onair=OnAirOptions(poll_s=3600, channel=lambda: channel.stream_id),
    )
    wait_running(qloop, lambda: window.library_panel.go_live_button.isVisible())
    wait_running(qloop, window.onair_panel.tray.go_live_action.isEnabled)
    return window, channel


def _go_live_from(entry, window, qloop, tmp_path, monkeypatch, capsys) -> str:
    """Start a go-live from ``entry``; the words the streamer (or the script) gets back."""
    if entry == "library-button":
        window.library_panel.go_live_button.click()
    elif entry == "obs-menu":
        window.onair_panel.go_live_action.trigger()
    elif entry == "tray":
        window.onair_panel.tray.go_live_action.trigger()
    elif entry == "remote":
        reply = qloop.run_until_complete(window.onair_panel.handle_remote(RemoteRequest("go-live")))
        assert reply.exit_code == 0, reply.text
        return str(reply.json["note"])
    else:  # a second launch: `fastpix-desktop go-live --json`, answered by this window
        monkeypatch.setenv("FASTPIX_DESKTOP_STATE_DIR", str(tmp_path / "state"))
        assert window.onair_panel.start_remote(directory=tmp_path / "state")
        loop = asyncio.get_event_loop()
        code = qloop.run_until_complete(loop.run_in_executor(None, cli.main, ["go-live", "--json"]))
        out = capsys.readouterr().out
        assert code == 0, out
        return str(json.loads(out)["note"])
    wait_running(qloop, lambda: not window.runner.busy and window.message() != "")
    return window.message()


@pytest.mark.parametrize("entry", ENTRIES)
def test_in_demo_mode_no_go_live_entry_starts_obs(
    entry, make_window, stored_credentials, qloop, fastpix, obs, tmp_path, monkeypatch, capsys
):
    window, channel = _demo_window(make_window, qloop, fastpix)
    assert window.demo

    said = _go_live_from(entry, window, qloop, tmp_path, monkeypatch, capsys)
    run_pending(qloop)

    assert "start_streaming_and_wait" not in obs.calls and not obs.live
    assert said == DEMO_NEVER_STARTS
    # OBS was pointed at the demo stream all the same: only the start is refused.
    assert obs.service.settings["key"] == channel.stream_key


def test_one_create_click_asks_fastpix_once(window, qloop, sandbox, obs, monkeypatch):
    """The create's answer has the keys, status and reconnect window the window needs (and a
    new stream has no simulcast targets): nothing is fetched again after it."""
    requests: list[tuple[str, str]] = []
    real_handle = sandbox.handle

    def handle(method, path, query=None, headers=None, body=b""):
        requests.append((method, path))
        return real_handle(method, path, query, headers, body)

    monkeypatch.setattr(sandbox, "handle", handle)
    qloop.run_until_complete(window.start_create())
    wait_running(qloop, lambda: not window.runner.busy)
    run_pending(qloop, rounds=20)  # what follows the results on screen (advice, simulcast)

    assert window.message() == "Stream created."
    assert requests == [("POST", "/v1/live/streams")], requests
