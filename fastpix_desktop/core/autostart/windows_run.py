"""Windows: the ``FastPix Desktop`` value under ``HKCU\\Software\\Microsoft\\Windows\\
CurrentVersion\\Run``, written through a tiny registry port (tests record it; ``WinReg`` is the
real one). The NSIS installer's "Start with Windows" writes the same value."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from fastpix_desktop.core.autostart.command import windows_command_line

RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
# packaging/windows/fastpix-desktop.nsi writes and deletes this same name.
RUN_VALUE_NAME = "FastPix Desktop"


class RegistryPort(Protocol):
    """String values of one key under HKEY_CURRENT_USER."""

    def read(self, key: str, name: str) -> str | None: ...
    def write(self, key: str, name: str, value: str) -> None: ...
    def delete(self, key: str, name: str) -> None: ...


def _winreg() -> Any:
    # Windows only; typed Any so the type check on Linux and macOS sees no missing names.
    import importlib

    return importlib.import_module("winreg")


class WinReg:
    """RegistryPort over ``winreg`` (Windows only; imported when used)."""

    def read(self, key: str, name: str) -> str | None:
        winreg = _winreg()
        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key) as handle:
                value, _kind = winreg.QueryValueEx(handle, name)
        except OSError:  # FileNotFoundError: no key or no value
            return None
        return str(value)

    def write(self, key: str, name: str, value: str) -> None:
        winreg = _winreg()
        with winreg.CreateKey(winreg.HKEY_CURRENT_USER, key) as handle:
            winreg.SetValueEx(handle, name, 0, winreg.REG_SZ, value)

    def delete(self, key: str, name: str) -> None:
        winreg = _winreg()
        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key, 0, winreg.KEY_SET_VALUE) as handle:
                winreg.DeleteValue(handle, name)
        except FileNotFoundError:
            pass


class RunValue:
    def __init__(self, argv: Sequence[str], *, registry: RegistryPort | None = None) -> None:
        self.argv = tuple(argv)
        self.registry: RegistryPort = registry or WinReg()

    def command_line(self) -> str:
        return windows_command_line(self.argv)

    def is_enabled(self) -> bool:
        return self.registry.read(RUN_KEY, RUN_VALUE_NAME) is not None

    def enable(self) -> None:
        self.registry.write(RUN_KEY, RUN_VALUE_NAME, self.command_line())

    def disable(self) -> None:
        self.registry.delete(RUN_KEY, RUN_VALUE_NAME)
