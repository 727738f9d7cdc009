"""The ``use`` and ``obs-restore`` subcommands: point OBS at a stream that already exists ("my
channel" included), and bring back OBS's own destination. Heavy modules load inside ``run``.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from fastpix_desktop.cli import exit_codes
from fastpix_desktop.cli import options as cli_options

if TYPE_CHECKING:
    from fastpix_desktop.core.golive.use_cases import GoLiveResult
    from fastpix_desktop.core.restore.point import RestoreResult, RestoreStatus
    from fastpix_desktop.core.session import Session

OBS_HELP = (
    "the OBS to configure: HOST:PORT, or - to read OBS's obsws:// connect string from standard "
    "input (default OBS_WEBSOCKET_URL, else OBS_WEBSOCKET_HOST:OBS_WEBSOCKET_PORT or "
    "127.0.0.1:4455); the password comes from the connect string, OBS_WEBSOCKET_PASSWORD or the "
    "keyring. Never put it on the command line: other programs can read it"
)


def add_parsers(sub: Any) -> None:
    use = sub.add_parser(
        "use",
        help="point OBS at an existing stream (or my channel), no window",
        description="Point OBS at a FastPix stream that already exists, through the same steps "
        "as create (check OBS, save OBS's destination, push, read back, optionally start), "
        "without creating anything. When OBS already sends to that stream, nothing is changed.",
        epilog="Without STREAM_ID the stream remembered with --remember is used (my channel, "
        "kept as its ID only in my-channel.json in the user's config folder). Exit codes: "
        "0 done, 3 no such remembered stream or bad settings, 4/5 FastPix, 6 OBS, 7 OBS is "
        "live (nothing changed), 8 OBS did not start, 9 OBS's destination could not be saved "
        "(nothing changed; --no-restore-point overrides).",
    )
    use.add_argument("stream_id", nargs="?", metavar="STREAM_ID", help="the stream's ID")
    use.add_argument(
        "--protocol",
        choices=["rtmps", "srt"],
        help="how OBS sends (default: the protocol OBS already uses for this stream, else rtmps)",
    )
    use.add_argument("--obs", metavar="HOST:PORT", type=cli_options.obs_address, help=OBS_HELP)
    use.add_argument("--start", action="store_true", help="start streaming in OBS after")
    use.add_argument(
        "--remember", action="store_true", help="remember STREAM_ID as my channel for next time"
    )
    use.add_argument(
        "--no-restore-point",
        action="store_true",
        help="change OBS even when its current destination cannot be saved for obs-restore",
    )
    use.add_argument("--api-url", dest="sub_api_url", help="FastPix API base URL")
    use.add_argument("--json", action="store_true", help="print one JSON object")
    use.add_argument(
        "--show-secrets", action="store_true", help="include keys and passphrases in the output"
    )

    restore = sub.add_parser(
        "obs-restore",
        help="put back OBS's own stream destination (from before this app changed it)",
        description="Bring back, for OBS's current profile, the last stream destination this "
        "app did not set, exactly; say what was restored (type and server, never the key).",
        epilog="Exit codes: 0 restored, already there or nothing to restore (the message says "
        "which), 6 OBS, 7 OBS is live, 9 the keyring could not be read, 10 OBS holds a "
        "destination set by hand since the app's change (nothing changed; --force replaces it).",
    )
    restore.add_argument("--obs", metavar="HOST:PORT", type=cli_options.obs_address, help=OBS_HELP)
    restore.add_argument(
        "--force",
        action="store_true",
        help="restore even over a destination set in OBS by hand after the app's change",
    )
    restore.add_argument(
        "--check",
        action="store_true",
        help="only say whether there is something to restore (changes nothing)",
    )
    restore.add_argument("--json", action="store_true", help="print one JSON object")


def run(args: argparse.Namespace, session: Session) -> int:
    from fastpix_desktop.cli import support as cli_support

    as_json = bool(args.json)
    main = _restore if args.command == "obs-restore" else _use
    return cli_support.run_async(lambda: main(args, session), as_json=as_json, session=session)


# --------------------------------------------------------------------------- use


async def _use(args: argparse.Namespace, session: Session) -> int:
    from fastpix_desktop.cli import support as cli_support
    from fastpix_desktop.core.errors import ConfigError, RestorePointError
    from fastpix_desktop.core.golive import use_stream
    from fastpix_desktop.core.library import my_channel
    from fastpix_desktop.core.models import Protocol

    stream_id = args.stream_id or my_channel.load()
    if not stream_id:
        raise ConfigError(
            "No stream given and no channel remembered: run `fastpix-desktop use STREAM_ID "
            "--remember` once."
        )
    protocol = Protocol(args.protocol) if args.protocol else None
    cfg = session.config

    async def go_on(_error: RestorePointError) -> bool:
        return True  # --no-restore-point: the streamer said so on the command line

    store = session.secrets
    obs = None
    try:
        async with await cli_support.open_fastpix(session) as fastpix:
            obs = await cli_support.open_obs(args.obs, session)
            await store.probe()
            result = await use_stream.use_stream(
                fastpix=fastpix,
                obs=obs,
                secrets=store,
                stream_id=stream_id,
                protocol=protocol,
                hosts=cfg.hosts,
                start=args.start,
                confirm_no_restore_point=go_on if args.no_restore_point else None,
            )
    finally:
        if obs is not None:
            await obs.close()
    if result.obs_configured:
        await _note_used(stream_id)
    remembered = None
    if args.remember and args.stream_id:
        remembered = str(my_channel.save(args.stream_id))
    data = cli_support.golive_json(result, hosts=cfg.hosts, show=args.show_secrets)
    if result.obs_error is not None:
        return _use_failed(result, data, as_json=args.json)
    if args.json:
        cli_support.print_json(data)
    else:
        _print_use(data)
        if remembered:
            print(f"Remembered as my channel ({remembered}).")
    cli_support.warn_restore_point_skipped(result)
    return exit_codes.OK


def _use_failed(result: GoLiveResult, data: dict[str, Any], *, as_json: bool) -> int:
    from fastpix_desktop.cli import support as cli_support
    from fastpix_desktop.core.errors import RestorePointError

    assert result.obs_error is not None
    message = f"OBS was not pointed at stream {result.stream.stream_id}: {result.obs_error}"
    if isinstance(result.obs_error, RestorePointError):
        message += " OBS was left as it was; run again with --no-restore-point to change it anyway."
    code = exit_codes.exit_code_for(result.obs_error)
    if not as_json:
        _print_use(data)
    return cli_support.report_failure(code, message, as_json=as_json)


def _print_use(data: dict[str, Any]) -> None:
    from fastpix_desktop.cli import support as cli_support

    name = f" ({data['name']})" if data["name"] else ""
    print(f"Stream {data['streamId']}{name}, {data['status']}.")
    cli_support.print_destination(data)
    obs = data["obs"]
    if obs["started"]:
        print("OBS sends to this stream and is live.")
    elif obs["configured"]:
        print("OBS points at this stream. Start streaming in OBS when you are ready.")


# --------------------------------------------------------------------------- obs-restore


async def _note_used(stream_id: str) -> None:
    """OBS now points at it: it is no longer "created here, never used" in the library."""
    import contextlib

    from fastpix_desktop.core.library.created_streams import CreatedStreamsLog

    with contextlib.suppress(OSError):  # bookkeeping only; the stream and OBS are fine
        await CreatedStreamsLog.default().amark_used(stream_id)


async def _restore(args: argparse.Namespace, session: Session) -> int:
    from fastpix_desktop.cli import support as cli_support
    from fastpix_desktop.core.restore import point as restore_point
    from fastpix_desktop.core.restore.point import RestoreOutcome

    store = session.secrets
    obs = None
    try:
        obs = await cli_support.open_obs(args.obs, session)
        await store.probe()
        if args.check:
            status = await restore_point.restore_status(obs=obs, secrets=store)
            return _print_status(status, as_json=args.json)
        result = await restore_point.restore(
            obs=obs, secrets=store, hosts=session.config.hosts, force=args.force
        )
    finally:
        if obs is not None:
            await obs.close()
    if result.outcome is RestoreOutcome.NEEDS_CONFIRMATION:
        return cli_support.report_failure(
            exit_codes.NEEDS_CONFIRMATION,
            f"{result.message} Nothing was changed; run obs-restore --force to replace it.",
            as_json=args.json,
        )
    if args.json:
        cli_support.print_json(_restore_json(result))
    else:
        print(result.message)
    return exit_codes.OK


def _restore_json(result: RestoreResult) -> dict[str, Any]:
    from fastpix_desktop.core.restore.point import RestoreOutcome, describe_destination

    return {
        "outcome": str(result.outcome),
        "restored": result.outcome is RestoreOutcome.RESTORED,
        "profile": result.profile,
        "destination": describe_destination(result.restored) if result.restored else None,
        "message": result.message,
    }


def _print_status(status: RestoreStatus, *, as_json: bool) -> int:
    from fastpix_desktop.cli import support as cli_support
    from fastpix_desktop.core.restore.point import describe_destination

    if as_json:
        own = describe_destination(status.own) if status.own else None
        cli_support.print_json(
            {
                "available": status.available,
                "profile": status.profile,
                "destination": own,
                "message": status.message,
            }
        )
    else:
        print(status.message)
    return exit_codes.OK
