"""Writing a file: never through a symbolic link, always whole (a temp file in the same folder,
then ``os.replace``), private (0600), and no empty temp file left behind on a full disk."""

from __future__ import annotations

import contextlib
import json
import os
import stat
import tempfile
from pathlib import Path
from typing import Any

from fastpix_desktop.core.localfiles.errors import LocalFileError, why


def refuse_link(path: Path, *, what: str = "") -> None:
    """LocalFileError when ``path`` is a symbolic link (or a folder): the app writes its own
    files only, never through a link someone planted (docs/faults.md)."""
    name = _sentence(what or path.name)
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise LocalFileError(f"Cannot check {path}: {why(exc)}.", path=path) from None
    if stat.S_ISLNK(info.st_mode):
        raise LocalFileError(
            f"{name} ({path}) is a symbolic link; the app does not write through links. "
            "Remove the link and try again.",
            path=path,
        )
    if stat.S_ISDIR(info.st_mode):
        raise LocalFileError(f"{name} ({path}) is a folder; remove it and try again.", path=path)


def write_atomic(path: Path, data: bytes, *, what: str = "") -> None:
    """Replace ``path`` with ``data`` in one step (mode 0600); LocalFileError in plain words.

    ``os.replace`` swaps the directory entry, so even a link planted between the check and the
    rename is replaced, not written through."""
    refuse_link(path, what=what)
    name = what or path.name  # "the list of ...": inside a sentence
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-", suffix=".tmp")
    except OSError as exc:
        raise LocalFileError(
            f"Could not save {name} in {path.parent}: {why(exc)}.", path=path
        ) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise LocalFileError(
            f"Could not save {name} in {path.parent}: {why(exc)}.", path=path
        ) from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _sentence(name: str) -> str:
    return name[:1].upper() + name[1:]


def write_json(path: Path, value: Any, *, what: str = "") -> None:
    write_atomic(path, json.dumps(value, indent=1).encode("utf-8"), what=what)
