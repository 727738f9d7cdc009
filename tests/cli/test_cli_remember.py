"""`use --remember` when my-channel.json cannot be written: OBS was changed, and the command
says so and that the channel was not remembered (exit 3), instead of only an error (issue 28)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from fastpix_desktop.cli import exit_codes
from fastpix_desktop.cli import support as cli_support
from fastpix_desktop.cli import use as commands_use
from fastpix_desktop.cli.entry import build_parser
from fastpix_desktop.core.session import Session
from fastpix_desktop.sandbox import DEMO_ACCESS_TOKEN_ID, DEMO_SECRET_KEY, SandboxApi
from fastpix_desktop.sandbox.server import start_server_in_thread
from tests.doubles import FakeObs


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need privileges")
@pytest.mark.parametrize("as_json", [True, False], ids=["json", "words"])
def test_use_remember_that_cannot_write_says_obs_was_changed(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    as_json: bool,
) -> None:
    api = SandboxApi(seed=3)
    stream_id = api.state.create_stream().stream_id
    obs = FakeObs()

    async def fake_open_obs(_address, _store):
        return obs

    monkeypatch.setattr(cli_support, "open_obs", fake_open_obs)
    config_dir = tmp_path / "fastpix-desktop"
    config_dir.mkdir()
    (tmp_path / "victim.json").write_text("precious")
    (config_dir / "my-channel.json").symlink_to(tmp_path / "victim.json")  # cannot be written
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("FASTPIX_USERNAME", DEMO_ACCESS_TOKEN_ID)
    monkeypatch.setenv("FASTPIX_PASSWORD", DEMO_SECRET_KEY)
    with start_server_in_thread(api) as sandbox:
        monkeypatch.setenv("FASTPIX_API_URL", sandbox.url)
        argv = ["use", stream_id, "--remember", "--no-restore-point"] + ["--json"] * as_json
        code = commands_use.run(build_parser().parse_args(argv), Session.load())
    out, err = capsys.readouterr()
    assert code == exit_codes.CONFIG
    assert obs.service.settings.get("key") not in (None, "live_123")  # OBS was changed
    message = json.loads(out)["error"]["message"] if as_json else err
    assert f"OBS was pointed at stream {stream_id}" in message
    assert "not remembered as my channel" in message and "symbolic link" in message
    assert "Traceback" not in err
    assert (tmp_path / "victim.json").read_text() == "precious"
