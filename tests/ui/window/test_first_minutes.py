"""The first minutes of a newcomer: demo mode without OBS reads as an optional next step, not
an error; Help → About and Help → Documentation; a link no browser opens is said, not dropped;
OBS's problems and "Go live on <name>" read the same in the menu, the tray and in German."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from fastpix_desktop._version import __version__
from fastpix_desktop.core.obs import ObsConnectionInfo
from fastpix_desktop.core.obs.error_mapping import to_obs_error
from fastpix_desktop.sandbox.state import StreamSpec
from fastpix_desktop.ui.widgets.theme import Tone, tone_color
from fastpix_desktop.ui.window.help_menu import HelpMenu
from tests.ui.conftest import run_pending
from tests.ui.library.test_library_panel import loaded, wait_for

REMOTE = ObsConnectionInfo("obs.example.invalid", 4455, "")


def refused() -> Exception:
    return to_obs_error(ConnectionRefusedError(), info=REMOTE)


def test_demo_without_obs_explains_obs_as_an_optional_next_step(make_window, obs):
    obs.connect_error = refused()
    window = make_window(demo=True)
    status = window.obs_status
    assert "optional" in status.text()
    assert "not connected" not in status.text()
    error_red = tone_color(status.palette(), Tone.ERROR)
    assert status.palette().color(status.foregroundRole()) != error_red
    assert "Nothing answers" in status.toolTip()  # the reason is still there


def test_without_demo_obs_not_connected_stays_a_problem(window, obs, qloop):
    obs.connect_error = refused()
    qloop.run_until_complete(window.obs_panel.connect_obs())
    assert window.obs_status.text().startswith("OBS: not connected (Nothing answers")


def test_german_obs_problems_are_german(language, make_window, stored_credentials, obs, qloop):
    language("de")
    obs.connect_error = refused()
    window = make_window()
    qloop.run_until_complete(window.obs_panel.connect_obs())
    assert "Unter obs.example.invalid:4455 antwortet nichts" in window.obs_status.text()


def help_menu(window) -> HelpMenu:
    menus = [a.menu() for a in window.menuBar().actions()]
    found = [m for m in menus if m is not None and m.objectName() == "helpMenu"]
    assert found, [a.text() for a in window.menuBar().actions()]
    return window.help


def test_help_about_shows_version_licence_docs_and_keyring(window, qloop):
    menu = help_menu(window)
    assert [a.text() for a in menu.menu.actions()] == ["&Documentation", "&About fastpix-desktop"]
    menu.about_action.trigger()
    box = menu.about_box
    assert box is not None and box.isVisible()
    text = box.text()
    assert __version__ in text
    assert "GPL-3.0-or-later" in text
    assert "README.md" in text or "docs.fastpix.io" in text
    assert "InMemoryKeyring" in text  # the keyring backend in use (the tests' own)
    box.close()


def test_help_documentation_opens_the_docs_or_says_where_they_are(
    make_window, stored_credentials, opened_urls
):
    window = make_window()
    help_menu(window).docs_action.trigger()
    assert len(opened_urls) == 1 and opened_urls[0].toString().endswith("README.md")
    no_browser = make_window(open_url=lambda url: False)
    help_menu(no_browser).docs_action.trigger()
    assert "No browser opened the link" in no_browser.message()
    assert "README.md" in no_browser.message()


def test_open_in_browser_without_a_browser_says_so(make_window, stored_credentials, qloop):
    window = make_window(open_url=lambda url: False)
    qloop.run_until_complete(window.start_create())
    run_pending(qloop)
    button = window.details.findChild(QPushButton, "openPlaybackButton")
    assert button is not None, [b.objectName() for b in window.details.findChildren(QPushButton)]
    button.click()
    assert "No web browser opened the link" in window.message()


def test_the_obs_menu_and_the_tray_say_go_live_on_the_channels_name(window, qloop, sandbox):
    stream = sandbox.state.create_stream(StreamSpec(metadata={"livestream_name": "Speedruns"}))
    panel = window.library_panel
    panel.start_refresh()
    loaded(window, qloop, 1)
    panel.view.select(stream.stream_id)
    panel.my_channel_button.click()
    wait_for(qloop, lambda: panel.my_channel_id == stream.stream_id)
    onair = window.onair_panel
    assert onair.go_live_action.text() == "&Go live on Speedruns"
    assert onair.tray.go_live_action.text() == "Go live on Speedruns"
    assert onair.go_live_action.isEnabled()
