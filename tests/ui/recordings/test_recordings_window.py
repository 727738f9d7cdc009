"""Clip that and Past broadcasts in the real window, over the sandbox (in-process transport) and
the fake OBS: the clip's link while on air, nothing to clip when not; after End broadcast the
recording goes from processing to ready; MP4 download; the broadcast log survives a restart and
holds no secret."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from fastpix_desktop.core.errors import FastPixError
from fastpix_desktop.core.recordings.log import BroadcastLog
from fastpix_desktop.sandbox import SandboxApi
from fastpix_desktop.sandbox.media import PROCESSING_S
from fastpix_desktop.ui.onair.panel import OnAirOptions
from fastpix_desktop.ui.recordings import RecordingsOptions
from tests.onair.fakes import FakeClock as MonotonicClock
from tests.sandbox.test_sandbox_ingest_hook import FakeClock
from tests.ui.conftest import run_pending, wait_running

PLAYBACK_BASE = "https://stream.fastpix.com"


@pytest.fixture
def wall() -> FakeClock:
    return FakeClock()


@pytest.fixture
def sandbox(wall) -> SandboxApi:  # the UI fixtures' sandbox, on the test's clock
    return SandboxApi(seed=7, clock=wall)


@pytest.fixture
def fetched() -> list[str]:
    return []


@pytest.fixture
def rec_window(make_window, stored_credentials, sandbox, wall, fetched, tmp_path):
    async def fetch(url: str) -> str:  # the sandbox's playback host answers the clip URL
        fetched.append(url)
        path, _, query = url.removeprefix(PLAYBACK_BASE).partition("?")
        answer = sandbox.handle("GET", path, query=query)
        if answer.status >= 400:
            raise FastPixError(answer.body.decode().strip(), status=answer.status)
        return answer.body.decode()

    def make():
        return make_window(
            onair=OnAirOptions(clock=MonotonicClock(), channel=lambda: None, poll_s=3600),
            recordings=RecordingsOptions(
                fetch=fetch, now=wall, follow_every_s=0.02, listing_every_s=0.02
            ),
        )

    return make


def _poll(window, qloop, clock: MonotonicClock | None = None) -> None:
    task = window.onair_panel.poll()
    if task is not None:
        qloop.run_until_complete(task)
    run_pending(qloop)


def _go_live(window, qloop, sandbox):
    window.start_check.setChecked(True)
    qloop.run_until_complete(window.start_create())
    stream = next(iter(sandbox.streams.values()))
    sandbox.set_status(stream.stream_id, "active")
    window.onair_panel.monitor.ask_fastpix_soon()
    _poll(window, qloop)
    return stream


def test_clip_that_is_off_until_fastpix_says_active_then_shows_the_clip(
    rec_window, qloop, sandbox, wall, fetched
):
    window = rec_window()
    panel = window.recordings_panel
    assert not panel.clip_action.isEnabled() and panel.clip_button.isHidden()
    assert panel.clip_action in window.obs_menu.actions()
    assert panel.clip_action in window.onair_panel.tray.menu.actions()

    window.start_check.setChecked(True)
    qloop.run_until_complete(window.start_create())
    _poll(window, qloop)
    assert window.onair_panel.state.on_air  # OBS streams, but FastPix has no video yet
    assert not panel.clip_action.isEnabled() and panel.clip_button.isHidden()

    stream = next(iter(sandbox.streams.values()))
    sandbox.set_status(stream.stream_id, "active")
    window.onair_panel.monitor.ask_fastpix_soon()
    _poll(window, qloop)
    assert panel.clip_action.isEnabled() and panel.clip_button.isVisible()
    assert panel.clip_button.focusPolicy().name == "NoFocus"
    wall.advance(95)
    panel.clip_button.click()
    wait_running(qloop, lambda: panel.clip_view.isVisible())

    link = panel.clip_view.link.value()
    assert fetched == [link]
    query = parse_qs(urlsplit(link).query)
    assert query["start"] == ["65s"] and query["end"] == ["95s"]  # the last 30 s
    assert link.startswith(f"{PLAYBACK_BASE}/{stream.playback_ids[0].id}.m3u8")
    assert not panel.clip_view.qr.pixmap().isNull()
    assert "approximate" in panel.clip_view.approximate.text()
    wait_running(qloop, lambda: panel.clip_view.status.text().startswith("Clip on FastPix"))
    assert panel.box.isVisible()
    assert "Clip ready" in window.message()


def test_a_clip_when_fastpix_no_longer_says_active_is_refused_in_plain_words(
    rec_window, qloop, sandbox, wall
):
    window = rec_window()
    panel = window.recordings_panel
    stream = _go_live(window, qloop, sandbox)
    wall.advance(20)
    sandbox.set_status(stream.stream_id, "idle")  # FastPix moved on before the next poll
    task = panel.clip_that()
    assert task is not None
    qloop.run_until_complete(task)
    run_pending(qloop)
    assert "not on air" in panel.clip_status.text()
    assert not panel.clip_view.isVisible()


def test_end_broadcast_follows_the_recording_to_ready_and_past_broadcasts_lists_it(
    rec_window, qloop, sandbox, wall
):
    window = rec_window()
    panel = window.recordings_panel
    stream = _go_live(window, qloop, sandbox)
    wall.advance(120)
    qloop.run_until_complete(panel.clip_that())
    window.onair_panel.monitor.figures.on_viewers(41)  # a peak the log keeps
    qloop.run_until_complete(window.onair_panel.end_broadcast(confirmed=True))
    _poll(window, qloop)
    wait_running(qloop, lambda: "processing" in panel.recording_label.text())
    assert not panel.clip_action.isEnabled()

    wall.advance(PROCESSING_S)
    wait_running(qloop, lambda: "ready" in panel.recording_label.text())

    dialog = panel.show_past()
    wait_running(qloop, lambda: len(dialog.rows) == 2)
    recording, clip = dialog.rows
    assert recording.title.text().startswith("Recording · ready · 2 min 00 s")
    assert clip.title.text().startswith("Clip")
    assert recording.link is not None and recording.link.value().endswith(".m3u8")
    assert "clips: 1" in dialog.summary.text()
    assert "2 min 00 s on air" in dialog.summary.text()

    assert recording.mp4_button is not None
    recording.mp4_button.click()
    wait_running(qloop, lambda: dialog.rows and dialog.rows[0].mp4_link is not None)
    mp4 = dialog.rows[0].mp4_link
    assert mp4 is not None and mp4.value().endswith("/capped-4k.mp4")
    assert sandbox.handle("GET", urlsplit(mp4.value()).path).status == 200

    # The broadcast log file holds IDs and times, never a key or passphrase.
    text = BroadcastLog.default().path.read_text(encoding="utf-8")
    assert stream.stream_id in text
    assert stream.stream_key not in text
    if stream.srt_secret:
        assert stream.srt_secret not in text


def test_the_day_summary_survives_a_restart(rec_window, qloop, sandbox, wall):
    first = rec_window()
    _go_live(first, qloop, sandbox)
    wall.advance(300)
    qloop.run_until_complete(first.recordings_panel.clip_that())
    qloop.run_until_complete(first.onair_panel.end_broadcast(confirmed=True))
    _poll(first, qloop)
    wait_running(qloop, lambda: "processing" in first.recordings_panel.recording_label.text())
    first.close()
    qloop.run_until_complete(first.shutdown())

    second = rec_window()
    dialog = second.recordings_panel.show_past()
    wait_running(qloop, lambda: "clips: 1" in dialog.summary.text())
    assert "5 min 00 s on air" in dialog.summary.text()


def test_past_broadcasts_and_mp4_say_a_fastpix_failure_in_plain_words(
    rec_window, qloop, sandbox, wall
):
    from fastpix_desktop.sandbox.faults import Fault

    window = rec_window()
    panel = window.recordings_panel
    _go_live(window, qloop, sandbox)
    wall.advance(60)
    qloop.run_until_complete(window.onair_panel.end_broadcast(confirmed=True))
    _poll(window, qloop)
    wall.advance(PROCESSING_S)
    wait_running(qloop, lambda: "ready" in panel.recording_label.text())

    sandbox.inject(Fault(method="GET", path_prefix="/on-demand", status=500))  # until cleared
    dialog = panel.show_past()
    wait_running(qloop, lambda: "FastPix" in dialog.status.text() and dialog.status.isVisible())
    assert "Traceback" not in dialog.status.text()
    assert window.error_reporter.reported == []  # an expected failure: no error dialog

    sandbox.clear_faults()
    sandbox.inject(Fault(method="PATCH", path_prefix="/on-demand", status=403, times=1))
    qloop.run_until_complete(panel.refresh_past())
    assert len(dialog.rows) == 1 and dialog.rows[0].mp4_button is not None
    dialog.rows[0].mp4_button.click()
    wait_running(
        qloop, lambda: "FastPix" in dialog.status.text() and "MP4" not in dialog.status.text()
    )
    assert dialog.rows[0].mp4_link is None
