"""Stand-ins for the on-air tests: a clock that only moves when told, and an OBS with a profile."""

from __future__ import annotations

from dataclasses import dataclass, field

from fastpix_desktop.core.models import ObsStreamStatus
from fastpix_desktop.core.obs import OUTPUT_STARTED, OUTPUT_STOPPED, StreamStateChanged
from tests.doubles.obs import FakeObs


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@dataclass
class OnAirObs(FakeObs):
    """FakeObs with profile parameters and a settable stream status (bytes, reconnecting)."""

    profile_params: dict[tuple[str, str], str] = field(default_factory=dict)
    sent_bytes: int = 0
    reconnecting: bool = False
    skipped: int = 0
    total: int = 0

    async def get_profile_parameter(self, category: str, name: str) -> str | None:
        self._maybe_fail("get_profile_parameter")
        return self.profile_params.get((category, name))

    async def get_stream_status(self) -> ObsStreamStatus:
        self._maybe_fail("get_stream_status")
        return ObsStreamStatus(
            active=self.live or self.reconnecting,
            reconnecting=self.reconnecting,
            bytes=self.sent_bytes,
            skipped_frames=self.skipped,
            total_frames=self.total,
            duration_ms=0,
        )

    async def start_streaming_and_wait(self, timeout: float = 15.0) -> None:
        self._maybe_fail("start_streaming_and_wait")
        self.live = True
        self.emit(StreamStateChanged(True, OUTPUT_STARTED))

    async def stop_streaming_and_wait(self, timeout: float = 15.0) -> None:
        self._maybe_fail("stop_streaming_and_wait")
        was = self.live or self.reconnecting
        self.live = self.reconnecting = False
        if was:
            self.emit(StreamStateChanged(False, OUTPUT_STOPPED))
