"""The app's playback signing key in the OS keyring, split across entries under the size limit.

A 2048-bit RSA private key is about 1,700 characters of PEM, more than one Windows Credential
Manager entry holds (keyring#355), so it is stored in numbered parts; the key ID is written last
and read first, so a half-written key is never mistaken for a whole one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from fastpix_desktop.core.errors import SigningKeyDamagedError
from fastpix_desktop.core.i18n import QT_TRANSLATE_NOOP
from fastpix_desktop.core.redact import register_secret
from fastpix_desktop.core.secrets import MAX_SECRET_CHARS, SecretStore

KEY_ID_ENTRY = "playback-signing-key-id"
PART_COUNT_ENTRY = "playback-signing-key-parts"
PART_ENTRY = "playback-signing-key-part-{}"
# Well under MAX_SECRET_CHARS, so a PEM with Windows line endings still fits each part.
PART_CHARS = 1000
# A 4096-bit key is ~3,300 characters; nothing real needs more parts than this.
MAX_PARTS = 8

assert PART_CHARS < MAX_SECRET_CHARS


@dataclass(frozen=True)
class StoredSigningKey:
    """The signing key this app signs with: FastPix's key ID and the private key as PEM."""

    key_id: str
    private_pem: str = field(repr=False)


def split(text: str) -> list[str]:
    """``text`` in parts of at most PART_CHARS characters."""
    return [text[i : i + PART_CHARS] for i in range(0, len(text), PART_CHARS)] or [""]


async def save(store: SecretStore, key: StoredSigningKey) -> None:
    """Write the parts, then their count, then the key ID (the commit mark)."""
    parts = split(key.private_pem)
    if len(parts) > MAX_PARTS:
        raise SigningKeyDamagedError(
            QT_TRANSLATE_NOOP("errors", "This signing key is too large to keep in the keyring.")
        )
    register_secret(key.private_pem)
    await store.delete(KEY_ID_ENTRY)  # a reader sees no key while the parts change
    for number, part in enumerate(parts, start=1):
        await store.set(PART_ENTRY.format(number), part)
    # The count and the key ID are not secrets: registered, the ID would be masked everywhere.
    await store.set(PART_COUNT_ENTRY, str(len(parts)), secret=False)
    await store.set(KEY_ID_ENTRY, key.key_id, secret=False)
    for number in range(len(parts) + 1, MAX_PARTS + 1):  # parts of an earlier, longer key
        await store.delete(PART_ENTRY.format(number))


async def load(store: SecretStore) -> StoredSigningKey | None:
    """The stored key; None when there is none; SigningKeyDamagedError when parts are missing."""
    key_id = await store.get(KEY_ID_ENTRY, secret=False)
    if not key_id:
        return None
    count_text = await store.get(PART_COUNT_ENTRY, secret=False) or ""
    if not count_text.isdigit() or not 1 <= int(count_text) <= MAX_PARTS:
        raise SigningKeyDamagedError()
    parts: list[str] = []
    for number in range(1, int(count_text) + 1):
        part = await store.get(PART_ENTRY.format(number))
        if not part:
            raise SigningKeyDamagedError()
        parts.append(part)
    pem = "".join(parts)
    if "-----BEGIN" not in pem or "-----END" not in pem:
        raise SigningKeyDamagedError()
    register_secret(pem)
    return StoredSigningKey(key_id=key_id, private_pem=pem)


async def stored_key_id(store: SecretStore) -> str | None:
    """Only the key ID (no private material is read)."""
    return await store.get(KEY_ID_ENTRY, secret=False) or None


async def forget(store: SecretStore) -> None:
    """Remove the key from the keyring: the ID first, so a half-deleted key reads as none."""
    await store.delete(KEY_ID_ENTRY)
    await store.delete(PART_COUNT_ENTRY)
    for number in range(1, MAX_PARTS + 1):
        await store.delete(PART_ENTRY.format(number))
