"""One session per process: the configuration parsed once (core.config, OBS_WEBSOCKET_URL
applied) and the clients built once (secret store, FastPix client, OBS controller), for the
window, the command line and the headless host, which each create it in one place.

Qt-free. Creating a session imports no client: each client's module is imported when it is
first built, so neither the window's first frame nor ``--version`` pays for httpx or obsws.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from fastpix_desktop.core import config as app_config
from fastpix_desktop.core.config import Config

if TYPE_CHECKING:
    from fastpix_desktop.core.fastpix.client import FastPixClient
    from fastpix_desktop.core.obs import ObsConnectionInfo, ObsController
    from fastpix_desktop.core.secrets import SecretStore

log = logging.getLogger(__name__)


class Session:
    """The configuration and the one client per remote system of this process."""

    def __init__(self, config: Config | None = None, *, secrets: SecretStore | None = None) -> None:
        self.config = config or Config()
        self._secrets: SecretStore | None = secrets  # a given store: tests, or a keyring fault
        self.fastpix: FastPixClient | None = None
        self.obs: ObsController | None = None

    @classmethod
    def load(
        cls,
        *,
        api_url: str | None = None,
        environ: Mapping[str, str] | None = None,
        apply_obs_url: bool = False,
        secrets: SecretStore | None = None,
    ) -> Session:
        """The environment's configuration (``api_url`` from --api-url wins), read once.

        ``apply_obs_url``: the window takes OBS's host, port and password from a readable
        OBS_WEBSOCKET_URL now and ignores an unreadable one (with a log line); the command line
        reads it when it connects, and an unreadable one is its error (exit 3). ``secrets``: a
        store to use instead of the system keyring's."""
        loaded = app_config.load(environ, api_url=api_url)
        return cls(with_obs_url(loaded) if apply_obs_url else loaded, secrets=secrets)

    @property
    def secrets(self) -> SecretStore:
        """The system keyring (with its session-only fallback), built on first use."""
        if self._secrets is None:
            from fastpix_desktop.core.secrets import SecretStore

            self._secrets = SecretStore()
        return self._secrets

    def build_fastpix(
        self, access_token_id: str = "", secret_key: str = "", **options: Any
    ) -> FastPixClient:
        """The session's FastPix client, at the configured API URL unless ``options`` name
        another ``base_url`` (the demo sandbox); ``options`` go to FastPixClient."""
        if self.fastpix is not None:
            raise RuntimeError("this session's FastPix client is built already")
        from fastpix_desktop.core.fastpix.client import FastPixClient

        options.setdefault("base_url", self.config.api_url)
        self.fastpix = FastPixClient(
            access_token_id=access_token_id, secret_key=secret_key, **options
        )
        return self.fastpix

    def build_obs(
        self,
        info: ObsConnectionInfo,
        *,
        factory: Callable[..., ObsController] | None = None,
        **options: Any,
    ) -> ObsController:
        """The session's OBS controller for ``info`` (not connected yet); ``factory`` (default
        ObsController) is called with ``info`` and ``options``."""
        if self.obs is not None:
            raise RuntimeError("this session's OBS controller is built already")
        if factory is None:
            from fastpix_desktop.core.obs import ObsController

            factory = ObsController
        self.obs = factory(info, **options)
        return self.obs

    async def aclose(self) -> None:
        """Close what was built: the HTTP client, the OBS connection, the keyring's thread."""
        if self.fastpix is not None:
            with contextlib.suppress(Exception):
                await self.fastpix.aclose()
        if self.obs is not None:
            with contextlib.suppress(Exception):
                await self.obs.close()
        if self._secrets is not None:
            self._secrets.close()


def with_obs_url(config: Config) -> Config:
    """OBS_WEBSOCKET_URL, when set and readable, gives OBS's host, port and password."""
    if not config.obs_url:
        return config
    from fastpix_desktop.core.errors import ConfigError
    from fastpix_desktop.core.obs import parse_connect_string

    try:
        info = parse_connect_string(config.obs_url)
    except ConfigError as exc:  # the message never repeats the string (it may hold a password)
        log.warning("Ignoring %s: %s", app_config.ENV_OBS_URL, exc)
        return config
    return replace(
        config,
        obs_host=info.host,
        obs_port=info.port,
        obs_password=info.password or config.obs_password,
    )
