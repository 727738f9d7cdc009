"""Child of golive_timeline.py: the command line's ``main`` with its go-live steps stamped
(ms from the parent's spawn, on stderr as one ``STAMPS {...}`` line at exit). Module paths by
role (bench/layout.py), so both layouts are stamped; labels name the feature-package modules."""

from __future__ import annotations

import atexit
import importlib
import json
import os
import sys
import time

import launch
import layout

SPAWNED = float(os.environ["STAMP_SPAWN"])  # the parent's time.monotonic() at spawn
stamps: dict[str, float] = {"child_start": time.monotonic()}
# The process's CPU time (all threads, ms since it started) at each stamp: on a busy machine the
# wall times above include other programs' turns, these do not.
cpu: dict[str, float] = {"child_start": time.process_time()}


def _note(label: str) -> None:
    if label not in stamps:
        stamps[label] = time.monotonic()
        cpu[label] = time.process_time()


# Modules whose import end is noted ("imp:NAME", NAME as in the feature packages).
IMPORTS = {
    "asyncio": "asyncio",
    "httpx": "httpx",
    "obsws_python": "obsws_python",
    "keyring": "keyring",
    layout.module("cli_entry"): "fastpix_desktop.cli.entry",
    layout.module("cli_create"): "fastpix_desktop.cli.create",
    layout.module("fastpix_client"): "fastpix_desktop.core.fastpix.client",
    layout.module("golive_use_cases"): "fastpix_desktop.core.golive.use_cases",
    "fastpix_desktop.core.obs": "fastpix_desktop.core.obs",
}
# module -> (class or None, function, label, is a coroutine function): first call's start/end.
CALLS = {
    layout.module("fastpix_client"): [
        ("FastPixClient", "_build_client", "build", False),
        ("FastPixClient", "create_stream", "create", True),
    ],
    layout.module("bounded_http"): [(None, "exchange", "request", True)],
    layout.module("obs_controller"): [
        ("ObsController", "connect", "obs_connect", True),
        ("ObsController", "get_stream_status", "obs_live_check", True),
        ("ObsController", "set_service", "push", True),
        ("ObsController", "start_streaming_and_wait", "start", True),
    ],
    "fastpix_desktop.core.secrets": [
        ("SecretStore", "probe", "keyring_probe", True),
        ("SecretStore", "get", "keyring_get", True),
    ],
    layout.module("restore_save"): [("PreparedSave", "hold", "restore_point_write", True)],
}


def _wrap(original, label: str, is_async: bool):
    if is_async:

        async def stamped_async(*args, **kwargs):
            _note(label + "_start")
            try:
                return await original(*args, **kwargs)
            finally:
                _note(label + "_end")

        return stamped_async

    def stamped(*args, **kwargs):
        _note(label + "_start")
        try:
            return original(*args, **kwargs)
        finally:
            _note(label + "_end")

    return stamped


def _on_import(name: str, module) -> None:
    if name in IMPORTS:
        _note("imp:" + IMPORTS[name])
    for class_name, function, label, is_async in CALLS.get(name, []):
        owner = getattr(module, class_name) if class_name else module
        setattr(owner, function, _wrap(getattr(owner, function), label, is_async))


def _report() -> None:
    ordered = sorted(stamps.items(), key=lambda item: item[1])
    out = {name: round((at - SPAWNED) * 1000, 1) for name, at in ordered}
    out["exit"] = round((time.monotonic() - SPAWNED) * 1000, 1)
    cpu["exit"] = time.process_time()
    out["cpu_ms"] = {
        name: round(at * 1000, 1) for name, at in sorted(cpu.items(), key=lambda i: i[1])
    }
    sys.stderr.write("STAMPS " + json.dumps(out) + "\n")


# launch.py's post-import hooks (this script's folder is sys.path[0]).
for _name in set(IMPORTS) | set(CALLS):
    launch.after_import(_name, lambda module, name=_name: _on_import(name, module))
sys.meta_path.insert(0, launch._AfterImport())
atexit.register(_report)
# After the finder, on purpose.
sys.exit(importlib.import_module(layout.module("cli_entry")).main(sys.argv[1:]))
