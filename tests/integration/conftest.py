"""Fixtures for tests against a real OBS: one shared headless OBS per OBS generation, a
connected ObsController per test, and local RTMP / RTMPS / SRT receivers that record what arrives.

Every test that uses OBS runs once per generation (obs_harness.generations(): the host's OBS 29
and the newest in Debian's archive from tests/integration/newer-obs.sh's chroot; ids
``[obs-host]`` / ``[obs-newest]``); modules in HOST_ONLY_MODULES would stay on the host's
(README: what each generation costs). OBS_GENERATIONS=host (or newest) runs one.

Reusable by end-to-end tests placed in this directory. OBS_KEEP_WORKDIR=1 keeps OBS's config and
logs (note: they hold the test stream keys and passphrases).
"""

from __future__ import annotations

import logging
import os
import secrets
import shutil
import tempfile
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from fastpix_desktop.core.errors import ObsError
from fastpix_desktop.core.fastpix.client import FastPixClient
from fastpix_desktop.core.obs import ObsController
from fastpix_desktop.core.secrets import SecretStore
from fastpix_desktop.sandbox import SandboxApi
from tests.doubles import sandbox_client

from .deps import missing_dependency, require
from .listeners import (
    RTMP_MODULE,
    STREAM_MODULE,
    NginxRtmpListener,
    SrtListener,
    TlsCert,
    make_localhost_cert,
)
from .obs_harness import HOST, HeadlessObs, ObsGeneration, generations

# What a streamer might have configured before using the app: the destination to restore.
USER_SERVICE: dict[str, Any] = {
    "type": "rtmp_common",
    "settings": {
        "service": "Twitch",
        "server": "auto",
        "key": "live_000000000_users0wnTwitchKey",
        "bwtest": False,
    },
}

logging.getLogger("obsws_python").setLevel(logging.WARNING)


# Modules to run on the host's OBS only, should the second generation make CI too long. Empty:
# measured, the window tests cost ~20 s on the newest OBS too (README, "Two OBS generations").
HOST_ONLY_MODULES: frozenset[str] = frozenset()


def _keep_workdir() -> bool:
    return bool(os.environ.get("OBS_KEEP_WORKDIR"))


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "obs_generation" not in metafunc.fixturenames:
        return
    chosen = generations()
    if metafunc.module.__name__.rsplit(".", 1)[-1] in HOST_ONLY_MODULES:
        chosen = [g for g in chosen if g is HOST]
    metafunc.parametrize(
        "obs_generation",
        chosen,
        indirect=True,
        scope="session",
        ids=[f"obs-{g.name}" for g in chosen],
    )


@pytest.fixture(scope="session")
def obs_generation(request: pytest.FixtureRequest) -> ObsGeneration:
    """Which OBS this test runs against (pytest_generate_tests parametrizes it)."""
    generation: ObsGeneration = getattr(request, "param", HOST)
    if not generation.available:
        missing_dependency(generation.missing)
    return generation


@pytest.fixture(scope="session")
def obs_instance(obs_generation: ObsGeneration) -> Iterator[HeadlessObs]:
    """The one shared OBS Studio of this generation (Xvfb, 320x180@15, obs-websocket on a free
    port); pytest groups the tests by generation, so one OBS runs at a time.

    Attributes: host, port, password, info (ObsConnectionInfo), pid, service (the pre-seeded
    USER_SERVICE), obs_version / major (from GetVersion), read_service_json(), trust_ca(pem),
    kill(), log_tail().
    """
    require("Xvfb")
    obs = HeadlessObs(service=USER_SERVICE, keep_workdir=_keep_workdir(), generation=obs_generation)
    try:
        obs.start()
    except Exception as exc:
        missing_dependency(f"headless OBS did not start: {exc}")
    try:
        yield obs
    finally:
        obs.stop()


@pytest.fixture
def obs_factory(obs_generation: ObsGeneration) -> Iterator[Callable[..., HeadlessObs]]:
    """Starts extra short-lived OBS instances of this test's generation (e.g. to kill one); all
    stopped after the test."""
    require("Xvfb")
    started: list[HeadlessObs] = []

    def start(**kwargs: Any) -> HeadlessObs:
        kwargs.setdefault("keep_workdir", _keep_workdir())
        kwargs.setdefault("generation", obs_generation)
        obs = HeadlessObs(**kwargs)
        started.append(obs)
        return obs.start()

    try:
        yield start
    finally:
        for obs in started:
            obs.stop()


@pytest.fixture
async def obs_controller(obs_instance: HeadlessObs) -> AsyncIterator[ObsController]:
    """A connected ObsController on the shared OBS. Afterwards OBS is idle again and its stream
    destination is what it was before the test."""
    controller = ObsController(obs_instance.info)
    await controller.connect()
    before = await controller.get_service()
    try:
        yield controller
    finally:
        try:
            await controller.stop_streaming_and_wait()
            if await controller.get_service() != before:
                await controller.set_service(before)
        except ObsError:
            pass  # e.g. the test closed the controller; the next test reconnects anyway
        finally:
            await controller.close()


@pytest.fixture(scope="session")
def listener_workdir() -> Iterator[Path]:
    """Scratch space for receivers. Not pytest's tmp_path: its numbered dirs under
    /tmp/pytest-of-<user> get pruned by any concurrent pytest run of the same user."""
    workdir = Path(tempfile.mkdtemp(prefix="obs-listeners-"))
    try:
        yield workdir
    finally:
        if not _keep_workdir():
            shutil.rmtree(workdir, ignore_errors=True)


@pytest.fixture(scope="session")
def tls_cert(listener_workdir: Path) -> TlsCert:
    """Self-signed certificate for DNS:localhost (the RTMPS terminator's)."""
    require("openssl")
    return make_localhost_cert(listener_workdir / "tls")


@pytest.fixture(scope="session")
def rtmp_listener(listener_workdir: Path, tls_cert: TlsCert) -> Iterator[NginxRtmpListener]:
    """nginx-rtmp: rtmp_server ("rtmp://127.0.0.1:P/live") admits only keys in the mutable
    ``accepted_keys`` set; ``published`` / ``attempts`` list keys; recordings(key),
    recorded_bytes(key) and media_packets(key) prove that media arrived. Also serves
    rtmps_server; use the rtmps_listener fixture so that OBS trusts its certificate."""
    require("nginx", "ffprobe", files=[RTMP_MODULE, STREAM_MODULE])
    listener = NginxRtmpListener(listener_workdir / "nginx", cert=tls_cert)
    listener.start()
    try:
        yield listener
    finally:
        listener.stop()


@pytest.fixture(scope="session")
def rtmps_listener(
    rtmp_listener: NginxRtmpListener, obs_instance: HeadlessObs
) -> NginxRtmpListener:
    """rtmp_listener, with the shared OBS trusting its certificate (rtmps_server is
    "rtmps://localhost:Q/live"; TLS is terminated by nginx in front of the RTMP app)."""
    if not obs_instance.private_ca_store:
        missing_dependency("RTMPS needs root and unshare(1) to give OBS a private CA store")
    obs_instance.trust_ca(rtmp_listener.cert.pem)
    return rtmp_listener


@pytest.fixture
def stream_key(rtmp_listener: NginxRtmpListener) -> str:
    """A fresh key that rtmp_listener admits."""
    key = "key-" + secrets.token_hex(8)
    rtmp_listener.accepted_keys.add(key)
    return key


@pytest.fixture
def srt_listener(listener_workdir: Path) -> Iterator[SrtListener]:
    """srt-live-transmit on srt://127.0.0.1:P requiring ``passphrase``; bytes_received() and
    media_packets() tell what arrived."""
    require("srt-live-transmit", "ffprobe")
    listener = SrtListener(listener_workdir / "srt", passphrase="pp-" + secrets.token_hex(10))
    listener.start()
    try:
        yield listener
    finally:
        listener.stop()


@pytest.fixture
def cli_keyring(listener_workdir: Path) -> Path:
    """A fresh keyring file shared by this test's CLI subprocesses (tests/file_keyring.py)."""
    return listener_workdir / f"keyring-{secrets.token_hex(6)}.json"


@pytest.fixture
async def store() -> AsyncIterator[SecretStore]:
    """A SecretStore on the test's keyring, closed afterwards."""
    s = SecretStore()
    yield s
    s.close()


@pytest.fixture
async def fastpix() -> AsyncIterator[FastPixClient]:
    """A FastPixClient served in-process by a fresh sandbox (no socket). A test module that
    needs the sandbox over a socket defines its own (test_library_ingest.py)."""
    client = sandbox_client(SandboxApi().mock_transport())
    yield client
    await client.aclose()
