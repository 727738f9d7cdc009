"""A sandbox account of 120 streams created through the official fastpix-python SDK, as a real
account would be: unicode and 255-character names, unnamed streams, private playback, DVR."""

from __future__ import annotations

from typing import Any

from fastpix_desktop.sandbox import DEMO_ACCESS_TOKEN_ID, DEMO_SECRET_KEY

SEEDED = 120
LONG_NAME = ("Friday night speedrun marathon — " * 10)[:255]
UNICODE_NAME = "Ünïcødé 直播 🎮 ライブ"


def seeded_name(index: int) -> str:
    """The name stream ``index`` (0 = the first created, the oldest) was given; "" = none."""
    if index == 7:
        return UNICODE_NAME
    if index == 11:
        return LONG_NAME
    if index % 10 == 3:
        return ""  # no livestream_name: the library shows the stream ID
    return f"Stream {index:03d}"


def seed_with_sdk(url: str, count: int = SEEDED) -> list[str]:
    """Create ``count`` streams on the sandbox at ``url``; returns their IDs, oldest first."""
    from fastpix_python import Fastpix, models

    sdk = Fastpix(
        security=models.Security(username=DEMO_ACCESS_TOKEN_ID, password=DEMO_SECRET_KEY),
        server_url=url,
        retry_config=None,
        timeout_ms=5000,
    )
    ids: list[str] = []
    for index in range(count):
        name = seeded_name(index)
        media: dict[str, Any] = {
            "max_resolution": "720p" if index % 4 == 0 else "1080p",
            "reconnect_window": 60 + index,
            "enable_dvr_mode": index % 5 == 0,
        }
        if name:
            media["metadata"] = {"livestream_name": name, "game": "speedrun"}
        response = sdk.start_live_stream.create_new_stream(
            playback_settings={"access_policy": "private" if index % 6 == 0 else "public"},
            input_media_settings=media,
        )
        assert response.data is not None and response.data.stream_id
        ids.append(response.data.stream_id)
    return ids
