"""The ``create`` and ``obs-restore`` subcommands: the window's use cases for scripts.

Credentials come from the environment (the official SDK's FASTPIX_USERNAME / FASTPIX_PASSWORD,
and OBS_WEBSOCKET_PASSWORD) or the keyring; errors go to stderr in plain words with one exit code
per failure class (see cli.py).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from typing import Any
from urllib.parse import urlsplit

from fastpix_desktop import cli_support, exit_codes
from fastpix_desktop.core import config
from fastpix_desktop.core.errors import (
    AppError,
    ObsError,
)
from fastpix_desktop.core.ingest import (
    IngestHosts,
    playback_url,
)
from fastpix_desktop.core.models import AccessPolicy, MaxResolution, Protocol, StreamSettings
from fastpix_desktop.core.redact import install_log_redaction
from fastpix_desktop.core.secrets import SecretStore
from fastpix_desktop.exit_codes import exit_code_for


def _settings_from(args: argparse.Namespace) -> StreamSettings:
    return StreamSettings(
        name=args.name,
        max_resolution=MaxResolution(args.resolution),
        reconnect_window=args.reconnect_window,
        access_policy=AccessPolicy(args.access_policy),
        enable_dvr=args.dvr,
        enable_recording=not args.no_recording,
    )


def _result_json(result: Any, *, protocol: Protocol, hosts: IngestHosts, show: bool) -> dict:
    stream = result.stream
    target = result.target
    out: dict[str, Any] = {
        "streamId": stream.stream_id,
        "status": stream.status,
        "protocol": str(protocol),
        "server": target.server,
        "playbackUrls": [playback_url(p, hosts=hosts) for p in stream.playback_ids],
        "obs": {
            "configured": result.obs_configured,
            "started": result.obs_started,
            "error": str(result.obs_error) if result.obs_error else None,
        },
    }
    if stream.enable_dvr:
        out["dvrPlaybackUrls"] = [
            playback_url(p, dvr=True, hosts=hosts) for p in stream.playback_ids
        ]
    if show:
        if protocol is Protocol.SRT:
            out["srtStreamId"] = target.key
            out["srtPassphrase"] = target.passphrase
            out["srtUrl"] = target.one_line_url()
        else:
            out["streamKey"] = target.key
    return out


def _print_human(data: dict) -> None:
    print(f"Stream {data['streamId']} created ({data['status']}).")
    print(f"  Protocol: {data['protocol'].upper()}   Server: {data['server']}")
    for key, label in (
        ("streamKey", "Stream key"),
        ("srtStreamId", "SRT stream ID"),
        ("srtPassphrase", "SRT passphrase"),
        ("srtUrl", "SRT URL"),
    ):
        if key in data:
            print(f"  {label}: {data[key]}")
    if "streamKey" not in data and "srtPassphrase" not in data:
        print("  (keys hidden; add --show-secrets to print them)")
    for url in data["playbackUrls"]:
        print(f"  Playback: {url}")
    for url in data.get("dvrPlaybackUrls", []):
        print(f"  DVR playback: {url}")
    obs = data["obs"]
    if obs["started"]:
        print("OBS is configured and streaming to FastPix.")
    elif obs["configured"]:
        print("OBS is configured. Start streaming in OBS when you are ready.")


async def _create(args: argparse.Namespace) -> int:
    from fastpix_desktop.core import golive
    from fastpix_desktop.core.fastpix import FastPixClient

    protocol = Protocol(args.protocol)
    settings = _settings_from(args)
    settings.validate(protocol)
    cfg = config.load(api_url=args.sub_api_url or args.api_url)
    hosts = cfg.hosts
    store = SecretStore()
    obs = None
    try:
        token_id, secret = await cli_support.fastpix_credentials(store)
        async with FastPixClient(
            access_token_id=token_id, secret_key=secret, base_url=cfg.api_url
        ) as fastpix:
            if not args.no_obs:
                # Connect before creating: if OBS is unreachable nothing is created at all.
                obs = await cli_support.open_obs(
                    args.obs or cli_support.default_obs_address(), store
                )
                if not await store.probe():
                    print(
                        "warning: no system keyring, so OBS's previous destination is kept "
                        "only while this command runs; obs-restore will not find it.",
                        file=sys.stderr,
                    )
            result = await golive.create_and_configure(
                fastpix=fastpix,
                obs=obs,
                secrets=store,
                settings=settings,
                protocol=protocol,
                hosts=hosts,
                start=args.start,
            )
    finally:
        if obs is not None:
            await obs.close()
        store.close()
    data = _result_json(result, protocol=protocol, hosts=hosts, show=args.show_secrets)
    if args.json:
        print(json.dumps(data, indent=None))
    else:
        _print_human(data)
    if result.obs_error is not None:
        what = (
            "OBS is configured for it but could not start streaming"
            if result.obs_configured
            else "OBS was not configured"
        )
        print(f"The stream was created, but {what}: {result.obs_error}", file=sys.stderr)
        return exit_code_for(result.obs_error)
    return exit_codes.OK


async def _restore(args: argparse.Namespace) -> int:
    from fastpix_desktop.core import golive

    store = SecretStore()
    obs = None
    try:
        address = args.obs or cli_support.default_obs_address()
        obs = await cli_support.open_obs(address, store)
        snapshot = await golive.restore_previous(obs=obs, secrets=store)
    finally:
        if obs is not None:
            await obs.close()
        store.close()
    print(f"Restored OBS's previous stream destination ({_describe(snapshot)}).")
    return exit_codes.OK


def _describe(service: Any) -> str:
    """The service type and its host only: paths and queries can hold keys or passphrases."""
    settings = service.settings
    if settings.get("service"):
        return f"{service.service_type}, {settings['service']}"
    parts = urlsplit(str(settings.get("server") or ""))
    where = f"{parts.scheme}://{parts.hostname}" if parts.scheme and parts.hostname else ""
    if where and parts.port:
        where += f":{parts.port}"
    return f"{service.service_type}, {where}" if where else service.service_type


def run_command(args: argparse.Namespace) -> int:
    install_log_redaction(level=30)
    runner = _create if args.command == "create" else _restore
    try:
        return asyncio.run(runner(args))
    except AppError as error:
        print(f"fastpix-desktop: {error}", file=sys.stderr)
        if isinstance(error, ObsError) and args.command == "create":
            print("Nothing was created on FastPix.", file=sys.stderr)
        return exit_code_for(error)
    except KeyboardInterrupt:
        print("fastpix-desktop: cancelled.", file=sys.stderr)
        return 130
