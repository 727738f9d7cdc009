"""The command line's documented exit codes: each error class carries its own
(``core.errors.AppError.exit_code``, named by ``core.errors.ExitCode``); this module names them
for the commands and maps an exception to its code through that attribute."""

from __future__ import annotations

from fastpix_desktop.core.errors import AppError, ExitCode

OK = int(ExitCode.OK)
ERROR = int(ExitCode.ERROR)
USAGE = int(ExitCode.USAGE)
CONFIG = int(ExitCode.CONFIG)
FASTPIX_AUTH = int(ExitCode.FASTPIX_AUTH)
FASTPIX = int(ExitCode.FASTPIX)
OBS = int(ExitCode.OBS)
OBS_LIVE = int(ExitCode.OBS_LIVE)
OBS_START = int(ExitCode.OBS_START)
NO_RESTORE_POINT = int(ExitCode.NO_RESTORE_POINT)
NEEDS_CONFIRMATION = int(ExitCode.NEEDS_CONFIRMATION)
OBS_TAKEN = int(ExitCode.OBS_TAKEN)
CANCELLED = int(ExitCode.CANCELLED)


def exit_code_for(error: BaseException) -> int:
    """The error class's documented exit code; 1 for anything the app did not raise on purpose."""
    return int(error.exit_code) if isinstance(error, AppError) else ERROR
