"""The one error tree of fastpix-desktop; every error carries a message a streamer can act on.

    AppError                       str(error) is the plain-words message; never a secret
    ├── FastPixError               anything that went wrong talking to FastPix
    │   ├── FastPixAuthError       401 / 403: wrong Access Token ID / Secret Key, or no permission
    │   ├── FastPixNotFoundError   404: the stream or playback ID does not exist
    │   ├── FastPixValidationError 422 or local validation: per-field messages in .fields
    │   ├── FastPixRequestError    400 / 409: the request breaks a rule (e.g. finish while idle)
    │   ├── FastPixRateLimitError  429: .retry_after seconds when FastPix said so
    │   ├── FastPixServerError     5xx / 524: FastPix is down or timed out on its side
    │   ├── FastPixNetworkError    no connection (DNS, refused, TLS, dropped)
    │   │   └── FastPixTimeoutError  connect / read timeout
    │   └── FastPixBadResponseError  not JSON, HTML error page, wrong shape
    ├── ObsError                   anything that went wrong talking to OBS
    │   ├── ObsNotRunningError     nothing listens on host:port (OBS closed or server disabled)
    │   ├── ObsServerDisabledError OBS runs but its WebSocket server is off
    │   ├── ObsAuthError           wrong OBS WebSocket password (close code 4009)
    │   ├── ObsKickedError         another client kicked this session (4011); no auto-reconnect
    │   ├── ObsTimeoutError        OBS did not answer in time
    │   ├── ObsDisconnectedError   the connection dropped mid-way (OBS quit or crashed)
    │   ├── ObsLiveError           OBS is streaming, so its destination must not change
    │   ├── ObsRequestError        OBS refused a request (.code from obs-websocket)
    │   ├── ObsVerifyError         OBS did not keep the settings we sent
    │   ├── ObsTakenError          another fastpix-desktop changed OBS at the same time (exit 11)
    │   └── ObsStreamStartError    OBS could not connect to FastPix (STARTING -> STOPPED)
    ├── SecretStoreError           the OS keyring
    │   ├── KeyringUnavailableError  no backend, or locked / timed out
    │   │   └── KeyringLockedError     locked: what is saved in it cannot be read until unlocked
    │   ├── SecretTooLargeError      over the Windows Credential Manager limit
    │   └── RestorePointError        OBS's destination could not be saved (or read) durably
    └── ConfigError                missing credentials or settings; CredentialsMissingError below
        ├── CredentialsMissingError
        ├── CommandLineError       a command-line value that cannot be used (exit 2, not 3)
        ├── RestoreNeedsConfirmationError  OBS holds a destination set by hand since the app's push
        └── SigningKeyError        the playback signing key (docs/signed-playback.md)
            ├── SigningKeyMissingError  none stored yet (or FastPix deleted it)
            └── SigningKeyDamagedError  the stored key cannot be read back or cannot sign

Messages never contain secrets: the constructors take no secret values, and callers pass only
names, codes and server-side message texts.

Each class carries the command line's exit code for it (``exit_code``, inherited unless a class
sets its own; ``ExitCode`` names them); the README's "Exit codes" table lists the classes that
set one, and tests/cli/test_exit_codes.py checks both agree.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from enum import IntEnum
from typing import ClassVar

from fastpix_desktop.core.i18n import QT_TRANSLATE_NOOP, MarkedText, marked


class ExitCode(IntEnum):
    """The command line's documented exit codes (README "Exit codes")."""

    OK = 0  # done
    ERROR = 1  # unexpected error
    USAGE = 2  # bad command line
    CONFIG = 3  # credentials or settings missing / not valid; the keyring locked or full
    FASTPIX_AUTH = 4  # FastPix rejected the credentials
    FASTPIX = 5  # FastPix unreachable, down, rate limited or refused the request
    OBS = 6  # OBS not running, wrong password, refused, or verify failed
    OBS_LIVE = 7  # OBS is live; nothing was changed in OBS
    OBS_START = 8  # settings pushed but OBS could not start streaming to FastPix
    NO_RESTORE_POINT = 9  # OBS's destination could not be saved, so OBS was not changed
    NEEDS_CONFIRMATION = 10  # would replace something set by hand; nothing changed (--force)
    OBS_TAKEN = 11  # another fastpix-desktop changed OBS at the same time; OBS left as it set it
    CANCELLED = 130  # Ctrl+C


class AppError(Exception):
    """Base of every error the app raises on purpose; ``message`` is shown to the user as is."""

    exit_code: ClassVar[ExitCode] = ExitCode.ERROR

    default_message = QT_TRANSLATE_NOOP("errors", "Something went wrong.")
    # A message built from values keeps its marked template and the values apart, so the UI
    # can translate the template and format it again (ui/i18n.py error_text).
    template: str | None = None
    template_values: Mapping[str, object] = {}

    def __init__(self, message: str | None = None) -> None:
        self.message = message or self.default_message
        if isinstance(message, MarkedText):  # built by core.i18n.marked: keep what it remembers
            self.template, self.template_values = message.template, message.values
        super().__init__(self.message)

    def _from_template(self, template: str, **values: object) -> str:
        """``template.format(**values)``, remembering both for translation."""
        self.template, self.template_values = template, values
        return template.format(**values)

    def __str__(self) -> str:
        return self.message


# --------------------------------------------------------------------------- FastPix


class FastPixError(AppError):
    exit_code = ExitCode.FASTPIX

    default_message = QT_TRANSLATE_NOOP("errors", "FastPix request failed.")

    def __init__(self, message: str | None = None, *, status: int | None = None) -> None:
        self.status = status
        super().__init__(message)


class FastPixAuthError(FastPixError):
    exit_code = ExitCode.FASTPIX_AUTH

    def __init__(self, message: str | None = None, *, status: int = 401) -> None:
        if message is None:
            if status == 403:
                message = QT_TRANSLATE_NOOP(
                    "errors",
                    "FastPix refused this request (403). The access token does not have "
                    "permission for live streams; check its permissions in the FastPix dashboard.",
                )
            else:
                message = self._from_template(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "FastPix rejected these credentials ({status}). "
                        "Check the Access Token ID and Secret Key.",
                    ),
                    status=status,
                )
        super().__init__(message, status=status)


class FastPixNotFoundError(FastPixError):
    def __init__(self, message: str | None = None, *, status: int = 404) -> None:
        super().__init__(
            message
            or QT_TRANSLATE_NOOP(
                "errors", "FastPix could not find that stream (404). It may have been deleted."
            ),
            status=status,
        )


class FastPixValidationError(FastPixError):
    """422 from FastPix, or a setting that fails the API's limits before anything is sent."""

    exit_code = ExitCode.CONFIG

    def __init__(
        self,
        message: str | None = None,
        *,
        fields: Mapping[str, str] | None = None,
        status: int | None = 422,
    ) -> None:
        self.fields: dict[str, str] = dict(fields or {})
        if message is None:
            if self.fields:
                detail = "; ".join(f"{k}: {v}" for k, v in self.fields.items())
                message = self._from_template(
                    QT_TRANSLATE_NOOP("errors", "Some settings are not valid: {detail}"),
                    detail=detail,
                )
            else:
                message = QT_TRANSLATE_NOOP("errors", "FastPix rejected the settings (422).")
        super().__init__(message, status=status)


class FastPixRequestError(FastPixError):
    """400 / 409: a well-formed request that breaks a rule, e.g. finishing a stream that is idle."""


class FastPixRateLimitError(FastPixError):
    def __init__(self, message: str | None = None, *, retry_after: float | None = None) -> None:
        self.retry_after = retry_after
        if message is None:
            wait = marked(QT_TRANSLATE_NOOP("errors", "Try again shortly."))
            if retry_after:
                seconds = math.ceil(retry_after)
                wait = (
                    marked(
                        QT_TRANSLATE_NOOP("errors", "Try again in {seconds} s."), seconds=seconds
                    )
                    if seconds < 120
                    else marked(
                        QT_TRANSLATE_NOOP("errors", "Try again in {minutes} minutes."),
                        minutes=math.ceil(seconds / 60),
                    )
                )
            message = self._from_template(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "FastPix is receiving too many requests from this account (429). {wait}",
                ),
                wait=wait,
            )
        super().__init__(message, status=429)


class FastPixServerError(FastPixError):
    def __init__(self, message: str | None = None, *, status: int = 500) -> None:
        if message is None:
            message = self._from_template(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "FastPix is having trouble right now ({status}). Nothing was changed in OBS; "
                    "try again in a minute.",
                ),
                status=status,
            )
        super().__init__(message, status=status)


class FastPixNetworkError(FastPixError):
    default_message = QT_TRANSLATE_NOOP(
        "errors", "Could not reach FastPix. Check your internet connection and try again."
    )


class FastPixTimeoutError(FastPixNetworkError):
    default_message = QT_TRANSLATE_NOOP(
        "errors", "FastPix did not answer in time. Check your connection and try again."
    )


class FastPixBadResponseError(FastPixError):
    default_message = QT_TRANSLATE_NOOP(
        "errors",
        "FastPix sent a response this app does not understand. "
        "If this keeps happening, check the API URL in Settings.",
    )


# --------------------------------------------------------------------------- OBS


class ObsError(AppError):
    exit_code = ExitCode.OBS

    default_message = QT_TRANSLATE_NOOP("errors", "OBS request failed.")


class ObsNotRunningError(ObsError):
    default_message = QT_TRANSLATE_NOOP(
        "errors",
        "OBS is not running, or its WebSocket server is off. Start OBS and enable "
        "Tools → WebSocket Server Settings → Enable WebSocket server.",
    )


class ObsServerDisabledError(ObsError):
    default_message = QT_TRANSLATE_NOOP(
        "errors",
        "OBS is running but its WebSocket server is disabled. In OBS, open "
        "Tools → WebSocket Server Settings and tick Enable WebSocket server.",
    )


class ObsAuthError(ObsError):
    default_message = QT_TRANSLATE_NOOP(
        "errors",
        "OBS rejected the WebSocket password. Copy it from OBS: "
        "Tools → WebSocket Server Settings → Show Connect Info.",
    )


class ObsKickedError(ObsError):
    default_message = QT_TRANSLATE_NOOP(
        "errors",
        "OBS closed this connection because another client took over. Reconnect from Settings.",
    )


class ObsTimeoutError(ObsError):
    default_message = QT_TRANSLATE_NOOP(
        "errors", "OBS did not answer in time. It may be busy or frozen."
    )


class ObsDisconnectedError(ObsError):
    default_message = QT_TRANSLATE_NOOP(
        "errors", "The connection to OBS was lost. Is OBS still running?"
    )


class ObsLiveError(ObsError):
    exit_code = ExitCode.OBS_LIVE

    default_message = QT_TRANSLATE_NOOP(
        "errors",
        "OBS is live right now, so its stream destination was not changed. "
        "Stop streaming in OBS first, or choose Stop streaming and continue.",
    )


class ObsRequestError(ObsError):
    def __init__(self, message: str | None = None, *, code: int | None = None) -> None:
        self.code = code
        if message is None:
            message = self._from_template(
                QT_TRANSLATE_NOOP("errors", "OBS refused the request (code {code})."), code=code
            )
        super().__init__(message)


class ObsVerifyError(ObsError):
    default_message = QT_TRANSLATE_NOOP(
        "errors",
        "OBS did not keep the new stream settings. Check Settings → Stream in OBS, "
        "or press Retry OBS.",
    )


class ObsTakenError(ObsError):
    """Another fastpix-desktop (a second window, a command, a stream deck's host) changed OBS's
    destination while this run was about to: this run left OBS as the other one set it. Only
    one can own OBS's destination, so only the one that pushed says "configured"."""

    exit_code = ExitCode.OBS_TAKEN

    def __init__(self, *, stream_name: str = "", stream_id: str = "", server: str = "") -> None:
        self.stream_name, self.stream_id, self.server = stream_name, stream_id, server
        if stream_id:
            message = self._from_template(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Another fastpix-desktop changed OBS at the same time, so this one left OBS "
                    "as it is. OBS now sends to the FastPix stream “{name}” ({stream_id}).",
                ),
                name=stream_name or stream_id,
                stream_id=stream_id,
            )
        else:
            message = self._from_template(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Another fastpix-desktop is changing OBS at the same time, so this one left "
                    "OBS as it is. OBS now sends to {server}.",
                ),
                server=server or "an unknown destination",
            )
        super().__init__(message)


class ObsStreamStartError(ObsError):
    exit_code = ExitCode.OBS_START

    default_message = QT_TRANSLATE_NOOP(
        "errors",
        "OBS could not connect to FastPix. Check OBS's error message, your network or "
        "firewall (RTMPS uses TCP 443, SRT uses UDP 778), then try Start streaming again.",
    )


# --------------------------------------------------------------------------- secrets & config


class SecretStoreError(AppError):
    exit_code = ExitCode.CONFIG

    default_message = QT_TRANSLATE_NOOP("errors", "The system keyring failed.")


class KeyringUnavailableError(SecretStoreError):
    default_message = QT_TRANSLATE_NOOP(
        "errors",
        "No system keyring is available, so secrets are kept for this session only "
        "and will be asked for again next time.",
    )


class KeyringLockedError(KeyringUnavailableError):
    default_message = QT_TRANSLATE_NOOP(
        "errors",
        "The system keyring is locked, so what this app saved in it cannot be read. Unlock it "
        "(log in to the desktop, or open Passwords and Keys and unlock the Login keyring), "
        "then try again.",
    )


class SecretTooLargeError(SecretStoreError):
    default_message = QT_TRANSLATE_NOOP(
        "errors", "This secret is too large for the system keyring."
    )


class RestorePointError(SecretStoreError):
    """OBS's current destination could not be kept durably, so OBS must not be changed silently.

    ``reason`` completes "OBS's current destination cannot be saved because ..."; the window asks
    whether to change OBS anyway, the CLI refuses unless --no-restore-point.
    """

    exit_code = ExitCode.NO_RESTORE_POINT

    def __init__(self, reason: str, *, reading: bool = False) -> None:
        self.reason = reason
        self.reading = reading
        if reading:
            message = self._from_template(
                QT_TRANSLATE_NOOP(
                    "errors", "The saved OBS destination cannot be read because {reason}."
                ),
                reason=reason,
            )
        else:
            message = self._from_template(
                QT_TRANSLATE_NOOP(
                    "errors", "OBS's current destination cannot be saved because {reason}."
                ),
                reason=reason,
            )
        super().__init__(message)

    def question(self) -> str:
        """What the window asks (default answer: No)."""
        return (
            f"OBS's current destination cannot be saved because {self.reason}; change OBS anyway?"
        )


class ConfigError(AppError):
    exit_code = ExitCode.CONFIG

    default_message = QT_TRANSLATE_NOOP("errors", "A setting is missing or not valid.")


class CredentialsMissingError(ConfigError):
    default_message = QT_TRANSLATE_NOOP(
        "errors",
        "No FastPix credentials yet. Add your Access Token ID and Secret Key "
        "(FastPix dashboard → Settings → Access Tokens), or try demo mode.",
    )


class CommandLineError(ConfigError):
    """A command-line value that cannot be used; the message never repeats the value."""

    exit_code = ExitCode.USAGE

    default_message = QT_TRANSLATE_NOOP("errors", "A command-line option is not valid.")


class RestoreNeedsConfirmationError(ConfigError):
    """Restore would replace a destination the streamer set in OBS by hand after the app's push."""

    exit_code = ExitCode.NEEDS_CONFIRMATION


class SigningKeyError(ConfigError):
    default_message = QT_TRANSLATE_NOOP("errors", "The playback signing key cannot be used.")


class SigningKeyMissingError(SigningKeyError):
    default_message = QT_TRANSLATE_NOOP(
        "errors",
        "No playback signing key is stored on this computer yet. Create one first "
        "(fastpix-desktop signing-keys create, or Signed links in the window).",
    )


class SigningKeyDamagedError(SigningKeyError):
    default_message = QT_TRANSLATE_NOOP(
        "errors",
        "The playback signing key stored on this computer cannot be read back. Delete it "
        "(fastpix-desktop signing-keys delete) and create a new one.",
    )
