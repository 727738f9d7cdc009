"""Settings → Start with the system (the XDG entry follows the action) and the opt-in update
check in the window: asked once in a banner, a notice only for a newer version, and never a
wait for the feed (a slow one neither delays start() nor holds the window)."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QTimer

from fastpix_desktop.ui.system import UpdateSettings
from tests.core.updates.feed_server import feed_server, release  # noqa: F401 (fixture)
from tests.ui.conftest import run_pending, wait_running

FEED = "/repos/example/fastpix-desktop/releases"


@pytest.fixture
def feed(feed_server, monkeypatch):  # noqa: F811
    def serve(document, **kwargs) -> None:
        monkeypatch.setenv(
            "FASTPIX_DESKTOP_UPDATE_FEED", feed_server.serve(FEED, document, **kwargs)
        )

    serve.server = feed_server  # type: ignore[attr-defined]
    return serve


def _settings_actions(window) -> list[str]:
    return [a.objectName() for a in window.settings_menu.actions() if a.objectName()]


def test_start_with_the_system_writes_and_removes_the_autostart_entry(window, tmp_path):
    entry = tmp_path / "config" / "autostart" / "fastpix-desktop.desktop"  # XDG_CONFIG_HOME
    action = window.system_panel.autostart_action
    assert "autostartAction" in _settings_actions(window)
    assert action.isCheckable() and not action.isChecked() and not entry.exists()

    action.trigger()
    assert entry.is_file() and "--tray" in entry.read_text(encoding="utf-8")
    assert "log in" in window.message()

    action.trigger()
    assert not entry.exists()


def test_the_action_reads_what_is_on_disk(make_window, tmp_path):
    entry = tmp_path / "config" / "autostart" / "fastpix-desktop.desktop"
    entry.parent.mkdir(parents=True)
    entry.write_text("[Desktop Entry]\n", encoding="utf-8")
    window = make_window()
    window.settings_menu.aboutToShow.emit()  # the streamer opens Settings
    assert window.system_panel.autostart_action.isChecked()
    entry.unlink()  # removed outside the app: the next look at the menu says so
    window.settings_menu.aboutToShow.emit()
    assert not window.system_panel.autostart_action.isChecked()
    assert not entry.exists()  # reading the truth writes nothing


def test_a_failed_write_is_said_and_the_action_stays_off(window, tmp_path):
    (tmp_path / "config").mkdir(exist_ok=True)
    (tmp_path / "config" / "autostart").write_text("a file where the folder should be")
    action = window.system_panel.autostart_action
    action.trigger()
    assert not action.isChecked()
    assert "Could not change" in window.message()


def test_first_run_asks_in_a_banner_and_no_thanks_is_remembered(window, app_settings, feed):
    feed([release("v99.0.0")])
    notice = window.system_panel.updates
    window.system_panel.start()
    assert notice.banner.isVisible() and notice.no_button.isVisible()
    assert "once a day" in notice.label.text()
    notice.no_button.click()
    assert not notice.banner.isVisible()
    assert UpdateSettings(app_settings.qsettings).answer() is False
    assert not notice.action.isChecked()
    window.system_panel.start()  # the next start: not asked again, nothing checked
    assert not notice.banner.isVisible()
    assert feed.server.requests == []


def test_yes_checks_and_a_newer_version_is_shown_with_its_link(window, qloop, feed):
    feed([release("v99.0.0"), release("v0.0.1")])
    notice = window.system_panel.updates
    seen: list = []
    notice.checked.connect(seen.append)
    window.system_panel.start()
    notice.yes_button.click()
    wait_running(qloop, lambda: seen)
    assert seen[0].tag == "v99.0.0"
    assert notice.banner.isVisible()
    text = notice.label.text()
    assert "Version 99.0.0 is available" in text
    assert 'href="https://github.com/example/fastpix-desktop/releases/tag/v99.0.0"' in text
    assert notice.label.openExternalLinks()  # a link to the page, never a download
    assert notice.action.isChecked()


@pytest.mark.parametrize("tags", [["v0.0.1"], ["v0.1.0"], ["v99.0.0rc1"]])
def test_no_notice_unless_a_newer_release_exists(window, qloop, feed, app_settings, tags):
    from fastpix_desktop._version import __version__

    if tags == ["v0.1.0"]:
        tags = [f"v{__version__}"]  # the same version
    feed([release(tag, prerelease="rc" in tag) for tag in tags])
    UpdateSettings(app_settings.qsettings).set_answer(True)
    notice = window.system_panel.updates
    seen: list = []
    notice.checked.connect(seen.append)
    window.system_panel.start()
    wait_running(qloop, lambda: seen)
    assert seen == [None]
    assert not notice.banner.isVisible()


def test_at_most_once_a_day(window, qloop, feed, app_settings):
    feed([release("v0.0.1")])
    UpdateSettings(app_settings.qsettings).set_answer(True)
    notice = window.system_panel.updates
    seen: list = []
    notice.checked.connect(seen.append)
    window.system_panel.start()
    wait_running(qloop, lambda: seen)
    window.system_panel.start()
    run_pending(qloop)
    assert len(feed.server.requests) == 1


def test_a_slow_or_broken_feed_never_holds_the_window(window, qloop, feed, app_settings):
    feed([release("v99.0.0")], delay_s=30)
    UpdateSettings(app_settings.qsettings).set_answer(True)
    started = time.monotonic()
    window.system_panel.start()
    assert time.monotonic() - started < 0.2  # start() returns at once
    ticks: list[int] = []
    timer = QTimer(window)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    wait_running(qloop, lambda: len(ticks) >= 5 and feed.server.requests)  # the UI keeps going
    timer.stop()
    assert not window.system_panel.updates.banner.isVisible()
    assert not window.busy  # a background task, not a job that disables the window
