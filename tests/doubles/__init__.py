"""One set of test doubles for the three remote systems, typed against core.ports and checked
by mypy (the assignments below fail the type check if a double drifts from its port).
Used by tests/ and bench/."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.doubles.fastpix import (
    SRT_SECRET,
    STREAM_ID,
    STREAM_KEY,
    FakeFastPix,
    make_stream,
    sandbox_client,
)
from tests.doubles.keyring import InMemoryKeyring
from tests.doubles.obs import DisconnectingObs, FakeObs, FakeObsController

__all__ = [
    "SRT_SECRET",
    "STREAM_ID",
    "STREAM_KEY",
    "DisconnectingObs",
    "FakeFastPix",
    "FakeObs",
    "FakeObsController",
    "InMemoryKeyring",
    "make_stream",
    "sandbox_client",
]

if TYPE_CHECKING:
    from fastpix_desktop.core.ports import FastPixPort, ObsPort

    _obs: ObsPort = FakeObsController()
    _connected_obs: ObsPort = FakeObs()
    _fastpix: FastPixPort = FakeFastPix()
