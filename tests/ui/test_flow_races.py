"""Races a streamer can cause with real clicks: two prompts at once, Restore racing Create, and
failures after the stream exists. Found in review; each keeps the stream and the way back."""

from __future__ import annotations

from fastpix_desktop.core import secrets as names
from fastpix_desktop.core.models import ObsServiceSettings
from fastpix_desktop.ui.widgets.secret_field import SecretField
from tests.doubles.obs import PREVIOUS_SERVICE
from tests.ui.conftest import run_pending, wait_running


def wait_for(qloop, condition) -> None:
    wait_running(qloop, condition)


def key_on_screen(window) -> str:
    return window.findChild(SecretField, "streamKeyField").value()


def test_remove_credentials_prompt_while_the_live_prompt_is_open(window, qloop, sandbox, obs):
    obs.live = True
    task = window.start_create()
    wait_for(qloop, lambda: window.prompt is not None and window.prompt.isVisible())
    live_prompt = window.prompt
    window.credentials_panel.start_remove()
    wait_for(qloop, lambda: window.prompt is not None and window.prompt is not live_prompt)
    window.prompt.reject_button.click()  # keep the credentials
    run_pending(qloop)
    live_prompt.reject_button.click()  # do not stop the live stream
    qloop.run_until_complete(task)

    assert sandbox.streams == {}  # asked before creating: nothing was created
    assert obs.live and obs.services_set == []  # and OBS was left alone
    assert window.error_reporter.reported == []  # no "something unexpected"
    assert window.message().startswith("OBS is live right now, so nothing was created")


def test_create_cannot_start_while_restore_runs(window, qloop, sandbox, obs, memory_keyring):
    qloop.run_until_complete(window.start_create())  # snapshot: the streamer's Twitch setup
    restore = window.obs_panel.start_restore()
    assert window.start_create() is None  # one job at a time
    assert not window.create_button.isEnabled()
    qloop.run_until_complete(restore)
    assert obs.service == PREVIOUS_SERVICE
    assert (names.SERVICE, names.OBS_SNAPSHOT) not in memory_keyring.passwords
    assert window.create_button.isEnabled()


def test_a_snapshot_too_big_for_the_keyring_keeps_the_stream_on_screen(window, qloop, sandbox, obs):
    obs.service = ObsServiceSettings("rtmp_custom", {"server": "rtmp://x/app", "key": "j" * 1300})
    task = window.start_create()
    # The destination cannot be saved: asked first, and No (the default) leaves OBS alone.
    wait_running(qloop, lambda: window.prompt is not None)
    assert "too large" in window.prompt.text()
    window.prompt.reject_button.click()
    qloop.run_until_complete(task)

    record = next(iter(sandbox.streams.values()))
    assert key_on_screen(window) == record.stream_key
    assert obs.services_set == []  # nothing pushed without a way back
    assert "system keyring holds at most" in window.details.obs_result_label.text()
    assert not window.details.retry_obs_button.isHidden()
