"""QR codes are painted from segno's matrix: right size, quiet zone, dark modules where segno
says so."""

from __future__ import annotations

import segno
from PySide6.QtGui import QColor

from fastpix_desktop.ui.widgets.qr import QR_MASK, QUIET_ZONE, qr_image, qr_matrix, qr_pixmap

URL = "https://stream.fastpix.com/b957a4c3-094e-4986-b89c-2bec49b01266.m3u8"


def test_matrix_is_segnos():
    expected = segno.make_qr(URL, error="m", mask=QR_MASK).matrix
    matrix = qr_matrix(URL)
    assert len(matrix) == len(expected)
    assert all(tuple(bool(v) for v in row) == r for row, r in zip(expected, matrix, strict=True))


def test_the_mask_is_fixed_so_no_code_scores_all_eight():
    # A valid code for every mask; the app always uses the same one, whatever the link.
    for url in (URL, "https://stream.fastpix.com/x.m3u8", "https://fastpix.io/?id=" + "9" * 60):
        assert qr_matrix(url) == tuple(
            tuple(bool(v) for v in row)
            for row in segno.make_qr(url, error="m", mask=QR_MASK).matrix
        )


def test_image_matches_matrix(qapp):
    matrix = qr_matrix(URL)
    px = 3
    image = qr_image(URL, module_px=px)
    side = (len(matrix) + 2 * QUIET_ZONE) * px
    assert image.width() == image.height() == side
    assert QColor(image.pixel(0, 0)) == QColor("white")  # quiet zone
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            color = QColor(image.pixel((x + QUIET_ZONE) * px + 1, (y + QUIET_ZONE) * px + 1))
            assert color == (QColor("black") if dark else QColor("white")), (x, y)


def test_pixmap_is_sharp_at_200_percent(qapp):
    normal = qr_pixmap(URL, module_px=3, device_pixel_ratio=1.0)
    double = qr_pixmap(URL, module_px=3, device_pixel_ratio=2.0)
    assert double.width() == 2 * normal.width()
    assert double.devicePixelRatio() == 2.0
    assert double.deviceIndependentSize() == normal.deviceIndependentSize()
