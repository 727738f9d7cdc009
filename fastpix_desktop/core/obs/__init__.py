"""Talks to OBS Studio over obs-websocket 5 (obsws-python), off the event loop and fully typed.

Every obsws-python call runs on one worker thread and is awaited with a timeout; every failure
comes back as an ObsError with a plain-words message, and OBS's events arrive on the asyncio loop.
"""

# Re-exports only: tests that replace a seam (local_obs_running, NOT_READY_RETRY_DELAYS,
# _open_requests, _open_events) must patch the module that looks it up, not this package.
from fastpix_desktop.core.obs.connection import (
    DEFAULT_PORT,
    ObsConnectionInfo,
    parse_connect_string,
)
from fastpix_desktop.core.obs.controller import NOT_READY_RETRY_DELAYS, ObsController
from fastpix_desktop.core.obs.error_mapping import local_obs_running, to_obs_error
from fastpix_desktop.core.obs.events import (
    OUTPUT_STARTED,
    OUTPUT_STARTING,
    OUTPUT_STOPPED,
    OUTPUT_STOPPING,
    ConnectionChanged,
    ExitStarted,
    ObsEvent,
    ObsListener,
    ProfileChanged,
    StreamStateChanged,
)
from fastpix_desktop.core.obs.links import EVENT_SUBSCRIPTIONS
from fastpix_desktop.core.obs.protocol import (
    CLOSE_AUTHENTICATION_FAILED,
    CLOSE_SESSION_INVALIDATED,
    CLOSE_UNSUPPORTED_RPC_VERSION,
    STATUS_NOT_READY,
    STATUS_OUTPUT_NOT_RUNNING,
    STATUS_OUTPUT_RUNNING,
)

__all__ = [
    "CLOSE_AUTHENTICATION_FAILED",
    "CLOSE_SESSION_INVALIDATED",
    "CLOSE_UNSUPPORTED_RPC_VERSION",
    "DEFAULT_PORT",
    "EVENT_SUBSCRIPTIONS",
    "NOT_READY_RETRY_DELAYS",
    "OUTPUT_STARTED",
    "OUTPUT_STARTING",
    "OUTPUT_STOPPED",
    "OUTPUT_STOPPING",
    "STATUS_NOT_READY",
    "STATUS_OUTPUT_NOT_RUNNING",
    "STATUS_OUTPUT_RUNNING",
    "ConnectionChanged",
    "ExitStarted",
    "ObsConnectionInfo",
    "ObsController",
    "ObsEvent",
    "ObsListener",
    "ProfileChanged",
    "StreamStateChanged",
    "local_obs_running",
    "parse_connect_string",
    "to_obs_error",
]
