"""Render resources/icons/app.svg into a multi-size Windows .ico (build time only).

Runs in the project's own Linux environment (PySide6 is already there), so the build needs no
extra image library. Sizes up to 64 px are stored as classic 32-bit DIBs and 128/256 px as PNG:
every Windows version and NSIS's icon replacement read that mix.

Usage: QT_QPA_PLATFORM=offscreen python make_icon.py app.svg app.ico
"""

from __future__ import annotations

import struct
import sys

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
PNG_FROM = 128


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def as_png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def as_dib(image: QImage) -> bytes:
    """BITMAPINFOHEADER + bottom-up BGRA rows + an all-zero AND mask (alpha does the masking)."""
    size = image.width()
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    rows = []
    for y in range(size - 1, -1, -1):
        # Format_ARGB32 is stored as 0xAARRGGBB words, i.e. B, G, R, A bytes on little-endian.
        line = image.constScanLine(y)
        rows.append(bytes(line)[: size * 4])
    mask_stride = ((size + 31) // 32) * 4
    return header + b"".join(rows) + bytes(mask_stride * size)


def main(svg: str, ico: str) -> int:
    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - QPainter needs it
    renderer = QSvgRenderer(svg)
    if not renderer.isValid():
        print(f"make_icon: cannot read {svg}", file=sys.stderr)
        return 1
    entries = []
    for size in SIZES:
        image = render(renderer, size)
        entries.append((size, as_png(image) if size >= PNG_FROM else as_dib(image)))
    out = bytearray(struct.pack("<HHH", 0, 1, len(entries)))
    offset = 6 + 16 * len(entries)
    for size, data in entries:
        dim = 0 if size >= 256 else size  # 0 means 256 in an icon directory
        out += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    for _, data in entries:
        out += data
    with open(ico, "wb") as handle:
        handle.write(out)
    print(f"make_icon: {ico} ({len(entries)} sizes, {len(out)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
