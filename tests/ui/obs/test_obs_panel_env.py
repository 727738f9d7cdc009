"""OBS_WEBSOCKET_URL in the window: a malformed one is ignored, and the window says so in plain
words (never repeating the string, which may hold the password)."""

from __future__ import annotations

from fastpix_desktop.core.config import Config


def test_a_malformed_connect_string_is_ignored_and_said(make_window, stored_credentials):
    window = make_window(config=Config(obs_url="obsws://127.0.0.1:99999/hunter2"))
    text = window.message()
    assert text.startswith("OBS_WEBSOCKET_URL is ignored: ")
    assert "65535" in text
    assert "hunter2" not in text


def test_a_good_connect_string_says_nothing(make_window, stored_credentials):
    window = make_window(config=Config(obs_url="obsws://127.0.0.1:4455/hunter2"))
    assert "OBS_WEBSOCKET_URL" not in window.message()
