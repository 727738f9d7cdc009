"""The ``create`` subcommand: the window's main use case for scripts (obs-restore and use live in
commands_use.py).

Credentials come from the environment (the official SDK's FASTPIX_USERNAME / FASTPIX_PASSWORD,
and OBS_WEBSOCKET_PASSWORD) or the keyring; errors go to stderr in plain words with one exit code
per failure class (see cli.py).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import threading
from typing import TYPE_CHECKING, Any

from fastpix_desktop.cli import exit_codes
from fastpix_desktop.cli import support as cli_support
from fastpix_desktop.cli.exit_codes import exit_code_for
from fastpix_desktop.core.errors import AppError, ObsError
from fastpix_desktop.core.models import AccessPolicy, MaxResolution, Protocol, StreamSettings
from fastpix_desktop.core.redact import install_log_redaction

if TYPE_CHECKING:
    from fastpix_desktop.core.obs import ObsController
    from fastpix_desktop.core.session import Session


def _settings_from(args: argparse.Namespace) -> StreamSettings:
    return StreamSettings(
        name=args.name,
        extra_metadata=dict(getattr(args, "metadata", None) or []),
        media_policy=AccessPolicy(getattr(args, "recording_access", None) or "public"),
        closed_captions=bool(getattr(args, "captions", False)),
        max_resolution=MaxResolution(args.resolution),
        reconnect_window=args.reconnect_window,
        access_policy=AccessPolicy(args.access_policy),
        enable_dvr=args.dvr,
        enable_recording=not args.no_recording,
    )


def _print_human(data: dict[str, Any], result: Any) -> None:
    from fastpix_desktop.core.golive import obs_words

    print(f"Stream {data['streamId']} created ({data['status']}).")
    cli_support.print_destination(data)
    if result.obs_configured and result.obs_error is None:
        print(obs_words(result).text)


async def _create(args: argparse.Namespace, session: Session) -> int:
    protocol = Protocol(args.protocol)
    settings = _settings_from(args)
    settings.validate(protocol)
    hosts = session.config.hosts
    no_point = getattr(args, "no_restore_point", False)
    store = session.secrets
    obs: ObsController | None = None
    connecting: asyncio.Future[ObsController] | None = None
    probe: asyncio.Future[bool] | None = None
    sending: threading.Event | None = None
    try:
        token_id, secret = await cli_support.fastpix_credentials(session)
        if not args.no_obs:
            # Connect before creating: if OBS is unreachable nothing is created at all. Started
            # first and run to its first wait, so OBS's handshake (on the connection's thread)
            # overlaps the imports of the HTTP stack below.
            connecting = asyncio.ensure_future(cli_support.open_obs(args.obs, session))
            await asyncio.sleep(0)
        from fastpix_desktop.core.golive import (
            Flags,
            GoLive,
            GoLiveOptions,
            GoLiveRequest,
            ObsPushLock,
        )

        client = session.build_fastpix(token_id, secret)
        client.warm_up()  # the TLS context and httpx client build on a thread meanwhile
        async with client as fastpix:
            if connecting is not None:
                obs = await connecting
                # The keyring's import and calls below wait for the create request to go out,
                # so they do not take the CPU from the client's build (bench/README.md).
                sending = client.next_request_sending()
                store.hold_until(sending)
                # No usable keyring: OBS is changed only with --no-restore-point. The probe runs
                # while the create request is in flight; the store's one worker runs it before
                # the restore point's read, so session_only is known before anything could be
                # written or pushed.
                probe = asyncio.ensure_future(store.probe())
            pipeline = GoLive(
                fastpix=fastpix,
                obs=obs,
                secrets=store,
                hosts=hosts,
                options=GoLiveOptions(),
                push_lock=ObsPushLock(),
            )
            # Settled: the repeat read-back runs while OBS is still connected.
            result = await pipeline.run_settled(
                GoLiveRequest.create(settings, protocol, start=args.start),
                questions=Flags(no_restore_point_ok=no_point),
            )
    finally:
        if sending is not None:
            sending.set()  # nothing was sent (OBS live, cancelled): the keyring is not held
        if connecting is not None and obs is None:
            obs = await _connected_or_none(connecting)
        if probe is not None:
            await asyncio.gather(probe, return_exceptions=True)
        if obs is not None:
            await obs.close()
    await _note_created(result)
    data = cli_support.golive_json(result, hosts=hosts, show=args.show_secrets)
    if args.json:
        cli_support.print_json(data)
    else:
        _print_human(data, result)
    if result.obs_error is not None:
        print(cli_support.golive_failure(result), file=sys.stderr)
        return exit_code_for(result.obs_error)
    cli_support.warn_restore_point_skipped(result)
    return exit_codes.OK


async def _connected_or_none(connecting: asyncio.Future[ObsController]) -> ObsController | None:
    """The controller of a connect that was not awaited (the command failed before), so that
    it is closed; a connect still running is cancelled (open_obs then closes it)."""
    connecting.cancel()
    await asyncio.gather(connecting, return_exceptions=True)
    if connecting.cancelled() or connecting.exception() is not None:
        return None
    return connecting.result()


async def _note_created(result: Any) -> None:
    """Remember a stream OBS was not pointed at, so the library marks it "created here, never
    used" (IDs and timestamps only; a failure here never fails the command)."""
    from fastpix_desktop.core.library.created_streams import CreatedStreamsLog

    if result.obs_configured:
        return
    # A file that cannot be written is logged as a warning (stderr) and never fails the command.
    await CreatedStreamsLog.default().arecord_created(result.stream.stream_id)


async def _create_then_close(args: argparse.Namespace, session: Session) -> int:
    try:
        return await _create(args, session)
    finally:
        await session.aclose()  # on the command's loop, as cli_support.run_async does


def run_command(args: argparse.Namespace, session: Session) -> int:
    install_log_redaction(level=30)
    as_json = bool(getattr(args, "json", False))
    try:
        return asyncio.run(_create_then_close(args, session))
    except AppError as error:
        message = str(error)
        if isinstance(error, ObsError) and "nothing was created" not in message.lower():
            message += " Nothing was created on FastPix."
        return cli_support.report_failure(exit_code_for(error), message, as_json=as_json)
    except KeyboardInterrupt:
        return cli_support.report_failure(exit_codes.CANCELLED, "cancelled.", as_json=as_json)
