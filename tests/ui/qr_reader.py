"""Reading a QR code the window shows, with a real decoder (zxing-cpp), so a test checks what a
phone would open rather than how the code was built."""

from __future__ import annotations

import zxingcpp
from PySide6.QtGui import QImage, QPixmap


def qr_texts(picture: QPixmap | QImage) -> list[str]:
    """The texts of every QR code in ``picture`` (empty when none can be read)."""
    image = picture.toImage() if isinstance(picture, QPixmap) else picture
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    found = zxingcpp.read_barcodes(gray, formats=zxingcpp.BarcodeFormat.QRCode)
    return [code.text for code in found]
