"""The command line's documented exit codes, one per failure class, and the mapping from errors."""

from __future__ import annotations

from fastpix_desktop.core.errors import (
    CommandLineError,
    ConfigError,
    FastPixAuthError,
    FastPixError,
    FastPixValidationError,
    ObsError,
    ObsLiveError,
    ObsStreamStartError,
    ObsTakenError,
    RestoreNeedsConfirmationError,
    RestorePointError,
    SecretStoreError,
)

OK = 0
ERROR = 1  # unexpected error
USAGE = 2  # bad command line (argparse)
CONFIG = 3  # credentials or settings missing / not valid; the keyring locked or cannot hold them
FASTPIX_AUTH = 4  # FastPix rejected the credentials
FASTPIX = 5  # FastPix unreachable, down, rate limited or rejected the request
OBS = 6  # OBS not running, wrong password, refused, or verify failed
OBS_LIVE = 7  # OBS is live; nothing was changed in OBS
OBS_START = 8  # settings pushed but OBS could not start streaming to FastPix
NO_RESTORE_POINT = 9  # OBS's destination could not be saved, so OBS was not changed
NEEDS_CONFIRMATION = 10  # would replace something set by hand; nothing changed (--force)
OBS_TAKEN = 11  # another fastpix-desktop changed OBS at the same time; this one left OBS alone
CANCELLED = 130  # Ctrl+C


def exit_code_for(error: BaseException) -> int:
    """One documented exit code per failure class."""
    if isinstance(error, RestorePointError):
        return NO_RESTORE_POINT
    if isinstance(error, RestoreNeedsConfirmationError):
        return NEEDS_CONFIRMATION
    if isinstance(error, CommandLineError):
        return USAGE
    if isinstance(error, ConfigError | FastPixValidationError | SecretStoreError):
        return CONFIG
    if isinstance(error, FastPixAuthError):
        return FASTPIX_AUTH
    if isinstance(error, FastPixError):
        return FASTPIX
    if isinstance(error, ObsLiveError):
        return OBS_LIVE
    if isinstance(error, ObsStreamStartError):
        return OBS_START
    if isinstance(error, ObsTakenError):
        return OBS_TAKEN
    if isinstance(error, ObsError):
        return OBS
    return ERROR
