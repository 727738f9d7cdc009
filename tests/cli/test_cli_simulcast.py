"""``fastpix-desktop simulcast`` as a script runs it, against the sandbox over a socket: add
Twitch and YouTube, pause one while live, remove it; keys only from the environment or stdin,
never printed without --show-secrets; one JSON value on stdout, failures included."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from fastpix_desktop.cli import exit_codes
from fastpix_desktop.sandbox import SandboxApi
from fastpix_desktop.sandbox.server import start_server_in_thread
from tests.cli_helpers import run_cli, sandbox_env

TWITCH_KEY = "live_1012464221_DuM8W004MoZYNxQEZ0czODgfHCFBhk"
YOUTUBE_KEY = "q4zx-8d2m-91kf-77aa-hh3p"


@pytest.fixture(scope="module")
def sandbox():
    api = SandboxApi()
    with start_server_in_thread(api) as running:
        yield api, running.url


@pytest.fixture
def stream_id(sandbox) -> str:
    api, _ = sandbox
    return api.state.create_stream().stream_id


def test_add_list_pause_remove_without_ever_printing_a_key(sandbox, stream_id):
    api, url = sandbox
    env = sandbox_env(url, TWITCH_STREAM_KEY=TWITCH_KEY)

    twitch = run_cli(
        "simulcast", "add", stream_id, "--url", "rtmp://live.twitch.tv/app",
        "--key-env", "TWITCH_STREAM_KEY", "--name", "Twitch", "--json", env=env,
    )  # fmt: skip
    youtube = run_cli(
        "simulcast", "add", stream_id, "--url", "rtmps://a.rtmps.youtube.com:443/live2", "--json",
        env=sandbox_env(url), stdin=YOUTUBE_KEY + "\n",
    )  # fmt: skip
    api.set_status(stream_id, "active")
    youtube_id = json.loads(youtube.stdout)["simulcastId"]
    paused = run_cli("simulcast", "disable", stream_id, youtube_id, "--json", env=env)
    listed = run_cli("simulcast", "list", stream_id, env=env)
    removed = run_cli("simulcast", "remove", stream_id, youtube_id, "--json", env=env)

    for proc in (twitch, youtube, paused, listed, removed):
        assert proc.returncode == exit_codes.OK, proc.stderr
        for key in (TWITCH_KEY, YOUTUBE_KEY):
            assert key not in proc.stdout + proc.stderr
    added = json.loads(twitch.stdout)
    assert added["name"] == "Twitch" and added["state"] == "enabled"
    assert "streamKey" not in added
    assert json.loads(paused.stdout)["state"] == "paused"
    assert "paused" in listed.stdout and "Twitch" in listed.stdout
    assert "add them before going live" in listed.stdout  # the stream is live now
    assert json.loads(removed.stdout) == {"simulcastId": youtube_id, "removed": True}
    targets = api.streams[stream_id].simulcasts
    assert [(t.stream_key, t.is_enabled) for t in targets] == [(TWITCH_KEY, True)]


def test_show_secrets_prints_the_keys(sandbox, stream_id):
    api, url = sandbox
    api.state.add_simulcast(stream_id, "rtmp://live.twitch.tv/app", TWITCH_KEY, {})

    proc = run_cli("simulcast", "list", stream_id, "--json", "--show-secrets", env=sandbox_env(url))

    assert proc.returncode == exit_codes.OK, proc.stderr
    data = json.loads(proc.stdout)
    assert data["canAdd"] is True and data["rule"] is None
    assert data["targets"][0]["streamKey"] == TWITCH_KEY


def test_refusals_are_one_json_error_with_the_documented_exit_code(sandbox, stream_id):
    api, url = sandbox
    env = sandbox_env(url, KEY=TWITCH_KEY)
    add = ("simulcast", "add", stream_id, "--key-env", "KEY", "--json")

    bad_url = run_cli(*add, "--url", "https://live.twitch.tv/app", env=env)
    missing_var = run_cli(*add, "--url", "rtmp://live.twitch.tv/app", env=sandbox_env(url))
    api.set_status(stream_id, "active")
    live = run_cli(*add, "--url", "rtmp://live.twitch.tv/app", env=env)
    unknown = run_cli("simulcast", "enable", stream_id, "0" * 32, "--json", env=env)

    assert bad_url.returncode == exit_codes.CONFIG
    assert "rtmp:// or rtmps://" in json.loads(bad_url.stdout)["error"]["message"]
    assert missing_var.returncode == exit_codes.CONFIG
    assert "--key-env is not set" in json.loads(missing_var.stdout)["error"]["message"]
    assert live.returncode == exit_codes.FASTPIX
    assert "before going live" in json.loads(live.stdout)["error"]["message"]
    assert unknown.returncode == exit_codes.FASTPIX
    assert json.loads(unknown.stdout)["error"]["code"] == exit_codes.FASTPIX
    for proc in (bad_url, missing_var, live, unknown):
        assert TWITCH_KEY not in proc.stdout + proc.stderr
    assert api.streams[stream_id].simulcasts == []


def test_the_key_is_never_an_argument():
    proc = run_cli("simulcast", "add", "s", "--url", "rtmp://x/app", "--key", TWITCH_KEY)

    assert proc.returncode == exit_codes.USAGE
    assert "unrecognized arguments" in proc.stderr  # not silently taken for --key-env


def test_a_key_pasted_as_the_variable_name_is_not_echoed(sandbox):
    _, url = sandbox
    proc = run_cli(
        "simulcast", "add", "s", "--url", "rtmp://x/app", "--key-env", TWITCH_KEY,
        env=sandbox_env(url),
    )  # fmt: skip

    assert proc.returncode == exit_codes.CONFIG
    assert TWITCH_KEY not in proc.stdout + proc.stderr


def test_registering_the_group_keeps_version_light():
    """cli.py registers ``simulcast`` on every start; --version must not pay for its imports."""
    code = (
        "import sys; from fastpix_desktop.cli import main; rc = main(['--version']); "
        "heavy = [m for m in ('asyncio', 'httpx', 'fastpix_desktop.cli.support', "
        "'fastpix_desktop.core.simulcast.use_cases') if m in sys.modules]; "
        "print(heavy); sys.exit(rc or bool(heavy))"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)

    assert proc.returncode == 0, proc.stdout + proc.stderr
