"""Private recordings and clips in the window: Past broadcasts offers Create signing key when
there is none, then shows signed links (masked, QR one click away) that the sandbox plays; a
locked keyring is named; Clip that on a private-only stream signs its link or says why not."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import keyring
from PySide6.QtWidgets import QPushButton

from fastpix_desktop.core.recordings.signed import MASK
from fastpix_desktop.core.signing.store import KEY_ID_ENTRY
from fastpix_desktop.sandbox.media import PROCESSING_S
from tests.core.failing_keyrings import LockedKeyring
from tests.ui.conftest import run_pending, wait_running
from tests.ui.recordings.test_recordings_window import PLAYBACK_BASE, _go_live, _poll


def _play(sandbox, url: str) -> int:
    path, _, query = url.removeprefix(PLAYBACK_BASE).partition("?")
    return sandbox.handle("GET", path, query=query).status


def _private_recording_on_screen(window, qloop, sandbox, wall):
    window.start_check.setChecked(True)
    qloop.run_until_complete(window.start_create())
    record = next(iter(sandbox.streams.values()))
    record.media_policy = "private"  # live playback public, the recording private
    sandbox.set_status(record.stream_id, "active")
    window.onair_panel.monitor.ask_fastpix_soon()
    _poll(window, qloop)
    wall.advance(60)
    qloop.run_until_complete(window.onair_panel.end_broadcast(confirmed=True))
    _poll(window, qloop)
    wall.advance(PROCESSING_S)
    wait_running(qloop, lambda: "ready" in window.recordings_panel.recording_label.text())
    return record


def test_past_broadcasts_offers_a_signing_key_then_shows_signed_links_that_play(
    rec_window, qloop, sandbox, wall, opened_urls
):
    window = rec_window()
    panel = window.recordings_panel
    _private_recording_on_screen(window, qloop, sandbox, wall)

    dialog = panel.show_past()
    wait_running(qloop, lambda: len(dialog.rows) == 1)
    (row,) = dialog.rows
    assert row.link_value() is None and row.note is not None
    assert "signing key" in row.note.text()
    assert dialog.key_box.isVisible() and dialog.create_key_button.isVisible()
    assert "no playback signing key" in dialog.key_note.text()
    assert "Traceback" not in dialog.key_note.text()

    dialog.create_key_button.click()
    wait_running(qloop, lambda: dialog.rows and dialog.rows[0].signed_link is not None)
    run_pending(qloop)
    (row,) = dialog.rows
    assert not dialog.key_box.isVisible()
    assert row.signed_link is not None
    link = row.link_value()
    assert link is not None and parse_qs(urlsplit(link).query)["token"]
    assert row.signed_link.displayed_text().endswith(f"?token={MASK}")  # OBS may capture this
    assert not row.qr.isVisible()  # the QR code carries the token: one click away
    row.qr_button.setChecked(True)
    assert row.qr.isVisible()
    assert _play(sandbox, link) == 200
    assert _play(sandbox, link.partition("?")[0]) == 403
    row.open_button.click()  # Open takes the signed link too
    assert [url.toString() for url in opened_urls] == [link]

    # The MP4 download of a private recording is signed too.
    assert row.mp4_button is not None
    row.mp4_button.click()
    wait_running(qloop, lambda: dialog.rows and dialog.rows[0].mp4_value() is not None)
    mp4 = dialog.rows[0].mp4_value()
    assert mp4 is not None and "/capped-4k.mp4?token=" in mp4
    assert _play(sandbox, mp4) == 200


def test_a_locked_keyring_is_named_and_no_key_is_offered(
    rec_window, qloop, sandbox, wall, memory_keyring
):
    window = rec_window()
    _private_recording_on_screen(window, qloop, sandbox, wall)
    memory_keyring.set_password("fastpix-desktop", KEY_ID_ENTRY, "a-key")
    keyring.set_keyring(LockedKeyring())

    dialog = window.recordings_panel.show_past()
    wait_running(qloop, lambda: len(dialog.rows) == 1 and dialog.key_box.isVisible())
    assert "locked" in dialog.key_note.text() and "Unlock" in dialog.key_note.text()
    assert not dialog.create_key_button.isVisible()
    assert "locked" in (dialog.rows[0].note.text() if dialog.rows[0].note else "")


def test_clip_that_on_a_private_only_stream_signs_the_link_or_says_why(
    rec_window, qloop, sandbox, wall, fetched, opened_urls
):
    window = rec_window()
    panel = window.recordings_panel
    window.start_check.setChecked(True)
    qloop.run_until_complete(window.start_create())
    record = next(iter(sandbox.streams.values()))
    record.playback_ids[0].access_policy = "private"  # as a private stream is created
    sandbox.set_status(record.stream_id, "active")
    window.onair_panel.monitor.ask_fastpix_soon()
    _poll(window, qloop)
    wall.advance(60)

    task = panel.clip_that()
    assert task is not None
    qloop.run_until_complete(task)
    run_pending(qloop)
    words = panel.clip_status.text()
    assert "signing key" in words and "Create" in words and "Traceback" not in words
    assert not panel.clip_view.isVisible() and fetched == []

    qloop.run_until_complete(window.signed_links_panel.create_key())
    panel.clip_button.click()
    wait_running(qloop, lambda: panel.clip_view.isVisible())
    view = panel.clip_view
    link = view.link_value()
    assert fetched == [link] and _play(sandbox, link) == 200
    assert parse_qs(urlsplit(link).query)["token"]
    assert view.signed_link is not None and view.signed_link.displayed_text().endswith(MASK)
    assert not view.link.isVisible() and not view.qr.isVisible()
    view.signed_link.reveal_button.click()
    assert view.qr.isVisible() and view.signed_link.displayed_text() == link
    view.open_button.click()
    assert [url.toString() for url in opened_urls] == [link]
    assert "signed link, plays until" in view.range_label.text()


def test_beside_obs_the_approximate_note_shows_without_scrolling(rec_window, qloop, sandbox, wall):
    """At 420x700 on air the results column shows a few lines: the clip's range, the short
    "approximate" note (its reason in the tooltip) and the link come before the QR code."""
    window = rec_window()
    window.resize(420, 700)
    panel = window.recordings_panel
    _go_live(window, qloop, sandbox)
    wall.advance(95)
    qloop.run_until_complete(panel.clip_that())
    run_pending(qloop)
    window.columns.show_results()
    column = window.columns.results_column
    top = panel.box.mapTo(column.widget(), panel.box.rect().topLeft()).y()
    column.verticalScrollBar().setValue(top)
    run_pending(qloop)
    viewport = column.viewport()
    note = panel.clip_view.approximate
    for widget in (panel.clip_view.range_label, note, panel.clip_view.link):
        corner = widget.mapTo(viewport, widget.rect().bottomRight())
        assert viewport.rect().contains(corner), widget.objectName()
    assert "reconnect" in note.toolTip() and "reconnect" in note.accessibleDescription()


def test_a_signed_clip_a_second_launch_asked_for_shows_masked_with_its_expiry(rec_window, qloop):
    from fastpix_desktop.core.onair.remote import RemoteReply, RemoteRequest

    window = rec_window()
    panel = window.recordings_panel
    url = f"{PLAYBACK_BASE}/p-1.m3u8?start=10s&end=30s&token=aaa.bbb.ccc"
    data = {
        "streamId": "s",
        "url": url,
        "playbackId": "p-1",
        "start": 10,
        "end": 30,
        "approximate": True,
        "capped": False,
        "segments": 10,
        "seconds": 20.0,
        "mediaId": None,
        "signed": True,
        "expiresAt": "2030-01-02T03:04:05Z",
    }
    panel.show_remote_clip(RemoteRequest("clip", {}), RemoteReply(0, data, "Clip …"))
    view = panel.clip_view
    assert view.isVisible() and view.link_value() == url
    assert view.signed_link is not None and "aaa.bbb.ccc" not in view.signed_link.displayed_text()
    assert not view.qr.isVisible() and "2030-01-0" in view.range_label.text()


def test_a_key_made_in_past_broadcasts_is_known_to_the_signed_links_box(
    rec_window, qloop, sandbox, wall
):
    """Private playback: the Signed links box would explain and offer a key; once Past
    broadcasts made one, Get signed link there gives a link straight away."""
    window = rec_window()
    form = window.form
    form.access_combo.setCurrentIndex(form.access_combo.findData("private"))
    _private_recording_on_screen(window, qloop, sandbox, wall)
    signed = window.signed_links_panel
    wait_running(qloop, lambda: signed.box.isVisible())
    (pid,) = signed.view.playback_ids

    dialog = window.recordings_panel.show_past()
    wait_running(qloop, lambda: len(dialog.rows) == 1 and dialog.create_key_button.isVisible())
    dialog.create_key_button.click()
    wait_running(qloop, lambda: dialog.rows and dialog.rows[0].signed_link is not None)

    signed.view.findChild(QPushButton, f"requestSignedLink-{pid}").click()
    assert not signed.view.explanation.isVisible()  # no second key offered
    wait_running(qloop, lambda: pid in signed.view.link_rows)
    assert len(sandbox.signing_keys) == 1
