"""Folders the app keeps its files in: created 0700, and a folder found in a shared place (the
per-user temp fallback) used only when it is a real folder of this user (as ssh does)."""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from pathlib import Path

from fastpix_desktop.core.localfiles.errors import LocalFileError, why

_STATE_HINT = "Remove it, or set FASTPIX_DESKTOP_STATE_DIR to a folder of your own."


def private_dir(path: Path) -> Path:
    """``path`` made if missing (0700, its parents too); an existing folder must be this user's.

    For the user's own config and data folders: a folder that is a link into the user's own
    dotfiles is fine, one owned by someone else is not."""
    try:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        info = path.stat()
    except FileExistsError:
        raise LocalFileError(f"{path} is a file, not a folder; move it away.", path=path) from None
    except OSError as exc:
        raise LocalFileError(f"Cannot use the folder {path}: {why(exc)}.", path=path) from None
    if not stat.S_ISDIR(info.st_mode):
        raise LocalFileError(f"{path} is not a folder; move it away.", path=path)
    _check_owner(path, info, "Remove it or give it back to your user.")
    return path


def shared_private_dir(path: Path) -> Path:
    """``path`` in a place other users can write to (a temp folder): made 0700 if missing; when
    found, it must be a real folder (not a link) owned by this user, and is made private."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(FileExistsError):
            os.mkdir(path, 0o700)
        info = os.lstat(path)
    except OSError as exc:
        raise LocalFileError(f"Cannot use the folder {path}: {why(exc)}.", path=path) from None
    if stat.S_ISLNK(info.st_mode):
        raise LocalFileError(
            f"{path} is a symbolic link, which someone may have planted; the app does not use "
            f"it. {_STATE_HINT}",
            path=path,
        )
    if not stat.S_ISDIR(info.st_mode):
        raise LocalFileError(f"{path} is not a folder; remove it.", path=path)
    _check_owner(path, info, _STATE_HINT)
    if sys.platform != "win32" and info.st_mode & 0o077:
        try:
            os.chmod(path, 0o700)  # a real folder of ours (checked above), never a link
        except OSError as exc:
            raise LocalFileError(
                f"Cannot make the folder {path} private: {why(exc)}.", path=path
            ) from None
    return path


def _check_owner(path: Path, info: os.stat_result, hint: str) -> None:
    getuid = getattr(os, "getuid", None)
    if getuid is not None and info.st_uid != getuid():
        raise LocalFileError(
            f"The folder {path} belongs to another user; the app does not keep its files "
            f"there. {hint}",
            path=path,
        )
