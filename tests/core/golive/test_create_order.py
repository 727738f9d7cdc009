"""`create`'s order of work (issue 16, bench/README.md round 4): OBS's connect starts before the
HTTP client is made and is done before anything is created, a live OBS still refuses before
the create, and the keyring's work waits for the create request to go out."""

from __future__ import annotations

import asyncio
import json
import threading

import keyring
import pytest

from fastpix_desktop.cli import entry as cli
from fastpix_desktop.cli import exit_codes
from fastpix_desktop.cli import support as cli_support
from fastpix_desktop.core.errors import ObsNotRunningError
from fastpix_desktop.core.fastpix import client as fastpix_module
from fastpix_desktop.core.models import ObsServiceSettings
from tests.core.golive.test_golive_overlap import RecordingKeyring
from tests.doubles import FakeFastPix, FakeObs

TWITCH = ObsServiceSettings(
    "rtmp_common", {"service": "Twitch", "server": "auto", "key": "live_twitch_own_key"}
)


class OrderedFastPix(FakeFastPix):
    """FastPixClient's surface that `create` uses, noting when it is made and when the create
    request goes out."""

    made: list[OrderedFastPix] = []

    def __init__(self, events: list[str]) -> None:
        super().__init__(delay=0.05)
        self.events = events
        self.sending: list[threading.Event] = []
        self.events.append("client-made")
        OrderedFastPix.made.append(self)

    def warm_up(self) -> None:
        self.events.append("client-warm-up")

    def next_request_sending(self) -> threading.Event:
        event = threading.Event()
        self.sending.append(event)
        return event

    async def create_stream(self, settings):
        self.events.append("create-sent")
        for event in self.sending:
            event.set()
        try:
            return await super().create_stream(settings)
        finally:
            self.events.append("create-answered")

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_info) -> None:
        self.closed = True


@pytest.fixture
def events() -> list[str]:
    return []


@pytest.fixture
def setup(monkeypatch, events, tmp_path):
    """Credentials in the environment, a recording keyring, the fake client and an OBS whose
    connect takes a moment; returns the OBS (tests set ``live``, ``connect_error``)."""
    monkeypatch.setenv("FASTPIX_USERNAME", "token-id")
    monkeypatch.setenv("FASTPIX_PASSWORD", "secret-key-123")
    monkeypatch.setenv("OBS_WEBSOCKET_PASSWORD", "obs-pw-123")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    keyring.set_keyring(RecordingKeyring(events))
    OrderedFastPix.made.clear()
    monkeypatch.setattr(fastpix_module, "FastPixClient", lambda **_kwargs: OrderedFastPix(events))
    obs = FakeObs(service=TWITCH)

    async def open_obs(address, store):
        events.append("obs-connect-start")
        await asyncio.sleep(0.05)  # OBS's handshake, on the connection's thread in the app
        if obs.connect_error is not None:
            raise obs.connect_error
        events.append("obs-connected")
        return obs

    monkeypatch.setattr(cli_support, "open_obs", open_obs)
    return obs


def run_create(capsys, *extra: str) -> tuple[int, dict]:
    args = cli.build_parser().parse_args(
        ["create", "--start", "--json", "--obs", "127.0.0.1:4455", *extra]
    )
    from fastpix_desktop.cli.create import run_command
    from fastpix_desktop.core.session import Session

    code = run_command(args, Session.load())
    return code, json.loads(capsys.readouterr().out)


def test_obs_connects_while_the_client_is_made_and_before_the_create(setup, events, capsys):
    code, data = run_create(capsys)
    assert code == exit_codes.OK, data
    warnings = data["obs"].pop("warnings")  # the broadcast guard on OBS's default reconnect
    assert data["obs"] == {"configured": True, "started": True, "error": None}
    assert any("new broadcast" in w for w in warnings)
    # The connect was started first and overlapped the client's making; the create waited for it.
    assert events.index("obs-connect-start") < events.index("client-made")
    assert events.index("client-made") < events.index("obs-connected")
    assert events.index("obs-connected") < events.index("create-sent")


def test_the_keyring_waits_for_the_create_request_and_is_durable_before_the_push(
    setup, events, capsys
):
    code, _ = run_create(capsys)
    assert code == exit_codes.OK
    keyring_calls = [i for i, e in enumerate(events) if e.startswith("keyring-")]
    assert keyring_calls, events
    assert events.index("create-sent") < keyring_calls[0]
    # Rule 3 (docs/restore-point.md): the own destination was written before OBS changed.
    assert "keyring-write" in events[: events.index("create-answered")]
    assert setup.services_set and setup.services_set[-1].settings["server"] != "auto"


def test_a_live_obs_still_refuses_before_anything_is_created(setup, events, capsys):
    setup.live = True
    code, data = run_create(capsys)
    # The keyring, held for a request that never went out, is let go (not after its timeout).
    assert all(event.is_set() for event in OrderedFastPix.made[0].sending)
    assert code == exit_codes.OBS_LIVE
    assert "nothing was created" in data["error"]["message"].lower()
    assert "create-sent" not in events
    assert not OrderedFastPix.made[0].created
    assert setup.services_set == []
    assert not any(e.startswith("keyring-write") for e in events)


def test_an_unreachable_obs_creates_nothing_and_closes_the_client(setup, events, capsys):
    setup.connect_error = ObsNotRunningError()
    code, data = run_create(capsys)
    assert code == exit_codes.OBS
    assert "Nothing was created" in data["error"]["message"]
    assert "create-sent" not in events
    assert OrderedFastPix.made[0].closed
