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
    "input (default OBS_WEBSOCKET_URL, else OBS_WEBSOCKET_HOST:OBS_WEBSOCKET_PORT, else the host "
    "and port saved in the window, else 127.0.0.1:4455); the password comes from the connect "
    "string, OBS_WEBSOCKET_PASSWORD or the keyring. Never put it on the command line: other "
    "programs can read it"
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
        "(nothing changed; --no-restore-point overrides); 3 also when --remember could not "
        "write my-channel.json after OBS was changed (the message says so).",
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
    if args.command == "obs-restore" and args.check and args.obs is None:
        # Read-only: a running fastpix-desktop answers over its own OBS connection.
        from fastpix_desktop.core.onair.remote import RemoteRequest, send_command

        forwarded = send_command(RemoteRequest("obs-restore-check"))
        if forwarded is not None:
            from fastpix_desktop.cli.live import print_reply

            return print_reply(forwarded, as_json=as_json)
    main = _restore if args.command == "obs-restore" else _use
    return cli_support.run_async(lambda: main(args, session), as_json=as_json, session=session)


# --------------------------------------------------------------------------- use


async def _use(args: argparse.Namespace, session: Session) -> int:
    from fastpix_desktop.cli import support as cli_support
    from fastpix_desktop.core.errors import ConfigError
    from fastpix_desktop.core.golive import (
        Flags,
        GoLive,
        GoLiveOptions,
        GoLiveRequest,
        ObsPushLock,
    )
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

    store = session.secrets
    obs = None
    try:
        async with await cli_support.open_fastpix(session) as fastpix:
            obs = await cli_support.open_obs(args.obs, session)
            await store.probe()
            pipeline = GoLive(
                fastpix=fastpix,
                obs=obs,
                secrets=store,
                hosts=cfg.hosts,
                options=GoLiveOptions(),
                push_lock=ObsPushLock(),
            )
            result = await pipeline.run_settled(
                GoLiveRequest.use(stream_id, protocol, start=args.start),
                questions=Flags(no_restore_point_ok=args.no_restore_point),
            )
    finally:
        if obs is not None:
            await obs.close()
    if result.obs_configured:
        await _note_used(stream_id)
    remembered, not_remembered = None, None
    if args.remember and args.stream_id:
        try:
            remembered = str(my_channel.save(args.stream_id))
        except ConfigError as error:  # a read-only or full disk, a planted link
            not_remembered = error
    data = cli_support.golive_json(result, hosts=cfg.hosts, show=args.show_secrets)
    if result.obs_error is not None:
        return _use_failed(result, data, as_json=args.json)
    if not_remembered is not None:
        if not args.json:
            _print_use(data, result)
        return cli_support.report_failure(
            exit_codes.CONFIG,
            f"OBS was pointed at stream {stream_id}, but the stream was not remembered as my "
            f"channel: {not_remembered}",
            as_json=args.json,
        )
    if args.json:
        cli_support.print_json(data)
    else:
        _print_use(data, result)
        if remembered:
            print(f"Remembered as my channel ({remembered}).")
    cli_support.warn_restore_point_skipped(result)
    return exit_codes.OK


def _use_failed(result: GoLiveResult, data: dict[str, Any], *, as_json: bool) -> int:
    from fastpix_desktop.cli import support as cli_support

    assert result.obs_error is not None
    code = exit_codes.exit_code_for(result.obs_error)
    if not as_json:
        _print_use(data, result)
    return cli_support.report_failure(code, cli_support.golive_failure(result), as_json=as_json)


def _print_use(data: dict[str, Any], result: GoLiveResult) -> None:
    from fastpix_desktop.cli import support as cli_support
    from fastpix_desktop.core.golive import obs_words

    name = f" ({data['name']})" if data["name"] else ""
    print(f"Stream {data['streamId']}{name}, {data['status']}.")
    cli_support.print_destination(data)
    if result.obs_configured and result.obs_error is None:
        print(obs_words(result).text)


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
