"""The results panel: playback links with QR and open-in-browser, DVR link, private playback
and trial notes, max duration in plain words."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QPushButton

from fastpix_desktop.core.fastpix.ingest import playback_url
from fastpix_desktop.core.models import AccessPolicy, LiveStream, PlaybackId, Protocol
from fastpix_desktop.ui.create.stream_details import (
    PRIVATE_NOTE,
    TRIAL_NOTE,
    StreamDetails,
    duration_words,
)
from fastpix_desktop.ui.widgets.secret_field import CopyField
from tests.ui.qr_reader import qr_texts

STREAM_ID = "91b8484250e5a1ed03fd4e100b807082"
KEY = "ba016466451c770511d5992ec54bb271k" + STREAM_ID


def make_stream(**overrides) -> LiveStream:
    values = dict(
        stream_id=STREAM_ID,
        stream_key=KEY,
        srt_secret="b0a434dfeb98f5ad3c18ed27b2ea1972k" + STREAM_ID,
        playback_ids=(PlaybackId("pid-one"),),
        max_duration=28800,
        metadata={"livestream_name": "Show"},
    )
    values.update(overrides)
    return LiveStream(**values)


@pytest.fixture
def details(qtbot, opened_urls) -> StreamDetails:
    widget = StreamDetails(open_url=opened_urls.append)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def label(widget, name) -> QLabel | None:
    return widget.findChild(QLabel, name)


def test_playback_link_qr_and_browser(details, opened_urls):
    details.show_stream(make_stream(), Protocol.RTMPS)
    url = details.findChild(CopyField, "playbackUrlField").value()
    assert url == playback_url("pid-one")
    assert label(details, "playbackQr").pixmap().width() > 80
    assert qr_texts(label(details, "playbackQr").pixmap()) == [url]  # what a phone opens
    assert label(details, "playbackQr").accessibleName()
    details.findChild(QPushButton, "openPlaybackButton").click()
    assert [u.toString() for u in opened_urls] == [url]
    assert details.findChild(CopyField, "streamNameField").value() == "Show"
    assert label(details, "maxDurationLabel").text() == "Max duration: 8 h"
    assert label(details, "trialNote") is None
    assert label(details, "privateNote") is None
    assert details.findChild(CopyField, "dvrUrlField") is None


def test_dvr_second_playback_id_private_and_trial(details):
    stream = make_stream(
        enable_dvr=True,
        trial=True,
        max_duration=0,
        playback_ids=(PlaybackId("pid-one", AccessPolicy.PRIVATE), PlaybackId("pid-two")),
    )
    details.show_stream(stream, Protocol.RTMPS)
    assert details.findChild(CopyField, "dvrUrlField").value() == playback_url("pid-one", dvr=True)
    assert details.findChild(CopyField, "playbackUrlField2").value() == playback_url("pid-two")
    assert label(details, "playbackQr2") is not None
    assert label(details, "privateNote").text() == PRIVATE_NOTE
    assert label(details, "trialNote").text() == TRIAL_NOTE
    assert label(details, "maxDurationLabel").text() == "Max duration: no limit"


def test_private_stream_created_in_the_window(window, qloop):
    window.form.access_combo.setCurrentIndex(window.form.access_combo.findData("private"))
    window.form.dvr_check.setChecked(True)
    qloop.run_until_complete(window.start_create())
    assert label(window, "privateNote") is not None
    assert "?dvrMode=true" in window.findChild(CopyField, "dvrUrlField").value()


def test_a_new_stream_replaces_the_old_one(details):
    details.show_stream(make_stream(), Protocol.RTMPS)
    details.show_stream(make_stream(stream_id="other", stream_key="k2"), Protocol.SRT)
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    ids = [f.value() for f in details.findChildren(CopyField, "streamIdField")]
    assert ids == ["other"]


@pytest.mark.parametrize(
    ("seconds", "words"),
    [(None, "no limit"), (0, "no limit"), (60, "1 min"), (28800, "8 h"), (3725, "1 h 2 min 5 s")],
)
def test_duration_words(seconds, words):
    assert duration_words(seconds) == words
