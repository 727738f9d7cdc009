"""Command line: the window (default), --demo, --version, --self-test and the subcommands.

Parsing lives here; each subcommand's work lives in its own module, imported only when used, so
``--version`` never loads Qt.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from fastpix_desktop._version import __version__
from fastpix_desktop.cli import exit_codes
from fastpix_desktop.cli import options as cli_options
from fastpix_desktop.cli import signing as commands_signing
from fastpix_desktop.cli import simulcast as commands_simulcast
from fastpix_desktop.cli import streams as commands_streams
from fastpix_desktop.cli import use as commands_use

_OBS_HELP = (
    "the OBS to configure: HOST:PORT, or - to read OBS's obsws://HOST:PORT/PASSWORD connect "
    "string from standard input (default: OBS_WEBSOCKET_URL, else OBS_WEBSOCKET_HOST/PORT, else "
    "the host and port saved in the window, else 127.0.0.1:4455). Do not put the password on the "
    "command line: other programs can read it."
)


def _undecodable_option(args: argparse.Namespace) -> str | None:
    """The first option whose value is not valid UTF-8 (Python keeps such bytes as surrogates)."""
    for dest, value in vars(args).items():
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                return "--" + dest.removeprefix("sub_").replace("_", "-")
    return None


def build_parser(*, live_only: bool = False) -> argparse.ArgumentParser:
    """The whole command line; with ``live_only``, the top level and go-live/end/status only."""
    parser = cli_options.Parser(
        prog="fastpix-desktop",
        description="Create a FastPix live stream and point OBS at it in one click.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.lazy_epilog = True
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    parser.add_argument(
        "--demo", action="store_true", help="run against the built-in FastPix sandbox"
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="build the window offscreen, run the event loop once, print versions and exit",
    )
    parser.add_argument(
        "--tray",
        action="store_true",
        help="start in the tray with the window hidden (how starting with the system runs it)",
    )
    parser.add_argument(
        "--api-url",
        help="FastPix API base URL (default: FASTPIX_API_URL or https://api.fastpix.com/v1)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    if live_only:  # a stream deck's key press: the other parsers take ≈ 6 ms to build
        from fastpix_desktop.cli import live as commands_live

        commands_live.add_parsers(sub)
        return parser

    sandbox = sub.add_parser("sandbox", help="serve the FastPix sandbox over HTTP")
    sandbox.add_argument("--host", default="127.0.0.1")
    sandbox.add_argument("--port", type=int, default=8765, help="0 picks a free port")
    sandbox.add_argument(
        "--credentials", metavar="ID:SECRET", help="accepted Basic-auth credentials"
    )
    sandbox.add_argument("--latency-ms", type=float, default=0.0, help="delay every response")
    sandbox.add_argument(
        "--seed", type=int, help="make generated IDs and keys reproducible (tests)"
    )

    create = cli_options.add_parser(
        sub, "create", help="create a stream and configure OBS, no window"
    )
    create.add_argument(
        "--protocol", choices=["rtmps", "srt"], default="rtmps", help="how OBS sends video"
    )
    create.add_argument("--name", default="", help="the stream's name (metadata livestream_name)")
    create.add_argument(
        "--metadata",
        action="append",
        type=cli_options.metadata_pair,
        default=[],
        metavar="KEY=VALUE",
        help="extra metadata, repeatable (at most 10 entries with the name, 255 characters each)",
    )
    create.add_argument(
        "--resolution",
        choices=["1080p", "720p", "480p"],
        default="1080p",
        help="the highest resolution FastPix accepts",
    )
    create.add_argument(
        "--reconnect-window",
        type=int,
        default=60,
        metavar="N",
        help="seconds FastPix waits for OBS to come back after a drop (60-1800)",
    )
    create.add_argument(
        "--access-policy",
        choices=["public", "private"],
        default="public",
        help="playback: public links, or private ones that need a signed token",
    )
    create.add_argument("--dvr", action="store_true", help="enable DVR playback")
    create.add_argument("--no-recording", action="store_true", help="do not record to VOD")
    create.add_argument(
        "--recording-access",
        choices=["public", "private"],
        default="public",
        help="access policy of the recording (FastPix's mediaPolicy)",
    )
    create.add_argument(
        "--captions", action="store_true", help="live closed captions (RTMPS only, not SRT)"
    )
    create.add_argument(
        "--obs",
        metavar="HOST:PORT",
        type=cli_options.obs_address,
        help=_OBS_HELP,
    )
    create.add_argument("--no-obs", action="store_true", help="only create the stream")
    create.add_argument("--start", action="store_true", help="start streaming in OBS after")
    create.add_argument("--api-url", dest="sub_api_url", metavar="URL", help="FastPix API base URL")
    create.add_argument("--json", action="store_true", help="print one JSON object")
    create.add_argument(
        "--show-secrets", action="store_true", help="include keys and passphrases in the output"
    )
    create.add_argument(
        "--no-restore-point",
        action="store_true",
        help="change OBS even when its current destination cannot be saved for obs-restore "
        "(no keyring, locked, failing); without it the command refuses (exit 9)",
    )

    commands_streams.add_parsers(sub)
    commands_signing.add_parsers(sub)
    commands_simulcast.add_parsers(sub)
    commands_use.add_parsers(sub)
    from fastpix_desktop.cli import live as commands_live

    commands_live.add_parsers(sub)
    from fastpix_desktop.cli import clips as commands_clips

    commands_clips.add_parsers(sub)
    from fastpix_desktop.cli import check as commands_check

    commands_check.add_parsers(sub)
    return parser


def _run_command(args: argparse.Namespace) -> int:
    """A subcommand over the process's one session: the configuration read once here, its
    clients built once by the command (core/session.py) and closed when it ends."""
    from fastpix_desktop.core.session import Session

    if args.command == "create":
        from fastpix_desktop.core.fastpix import tls

        tls.make_ahead()  # OpenSSL's set-up without the GIL while the command imports
    from fastpix_desktop.core.errors import AppError

    try:
        session = Session.load(api_url=getattr(args, "sub_api_url", None) or args.api_url)
    except AppError as error:  # a malformed API URL or OBS port in the environment (exit 3)
        from fastpix_desktop.cli import support as cli_support

        as_json = bool(getattr(args, "json", False))
        return cli_support.report_failure(int(error.exit_code), str(error), as_json=as_json)
    if args.command == "streams":
        return commands_streams.run(args, session)
    if args.command in commands_signing.COMMANDS:
        return commands_signing.run(args, session)
    if args.command == "simulcast":
        return commands_simulcast.run(args, session)
    if args.command == "create":
        from fastpix_desktop.cli.create import run_command

        return run_command(args, session)
    if args.command in ("use", "obs-restore"):
        return commands_use.run(args, session)
    if args.command == "check":
        from fastpix_desktop.cli import check as commands_check

        return commands_check.run(args, session)
    if args.command in ("go-live", "end", "status"):
        from fastpix_desktop.cli import live as commands_live

        return commands_live.run(args, session)
    if args.command in ("clip", "recordings"):
        from fastpix_desktop.cli import clips as commands_clips

        return commands_clips.run(args, session)
    raise AssertionError(f"unknown command {args.command}")


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(live_only=arguments[:1] in (["go-live"], ["end"], ["status"]))
    cli_options.Parser._json_requested = "--json" in arguments
    args = parser.parse_args(arguments)
    undecodable = _undecodable_option(args)
    if undecodable is not None:
        parser.error(f"{undecodable} is not valid UTF-8 text")
    if args.version:
        print(f"fastpix-desktop {__version__}")
        return exit_codes.OK
    if args.command is None:
        return _window(args)
    from fastpix_desktop.cli.terminal import cleaned_output

    # Names, statuses and messages from FastPix reach the terminal: no control characters.
    with cleaned_output():
        return _command(args)


def _command(args: argparse.Namespace) -> int:
    if args.command == "sandbox":
        from fastpix_desktop.sandbox.server import run_from_cli

        return run_from_cli(args)
    return _run_command(args)


def _window(args: argparse.Namespace) -> int:
    if args.self_test:
        from fastpix_desktop.ui.window.app import run_self_test

        return run_self_test()
    from fastpix_desktop.cli.second_launch import raise_running_window

    answer = raise_running_window()
    if answer is not None:
        print(f"fastpix-desktop is already running. {answer}")
        return exit_codes.OK
    # The window's frame first; the rest is imported while it paints (docs/start-up.md).
    from fastpix_desktop.ui.window.start import run_gui

    return run_gui(demo=args.demo, api_url=args.api_url, tray=args.tray)


if __name__ == "__main__":
    sys.exit(main())
