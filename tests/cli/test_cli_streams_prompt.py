"""On a terminal, ``streams delete|disable|finish`` without --yes say what will happen and why
it matters for this stream, then ask; "no" changes nothing."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from fastpix_desktop.cli import entry as cli
from fastpix_desktop.cli import exit_codes
from fastpix_desktop.sandbox import (
    DEMO_ACCESS_TOKEN_ID,
    DEMO_SECRET_KEY,
    RunningSandbox,
    SandboxApi,
    start_server_in_thread,
)
from fastpix_desktop.sandbox.state import StreamSpec


@pytest.fixture
def sandbox(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[RunningSandbox]:
    with start_server_in_thread(SandboxApi()) as server:
        monkeypatch.setenv("FASTPIX_USERNAME", DEMO_ACCESS_TOKEN_ID)
        monkeypatch.setenv("FASTPIX_PASSWORD", DEMO_SECRET_KEY)
        monkeypatch.setenv("FASTPIX_API_URL", server.url)
        monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
        monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
        yield server


class Terminal:
    """What the streamer types at the prompt, and every prompt shown."""

    def __init__(self) -> None:
        self.answer = "n"
        self.prompts: list[str] = []

    def input(self, prompt: str = "") -> str:
        self.prompts.append(prompt)
        return self.answer


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> Terminal:
    fake = Terminal()
    monkeypatch.setattr("builtins.input", fake.input)
    return fake


def test_no_to_deleting_a_live_stream_says_why_and_keeps_it(
    sandbox: RunningSandbox, terminal: Terminal, capsys: pytest.CaptureFixture[str]
) -> None:
    record = sandbox.api.state.create_stream(StreamSpec(metadata={"livestream_name": "Show"}))
    sandbox.api.publish(record.stream_key)
    terminal.answer = "n"
    assert cli.main(["streams", "delete", record.stream_id]) == exit_codes.CANCELLED
    (prompt,) = terminal.prompts
    assert "cannot be undone" in prompt and "live on FastPix right now" in prompt
    assert prompt.rstrip().endswith("Delete Show? [y/N]")
    assert record.stream_id in sandbox.api.streams
    assert "nothing changed" in capsys.readouterr().err


def test_yes_deletes_it(sandbox: RunningSandbox, terminal: Terminal) -> None:
    record = sandbox.api.state.create_stream()
    terminal.answer = "y"
    assert cli.main(["streams", "delete", record.stream_id]) == exit_codes.OK
    assert record.stream_id not in sandbox.api.streams


def test_finish_on_an_idle_stream_is_refused_before_asking(
    sandbox: RunningSandbox, terminal: Terminal, capsys: pytest.CaptureFixture[str]
) -> None:
    record = sandbox.api.state.create_stream()
    assert cli.main(["streams", "finish", record.stream_id]) == exit_codes.FASTPIX
    assert terminal.prompts == []
    assert "this one is idle" in capsys.readouterr().err
