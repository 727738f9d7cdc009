"""Playback tokens: what FastPix reads in them, expiry choices, keys in both of FastPix's forms."""

from __future__ import annotations

import base64

import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from fastpix_desktop.core.errors import SigningKeyDamagedError
from fastpix_desktop.core.redact import redact
from fastpix_desktop.core.signing.tokens import (
    describe_expiry,
    mint,
    parse_expiry,
    private_key_pem,
    self_test,
    verify,
)

PLAYBACK_ID = "6cee6f85-9334-4a51-9ce3-e0241d94ceef"


@pytest.fixture(scope="module")
def key_pair() -> tuple[str, str]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    private = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()
    public = (
        key.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )
    return private, public


def test_token_carries_kid_in_header_and_claims_and_the_media_audience(key_pair):
    private, public = key_pair
    minted = mint(private, "key-1", PLAYBACK_ID, expires_in=3600, now=1_700_000_000)
    header = jwt.get_unverified_header(minted.token)
    assert header == {"alg": "RS256", "typ": "JWT", "kid": "key-1"}
    claims = jwt.decode(
        minted.token,
        public,
        algorithms=["RS256"],
        options={"verify_aud": False, "verify_exp": False},
    )
    assert claims == {
        "kid": "key-1",
        "aud": f"media:{PLAYBACK_ID}",
        "iss": "fastpix.io",
        "sub": "",
        "iat": 1_700_000_000,
        "exp": 1_700_003_600,
    }
    assert minted.expires_at == 1_700_003_600
    assert minted.token not in repr(minted)


def test_verify_accepts_its_own_tokens_and_refuses_other_playback_ids(key_pair):
    private, public = key_pair
    token = mint(private, "key-1", PLAYBACK_ID, expires_in=60).token
    assert verify(token, public, PLAYBACK_ID)["kid"] == "key-1"
    with pytest.raises(jwt.InvalidAudienceError):
        verify(token, public, "another-playback-id")


def test_minted_tokens_are_redacted_from_logs(key_pair):
    token = mint(key_pair[0], "key-1", PLAYBACK_ID, expires_in=60).token
    assert token not in redact(f"GET /x.m3u8?token={token} and again {token}")


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("1h", 3600), ("24h", 86400), ("7d", 604800), ("90m", 5400), ("3600", 3600), (" 2D ", 172800)],
)
def test_expiry_choices_and_custom_durations(text, seconds):
    assert parse_expiry(text) == seconds


@pytest.mark.parametrize("text", ["", "soon", "30s", "400d", "-1h", "1.5h"])
def test_expiry_out_of_range_or_unreadable_is_refused(text):
    with pytest.raises(ValueError, match="expiry"):
        parse_expiry(text)


def test_expiry_in_plain_words():
    assert describe_expiry(3600) == "1 hour"
    assert describe_expiry(86400) == "24 hours"
    assert describe_expiry(7 * 86400) == "7 days"
    assert describe_expiry(5400) == "90 minutes"


def test_private_key_accepted_as_fastpix_base64_or_as_pem(key_pair):
    private, _ = key_pair
    as_fastpix_sends_it = base64.b64encode(private.encode()).decode()
    assert private_key_pem(as_fastpix_sends_it).strip() == private.strip()
    assert private_key_pem(private).strip() == private.strip()
    with pytest.raises(SigningKeyDamagedError):
        private_key_pem("bm90IGEga2V5")  # base64 of "not a key"


def test_a_damaged_key_cannot_sign_and_says_so_without_key_material(key_pair):
    broken = key_pair[0].replace("A", "B", 40)
    with pytest.raises(SigningKeyDamagedError) as caught:
        mint(broken, "key-1", PLAYBACK_ID, expires_in=60)
    assert "MII" not in str(caught.value)
    assert caught.value.__cause__ is None


def test_self_test_mints_and_verifies_with_a_throwaway_key():
    assert self_test().startswith("playback tokens: RS256 ok")
