"""``recordings`` and ``clip`` with private media: signed links (masked unless --show-secrets)
that the sandbox's playback host plays, plain words without a signing key or with the keyring
locked, and never the signing key's private half in what is printed."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime, timedelta

import httpx
import keyring
import pytest

from fastpix_desktop.cli import exit_codes
from fastpix_desktop.cli.entry import main
from fastpix_desktop.core.recordings.log import BroadcastLog
from fastpix_desktop.core.recordings.signed import MASK
from fastpix_desktop.core.signing.store import KEY_ID_ENTRY, PART_ENTRY
from fastpix_desktop.sandbox import (
    DEMO_ACCESS_TOKEN_ID,
    DEMO_SECRET_KEY,
    SandboxApi,
    start_server_in_thread,
)
from fastpix_desktop.sandbox.media import PROCESSING_S
from fastpix_desktop.sandbox.state import StreamSpec
from tests.core.failing_keyrings import LockedKeyring
from tests.sandbox.test_sandbox_ingest_hook import FakeClock

SERVICE = "fastpix-desktop"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def sandbox(monkeypatch: pytest.MonkeyPatch, tmp_path, clock):
    api = SandboxApi(clock=clock)
    with start_server_in_thread(api) as running:
        root = running.url.removesuffix("/v1")
        for name in list(os.environ):
            if name.startswith(("FASTPIX_", "OBS_")):
                monkeypatch.delenv(name)
        monkeypatch.setenv("FASTPIX_USERNAME", DEMO_ACCESS_TOKEN_ID)
        monkeypatch.setenv("FASTPIX_PASSWORD", DEMO_SECRET_KEY)
        monkeypatch.setenv("FASTPIX_API_URL", running.url)
        monkeypatch.setenv("FASTPIX_PLAYBACK_BASE", root)
        monkeypatch.setenv("FASTPIX_IMAGES_BASE", root)
        # No running instance of the developer's answers `clip`; the log is this test's.
        monkeypatch.setenv("FASTPIX_DESKTOP_STATE_DIR", str(tmp_path / "state"))
        monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
        yield api


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _private_recording(sandbox: SandboxApi, clock: FakeClock) -> str:
    stream = sandbox.state.create_stream(StreamSpec(media_policy="private"))
    sandbox.set_status(stream.stream_id, "active")
    clock.advance(50)
    sandbox.set_status(stream.stream_id, "idle")
    clock.advance(PROCESSING_S)
    return stream.stream_id


def _private_key_text(memory_keyring) -> str:
    return "".join(
        value
        for (service, name), value in memory_keyring.passwords.items()
        if service == SERVICE and name.startswith(PART_ENTRY.format(""))
    )


def test_without_a_key_recordings_lists_and_says_what_to_do(sandbox, clock, capsys) -> None:
    stream_id = _private_recording(sandbox, clock)

    code, out, err = _cli(capsys, "recordings", stream_id, "--json")

    assert code == exit_codes.OK, err
    data = json.loads(out)
    (recording,) = data["recordings"]
    assert recording["ready"] and recording["accessPolicy"] == "private"
    assert recording["link"] is None and recording["signed"] is False
    assert "signing-keys create" in data["notice"] and "Traceback" not in err

    code, out, err = _cli(capsys, "recordings", stream_id)
    assert code == exit_codes.OK
    assert "signing-keys create" in err and "private: no signed link" in out


def test_recordings_prints_signed_links_that_play_and_never_the_private_key(
    sandbox, clock, capsys, memory_keyring
) -> None:
    stream_id = _private_recording(sandbox, clock)
    assert _cli(capsys, "signing-keys", "create", "--json")[0] == exit_codes.OK
    private_key = _private_key_text(memory_keyring)
    assert "PRIVATE KEY" in private_key

    code, out, err = _cli(capsys, "recordings", stream_id, "--json")
    assert code == exit_codes.OK, err
    (masked,) = json.loads(out)["recordings"]
    assert masked["signed"] and masked["link"].endswith(f".m3u8?token={MASK}")
    assert masked["expiresAt"] and json.loads(out)["notice"] is None

    code, out, err = _cli(capsys, "recordings", stream_id, "--json", "--show-secrets")
    (shown,) = json.loads(out)["recordings"]
    link = shown["link"]
    assert httpx.get(link).status_code == 200  # the printed link plays
    assert httpx.get(link.partition("?")[0]).status_code == 403  # unsigned, refused

    code, out, err = _cli(
        capsys, "recordings", "--mp4", shown["mediaId"], "--json", "--show-secrets"
    )
    assert code == exit_codes.OK, err
    mp4 = json.loads(out)["mp4"]
    assert "/capped-4k.mp4?token=" in mp4 and httpx.get(mp4).status_code == 200

    code, text, err = _cli(capsys, "recordings", stream_id)
    assert f"token={MASK}" in text and "--show-secrets" in text
    for printed in (out, text, err):
        assert private_key not in printed and "PRIVATE KEY" not in printed


def test_a_locked_keyring_is_named_not_taken_for_a_missing_key(
    sandbox, clock, capsys, memory_keyring
) -> None:
    stream_id = _private_recording(sandbox, clock)
    memory_keyring.set_password(SERVICE, KEY_ID_ENTRY, "some-key")
    keyring.set_keyring(LockedKeyring())  # the credentials come from the environment

    code, out, err = _cli(capsys, "recordings", stream_id, "--json")

    assert code == exit_codes.OK, err
    data = json.loads(out)
    assert "locked" in data["notice"] and "Unlock" in data["notice"]
    assert data["recordings"][0]["link"] is None


def test_clip_of_a_private_only_stream_prints_a_signed_link_that_plays(
    sandbox, clock, capsys, memory_keyring
) -> None:
    stream = sandbox.state.create_stream(StreamSpec(access_policy="private"))
    sandbox.set_status(stream.stream_id, "active")
    clock.advance(90)
    # An earlier run saw the broadcast start 90 s ago (the CLI's clock is the wall clock).
    BroadcastLog.default().started(stream.stream_id, datetime.now(UTC) - timedelta(seconds=90))

    code, out, err = _cli(capsys, "clip", stream.stream_id, "--last", "20s", "--json")
    assert code == exit_codes.CONFIG
    words = json.loads(out)["error"]["message"]
    assert "signing key" in words and "signing-keys create" in words

    assert _cli(capsys, "signing-keys", "create")[0] == exit_codes.OK
    private_key = _private_key_text(memory_keyring)
    code, out, err = _cli(capsys, "clip", stream.stream_id, "--last", "20s", "--json")
    assert code == exit_codes.OK, err
    masked = json.loads(out)
    assert masked["signed"] and masked["url"].endswith(f"&token={MASK}")
    assert masked["expiresAt"]

    code, out, err = _cli(
        capsys, "clip", stream.stream_id, "--last", "20s", "--json", "--show-secrets"
    )
    shown = json.loads(out)
    assert httpx.get(shown["url"]).status_code == 200
    assert httpx.get(shown["url"].partition("&token=")[0]).status_code == 403

    code, text, err = _cli(capsys, "clip", stream.stream_id, "--last", "20s")
    assert code == exit_codes.OK and f"token={MASK}" in text and "--show-secrets" in text
    for printed in (out, text, err):
        assert private_key not in printed and "PRIVATE KEY" not in printed
