"""Where OBS's WebSocket server listens, read from OBS's "Show Connect Info" string."""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, field

from fastpix_desktop.core.errors import ConfigError
from fastpix_desktop.core.i18n import QT_TRANSLATE_NOOP
from fastpix_desktop.core.redact import register_secret

DEFAULT_PORT = 4455


@dataclass(frozen=True)
class ObsConnectionInfo:
    """Where OBS's WebSocket server listens; the password never appears in repr."""

    host: str = "127.0.0.1"
    port: int = DEFAULT_PORT
    password: str = field(default="", repr=False)

    @property
    def url_host(self) -> str:
        """The host as it goes into a URL: IPv6 literals in brackets."""
        return f"[{self.host}]" if ":" in self.host else self.host

    @property
    def address(self) -> str:
        return f"{self.url_host}:{self.port}"


_CONNECT_STRING = re.compile(
    r"""
    (?:\[(?P<ipv6>[^\]\s]+)\] | (?P<host>[^\s/:\[\]@?#]+))   # [::1] or a name / IPv4
    (?::(?P<port>\d{1,5}))?                                   # :4455 (optional)
    (?:/(?P<password>.*))?                                    # /password (optional, raw)
    """,
    re.VERBOSE | re.DOTALL,
)
_NOT_A_CONNECT_STRING = (
    "This is not an OBS connect string. In OBS, open Tools → WebSocket Server Settings → "
    "Show Connect Info, and copy the line that starts with obsws://."
)


def parse_connect_string(text: str) -> ObsConnectionInfo:
    """Read OBS's "Show Connect Info" string ``obsws://host:port/password``.

    The password is taken raw (OBS does not percent-encode it, src/forms/ConnectInfo.cpp);
    port and password are optional. Errors never repeat the text, since it holds the password.
    """
    text = (text or "").strip()
    scheme, sep, rest = text.partition("://")
    if not sep or scheme.lower() != "obsws":
        raise ConfigError(_NOT_A_CONNECT_STRING)
    match = _CONNECT_STRING.fullmatch(rest)
    if match is None:
        raise ConfigError(_NOT_A_CONNECT_STRING)
    host = match["ipv6"] or match["host"]
    if match["ipv6"] is not None:
        try:
            host = str(ipaddress.IPv6Address(match["ipv6"]))
        except ValueError:
            raise ConfigError(_NOT_A_CONNECT_STRING) from None
    port = int(match["port"]) if match["port"] else DEFAULT_PORT
    if not 1 <= port <= 65535:
        raise ConfigError(
            QT_TRANSLATE_NOOP(
                "errors", "The port in the OBS connect string must be between 1 and 65535."
            )
        )
    password = match["password"] or ""
    register_secret(password, keep=True)
    return ObsConnectionInfo(host=host, port=port, password=password)
