"""The one place the bench takes its test doubles from (swap these imports for shared ones)."""

from fake_obs import FakeObsController
from memory_keyring import MemoryKeyring

# PYTHON_KEYRING_BACKEND value that selects MemoryKeyring in a child.
MEMORY_KEYRING_BACKEND = f"{MemoryKeyring.__module__}.{MemoryKeyring.__qualname__}"

__all__ = ["MEMORY_KEYRING_BACKEND", "FakeObsController", "MemoryKeyring"]
