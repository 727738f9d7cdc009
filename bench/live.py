"""The live set-up every app run needs: the sandbox over a real socket, a real OBS (or the
fake), the real Secret Service, and a profile seeded as a set-up user's (run.py, whatif.py)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass

from app_runs import memory_keyring_env, seed_profile
from floors import ObsAddress
from obs_target import obs_target
from secret_service import secret_service

API_LATENCY_MS = 100.0


@dataclass
class Live:
    env: dict[str, str]  # for app children: API URL, keyring, settings, fake OBS if needed
    api_url: str
    auth: tuple[str, str]
    obs: ObsAddress | None  # None: the in-process fake
    secrets: dict[str, str]  # what the keyring holds
    keyring: str  # the backend the children use
    real_keyring: bool


def _secrets(obs: ObsAddress | None) -> dict[str, str]:
    from fastpix_desktop.core import secrets as names
    from fastpix_desktop.sandbox import DEMO_ACCESS_TOKEN_ID, DEMO_SECRET_KEY

    return {
        names.FASTPIX_TOKEN_ID: DEMO_ACCESS_TOKEN_ID,
        names.FASTPIX_SECRET_KEY: DEMO_SECRET_KEY,
        names.OBS_PASSWORD: obs.password if obs else "",
    }


@contextlib.contextmanager
def live_setup(base_env: dict[str, str], *, want_real_obs: bool) -> Iterator[Live]:
    from fastpix_desktop.sandbox import DEMO_ACCESS_TOKEN_ID, DEMO_SECRET_KEY, SandboxApi
    from fastpix_desktop.sandbox.server import start_server_in_thread

    api = SandboxApi(latency_ms=API_LATENCY_MS)
    with (
        secret_service(base_env) as keyring_env,
        start_server_in_thread(api) as sandbox,
        obs_target(want_real=want_real_obs) as obs,
    ):
        secrets = _secrets(obs)
        env = {**base_env, "FASTPIX_API_URL": sandbox.url}
        if obs is None:
            env["BENCH_FAKE_OBS"] = "1"
        host, port = (obs.host, obs.port) if obs else ("127.0.0.1", 4455)
        if keyring_env is not None:
            env.update(keyring_env)
            backend = seed_profile(env, host, port, secrets)
        else:  # no gnome-keyring here: every figure uses the in-memory keyring, and says so
            seed_profile(env, host, port, {})
            env = memory_keyring_env(env, secrets)
            backend = env["PYTHON_KEYRING_BACKEND"]
        yield Live(
            env=env,
            api_url=sandbox.url,
            auth=(DEMO_ACCESS_TOKEN_ID, DEMO_SECRET_KEY),
            obs=obs,
            secrets=secrets,
            keyring=backend,
            real_keyring=keyring_env is not None,
        )
