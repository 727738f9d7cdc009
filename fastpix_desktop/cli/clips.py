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


def _expiry(text: str) -> int:
    from fastpix_desktop.core.signing.tokens import parse_expiry

    try:
        return parse_expiry(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _secrets_option(parser: Any) -> None:
    parser.add_argument(
        "--show-secrets",
        action="store_true",
        help="print the tokens of signed (private) links instead of masking them",
    )


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
    _secrets_option(clip)

    rec = subparsers.add_parser(
        "recordings", help="a stream's recordings (one per broadcast) and clips, newest first"
    )
    rec.add_argument("stream_id", nargs="?", metavar="STREAM_ID", help="default: my channel")
    rec.add_argument(
        "--mp4", metavar="MEDIA_ID", help="make this recording or clip downloadable as MP4"
    )
    rec.add_argument(
        "--expires",
        type=_expiry,
        default=None,
        metavar="DURATION",
        help="how long signed links of private media play (default 24h; e.g. 1h, 7d)",
    )
    rec.add_argument("--api-url", dest="sub_api_url", metavar="URL", help="FastPix API base URL")
    rec.add_argument("--json", action="store_true", help="print one JSON value")
    _secrets_option(rec)


def _clip_values(args: argparse.Namespace) -> dict[str, Any]:
    return {
        "streamId": args.stream_id,
        "last": args.last,
        "from": args.clip_from,
        "to": args.clip_to,
        "access": args.access,
        "long": args.long,
    }


def _print(reply: Any, *, as_json: bool, show_secrets: bool) -> int:
    """cli/live.py's print_reply, with a signed clip link's token masked unless
    --show-secrets (as signed-url does)."""
    import sys

    from fastpix_desktop.cli.live import print_reply

    data = reply.json
    if not show_secrets and "token=" in reply.text + str(data):
        from dataclasses import replace

        from fastpix_desktop.core.recordings.signed import mask_token

        if isinstance(data, dict) and isinstance(data.get("url"), str):
            data = {**data, "url": mask_token(data["url"])}
        reply = replace(reply, json=data, text=mask_token(reply.text))
    code = print_reply(reply, as_json=as_json)
    if not as_json and code == 0 and isinstance(data, dict) and data.get("signed"):
        hint = "" if show_secrets else " Add --show-secrets to print the token."
        print(f"Signed link, plays until {data.get('expiresAt') or '-'}.{hint}", file=sys.stdout)
    return code


def run(args: argparse.Namespace, session: Session) -> int:
    from fastpix_desktop.cli import support as cli_support

    if args.command == "clip":
        if args.clip_from is not None and args.clip_to is None:
            return cli_support.report_failure(2, "--from needs --to.", as_json=args.json)
        from fastpix_desktop.core.onair.remote import RemoteRequest, send_command

        forwarded = send_command(RemoteRequest("clip", _clip_values(args)))
        if forwarded is not None:
            return _print(forwarded, as_json=args.json, show_secrets=args.show_secrets)

    async def main() -> int:
        if args.command == "clip":
            reply = await _clip_alone(args, session)
            return _print(reply, as_json=args.json, show_secrets=args.show_secrets)
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
            store=session.secrets,
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
    store = session.secrets
    async with await cli_support.open_fastpix(session) as fastpix:
        media_api = MediaApi(fastpix)
        if args.mp4:
            media = await media_api.set_mp4_support(args.mp4)
            signer = await _Signer.load(fastpix, store, [media], args)
            data = signer.media_json(media, hosts.playback_base)
            if args.json:
                cli_support.print_json({**data, "notice": signer.notice})
            else:
                signer.tell()
                print(f"MP4 asked for {media.id}: {data['mp4'] or 'when FastPix has made it'}")
            return exit_codes.OK
        assert stream_id is not None
        found = await history(fastpix=fastpix, media=media_api, stream_id=stream_id)
        signer = await _Signer.load(fastpix, store, [*found.recordings, *found.clips], args)
    result = {
        "streamId": found.stream_id,
        "recordings": [signer.media_json(m, hosts.playback_base) for m in found.recordings],
        "clips": [signer.media_json(m, hosts.playback_base) for m in found.clips],
        "missing": found.missing,
        "notice": signer.notice,
    }
    if args.json:
        cli_support.print_json(result)
    else:
        signer.tell()
        _print_history(result)
        if signer.signed and not args.show_secrets:
            print("Private links are signed; add --show-secrets to print their tokens.")
    return exit_codes.OK


class _Signer:
    """Signs the links of private media with the stored key (read only when one is private);
    without a usable key, ``notice`` says in plain words what to do and those links are null."""

    def __init__(self, key: Any, notice: str | None, expires_in: int, show: bool) -> None:
        self.key, self.notice, self.expires_in, self.show = key, notice, expires_in, show
        self.signed = False

    @classmethod
    async def load(cls, fastpix: Any, store: Any, media: list[Any], args: Any) -> _Signer:
        from fastpix_desktop.core.errors import SecretStoreError, SigningKeyError
        from fastpix_desktop.core.recordings.signed import (
            DEFAULT_EXPIRY_S,
            needs_key,
            signing_key,
        )
        from fastpix_desktop.core.signing import use_cases as signing
        from fastpix_desktop.core.signing.api import SigningKeysApi

        expires_in = args.expires or DEFAULT_EXPIRY_S
        if not needs_key(media):
            return cls(None, None, expires_in, args.show_secrets)
        try:
            # Every run is a start-up: a key deleted on FastPix signs links that never play.
            checked = await signing.check_stored_key(SigningKeysApi(fastpix), store)
            if checked.status in (signing.KeyCheck.FORGOTTEN, signing.KeyCheck.DAMAGED):
                return cls(None, checked.message, expires_in, args.show_secrets)
            return cls(await signing_key(store), None, expires_in, args.show_secrets)
        except (SigningKeyError, SecretStoreError) as error:
            return cls(None, str(error), expires_in, args.show_secrets)

    def tell(self) -> None:
        import sys

        if self.notice:
            print(f"fastpix-desktop: {self.notice}", file=sys.stderr)

    def media_json(self, media: Any, playback_base: str) -> dict[str, Any]:
        from datetime import UTC, datetime

        from fastpix_desktop.core.errors import SigningKeyError
        from fastpix_desktop.core.recordings.media import format_duration
        from fastpix_desktop.core.recordings.signed import mask_token, media_link

        playback = media.playback
        try:
            link = media_link(
                media, playback_base=playback_base, key=self.key, expires_in=self.expires_in
            )
        except SigningKeyError:
            link = None  # said once, in ``notice``
        self.signed = self.signed or bool(link and link.private)

        def shown(url: str | None) -> str | None:
            return url if url is None or self.show else mask_token(url)

        expires = link.expires_at if link else None
        return {
            "mediaId": media.id,
            "status": media.status,
            "ready": media.ready,
            "duration": media.duration_s,
            "durationText": format_duration(media.duration_s),
            "createdAt": media.created_at or None,
            "playbackId": playback.id if playback else None,
            "accessPolicy": playback.access_policy if playback else None,
            "link": shown(link.url) if link else None,
            "mp4": shown(link.mp4_url) if link and "capped_4k" in media.mp4_support else None,
            "signed": bool(link and link.private),
            "expiresAt": (
                datetime.fromtimestamp(expires, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
                if expires
                else None
            ),
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
            "private: no signed link (see above)"
            if item["accessPolicy"] == "private" and item["ready"]
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
