"""SVG icons drawn in the palette's text colour, so they follow light and dark schemes."""

from __future__ import annotations

from importlib.resources import files

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

ICON_SIZES = (16, 20, 24, 32, 48)


def _svg_text(name: str) -> str:
    return files("rmdesk.resources").joinpath("icons", f"{name}.svg").read_text("utf-8")


def _render(svg: str, size: int, ratio: float) -> QPixmap:
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    pixels = max(1, round(size * ratio))
    pixmap = QPixmap(QSize(pixels, pixels))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter, QRectF(0, 0, pixels, pixels))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def themed_icon(name: str, palette: QPalette | None = None) -> QIcon:
    """``resources/icons/<name>.svg`` with ``currentColor`` set from the palette."""
    pal = palette or QGuiApplication.palette()
    svg = _svg_text(name)
    normal = svg.replace("currentColor", pal.color(QPalette.ColorRole.WindowText).name())
    disabled = svg.replace(
        "currentColor",
        pal.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText).name(),
    )
    icon = QIcon()
    for size in ICON_SIZES:
        for ratio in (1.0, 2.0):
            icon.addPixmap(_render(normal, size, ratio), QIcon.Mode.Normal)
            icon.addPixmap(_render(disabled, size, ratio), QIcon.Mode.Disabled)
    return icon


def app_icon() -> QIcon:
    svg = _svg_text("rmdesk")
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        icon.addPixmap(_render(svg, size, 1.0))
    return icon
