"""The one operation runner: busy state, cancel, and the error ladder (AppError in plain words
next to the action, anything else to the error dialog); nothing dies silently."""

from __future__ import annotations

import asyncio

from fastpix_desktop.core.errors import ObsDisconnectedError
from fastpix_desktop.core.obs import StreamStateChanged
from fastpix_desktop.core.redact import register_secret
from fastpix_desktop.ui.obs.connection_dialog import ObsConnectionDialog
from fastpix_desktop.ui.operations import UNEXPECTED, install_loop_exception_handler
from fastpix_desktop.ui.widgets.error_dialog import ErrorDialog
from tests.doubles.obs import FakeObsController
from tests.ui.conftest import run_pending


class PollerBug(RuntimeError):
    pass


def _go_live(window, obs) -> None:
    obs.live = True
    obs.emit(StreamStateChanged(True, "OBS_WEBSOCKET_OUTPUT_STARTED"))


def test_an_exception_inside_a_live_poller_reaches_the_error_dialog(window, qloop, obs):
    obs.fail_on["get_stream_status"] = PollerBug("poller broke")  # type: ignore[assignment]
    _go_live(window, obs)
    run_pending(qloop)
    assert any(isinstance(exc, PollerBug) for exc in window.error_reporter.reported)
    dialog = window.findChild(ErrorDialog)
    assert dialog is not None and dialog.isVisible()
    assert "PollerBug" in dialog.details.toPlainText()
    assert window.message() == UNEXPECTED


def test_a_plain_words_error_in_a_live_poller_is_shown_and_polling_goes_on(window, qloop, obs):
    obs.fail_on["get_stream_status"] = ObsDisconnectedError()
    _go_live(window, obs)
    run_pending(qloop)
    assert window.live_panel.bitrate.text() == "unavailable"  # a failed poll, not a crash
    polls = obs.calls.count("get_stream_status")
    run_pending(qloop, rounds=10)
    assert obs.calls.count("get_stream_status") > polls
    assert window.error_reporter.reported == []


def test_the_loop_exception_handler_reports_to_the_error_dialog(window, qloop):
    install_loop_exception_handler(qloop, window.error_reporter.report_exception)
    secret = "sk_live_hidden_value_1234"
    register_secret(secret)

    def broken_callback() -> None:
        raise ValueError(f"callback broke with {secret}")

    qloop.call_soon(broken_callback)
    run_pending(qloop)
    dialog = window.findChild(ErrorDialog)
    assert dialog is not None and dialog.isVisible()
    assert (
        "callback broke" in dialog.details.toPlainText()
        and secret not in dialog.details.toPlainText()
    )


def test_app_error_goes_next_to_the_action_and_a_bug_to_the_dialog(window, qloop):
    async def fails(exc: Exception) -> None:
        await asyncio.sleep(0)
        raise exc

    qloop.run_until_complete(window.runner.run(fails(ObsDisconnectedError()), name="t1"))
    assert window.message() == str(ObsDisconnectedError())
    assert window.error_reporter.reported == []

    qloop.run_until_complete(window.runner.run(fails(KeyError("bug")), name="t2"))
    assert window.message() == UNEXPECTED
    assert isinstance(window.error_reporter.reported[-1], KeyError)


def test_one_job_at_a_time_and_cancel(window, qloop):
    started = asyncio.Event()

    async def long_job() -> None:
        started.set()
        await asyncio.sleep(30)

    job = window.runner.run_job(long_job(), name="job")
    assert job is not None and window.runner.busy
    qloop.run_until_complete(started.wait())
    assert not window.create_button.isEnabled() and window.cancel_button.isEnabled()
    assert window.runner.run_job(long_job(), name="second") is None  # refused, not queued
    window.cancel_button.click()
    run_pending(qloop)
    assert job.done() and not window.runner.busy
    assert window.create_button.isEnabled() and not window.cancel_button.isEnabled()
    assert window.error_reporter.reported == []


def test_a_bug_in_the_obs_connection_test_reaches_the_dialog(window, qloop):
    def factory(info):
        probe = FakeObsController(info=info)
        probe.connect = _raise_bug  # type: ignore[method-assign]
        return probe

    window.obs_panel._obs_factory = factory
    window.obs_panel.connection_action.trigger()
    run_pending(qloop)
    dialog = window.findChild(ObsConnectionDialog, "obsConnectionDialog")
    assert dialog is not None
    qloop.run_until_complete(dialog.start_test())
    assert dialog.result_label.text() == UNEXPECTED
    assert isinstance(window.error_reporter.reported[-1], ZeroDivisionError)
    assert dialog.test_button.isEnabled()
    dialog.reject()


async def _raise_bug() -> None:
    raise ZeroDivisionError("bug in the probe")


def test_a_crash_in_the_obs_reconnect_loop_reaches_the_error_dialog(window, qloop, monkeypatch):
    from fastpix_desktop.core.obs import ObsConnectionInfo, ObsController

    class SupervisorBug(RuntimeError):
        pass

    async def broken_supervise(self) -> None:
        await asyncio.sleep(0)
        raise SupervisorBug("reconnect loop broke")

    monkeypatch.setattr(ObsController, "_supervise", broken_supervise)
    install_loop_exception_handler(qloop, window.error_reporter.report_exception)
    controller = ObsController(ObsConnectionInfo(port=1), timeout=0.5)
    qloop.run_until_complete(controller.start())
    run_pending(qloop)
    assert any(isinstance(exc, SupervisorBug) for exc in window.error_reporter.reported)
    qloop.run_until_complete(controller.close())


def test_an_exclusive_task_replaces_the_running_one_of_its_group(window, qloop):
    """As Textual's exclusive workers: a newer library refresh cancels the older one, so its
    late answer can never overwrite the newer one's rows."""
    runner = window.runner
    finished: list[str] = []

    async def load(label: str, gate: asyncio.Event) -> None:
        await gate.wait()
        finished.append(label)

    old_gate, new_gate = asyncio.Event(), asyncio.Event()
    old = runner.run(load("old", old_gate), name="refresh", exclusive=True)
    run_pending(qloop)
    new = runner.run(load("new", new_gate), name="refresh", exclusive=True)
    assert runner.running("refresh") is new
    other = runner.run(load("other", new_gate), name="elsewhere", exclusive=True)
    old_gate.set()
    new_gate.set()
    qloop.run_until_complete(asyncio.wait([old, new, other]))
    assert old.cancelled() or finished.count("old") == 0
    assert sorted(finished) == ["new", "other"]  # another group is left alone
    assert runner.running("refresh") is None


def test_cancel_group_stops_only_that_group(window, qloop):
    runner = window.runner
    gate = asyncio.Event()
    polls = runner.run(gate.wait(), name="poll")
    kept = runner.run(gate.wait(), name="kept")
    runner.cancel_group("poll")
    run_pending(qloop)
    assert polls.done() and runner.running("poll") is None
    assert runner.running("kept") is kept
    gate.set()
    qloop.run_until_complete(kept)
