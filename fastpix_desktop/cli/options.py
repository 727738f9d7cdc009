"""Shared pieces of the command line's parsers: the --help epilog (environment variables and
exit codes) and argument types whose errors are exit 2 without repeating a secret."""

from __future__ import annotations

import argparse
import json
import re
import sys
from typing import Any, NoReturn

from fastpix_desktop.cli import exit_codes

EXIT_CODE_HELP: dict[int, str] = {
    exit_codes.OK: "done",
    exit_codes.ERROR: "unexpected error",
    exit_codes.USAGE: "bad command line",
    exit_codes.CONFIG: "credentials or settings missing or not valid",
    exit_codes.FASTPIX_AUTH: "FastPix rejected the credentials",
    exit_codes.FASTPIX: "FastPix unreachable, down, rate limited or refused the request",
    exit_codes.OBS: "OBS not running, WebSocket server off, wrong password, or OBS did not keep "
    "the settings",
    exit_codes.OBS_LIVE: "OBS is live, nothing changed in OBS",
    exit_codes.OBS_START: "OBS was configured but could not start streaming to FastPix",
    exit_codes.NO_RESTORE_POINT: "OBS's destination could not be saved, so OBS was not changed "
    "(--no-restore-point changes it anyway)",
    exit_codes.NEEDS_CONFIRMATION: "would replace a destination set by hand; nothing changed "
    "(--force)",
    exit_codes.OBS_TAKEN: "another fastpix-desktop changed OBS at the same time; OBS was left "
    "as that one set it",
    exit_codes.CANCELLED: "cancelled (Ctrl+C)",
}


# A connect string holds OBS's password; argparse quotes misplaced arguments in its errors.
_CONNECT_STRING = re.compile(r"(?i)obsws://[^\s'\"]*")


def hide_connect_strings(text: str) -> str:
    """``text`` with every obsws:// connect string replaced, password and all."""
    return _CONNECT_STRING.sub("obsws://(hidden)", text)


class Parser(argparse.ArgumentParser):
    """argparse whose errors never echo a connect string, and where a bad command line given
    with --json also prints the one JSON error value on stdout (exit 2), as every other failure
    does. Subparsers are made with their parent's class, so every command gets both."""

    # Set on parsers whose --help ends with epilog(); built only when help is shown, so
    # --version does not import the configuration module.
    lazy_epilog = False

    def format_help(self) -> str:
        if self.lazy_epilog and not self.epilog:
            self.epilog = epilog()
        return super().format_help()

    def error(self, message: str) -> NoReturn:
        message = hide_connect_strings(message)
        if self._json_requested:
            self.print_usage(sys.stderr)
            print(json.dumps({"error": {"code": exit_codes.USAGE, "message": message}}))
            sys.exit(exit_codes.USAGE)
        super().error(message)

    _json_requested = False


def epilog() -> str:
    """The environment variables and exit codes, for every command's --help."""
    from fastpix_desktop.core import config

    width = max(len(name) for name in config.ENVIRONMENT)
    env = "\n".join(f"  {name:<{width}}  {what}" for name, what in config.ENVIRONMENT.items())
    codes = "\n".join(f"  {code:>3}  {what}" for code, what in EXIT_CODE_HELP.items())
    return f"environment variables:\n{env}\n\nexit codes:\n{codes}"


def add_parser(
    subparsers: argparse._SubParsersAction[Any], name: str, *, help: str
) -> argparse.ArgumentParser:
    """A subcommand parser whose --help ends with the environment variables and exit codes."""
    parser: Parser = subparsers.add_parser(
        name,
        help=help,
        description=help[:1].upper() + help[1:] + ".",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.lazy_epilog = True  # a Parser: subparsers are made with their parent's class
    return parser


def obs_address(text: str) -> str:
    """--obs: HOST:PORT or OBS's obsws:// connect string; malformed is exit 2 (argparse), and
    the message never repeats the value (a connect string holds the password)."""
    from fastpix_desktop.cli.support import parse_host_port
    from fastpix_desktop.core.errors import ConfigError

    if text.strip() == "-":  # the connect string comes on standard input
        return text
    try:
        if text.strip().lower().startswith("obsws://"):
            from fastpix_desktop.core.obs.connection import parse_connect_string

            parse_connect_string(text)
        else:
            parse_host_port(text)
    except ConfigError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return text


def metadata_pair(text: str) -> tuple[str, str]:
    """--metadata KEY=VALUE."""
    key, sep, value = text.partition("=")
    if not sep or not key.strip():
        raise argparse.ArgumentTypeError("takes KEY=VALUE, for example --metadata game=chess")
    return key.strip(), value


def reconnect_window(text: str) -> int:
    from fastpix_desktop.core.models import RECONNECT_WINDOW_MAX, RECONNECT_WINDOW_MIN

    try:
        value = int(text)
    except ValueError:
        value = -1
    if not RECONNECT_WINDOW_MIN <= value <= RECONNECT_WINDOW_MAX:
        raise argparse.ArgumentTypeError(
            f"must be a whole number of seconds from {RECONNECT_WINDOW_MIN} to "
            f"{RECONNECT_WINDOW_MAX}"
        )
    return value
