"""The ``clip`` and ``recordings`` subcommands: "clip that" from a stream deck, and a stream's
recordings and clips after the show (docs/recordings.md).

``clip`` is handed to a running fastpix-desktop (which holds the broadcast clock); without one
it uses the broadcast log that an earlier run kept. ``recordings`` asks FastPix directly.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fastpix_desktop.core.session import Session

# Only the standard library at the top: cli/entry.py registers these for every launch.

COMMANDS = ("clip", "recordings")


def _seconds(text: str) -> float:
    from fastpix_desktop.core.errors import ConfigError
    from fastpix_desktop.core.recordings.clips import parse_clip_time

    try:
        return parse_clip_time(text)
    except ConfigError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def add_parsers(subparsers: Any) -> None:
    clip = subparsers.add_parser(
        "clip",
        help="clip the broadcast going on (default: its last 30 s) and print the clip's link",
    )
    clip.add_argument("stream_id", nargs="?", metavar="STREAM_ID", help="default: the one on air")
    when = clip.add_mutually_exclusive_group()
    when.add_argument("--last", type=_seconds, metavar="DURATION", help="e.g. 30s (default), 2m")
    when.add_argument(
        "--from", dest="clip_from", type=_seconds, metavar="T", help="start, seconds of the show"
    )
    clip.add_argument("--to", dest="clip_to", type=_seconds, metavar="T", help="end (with --from)")
    clip.add_argument("--access", choices=["public", "private"], help="default: the stream's")
    clip.add_argument(
        "--long",
        action="store_true",
        help="allow clips up to 20 minutes (FastPix's docs also name 30 s as the limit)",
    )
    clip.add_argument("--api-url", dest="sub_api_url", metavar="URL", help="FastPix API base URL")
    clip.add_argument("--json", action="store_true", help="print one JSON value")

    rec = subparsers.add_parser(
        "recordings", help="a stream's recordings (one per broadcast) and clips, newest first"
    )
    rec.add_argument("stream_id", nargs="?", metavar="STREAM_ID", help="default: my channel")
    rec.add_argument(
        "--mp4", metavar="MEDIA_ID", help="make this recording or clip downloadable as MP4"
    )
    rec.add_argument("--api-url", dest="sub_api_url", metavar="URL", help="FastPix API base URL")
    rec.add_argument("--json", action="store_true", help="print one JSON value")


def _clip_values(args: argparse.Namespace) -> dict[str, Any]:
    return {
        "streamId": args.stream_id,
        "last": args.last,
        "from": args.clip_from,
        "to": args.clip_to,
        "access": args.access,
        "long": args.long,
    }


def run(args: argparse.Namespace, session: Session) -> int:
    from fastpix_desktop.cli import support as cli_support
    from fastpix_desktop.cli.live import print_reply

    if args.command == "clip":
        if args.clip_from is not None and args.clip_to is None:
            return cli_support.report_failure(2, "--from needs --to.", as_json=args.json)
        from fastpix_desktop.core.onair.remote import RemoteRequest, send_command

        forwarded = send_command(RemoteRequest("clip", _clip_values(args)))
        if forwarded is not None:
            return print_reply(forwarded, as_json=args.json)

    async def main() -> int:
        if args.command == "clip":
            return print_reply(await _clip_alone(args, session), as_json=args.json)
        return await _recordings(args, session)

    return cli_support.run_async(main, as_json=args.json, session=session)


async def _clip_alone(args: argparse.Namespace, session: Session) -> Any:
    from fastpix_desktop.cli import support as cli_support
    from fastpix_desktop.cli.clip_replies import clip_reply, clip_request
    from fastpix_desktop.core.library import my_channel
    from fastpix_desktop.core.recordings.log import BroadcastLog

    async with await cli_support.open_fastpix(session) as fastpix:
        return await clip_reply(
            fastpix=fastpix,
            hosts=session.config.hosts,
            request=clip_request(_clip_values(args)),
            stream_id=args.stream_id,
            log=BroadcastLog.default(),
            default_stream=my_channel.load(),
        )


async def _recordings(args: argparse.Namespace, session: Session) -> int:
    from fastpix_desktop.cli import exit_codes
    from fastpix_desktop.cli import support as cli_support
    from fastpix_desktop.core.errors import ConfigError
    from fastpix_desktop.core.library import my_channel
    from fastpix_desktop.core.recordings.api import MediaApi
    from fastpix_desktop.core.recordings.use_cases import history

    stream_id = args.stream_id or my_channel.load()
    if not stream_id and not args.mp4:
        raise ConfigError("No stream given and no channel chosen: pass a STREAM_ID.")
    hosts = session.config.hosts
    async with await cli_support.open_fastpix(session) as fastpix:
        media_api = MediaApi(fastpix)
        if args.mp4:
            media = await media_api.set_mp4_support(args.mp4)
            data = _media_json(media, hosts.playback_base)
            if args.json:
                cli_support.print_json(data)
            else:
                print(f"MP4 asked for {media.id}: {data['mp4'] or 'when FastPix has made it'}")
            return exit_codes.OK
        assert stream_id is not None
        found = await history(fastpix=fastpix, media=media_api, stream_id=stream_id)
    result = {
        "streamId": found.stream_id,
        "recordings": [_media_json(m, hosts.playback_base) for m in found.recordings],
        "clips": [_media_json(m, hosts.playback_base) for m in found.clips],
        "missing": found.missing,
    }
    if args.json:
        cli_support.print_json(result)
    else:
        _print_history(result)
    return exit_codes.OK


def _media_json(media: Any, playback_base: str) -> dict[str, Any]:
    from fastpix_desktop.core.recordings.media import format_duration

    playback = media.playback
    public = playback is not None and playback.access_policy == "public"
    base = playback_base.rstrip("/")
    link = f"{base}/{playback.id}.m3u8" if public and media.ready else None
    mp4 = (
        f"{base}/{playback.id}/capped-4k.mp4"
        if public and media.ready and "capped_4k" in media.mp4_support
        else None
    )
    return {
        "mediaId": media.id,
        "status": media.status,
        "ready": media.ready,
        "duration": media.duration_s,
        "durationText": format_duration(media.duration_s),
        "createdAt": media.created_at or None,
        "playbackId": playback.id if playback else None,
        "accessPolicy": playback.access_policy if playback else None,
        "link": link,
        "mp4": mp4,
    }


def printable(text: str) -> str:
    """Server text for a terminal: control characters (escapes) dropped."""
    return "".join(c for c in text if c.isprintable())


def _print_history(result: dict[str, Any]) -> None:
    def line(kind: str, item: dict[str, Any]) -> str:
        state = (
            "ready" if item["ready"] else "processing" if item["status"] != "Failed" else "failed"
        )
        where = item["link"] or (
            "private: fastpix-desktop signed-url " + str(item["playbackId"])
            if item["accessPolicy"] == "private"
            else ""
        )
        when = item["createdAt"] or ""
        return printable(f"{kind:9} {when:20} {item['durationText'] or '-':12} {state:10} {where}")

    print(f"Stream {result['streamId']}")
    if not result["recordings"] and not result["clips"]:
        print("No recordings or clips yet.")
    for item in result["recordings"]:
        print(line("recording", item))
    for item in result["clips"]:
        print(line("clip", item))
    if result["missing"]:
        print(f"({result['missing']} recording(s) FastPix no longer has.)")
