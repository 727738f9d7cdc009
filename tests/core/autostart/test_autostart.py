"""Start with the system: the XDG entry appears and disappears for real under a temporary
XDG_CONFIG_HOME; the LaunchAgent and the Run value are checked for what they would write."""

from __future__ import annotations

import plistlib
import subprocess
import sys

import pytest

from fastpix_desktop.core import autostart
from fastpix_desktop.core.autostart.command import desktop_exec
from fastpix_desktop.core.autostart.xdg import autostart_dir
from tests.conftest import in_ci


class RecordingRegistry:
    """RegistryPort double: HKCU as a dict of keys to values."""

    def __init__(self) -> None:
        self.keys: dict[str, dict[str, str]] = {}

    def read(self, key: str, name: str) -> str | None:
        return self.keys.get(key, {}).get(name)

    def write(self, key: str, name: str, value: str) -> None:
        self.keys.setdefault(key, {})[name] = value

    def delete(self, key: str, name: str) -> None:
        self.keys.get(key, {}).pop(name, None)


def test_the_command_starts_this_program_in_the_tray():
    assert autostart.launch_command(frozen=True, executable="/opt/fp/fastpix-desktop") == (
        "/opt/fp/fastpix-desktop",
        "--tray",
    )
    source = autostart.launch_command(frozen=False, executable="/usr/bin/python3")
    assert source == ("/usr/bin/python3", "-m", "fastpix_desktop", "--tray")


def test_a_start_from_the_windows_console_twin_starts_the_windowed_app(tmp_path):
    cli = tmp_path / "fastpix-desktop-cli.exe"
    windowed = tmp_path / "fastpix-desktop.exe"
    cli.write_bytes(b"MZ")
    windowed.write_bytes(b"MZ")
    argv = autostart.launch_command(frozen=True, executable=str(cli))
    assert argv == (str(windowed), "--tray")


def test_xdg_entry_appears_and_disappears_under_xdg_config_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    writer = autostart.for_this_system("linux")
    entry = tmp_path / "config" / "autostart" / "fastpix-desktop.desktop"
    assert not writer.is_enabled()

    writer.enable()
    assert entry.is_file() and writer.is_enabled()
    text = entry.read_text(encoding="utf-8")
    assert "Type=Application" in text and "X-GNOME-Autostart-enabled=true" in text
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    assert exec_line.endswith(" --tray")
    _validate(entry)

    writer.disable()
    assert not entry.exists() and not writer.is_enabled()
    writer.disable()  # already off: nothing to do, no error


def test_xdg_falls_back_to_dot_config_for_a_relative_value(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    assert autostart_dir({"XDG_CONFIG_HOME": "relative"}) == tmp_path / ".config" / "autostart"
    assert autostart_dir({}) == tmp_path / ".config" / "autostart"


def test_exec_quoting_survives_spaces_and_percent_signs():
    line = desktop_exec(["/home/a b/fast$pix/fastpix-desktop", "--tray", "50%"])
    assert line == '"/home/a b/fast\\$pix/fastpix-desktop" --tray 50%%'


def test_an_entry_for_a_path_with_spaces_is_valid(tmp_path):
    writer = autostart.XdgAutostart(
        ["/home/ana paula/opt/fastpix-desktop/fastpix-desktop", "--tray"], folder=tmp_path
    )
    writer.enable()
    _validate(writer.path)


def _validate(path) -> None:
    try:
        done = subprocess.run(
            ["desktop-file-validate", str(path)], capture_output=True, text=True, check=False
        )
    except FileNotFoundError:
        if in_ci():
            raise
        pytest.skip("desktop-file-validate is not installed (desktop-file-utils)")
    assert done.returncode == 0, done.stdout + done.stderr


def test_launch_agent_runs_the_app_once_at_login(tmp_path):
    agent = autostart.LaunchAgent(
        ("/Applications/FastPix Desktop.app/Contents/MacOS/fastpix-desktop", "--tray"),
        folder=tmp_path / "LaunchAgents",
    )
    assert not agent.is_enabled()
    agent.enable()
    assert agent.path == tmp_path / "LaunchAgents" / "com.fastpix.desktop.plist"
    written = plistlib.loads(agent.path.read_bytes())
    assert written == {
        "Label": "com.fastpix.desktop",
        "ProgramArguments": [
            "/Applications/FastPix Desktop.app/Contents/MacOS/fastpix-desktop",
            "--tray",
        ],
        "RunAtLoad": True,
        "KeepAlive": False,
        "ProcessType": "Interactive",
    }
    agent.disable()
    assert not agent.path.exists() and not agent.is_enabled()


def test_run_value_is_written_and_removed_under_hkcu_run():
    registry = RecordingRegistry()
    run = autostart.RunValue(
        (
            r"C:\Users\Ana Paula\AppData\Local\Programs\FastPix Desktop\fastpix-desktop.exe",
            "--tray",
        ),
        registry=registry,
    )
    assert not run.is_enabled()
    run.enable()
    assert registry.keys == {
        r"Software\Microsoft\Windows\CurrentVersion\Run": {
            "FastPix Desktop": (
                r'"C:\Users\Ana Paula\AppData\Local\Programs\FastPix Desktop'
                r'\fastpix-desktop.exe" --tray'
            )
        }
    }
    assert run.is_enabled()
    run.disable()
    assert registry.keys[autostart.RUN_KEY] == {}
    assert not run.is_enabled()
    run.disable()  # no value: nothing to do


def test_the_installer_writes_the_same_run_value():
    from tests.conftest import PROJECT_ROOT

    nsi = (PROJECT_ROOT / "packaging" / "windows" / "fastpix-desktop.nsi").read_text("utf-8")
    assert f'"{autostart.RUN_VALUE_NAME}"' in nsi
    assert autostart.RUN_KEY in nsi
    assert "--tray" in nsi


@pytest.mark.parametrize(
    ("platform", "kind"),
    [
        ("linux", autostart.XdgAutostart),
        ("darwin", autostart.LaunchAgent),
        ("win32", autostart.RunValue),
    ],
)
def test_each_system_gets_its_own_writer(platform, kind):
    writer = autostart.for_this_system(platform)
    assert isinstance(writer, kind)
    assert writer.argv[0] == sys.executable and writer.argv[-1] == "--tray"
