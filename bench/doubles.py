"""The one place the bench takes its test doubles from: the shared ones in tests/doubles/."""

from tests.doubles.keyring import InMemoryKeyring as MemoryKeyring
from tests.doubles.obs import FakeObsController

# PYTHON_KEYRING_BACKEND value that selects MemoryKeyring in a child.
MEMORY_KEYRING_BACKEND = f"{MemoryKeyring.__module__}.{MemoryKeyring.__qualname__}"

__all__ = ["MEMORY_KEYRING_BACKEND", "FakeObsController", "MemoryKeyring"]
