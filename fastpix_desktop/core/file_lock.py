"""The OS's advisory lock on an open file, taken without waiting: one running instance, one
push into an OBS at a time. The OS frees it when the holder exits or crashes. Standard library
only, outside core/localfiles: a second launch probes the instance lock before the window's first
frame (core/state_dir.py), where localfiles' imports would delay every start."""

from __future__ import annotations

import sys
from typing import IO


def try_lock(handle: IO[bytes]) -> bool:
    """Take the exclusive lock on ``handle``; False while another process (or run) holds it."""
    try:
        if sys.platform == "win32":
            import msvcrt

            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True
