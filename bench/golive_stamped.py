"""Child of golive_timeline.py: ``fastpix_desktop.cli.main`` with its go-live steps stamped
(ms from the parent's spawn, on stderr as one ``STAMPS {...}`` line at exit)."""

from __future__ import annotations

import atexit
import json
import os
import sys
import time

SPAWNED = float(os.environ["STAMP_SPAWN"])  # the parent's time.monotonic() at spawn
stamps: dict[str, float] = {"child_start": time.monotonic()}
# Modules whose import end is noted ("imp:NAME").
IMPORTS = {
    "asyncio",
    "httpx",
    "obsws_python",
    "keyring",
    "fastpix_desktop.cli",
    "fastpix_desktop.commands",
    "fastpix_desktop.core.fastpix",
    "fastpix_desktop.core.golive",
    "fastpix_desktop.core.obs",
}
# module -> (class or None, function, label, is a coroutine function): first call's start/end.
CALLS = {
    "fastpix_desktop.core.fastpix": [
        ("FastPixClient", "_build_client", "build", False),
        ("FastPixClient", "create_stream", "create", True),
    ],
    "fastpix_desktop.core.bounded_http": [(None, "exchange", "request", True)],
    "fastpix_desktop.core.obs.controller": [
        ("ObsController", "connect", "obs_connect", True),
        ("ObsController", "get_stream_status", "obs_live_check", True),
        ("ObsController", "set_service", "push", True),
        ("ObsController", "start_streaming_and_wait", "start", True),
    ],
    "fastpix_desktop.core.secrets": [
        ("SecretStore", "probe", "keyring_probe", True),
        ("SecretStore", "get", "keyring_get", True),
    ],
    "fastpix_desktop.core.restore_save": [("PreparedSave", "hold", "restore_point_write", True)],
}


def _wrap(original, label: str, is_async: bool):
    if is_async:

        async def stamped_async(*args, **kwargs):
            stamps.setdefault(label + "_start", time.monotonic())
            try:
                return await original(*args, **kwargs)
            finally:
                stamps.setdefault(label + "_end", time.monotonic())

        return stamped_async

    def stamped(*args, **kwargs):
        stamps.setdefault(label + "_start", time.monotonic())
        try:
            return original(*args, **kwargs)
        finally:
            stamps.setdefault(label + "_end", time.monotonic())

    return stamped


class _Loader:
    def __init__(self, loader, name: str) -> None:
        self._loader, self._name = loader, name

    def create_module(self, spec):
        return self._loader.create_module(spec)

    def exec_module(self, module) -> None:
        self._loader.exec_module(module)
        if self._name in IMPORTS:
            stamps.setdefault("imp:" + self._name, time.monotonic())
        for class_name, function, label, is_async in CALLS.get(self._name, []):
            owner = getattr(module, class_name) if class_name else module
            setattr(owner, function, _wrap(getattr(owner, function), label, is_async))

    def __getattr__(self, attr: str):
        return getattr(self._loader, attr)


class _Finder:
    def find_spec(self, name: str, path=None, target=None):
        if name not in IMPORTS and name not in CALLS:
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(name, path, target)
            if spec is not None:
                if spec.loader is not None:
                    spec.loader = _Loader(spec.loader, name)
                return spec
        return None


def _report() -> None:
    ordered = sorted(stamps.items(), key=lambda item: item[1])
    out = {name: round((at - SPAWNED) * 1000, 1) for name, at in ordered}
    out["exit"] = round((time.monotonic() - SPAWNED) * 1000, 1)
    sys.stderr.write("STAMPS " + json.dumps(out) + "\n")


sys.meta_path.insert(0, _Finder())
atexit.register(_report)
from fastpix_desktop.cli import main  # noqa: E402  (after the finder, on purpose)

sys.exit(main(sys.argv[1:]))
