"""What every subcommand shares: one way to run it, print its result and report its failure.

With ``--json`` a command prints exactly one JSON value on stdout, on failure too:
``{"error": {"code": N, "message": "..."}}`` where N is the exit code. Without it, results go to
stdout and errors to stderr in plain words.
"""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any

from fastpix_desktop import exit_codes
from fastpix_desktop.core import config
from fastpix_desktop.core import secrets as secret_names
from fastpix_desktop.core.errors import AppError, ConfigError, CredentialsMissingError
from fastpix_desktop.core.redact import install_log_redaction, redact, register_secret

if TYPE_CHECKING:
    from fastpix_desktop.core.fastpix import FastPixClient
    from fastpix_desktop.core.obs import ObsController
    from fastpix_desktop.core.secrets import SecretStore


def print_json(value: Any) -> None:
    """One JSON value on one line of stdout."""
    print(json.dumps(value, indent=None, ensure_ascii=False))


def report_failure(code: int, message: str, *, as_json: bool) -> int:
    """Print a failure the documented way and return its exit code."""
    message = redact(message)
    if as_json:
        print_json({"error": {"code": code, "message": message}})
    else:
        print(f"fastpix-desktop: {message}", file=sys.stderr)
    return code


def run_async(main: Callable[[], Coroutine[Any, Any, int]], *, as_json: bool) -> int:
    """Run one command's coroutine; AppErrors and Ctrl+C become their exit codes."""
    install_log_redaction(level=30)
    try:
        return asyncio.run(main())
    except AppError as error:
        return report_failure(exit_codes.exit_code_for(error), str(error), as_json=as_json)
    except KeyboardInterrupt:
        return report_failure(exit_codes.CANCELLED, "cancelled.", as_json=as_json)


def parse_host_port(text: str) -> tuple[str, int]:
    """HOST:PORT from --obs; a ConfigError that never repeats the value."""
    host, sep, port = text.rpartition(":")
    if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
        # The value is not repeated: it may be an obsws:// string with the password in it.
        raise ConfigError(
            f"--obs takes HOST:PORT (for example {default_obs_address()}) or OBS's obsws:// "
            "connect string."
        )
    return host.strip("[]"), int(port)


def default_obs_address() -> str:
    """OBS_WEBSOCKET_HOST / OBS_WEBSOCKET_PORT, else the one default."""
    cfg = config.load()
    return f"{cfg.obs_host or config.DEFAULT_OBS_HOST}:{cfg.obs_port or config.DEFAULT_OBS_PORT}"


async def fastpix_credentials(store: SecretStore) -> tuple[str, str]:
    """(Access Token ID, Secret Key): the environment first, then the keyring."""
    env = config.load().credentials
    if env is not None:
        register_secret(env.secret_key)
        return env.access_token_id, env.secret_key
    token_id = await store.get(secret_names.FASTPIX_TOKEN_ID)
    secret = await store.get(secret_names.FASTPIX_SECRET_KEY)
    if not token_id or not secret:
        raise CredentialsMissingError(
            "No FastPix credentials: set FASTPIX_USERNAME and FASTPIX_PASSWORD (Access Token "
            "ID and Secret Key), or save them once in the app's window."
        )
    register_secret(secret)
    return token_id, secret


async def open_obs(address: str, store: SecretStore) -> ObsController:
    """A connected ObsController for HOST:PORT or an obsws:// string; password from env/keyring."""
    from fastpix_desktop.core.obs import ObsConnectionInfo, ObsController, parse_connect_string

    password: str | None = None
    if address.startswith("obsws://"):  # OBS's Show Connect Info string, password included
        info = parse_connect_string(address)
        host, port, password = info.host, info.port, info.password or None
    else:
        host, port = parse_host_port(address)
    if password is None:
        password = config.load().obs_password
    if password is None:
        password = await store.get(secret_names.OBS_PASSWORD) or ""
    register_secret(password)
    obs = ObsController(ObsConnectionInfo(host=host, port=port, password=password))
    try:
        await obs.connect()
    except BaseException:
        await obs.close()
        raise
    return obs


async def open_fastpix(store: SecretStore, *, api_url: str | None = None) -> FastPixClient:
    """A FastPixClient with the configured base URL and credentials (use it with ``async with``)."""
    from fastpix_desktop.core.fastpix import FastPixClient

    token_id, secret = await fastpix_credentials(store)
    return FastPixClient(
        access_token_id=token_id, secret_key=secret, base_url=config.load(api_url=api_url).api_url
    )
