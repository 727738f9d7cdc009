"""Signed playback for private streams: the app's signing key (keyring store, FastPix's
signing-key API), RS256 playback tokens, and signed links (use_cases).

The names below load on first use (core/surface.py), so importing one module of this
package does not import the others."""

from typing import TYPE_CHECKING

from fastpix_desktop.core.surface import lazy_surface

if TYPE_CHECKING:
    from fastpix_desktop.core.signing.api import SigningKeysApi
    from fastpix_desktop.core.signing.tokens import (
        DAY,
        EXPIRY_CHOICES,
        HOUR,
        describe_expiry,
        parse_expiry,
        self_test,
    )
    from fastpix_desktop.core.signing.use_cases import (
        WHAT_IS_A_SIGNING_KEY,
        KeyCheck,
        SignedLink,
        SignedPlayback,
    )

__all__ = [
    "DAY",
    "EXPIRY_CHOICES",
    "HOUR",
    "WHAT_IS_A_SIGNING_KEY",
    "KeyCheck",
    "SignedLink",
    "SignedPlayback",
    "SigningKeysApi",
    "describe_expiry",
    "parse_expiry",
    "self_test",
]

__getattr__ = lazy_surface(
    __name__,
    {
        "api": ("SigningKeysApi",),
        "tokens": (
            "DAY",
            "EXPIRY_CHOICES",
            "HOUR",
            "describe_expiry",
            "parse_expiry",
            "self_test",
        ),
        "use_cases": (
            "KeyCheck",
            "SignedLink",
            "SignedPlayback",
            "WHAT_IS_A_SIGNING_KEY",
        ),
    },
)
