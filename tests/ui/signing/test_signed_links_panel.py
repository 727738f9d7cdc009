"""SignedLinksView: explains the key before asking for one, expiry choices, masked links."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication

from fastpix_desktop.core.signing.use_cases import SignedLink
from fastpix_desktop.ui.signing.links_view import NO_BROWSER, SignedLinksView
from fastpix_desktop.ui.widgets.clipboard import SecretClipboard
from fastpix_desktop.ui.widgets.qr import qr_pixmap
from tests.ui.qr_reader import qr_texts

PID = "6cee6f85-9334-4a51-9ce3-e0241d94ceef"
OTHER = "88b7ac0f-2504-4dd5-b7b4-d84ab4fee1bd"
TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJtZWRpYTp4In0.c2lnbmF0dXJlLXBhcnQtb2YtdGhlLXRva2Vu"


def _link(pid: str = PID) -> SignedLink:
    return SignedLink(
        playback_id=pid,
        expires_at=int(time.time()) + 3600,
        hls_url=f"https://stream.fastpix.com/{pid}.m3u8?token={TOKEN}",
        thumbnail_url=f"https://images.fastpix.com/{pid}/thumbnail.jpg?token={TOKEN}",
        token=TOKEN,
    )


@pytest.fixture
def clipboard(qapp):
    helper = SecretClipboard(clear_after_ms=50)
    yield helper
    helper.clear_now()
    QGuiApplication.clipboard().clear()


@pytest.fixture
def opened() -> list[str]:
    return []


@pytest.fixture
def panel(qtbot, clipboard, opened) -> SignedLinksView:
    def fake_open(url: QUrl) -> bool:
        opened.append(url.toString())
        return True

    widget = SignedLinksView(clipboard=clipboard, open_url=fake_open)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_without_a_key_it_explains_first_and_signs_only_after_the_key_exists(panel, qtbot):
    panel.set_playback_ids([PID], key_exists=False)
    requested: list[tuple[str, int]] = []
    panel.link_requested.connect(lambda pid, seconds: requested.append((pid, seconds)))
    assert not panel.explanation.isVisible()

    panel.findChild(type(panel.confirm_button), f"requestSignedLink-{PID}").click()
    assert panel.explanation.isVisible()
    assert "signing key" in panel.explanation.text() and "keyring" in panel.explanation.text()
    assert requested == []  # nothing is made before the streamer agrees

    with qtbot.waitSignal(panel.create_key_requested, timeout=1000):
        panel.confirm_button.click()
    assert requested == []
    panel.set_key_exists(True)
    assert requested == [(PID, 24 * 3600)]


def test_not_now_creates_nothing(panel, qtbot):
    panel.set_playback_ids([PID], key_exists=False)
    made: list[bool] = []
    panel.create_key_requested.connect(lambda: made.append(True))
    panel.findChild(type(panel.confirm_button), f"requestSignedLink-{PID}").click()
    panel.cancel_button.click()
    panel.set_key_exists(True)
    assert made == [] and not panel.explanation.isVisible()


def test_expiry_choices_and_custom(panel, qtbot):
    panel.set_playback_ids([PID, OTHER], key_exists=True)
    chosen: list[int] = []
    requested: list[tuple[str, int]] = []
    panel.expiry_chosen.connect(chosen.append)
    panel.link_requested.connect(lambda pid, seconds: requested.append((pid, seconds)))
    assert [panel.expiry.itemText(i) for i in range(panel.expiry.count())] == [
        "1 hour",
        "24 hours",
        "7 days",
        "Custom…",
    ]
    panel.expiry.setCurrentIndex(2)
    panel.findChild(type(panel.confirm_button), f"requestSignedLink-{OTHER}").click()
    panel.expiry.setCurrentIndex(3)
    assert panel.custom_amount.isVisible()
    panel.custom_amount.setValue(10)
    panel.custom_unit.setCurrentIndex(0)  # hours
    panel.findChild(type(panel.confirm_button), f"requestSignedLink-{PID}").click()
    assert chosen[0] == 7 * 86400 and chosen[-1] == 10 * 3600
    assert requested == [(OTHER, 7 * 86400), (PID, 10 * 3600)]


def test_links_are_masked_and_so_is_the_qr_until_revealed(panel):
    panel.set_playback_ids([PID], key_exists=True)
    panel.show_links([_link()])
    row = panel.link_rows[PID]
    assert TOKEN not in row.hls.displayed_text() and "token=••••••" in row.hls.displayed_text()
    assert TOKEN not in row.thumbnail.displayed_text()
    assert not row.qr.isVisible()
    row.hls.reveal_button.click()
    assert row.hls.displayed_text() == _link().hls_url
    assert row.qr.isVisible() and not row.qr.pixmap().isNull()
    row.hls.reveal_button.click()
    assert TOKEN not in row.hls.displayed_text() and not row.qr.isVisible()


def test_the_qr_code_a_phone_reads_is_exactly_the_signed_link(panel):
    """Decoded with a real QR reader: the whole signed URL, token included, nothing more."""
    panel.set_playback_ids([PID], key_exists=True)
    panel.show_links([_link()])
    row = panel.link_rows[PID]
    row.hls.reveal_button.click()
    assert qr_texts(row.qr.pixmap()) == [_link().hls_url]
    # The same at 200 % scale, where the code is drawn at twice the pixels.
    assert qr_texts(qr_pixmap(_link().hls_url, device_pixel_ratio=2.0)) == [_link().hls_url]


def test_a_masked_link_shows_no_readable_qr_code_on_screen(panel):
    """What a screen capture sees while the link is masked: no QR code anywhere in the row."""
    panel.set_playback_ids([PID], key_exists=True)
    panel.show_links([_link()])
    row = panel.link_rows[PID]
    assert qr_texts(row.grab()) == []
    row.hls.reveal_button.click()
    assert qr_texts(row.qr.grab()) == [_link().hls_url]
    row.hls.reveal_button.click()
    assert qr_texts(row.grab()) == []


def test_copy_puts_the_whole_link_on_the_clipboard_and_clears_it(panel, qtbot, clipboard):
    panel.show_links([_link()])
    panel.link_rows[PID].hls.copy_button.click()
    board = QGuiApplication.clipboard()
    assert board.text() == _link().hls_url
    qtbot.waitUntil(lambda: board.text() == "", timeout=2000)


def test_open_in_browser_opens_the_link_or_says_there_is_no_browser(panel, qtbot, opened):
    panel.show_links([_link()])
    panel.link_rows[PID].open_button.click()
    assert opened == [_link().hls_url]
    assert "download" in panel.link_rows[PID].note.text()  # says what a browser will do

    panel.open_url = lambda url: False
    panel.link_rows[PID].open_button.click()
    assert panel.status.isVisible() and panel.status.text() == NO_BROWSER


def test_a_second_link_for_the_same_id_replaces_the_first(panel):
    panel.show_links([_link()])
    first = panel.link_rows[PID]
    panel.show_links([_link()])
    assert panel.link_rows[PID] is not first and len(panel.link_rows) == 1


def test_public_playback_says_no_token_is_needed(panel):
    panel.set_playback_ids([], key_exists=False)
    assert "public" in panel.status.text() and panel.status.isVisible()


def test_errors_are_shown_with_tokens_masked(panel):
    from fastpix_desktop.core.redact import register_secret

    register_secret(TOKEN)
    panel.show_error(f"FastPix refused ?token={TOKEN}")
    assert TOKEN not in panel.status.text() and panel.status.isVisible()


def test_a_key_made_elsewhere_closes_the_explanation_and_signs_the_pending_link(panel):
    panel.set_playback_ids([PID], key_exists=False)
    requested: list[tuple[str, int]] = []
    panel.link_requested.connect(lambda pid, seconds: requested.append((pid, seconds)))
    panel.findChild(type(panel.confirm_button), f"requestSignedLink-{PID}").click()
    panel.set_key_exists(True)  # e.g. the CLI made one meanwhile and the window re-read it
    assert not panel.explanation.isVisible() and requested == [(PID, 86400)]
