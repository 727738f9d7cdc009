"""The window beside OBS: 420 px wide in every language with any stream name (a 255-character
name as my channel included), no horizontal scrollbar, no label squeezed below its shortest word,
and the bottom row of buttons stays where it is while the status lines change."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from fastpix_desktop.core.library import my_channel
from fastpix_desktop.sandbox.state import StreamSpec
from tests.ui.conftest import run_pending
from tests.ui.layout_checks import rect_in, visible_scrollbars
from tests.ui.library.test_library_panel import loaded, wait_for

LONG_NAME = "x" * 255  # FastPix's longest name, with no space to wrap at
SPACED_NAME = ("Friday night speedrun marathon — " * 10)[:255]


def squeezed_labels(window) -> list[str]:
    """Visible labels narrower than the shortest word of their text (a label wrapped into a
    column one word fragment wide reads as a ladder of letters)."""
    problems = []
    for label in window.findChildren(QLabel):
        text = label.text()
        if not label.isVisible() or not text or "<" in text or label.pixmap() is not None:
            continue
        words = [w for w in text.replace("\u200b", " ").split() if w]
        if not words:
            continue
        metrics = label.fontMetrics()
        shortest = min(metrics.horizontalAdvance(w) for w in words)
        if label.contentsRect().width() < shortest:
            problems.append(f"{label.objectName() or text[:30]!r}: {label.width()} px")
    return problems


def channel_window(make_window, sandbox, qloop, name: str):
    stream = sandbox.state.create_stream(StreamSpec(metadata={"livestream_name": name}))
    my_channel.save(stream.stream_id)
    window = make_window()
    loaded(window, qloop, 1)
    wait_for(qloop, lambda: window.library_panel.my_channel_id == stream.stream_id)
    return window, stream.stream_id


@pytest.mark.parametrize("lang", ["en", "de", "es"])
@pytest.mark.parametrize("name", [LONG_NAME, SPACED_NAME], ids=["one word", "spaced"])
def test_420_wide_with_a_255_character_channel(
    language,
    make_window,
    stored_credentials,
    sandbox,
    qloop,
    lang,
    name,
):
    language(lang)
    window, stream_id = channel_window(make_window, sandbox, qloop, name)
    window.resize(420, 700)
    run_pending(qloop, rounds=10)
    assert window.width() == 420, window.minimumSizeHint()
    assert visible_scrollbars(window) == []
    assert squeezed_labels(window) == []
    # Making it the channel again says so in the message line: still 420.
    view = window.library_panel.view
    view.select(stream_id)
    window.library_panel.my_channel_button.click()  # "Not my channel"
    wait_for(qloop, lambda: window.library_panel.my_channel_id is None)
    window.library_panel.my_channel_button.click()
    wait_for(qloop, lambda: window.library_panel.my_channel_id == stream_id)
    run_pending(qloop, rounds=10)
    window.resize(420, 700)
    run_pending(qloop, rounds=10)
    assert window.width() == 420, window.minimumSizeHint()
    assert visible_scrollbars(window) == []
    assert squeezed_labels(window) == []


def test_the_button_row_keeps_its_place_while_the_status_lines_change(window, qloop):
    window.resize(420, 700)
    run_pending(qloop, rounds=10)
    button = window.create_button
    place = rect_in(button, window).top()
    line = window.message_line
    for text in (
        "Stream created.",
        "A much longer message that wraps over several lines in a narrow window beside OBS, "
        "and then some more words so it needs a third and a fourth line to be read whole.",
        "",
        "x" * 300,
    ):
        line.say(text)
        run_pending(qloop, rounds=5)
        assert rect_in(button, window).top() == place, text[:20]
