"""Minimise to tray: with the option on and a tray to come back from, a minimised window leaves
the taskbar; the tray's Show window (or a click on the icon) brings it back. Without a tray it
stays minimised where the streamer can find it. The choice is remembered."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QSystemTrayIcon

from tests.ui.conftest import wait_running


@pytest.fixture
def tray_available(monkeypatch):
    """The offscreen platform has no system tray; a desktop session has one."""
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))


def _minimise(window, qloop) -> None:
    window.showMinimized()
    wait_running(qloop, lambda: window.isMinimized() or window.isHidden())


def test_minimised_window_goes_to_the_tray_and_comes_back(window, qloop, tray_available):
    window.show()
    window.onair_panel.minimise_action.setChecked(True)
    _minimise(window, qloop)
    wait_running(qloop, window.isHidden)

    window.onair_panel.tray.show_action.trigger()
    wait_running(qloop, window.isVisible)
    assert not window.isMinimized()

    _minimise(window, qloop)
    wait_running(qloop, window.isHidden)
    window.onair_panel.tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
    wait_running(qloop, window.isVisible)
    assert not window.isMinimized()


def test_option_off_the_window_only_minimises(window, qloop, tray_available):
    window.show()
    assert not window.onair_panel.minimise_action.isChecked()  # off unless chosen
    _minimise(window, qloop)
    assert not window.isHidden()


def test_without_a_tray_a_minimised_window_stays_reachable(window, qloop):
    window.show()
    window.onair_panel.minimise_action.setChecked(True)
    _minimise(window, qloop)
    assert not window.isHidden()


def test_the_choice_is_remembered(window, app_settings):
    window.onair_panel.minimise_action.setChecked(True)
    assert app_settings.minimise_to_tray()
    window.onair_panel.minimise_action.setChecked(False)
    assert not app_settings.minimise_to_tray()
