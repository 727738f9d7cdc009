"""The three remote systems as the use cases and the window see them: typing.Protocols that the
real clients (FastPixClient, ObsController, SecretStore) and the test doubles both satisfy.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Protocol

from fastpix_desktop.core.errors import ObsError
from fastpix_desktop.core.models import (
    AccessPolicy,
    LiveStream,
    ObsServiceSettings,
    ObsStreamStatus,
    ObsVersion,
    PlaybackId,
    StreamPage,
    StreamSettings,
)
from fastpix_desktop.core.obs.connection import ObsConnectionInfo
from fastpix_desktop.core.obs.events import ObsListener

__all__ = ["FastPixPort", "ObsPort", "SecretStorePort"]


class FastPixPort(Protocol):
    """The FastPix live-stream API (core.fastpix.client.FastPixClient): creating, listing and
    managing streams and their playback IDs. Simulcast targets have their own port
    (core.simulcast.use_cases.SimulcastClient); signing keys need the client itself
    (core.signing.api)."""

    def set_credentials(self, access_token_id: str, secret_key: str) -> None: ...

    async def verify_credentials(self) -> None: ...

    async def create_stream(self, settings: StreamSettings) -> LiveStream: ...

    async def get_stream(self, stream_id: str) -> LiveStream: ...

    async def list_streams(
        self, *, limit: int = 10, offset: int = 1, order_by: str = "desc"
    ) -> StreamPage: ...

    async def update_stream(
        self, stream_id: str, *, metadata: Mapping[str, str] | None, reconnect_window: int
    ) -> LiveStream: ...

    async def delete_stream(self, stream_id: str) -> None: ...

    async def enable_stream(self, stream_id: str) -> None: ...

    async def disable_stream(self, stream_id: str) -> None: ...

    async def finish_stream(self, stream_id: str) -> None: ...

    async def create_playback_id(
        self, stream_id: str, access_policy: AccessPolicy = AccessPolicy.PUBLIC
    ) -> PlaybackId: ...

    async def delete_playback_id(self, stream_id: str, playback_id: str) -> None: ...

    async def viewer_count(self, stream_id: str) -> int: ...

    async def aclose(self) -> None: ...


class ObsPort(Protocol):
    """OBS Studio over obs-websocket (core.obs.ObsController); events arrive on the loop."""

    @property
    def info(self) -> ObsConnectionInfo: ...

    @property
    def connected(self) -> bool: ...

    @property
    def version(self) -> ObsVersion | None: ...

    @property
    def last_error(self) -> ObsError | None: ...

    def add_listener(self, fn: ObsListener) -> Callable[[], None]: ...

    async def connect(self) -> ObsVersion: ...

    async def start(self) -> None: ...

    async def close(self) -> None: ...

    def set_connection(self, info: ObsConnectionInfo) -> None: ...

    async def get_stream_status(self) -> ObsStreamStatus: ...

    async def get_service(self) -> ObsServiceSettings: ...

    async def get_current_profile(self) -> str: ...

    async def get_profile_parameter(self, category: str, name: str) -> str | None: ...

    async def get_profile_value(self, category: str, name: str) -> str | None: ...

    async def set_profile_parameter(self, category: str, name: str, value: str | None) -> None: ...

    async def set_service(self, service: ObsServiceSettings) -> None: ...

    async def start_streaming_and_wait(self, timeout: float = 15.0) -> None: ...

    async def stop_streaming_and_wait(self, timeout: float = 15.0) -> None: ...


class SecretStorePort(Protocol):
    """The OS keyring, or memory for this session when there is none (core.secrets)."""

    fallback_reason: str | None

    @property
    def session_only(self) -> bool: ...

    async def probe(self) -> bool: ...

    async def probe_and_prime(self, names: tuple[str, ...]) -> bool: ...

    async def get(self, name: str) -> str | None: ...

    async def set(self, name: str, value: str) -> None: ...

    async def delete(self, name: str) -> None: ...

    def close(self) -> None: ...
