"""The local broadcast log and the recorder that keeps it from the on-air monitor's snapshots:
sessions, reconnects, peaks and clips; IDs and times only; a bad file set aside, not trusted."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from fastpix_desktop.core.recordings.log import BroadcastLog, LoggedClip
from fastpix_desktop.core.recordings.recorder import BroadcastRecorder

STREAM = "0123456789abcdef0123456789abcdef"
OTHER = "fedcba9876543210fedcba9876543210"
T0 = datetime(2026, 12, 7, 18, 0, tzinfo=UTC)


@dataclass
class Figures:
    duration_s: int = 0
    viewers: int | None = None


@dataclass
class Snapshot:
    stream_id: str | None
    stream_status: str | None
    state: str = "live"
    figures: Figures = field(default_factory=Figures)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


def test_a_broadcast_is_logged_from_active_to_idle_with_reconnects_peak_and_clips(tmp_path):
    log, clock = BroadcastLog(tmp_path / "broadcasts.json"), Clock()
    recorder = BroadcastRecorder(log, now=clock)
    recorder.on_snapshot(Snapshot(STREAM, "idle", state="starting"))
    assert recorder.started_at(STREAM) is None

    recorder.on_snapshot(Snapshot(STREAM, "active", figures=Figures(viewers=3)))
    assert recorder.started_at(STREAM) == T0 and recorder.on_air_stream() == STREAM
    clock.advance(600)
    recorder.on_snapshot(Snapshot(STREAM, "active", state="reconnecting"))
    recorder.on_snapshot(Snapshot(STREAM, "active", state="reconnecting"))  # the same drop
    recorder.on_snapshot(Snapshot(STREAM, "active", figures=Figures(viewers=41)))
    recorder.on_snapshot(Snapshot(STREAM, "active", figures=Figures(viewers=12)))
    log.clipped(STREAM, LoggedClip(570, 600, "2026-12-07T18:10:00Z", "m-1"))
    clock.advance(60)
    recorder.on_snapshot(Snapshot(STREAM, "idle", state="off"))

    (session,) = log.sessions(STREAM)
    assert session.started == "2026-12-07T18:00:00Z" and session.ended == "2026-12-07T18:11:00Z"
    assert (session.reconnects, session.peak_viewers, len(session.clips)) == (1, 41, 1)
    summary = log.day_summary(T0, clock.now)
    assert (summary.seconds, summary.reconnects, summary.peak_viewers, summary.clips) == (
        660,
        1,
        41,
        1,
    )
    assert recorder.started_at(STREAM) is None
    text = (tmp_path / "broadcasts.json").read_text()
    assert set(json.loads(text)["sessions"][0]) == {
        "stream_id",
        "started",
        "ended",
        "reconnects",
        "peak_viewers",
        "clips",
    }  # IDs, times and counts: nothing else is kept


def test_a_restart_during_the_broadcast_keeps_its_clock_and_a_new_app_dates_it_from_obs(tmp_path):
    log, clock = BroadcastLog(tmp_path / "broadcasts.json"), Clock()
    first = BroadcastRecorder(log, now=clock)
    first.on_snapshot(Snapshot(STREAM, "active"))
    clock.advance(300)

    restarted = BroadcastRecorder(log, now=clock)
    restarted.on_snapshot(Snapshot(STREAM, "active", figures=Figures(duration_s=290)))
    assert restarted.started_at(STREAM) == T0  # the open session goes on
    assert len(log.sessions()) == 1

    fresh = BroadcastRecorder(BroadcastLog(tmp_path / "other.json"), now=clock)
    fresh.on_snapshot(Snapshot(OTHER, "active", figures=Figures(duration_s=120)))
    assert fresh.started_at(OTHER) == clock.now - timedelta(seconds=120)


def test_switching_streams_ends_the_first_broadcast_and_a_long_drop_starts_a_new_one(tmp_path):
    log, clock = BroadcastLog(tmp_path / "broadcasts.json"), Clock()
    recorder = BroadcastRecorder(log, now=clock)
    recorder.on_snapshot(Snapshot(STREAM, "active"))
    clock.advance(100)
    recorder.on_snapshot(Snapshot(OTHER, "active"))
    clock.advance(100)
    recorder.on_snapshot(Snapshot(OTHER, "idle"))  # the reconnect window passed
    clock.advance(10)
    recorder.on_snapshot(Snapshot(OTHER, "active"))

    sessions = log.sessions()
    assert [(s.stream_id, bool(s.ended)) for s in sessions] == [
        (OTHER, False),
        (OTHER, True),
        (STREAM, True),
    ]
    assert recorder.started_at(OTHER) == clock.now


def test_a_corrupt_or_hostile_log_is_set_aside_and_never_trusted(tmp_path: Path):
    path = tmp_path / "broadcasts.json"
    path.write_text("[" * 100_000)
    log = BroadcastLog(path)
    assert log.sessions() == []
    assert list(tmp_path.glob("broadcasts.json.corrupt-*"))

    path.write_text(
        json.dumps(
            {
                "sessions": [
                    {"stream_id": "../../x", "started": "2026-12-07T18:00:00Z"},
                    {"stream_id": STREAM, "started": "yesterday"},
                    {"stream_id": STREAM, "started": "2026-12-07T18:00:00Z", "reconnects": -5},
                ]
            }
        )
    )
    (only,) = log.sessions()
    assert only.reconnects == 0


def test_a_link_planted_at_the_log_is_replaced_not_written_through(tmp_path: Path):
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    path = tmp_path / "broadcasts.json"
    path.symlink_to(victim)
    BroadcastLog(path).started(STREAM, T0)
    assert victim.read_text() == "keep me"
    assert not path.is_symlink()
