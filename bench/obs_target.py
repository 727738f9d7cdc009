"""The OBS the click flow talks to: a real OBS under Xvfb through the integration tests'
harness when ``obs`` and ``Xvfb`` are installed, otherwise none (the child fakes OBS)."""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Iterator

from floors import ObsAddress


def real_obs_available() -> bool:
    return bool(shutil.which("obs") and shutil.which("Xvfb"))


@contextlib.contextmanager
def obs_target(*, want_real: bool = True) -> Iterator[ObsAddress | None]:
    """Yield a running OBS's address, or None when the flow has to use the in-process fake."""
    if not (want_real and real_obs_available()):
        yield None
        return
    from tests.integration.obs_harness import HeadlessObs

    with HeadlessObs(private_ca_store=False) as obs:
        yield ObsAddress(host="127.0.0.1", port=obs.port, password=obs.password)
