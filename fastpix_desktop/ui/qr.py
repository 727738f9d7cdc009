"""QR codes for playback links: segno computes the matrix, Qt paints it (no Pillow needed)."""

from __future__ import annotations

import segno
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap

# Four modules of quiet zone is what the QR standard asks for; scanners need it.
QUIET_ZONE = 4


def qr_matrix(text: str) -> tuple[tuple[bool, ...], ...]:
    """Dark (True) and light modules of the QR code for ``text``, without the quiet zone."""
    code = segno.make_qr(text, error="m")
    return tuple(tuple(bool(v) for v in row) for row in code.matrix)


def qr_image(text: str, *, module_px: int = 3, quiet_zone: int = QUIET_ZONE) -> QImage:
    """Black-on-white QR image; always dark on light, because scanners expect that in any theme."""
    matrix = qr_matrix(text)
    modules = len(matrix) + 2 * quiet_zone
    image = QImage(modules * module_px, modules * module_px, QImage.Format.Format_RGB32)
    image.fill(QColor(Qt.GlobalColor.white))
    painter = QPainter(image)
    try:
        black = QColor(Qt.GlobalColor.black)
        for y, row in enumerate(matrix):
            for x, dark in enumerate(row):
                if dark:
                    painter.fillRect(
                        (x + quiet_zone) * module_px,
                        (y + quiet_zone) * module_px,
                        module_px,
                        module_px,
                        black,
                    )
    finally:
        painter.end()
    return image


def qr_pixmap(text: str, *, module_px: int = 3, device_pixel_ratio: float = 1.0) -> QPixmap:
    """A crisp QR pixmap at ``device_pixel_ratio`` (2.0 at 200 % scaling)."""
    scale = max(1, round(module_px * device_pixel_ratio))
    pixmap = QPixmap.fromImage(qr_image(text, module_px=scale))
    pixmap.setDevicePixelRatio(scale / module_px)
    return pixmap
