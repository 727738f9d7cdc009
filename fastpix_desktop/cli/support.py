"""What every subcommand shares: one way to run it, print its result and report its failure.

With ``--json`` a command prints exactly one JSON value on stdout, on failure too:
``{"error": {"code": N, "message": "..."}}`` where N is the exit code. Without it, results go to
stdout and errors to stderr in plain words.
"""

from __future__ import annotations

import asyncio
import ipaddress
import json
import sys
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any

from fastpix_desktop.cli import exit_codes
from fastpix_desktop.core import config
from fastpix_desktop.core import secrets as secret_names
from fastpix_desktop.core.errors import (
    AppError,
    CommandLineError,
    ConfigError,
    CredentialsMissingError,
)
from fastpix_desktop.core.redact import install_log_redaction, redact, register_secret

if TYPE_CHECKING:
    from fastpix_desktop.core.fastpix.client import FastPixClient
    from fastpix_desktop.core.fastpix.ingest import IngestHosts
    from fastpix_desktop.core.golive.use_cases import GoLiveResult
    from fastpix_desktop.core.obs import ObsConnectionInfo, ObsController
    from fastpix_desktop.core.session import Session


def print_json(value: Any) -> None:
    """One JSON value on one line of stdout."""
    print(json.dumps(value, indent=None, ensure_ascii=False))


def golive_json(
    result: GoLiveResult,
    *,
    hosts: IngestHosts,
    show: bool,
) -> dict[str, Any]:
    """The --json object of a command that points OBS at a stream (``create``, ``use``, the
    same for both): the stream and its name, how OBS sends, its playback URLs (and DVR ones for
    a DVR stream) and what happened in OBS; the key or the SRT passphrase only with ``show``.
    Scripts rely on the keys' order."""
    from fastpix_desktop.core.fastpix.ingest import playback_url
    from fastpix_desktop.core.models import Protocol

    stream, target = result.stream, result.target
    out: dict[str, Any] = {
        "streamId": stream.stream_id,
        "name": stream.name,
        "status": str(stream.status),
        "protocol": str(target.protocol),
        "server": target.server,
        "playbackUrls": [playback_url(p, hosts=hosts) for p in stream.playback_ids],
        "obs": {
            "configured": result.obs_configured,
            "started": result.obs_started,
            "error": str(result.obs_error) if result.obs_error else None,
        },
    }
    if result.restore_point_skipped:
        out["obs"]["restorePointSkipped"] = result.restore_point_skipped
    if result.advice:  # the broadcast guard's findings (`fastpix-desktop check` for the fixes)
        out["obs"]["warnings"] = [str(a.message) for a in result.advice]
    if stream.enable_dvr:
        out["dvrPlaybackUrls"] = [
            playback_url(p, dvr=True, hosts=hosts) for p in stream.playback_ids
        ]
    if show:
        if target.protocol is Protocol.SRT:
            out["srtStreamId"] = target.key
            out["srtPassphrase"] = target.passphrase
            out["srtUrl"] = target.one_line_url()
        else:
            out["streamKey"] = target.key
    return out


def print_destination(data: dict[str, Any]) -> None:
    """The human form of golive_json's protocol and server, the keys it shows (or that they
    are hidden) and the playback URLs."""
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


def warn_restore_point_skipped(result: GoLiveResult) -> None:
    """On stderr, when OBS was changed under --no-restore-point without a restore point."""
    from fastpix_desktop.core.golive.words import restore_point_warning

    warning = restore_point_warning(result)
    if warning:
        print(f"warning: {warning}", file=sys.stderr)
    # The broadcast guard's findings (its fixes: `fastpix-desktop check --fix RULE`).
    for advice in result.advice:
        hint = f" (fix: fastpix-desktop check --fix {advice.fix_rule})" if advice.fix_rule else ""
        print(f"warning: {advice.message}{hint}", file=sys.stderr)


def golive_failure(result: GoLiveResult) -> str:
    """A go-live whose OBS part failed, in the pipeline's words, with how to go on."""
    from fastpix_desktop.core.golive import headline, obs_words
    from fastpix_desktop.core.golive.words import command_line_hint

    # A create's headline says the stream exists; what OBS did follows it.
    parts = [headline(result).text]
    if result.created:
        parts.append(obs_words(result).text)
    parts.append(command_line_hint(result))
    return " ".join(part for part in parts if part)


def report_failure(code: int, message: str, *, as_json: bool) -> int:
    """Print a failure the documented way and return its exit code."""
    message = redact(message)
    if as_json:
        print_json({"error": {"code": code, "message": message}})
    else:
        print(f"fastpix-desktop: {message}", file=sys.stderr)
    return code


def run_async(
    main: Callable[[], Coroutine[Any, Any, int]], *, as_json: bool, session: Session
) -> int:
    """Run one command's coroutine, then close the session's clients on the same loop;
    AppErrors and Ctrl+C become their exit codes."""
    install_log_redaction(level=30)

    async def run_then_close() -> int:
        try:
            return await main()
        finally:
            await session.aclose()

    try:
        return asyncio.run(run_then_close())
    except AppError as error:
        return report_failure(exit_codes.exit_code_for(error), str(error), as_json=as_json)
    except KeyboardInterrupt:
        return report_failure(exit_codes.CANCELLED, "cancelled.", as_json=as_json)


def parse_host_port(text: str) -> tuple[str, int]:
    """HOST:PORT (or [IPv6]:PORT) from --obs; a CommandLineError that never repeats the value."""
    # The value is never repeated: it may be an obsws:// string with the password in it.
    usage = CommandLineError(
        f"--obs takes HOST:PORT (for example {config.DEFAULT_OBS_HOST}:{config.DEFAULT_OBS_PORT}); "
        "give OBS's obsws:// "
        f"connect string through {config.ENV_OBS_URL} or --obs - (read from standard input)."
    )
    host, sep, port = text.strip().rpartition(":")
    if not sep or not host or not (port.isascii() and port.isdigit()):
        raise usage
    if not 0 < int(port) < 65536:
        raise usage
    if host.startswith("[") and host.endswith("]"):
        try:
            host = str(ipaddress.IPv6Address(host[1:-1]))
        except ValueError:
            raise usage from None
    elif ":" in host or any(not c.isprintable() or c.isspace() for c in host):
        raise usage
    return host, int(port)


def default_obs_address(cfg: config.Config) -> str:
    """OBS_WEBSOCKET_HOST / OBS_WEBSOCKET_PORT, else what the window saved, else the one
    default: every entry point reaches the OBS the window uses (issue 26, item 6)."""
    from fastpix_desktop.core.obs import saved_address

    saved = saved_address.load()
    host = cfg.obs_host or saved.host or config.DEFAULT_OBS_HOST
    if ":" in host and not host.startswith("["):  # an IPv6 literal
        host = f"[{host}]"
    return f"{host}:{cfg.obs_port or saved.port or config.DEFAULT_OBS_PORT}"


async def fastpix_credentials(session: Session) -> tuple[str, str]:
    """(Access Token ID, Secret Key): the environment first, then the keyring."""
    env = session.config.credentials
    store = session.secrets
    if env is not None:
        register_secret(env.secret_key, keep=True)
        return env.access_token_id, env.secret_key
    token_id = await store.get(secret_names.FASTPIX_TOKEN_ID)
    secret = await store.get(secret_names.FASTPIX_SECRET_KEY)
    if (not token_id or not secret) and store.locked:
        raise secret_names.locked_credentials_error()
    if not token_id or not secret:
        raise CredentialsMissingError(
            "No FastPix credentials: set FASTPIX_USERNAME and FASTPIX_PASSWORD (Access Token "
            "ID and Secret Key), or save them once in the app's window."
        )
    register_secret(secret, keep=True)
    return token_id, secret


def read_connect_string_from_stdin() -> str:
    """One line from standard input (``--obs -``): the connect string stays out of argv."""
    line = sys.stdin.readline()
    if not line.strip():
        raise CommandLineError(
            "--obs - reads OBS's connect string from standard input, but it was empty."
        )
    return line.strip()


def obs_target(address: str | None, cfg: config.Config) -> tuple[str, int, str | None]:
    """(host, port, password or None) for --obs ``address``; None means the environment.

    ``-`` reads a connect string from standard input. Problems with --obs are CommandLineErrors
    (exit 2), problems with OBS_WEBSOCKET_URL / _HOST / _PORT ConfigErrors (exit 3).
    """
    from fastpix_desktop.core.obs import parse_connect_string

    from_command_line = address is not None
    if address == "-":
        address = read_connect_string_from_stdin()
    elif address is None:
        address = cfg.obs_url or default_obs_address(cfg)
    elif "://" in address and "/" in address.partition("://")[2]:
        print(
            "warning: a password on the command line can be read by other programs on this "
            f"computer; put the connect string in {config.ENV_OBS_URL} or use --obs - instead.",
            file=sys.stderr,
        )
    if "://" in address:  # OBS's Show Connect Info string, password included
        try:
            info = parse_connect_string(address)
        except ConfigError as error:
            raise (CommandLineError(str(error)) if from_command_line else error) from None
        return info.host, info.port, info.password or None
    try:
        host, port = parse_host_port(address)
    except CommandLineError as error:
        if from_command_line:
            raise
        raise ConfigError(
            f"{config.ENV_OBS_HOST} / {config.ENV_OBS_PORT} do not make a HOST:PORT."
        ) from error
    return host, port, None


async def obs_connection(address: str | None, session: Session) -> ObsConnectionInfo:
    """Where and how to reach OBS for --obs ``address`` (HOST:PORT, obsws://, ``-`` or None for
    the environment); the password from the connect string, else the environment, else the
    keyring, else none."""
    from fastpix_desktop.core.obs import ObsConnectionInfo

    host, port, password = obs_target(address, session.config)
    if password is None:
        password = session.config.obs_password
    if password is None:
        password = await session.secrets.get(secret_names.OBS_PASSWORD) or ""
    return ObsConnectionInfo(host=host, port=port, password=password)


async def open_obs(address: str | None, session: Session) -> ObsController:
    """The session's ObsController for --obs ``address`` (see obs_connection), connected."""
    info = await obs_connection(address, session)
    register_secret(info.password, keep=True)
    obs = session.build_obs(info)
    try:
        await obs.connect()
    except BaseException:
        await obs.close()
        raise
    return obs


async def open_fastpix(session: Session) -> FastPixClient:
    """The session's FastPixClient with the configured base URL and credentials (use it with
    ``async with``)."""
    token_id, secret = await fastpix_credentials(session)
    return session.build_fastpix(token_id, secret)
