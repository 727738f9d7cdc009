"""Render the app icon SVG into the Linux PNG set, the Windows .ico and the macOS .icns.

A developer tool: run ``python resources/make_icons.py`` after editing
``icons/fastpix-desktop.svg`` and commit what it writes. It needs only PySide6 (QtSvg renders,
and the .ico/.icns containers are written by hand), and neither the app nor the build runs it.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS_DIR = Path(__file__).resolve().parent / "icons"
SVG_NAME = "fastpix-desktop.svg"
BASE_NAME = "fastpix-desktop"

# Linux hicolor sizes (also what fastpix_desktop.resources.ICON_SIZES lists).
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)
# Windows shell sizes: small icons, taskbar, Explorer views up to "large icons".
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# macOS icon element types, all PNG-encoded (supported since OS X 10.7); the @2x retina
# variants are separate elements of twice the pixel size.
ICNS_ELEMENTS = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """Rasterise the SVG into a ``size`` x ``size`` straight-alpha ARGB32 image."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def _bmp_icon_entry(image: QImage) -> bytes:
    """A classic 32-bit DIB icon image: BITMAPINFOHEADER, bottom-up BGRA rows, AND mask."""
    width, height = image.width(), image.height()
    bits = bytes(image.constBits())
    stride = image.bytesPerLine()
    # Format_ARGB32 is 0xAARRGGBB per pixel, i.e. B, G, R, A bytes on little-endian machines.
    if sys.byteorder != "little":
        raise RuntimeError("ICO writing assumes a little-endian machine")
    rows = [bits[y * stride : y * stride + width * 4] for y in range(height)]
    mask_stride = ((width + 31) // 32) * 4
    mask_rows = []
    for row in rows:
        mask = bytearray(mask_stride)
        for x in range(width):
            if row[x * 4 + 3] == 0:  # fully transparent pixel: set its AND-mask bit
                mask[x // 8] |= 0x80 >> (x % 8)
        mask_rows.append(bytes(mask))
    pixels = b"".join(reversed(rows)) + b"".join(reversed(mask_rows))
    header = struct.pack("<IiiHHIIiiII", 40, width, height * 2, 1, 32, 0, len(pixels), 0, 0, 0, 0)
    return header + pixels


def ico_bytes(images: Sequence[QImage]) -> bytes:
    """A multi-resolution .ico: DIB images below 256 px, PNG for 256 px (as Windows does)."""
    payloads = [png_bytes(img) if img.width() >= 256 else _bmp_icon_entry(img) for img in images]
    offset = 6 + 16 * len(images)
    directory = struct.pack("<HHH", 0, 1, len(images))
    for image, payload in zip(images, payloads, strict=True):
        side = image.width() if image.width() < 256 else 0  # 0 means 256 in ICONDIRENTRY
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(payload), offset)
        offset += len(payload)
    return directory + b"".join(payloads)


def icns_bytes(elements: Sequence[tuple[bytes, bytes]]) -> bytes:
    """An .icns container: big-endian ``type, length`` headers around each PNG."""
    body = b"".join(kind + struct.pack(">I", 8 + len(data)) + data for kind, data in elements)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write_all(icons_dir: Path = ICONS_DIR) -> list[Path]:
    """Render every raster icon next to the SVG and return the files written."""
    renderer = QSvgRenderer(str(icons_dir / SVG_NAME))
    if not renderer.isValid():
        raise RuntimeError(f"cannot parse {icons_dir / SVG_NAME}")
    sizes = sorted(set(PNG_SIZES) | set(ICO_SIZES) | {px for _, px in ICNS_ELEMENTS})
    images = {size: render(renderer, size) for size in sizes}
    pngs = {size: png_bytes(image) for size, image in images.items()}

    written: list[Path] = []
    for size in PNG_SIZES:
        path = icons_dir / "hicolor" / f"{size}x{size}" / "apps" / f"{BASE_NAME}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pngs[size])
        written.append(path)
    ico = icons_dir / f"{BASE_NAME}.ico"
    ico.write_bytes(ico_bytes([images[size] for size in ICO_SIZES]))
    icns = icons_dir / f"{BASE_NAME}.icns"
    icns.write_bytes(icns_bytes([(kind, pngs[px]) for kind, px in ICNS_ELEMENTS]))
    return [*written, ico, icns]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--icons-dir",
        type=Path,
        default=ICONS_DIR,
        help="folder holding the SVG (default: %(default)s)",
    )
    args = parser.parse_args(argv)
    # Rendering needs a QGuiApplication but never a screen.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication.instance() or QGuiApplication([])
    for path in write_all(args.icons_dir):
        print(f"wrote {path} ({path.stat().st_size} bytes)")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
