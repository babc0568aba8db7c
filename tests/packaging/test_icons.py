"""make_icons.py: the SVG becomes PNGs, an .ico and an .icns that real readers accept."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage, QImageReader
from pytestqt.qtbot import QtBot

from tests.packaging.scripts import APP_ID, load

make_icons = load("make_icons.py")


def _read(data: bytes, fmt: bytes) -> list[QImage]:
    """Every image Qt's own plugin reads from the container (an independent reader)."""
    if fmt not in [bytes(f.data()) for f in QImageReader.supportedImageFormats()]:
        pytest.skip(f"this Qt has no {fmt.decode()} reader")
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, QByteArray(fmt))
    images = []
    for index in range(reader.imageCount()):
        reader.jumpToImage(index)
        images.append(reader.read())
    return images


def test_write_all_makes_every_icon(tmp_path: Path, qtbot: QtBot) -> None:
    written = make_icons.write_all(tmp_path)
    assert (tmp_path / "rmdesk.ico") in written and (tmp_path / "rmdesk.icns") in written
    for size in make_icons.HICOLOR_SIZES:
        png = tmp_path / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        image = QImage(str(png))
        assert (image.width(), image.height()) == (size, size)
        # Drawn, not blank: the tile's blue in the middle, transparent in the corner.
        assert image.pixelColor(size // 2, size // 5).blue() > 100
        assert image.pixelColor(0, 0).alpha() == 0

    ico = (tmp_path / "rmdesk.ico").read_bytes()
    assert struct.unpack("<HHH", ico[:6]) == (0, 1, len(make_icons.ICO_SIZES))
    sizes = sorted(image.width() for image in _read(ico, b"ico"))
    assert sizes == sorted(make_icons.ICO_SIZES)

    icns = (tmp_path / "rmdesk.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert max(image.width() for image in _read(icns, b"icns")) == 1024


def test_containers_index_their_entries_correctly() -> None:
    pngs = {16: b"\x89PNG-a", 256: b"\x89PNG-bbbb"}
    ico = make_icons.ico_bytes(pngs)
    first = struct.unpack("<BBBBHHII", ico[6:22])
    second = struct.unpack("<BBBBHHII", ico[22:38])
    assert first[0] == 16 and second[0] == 0  # 0 is how ICO writes 256
    assert ico[first[7] : first[7] + first[6]] == pngs[16]
    assert ico[second[7] : second[7] + second[6]] == pngs[256]
