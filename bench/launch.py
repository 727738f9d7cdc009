"""Bench child: start the app through its own entry point (``python -m fastpix_desktop``), or a
bare window, and time it from inside without changing what the app imports or when.

Post-import hooks (a ``sys.meta_path`` wrapper, standard library only) give PySide6's
QApplication and QMainWindow thin subclasses as soon as the app imports them, so the bench
sees the app's own start-up order. ``bench/probe.py`` then drives and measures the window.
Usage: ``launch.py app|baseline|deps [WxH]``; what to measure comes in BENCH_* variables
(``run.py`` sets them). Prints one BENCH-RESULT line, then leaves with os._exit.
"""

import os
import sys
import time

import layout  # this script's folder is sys.path[0]
import stamps

_after_import = {}  # module name -> [callback(module)]


class _Loader:
    """Delegates to the real loader, then runs the callbacks registered for the module."""

    def __init__(self, loader, name):
        self._loader, self._name = loader, name

    def create_module(self, spec):
        return self._loader.create_module(spec)

    def exec_module(self, module):
        self._loader.exec_module(module)
        for callback in _after_import.pop(self._name, []):
            callback(module)

    def __getattr__(self, attr):
        return getattr(self._loader, attr)


class _AfterImport:
    """A meta-path finder that only wraps the loaders of modules someone is waiting for."""

    def find_spec(self, name, path=None, target=None):
        if name not in _after_import:
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


def after_import(name, callback):
    if name in sys.modules:
        callback(sys.modules[name])
    else:
        _after_import.setdefault(name, []).append(callback)


def _install_qt_hooks(mode):
    def on_widgets(widgets):
        import probe

        probe.install(widgets, mode=mode)

    after_import("PySide6.QtWidgets", on_widgets)


def _stamp_calls(module_name, class_name, method, label):
    """Note when the first call of an async method starts and ends ("LABEL_start",
    "LABEL_end"): the start-up timeline after the first frame (bench/README.md)."""

    def on_module(module):
        cls = getattr(module, class_name)
        original = getattr(cls, method)

        async def stamped(self, *args, **kwargs):
            stamps.times.setdefault(f"{label}_start", time.monotonic())
            result = await original(self, *args, **kwargs)
            stamps.times.setdefault(f"{label}_end", time.monotonic())
            return result

        setattr(cls, method, stamped)

    after_import(module_name, on_module)


def _stamp_sync_call(module_name, class_name, method, label):
    def on_module(module):
        cls = getattr(module, class_name)
        original = getattr(cls, method, None)
        if original is None:
            return

        def stamped(self, *args, **kwargs):
            stamps.times.setdefault(f"{label}_start", time.monotonic())
            result = original(self, *args, **kwargs)
            stamps.times.setdefault(f"{label}_end", time.monotonic())
            return result

        setattr(cls, method, stamped)

    after_import(module_name, on_module)


def _watch_start_up():
    """The credentials check ("usable" waits for its success) and the keyring and OBS calls
    before it."""
    client = layout.module("fastpix_client")  # where FastPixClient is, in either layout
    _stamp_calls(client, "FastPixClient", "verify_credentials", "check")
    _stamp_sync_call(client, "FastPixClient", "_build_client", "http_setup")
    _stamp_calls("fastpix_desktop.core.secrets", "SecretStore", "probe", "keyring_probe")
    # The probe and the start-up reads in one job, where the app has it (then the first get is
    # answered from that job, not from the keyring).
    _stamp_calls("fastpix_desktop.core.secrets", "SecretStore", "probe_and_prime", "keyring_probe")
    _stamp_calls("fastpix_desktop.core.secrets", "SecretStore", "get", "keyring_first_get")
    _stamp_calls("fastpix_desktop.core.obs", "ObsController", "connect", "obs_connect")


def _fake_obs():
    """No OBS can run here: the app gets the in-process fake (JSON ``obs: "fake"``)."""

    def fake_controller(info, **_options):
        # Imported when the app builds its controller, not when core.obs is imported: the
        # doubles import core.obs themselves (and the in-memory keyring imports the doubles).
        from doubles import FakeObsController

        return FakeObsController(info)

    def on_obs(module):
        module.ObsController = fake_controller

    after_import("fastpix_desktop.core.obs", on_obs)


def _seed_session_keyring():
    """The in-memory keyring (labelled extra) lives in this process: fill it as a set-up user's
    keyring would be. Imports keyring early, so this run's start-up figures are not used."""
    import json

    import keyring

    for name, value in json.loads(os.environ["BENCH_SEED_KEYRING"]).items():
        keyring.set_password("fastpix-desktop", name, value)


def _preload():
    """BENCH_PRELOAD=mod,mod: import these before the app's entry point runs, to measure a
    proposed import order without changing the app (bench/README.md, "Start-up")."""
    import importlib

    for name in filter(None, os.environ.get("BENCH_PRELOAD", "").split(",")):
        importlib.import_module(name)


def _what_if():
    """BENCH_WHATIF=name,name: proposed start-up changes, simulated from outside the app so
    they can be measured before anyone restructures it (bench/whatif.py, bench/README.md).

    ``warm_client``: FastPixClient.warm_up() as soon as the client exists (build_services).
    ``early_keyring``: a thread started at launch imports keyring, resolves the backend and
    reads the three secrets; SecretStore.probe/get then wait for it instead of starting then.
    """
    wanted = set(filter(None, os.environ.get("BENCH_WHATIF", "").split(",")))
    if "warm_client" in wanted:

        def on_fastpix(module):
            original = module.FastPixClient.__init__

            def init(self, *args, **kwargs):
                original(self, *args, **kwargs)
                self.warm_up()

            module.FastPixClient.__init__ = init

        after_import(layout.module("fastpix_client"), on_fastpix)
    if "early_keyring" in wanted:
        import concurrent.futures
        import threading

        names = ("fastpix-access-token-id", "fastpix-secret-key", "obs-websocket-password")
        early = concurrent.futures.Future()

        def read_all():
            try:
                import keyring

                keyring.get_keyring()
                early.set_result({n: keyring.get_password("fastpix-desktop", n) for n in names})
            except BaseException as exc:
                early.set_exception(exc)

        threading.Thread(target=read_all, name="bench-early-keyring", daemon=True).start()

        def on_secrets(module):
            import asyncio

            store = module.SecretStore
            probe, get = store.probe, store.get

            async def early_probe(self):
                await asyncio.wrap_future(early)
                return await probe(self)

            async def early_get(self, name):
                values = await asyncio.wrap_future(early)
                if values.get(name) is None:
                    return await get(self, name)
                module.register_secret(values[name])
                self._memory[name] = values[name]
                return values[name]

            store.probe, store.get = early_probe, early_get

        after_import("fastpix_desktop.core.secrets", on_secrets)


def run_app():
    _what_if()
    _preload()
    _watch_start_up()
    if os.environ.get("BENCH_FAKE_OBS"):
        _fake_obs()
    if os.environ.get("BENCH_SEED_KEYRING"):
        _seed_session_keyring()
    import runpy

    sys.argv = ["fastpix-desktop"]
    runpy.run_module("fastpix_desktop", run_name="__main__", alter_sys=True)


def run_baseline(size="900x600"):
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    width, height = (int(n) for n in size.split("x"))
    window.resize(width, height)
    window.show()
    app.exec()


def main():
    sys.meta_path.insert(0, _AfterImport())
    mode = sys.argv[1]
    if mode == "deps":
        import dependency_floor

        dependency_floor.run(*sys.argv[2:])
        return
    _install_qt_hooks(mode)
    {"app": run_app, "baseline": run_baseline}[mode](*sys.argv[2:])
    sys.exit("bench: the app ended before the measurement did")


if __name__ == "__main__":
    main()
