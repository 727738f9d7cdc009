"""The ``check`` subcommand: the broadcast guard's findings for the OBS and stream at hand (for
a stream deck's state: ``--json``), and ``--fix RULE`` to apply one finding's fix.

The stream is STREAM_ID, else my channel; its reconnect window is read from FastPix (``--window``
overrides it; without either, FastPix's default 60 s is assumed and said so).
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fastpix_desktop.core.session import Session

# Only the standard library at the top: cli/entry.py registers this parser for every launch.

RULES = ("multitrack", "reconnect")


def add_parsers(subparsers: Any) -> None:
    check = subparsers.add_parser(
        "check",
        help="check OBS before going live: versions, multitrack, reconnect against the stream",
    )
    check.add_argument("stream_id", nargs="?", metavar="STREAM_ID", help="default: my channel")
    check.add_argument(
        "--window", type=int, metavar="SECONDS", help="the stream's reconnect window to check"
    )
    check.add_argument(
        "--fix",
        choices=RULES,
        help="apply this finding's fix (OBS profile changes are undone by obs-restore)",
    )
    check.add_argument(
        "--obs",
        metavar="HOST:PORT",
        help="the OBS to check: HOST:PORT, or - to read OBS's obsws://HOST:PORT/PASSWORD connect "
        "string from standard input (default: OBS_WEBSOCKET_URL, else OBS_WEBSOCKET_HOST/PORT, "
        "else 127.0.0.1:4455)",
    )
    check.add_argument("--api-url", dest="sub_api_url", metavar="URL", help="FastPix API base URL")
    check.add_argument("--json", action="store_true", help="print one JSON value")


def _text(data: dict[str, Any]) -> str:
    obs = data["obs"]
    lines = [f"OBS {obs['version']} (obs-websocket {obs['websocketVersion']})"]
    multitrack = {True: "on", False: "off", None: "not set"}[data["multitrack"]]
    lines.append(f"Enhanced Broadcasting (multitrack): {multitrack}")
    fit = data["reconnect"]
    if fit:
        last = fit["lastRetryInWindowAtS"]
        lines.append(
            f"Reconnect: last try inside the {fit['windowS']} s window at "
            f"{last if last is not None else '-'} s, next at "
            f"{fit['nextRetryAfterWindowAtS'] if fit['nextRetryAfterWindowAtS'] else '-'} s "
            f"({fit['verdict']})"
        )
    for finding in data["findings"]:
        lines.append(f"{finding['severity']}: {finding['message']}")
        fix = finding.get("fix")
        if fix:
            lines.append(f"  fix (--fix {finding['rule']}): {fix['description']}")
            lines.append(f"  trade-off: {fix['tradeOff']}")
    if data.get("windowAssumed"):
        lines.append(f"note: {data['windowAssumed']}")
    if data.get("fixed"):
        lines.append(f"fixed: {data['fixed']}")
    lines.append(f"Verdict: {data['verdict']}")
    return "\n".join(lines)


async def _check(args: argparse.Namespace, session: Session) -> int:
    from fastpix_desktop.cli import exit_codes
    from fastpix_desktop.cli import support as cli_support
    from fastpix_desktop.core import guard
    from fastpix_desktop.core.errors import AppError, ConfigError
    from fastpix_desktop.core.fastpix.ingest import ingest_target
    from fastpix_desktop.core.library import my_channel
    from fastpix_desktop.core.models import Protocol
    from fastpix_desktop.core.onair.use_cases import protocol_of

    store = session.secrets
    obs = fastpix = None
    hosts = session.config.hosts
    try:
        obs = await cli_support.open_obs(args.obs, session)
        stream_id = args.stream_id or my_channel.load()
        stream = None
        assumed = ""
        if stream_id:
            try:
                fastpix = await cli_support.open_fastpix(session)
                stream = await fastpix.get_stream(stream_id)
            except AppError as error:
                if args.window is None or args.fix == "reconnect":
                    raise
                assumed = f"the stream could not be read ({error})"
        window = args.window or (stream.reconnect_window if stream else None)
        if window is None:
            assumed = "no stream given: FastPix's default 60 s reconnect window is assumed"
        destination = None
        if stream is not None:
            current = await obs.get_service()
            protocol = protocol_of(current) or Protocol.RTMPS
            destination = ingest_target(stream, protocol, hosts).obs_service()
        report = await guard.check_obs(obs, window_s=window, destination=destination, hosts=hosts)
        fixed = ""
        if args.fix:
            finding = report.finding(guard.Rule(args.fix))
            if finding is None or finding.fix is None:
                raise ConfigError(f"There is nothing to fix for {args.fix}.")
            if finding.fix.kind is guard.FixKind.STREAM_WINDOW and stream is None:
                raise ConfigError(
                    "This fix raises the stream's reconnect window: give the stream "
                    "(STREAM_ID, or remember one with use --remember)."
                )
            result = await guard.apply_fix(
                finding.fix,
                obs=obs,
                secrets=store,
                fastpix=fastpix,
                stream_id=stream.stream_id if stream else None,
            )
            fixed = str(finding.fix.description)
            if result.needs_profile_reload:
                fixed += " OBS uses it after a restart: restart OBS before going live."
            if finding.fix.reconnect_window_s:
                window = finding.fix.reconnect_window_s
            report = await guard.check_obs(
                obs, window_s=window, destination=destination, hosts=hosts
            )
        data: dict[str, Any] = report.to_json()
        if stream is not None:
            data["streamId"] = stream.stream_id
        if assumed:
            data["windowAssumed"] = assumed
        if fixed:
            data["fixed"] = fixed
        if args.json:
            cli_support.print_json(data)
        else:
            print(_text(data))
        return exit_codes.OK
    finally:
        if fastpix is not None:
            await fastpix.aclose()
        if obs is not None:
            await obs.close()


def run(args: argparse.Namespace, session: Session) -> int:
    from fastpix_desktop.cli import support as cli_support

    async def main() -> int:
        return await _check(args, session)

    return cli_support.run_async(main, as_json=args.json, session=session)
