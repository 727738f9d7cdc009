"""A real OBS Studio under Xvfb for integration tests: config, processes, readiness, teardown.

How and why: docs/obs-websocket.md#obs-under-xvfb-for-the-integration-tests. OBS runs
with a throwaway config dir, a 320x180@15 canvas and obs-websocket on a free port; every child
is started in its own session and stopped by its PID / process group, never by name. Two OBS
generations: the host's (Debian 12: OBS 29) and the newest in Debian's archive, run from the
chroot tests/integration/newer-obs.sh builds (ObsGeneration).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastpix_desktop.core.obs import ObsConnectionInfo

# LastVersion = (29 << 24) | (0 << 16) | 2: without it OBS 29 queues the auto-config wizard.
OBS_29_0_2_LAST_VERSION = (29 << 24) | (0 << 16) | 2

# obs-websocket 5.1 (OBS 29.0) reads [OBSWebSocket] from global.ini; 5.3+ (OBS 30) migrates it to
# plugin_config/obs-websocket/config.json on first start, so this one file serves both.
GLOBAL_INI = """\
[General]
Pre19Defaults=false
Pre21Defaults=false
Pre23Defaults=false
Pre24.1Defaults=false
FirstRun=true
LastVersion={last_version}

[Basic]
Profile=CI
ProfileDir=CI
SceneCollection=CI
SceneCollectionFile=CI

[BasicWindow]
SysTrayEnabled=false
WarnBeforeStartingStream=false
WarnBeforeStoppingStream=false
WarnBeforeStoppingRecord=false
ConfirmOnExit=false

[OBSWebSocket]
FirstLoad=false
ServerEnabled=true
ServerPort={port}
AlertsEnabled=false
AuthRequired=true
ServerPassword={password}
"""

# Small canvas, 15 fps, x264 ultrafast: OBS stays at ~10-15 % of one core while streaming.
BASIC_INI = """\
[General]
Name=CI

[Video]
BaseCX={width}
BaseCY={height}
OutputCX={width}
OutputCY={height}
FPSType=1
FPSInt={fps}

[Audio]
SampleRate=48000
ChannelSetup=Stereo

[Output]
Mode=Simple

[SimpleOutput]
VBitrate=300
ABitrate=64
StreamEncoder=x264
Preset=ultrafast
"""


def scene_collection(width: int, height: int) -> dict[str, Any]:
    """One scene holding a solid colour source, so a stream has pictures to encode."""
    color = {
        "id": "color_source_v3",
        "versioned_id": "color_source_v3",
        "name": "ci-color",
        "enabled": True,
        "settings": {"color": 0xFF00FF00, "width": width, "height": height},
    }
    item = {"name": "ci-color", "id": 1, "visible": True, "pos": {"x": 0.0, "y": 0.0}}
    scene = {
        "id": "scene",
        "versioned_id": "scene",
        "name": "Scene",
        "enabled": True,
        "settings": {"custom_size": False, "id_counter": 1, "items": [item]},
    }
    return {
        "name": "CI",
        "current_scene": "Scene",
        "current_program_scene": "Scene",
        "scene_order": [{"name": "Scene"}],
        "sources": [color, scene],
        "groups": [],
        "transitions": [],
        "modules": {},
    }


def free_tcp_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def free_udp_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def spawn(argv: list[str], *, log: Path, **kwargs: Any) -> subprocess.Popen[bytes]:
    """Start a child in its own session (its PGID is its PID), output to ``log``."""
    with open(log, "ab") as out:
        return subprocess.Popen(
            argv,
            stdin=subprocess.DEVNULL,
            stdout=kwargs.pop("stdout", out),
            stderr=out,
            start_new_session=True,
            **kwargs,
        )


def stop_process(proc: subprocess.Popen[bytes] | None, *, grace: float = 5.0) -> None:
    """SIGTERM the child's process group, then SIGKILL after ``grace`` seconds."""
    if proc is None or proc.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(grace)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(5)


class ObsStartError(RuntimeError):
    pass


@dataclass(frozen=True)
class ObsGeneration:
    """Which OBS to run: the host's own ``obs`` (chroot None), or /usr/bin/obs inside a Debian
    chroot (the newest OBS in Debian's archive, built by tests/integration/newer-obs.sh)."""

    name: str  # "host" or "newest": the test id suffix
    chroot: Path | None = None

    @property
    def available(self) -> bool:
        if self.chroot is None:
            return shutil.which("obs") is not None
        return (self.chroot / ".ready").exists() and shutil.which("unshare") is not None

    @property
    def missing(self) -> str:
        if self.chroot is None:
            return "missing obs (run tests/integration/install-deps.sh)"
        return f"no OBS chroot at {self.chroot} (run tests/integration/newer-obs.sh as root)"


HOST = ObsGeneration("host")


def newest_generation() -> ObsGeneration:
    """The chroot newer-obs.sh builds (same environment variables, same default path)."""
    suite = os.environ.get("OBS_CHROOT_SUITE", "unstable")
    cache = Path(os.environ.get("OBS_CHROOT_CACHE", "/var/cache/fastpix-desktop/obs-chroot"))
    return ObsGeneration("newest", cache / suite)


def generations() -> list[ObsGeneration]:
    """The generations the real-OBS tests run on: OBS_GENERATIONS="host" (or "newest") picks
    one; by default both."""
    wanted = os.environ.get("OBS_GENERATIONS", "host,newest").replace(",", " ").split()
    return [g for g in (HOST, newest_generation()) if g.name in wanted]


# In the chroot: /proc, /dev, /sys and /tmp (Xvfb's socket, OBS's config and work dirs) come
# from the host, and the private CA store (if any) replaces /etc/ssl/certs. All are mounted in
# OBS's own mount namespace (unshare -m makes mounts private), so they vanish with OBS; the
# shells exec, so the PID stays OBS's own.
CHROOT_SCRIPT = """\
set -e
root="$0"; certs="$1"; shift
mount -t proc proc "$root/proc"
mount --rbind /dev "$root/dev"
mount --rbind /sys "$root/sys"
mount --bind /tmp "$root/tmp"
if [ -n "$certs" ]; then mount --bind "$certs" "$root/etc/ssl/certs"; fi
exec chroot "$root" /bin/sh -c 'cd "$0" || cd /; exec "$@"' "$(pwd)" "$@"
"""


class HeadlessObs:
    """Xvfb + OBS 29 + obs-websocket, ready (authenticated GetVersion) when start() returns.

    With ``private_ca_store`` (root + unshare) OBS runs in a private mount namespace where
    /etc/ssl/certs is a copy: OBS 29's librtmp (mbedTLS) trusts only that hard-coded directory,
    and trust_ca() adds a test CA there without touching the host's store.
    """

    host = "127.0.0.1"

    def __init__(
        self,
        *,
        port: int | None = None,
        password: str | None = None,
        width: int = 320,
        height: int = 180,
        fps: int = 15,
        service: dict[str, Any] | None = None,
        private_ca_store: bool = True,
        keep_workdir: bool = False,
        ready_timeout: float = 30.0,
        generation: ObsGeneration = HOST,
        config_from: HeadlessObs | None = None,
    ) -> None:
        self.port = port or free_tcp_port()
        self.password = password or secrets.token_urlsafe(12)
        self.width, self.height, self.fps = width, height, fps
        self.service = service  # pre-seeded service.json: {"type": ..., "settings": {...}}
        self.private_ca_store = private_ca_store and can_use_private_ca_store()
        self.keep_workdir = keep_workdir
        self.ready_timeout = ready_timeout
        self.generation = generation
        # The chroot sees the host's /tmp only, so the work dir must be there.
        self.workdir = Path(tempfile.mkdtemp(prefix="obs-ci-", dir="/tmp"))
        # Another (stopped, kept) OBS's config folder, used as it is: an OBS upgrade.
        self.config_from = config_from
        self.config_home = self.workdir / "xdg-config"
        if config_from is not None:
            self.config_home = config_from.config_home
            self.port, self.password = config_from.port, config_from.password
        self.profile_dir = self.config_home / "obs-studio" / "basic" / "profiles" / "CI"
        self.certs_dir = self.workdir / "ssl-certs"
        self.log_path = self.workdir / "obs.log"
        self.display: str | None = None
        self.xvfb: subprocess.Popen[bytes] | None = None
        self.proc: subprocess.Popen[bytes] | None = None
        self.ready_after_s: float | None = None
        self.obs_version = ""  # from GetVersion once ready, e.g. "29.0.2"
        self.websocket_version = ""

    # ---- what tests use

    @property
    def info(self) -> ObsConnectionInfo:
        return ObsConnectionInfo(host=self.host, port=self.port, password=self.password)

    @property
    def pid(self) -> int | None:
        return self.proc.pid if self.proc else None

    @property
    def major(self) -> int:
        """OBS's major version (29, 32, ...), read from GetVersion."""
        return int(self.obs_version.split(".")[0])

    @property
    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def read_service_json(self) -> dict[str, Any] | None:
        """What OBS persisted as the stream destination (written on each successful Set)."""
        path = self.profile_dir / "service.json"
        return json.loads(path.read_text()) if path.exists() else None

    def trust_ca(self, pem: str, *, name: str = "fastpix-test-ca.pem") -> None:
        """Make OBS trust ``pem`` for RTMPS (it re-reads the directory on every connect)."""
        if not self.private_ca_store:
            raise RuntimeError("needs root and unshare(1) for a private /etc/ssl/certs")
        (self.certs_dir / name).write_text(pem)

    def log_tail(self, lines: int = 40) -> str:
        with contextlib.suppress(OSError):
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        return ""

    # ---- lifecycle

    def __enter__(self) -> HeadlessObs:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def start(self) -> HeadlessObs:
        try:
            self._write_config()
            if self.display is None:
                self._start_xvfb()
            self._start_obs()
        except BaseException:
            self.stop()
            raise
        return self

    def kill(self) -> None:
        """SIGKILL OBS (not Xvfb): a crash, as far as obs-websocket clients can tell."""
        if self.proc is not None and self.proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(5)

    def stop(self) -> None:
        # OBS 29 has no SIGTERM handler and exits at once; service.json is written synchronously.
        stop_process(self.proc)
        stop_process(self.xvfb)
        if not self.keep_workdir:
            shutil.rmtree(self.workdir, ignore_errors=True)

    # ---- internals

    def _write_config(self) -> None:
        obs_dir = self.config_home / "obs-studio"
        if self.config_from is not None:  # the other OBS's folder: nothing of it is rewritten
            (self.workdir / "home").mkdir(exist_ok=True)
            if self.private_ca_store and not self.certs_dir.exists():
                shutil.copytree("/etc/ssl/certs", self.certs_dir, symlinks=False)
            return
        (obs_dir / "basic" / "scenes").mkdir(parents=True, exist_ok=True)
        self.profile_dir.mkdir(parents=True, exist_ok=True)
        (self.workdir / "home").mkdir(exist_ok=True)
        (obs_dir / "global.ini").write_text(
            GLOBAL_INI.format(
                last_version=OBS_29_0_2_LAST_VERSION, port=self.port, password=self.password
            )
        )
        (self.profile_dir / "basic.ini").write_text(
            BASIC_INI.format(width=self.width, height=self.height, fps=self.fps)
        )
        (obs_dir / "basic" / "scenes" / "CI.json").write_text(
            json.dumps(scene_collection(self.width, self.height))
        )
        if self.service is not None:
            (self.profile_dir / "service.json").write_text(json.dumps(self.service))
        if self.private_ca_store and not self.certs_dir.exists():
            shutil.copytree("/etc/ssl/certs", self.certs_dir, symlinks=False)

    def _start_xvfb(self) -> None:
        # -displayfd: Xvfb picks a free display and writes its number once it accepts clients.
        read_fd, write_fd = os.pipe()
        try:
            self.xvfb = spawn(
                [
                    *("Xvfb", "-displayfd", str(write_fd), "-screen", "0", "640x360x24"),
                    *("-nolisten", "tcp", "-noreset"),
                ],
                log=self.workdir / "xvfb.log",
                pass_fds=(write_fd,),
            )
        finally:
            os.close(write_fd)
        data = b""
        with os.fdopen(read_fd, "rb", buffering=0) as pipe:
            while not data.endswith(b"\n"):
                chunk = pipe.read(16)
                if not chunk:
                    break
                data += chunk
        if not data.strip():
            raise ObsStartError(f"Xvfb reported no display; see {self.workdir / 'xvfb.log'}")
        self.display = ":" + data.decode().strip()

    def _environment(self) -> dict[str, str]:
        env = {
            k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY", "SESSION_MANAGER")
        }
        env.update(
            DISPLAY=self.display or "",
            HOME=str(self.workdir / "home"),
            XDG_CONFIG_HOME=str(self.config_home),
            QT_QPA_PLATFORM="xcb",  # 'offscreen' makes OBS 29 exit 0 at once
            LIBGL_ALWAYS_SOFTWARE="1",  # Mesa llvmpipe, also on runners with a GPU
        )
        return env

    def _start_obs(self) -> None:
        argv = ["obs", "--multi", "--minimize-to-tray", "--disable-missing-files-check"]
        # OBS 30+: no safe-mode question after an unclean exit (OBS 29 ignores unknown flags).
        argv += ["--disable-shutdown-check", "--collection", "CI", "--profile", "CI"]
        if self.generation.chroot is not None:
            certs = str(self.certs_dir) if self.private_ca_store else ""
            argv = [
                *("unshare", "-m", "--", "sh", "-c", CHROOT_SCRIPT),
                *(str(self.generation.chroot), certs, "/usr/bin/obs", *argv[1:]),
            ]
        elif self.private_ca_store:
            # unshare execs sh, sh execs obs: the PID stays OBS's own.
            script = 'mount --bind "$0" /etc/ssl/certs && exec "$@"'
            argv = ["unshare", "-m", "--", "sh", "-c", script, str(self.certs_dir), *argv]
        started = time.monotonic()
        self.proc = spawn(argv, log=self.log_path, cwd=self.workdir, env=self._environment())
        self._wait_ready()
        self.ready_after_s = time.monotonic() - started

    def _wait_ready(self) -> None:
        """Poll until an authenticated GetVersion works (a bare TCP connect is not enough:
        with the port taken, OBS keeps running without its server)."""
        import obsws_python

        quiet = logging.getLogger("obsws_python")
        level = quiet.level
        quiet.setLevel(logging.CRITICAL)  # every refused attempt is logged with a traceback
        deadline = time.monotonic() + self.ready_timeout
        last: BaseException | None = None
        try:
            while time.monotonic() < deadline:
                if self.proc is None or self.proc.poll() is not None:
                    code = self.proc.returncode if self.proc else None
                    raise ObsStartError(f"OBS exited ({code}) while starting:\n{self.log_tail()}")
                try:
                    with socket.create_connection((self.host, self.port), timeout=0.5):
                        pass
                    client = obsws_python.ReqClient(
                        host=self.host, port=self.port, password=self.password, timeout=3
                    )
                    try:
                        version = client.get_version()
                        self.obs_version = str(version.obs_version)
                        self.websocket_version = str(version.obs_web_socket_version)
                    finally:
                        client.disconnect()
                    return
                except Exception as exc:
                    last = exc
                    time.sleep(0.05)
        finally:
            quiet.setLevel(level)
        raise ObsStartError(
            f"obs-websocket not ready after {self.ready_timeout:.0f} s "
            f"({type(last).__name__}):\n{self.log_tail()}"
        )


def can_use_private_ca_store() -> bool:
    return os.name == "posix" and os.geteuid() == 0 and shutil.which("unshare") is not None
