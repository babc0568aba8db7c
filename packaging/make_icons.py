"""Render the app icon (packaging/io.github.rmdesk.Rmdesk.svg) into the raster formats that
installers want: PNGs for the hicolor theme and AppStream, ``rmdesk.ico`` for Windows and
``rmdesk.icns`` for macOS.

Run at build time (the PyInstaller spec and the .deb script call it), so the repository keeps
one source of truth, the SVG, and no binary icons. Qt's QSvgRenderer draws the PNGs; the ICO
and ICNS containers are written here by hand because both are a small index of PNG images
(Windows Vista and later, macOS 10.7 and later read PNG entries), which keeps the result
independent of whichever Qt image plugins a build machine has.

    python packaging/make_icons.py OUT_DIR
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

SVG = Path(__file__).resolve().parent / "io.github.rmdesk.Rmdesk.svg"
APP_ID = "io.github.rmdesk.Rmdesk"
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS OSType per PNG entry: (type, pixel size). The @2x types hold the same pixels as the
# next size up, which is what macOS asks for on a Retina screen.
ICNS_TYPES = (
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


def render_pngs(sizes: set[int], svg: Path = SVG) -> dict[int, bytes]:
    """PNG bytes of the SVG drawn at each size, transparent around the rounded square."""
    # Imported here so `--help` and the pure container writers need no Qt.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
    from PySide6.QtSvg import QSvgRenderer

    # QPainter text and some SVG features need a GUI application; the offscreen platform
    # gives one without a display.
    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: cannot read {svg}")
    out: dict[int, bytes] = {}
    for size in sorted(sizes):
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not QImageWriter(buffer, QByteArray(b"PNG")).write(image):
            raise SystemExit(f"make_icons: Qt could not encode a {size}px PNG")
        buffer.close()
        out[size] = bytes(data.data())
    return out


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding one PNG entry per size (ICONDIR + ICONDIRENTRY, all LE)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries = b""
    for size in sizes:
        data = pngs[size]
        # Width and height 0 mean 256 (the field is one byte).
        dim = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return header + entries + b"".join(pngs[size] for size in sizes)


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns: 'icns' + total length, then (OSType, length, PNG) blocks, big-endian."""
    body = b""
    for ostype, size in ICNS_TYPES:
        data = pngs[size]
        body += ostype + struct.pack(">I", 8 + len(data)) + data
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write_all(out_dir: Path, svg: Path = SVG) -> list[Path]:
    """Write the ICO, the ICNS and hicolor/<N>x<N>/apps/<id>.png under ``out_dir``."""
    needed = set(HICOLOR_SIZES) | set(ICO_SIZES) | {size for _, size in ICNS_TYPES}
    pngs = render_pngs(needed, svg)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = [out_dir / "rmdesk.ico", out_dir / "rmdesk.icns"]
    written[0].write_bytes(ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    written[1].write_bytes(icns_bytes(pngs))
    for size in HICOLOR_SIZES:
        target = out_dir / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pngs[size])
        written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir", type=Path, help="folder to write the icons into")
    args = parser.parse_args(argv)
    for path in write_all(args.out_dir):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
