"""The events ObsController delivers on the asyncio loop, and OBS's stream output states."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from fastpix_desktop.core.errors import ObsError
from fastpix_desktop.core.models import ObsVersion

OUTPUT_STARTING = "OBS_WEBSOCKET_OUTPUT_STARTING"
OUTPUT_STARTED = "OBS_WEBSOCKET_OUTPUT_STARTED"
OUTPUT_STOPPING = "OBS_WEBSOCKET_OUTPUT_STOPPING"
OUTPUT_STOPPED = "OBS_WEBSOCKET_OUTPUT_STOPPED"
# Sent while OBS retries a dropped ingest, with outputActive false although the output still
# runs (obs-websocket 5.1 on OBS 29); see docs/obs-output-state.md.
OUTPUT_RECONNECTING = "OBS_WEBSOCKET_OUTPUT_RECONNECTING"
OUTPUT_RECONNECTED = "OBS_WEBSOCKET_OUTPUT_RECONNECTED"


@dataclass(frozen=True)
class ConnectionChanged:
    """The connection to OBS came up or went down; ``error`` says why it is down, if known."""

    connected: bool
    version: ObsVersion | None = None
    error: ObsError | None = None


@dataclass(frozen=True)
class StreamStateChanged:
    active: bool
    state: str  # e.g. "OBS_WEBSOCKET_OUTPUT_STARTED"


@dataclass(frozen=True)
class ExitStarted:
    """OBS began shutting down; a ConnectionChanged(False) follows."""


@dataclass(frozen=True)
class ProfileChanged:
    """The OBS profile changed, and with it possibly the stream destination."""

    name: str


ObsEvent = ConnectionChanged | StreamStateChanged | ExitStarted | ProfileChanged
ObsListener = Callable[[ObsEvent], None]
