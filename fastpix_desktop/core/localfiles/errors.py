"""What can be wrong with a local file, in plain words (exit code 3, like any setting)."""

from __future__ import annotations

import errno
from pathlib import Path

from fastpix_desktop.core.errors import ConfigError


class LocalFileError(ConfigError):
    """A local file or folder the app cannot use safely; the message says which and why."""

    def __init__(self, message: str, *, path: Path | None = None) -> None:
        self.path = path
        super().__init__(message)


class CorruptFileError(LocalFileError):
    """A file that is not valid JSON of the expected size and shape; ``set_aside`` is where it
    was moved (None when it could not be moved)."""

    def __init__(self, message: str, *, path: Path, set_aside: Path | None = None) -> None:
        self.set_aside = set_aside
        super().__init__(message, path=path)


def why(exc: OSError) -> str:
    """An OSError as the few words a user can act on (never a traceback)."""
    if exc.errno == errno.ENOSPC or exc.errno == getattr(errno, "EDQUOT", -1):
        return "the disk is full"
    if exc.errno == errno.EFBIG:
        return "the disk is full or a file size limit is reached"
    if exc.errno == errno.EROFS:
        return "the folder is read-only"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.ELOOP:
        return "it is a symbolic link"
    if exc.errno == errno.EISDIR:
        return "a folder is in its place"
    if exc.errno == errno.ENOTDIR:
        return "a file is in the place of a folder on its path"
    return exc.strerror or type(exc).__name__
