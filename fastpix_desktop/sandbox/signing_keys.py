"""The sandbox's signing keys: ``/v1/iam/signing-keys`` with a real RSA key pair per create.

Like FastPix, the private key leaves once (base64 of its PEM, in the create answer) and only the
public half is kept; a deleted key answers 404 and stays remembered so playback can say 401.
Response shapes: docs/signed-playback.md ("Signing-key endpoints").
"""

from __future__ import annotations

import base64
import math
import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from fastpix_desktop.sandbox import envelope, validation
from fastpix_desktop.sandbox.envelope import SandboxResponse
from fastpix_desktop.sandbox.state import format_timestamp

KEY_BITS = 2048


@dataclass
class SigningKeyRecord:
    id: str
    public_pem: str
    created_at: datetime
    sequence: int


def signing_key_not_found() -> SandboxResponse:
    return envelope.error(
        404,
        "signing key not found",
        "The requested resource (eg: signingKeyId) doesn't exist in the workspace",
    )


class SigningKeys:
    """Live and deleted keys of one sandbox workspace (SandboxApi serialises access)."""

    def __init__(self, *, seed: int | None, clock: Callable[[], datetime]) -> None:
        # Its own random source: drawing from the streams' would shift every seeded stream ID.
        self._rng = random.SystemRandom() if seed is None else random.Random(f"keys:{seed}")
        self._clock = clock
        self.workspace_id = self._new_id()
        self._live: dict[str, SigningKeyRecord] = {}
        self._deleted: set[str] = set()
        self._sequence = 0

    def _new_id(self) -> str:
        return str(uuid.UUID(int=self._rng.getrandbits(128), version=4))

    # ------------------------------------------------------------------ for playback checks

    def public_key(self, key_id: str) -> str | None:
        record = self._live.get(key_id)
        return record.public_pem if record else None

    def was_deleted(self, key_id: str) -> bool:
        return key_id in self._deleted

    def __len__(self) -> int:
        """How many live keys the workspace has."""
        return len(self._live)

    # ------------------------------------------------------------------ endpoints

    def route(self, method: str, rest: list[str], query: dict[str, str]) -> SandboxResponse | None:
        """Answer ``/iam/signing-keys[/{id}]``; None when the path is not one of these."""
        if not rest:
            handlers = {"POST": self._create, "GET": lambda: self._list(query)}
        elif len(rest) == 1:
            key_id = rest[0]
            handlers = {"GET": lambda: self._get(key_id), "DELETE": lambda: self._delete(key_id)}
        else:
            return None
        return envelope.dispatch(handlers, method)

    def _create(self) -> SandboxResponse:
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric import rsa

        key = rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS)
        private_pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        public_pem = key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        self._sequence += 1
        record = SigningKeyRecord(
            id=self._new_id(),
            public_pem=public_pem.decode("ascii"),
            created_at=self._clock(),
            sequence=self._sequence,
        )
        self._live[record.id] = record
        data = {
            "id": record.id,
            "privateKey": base64.b64encode(private_pem).decode("ascii"),
            "createdAt": format_timestamp(record.created_at),
        }
        return envelope.success(data, status=201)

    def _list(self, query: dict[str, str]) -> SandboxResponse:
        limit, offset, _order, errors = validation.validate_list_query(
            {k: v for k, v in query.items() if k in ("limit", "offset")}
        )
        if errors:
            return envelope.validation_error(errors)
        ordered = sorted(
            self._live.values(), key=lambda k: (k.created_at, k.sequence), reverse=True
        )
        page = ordered[(offset - 1) * limit : offset * limit]
        pagination = {
            "totalRecords": len(ordered),
            "currentOffset": offset,
            "offsetCount": math.ceil(len(ordered) / limit),
        }
        items = [{"id": k.id, "createdAt": format_timestamp(k.created_at)} for k in page]
        return envelope.success(items, pagination=pagination)

    def _get(self, key_id: str) -> SandboxResponse:
        record = self._live.get(key_id)
        if record is None:
            return signing_key_not_found()
        return envelope.success(
            {
                "signingKeyId": record.id,
                "publicKey": record.public_pem,
                "workspaceId": self.workspace_id,
            }
        )

    def _delete(self, key_id: str) -> SandboxResponse:
        if self._live.pop(key_id, None) is None:
            return signing_key_not_found()
        self._deleted.add(key_id)
        # Captured from production by FastPix's Node SDK tests (tests/artifacts/
        # delete_signing_key.sdk.json); the spec declares only "success".
        return envelope.success({"message": "signing key deleted successfully"})
