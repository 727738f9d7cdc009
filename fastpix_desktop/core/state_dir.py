"""Where the running instance keeps its lock file and socket, with no import beyond the standard
library: a second launch asks before the window's first frame (cli/second_launch.py), where
core.config's imports (~50 ms) would delay every start."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

ENV_STATE_DIR = "FASTPIX_DESKTOP_STATE_DIR"
ENV_XDG_RUNTIME_DIR = "XDG_RUNTIME_DIR"
APP_DIR_NAME = "fastpix-desktop"


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
