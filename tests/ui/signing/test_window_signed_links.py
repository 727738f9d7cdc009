"""Signed links in the real window, over the sandbox: a private stream gets a signed link that
plays on the sandbox's playback host; the unsigned private link offers no Open or QR; the key is
made only after the explanation and kept split in the keyring; a stored key deleted on FastPix
is said plainly at start-up; copying a link clears the clipboard again."""

from __future__ import annotations

import asyncio
import time
from urllib.parse import parse_qs, urlsplit

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QPushButton

from fastpix_desktop.core.config import Config
from fastpix_desktop.core.fastpix.ingest import IngestHosts
from fastpix_desktop.core.signing import store as signing_store
from fastpix_desktop.ui.widgets.secret_field import CopyField
from tests.ui.conftest import run_pending
from tests.ui.qr_reader import qr_texts

PLAYBACK = "http://playback.sandbox.test"
IMAGES = "http://images.sandbox.test"
CONFIG = Config(hosts=IngestHosts(playback_base=PLAYBACK), images_base=IMAGES)


async def until(condition, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:
        await asyncio.sleep(0.01)


def wait_for(qloop, condition, timeout: float = 10.0) -> None:
    """Run the loop until ``condition()`` holds (keyring calls finish on a worker thread, so
    the loop must be running when they come back)."""
    qloop.run_until_complete(until(condition, timeout))
    assert condition(), "condition not met"


def _create_private(window, qloop) -> str:
    form = window.form
    form.access_combo.setCurrentIndex(form.access_combo.findData("private"))
    qloop.run_until_complete(window.start_create())
    wait_for(qloop, lambda: window.signed_links_panel.box.isVisible())
    return window.create_panel.stream.playback_ids[0].id


def _plays(sandbox, url: str) -> int:
    parts = urlsplit(url)
    query = {k: v[0] for k, v in parse_qs(parts.query).items()}
    return sandbox.handle("GET", parts.path, query).status


def test_a_private_stream_gets_a_signed_link_that_plays(
    make_window, stored_credentials, qloop, sandbox, memory_keyring, opened_urls
):
    window = make_window(config=CONFIG)
    pid = _create_private(window, qloop)
    view = window.signed_links_panel.view
    assert view.playback_ids == [pid]

    view.findChild(QPushButton, f"requestSignedLink-{pid}").click()
    # The key is explained first; nothing is created until the streamer agrees.
    assert view.explanation.isVisible() and "signing key" in view.explanation.text()
    assert len(sandbox.signing_keys) == 0
    assert not [k for k in memory_keyring.passwords if "signing" in k[1]]
    view.confirm_button.click()
    wait_for(qloop, lambda: pid in view.link_rows)

    row = view.link_rows[pid]
    link = row.hls.value()
    token = parse_qs(urlsplit(link).query)["token"][0]
    assert link.startswith(f"{PLAYBACK}/{pid}.m3u8?token=")
    assert _plays(sandbox, link) == 200
    assert _plays(sandbox, row.thumbnail.value()) == 200
    assert _plays(sandbox, f"{PLAYBACK}/{pid}.m3u8") == 403  # the unsigned link does not play
    # Masked until shown, and so is its QR code: a capture of the box (OBS may be capturing
    # this window) holds no readable code until the link is revealed, then exactly the link.
    window.show()
    run_pending(qloop)
    box = window.signed_links_panel.box
    assert token not in row.hls.displayed_text() and row.qr.isHidden()
    assert qr_texts(box.grab()) == []
    row.hls.set_revealed(True)
    run_pending(qloop)
    assert token in row.hls.displayed_text() and not row.qr.isHidden()
    assert qr_texts(box.grab()) == [link]  # a phone opens exactly the signed link
    row.open_button.click()
    assert [u.toString() for u in opened_urls] == [link]

    # The private key is split across keyring entries, each under Windows' limit.
    entries = {name: value for (_svc, name), value in memory_keyring.passwords.items()}
    parts = [v for n, v in entries.items() if n.startswith("playback-signing-key-part-")]
    assert len(parts) >= 2 and all(len(p) <= 1280 for p in parts)
    assert "-----BEGIN PRIVATE KEY-----" in "".join(parts)

    # A second link for another expiry reuses the key, and copying it clears the clipboard.
    view.expiry.setCurrentIndex(view.expiry.findData("1h"))
    view.findChild(QPushButton, f"requestSignedLink-{pid}").click()
    wait_for(qloop, lambda: view.link_rows[pid] is not row)
    copied = view.link_rows[pid].hls.value()
    assert copied != link and _plays(sandbox, copied) == 200
    view.link_rows[pid].hls.copy_button.click()
    assert QGuiApplication.clipboard().text() == copied
    wait_for(qloop, lambda: QGuiApplication.clipboard().text() != copied)


def test_no_open_or_qr_for_an_unsigned_private_link(make_window, stored_credentials, qloop):
    window = make_window(config=CONFIG)
    _create_private(window, qloop)

    details = window.details
    assert details.findChild(CopyField, "playbackUrlField") is not None
    assert details.findChild(QPushButton, "openPlaybackButton") is None
    assert details.findChild(QLabel, "playbackQr") is None
    assert "signed link" in details.findChild(QLabel, "privateNote").text()


def test_a_public_stream_has_no_signed_links_box(make_window, stored_credentials, qloop):
    window = make_window(config=CONFIG)
    qloop.run_until_complete(window.start_create())
    run_pending(qloop)

    assert not window.signed_links_panel.box.isVisible()
    assert window.details.findChild(QPushButton, "openPlaybackButton") is not None


def test_a_stored_key_deleted_on_fastpix_is_said_at_start_up(
    make_window, stored_credentials, qloop, sandbox, secrets, fastpix
):
    from fastpix_desktop.core.signing.api import SigningKeysApi

    api = SigningKeysApi(fastpix)
    created = qloop.run_until_complete(api.create())
    key = signing_store.StoredSigningKey(key_id=created.id, private_pem=created.private_pem)
    qloop.run_until_complete(signing_store.save(secrets, key))
    qloop.run_until_complete(api.delete(created.id))

    window = make_window(config=CONFIG)
    wait_for(qloop, lambda: window.signed_links_panel.check_message != "")

    assert created.id in window.message()
    assert "no longer exists on FastPix" in window.message()
    assert qloop.run_until_complete(signing_store.stored_key_id(secrets)) is None


def test_a_link_without_a_stored_key_asks_again(
    make_window, stored_credentials, qloop, sandbox, secrets
):
    window = make_window(config=CONFIG)
    pid = _create_private(window, qloop)
    view = window.signed_links_panel.view
    view.findChild(QPushButton, f"requestSignedLink-{pid}").click()
    view.confirm_button.click()
    wait_for(qloop, lambda: pid in view.link_rows)
    qloop.run_until_complete(signing_store.forget(secrets))  # removed behind the app's back

    view.findChild(QPushButton, f"requestSignedLink-{pid}").click()
    wait_for(qloop, lambda: view.status.isVisible())

    assert "No playback signing key" in view.status.text()
    view.findChild(QPushButton, f"requestSignedLink-{pid}").click()
    assert view.explanation.isVisible()  # explained again before a new key is made


def test_quitting_while_the_key_is_being_created_asks_first(
    make_window, stored_credentials, qloop, sandbox
):
    from fastpix_desktop.sandbox import Fault

    window = make_window(config=CONFIG)
    pid = _create_private(window, qloop)
    view = window.signed_links_panel.view
    sandbox.inject(Fault(method="POST", path_prefix="/iam/signing-keys", delay_s=0.5, times=1))
    view.findChild(QPushButton, f"requestSignedLink-{pid}").click()
    asked: list[str] = []

    async def quit_during_the_create() -> None:
        # One coroutine, so the loop keeps running while the keyring's worker thread answers.
        view.confirm_button.click()
        await until(lambda: window.signed_links_panel.creating_key)
        window.close()
        await until(lambda: window.prompt is not None and window.prompt.isVisible())
        asked.append(window.prompt.text())
        window.prompt.reject_button.click()
        await until(lambda: pid in view.link_rows)

    qloop.run_until_complete(quit_during_the_create())

    assert window.isVisible()  # not closed: the guard asked, the streamer stayed
    assert "signing key is being created" in asked[0]
    assert pid in view.link_rows  # the key was made and kept after all


def test_fastpix_refusing_the_key_is_said_and_nothing_is_stored(
    make_window, stored_credentials, qloop, sandbox, memory_keyring
):
    from fastpix_desktop.sandbox import Fault

    window = make_window(config=CONFIG)
    pid = _create_private(window, qloop)
    view = window.signed_links_panel.view
    sandbox.inject(Fault(method="POST", path_prefix="/iam/signing-keys", status=403, times=1))

    view.findChild(QPushButton, f"requestSignedLink-{pid}").click()
    view.confirm_button.click()
    wait_for(qloop, lambda: "403" in view.status.text())

    assert "permission for signing keys" in view.status.text()
    assert view.link_rows == {}
    assert not [k for k in memory_keyring.passwords if "signing" in k[1]]
    assert window.error_reporter.reported == []


def test_a_stream_id_from_the_library_is_read_and_followed(make_window, stored_credentials, qloop):
    window = make_window(config=CONFIG)
    pid = _create_private(window, qloop)
    private_id = window.create_panel.stream.stream_id
    window.form.access_combo.setCurrentIndex(window.form.access_combo.findData("public"))
    qloop.run_until_complete(window.start_create())
    wait_for(qloop, lambda: not window.signed_links_panel.box.isVisible())

    window.signed_links_panel.show_stream(private_id)  # what a library selection hands over
    wait_for(qloop, lambda: window.signed_links_panel.box.isVisible())

    assert window.signed_links_panel.view.playback_ids == [pid]


def test_the_expiry_choice_is_remembered(make_window, stored_credentials, qloop, app_settings):
    first = make_window(config=CONFIG)
    view = first.signed_links_panel.view
    assert view.expiry_seconds() == 24 * 3600  # the default
    view.expiry.setCurrentIndex(view.expiry.findData("custom"))
    view.custom_unit.setCurrentIndex(view.custom_unit.findData(3600))
    view.custom_amount.setValue(5)

    second = make_window(config=CONFIG)

    assert second.signed_links_panel.view.expiry_seconds() == 5 * 3600
