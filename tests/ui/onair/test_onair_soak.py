"""An hour of simulated on-air life in the real window (fake clock, fake OBS, in-process sandbox):
drops shorter and longer than the reconnect window, a disable and re-enable, stream-deck
commands and library clicks. After every step, every on-air line on screen, the tray and
``status --json`` (the reply a second launch gets) must agree with the one model (issue 26)."""

from __future__ import annotations

import pytest

from fastpix_desktop.core.onair.notify import NotificationKind, RecordingNotifier
from fastpix_desktop.core.onair.watchdog import Verdict
from fastpix_desktop.sandbox.state import StreamSpec
from fastpix_desktop.ui.onair.panel import OnAirOptions
from tests.onair.fakes import FakeClock
from tests.ui.conftest import wait_running
from tests.ui.onair.soak_life import WINDOW_S, Life, SendingObs


@pytest.fixture
def obs() -> SendingObs:
    return SendingObs()


def test_an_hour_on_air(make_window, stored_credentials, qloop, sandbox, obs):
    clock, notifier = FakeClock(), RecordingNotifier()
    show = sandbox.state.create_stream(
        StreamSpec(metadata={"livestream_name": "Soak show"}, reconnect_window=WINDOW_S)
    ).stream_id
    other = sandbox.state.create_stream(StreamSpec(metadata={"livestream_name": "Other"})).stream_id
    window = make_window(
        onair=OnAirOptions(notifier=notifier, clock=clock, channel=lambda: show, poll_s=3600)
    )
    life = Life(window, qloop, sandbox, obs, clock)
    library = window.library_panel
    library.start_refresh()
    wait_running(qloop, lambda: library.view.model.total == 2 and not window.busy)

    assert life.deck("go-live").exit_code == 0  # type: ignore[attr-defined]
    assert obs.live
    life.second(show, 30)
    assert NotificationKind.LIVE in notifier.kinds

    minute = 0
    while clock.now < 1000.0 + 3600:
        minute += 1
        # A library click every minute: the on-air truth never follows the selection.
        library.view.select(other if minute % 2 else show)
        if minute == 5:  # a short drop, inside the reconnect window
            life.drop()
            life.second(show, 20)
            life.back()
        elif minute == 12:  # a long drop: a new broadcast, said once
            session = window.onair_panel.monitor.session
            life.drop()
            life.second(show, 90)
            life.back()
            life.second(show, 25)
            assert window.onair_panel.monitor.session == session + 1
            assert notifier.kinds.count(NotificationKind.NEW_BROADCAST) == 1
        elif minute == 20:  # the stream disabled while live: OBS stopped, said why
            sandbox.set_status(show, "disabled")
            window.onair_panel.monitor.ask_fastpix_soon()
            life.second(show, 3)
            assert not obs.live
            assert window.onair_panel.monitor.snapshot().report.verdict in (
                Verdict.IDLE,
                Verdict.STREAM_DISABLED,
            )
        elif minute == 25:  # enabled again, and the deck goes live
            sandbox.set_status(show, "idle")
            assert life.deck("go-live").exit_code == 0  # type: ignore[attr-defined]
            life.second(show, 5)
            assert obs.live and window.onair_panel.banner.isHidden()
        elif minute == 50:  # the deck ends the show
            assert life.deck("end").exit_code == 0  # type: ignore[attr-defined]
            assert not obs.live and sandbox.streams[show].status == "idle"
        elif minute == 53:
            assert life.deck("go-live").exit_code == 0  # type: ignore[attr-defined]
        life.second(show, int(60 - (clock.now - 1000.0) % 60) or 60)

    assert NotificationKind.NOT_RECEIVING not in notifier.kinds
    assert notifier.kinds.count(NotificationKind.NEW_BROADCAST) == 1
    assert notifier.kinds.count(NotificationKind.STREAM_GONE) == 1
    assert life.checks >= 3600
