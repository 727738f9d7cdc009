"""Playback tokens: RS256 JSON Web Tokens for private FastPix playback, minted with PyJWT.

The header and claims follow docs/signed-playback.md (``kid`` in both, ``aud: media:<id>``).
PyJWT and cryptography are imported inside the functions, so importing this module costs nothing.
"""

from __future__ import annotations

import base64
import binascii
import re
import time
from dataclasses import dataclass, field
from typing import Any

from fastpix_desktop.core.errors import SigningKeyDamagedError
from fastpix_desktop.core.i18n import QT_TRANSLATE_NOOP
from fastpix_desktop.core.redact import register_secret

ALGORITHM = "RS256"
# FastPix's WordPress plugin sends "fastpix.io"; FastPix checks signature, aud and exp, and the
# spec's example says "fastpix.com" (docs/signed-playback.md, "Claims").
ISSUER = "fastpix.io"
AUDIENCE_PREFIX = "media:"

HOUR = 3600
DAY = 24 * HOUR
# The window's and the CLI's named choices; anything else is a custom duration.
EXPIRY_CHOICES: dict[str, int] = {"1h": HOUR, "24h": DAY, "7d": 7 * DAY}
DEFAULT_EXPIRY = "24h"
MIN_EXPIRY_SECONDS = 60
# FastPix documents no upper bound; a link that outlives a year is a link nobody controls.
MAX_EXPIRY_SECONDS = 365 * DAY
_UNITS = {"s": 1, "m": 60, "h": HOUR, "d": DAY, "w": 7 * DAY}
_DURATION = re.compile(r"^\s*(\d+)\s*([smhdw]?)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class PlaybackToken:
    """A minted token and the moment (Unix seconds) it stops working."""

    playback_id: str
    expires_at: int
    token: str = field(repr=False)


def parse_expiry(text: str) -> int:
    """``"24h"``, ``"7d"``, ``"90m"``, ``"3600"`` (seconds) -> seconds; ValueError otherwise."""
    match = _DURATION.match(text or "")
    if match is None:
        raise ValueError("an expiry looks like 1h, 24h, 7d or 90m")
    seconds = int(match.group(1)) * _UNITS[(match.group(2) or "s").lower()]
    if not MIN_EXPIRY_SECONDS <= seconds <= MAX_EXPIRY_SECONDS:
        raise ValueError("an expiry must be between 1 minute and 365 days")
    return seconds


def describe_expiry(seconds: int) -> str:
    """Plain words for a lifetime: '1 hour', '24 hours', '7 days', '90 minutes'."""
    for unit, size in (("day", DAY), ("hour", HOUR), ("minute", 60)):
        # "24 hours", as the choice reads, but "2 days" rather than "48 hours".
        if seconds >= size and seconds % size == 0 and (size != DAY or seconds > DAY):
            count = seconds // size
            return f"{count} {unit}{'' if count == 1 else 's'}"
    return f"{seconds} seconds"


def private_key_pem(value: str) -> str:
    """The PEM text of a private key given as PEM or as FastPix's base64-of-PEM."""
    text = (value or "").strip()
    if "-----BEGIN" not in text:
        try:
            text = base64.b64decode(text, validate=False).decode("ascii").strip()
        except (binascii.Error, UnicodeDecodeError, ValueError):
            text = ""
    if "-----BEGIN" not in text or "PRIVATE KEY-----" not in text:
        raise SigningKeyDamagedError(
            QT_TRANSLATE_NOOP("errors", "FastPix's signing key is not a PEM private key.")
        )
    register_secret(value)
    register_secret(text)
    return text + "\n"


def load_private_key(pem: str) -> Any:
    """A cryptography RSA private key from PEM text; SigningKeyDamagedError when it is not one."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    try:
        key = serialization.load_pem_private_key(pem.encode("ascii"), password=None)
    except (ValueError, TypeError, UnicodeEncodeError):
        key = None  # the parser's message can quote key material: not kept
    if not isinstance(key, rsa.RSAPrivateKey):
        raise SigningKeyDamagedError()
    return key


def same_key_pair(private_pem: str, public_pem: str) -> bool:
    """True when ``public_pem`` is the public half of ``private_pem``."""
    from cryptography.hazmat.primitives import serialization

    try:
        public = serialization.load_pem_public_key(public_pem.encode("ascii"))
    except (ValueError, TypeError, UnicodeEncodeError):
        return False
    mine = load_private_key(private_pem).public_key()
    raw = serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    return bool(mine.public_bytes(*raw) == public.public_bytes(*raw))


def mint(
    private_pem: str,
    key_id: str,
    playback_id: str,
    *,
    expires_in: int,
    now: float | None = None,
) -> PlaybackToken:
    """An RS256 token for one playback ID, valid for ``expires_in`` seconds from ``now``."""
    import jwt

    issued = int(time.time() if now is None else now)
    expires_at = issued + int(expires_in)
    claims = {
        "kid": key_id,
        "aud": AUDIENCE_PREFIX + playback_id,
        "iss": ISSUER,
        "sub": "",
        "iat": issued,
        "exp": expires_at,
    }
    try:
        token = jwt.encode(
            claims,
            load_private_key(private_pem),
            algorithm=ALGORITHM,
            headers={"kid": key_id, "typ": "JWT"},
        )
    except (ValueError, TypeError):  # a key of the wrong size or kind
        raise SigningKeyDamagedError(
            QT_TRANSLATE_NOOP("errors", "The playback signing key could not sign.")
        ) from None
    register_secret(token)
    return PlaybackToken(playback_id=playback_id, expires_at=expires_at, token=token)


def verify(token: str, public_pem: str, playback_id: str) -> dict[str, Any]:
    """The claims of a token FastPix would accept for ``playback_id``; jwt errors otherwise."""
    import jwt

    return jwt.decode(
        token,
        public_pem,
        algorithms=[ALGORITHM],
        audience=AUDIENCE_PREFIX + playback_id,
        options={"require": ["exp", "aud"]},
    )


def self_test() -> str:
    """Mint and verify a token with a throwaway key: proves PyJWT and cryptography work here
    (the frozen build's --self-test calls it). Returns a one-line summary."""
    import jwt
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    private_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode("ascii")
    public_pem = (
        key.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode("ascii")
    )
    minted = mint(private_pem, "self-test", "self-test-playback", expires_in=HOUR)
    claims = verify(minted.token, public_pem, "self-test-playback")
    if claims.get("kid") != "self-test":
        raise RuntimeError("a token minted here did not verify")
    return f"playback tokens: {ALGORITHM} ok (PyJWT {jwt.__version__})"
