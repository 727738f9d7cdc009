"""``fastpix-desktop streams list|show|update|enable|disable|finish|delete``: the stream library
for scripts and stream decks.

Every command takes --json (one JSON value on stdout, also on failure) and prints no secret
unless ``show --show-secrets``. Top-level imports stay light: the work is imported when run.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any

from fastpix_desktop.cli import exit_codes
from fastpix_desktop.cli import options as cli_options

if TYPE_CHECKING:
    from fastpix_desktop.core.fastpix.ingest import IngestHosts
    from fastpix_desktop.core.library.rows import LibraryRow
    from fastpix_desktop.core.models import LiveStream
    from fastpix_desktop.core.ports import FastPixPort
    from fastpix_desktop.core.session import Session

ACTIONS = ("enable", "disable", "finish", "delete")
# Actions that cut off a live broadcast or cannot be undone: asked on a terminal, else --yes.
_CONFIRM = {"disable", "finish", "delete"}


def add_parsers(subparsers: argparse._SubParsersAction[Any]) -> None:
    streams = cli_options.add_parser(
        subparsers, "streams", help="list and manage the streams on the FastPix account"
    )
    streams_sub = streams.add_subparsers(dest="streams_command", metavar="ACTION", required=True)

    def common(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("--json", action="store_true", help="print one JSON value")
        parser.add_argument(
            "--api-url", dest="sub_api_url", metavar="URL", help="FastPix API base URL"
        )

    listing = cli_options.add_parser(
        streams_sub, "list", help="every stream on the account, newest first"
    )
    listing.add_argument(
        "--search", metavar="TEXT", default="", help="only streams whose name or ID contains TEXT"
    )
    common(listing)

    show = cli_options.add_parser(
        streams_sub, "show", help="one stream's details, ingest settings and playback links"
    )
    show.add_argument("stream_id", metavar="STREAM_ID", help="the stream's ID")
    show.add_argument(
        "--show-secrets",
        action="store_true",
        help="include the stream key, SRT passphrase and SRT URL",
    )
    common(show)

    update = cli_options.add_parser(
        streams_sub, "update", help="rename a stream or change its reconnect window"
    )
    update.add_argument("stream_id", metavar="STREAM_ID", help="the stream's ID")
    update.add_argument("--name", help="the new name ('' removes it)")
    update.add_argument(
        "--reconnect-window",
        type=cli_options.reconnect_window,
        metavar="N",
        help="seconds FastPix waits for the encoder to come back (60-1800; default: unchanged)",
    )
    common(update)

    helps = {
        "enable": "let encoders connect to a disabled stream again",
        "disable": "cut off and refuse encoders until the stream is enabled again",
        "finish": "end the broadcast now (only an active stream)",
        "delete": "delete a stream for good",
    }
    for action in ACTIONS:
        parser = cli_options.add_parser(streams_sub, action, help=helps[action])
        parser.add_argument("stream_id", metavar="STREAM_ID", help="the stream's ID")
        parser.add_argument(
            "--yes", action="store_true", help="do not ask; for delete, also delete a live stream"
        )
        common(parser)


def run(args: argparse.Namespace, session: Session) -> int:
    from fastpix_desktop.cli import support as cli_support

    as_json = bool(args.json)
    command = args.streams_command
    if command in _CONFIRM and not args.yes and (as_json or not sys.stdin.isatty()):
        return cli_support.report_failure(
            exit_codes.USAGE,
            f"'streams {command}' changes the stream on FastPix: add --yes to confirm.",
            as_json=as_json,
        )
    handlers: dict[str, Callable[[FastPixPort, argparse.Namespace], Coroutine[Any, Any, Any]]]
    handlers = {
        "list": _list,
        "show": lambda fastpix, args: _show(fastpix, args, hosts=session.config.hosts),
        "update": _update,
        **dict.fromkeys(ACTIONS, _action),
    }
    handler = handlers[command]

    async def main() -> int:
        async with await cli_support.open_fastpix(session) as fastpix:
            if command in _CONFIRM and not args.yes and not await _ask(fastpix, args):
                return cli_support.report_failure(
                    exit_codes.CANCELLED, "cancelled, nothing changed.", as_json=False
                )
            result = await handler(fastpix, args)
        if as_json:
            cli_support.print_json(result)
        else:
            _print_human(command, result)
        return exit_codes.OK

    return cli_support.run_async(main, as_json=as_json, session=session)


# ---------------------------------------------------------------------- the commands


async def _ask(fastpix: FastPixPort, args: argparse.Namespace) -> bool:
    """On a terminal: say what the action does, and why it matters for this stream (it is
    live, FastPix would refuse it), then ask. True when the streamer said yes."""
    import asyncio

    from fastpix_desktop.core.errors import FastPixRequestError
    from fastpix_desktop.core.library.manage import BEFORE, Action, InUse, delete_refusal, refusal

    action = Action(args.streams_command)
    stream = await fastpix.get_stream(args.stream_id)
    refused = refusal(action, stream.status)
    if refused is not None:
        raise FastPixRequestError(refused, status=None)
    lines = [BEFORE[action]]
    if action is Action.DELETE:
        warning = delete_refusal(stream, InUse())
        if warning is not None:
            lines.append(warning)
    title = stream.name or stream.stream_id
    lines.append(f"{action.value.capitalize()} {title}? [y/N] ")
    answer = await asyncio.to_thread(input, "\n".join(lines))
    if answer.strip().lower() in ("y", "yes"):
        args.yes = True
        return True
    return False


async def _list(fastpix: FastPixPort, args: argparse.Namespace) -> list[dict[str, Any]]:
    from fastpix_desktop.core.errors import FastPixAuthError, FastPixError
    from fastpix_desktop.core.library import rows as library
    from fastpix_desktop.core.library.created_streams import CreatedStreamsLog

    created = CreatedStreamsLog.default()
    load = await library.load_library(fastpix, unused_ids=await created.aunused_ids())
    if load.error is not None:
        # A script asked for all pages: a partial list would silently drop streams.
        if isinstance(load.error, FastPixAuthError):
            raise load.error
        raise FastPixError(
            f"Only {len(load.rows)} of {load.total_records} streams could be listed. {load.error}",
            status=load.error.status,
        )
    if load.cut:  # a page count past library.MAX_PAGES: say so, and forget nothing
        print(f"warning: {load.cut_words}", file=sys.stderr)
    else:
        await created.akeep_only([row.stream_id for row in load.rows])
    return [_row_json(row) for row in library.search(load.rows, args.search)]


def _row_json(row: LibraryRow) -> dict[str, Any]:
    return {
        "streamId": row.stream_id,
        "name": row.name,
        "status": row.status,
        "createdAt": row.created_at,
        "maxResolution": row.max_resolution,
        "dvr": row.dvr,
        "recording": row.recording,
        "reconnectWindow": row.reconnect_window,
        "playbackIds": [{"id": p.id, "accessPolicy": p.access_policy} for p in row.playback_ids],
        "createdHereUnused": row.unused,
    }


async def _show(
    fastpix: FastPixPort, args: argparse.Namespace, *, hosts: IngestHosts
) -> dict[str, Any]:
    stream = await fastpix.get_stream(args.stream_id)
    return stream_json(stream, show_secrets=args.show_secrets, hosts=hosts)


def stream_json(stream: LiveStream, *, show_secrets: bool, hosts: IngestHosts) -> dict[str, Any]:
    """A stream's details; keys, passphrases and the SRT URL only with ``show_secrets``."""
    from fastpix_desktop.core.fastpix.ingest import ingest_target, playback_url
    from fastpix_desktop.core.models import Protocol

    rtmps = ingest_target(stream, Protocol.RTMPS, hosts)
    srt = ingest_target(stream, Protocol.SRT, hosts)
    out: dict[str, Any] = {
        "streamId": stream.stream_id,
        "name": stream.name,
        "status": str(stream.status),
        "createdAt": stream.created_at,
        "maxResolution": stream.max_resolution,
        "reconnectWindow": stream.reconnect_window,
        "dvr": stream.enable_dvr,
        "recording": stream.enable_recording,
        "closedCaptions": stream.closed_captions,
        "metadata": dict(stream.metadata),
        "playbackIds": [
            {"id": p.id, "accessPolicy": str(p.access_policy)} for p in stream.playback_ids
        ],
        "playbackUrls": [playback_url(p, hosts=hosts) for p in stream.playback_ids],
        "rtmps": {"server": rtmps.server},
        # The SRT stream ID is the stream's ID: not a secret; the passphrase is.
        "srt": {"server": srt.server, "streamId": srt.key},
    }
    if stream.enable_dvr:
        out["dvrPlaybackUrls"] = [
            playback_url(p, dvr=True, hosts=hosts) for p in stream.playback_ids
        ]
    if show_secrets:
        out["rtmps"]["streamKey"] = rtmps.key
        out["srt"]["passphrase"] = srt.passphrase
        out["srt"]["url"] = srt.one_line_url()
    return out


async def _update(fastpix: FastPixPort, args: argparse.Namespace) -> dict[str, Any]:
    from fastpix_desktop.core.errors import ConfigError
    from fastpix_desktop.core.library import manage as stream_manage

    if args.name is None and args.reconnect_window is None:
        raise ConfigError("Nothing to change: give --name and/or --reconnect-window.")
    outcome = await stream_manage.update_stream(
        fastpix, args.stream_id, name=args.name, reconnect_window=args.reconnect_window
    )
    return _outcome_json(outcome)


async def _action(fastpix: FastPixPort, args: argparse.Namespace) -> dict[str, Any]:
    from fastpix_desktop.core.library import manage as stream_manage
    from fastpix_desktop.core.library.created_streams import CreatedStreamsLog

    command = args.streams_command
    if command == "delete":
        outcome = await stream_manage.delete_stream(fastpix, args.stream_id, confirmed=args.yes)
        await CreatedStreamsLog.default().aforget([args.stream_id])
        result = _outcome_json(outcome)
        result["streamId"] = args.stream_id
        result["deleted"] = True
        return result
    run_action = {
        "enable": stream_manage.enable_stream,
        "disable": stream_manage.disable_stream,
        "finish": stream_manage.finish_stream,
    }[command]
    return _outcome_json(await run_action(fastpix, args.stream_id))


def _outcome_json(outcome: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"message": outcome.message}
    if outcome.stream is not None:
        out["streamId"] = outcome.stream.stream_id
        out["name"] = outcome.stream.name
        out["status"] = str(outcome.stream.status)
        out["reconnectWindow"] = outcome.stream.reconnect_window
    return out


# ---------------------------------------------------------------------- human output


def _print_human(command: str, result: Any) -> None:
    if command == "list":
        if not result:
            print("No streams.")
        for row in result:
            mark = "  (created here, never used)" if row["createdHereUnused"] else ""
            name = row["name"] or "(no name)"
            print(f"{row['streamId']}  {row['status']:<9} {row['createdAt'][:16]}  {name}{mark}")
        return
    if command == "show":
        for key in ("streamId", "name", "status", "createdAt", "maxResolution", "reconnectWindow"):
            print(f"{key}: {result[key]}")
        print(f"RTMPS server: {result['rtmps']['server']}")
        if "streamKey" in result["rtmps"]:
            print(f"Stream key: {result['rtmps']['streamKey']}")
        print(f"SRT server: {result['srt']['server']}  SRT stream ID: {result['srt']['streamId']}")
        if "passphrase" in result["srt"]:
            print(f"SRT passphrase: {result['srt']['passphrase']}")
            print(f"SRT URL: {result['srt']['url']}")
        else:
            print("(keys hidden; add --show-secrets to print them)")
        for url in result["playbackUrls"]:
            print(f"Playback: {url}")
        for url in result.get("dvrPlaybackUrls", []):
            print(f"DVR playback: {url}")
        return
    print(result["message"])
