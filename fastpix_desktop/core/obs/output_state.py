"""OBS's stream output as one of five states, from ``outputState`` events and status polls.

``outputActive`` alone is wrong during a reconnect (obs-websocket 5.1 sends RECONNECTING with
``outputActive: false`` while the output still runs), so the state comes from ``outputState`` and
``outputReconnecting``; the facts are in docs/obs-output-state.md.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from enum import StrEnum

from fastpix_desktop.core.models import ObsStreamStatus
from fastpix_desktop.core.obs.events import (
    OUTPUT_RECONNECTED,
    OUTPUT_RECONNECTING,
    OUTPUT_STARTED,
    OUTPUT_STARTING,
    OUTPUT_STOPPED,
    OUTPUT_STOPPING,
)


class OutputState(StrEnum):
    OFF = "off"
    STARTING = "starting"
    LIVE = "live"
    RECONNECTING = "reconnecting"
    STOPPING = "stopping"

    @property
    def on_air(self) -> bool:
        """OBS is streaming or trying to: Stop (not Start) is the action that makes sense."""
        return self in (OutputState.LIVE, OutputState.RECONNECTING, OutputState.STARTING)


_FROM_EVENT: dict[str, OutputState] = {
    OUTPUT_STARTING: OutputState.STARTING,
    OUTPUT_STARTED: OutputState.LIVE,
    OUTPUT_RECONNECTING: OutputState.RECONNECTING,
    OUTPUT_RECONNECTED: OutputState.LIVE,
    OUTPUT_STOPPING: OutputState.STOPPING,
    OUTPUT_STOPPED: OutputState.OFF,
}


def state_from_event(output_state: str) -> OutputState | None:
    """The state a ``StreamStateChanged.outputState`` means; None for ones that do not apply."""
    return _FROM_EVENT.get(output_state)


def state_from_status(status: ObsStreamStatus) -> OutputState:
    """The state one ``GetStreamStatus`` shows (it cannot see starting or stopping)."""
    if status.reconnecting:
        return OutputState.RECONNECTING
    return OutputState.LIVE if status.active else OutputState.OFF


# A STARTING or STOPPING without its closing event is trusted for this long against polls.
TRANSITION_GRACE_S = 20.0

Transition = Callable[[OutputState, OutputState], None]


class OutputStateTracker:
    """The current output state from events and polls, and how many reconnects this broadcast.

    Events are precise; polls fill in what a missed event would leave wrong. ``on_change`` is
    called with (old, new) for every change.
    """

    def __init__(
        self,
        *,
        clock: Callable[[], float] = time.monotonic,
        on_change: Transition | None = None,
    ) -> None:
        self._clock = clock
        self._on_change = on_change
        self.state = OutputState.OFF
        self.reconnects = 0
        self._since = clock()
        # SRT on OBS before 32 can say "reconnected" while still down (obs-studio #6749): then
        # a reconnect counts only once outputBytes moves again, and stays RECONNECTING until.
        self.confirm_reconnects_by_bytes = False
        self.unconfirmed = False
        self._bytes_seen: int | None = None

    def on_event(self, output_state: str) -> OutputState:
        new = state_from_event(output_state)
        if new is not None and not self._held_back(new):
            self._move(new)
        return self.state

    def _held_back(self, new: OutputState) -> bool:
        """A reconnect that still has to prove itself by bytes (confirm_reconnects_by_bytes)."""
        if new is not OutputState.LIVE or not self.confirm_reconnects_by_bytes:
            return False
        if self.state is OutputState.RECONNECTING and not self.unconfirmed:
            self.unconfirmed, self._bytes_seen = True, None
        return self.unconfirmed

    def on_status(self, status: ObsStreamStatus) -> OutputState:
        polled = state_from_status(status)
        if polled is OutputState.LIVE:
            self._held_back(polled)  # also a reconnect whose event was missed
        if self.unconfirmed:
            if polled is not OutputState.LIVE:
                self.unconfirmed = False  # down again (or stopped): the poll decides
            elif self._bytes_seen is not None and status.bytes > self._bytes_seen:
                self.unconfirmed = False  # bytes move: the reconnect got through
            else:
                self._bytes_seen = status.bytes
                return self.state
        in_transition = self.state in (OutputState.STARTING, OutputState.STOPPING)
        fresh = self._clock() - self._since < TRANSITION_GRACE_S
        if in_transition and fresh:
            # A poll cannot see a start or stop in progress: the event that ends it decides.
            done = (self.state is OutputState.STARTING and polled is not OutputState.OFF) or (
                self.state is OutputState.STOPPING and polled is OutputState.OFF
            )
            if not done:
                return self.state
        self._move(polled)
        return self.state

    def on_disconnected(self) -> OutputState:
        """OBS is gone: whatever it did, it is not streaming for us now."""
        self.unconfirmed = False
        self._move(OutputState.OFF)
        return self.state

    def _move(self, new: OutputState) -> None:
        old = self.state
        if new is not OutputState.RECONNECTING:
            self.unconfirmed = False
        if new is old:
            return
        if old is OutputState.OFF and new.on_air:
            self.reconnects = 0  # a new broadcast
        if new is OutputState.RECONNECTING:
            self.reconnects += 1
        self.state = new
        self._since = self._clock()
        if self._on_change is not None:
            self._on_change(old, new)
