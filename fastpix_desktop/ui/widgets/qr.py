"""QR codes for playback links: segno computes the matrix, Qt paints it (no Pillow needed)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QLabel, QWidget

# Four modules of quiet zone is what the QR standard asks for; scanners need it.
QUIET_ZONE = 4
_DARK, _LIGHT = 0, 255  # Grayscale8 values
# A fixed data mask: the QR standard lets an encoder use any of the eight masks and every reader
# must decode them all. Choosing the "best" one means building and scoring all eight codes:
# 3.5 ms on the UI thread where one code takes 0.7 ms (bench/README.md). 2 is what the automatic
# choice picks for FastPix playback links.
QR_MASK = 2


def qr_matrix(text: str) -> tuple[tuple[bool, ...], ...]:
    """Dark (True) and light modules of the QR code for ``text``, without the quiet zone."""
    # Imported here, not at module level: nothing on screen needs it before the first stream
    # is created, and it costs ~8 ms of start-up (bench/README.md).
    import segno

    code = segno.make_qr(text, error="m", mask=QR_MASK)
    return tuple(tuple(bool(v) for v in row) for row in code.matrix)


def warm_up() -> None:
    """Import segno and build one code, so the first real code pays no one-off set-up (the
    window calls it once, idle, after start-up)."""
    qr_matrix("https://stream.fastpix.com/warm-up.m3u8")


def qr_image(text: str, *, module_px: int = 3, quiet_zone: int = QUIET_ZONE) -> QImage:
    """Black-on-white QR image; always dark on light, because scanners expect that in any theme."""
    matrix = qr_matrix(text)
    modules = len(matrix) + 2 * quiet_zone
    # One byte per module, then one scale without smoothing: a few microseconds where a
    # fillRect per dark module took milliseconds on the UI thread.
    margin = bytes([_LIGHT]) * quiet_zone
    blank_row = bytes([_LIGHT]) * modules
    rows = [blank_row] * quiet_zone
    rows += [margin + bytes(_DARK if dark else _LIGHT for dark in row) + margin for row in matrix]
    rows += [blank_row] * quiet_zone
    data = b"".join(rows)
    image = QImage(data, modules, modules, modules, QImage.Format.Format_Grayscale8)
    side = modules * module_px
    # scaled() and copy() return images that own their pixels; `data` may then go.
    return image.scaled(
        side,
        side,
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.FastTransformation,
    ).convertToFormat(QImage.Format.Format_RGB32)


def qr_pixmap(text: str, *, module_px: int = 3, device_pixel_ratio: float = 1.0) -> QPixmap:
    """A crisp QR pixmap at ``device_pixel_ratio`` (2.0 at 200 % scaling)."""
    scale = max(1, round(module_px * device_pixel_ratio))
    pixmap = QPixmap.fromImage(qr_image(text, module_px=scale))
    pixmap.setDevicePixelRatio(scale / module_px)
    return pixmap


class QrCodeLabel(QLabel):
    """A label showing one QR pixmap that it paints itself, never through QLabel.setPixmap.

    Qt 6 keeps a label's pixmap as a QIcon, whose engine caches each new pixmap's rendering in
    QPixmapCache; a QR code is drawn once and never again, so every created stream left ~60 KB
    there until the 10 MB cache was full (docs/faults.md, "Memory in a long session").
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._qr = QPixmap()

    def setPixmap(self, pixmap: QPixmap) -> None:  # type: ignore[override]
        self._qr = QPixmap(pixmap)
        self.setFixedSize(self._qr.deviceIndependentSize().toSize())
        self.update()

    def pixmap(self) -> QPixmap:
        return self._qr

    def sizeHint(self) -> QSize:
        return self._qr.deviceIndependentSize().toSize() if not self._qr.isNull() else QSize()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._qr.isNull():
            return
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._qr)
        painter.end()
