"""The ``go-live``, ``end`` and ``status`` subcommands, for scripts and stream decks.

A running fastpix-desktop takes the command over its remote control and the reply is printed
here with its exit code; without one, the command runs headless with its own connections.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fastpix_desktop.core.session import Session

# Only the standard library at the top: cli.py registers this group for every launch, and
# --version must stay light (cli_support, asyncio and the core load when a command runs).

COMMANDS = ("go-live", "end", "status")


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--obs",
        metavar="HOST:PORT",
        help="the OBS to use when no fastpix-desktop is running: HOST:PORT, or - to read OBS's "
        "obsws://HOST:PORT/PASSWORD connect string from standard input (default: "
        "OBS_WEBSOCKET_URL, else OBS_WEBSOCKET_HOST/PORT, else the host and port saved in the "
        "window, else 127.0.0.1:4455; the password from OBS_WEBSOCKET_PASSWORD, else the "
        "keyring)",
    )
    parser.add_argument("--api-url", dest="sub_api_url", metavar="URL", help="FastPix API base URL")
    parser.add_argument("--json", action="store_true", help="print one JSON value")


def add_parsers(subparsers: Any) -> None:
    go = subparsers.add_parser(
        "go-live", help="point OBS at a stream (default: my channel) if needed, and start"
    )
    go.add_argument("stream_id", nargs="?", metavar="STREAM_ID", help="default: my channel")
    go.add_argument("--protocol", choices=["rtmps", "srt"], help="default: what OBS uses, or rtmps")
    go.add_argument(
        "--no-restore-point",
        action="store_true",
        help="change OBS even when its current destination cannot be saved for obs-restore",
    )
    go.add_argument(
        "--force",
        action="store_true",
        help="replace a destination set in OBS by hand since this app's change (otherwise "
        "nothing is changed and the exit code is 10)",
    )
    _common(go)
    end = subparsers.add_parser(
        "end", help="end the broadcast: stop OBS, then finish the FastPix stream"
    )
    _common(end)
    status = subparsers.add_parser(
        "status", help="what OBS sends to, its output state and the watchdog's verdict"
    )
    _common(status)


def _request(args: argparse.Namespace) -> Any:
    from fastpix_desktop.core.onair.remote import RemoteRequest

    values: dict[str, Any] = {}
    if args.command == "go-live":
        values = {
            "streamId": args.stream_id,
            "protocol": args.protocol,
            "noRestorePoint": args.no_restore_point,
            "force": args.force,
        }
    return RemoteRequest(args.command, values)


def print_reply(reply: Any, *, as_json: bool) -> int:
    """Print a remote control's (or a headless run's) reply; its exit code."""
    import json
    import sys

    from fastpix_desktop.cli import exit_codes

    if as_json:
        # cli_support.print_json's line, without importing cli_support (asyncio, ssl: ≈ 50 ms)
        # on a stream deck's handover (docs/start-up.md).
        print(json.dumps(reply.json, indent=None, ensure_ascii=False))
    elif reply.exit_code == exit_codes.OK:
        print(reply.text)
    else:
        print(f"fastpix-desktop: {reply.text}", file=sys.stderr)
    return int(reply.exit_code)


async def _headless(args: argparse.Namespace, session: Session) -> Any:
    from fastpix_desktop.cli import support as cli_support
    from fastpix_desktop.cli.live_replies import NO_CHANNEL, LiveCommands
    from fastpix_desktop.core.errors import AppError, ConfigError, ObsError
    from fastpix_desktop.core.golive import GoLiveOptions
    from fastpix_desktop.core.library import my_channel

    if args.command == "go-live" and not args.stream_id and my_channel.load() is None:
        raise ConfigError(NO_CHANNEL)  # before connecting to anything
    obs = fastpix = None
    obs_error: ObsError | None = None
    fastpix_error: AppError | None = None
    try:
        try:
            obs = await cli_support.open_obs(args.obs, session)
        except ObsError as error:
            if args.command != "status":
                raise
            obs_error = error
        try:
            fastpix = await cli_support.open_fastpix(session)
        except AppError as error:
            if args.command == "go-live":
                raise
            fastpix_error = error
        commands = LiveCommands(
            options=GoLiveOptions(),  # the command line has no demo mode
            obs=obs,
            fastpix=fastpix,
            secrets=session.secrets,
            hosts=session.config.hosts,
            obs_error=obs_error,
            fastpix_error=fastpix_error,
        )
        return await commands.handle(_request(args))
    finally:
        if fastpix is not None:
            await fastpix.aclose()
        if obs is not None:
            await obs.close()


def run(args: argparse.Namespace, session: Session) -> int:
    from fastpix_desktop.core.onair.remote import send_command

    # The handover imports only the remote control (stdlib); the rest loads to run headless.
    forwarded = send_command(_request(args))
    if forwarded is not None:
        return print_reply(forwarded, as_json=args.json)
    from fastpix_desktop.cli import support as cli_support

    async def main() -> int:
        return print_reply(await _headless(args, session), as_json=args.json)

    return cli_support.run_async(main, as_json=args.json, session=session)
