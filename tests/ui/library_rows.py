"""LibraryRows for UI tests, built from the sandbox's own stream records (no network)."""

from __future__ import annotations

from fastpix_desktop.core.library.rows import LibraryRow, sort_newest_first
from fastpix_desktop.core.models import LiveStream
from fastpix_desktop.sandbox import SandboxApi
from fastpix_desktop.sandbox.state import StreamSpec
from tests.library_seed import seeded_name


def sandbox_rows(count: int, *, seed: int = 1) -> tuple[SandboxApi, tuple[LibraryRow, ...]]:
    """``count`` streams named as tests/library_seed.py names them, newest first."""
    api = SandboxApi(seed=seed)
    for index in range(count):
        name = seeded_name(index)
        metadata = {"livestream_name": name} if name else {}
        spec = StreamSpec(
            metadata=metadata,
            enable_dvr_mode=index % 5 == 0,
            access_policy="private" if index % 6 == 0 else "public",
            max_resolution="720p" if index % 4 == 0 else "1080p",
        )
        api.state.create_stream(spec)
    rows = [LibraryRow.from_stream(LiveStream.from_api(r.to_api())) for r in api.state]
    return api, sort_newest_first(rows)
