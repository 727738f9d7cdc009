"""OBS crashing, hanging, coming back and switching profiles, each on its own short-lived OBS."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import time
from collections.abc import Callable
from pathlib import Path

import obsws_python
import pytest

from fastpix_desktop.core.errors import (
    ObsDisconnectedError,
    ObsNotRunningError,
    ObsTimeoutError,
)
from fastpix_desktop.core.fastpix.ingest import IngestTarget
from fastpix_desktop.core.models import Protocol
from fastpix_desktop.core.obs import (
    ConnectionChanged,
    ObsController,
    ObsEvent,
    ProfileChanged,
    error_mapping,
)

from .obs_harness import HeadlessObs

pytestmark = pytest.mark.obs

HANG_GUARD = 20.0  # seconds; the controller's own timeouts end every wait long before this


class EventLog:
    """Collects a controller's events and lets a test wait for one."""

    def __init__(self, controller: ObsController) -> None:
        self.events: list[ObsEvent] = []
        self._changed = asyncio.Event()
        controller.add_listener(self._on_event)

    def _on_event(self, event: ObsEvent) -> None:
        self.events.append(event)
        self._changed.set()

    async def wait_for(self, predicate: Callable[[ObsEvent], bool]) -> ObsEvent:
        seen = 0
        async with asyncio.timeout(HANG_GUARD):
            while True:
                for event in self.events[seen:]:
                    if predicate(event):
                        return event
                seen = len(self.events)
                self._changed.clear()
                await self._changed.wait()


def went_down(event: ObsEvent) -> bool:
    return isinstance(event, ConnectionChanged) and not event.connected


def came_up(event: ObsEvent) -> bool:
    return isinstance(event, ConnectionChanged) and event.connected


@pytest.fixture
def no_other_obs(monkeypatch: pytest.MonkeyPatch) -> None:
    # The session's shared OBS may be running; for a streamer whose OBS crashed there is none.
    monkeypatch.setattr(error_mapping, "local_obs_running", lambda: False)


@pytest.mark.usefixtures("no_other_obs")
async def test_obs_killed_in_the_middle_of_a_push(
    obs_factory: Callable[..., HeadlessObs],
) -> None:
    obs = obs_factory()
    controller = ObsController(obs.info)
    log = EventLog(controller)
    try:
        await controller.connect()
        snapshot = await controller.get_service()  # first half of a push: the snapshot
        assert snapshot.service_type

        obs.kill()
        target = IngestTarget(Protocol.RTMPS, server="rtmps://localhost:9/live", key="k" * 20)
        async with asyncio.timeout(HANG_GUARD):
            with pytest.raises((ObsDisconnectedError, ObsNotRunningError)):
                await controller.set_service(target.obs_service())
            down = await log.wait_for(went_down)
        assert isinstance(down, ConnectionChanged)
        assert isinstance(down.error, ObsDisconnectedError | ObsNotRunningError)
        assert not controller.connected
    finally:
        await controller.close()


@pytest.mark.usefixtures("no_other_obs")
async def test_started_controller_reconnects_when_obs_comes_back(
    obs_factory: Callable[..., HeadlessObs],
) -> None:
    first = obs_factory()
    controller = ObsController(first.info)
    log = EventLog(controller)
    try:
        await controller.start()
        await log.wait_for(came_up)

        first.kill()
        down = await log.wait_for(went_down)
        assert isinstance(down, ConnectionChanged)
        assert isinstance(down.error, ObsDisconnectedError)

        # OBS restarts with the same settings; the back-off loop finds it again.
        obs_factory(port=first.port, password=first.password)
        up = await log.wait_for(came_up)
        assert isinstance(up, ConnectionChanged) and up.version is not None
        assert (await controller.get_stream_status()).active is False
    finally:
        await controller.close()


def wait_all_threads_stopped(pid: int, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        states = []
        for task in Path(f"/proc/{pid}/task").iterdir():
            with contextlib.suppress(OSError):
                # The state follows the ")" that closes the command name.
                states.append(task.joinpath("stat").read_text().rsplit(")", 1)[1].split()[0])
        if states and all(state in ("T", "t") for state in states):
            return
        time.sleep(0.01)
    raise AssertionError(f"OBS (pid {pid}) did not stop")


async def test_hung_obs_times_out_then_answers_correctly(
    obs_factory: Callable[..., HeadlessObs],
) -> None:
    obs = obs_factory()
    controller = ObsController(obs.info, timeout=0.5)
    try:
        await controller.connect()
        assert obs.pid is not None
        os.killpg(obs.pid, signal.SIGSTOP)
        try:
            # SIGSTOP is delivered asynchronously: on a loaded machine OBS's websocket thread
            # can still answer one request unless we wait until every thread is stopped.
            wait_all_threads_stopped(obs.pid)
            with pytest.raises(ObsTimeoutError):
                await controller.get_version()
            assert not controller.connected
        finally:
            os.killpg(obs.pid, signal.SIGCONT)
        # obsws-python does not match requestIds: a kept client would now hand out the late
        # GetVersion reply as the answer to GetStreamStatus. A fresh client answers right.
        status = await controller.get_stream_status()
        assert status.active is False
        assert status.timecode.count(":") == 2
        assert controller.connected
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(obs.pid or 0, signal.SIGCONT)
        await controller.close()


async def test_profile_switch_in_obs_is_reported(obs_factory: Callable[..., HeadlessObs]) -> None:
    obs = obs_factory()
    controller = ObsController(obs.info)
    log = EventLog(controller)
    try:
        await controller.connect()
        other = obsws_python.ReqClient(
            host=obs.host, port=obs.port, password=obs.password, timeout=3
        )
        try:
            other.create_profile("Second")  # creates it and switches to it
        finally:
            other.disconnect()
        event = await log.wait_for(lambda e: isinstance(e, ProfileChanged))
        assert event == ProfileChanged("Second")
    finally:
        await controller.close()
