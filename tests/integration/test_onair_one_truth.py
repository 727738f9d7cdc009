"""Issue 26 on the real window with a real OBS (Xvfb), nginx-rtmp and the sandbox's ingest hook:
End broadcast finishes the live stream, not the one selected; typing never starts OBS; lines
that stopped being true go when OBS is changed by hand; a window opened while OBS is live says
no "You are live"; ``status`` and ``obs-restore --check`` run alone reach OBS on the port saved
in the window."""

# ruff: noqa: F811  (the fixtures imported from tests/ui/conftest.py are parameters here)
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from fastpix_desktop.core.library import my_channel
from fastpix_desktop.core.models import ObsServiceSettings
from fastpix_desktop.core.onair.notify import NotificationKind, RecordingNotifier
from fastpix_desktop.ui.onair.panel import OnAirOptions
from tests.cli_helpers import run_cli
from tests.ui.conftest import (  # noqa: F401 (fixtures)
    answer_prompt,
    app_settings,
    collect_after_each_test,
    garbage_collected_on_the_gui_thread,
    isolated_qsettings,
    isolated_user_dirs,
    make_window,
    opened_urls,
    qloop,
    secrets,
    stored_credentials,
    unexpected_errors,
    wait_running,
)

from .obs_harness import HeadlessObs
from .test_window_real_obs import (  # noqa: F401 (fixtures)
    WAIT_S,
    click_row,
    fastpix,
    go_live_on_my_channel,
    hosts,
    idle_window,
    loaded,
    obs,
    obs_clients,
    obs_service,
    open_window,
    sandbox,
    seed_with_sdk,
    wait_idle,
)

pytestmark = pytest.mark.obs

SHOW_A, SHOW_B = "Show A", "Show B"
YOUTUBE = ObsServiceSettings(
    "rtmp_custom", {"server": "rtmp://a.rtmp.youtube.com/live2", "key": "yt-hand-set"}
)


def live_on_a(open_window, qloop, sandbox) -> tuple[Any, str, str]:
    """Two streams on the account, a window, my channel = A, and Go live on it."""
    a, b = seed_with_sdk(sandbox.url, (SHOW_A, SHOW_B))
    window = open_window()
    loaded(window, qloop, 2)
    click_row(window, SHOW_A)
    panel = window.library_panel
    wait_running(qloop, lambda: panel.view.selected_stream_id() == a, timeout=WAIT_S)
    panel.my_channel_button.click()
    wait_running(qloop, lambda: panel.go_live_button.isVisible(), timeout=WAIT_S)
    go_live_on_my_channel(window, qloop)
    wait_running(qloop, lambda: sandbox.api.streams[a].status == "active", timeout=WAIT_S)
    return window, a, b


def test_item1_end_broadcast_finishes_the_live_stream_after_use_this_stream_was_cancelled(
    open_window, qloop, sandbox, obs
) -> None:
    window, a, b = live_on_a(open_window, qloop, sandbox)

    click_row(window, SHOW_B)
    view = window.library_panel.view
    wait_running(qloop, lambda: view.selected_stream_id() == b and view.use_button.isEnabled())
    view.use_button.click()
    answer_prompt(qloop, window, accept=False)  # "OBS is live. Stop streaming and continue?"
    wait_idle(qloop, window)
    assert qloop.run_until_complete(obs.get_stream_status()).active
    wait_running(qloop, lambda: SHOW_A in window.live_panel.stream_line.text(), timeout=WAIT_S)
    assert window.onair_panel.monitor.stream_id == a

    window.live_panel.end_button.click()
    assert answer_prompt(qloop, window) == f"End the broadcast on {SHOW_A}?"
    wait_running(qloop, lambda: window.live_panel.headline.text() == "Not live", timeout=WAIT_S)
    wait_idle(qloop, window)
    assert sandbox.api.streams[a].status == "idle"  # finished: its recording is processed
    assert "finished" in window.message()


def test_item3_a_space_typed_never_starts_obs(open_window, qloop, sandbox, obs) -> None:
    window, _a, _b = live_on_a(open_window, qloop, sandbox)
    window.live_panel.stop_button.click()
    answer_prompt(qloop, window)
    wait_running(qloop, lambda: window.live_panel.headline.text() == "Not live", timeout=WAIT_S)
    wait_running(qloop, lambda: window.obs_panel.start_button.isVisible(), timeout=WAIT_S)
    guarded = {
        window.obs_panel.start_button,
        window.library_panel.go_live_button,
        window.live_panel.stop_button,
        window.live_panel.end_button,
    }
    window.activateWindow()
    window.form.name_edit.setFocus()
    for _ in range(60):
        QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() not in guarded
        QTest.keyClicks(QApplication.focusWidget() or window, "Stream 12")
    wait_idle(qloop, window)
    assert not qloop.run_until_complete(obs.get_stream_status()).active


def test_item7_obs_changed_by_hand_takes_start_streaming_and_points_at_away(
    open_window, obs_clients, qloop, sandbox, obs
) -> None:
    window, _a, _b = live_on_a(open_window, qloop, sandbox)
    window.live_panel.stop_button.click()
    answer_prompt(qloop, window)
    wait_running(qloop, lambda: window.obs_panel.start_button.isVisible(), timeout=WAIT_S)

    by_hand = obs_clients()  # the streamer, in OBS's own settings
    qloop.run_until_complete(by_hand.connect())
    qloop.run_until_complete(by_hand.set_service(YOUTUBE))
    wait_running(qloop, lambda: window.obs_panel.start_button.isHidden(), timeout=WAIT_S)
    line = window.details.obs_result_label.text()
    assert "no longer points at this stream" in line and "yt-hand-set" not in line
    assert not qloop.run_until_complete(obs.get_stream_status()).active


def test_item8_a_window_opened_while_obs_is_live_says_no_you_are_live(
    open_window, obs_clients, qloop, sandbox, obs
) -> None:
    first, _a, _b = live_on_a(open_window, qloop, sandbox)
    first.close()
    qloop.run_until_complete(first.shutdown())
    assert qloop.run_until_complete(obs.get_stream_status()).active

    notifier = RecordingNotifier()
    second = open_window(
        obs=obs_clients(),
        onair=OnAirOptions(poll_s=0.25, channel=my_channel.load, notifier=notifier),
    )
    wait_running(qloop, lambda: second.live_panel.headline.text() == "Live", timeout=WAIT_S)
    wait_running(qloop, lambda: SHOW_A in second.live_panel.stream_line.text(), timeout=WAIT_S)
    wait_running(qloop, lambda: "active" in second.live_panel.stream_line.text(), timeout=WAIT_S)
    assert NotificationKind.LIVE not in notifier.kinds


def test_item6_commands_run_alone_reach_obs_on_the_port_saved_in_the_window(
    obs_instance: HeadlessObs, tmp_path: Path, cli_keyring
) -> None:
    from tests.cli_helpers import file_keyring_env

    config = tmp_path / "config"
    settings = QSettings(
        str(config / "fastpix-desktop" / "fastpix-desktop.conf"), QSettings.Format.IniFormat
    )
    settings.setValue("obs/host", obs_instance.host)
    settings.setValue("obs/port", obs_instance.port)
    settings.sync()
    env = {
        "XDG_CONFIG_HOME": str(config),
        "FASTPIX_DESKTOP_STATE_DIR": str(tmp_path / "state"),
        "OBS_WEBSOCKET_PASSWORD": obs_instance.password,
        **file_keyring_env(cli_keyring),
    }
    status = run_cli("status", "--json", env=env, timeout=60)
    assert status.returncode == 0, status.stderr
    assert json.loads(status.stdout)["obs"]["connected"] is True
    check = run_cli("obs-restore", "--check", "--json", env=env, timeout=60)
    assert check.returncode == 0, check.stdout + check.stderr


def test_item4_a_deleted_streams_alarm_never_comes_back_on_another_stream(
    open_window, qloop, sandbox, obs
) -> None:
    notifier = RecordingNotifier()
    window, a, b = live_on_a(
        lambda: open_window(
            onair=OnAirOptions(poll_s=0.25, channel=my_channel.load, notifier=notifier)
        ),
        qloop,
        sandbox,
    )
    sandbox.api.state.delete(a)  # deleted on FastPix while OBS streams to it
    wait_running(qloop, lambda: "deleted" in window.onair_panel.banner.text(), timeout=WAIT_S)
    wait_running(qloop, lambda: window.live_panel.headline.text() == "Not live", timeout=WAIT_S)
    assert not qloop.run_until_complete(obs.get_stream_status()).active
    assert NotificationKind.STREAM_GONE in notifier.kinds
    notifier.received.clear()

    # Go live on B: the deletion's alarm must not come back, and OBS must stay live.
    panel = window.library_panel
    panel.start_refresh()
    loaded(window, qloop, 1)
    click_row(window, SHOW_B)
    wait_running(qloop, lambda: panel.view.selected_stream_id() == b, timeout=WAIT_S)
    panel.my_channel_button.click()
    wait_running(qloop, lambda: panel.channel.stream_id == b, timeout=WAIT_S)
    go_live_on_my_channel(window, qloop)
    wait_running(qloop, lambda: sandbox.api.streams[b].status == "active", timeout=WAIT_S)
    wait_running(qloop, lambda: SHOW_B in window.live_panel.stream_line.text(), timeout=WAIT_S)
    assert qloop.run_until_complete(obs.get_stream_status()).active
    assert NotificationKind.STREAM_GONE not in notifier.kinds
    assert window.onair_panel.banner.isHidden()
    assert "deleted" not in window.onair_panel.tray.icon.toolTip()
