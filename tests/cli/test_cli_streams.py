"""``fastpix-desktop streams ...`` and create's new options, run as a script would, against a
sandbox holding 120 streams made with the official SDK."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from fastpix_desktop.cli import exit_codes
from fastpix_desktop.sandbox import RunningSandbox, SandboxApi, start_server_in_thread
from tests.cli_helpers import run_cli, sandbox_env
from tests.library_seed import SEEDED, UNICODE_NAME, seed_with_sdk


@pytest.fixture(scope="module")
def seeded() -> Iterator[tuple[RunningSandbox, list[str]]]:
    with start_server_in_thread(SandboxApi(seed=31)) as server:
        yield server, seed_with_sdk(server.url)


@pytest.fixture
def env(seeded: tuple[RunningSandbox, list[str]], tmp_path: Path) -> dict[str, str]:
    return sandbox_env(seeded[0].url, XDG_DATA_HOME=str(tmp_path))


def fresh_stream(seeded: tuple[RunningSandbox, list[str]]) -> str:
    return seeded[0].api.state.create_stream().stream_id


def test_list_json_is_every_stream_newest_first_without_secrets(
    seeded: tuple[RunningSandbox, list[str]], env: dict[str, str]
) -> None:
    server, ids = seeded
    proc = run_cli("streams", "list", "--json", env=env)
    assert proc.returncode == 0, proc.stderr
    rows = json.loads(proc.stdout)
    listed = [r["streamId"] for r in rows]
    assert listed[-SEEDED:] == list(reversed(ids))
    first = rows[listed.index(ids[0])]
    assert set(first) >= {"streamId", "name", "status", "createdAt", "playbackIds"}
    assert first["playbackIds"][0]["accessPolicy"] == "private"
    assert rows[listed.index(ids[7])]["name"] == UNICODE_NAME
    for record in server.api.streams.values():
        assert record.stream_key not in proc.stdout and record.srt_secret not in proc.stdout


def test_list_search_and_human_output(
    seeded: tuple[RunningSandbox, list[str]], env: dict[str, str]
) -> None:
    _, ids = seeded
    proc = run_cli("streams", "list", "--search", "ライブ", "--json", env=env)
    assert [r["streamId"] for r in json.loads(proc.stdout)] == [ids[7]]
    human = run_cli("streams", "list", "--search", ids[42], env=env)
    assert human.returncode == 0, human.stderr
    assert ids[42] in human.stdout and "Stream 042" in human.stdout


def test_a_stream_created_without_obs_is_listed_as_created_here_never_used(
    seeded: tuple[RunningSandbox, list[str]], env: dict[str, str]
) -> None:
    created = run_cli(
        "create",
        "--no-obs",
        "--json",
        "--name",
        "chess night",
        "--metadata",
        "game=chess",
        "--metadata",
        "team=blue",
        "--recording-access",
        "private",
        "--captions",
        env=env,
    )
    assert created.returncode == 0, created.stderr
    stream_id = json.loads(created.stdout)["streamId"]
    record = seeded[0].api.streams[stream_id]
    assert record.metadata == {"game": "chess", "team": "blue", "livestream_name": "chess night"}
    assert record.media_policy == "private" and record.closed_captions is True
    rows = json.loads(
        run_cli("streams", "list", "--search", "chess night", "--json", env=env).stdout
    )
    assert [(r["streamId"], r["createdHereUnused"]) for r in rows] == [(stream_id, True)]
    human = run_cli("streams", "list", "--search", stream_id, env=env).stdout
    assert "created here, never used" in human


def test_show_hides_secrets_unless_asked(
    seeded: tuple[RunningSandbox, list[str]], env: dict[str, str]
) -> None:
    stream_id = fresh_stream(seeded)
    record = seeded[0].api.streams[stream_id]
    hidden = run_cli("streams", "show", stream_id, "--json", env=env)
    assert hidden.returncode == 0, hidden.stderr
    data = json.loads(hidden.stdout)
    assert data["srt"]["streamId"] == stream_id and "streamKey" not in data["rtmps"]
    assert record.stream_key not in hidden.stdout and record.srt_secret not in hidden.stdout
    shown = json.loads(
        run_cli("streams", "show", stream_id, "--json", "--show-secrets", env=env).stdout
    )
    assert shown["rtmps"]["streamKey"] == record.stream_key
    assert shown["srt"]["passphrase"] == record.srt_secret
    assert shown["srt"]["url"].endswith(f"streamid={stream_id}&passphrase={record.srt_secret}")
    human = run_cli("streams", "show", stream_id, env=env)
    assert "--show-secrets" in human.stdout and record.stream_key not in human.stdout


def test_update_renames_and_keeps_the_reconnect_window(
    seeded: tuple[RunningSandbox, list[str]], env: dict[str, str]
) -> None:
    _, ids = seeded
    proc = run_cli("streams", "update", ids[50], "--name", "Renamed", "--json", env=env)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["name"] == "Renamed" and data["reconnectWindow"] == 110
    assert seeded[0].api.streams[ids[50]].metadata["game"] == "speedrun"
    bad = run_cli("streams", "update", ids[50], "--reconnect-window", "10", "--json", env=env)
    assert bad.returncode == 2 and "60 to 1800" in json.loads(bad.stdout)["error"]["message"]
    nothing = run_cli("streams", "update", ids[50], "--json", env=env)
    assert nothing.returncode == 3


def test_finish_needs_yes_and_an_active_stream(
    seeded: tuple[RunningSandbox, list[str]], env: dict[str, str]
) -> None:
    api = seeded[0].api
    stream_id = fresh_stream(seeded)
    unconfirmed = run_cli("streams", "finish", stream_id, "--json", env=env)
    assert (
        unconfirmed.returncode == 2
        and "--yes" in json.loads(unconfirmed.stdout)["error"]["message"]
    )
    idle = run_cli("streams", "finish", stream_id, "--yes", "--json", env=env)
    assert idle.returncode == 5
    assert "this one is idle" in json.loads(idle.stdout)["error"]["message"]
    assert api.publish(api.streams[stream_id].stream_key)
    done = run_cli("streams", "finish", stream_id, "--yes", "--json", env=env)
    assert done.returncode == 0, done.stdout
    assert json.loads(done.stdout)["status"] == "idle"
    assert api.streams[stream_id].status == "idle"


def test_disable_enable_and_delete(
    seeded: tuple[RunningSandbox, list[str]], env: dict[str, str]
) -> None:
    api = seeded[0].api
    stream_id = fresh_stream(seeded)
    assert run_cli("streams", "disable", stream_id, "--yes", env=env).returncode == 0
    assert api.streams[stream_id].status == "disabled"
    again = run_cli("streams", "disable", stream_id, "--yes", env=env)
    assert again.returncode == 5 and "already disabled" in again.stderr
    enabled = run_cli("streams", "enable", stream_id, "--json", env=env)
    assert json.loads(enabled.stdout)["status"] == "idle"
    deleted = run_cli("streams", "delete", stream_id, "--yes", "--json", env=env)
    assert json.loads(deleted.stdout)["deleted"] is True
    assert stream_id not in api.streams
    gone = run_cli("streams", "show", stream_id, "--json", env=env)
    assert gone.returncode == 5 and "could not find" in json.loads(gone.stdout)["error"]["message"]


def test_wrong_credentials_are_exit_4_in_json(seeded: tuple[RunningSandbox, list[str]]) -> None:
    env = sandbox_env(seeded[0].url, FASTPIX_PASSWORD="wrong-secret")
    proc = run_cli("streams", "list", "--json", env=env)
    assert proc.returncode == 4
    assert json.loads(proc.stdout)["error"]["code"] == 4
    assert "wrong-secret" not in proc.stdout + proc.stderr


def test_help_lists_environment_and_exit_codes() -> None:
    for command in (["streams", "--help"], ["create", "--help"], ["streams", "list", "--help"]):
        proc = run_cli(*command)
        assert proc.returncode == 0
        assert "FASTPIX_USERNAME" in proc.stdout and "OBS_WEBSOCKET_PASSWORD" in proc.stdout
        assert "exit codes:" in proc.stdout and "OBS is live" in proc.stdout
        documented = {
            int(line.split()[0])
            for line in proc.stdout.split("exit codes:")[1].splitlines()
            if line.strip()[:1].isdigit()
        }
        codes = {v for k, v in vars(exit_codes).items() if k.isupper() and isinstance(v, int)}
        assert documented == codes


def test_malformed_obs_is_exit_2_and_never_echoes_the_password() -> None:
    proc = run_cli("create", "--obs", "obsws://host:99999/s3cret-pass", "--json")
    assert proc.returncode == 2
    assert "s3cret-pass" not in proc.stdout + proc.stderr
    assert json.loads(proc.stdout)["error"]["code"] == 2
    assert run_cli("create", "--obs", "no-port-here").returncode == 2
    for command in (["use", "a" * 32], ["obs-restore"]):
        other = run_cli(*command, "--obs", "obsws://h:99999/s3cret-pass", "--json")
        assert other.returncode == 2, other.stdout + other.stderr
        assert "s3cret-pass" not in other.stdout + other.stderr


def test_captions_with_srt_are_refused_before_anything_is_created(
    seeded: tuple[RunningSandbox, list[str]], env: dict[str, str]
) -> None:
    before = len(seeded[0].api.streams)
    proc = run_cli("create", "--no-obs", "--protocol", "srt", "--captions", env=env)
    assert proc.returncode == 3 and "RTMPS" in proc.stderr
    assert len(seeded[0].api.streams) == before


def test_a_page_that_fails_fails_the_list_as_one_json_error(
    seeded: tuple[RunningSandbox, list[str]], env: dict[str, str]
) -> None:
    """A script asked for all streams: a list missing a page would silently drop some."""
    from fastpix_desktop.sandbox import Fault

    api = seeded[0].api
    api.inject(Fault(status=503, method="GET", path_prefix="/live/streams", times=1))
    try:
        proc = run_cli("streams", "list", "--json", env=env)
    finally:
        api.clear_faults()
    assert proc.returncode == 5
    error = json.loads(proc.stdout)["error"]
    assert error["code"] == 5 and "503" in error["message"]
