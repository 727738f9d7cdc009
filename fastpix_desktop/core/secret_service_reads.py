"""Several secrets from the Secret Service (Linux) over one D-Bus connection and one encrypted
session: keyring's backend opens both for every read, a Diffie-Hellman exchange each (the
start-up's three reads took ≈ 25–31 ms of CPU that way, ≈ 15 ms this way; bench/README.md).
Any other backend reads one by one through keyring, as before."""

from __future__ import annotations

import contextlib
from typing import Any


def read_together(
    backend: Any, service: str, names: tuple[str, ...]
) -> dict[str, str | None] | None:
    """``names``' values (None: not stored) when ``backend`` is keyring's own Secret Service
    backend, read as its ``get_password`` reads each (its collection, unlocked as it unlocks,
    its attributes, the first item found); None for any other backend (a subclass included:
    it may read differently), so the caller asks keyring. Errors are keyring's and
    secretstorage's own, as from ``get_password``."""
    try:
        from keyring.backends.SecretService import Keyring as SecretServiceKeyring
    except ImportError:  # keyring without it (not Linux, or secretstorage missing)
        return None
    if type(backend) is not SecretServiceKeyring:
        return None
    query = getattr(backend, "_query", None)  # keyring's own attribute scheme
    collection_of = getattr(backend, "get_preferred_collection", None)
    unlock = getattr(backend, "unlock", None)
    if not (callable(query) and callable(collection_of) and callable(unlock)):
        return None  # another keyring version: read one by one
    collection = collection_of()
    values: dict[str, str | None] = {}
    session = None
    with contextlib.closing(collection.connection):
        for name in names:
            values[name] = None
            for item in collection.search_items(query(service, name)):
                unlock(item)
                if session is not None:
                    item.session = session  # the session made for the first secret
                values[name] = item.get_secret().decode("utf-8")
                session = item.session
                break
    return values
