"""The streamer's "my channel": one stream ID, in a small JSON file in the user's config folder,
shared by the CLI and (later) the window. Nothing secret is kept there: the keys are fetched.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path

from fastpix_desktop.core import config
from fastpix_desktop.core.errors import ConfigError
from fastpix_desktop.core.i18n import QT_TRANSLATE_NOOP

FILE_NAME = "my-channel.json"
# FastPix stream IDs are 32 hex characters; anything else in the file is ignored, not trusted.
_STREAM_ID = re.compile(r"[0-9a-fA-F]{32}")


def path(directory: Path | None = None) -> Path:
    return (directory or config.user_config_dir()) / FILE_NAME


def load(directory: Path | None = None) -> str | None:
    """The remembered stream ID, or None (missing, unreadable or malformed file)."""
    try:
        data = json.loads(path(directory).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    stream_id = data.get("streamId") if isinstance(data, dict) else None
    return stream_id if isinstance(stream_id, str) and _STREAM_ID.fullmatch(stream_id) else None


def save(stream_id: str, directory: Path | None = None) -> Path:
    """Remember ``stream_id`` (atomically: a crash never leaves half a file)."""
    if not _STREAM_ID.fullmatch(stream_id):
        raise ConfigError(
            QT_TRANSLATE_NOOP("errors", "A FastPix stream ID is 32 hexadecimal characters.")
        )
    target = path(directory)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".my-channel-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump({"streamId": stream_id}, out)
        os.replace(tmp, target)
    except OSError as exc:
        raise ConfigError(
            f"Could not remember the stream in {target.parent} ({exc.strerror})."
        ) from None
    return target


def clear(directory: Path | None = None) -> None:
    path(directory).unlink(missing_ok=True)
