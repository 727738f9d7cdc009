"""One configuration for both entry points: environment first, then saved settings and the keyring.

Every environment variable the app reads is named here (the README lists them once).
"""

from __future__ import annotations

import ipaddress
import os
import re
import sys
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from fastpix_desktop.core.errors import ConfigError
from fastpix_desktop.core.fastpix.ingest import (
    DEFAULT_PLAYBACK_BASE,
    DEFAULT_RTMPS_SERVER,
    DEFAULT_SRT_SERVER,
    IngestHosts,
)

# Re-exported: the state folder lives in its own light module (a second launch reads it early).
from fastpix_desktop.core.state_dir import APP_DIR_NAME as APP_DIR_NAME
from fastpix_desktop.core.state_dir import ENV_STATE_DIR as ENV_STATE_DIR
from fastpix_desktop.core.state_dir import ENV_XDG_RUNTIME_DIR as ENV_XDG_RUNTIME_DIR
from fastpix_desktop.core.state_dir import state_dir as state_dir

DEFAULT_API_URL = "https://api.fastpix.com/v1"
# Thumbnails of signed playback come from FastPix's image host (docs/signed-playback.md).
DEFAULT_IMAGES_BASE = "https://images.fastpix.com"
# One OBS default for the window and the CLI: obs-websocket's own default port, on loopback.
DEFAULT_OBS_HOST = "127.0.0.1"
DEFAULT_OBS_PORT = 4455

ENV_API_URL = "FASTPIX_API_URL"
ENV_USERNAME = "FASTPIX_USERNAME"  # the official SDK's name for the Access Token ID
ENV_PASSWORD = "FASTPIX_PASSWORD"  # the official SDK's name for the Secret Key
ENV_RTMPS_SERVER = "FASTPIX_RTMPS_SERVER"
ENV_SRT_SERVER = "FASTPIX_SRT_SERVER"
ENV_PLAYBACK_BASE = "FASTPIX_PLAYBACK_BASE"
ENV_IMAGES_BASE = "FASTPIX_IMAGES_BASE"
ENV_OBS_HOST = "OBS_WEBSOCKET_HOST"
ENV_OBS_PORT = "OBS_WEBSOCKET_PORT"
ENV_OBS_PASSWORD = "OBS_WEBSOCKET_PASSWORD"
ENV_OBS_URL = "OBS_WEBSOCKET_URL"  # OBS's obsws://host:port/password connect string
ENV_UPDATE_FEED = "FASTPIX_DESKTOP_UPDATE_FEED"
# Where per-user files go (the platform's own variables, read here like every other one).
ENV_XDG_CONFIG_HOME = "XDG_CONFIG_HOME"
ENV_XDG_DATA_HOME = "XDG_DATA_HOME"
ENV_APPDATA = "APPDATA"

# name -> what it sets, for --help and the README.
ENVIRONMENT: dict[str, str] = {
    ENV_API_URL: f"FastPix API base URL (default {DEFAULT_API_URL})",
    ENV_USERNAME: "FastPix Access Token ID (used before the keyring; not stored)",
    ENV_PASSWORD: "FastPix Secret Key (used before the keyring; not stored)",
    ENV_RTMPS_SERVER: f"RTMPS ingest server (default {DEFAULT_RTMPS_SERVER})",
    ENV_SRT_SERVER: f"SRT ingest server (default {DEFAULT_SRT_SERVER})",
    ENV_PLAYBACK_BASE: f"playback host (default {DEFAULT_PLAYBACK_BASE})",
    ENV_IMAGES_BASE: f"thumbnail host for signed links (default {DEFAULT_IMAGES_BASE})",
    ENV_OBS_HOST: f"OBS WebSocket host (default {DEFAULT_OBS_HOST})",
    ENV_OBS_PORT: f"OBS WebSocket port (default {DEFAULT_OBS_PORT})",
    ENV_OBS_PASSWORD: "OBS WebSocket password (used before the keyring; not stored)",
    ENV_OBS_URL: "OBS's obsws://HOST:PORT/PASSWORD connect string (keeps it off the command line)",
    ENV_STATE_DIR: "where the running instance's lock file and socket live (tests, portable)",
    ENV_UPDATE_FEED: "the release feed the update check reads (tests; GitHub releases API JSON)",
}


@dataclass(frozen=True)
class EnvCredentials:
    """FastPix credentials from the environment: the window says so and does not store them."""

    access_token_id: str
    secret_key: str = field(repr=False)


@dataclass(frozen=True)
class Config:
    """What the environment says; ``None`` where it is silent (saved settings or defaults apply)."""

    api_url: str = DEFAULT_API_URL
    api_url_from_env: bool = False
    credentials: EnvCredentials | None = None
    hosts: IngestHosts = field(default_factory=IngestHosts)
    obs_host: str | None = None
    obs_port: int | None = None
    obs_password: str | None = field(default=None, repr=False)
    obs_url: str | None = field(default=None, repr=False)
    images_base: str = DEFAULT_IMAGES_BASE


def parse_port(text: str, *, what: str) -> int:
    """A TCP port from text, or a ConfigError that names ``what`` (never echoes a secret)."""
    stripped = text.strip()
    if not (stripped.isascii() and stripped.isdigit()) or not 0 < int(stripped) < 65536:
        raise ConfigError(f"{what} must be a port number from 1 to 65535.")
    return int(stripped)


_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?", re.IGNORECASE)
_BAD_API_URL = "The FastPix API URL is not valid"


def api_url_problem(url: str) -> str | None:
    """Why ``url`` cannot be the FastPix API root, in plain words; None when it can.

    Checked where the setting enters, so that no malformed URL (unclosed IPv6 bracket, IPv4
    octet over 255, empty punycode label, invisible character, port over 65535) reaches the
    HTTP client, where each fails differently (issue 15). The URL is never repeated: a
    mistyped one may hold a pasted secret.
    """
    text = url.strip()
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        return f"{_BAD_API_URL}: its host or port cannot be read."
    if parts.scheme.lower() not in ("http", "https"):
        return f"{_BAD_API_URL}: it must start with https:// (or http:// for the sandbox)."
    host = parts.hostname or ""
    if not host:
        return f"{_BAD_API_URL}: it has no host name."
    if port == 0:
        return f"{_BAD_API_URL}: its port must be from 1 to 65535."
    if any(unicodedata.category(c)[0] in "CZ" for c in text):
        return f"{_BAD_API_URL}: it contains a space or an invisible character."
    if parts.netloc.startswith("[") or ":" in host:
        try:
            ipaddress.IPv6Address(host)
        except ValueError:
            return f"{_BAD_API_URL}: its IPv6 address is not valid."
        return None
    if not _host_name_ok(host):
        return f"{_BAD_API_URL}: its host name is not valid."
    return None


def _host_name_ok(host: str) -> bool:
    labels = host.rstrip(".").split(".")
    if all(label.isascii() and label.isdigit() for label in labels):
        try:
            ipaddress.IPv4Address(host.rstrip("."))
        except ValueError:
            return False
        return True
    ascii_host = host
    if not host.isascii():
        import idna  # what httpx itself encodes host names with (IDNA 2008); only when needed

        try:
            ascii_host = idna.encode(host.lower()).decode("ascii")
        except (UnicodeError, ValueError):
            return False
    for label in ascii_host.rstrip(".").split("."):
        if not _LABEL.fullmatch(label):
            return False
        if label.lower().startswith("xn--"):
            try:
                if not label[4:].encode("ascii").decode("punycode"):
                    return False
            except UnicodeError:
                return False
    return True


def check_api_url(url: str) -> str:
    """``url`` stripped, or a ConfigError saying what is wrong with it."""
    problem = api_url_problem(url)
    if problem is not None:
        raise ConfigError(problem + " Check FASTPIX_API_URL, --api-url or the app's Settings.")
    return url.strip()


def load(environ: Mapping[str, str] | None = None, *, api_url: str | None = None) -> Config:
    """The configuration from ``environ`` (default: the process environment).

    ``api_url`` (a command-line option) wins over FASTPIX_API_URL.
    """
    env = os.environ if environ is None else environ
    from_env = env.get(ENV_API_URL) or None
    chosen = api_url or from_env or DEFAULT_API_URL
    username, password = env.get(ENV_USERNAME) or "", env.get(ENV_PASSWORD) or ""
    credentials = EnvCredentials(username, password) if username and password else None
    port_text = env.get(ENV_OBS_PORT)
    return Config(
        api_url=check_api_url(chosen),
        api_url_from_env=api_url is None and from_env is not None,
        credentials=credentials,
        hosts=IngestHosts(
            rtmps_server=env.get(ENV_RTMPS_SERVER) or DEFAULT_RTMPS_SERVER,
            srt_server=env.get(ENV_SRT_SERVER) or DEFAULT_SRT_SERVER,
            playback_base=env.get(ENV_PLAYBACK_BASE) or DEFAULT_PLAYBACK_BASE,
        ),
        obs_host=env.get(ENV_OBS_HOST) or None,
        obs_port=parse_port(port_text, what=ENV_OBS_PORT) if port_text else None,
        obs_password=env.get(ENV_OBS_PASSWORD),
        obs_url=env.get(ENV_OBS_URL) or None,
        images_base=env.get(ENV_IMAGES_BASE) or DEFAULT_IMAGES_BASE,
    )


def data_dir(environ: Mapping[str, str] | None = None) -> Path:
    """Where the app keeps small non-secret files: the platform's per-user data directory
    ($XDG_DATA_HOME or ~/.local/share, %APPDATA% on Windows, Application Support on macOS)."""
    env = os.environ if environ is None else environ
    home = Path(env.get("HOME") or Path.home())
    if sys.platform == "win32":
        base = Path(env.get(ENV_APPDATA) or home / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        base = Path(env.get(ENV_XDG_DATA_HOME) or home / ".local" / "share")
    return base / APP_DIR_NAME


def user_config_dir(environ: Mapping[str, str] | None = None) -> Path:
    """The app's per-user config folder, next to the window's QSettings file on Linux:
    $XDG_CONFIG_HOME (or ~/.config), %APPDATA% on Windows, Application Support on macOS."""
    env = os.environ if environ is None else environ
    if sys.platform == "win32" and env.get(ENV_APPDATA):
        base = Path(env[ENV_APPDATA])
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(env.get(ENV_XDG_CONFIG_HOME) or Path.home() / ".config")
    return base / APP_DIR_NAME


def named_variable(name: str, environ: Mapping[str, str] | None = None) -> str | None:
    """The value of a variable the user named on the command line (``simulcast add --key-env
    VAR``), or None when it is unset or empty; the only other environment read."""
    env = os.environ if environ is None else environ
    return env.get(name) or None


def obs_studio_config_dir(environ: Mapping[str, str] | None = None) -> Path:
    """OBS Studio's own configuration folder on this computer (where global.ini lives)."""
    env = os.environ if environ is None else environ
    if sys.platform == "win32":
        return Path(env.get(ENV_APPDATA) or Path.home() / "AppData" / "Roaming") / "obs-studio"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "obs-studio"
    base = env.get(ENV_XDG_CONFIG_HOME) or str(Path.home() / ".config")
    return Path(base) / "obs-studio"
