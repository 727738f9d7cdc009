"""Where the running instance keeps its lock file and socket, and whether one holds that lock, with
no import beyond the standard library: a second launch asks before the window's first frame
(cli/second_launch.py), where core.config's imports (~50 ms) would delay every start."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

from fastpix_desktop.core.file_lock import try_lock

ENV_STATE_DIR = "FASTPIX_DESKTOP_STATE_DIR"
ENV_XDG_RUNTIME_DIR = "XDG_RUNTIME_DIR"
APP_DIR_NAME = "fastpix-desktop"
# The running instance's files in that directory (core/onair/remote.py makes and serves them).
LOCK_NAME = "instance.lock"
INFO_NAME = "instance.json"


def state_dir(environ: Mapping[str, str] | None = None) -> Path:
    """Per-user directory for the single-instance lock file and socket (not synced, not shared).

    FASTPIX_DESKTOP_STATE_DIR wins; then XDG_RUNTIME_DIR (Linux), else a per-user temp folder.
    """
    env = os.environ if environ is None else environ
    chosen = env.get(ENV_STATE_DIR)
    if chosen:
        return Path(chosen)
    runtime = env.get(ENV_XDG_RUNTIME_DIR)
    if runtime and sys.platform.startswith("linux"):
        return Path(runtime) / APP_DIR_NAME
    # Imported here: on Linux the runtime folder answers, and this runs before every first frame
    # (tempfile brings random and its hashing along; bench/README.md).
    import tempfile

    user = env.get("USER") or env.get("USERNAME") or "user"
    return Path(tempfile.gettempdir()) / f"fastpix-desktop-{user}"


def instance_lock_held(directory: Path) -> bool | None:
    """Whether a running process holds the instance lock in ``directory``: False when the lock
    file is missing or free (what a crash or a kill leaves behind), True when it is held, None
    when this light look cannot tell (a link in its place, a file it may not open): the caller
    then asks core.onair.remote, which opens the lock with every check and says why it cannot.

    The lock taken here is let go at once (closing the file releases it), as
    ``remote.instance_running`` does."""
    flags = os.O_RDWR | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(directory / LOCK_NAME, flags)  # never creates it: no lock file, no holder
    except FileNotFoundError:
        return False
    except OSError:
        return None
    with os.fdopen(fd, "r+b") as handle:
        return not try_lock(handle)
