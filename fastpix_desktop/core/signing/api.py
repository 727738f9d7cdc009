"""FastPix's four signing-key endpoints (``/iam/signing-keys``) over the app's one FastPixClient.

The private key arrives once, in the create answer, and is never logged or put in a repr.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from fastpix_desktop.core.errors import (
    FastPixAuthError,
    FastPixBadResponseError,
    FastPixNetworkError,
    FastPixServerError,
    FastPixValidationError,
    SigningKeyDamagedError,
)
from fastpix_desktop.core.i18n import QT_TRANSLATE_NOOP
from fastpix_desktop.core.redact import register_secret
from fastpix_desktop.core.signing.tokens import private_key_pem

if TYPE_CHECKING:
    from fastpix_desktop.core.fastpix.client import FastPixClient

SIGNING_KEYS_PATH = "/iam/signing-keys"
LIST_LIMIT_MAX = 50
_NOT_FOUND = "that signing key"
_MAYBE_CREATED = (
    " FastPix may still have made the key: `fastpix-desktop signing-keys list` shows it, and "
    "deleting a key nothing signs with is safe."
)


@dataclass(frozen=True)
class SigningKeyInfo:
    """One signing key as the list shows it."""

    id: str
    created_at: str = ""


@dataclass(frozen=True)
class CreatedSigningKey:
    """The create answer: the key's ID and its private key as PEM (shown once by FastPix)."""

    id: str
    created_at: str
    private_pem: str = field(repr=False)


@dataclass(frozen=True)
class SigningKeyPage:
    keys: tuple[SigningKeyInfo, ...]
    total_records: int


class SigningKeysApi:
    """Create, read, list and delete signing keys; errors are core/errors.py's FastPix errors."""

    def __init__(self, client: FastPixClient) -> None:
        self._client = client

    async def _call(self, method: str, path: str, **options: Any) -> dict[str, Any]:
        # FastPixClient's one request path (status mapping, redaction, 429 handling) is reused
        # rather than copied; only the 403 wording differs for this part of the API.
        try:
            return await self._client._call(method, path, **options)
        except FastPixAuthError as error:
            if error.status != 403:
                raise
        raise FastPixAuthError(
            QT_TRANSLATE_NOOP(
                "errors",
                "FastPix refused this request (403). The access token does not have permission "
                "for signing keys; check its permissions in the FastPix dashboard.",
            ),
            status=403,
        )

    async def create(self) -> CreatedSigningKey:
        """POST, never retried: a retry after a lost answer would leave an unknown key behind."""
        try:
            body = await self._call(
                "POST", SIGNING_KEYS_PATH, expect=201, action="create a signing key"
            )
        except (FastPixNetworkError, FastPixServerError, FastPixBadResponseError) as error:
            # The answer may be lost after FastPix made the key: say where to find it.
            if "Nothing was sent" not in error.message:
                error.message += _MAYBE_CREATED
                error.args = (error.message,)
            raise

        data = _object(body.get("data"), "signing key")
        key_id = _text(data, "id")
        raw_private = data.get("privateKey")
        register_secret(raw_private if isinstance(raw_private, str) else None)
        if not key_id or not isinstance(raw_private, str) or not raw_private:
            raise FastPixBadResponseError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "FastPix created a signing key but did not send its private key; delete it "
                    "in the FastPix dashboard and try again.",
                )
            )
        try:
            pem = private_key_pem(raw_private)
        except SigningKeyDamagedError:
            pem = ""
        if not pem:
            raise FastPixBadResponseError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "FastPix created a signing key but its private key is not readable; delete it "
                    "in the FastPix dashboard and try again.",
                )
            )
        created_at = data.get("createdAt")
        return CreatedSigningKey(
            id=key_id,
            created_at=created_at if isinstance(created_at, str) else "",
            private_pem=pem,
        )

    async def public_key(self, key_id: str) -> str:
        """GET one key: its public half as PEM. FastPixNotFoundError when it was deleted."""
        body = await self._call(
            "GET", _key_path(key_id), action="read the signing key", not_found=_NOT_FOUND
        )
        data = _object(body.get("data"), "signing key")
        public = data.get("publicKey")
        if not isinstance(public, str) or "PUBLIC KEY" not in public:
            raise FastPixBadResponseError(
                QT_TRANSLATE_NOOP("errors", "FastPix sent a signing key without its public key.")
            )
        return public

    async def list(self, *, limit: int = LIST_LIMIT_MAX, offset: int = 1) -> SigningKeyPage:
        """One page of keys (``offset`` is a 1-based page number, as for streams)."""
        if not 1 <= limit <= LIST_LIMIT_MAX or offset < 1:
            raise FastPixValidationError(
                fields={"limit": f"must be 1 to {LIST_LIMIT_MAX}; offset a page from 1"},
                status=None,
            )
        body = await self._call(
            "GET",
            SIGNING_KEYS_PATH,
            params={"limit": limit, "offset": offset},
            action="list the signing keys",
        )
        items = body.get("data")
        if not isinstance(items, list):
            raise FastPixBadResponseError(
                QT_TRANSLATE_NOOP("errors", "FastPix sent a signing-key list that is not a list.")
            )
        keys = tuple(
            SigningKeyInfo(id=_text(item, "id"), created_at=_text(item, "createdAt"))
            for item in (_object(i, "signing key") for i in items)
        )
        pagination = body.get("pagination")
        total = pagination.get("totalRecords") if isinstance(pagination, dict) else None
        return SigningKeyPage(keys=keys, total_records=total if isinstance(total, int) else 0)

    async def delete(self, key_id: str) -> None:
        await self._call(
            "DELETE", _key_path(key_id), action="delete the signing key", not_found=_NOT_FOUND
        )


def _key_path(key_id: str) -> str:
    text = key_id.strip() if isinstance(key_id, str) else ""
    if not text or text.strip(".") == "":
        raise FastPixValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter a signing key ID first."),
            fields={"signingKeyId": "must not be empty"},
            status=None,
        )
    return f"{SIGNING_KEYS_PATH}/{quote(text, safe='')}"


def _object(value: Any, what: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise FastPixBadResponseError(f"FastPix sent a {what} in an unexpected shape.")
    return value


def _text(data: dict[str, Any], key: str) -> str:
    value = data.get(key)
    return value if isinstance(value, str) else ""
