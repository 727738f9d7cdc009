"""SimulcastTargetsView as a streamer uses it: pick a service, paste a key (masked), add; pause,
resume and remove targets; while live, FastPix's rule is explained instead of a doomed request; a
bad URL is refused before anything is requested. The view is a pure view: signals are the output."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import Qt

from fastpix_desktop.core.simulcast.targets import (
    NOT_IDLE_RULE,
    TRIAL_RULE,
    SimulcastTarget,
    TargetListing,
)
from fastpix_desktop.ui.simulcast.targets_view import SimulcastTargetsView
from fastpix_desktop.ui.widgets.clipboard import SecretClipboard

TWITCH_KEY = "live_1012464221_DuM8W004MoZYNxQEZ0czODgfHCFBhk"
YOUTUBE_KEY = "q4zx-8d2m-91kf-77aa-hh3p"


class Spy:
    """Collects every emission of one signal."""

    def __init__(self, signal) -> None:
        self.calls: list[tuple] = []
        signal.connect(lambda *args: self.calls.append(args))


@pytest.fixture
def panel(qtbot) -> SimulcastTargetsView:
    widget = SimulcastTargetsView(clipboard=SecretClipboard(clear_after_ms=50))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _choose(panel: SimulcastTargetsView, preset_id: str) -> None:
    panel.preset_combo.setCurrentIndex(panel.preset_combo.findData(preset_id))


def _targets() -> list[SimulcastTarget]:
    return [
        SimulcastTarget("a" * 32, "rtmp://live.twitch.tv/app", TWITCH_KEY, True, {}),
        SimulcastTarget(
            "b" * 32,
            "rtmps://a.rtmps.youtube.com:443/live2",
            YOUTUBE_KEY,
            False,
            {"simulcast_name": "Main channel"},
        ),
    ]


def test_presets_fill_in_the_documented_urls(panel):
    labels = [panel.preset_combo.itemText(i) for i in range(panel.preset_combo.count())]
    _choose(panel, "youtube")
    youtube_url = panel.url_edit.text()
    _choose(panel, "custom")

    assert labels == ["Twitch", "YouTube", "Kick", "Facebook Live", "Custom RTMP(S) server"]
    assert youtube_url == "rtmps://a.rtmps.youtube.com:443/live2"
    assert panel.name_edit.text() == ""
    assert panel.url_edit.text() == "" and not panel.url_edit.isReadOnly()
    _choose(panel, "kick")
    assert "Stream URL" in panel.hint_label.text()  # Kick's URL can differ per account


def test_adding_twitch_emits_url_key_and_name_with_the_key_masked(panel, qtbot):
    _choose(panel, "twitch")
    qtbot.keyClicks(panel.key_field.edit, TWITCH_KEY)

    assert TWITCH_KEY not in panel.key_field.displayed_text()
    with qtbot.waitSignal(panel.add_requested) as added:
        qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)

    assert added.args == ["rtmp://live.twitch.tv/app", TWITCH_KEY, "Twitch"]
    assert panel.error_label.isHidden()
    panel.clear_form()
    assert panel.key_field.value() == ""
    assert panel.url_edit.text() == "rtmp://live.twitch.tv/app"


@pytest.mark.parametrize(
    ("url", "key", "shown"),
    [
        ("https://live.twitch.tv/app", TWITCH_KEY, "must start with rtmp:// or rtmps://"),
        ("srt://live.example:778", TWITCH_KEY, "must start with rtmp:// or rtmps://"),
        ("", TWITCH_KEY, "The target URL is empty"),
        ("rtmp://live.twitch.tv/app", "", "stream key is empty"),
        ("rtmp://live.twitch.tv/app", "two words", "spaces or line breaks"),
    ],
)
def test_bad_input_is_refused_before_anything_is_requested(panel, qtbot, url, key, shown):
    spy = Spy(panel.add_requested)
    _choose(panel, "custom")
    panel.url_edit.setText(url)
    panel.key_field.setValue(key)

    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)

    assert spy.calls == []
    assert not panel.error_label.isHidden()
    assert shown in panel.error_label.text()
    assert key == "" or key not in panel.error_label.text()


def test_while_live_adding_explains_fastpixs_rule_instead_of_requesting(panel, qtbot):
    spy = Spy(panel.add_requested)
    panel.set_live(True)
    _choose(panel, "youtube")
    panel.key_field.setValue(YOUTUBE_KEY)

    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)

    assert spy.calls == []
    assert not panel.live_label.isHidden()
    assert panel.error_label.text() == NOT_IDLE_RULE
    assert "before going live" in NOT_IDLE_RULE
    panel.set_live(False)
    with qtbot.waitSignal(panel.add_requested):
        qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.live_label.isHidden()


def test_a_trial_stream_is_explained_from_its_listing_without_a_request(panel, qtbot):
    spy = Spy(panel.add_requested)
    listing = TargetListing(stream_id="s", stream_status="idle", trial=True)
    panel.set_add_rule(listing.refusal)
    panel.key_field.setValue(TWITCH_KEY)

    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)

    assert spy.calls == []
    assert panel.live_label.text() == TRIAL_RULE
    assert panel.error_label.text() == TRIAL_RULE


def test_targets_show_enabled_or_paused_never_broadcasting_and_keys_masked(panel):
    panel.set_targets(_targets())

    twitch, youtube = panel.rows["a" * 32], panel.rows["b" * 32]
    assert panel.empty_label.isHidden()
    assert twitch.title.text() == "Twitch"  # from the URL when the target has no name
    assert youtube.title.text() == "Main channel"
    assert (twitch.state_label.text(), youtube.state_label.text()) == ("Enabled", "Paused")
    assert (twitch.toggle_button.text(), youtube.toggle_button.text()) == ("Pause", "Resume")
    shown = " ".join(label.text() for label in panel.findChildren(type(twitch.title)))
    assert "roadcast" not in shown
    assert TWITCH_KEY not in twitch.key_field.displayed_text()
    assert twitch.key_field.value() == TWITCH_KEY  # Show / Copy still work


def test_pause_resume_and_remove_emit_the_target_id(panel, qtbot):
    panel.set_live(True)  # all three are allowed while live
    panel.set_targets(_targets())
    enabled = Spy(panel.enabled_requested)
    removed = Spy(panel.remove_requested)

    qtbot.mouseClick(panel.rows["a" * 32].toggle_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.rows["b" * 32].toggle_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.rows["b" * 32].remove_button, Qt.MouseButton.LeftButton)

    assert enabled.calls == [("a" * 32, False), ("b" * 32, True)]
    assert removed.calls == [("b" * 32,)]


def test_set_targets_replaces_the_list(panel, qtbot):
    panel.set_targets(_targets())
    panel.set_targets(_targets()[:1])
    qtbot.waitUntil(lambda: len(panel.findChildren(type(panel.rows["a" * 32]))) == 1)

    assert list(panel.rows) == ["a" * 32]
    panel.set_targets([])
    assert panel.rows == {}
    assert not panel.empty_label.isHidden()


def test_busy_blocks_a_second_request_and_errors_are_shown(panel, qtbot):
    panel.set_targets(_targets())
    spy = Spy(panel.enabled_requested)
    panel.set_busy(True)

    qtbot.mouseClick(panel.rows["a" * 32].toggle_button, Qt.MouseButton.LeftButton)
    panel.show_error("FastPix could not pause the simulcast target (400): stream is disabled.")

    assert spy.calls == []
    assert not panel.add_button.isEnabled()
    assert "stream is disabled" in panel.error_label.text()
    panel.set_busy(False)
    panel.show_error("")
    assert panel.add_button.isEnabled() and panel.error_label.isHidden()


def test_a_name_that_looks_like_html_is_shown_as_text(panel):
    target = SimulcastTarget("c" * 32, "rtmp://x.test/app", "k-123", True, {})
    named = SimulcastTarget(
        "d" * 32, "rtmp://x.test/app", "k-456", True, {"simulcast_name": "<b>x</b>"}
    )
    panel.set_targets([target, named])

    assert panel.rows["d" * 32].title.text() == "<b>x</b>"
    assert panel.rows["d" * 32].title.textFormat() == Qt.TextFormat.PlainText


def test_the_panel_does_no_network():
    code = (
        "import sys; import fastpix_desktop.ui.simulcast.targets_view; "
        "bad = [m for m in ('httpx', 'fastpix_desktop.core.fastpix.client', 'asyncio') "
        "if m in sys.modules]; print(bad); sys.exit(1 if bad else 0)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_wired_to_the_use_cases_a_streamer_adds_pauses_live_and_removes(
    qtbot, qloop, fastpix, sandbox
):
    """The wiring the window will do, over the sandbox: each signal becomes one use case."""
    from fastpix_desktop.core.simulcast import use_cases as simulcast

    stream_id = sandbox.state.create_stream().stream_id
    panel = SimulcastTargetsView(clipboard=SecretClipboard(clear_after_ms=50))
    qtbot.addWidget(panel)
    pending: list = []
    panel.add_requested.connect(
        lambda url, key, name: pending.append(
            simulcast.add_target(fastpix, stream_id, url=url, stream_key=key, name=name)
        )
    )
    panel.enabled_requested.connect(
        lambda sid, on: pending.append(simulcast.set_target_enabled(fastpix, stream_id, sid, on))
    )
    panel.remove_requested.connect(
        lambda sid: pending.append(simulcast.remove_target(fastpix, stream_id, sid))
    )

    def settle() -> None:
        while pending:
            qloop.run_until_complete(pending.pop(0))
        listing = qloop.run_until_complete(simulcast.list_targets(fastpix, stream_id))
        panel.set_targets(listing.targets)
        panel.set_live(listing.is_live)

    for preset_id, key in (("twitch", TWITCH_KEY), ("youtube", YOUTUBE_KEY)):
        _choose(panel, preset_id)
        panel.key_field.setValue(key)
        qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
        settle()
        panel.clear_form()
    sandbox.set_status(stream_id, "active")  # OBS went live
    settle()
    youtube_id = next(i for i, row in panel.rows.items() if row.title.text() == "YouTube")
    qtbot.mouseClick(panel.rows[youtube_id].toggle_button, Qt.MouseButton.LeftButton)
    settle()
    paused = panel.rows[youtube_id].state_label.text()
    qtbot.mouseClick(panel.rows[youtube_id].remove_button, Qt.MouseButton.LeftButton)
    settle()

    assert paused == "Paused"
    assert [row.title.text() for row in panel.rows.values()] == ["Twitch"]
    assert not panel.live_label.isHidden()
    targets = sandbox.streams[stream_id].simulcasts
    assert [(t.url, t.stream_key, t.is_enabled) for t in targets] == [
        ("rtmp://live.twitch.tv/app", TWITCH_KEY, True)
    ]
