"""HTTP Basic auth of the sandbox: Access Token ID as user name, Secret Key as password."""

from __future__ import annotations

import base64
import binascii
import hmac

# Documented in the README so anyone can try demo mode; they unlock nothing real.
DEMO_ACCESS_TOKEN_ID = "demo-access-token-id"
DEMO_SECRET_KEY = "demo-secret-key"


def parse_basic(header: str | None) -> tuple[str, str] | None:
    """(user, password) from an ``Authorization: Basic ...`` header, or None if absent/garbled."""
    if not header:
        return None
    scheme, _, encoded = header.strip().partition(" ")
    if scheme.lower() != "basic" or not encoded.strip():
        return None
    try:
        decoded = base64.b64decode(encoded.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
    user, sep, password = decoded.partition(":")
    if not sep:
        return None
    return user, password


def is_authorized(header: str | None, credentials: tuple[str, str] | None) -> bool:
    """True when the header carries ``credentials``; with None any non-empty pair is accepted."""
    pair = parse_basic(header)
    if pair is None:
        return False
    if credentials is None:
        return bool(pair[0] and pair[1])
    # Constant-time, like a real server, so the sandbox never models a timing leak.
    user_ok = hmac.compare_digest(pair[0].encode(), credentials[0].encode())
    password_ok = hmac.compare_digest(pair[1].encode(), credentials[1].encode())
    return user_ok and password_ok
