"""``signed-url`` and ``signing-keys`` as scripts use them: JSON, masking, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import httpx
import pytest

from fastpix_desktop.cli import exit_codes
from fastpix_desktop.cli.entry import main
from fastpix_desktop.sandbox import (
    DEMO_ACCESS_TOKEN_ID,
    DEMO_SECRET_KEY,
    SandboxApi,
    start_server_in_thread,
)
from fastpix_desktop.sandbox.state import StreamSpec
from tests.cli_helpers import run_cli


@pytest.fixture
def sandbox(monkeypatch: pytest.MonkeyPatch):
    api = SandboxApi()
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
        yield api


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_signed_url_masks_tokens_unless_asked_and_the_shown_link_plays(sandbox, capsys):
    stream = sandbox.state.create_stream(StreamSpec(access_policy="private"))
    pid = stream.playback_ids[0].id

    code, out, err = _cli(capsys, "signed-url", stream.stream_id, "--json")
    assert code == exit_codes.OK, err
    masked = json.loads(out)
    assert masked["keyCreated"] is True and masked["expiresIn"] == 86400
    (link,) = masked["links"]
    assert link["playbackId"] == pid and link["hls"].endswith(".m3u8?token=••••••")
    assert "token" not in link

    code, out, _ = _cli(capsys, "signed-url", pid, "--expires", "1h", "--json", "--show-secrets")
    shown = json.loads(out)
    assert code == exit_codes.OK and shown["keyCreated"] is False  # the stored key is reused
    (link,) = shown["links"]
    assert httpx.get(link["hls"], timeout=5).status_code == 200
    assert httpx.get(link["thumbnail"], timeout=5).status_code == 200


def test_signed_url_for_a_public_stream_offers_the_plain_links(sandbox, capsys):
    stream = sandbox.state.create_stream(StreamSpec(access_policy="public"))
    code, out, _ = _cli(capsys, "signed-url", stream.stream_id)
    assert code == exit_codes.OK
    assert "no token needed" in out and stream.playback_ids[0].id in out
    assert len(sandbox.signing_keys) == 0  # no key made for public playback


def test_signed_url_failures_have_their_exit_codes_and_one_json_value(sandbox, capsys):
    code, out, _ = _cli(capsys, "signed-url", "0" * 32, "--json")
    assert code == exit_codes.FASTPIX
    assert json.loads(out)["error"]["code"] == exit_codes.FASTPIX
    with pytest.raises(SystemExit) as usage:
        main(["signed-url", "0" * 32, "--expires", "forever"])
    assert usage.value.code == exit_codes.USAGE


def test_signing_keys_create_list_delete(sandbox, capsys):
    code, out, _ = _cli(capsys, "signing-keys", "create", "--json")
    first = json.loads(out)
    assert code == exit_codes.OK and first["replaced"] is None
    assert "PRIVATE KEY" not in out
    _, out, _ = _cli(capsys, "signing-keys", "create", "--json")
    second = json.loads(out)
    assert second["replaced"] == first["id"]

    _, out, _ = _cli(capsys, "signing-keys", "list", "--json")
    listed = json.loads(out)
    assert listed["storedKeyId"] == second["id"]
    assert {k["id"]: k["stored"] for k in listed["keys"]} == {
        first["id"]: False,
        second["id"]: True,
    }

    code, out, _ = _cli(capsys, "signing-keys", "delete", first["id"], "--json")
    assert code == exit_codes.OK and json.loads(out) == {"deleted": first["id"], "forgotten": False}
    code, out, _ = _cli(capsys, "signing-keys", "delete")
    assert code == exit_codes.OK and "removed from the keyring" in out
    code, out, _ = _cli(capsys, "signing-keys", "list")
    assert "No signing keys" in out


def test_without_a_keyring_no_key_is_made(sandbox, no_keyring, capsys):
    code, out, _ = _cli(capsys, "signing-keys", "create", "--json")
    assert code != exit_codes.OK and "keyring" in json.loads(out)["error"]["message"]
    assert len(sandbox.signing_keys) == 0


def test_the_commands_cost_the_cli_no_heavy_imports():
    code = (
        "import sys; import fastpix_desktop.cli.entry; "
        "heavy = [m for m in ('asyncio', 'jwt', 'cryptography', 'httpx', 'keyring') "
        "if m in sys.modules]; print(heavy)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.stdout.strip() == "[]", proc.stderr
    help_text = run_cli("signed-url", "--help")
    assert help_text.returncode == 0 and "--expires" in help_text.stdout


def test_a_key_deleted_on_fastpix_is_replaced_and_the_streamer_is_told(sandbox, capsys):
    stream = sandbox.state.create_stream(StreamSpec(access_policy="private"))
    _cli(capsys, "signing-keys", "create")
    (stale,) = sandbox.signing_keys.route("GET", [], {}).json()["data"]
    sandbox.signing_keys.route("DELETE", [stale["id"]], {})  # deleted in the dashboard

    code, out, err = _cli(capsys, "signed-url", stream.stream_id, "--json", "--show-secrets")
    data = json.loads(out)
    assert code == exit_codes.OK and data["keyCreated"] is True
    assert stale["id"] in data["notice"] and "deleted" in err
    assert httpx.get(data["links"][0]["hls"], timeout=5).status_code == 200
