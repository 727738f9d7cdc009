"""Where "my channel" (the streamer's own FastPix stream) is read from: its ID only, never a key.

One small function, so that it can point at wherever the stream library keeps the choice
(see the README); the file is ``my-channel.json``: ``{"streamId": "..."}``.
"""

from __future__ import annotations

import json
from pathlib import Path

from fastpix_desktop.core import config

FILE_NAME = "my-channel.json"


def my_channel_file() -> Path:
    """``my-channel.json`` in the app's configuration folder."""
    return config.app_config_dir() / FILE_NAME


def read_my_channel_id(path: Path | None = None) -> str | None:
    """The remembered stream ID, or None when none was chosen (or the file is unreadable)."""
    try:
        data = json.loads((path or my_channel_file()).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    stream_id = data.get("streamId") if isinstance(data, dict) else None
    return stream_id.strip() or None if isinstance(stream_id, str) else None
