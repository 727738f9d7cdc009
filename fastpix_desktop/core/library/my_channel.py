"""The streamer's "my channel": one stream ID (and its name, for buttons while FastPix cannot be
asked), in a small JSON file in the user's config folder,
shared by the CLI and (later) the window. Nothing secret is kept there: the keys are fetched.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from fastpix_desktop.core import config, localfiles
from fastpix_desktop.core.errors import ConfigError
from fastpix_desktop.core.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

FILE_NAME = "my-channel.json"
# FastPix stream IDs are 32 hex characters; anything else in the file is ignored, not trusted.
_STREAM_ID = re.compile(r"[0-9a-fA-F]{32}")


def path(directory: Path | None = None) -> Path:
    return (directory or config.user_config_dir()) / FILE_NAME


def load(directory: Path | None = None) -> str | None:
    """The remembered stream ID, or None (no file, no valid ID in it, or a file that cannot be
    read: a link, too large, nested too deep, not JSON). Why is logged as a warning in plain
    words (stderr for the CLI); a corrupt file is set aside first (core/localfiles)."""
    try:
        data = localfiles.read_json_or_set_aside(path(directory), what="the remembered channel")
    except localfiles.CorruptFileError:
        return None  # already logged, with where it was set aside
    except localfiles.LocalFileError as error:
        log.warning("%s", error)
        return None
    stream_id = data.get("streamId") if isinstance(data, dict) else None
    return stream_id if isinstance(stream_id, str) and _STREAM_ID.fullmatch(stream_id) else None


def load_name(directory: Path | None = None) -> str | None:
    """The channel's name as it was when chosen (shown when FastPix cannot be asked)."""
    try:
        data = localfiles.read_json_or_set_aside(path(directory), what="the remembered channel")
    except localfiles.LocalFileError:
        return None
    name = data.get("name") if isinstance(data, dict) else None
    return name if isinstance(name, str) and name else None


def save(stream_id: str, directory: Path | None = None, *, name: str = "") -> Path:
    """Remember ``stream_id`` and its ``name`` (atomically: a crash never leaves half a
    file)."""
    if not _STREAM_ID.fullmatch(stream_id):
        raise ConfigError(
            QT_TRANSLATE_NOOP("errors", "A FastPix stream ID is 32 hexadecimal characters.")
        )
    target = path(directory)
    localfiles.private_dir(target.parent)
    localfiles.write_json(
        target,
        {"streamId": stream_id, "name": name} if name else {"streamId": stream_id},
        what="the remembered channel",
    )
    return target


def clear(directory: Path | None = None) -> None:
    path(directory).unlink(missing_ok=True)  # unlink removes a link itself, never its target
