"""The ``simulcast`` command group: list, add, enable, disable and remove a stream's targets.

A target's stream key never comes from argv (``ps`` shows argv to every user on the machine):
``add`` reads it from the variable named by ``--key-env``, or from stdin. Keys are printed only
with ``--show-secrets``. Only the standard library is imported at the top: cli.py registers
this group on every start, ``--version`` included.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fastpix_desktop.core.session import Session
    from fastpix_desktop.core.simulcast.targets import SimulcastTarget, TargetListing

ACTIONS = ("list", "add", "enable", "disable", "remove")


def add_parsers(subparsers: Any) -> None:
    """Register ``simulcast ACTION ...`` on the top-level subparsers."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--json", action="store_true", help="print one JSON value")
    common.add_argument(
        "--show-secrets", action="store_true", help="include the targets' stream keys"
    )
    common.add_argument("--api-url", dest="sub_api_url", metavar="URL", help="FastPix API base URL")

    group = subparsers.add_parser(
        "simulcast", help="relay a FastPix stream to Twitch, YouTube or any RTMP(S) service"
    )
    actions = group.add_subparsers(dest="simulcast_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", parents=[common], help="show a stream's targets")
    listing.add_argument("stream_id", metavar="STREAM_ID")

    # No abbreviations: "--key VALUE" must not be taken for --key-env (a key in argv).
    add = actions.add_parser(
        "add",
        parents=[common],
        help="add a target (only while the stream is idle)",
        allow_abbrev=False,
    )
    add.add_argument("stream_id", metavar="STREAM_ID")
    add.add_argument("--url", required=True, help="the service's rtmp:// or rtmps:// server")
    add.add_argument(
        "--key-env",
        metavar="VAR",
        help="read the target's stream key from this environment variable (else from stdin)",
    )
    add.add_argument("--name", default="", help="a name to show for the target")

    for action, text in (
        ("enable", "resume relaying to a target"),
        ("disable", "pause a target (allowed while live)"),
        ("remove", "delete a target"),
    ):
        parser = actions.add_parser(action, parents=[common], help=text)
        parser.add_argument("stream_id", metavar="STREAM_ID")
        parser.add_argument("simulcast_id", metavar="SIMULCAST_ID")


def run(args: argparse.Namespace, session: Session) -> int:
    from fastpix_desktop.cli import support as cli_support

    return cli_support.run_async(lambda: _run(args, session), as_json=args.json, session=session)


def read_key(key_env: str | None) -> str:
    """The target's key from the named variable, or stdin (a hidden prompt on a terminal);
    registered for redaction before anything else can print it."""
    from fastpix_desktop.core import config
    from fastpix_desktop.core.errors import ConfigError
    from fastpix_desktop.core.redact import register_secret

    if key_env:
        value = config.named_variable(key_env)
        if value is None:
            # The name is not repeated: a key pasted in its place would be printed.
            raise ConfigError("The environment variable named by --key-env is not set or empty.")
    elif sys.stdin is None:
        raise ConfigError("No stream key: pass --key-env VAR or pipe the key on stdin.")
    elif sys.stdin.isatty():
        value = getpass.getpass("Stream key for the target (not shown): ")
    else:
        value = sys.stdin.readline().strip()
    register_secret(value.strip())
    return value


async def _run(args: argparse.Namespace, session: Session) -> int:
    from fastpix_desktop.cli import exit_codes
    from fastpix_desktop.cli import support as cli_support
    from fastpix_desktop.core.simulcast import use_cases as simulcast

    action = args.simulcast_action
    key = read_key(args.key_env) if action == "add" else ""
    fastpix = await cli_support.open_fastpix(session)
    async with fastpix:
        if action == "list":
            listing = await simulcast.list_targets(fastpix, args.stream_id)
            _print_listing(listing, args)
            return exit_codes.OK
        if action == "add":
            target = await simulcast.add_target(
                fastpix, args.stream_id, url=args.url, stream_key=key, name=args.name
            )
            _print_target(target, args, f"Added simulcast target to stream {args.stream_id}")
            return exit_codes.OK
        if action == "remove":
            await simulcast.remove_target(fastpix, args.stream_id, args.simulcast_id)
            if args.json:
                cli_support.print_json({"simulcastId": args.simulcast_id, "removed": True})
            else:
                print(f"Removed simulcast target {args.simulcast_id}.")
            return exit_codes.OK
        enabled = action == "enable"
        target = await simulcast.set_target_enabled(
            fastpix, args.stream_id, args.simulcast_id, enabled
        )
        _print_target(target, args, "Resumed" if enabled else "Paused")
        return exit_codes.OK


def _print_listing(listing: TargetListing, args: argparse.Namespace) -> None:
    from fastpix_desktop.cli import support as cli_support

    targets = [t.to_public_dict(show_secrets=args.show_secrets) for t in listing.targets]
    if args.json:
        cli_support.print_json(
            {
                "streamId": listing.stream_id,
                "status": listing.stream_status,
                "canAdd": listing.refusal is None,
                "rule": listing.refusal,
                "targets": targets,
            }
        )
        return
    count = len(targets)
    print(
        f"Stream {listing.stream_id} ({listing.stream_status}): "
        f"{count} simulcast target{'' if count == 1 else 's'}."
    )
    for target in targets:
        print(_line(target))
    if listing.refusal:
        print(listing.refusal)
    if targets and not args.show_secrets:
        print("(keys hidden; add --show-secrets to print them)")


def _print_target(target: SimulcastTarget, args: argparse.Namespace, what: str) -> None:
    from fastpix_desktop.cli import support as cli_support

    data = target.to_public_dict(show_secrets=args.show_secrets)
    if args.json:
        cli_support.print_json(data)
        return
    print(f"{what}:")
    print(_line(data))


def _line(target: dict[str, Any]) -> str:
    # "enabled" / "paused" only: FastPix reports no delivery status for a target.
    name = f"  {target['name']}" if target["name"] else ""
    key = f"  key {target['streamKey']}" if "streamKey" in target else ""
    return f"  {target['simulcastId']}  {target['state']:<7}{name}  {target['url']}{key}"
