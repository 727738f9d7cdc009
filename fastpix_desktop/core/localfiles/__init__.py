"""One safe way to read and write the app's own small files (state, data and config folders):
no symlink followed where a file is written, private folders, atomic writes, bounded reads, and a
corrupt file set aside rather than lost (docs/faults.md, "Local files")."""

from fastpix_desktop.core.file_lock import try_lock
from fastpix_desktop.core.localfiles.errors import CorruptFileError, LocalFileError
from fastpix_desktop.core.localfiles.folders import private_dir, shared_private_dir
from fastpix_desktop.core.localfiles.reading import read_json, read_json_or_set_aside
from fastpix_desktop.core.localfiles.writing import refuse_link, write_atomic, write_json

__all__ = [
    "CorruptFileError",
    "LocalFileError",
    "private_dir",
    "read_json",
    "read_json_or_set_aside",
    "refuse_link",
    "shared_private_dir",
    "try_lock",
    "write_atomic",
    "write_json",
]
