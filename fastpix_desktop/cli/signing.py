"""``signed-url`` and ``signing-keys``: signed links for private playback, and the signing key.

Tokens are secrets: they are printed masked unless ``--show-secrets``; the private key is never
printed at all (it lives only in the keyring). Facts: docs/signed-playback.md.
"""

from __future__ import annotations

import argparse
import re
import sys
from typing import TYPE_CHECKING, Any

from fastpix_desktop.cli import exit_codes

if TYPE_CHECKING:
    from fastpix_desktop.core.fastpix.client import FastPixClient
    from fastpix_desktop.core.session import Session
    from fastpix_desktop.core.signing.use_cases import SignedLink

COMMANDS = ("signed-url", "signing-keys")
_UUID = r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
_MASK = "••••••"


def _expiry(text: str) -> int:
    from fastpix_desktop.core.signing.tokens import parse_expiry

    try:
        return parse_expiry(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def add_parsers(sub: Any) -> None:
    """Register both commands on the CLI's subparsers."""
    signed = sub.add_parser(
        "signed-url", help="signed playback links for a private stream or playback ID"
    )
    signed.add_argument("target", metavar="STREAM_ID|PLAYBACK_ID")
    signed.add_argument(
        "--expires",
        type=_expiry,
        default="24h",
        metavar="DURATION",
        help="how long the links play: 1h, 24h (default), 7d, or e.g. 90m, 3d",
    )
    _common(signed)
    signed.add_argument(
        "--show-secrets", action="store_true", help="print the tokens instead of masking them"
    )

    keys = sub.add_parser("signing-keys", help="list, create or delete playback signing keys")
    keys.add_argument("action", choices=["list", "create", "delete"])
    keys.add_argument("key_id", nargs="?", metavar="ID", help="key to delete (default: stored)")
    _common(keys)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--api-url", dest="sub_api_url", help="FastPix API base URL")
    parser.add_argument("--json", action="store_true", help="print one JSON value")


def run(args: argparse.Namespace, session: Session) -> int:
    # Imported here: cli_support pulls in asyncio, which --version and --help need not pay for.
    from fastpix_desktop.cli import support as cli_support

    runner = _signed_url if args.command == "signed-url" else _signing_keys
    return cli_support.run_async(
        lambda: _with_clients(args, session, runner), as_json=args.json, session=session
    )


async def _with_clients(args: argparse.Namespace, session: Session, runner: Any) -> int:
    from fastpix_desktop.cli import support as cli_support

    async with await cli_support.open_fastpix(session) as fastpix:
        result: int = await runner(args, fastpix, session)
        return result


# --------------------------------------------------------------------------- signed-url


async def _signed_url(args: argparse.Namespace, fastpix: FastPixClient, session: Session) -> int:
    from fastpix_desktop.cli import support as cli_support
    from fastpix_desktop.core.fastpix.ingest import playback_url
    from fastpix_desktop.core.signing import use_cases as signing
    from fastpix_desktop.core.signing.api import SigningKeysApi
    from fastpix_desktop.core.signing.tokens import describe_expiry

    cfg, store = session.config, session.secrets
    api = SigningKeysApi(fastpix)
    target = args.target.strip()
    public: list[str] = []
    if re.match(_UUID, target):  # a playback ID: FastPix cannot look it up without its stream
        playback_ids: list[Any] = [target]
    else:
        stream = await fastpix.get_stream(target)
        playback_ids = signing.private_playback_ids(stream)
        public = [playback_url(p, hosts=cfg.hosts) for p in stream.playback_ids if not p.is_private]
    created = False
    notice: str | None = None
    links: list[SignedLink] = []
    if playback_ids:
        # Every run is a start-up: a key deleted on FastPix would sign links that never play.
        checked = await signing.check_stored_key(api, store)
        if checked.status in (signing.KeyCheck.FORGOTTEN, signing.KeyCheck.DAMAGED):
            notice = checked.message
            print(f"fastpix-desktop: {notice}", file=sys.stderr)
        key, created = await signing.ensure_key(api, store)
        links = signing.playback_token_links(
            key,
            playback_ids,
            expires_in=args.expires,
            playback_base=cfg.hosts.playback_base,
            images_base=cfg.images_base,
        )
    data = {
        "target": target,
        "expiresIn": args.expires,
        "keyCreated": created,
        "notice": notice,
        "links": [_link_json(link, show=args.show_secrets) for link in links],
        "publicPlaybackUrls": public,
    }
    if args.json:
        cli_support.print_json(data)
        return exit_codes.OK
    if created:
        print("Created a playback signing key on FastPix and stored it in the keyring.")
    for link in data["links"]:
        print(f"Playback ID {link['playbackId']} (plays until {link['expiresAt']}):")
        print(f"  HLS:       {link['hls']}")
        print(f"  Thumbnail: {link['thumbnail']}")
    if links:
        hint = "" if args.show_secrets else " Add --show-secrets to print the tokens."
        print(f"Valid for {describe_expiry(args.expires)}.{hint}")
    for url in public:
        print(f"Public playback (no token needed): {url}")
    if not links and not public:
        print("This stream has no playback IDs.", file=sys.stderr)
    return exit_codes.OK


def _link_json(link: SignedLink, *, show: bool) -> dict[str, Any]:
    def shown(url: str) -> str:
        return url if show else url.replace(link.token, _MASK)

    from datetime import UTC, datetime

    out = {
        "playbackId": link.playback_id,
        "expiresAt": datetime.fromtimestamp(link.expires_at, UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "hls": shown(link.hls_url),
        "thumbnail": shown(link.thumbnail_url),
    }
    if show:
        out["token"] = link.token
    return out


# --------------------------------------------------------------------------- signing-keys


async def _signing_keys(args: argparse.Namespace, fastpix: FastPixClient, session: Session) -> int:
    from fastpix_desktop.cli import support as cli_support
    from fastpix_desktop.core.signing import store as signing_store
    from fastpix_desktop.core.signing import use_cases as signing
    from fastpix_desktop.core.signing.api import SigningKeysApi

    store = session.secrets
    api = SigningKeysApi(fastpix)
    stored = await signing_store.stored_key_id(store)
    if args.action == "list":
        keys = await signing.list_keys(api)
        listed = [{"id": k.id, "createdAt": k.created_at, "stored": k.id == stored} for k in keys]
        if args.json:
            cli_support.print_json({"keys": listed, "storedKeyId": stored})
            return exit_codes.OK
        for item in listed:
            mark = "  (this computer signs with it)" if item["stored"] else ""
            print(f"{item['id']}  {item['createdAt']}{mark}")
        if not listed:
            print("No signing keys on this FastPix account.")
        if stored and not any(item["stored"] for item in listed):
            print(f"The key stored here ({stored}) is not on FastPix any more.", file=sys.stderr)
        return exit_codes.OK
    if args.action == "create":
        key = await signing.create_key(api, store)
        if args.json:
            cli_support.print_json({"id": key.key_id, "replaced": stored})
            return exit_codes.OK
        print(f"Created signing key {key.key_id}; its private key is in the keyring.")
        if stored:
            print(
                f"The app no longer signs with {stored}; it still exists on FastPix, and links "
                f"signed with it keep playing until you delete it (signing-keys delete {stored}).",
            )
        return exit_codes.OK
    deleted = await signing.delete_key(api, store, args.key_id)
    forgotten = deleted == stored
    if args.json:
        cli_support.print_json({"deleted": deleted, "forgotten": forgotten})
        return exit_codes.OK
    print(f"Deleted signing key {deleted} on FastPix; links signed with it no longer play.")
    if forgotten:
        print("It was this computer's key, so it was removed from the keyring too.")
    return exit_codes.OK
