"""The dependency policy for integration tests: skip when a tool is missing, fail on CI."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterable
from pathlib import Path

import pytest

INSTALL_HINT = "run tests/integration/install-deps.sh"


def on_ci() -> bool:
    # Same reading as tests/conftest.py's in_ci().
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def missing_dependency(message: str) -> None:
    """Skip outside CI; on CI (CI=true) these tests must run, so a missing piece fails."""
    if on_ci():
        pytest.fail(f"{message} — CI must run the OBS integration tests", pytrace=False)
    pytest.skip(message)


def require(*tools: str, files: Iterable[Path | str] = ()) -> None:
    missing = [tool for tool in tools if shutil.which(tool) is None]
    missing += [str(path) for path in files if not Path(path).exists()]
    if missing:
        missing_dependency(f"missing {', '.join(missing)} ({INSTALL_HINT})")
