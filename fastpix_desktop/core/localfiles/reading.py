"""Reading a small JSON file: bounded in size and nesting depth (a file nested 100,000 deep is
"not valid", never a RecursionError), not through a link, and a corrupt file set aside as
``NAME.corrupt-<time>`` so nothing is silently lost."""

from __future__ import annotations

import json
import logging
import os
import re
import stat
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from fastpix_desktop.core.localfiles.errors import CorruptFileError, LocalFileError, why

log = logging.getLogger(__name__)

MAX_BYTES = 1024 * 1024  # the app's files are a few KB; a list of 1,000 created streams ~80 KB
MAX_DEPTH = 32  # the deepest file the app writes nests 3 levels
_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKET = re.compile(rb"[\[\]{}]")
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # a planted FIFO must not hang the read


def _too_deep(raw: bytes, limit: int) -> bool:
    depth = 0
    for match in _BRACKET.finditer(_STRING.sub(b'""', raw)):
        if match.group() in (b"[", b"{"):
            depth += 1
            if depth > limit:
                return True
        else:
            depth -= 1
    return False


def read_json(path: Path, *, what: str = "", max_bytes: int = MAX_BYTES) -> Any:
    """The JSON value in ``path``; None when there is no file. CorruptFileError (not set
    aside) when it is too large, too deep or not JSON; LocalFileError when it cannot be read."""
    name = (what or path.name)[:1].upper() + (what or path.name)[1:]
    try:
        fd = os.open(path, os.O_RDONLY | _NOFOLLOW | _NONBLOCK | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        return None
    except OSError as exc:
        if os.path.islink(path):
            raise LocalFileError(
                f"{name} ({path}) is a symbolic link; the app does not read through links. "
                "Remove the link.",
                path=path,
            ) from None
        raise LocalFileError(f"Could not read {name} ({path}): {why(exc)}.", path=path) from None
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise CorruptFileError(f"{name} ({path}) is not a regular file.", path=path)
        raw = handle.read(max_bytes + 1)
    problem = None
    if len(raw) > max_bytes:
        problem = f"it is larger than {max_bytes // 1024} KB"
    elif _too_deep(raw, MAX_DEPTH):
        problem = "it is nested too deeply"
    else:
        try:
            return json.loads(raw.decode("utf-8"))
        except (ValueError, RecursionError):
            problem = "it is not valid JSON"
    raise CorruptFileError(f"{name} ({path}) is not valid: {problem}.", path=path)


def set_aside(path: Path) -> Path | None:
    """Rename a corrupt file to ``NAME.corrupt-<UTC time>`` beside it; None when that fails."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    try:
        os.replace(path, target)
    except OSError:
        return None
    return target


def read_json_or_set_aside(path: Path, *, what: str = "", max_bytes: int = MAX_BYTES) -> Any:
    """``read_json``, but a corrupt file is moved aside and the CorruptFileError says where."""
    try:
        return read_json(path, what=what, max_bytes=max_bytes)
    except CorruptFileError as error:
        moved = set_aside(path)
        message = str(error)
        if moved is not None:
            message += f" It was set aside as {moved.name}."
        log.warning("%s", message)
        raise CorruptFileError(message, path=path, set_aside=moved) from None
