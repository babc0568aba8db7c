"""SVG icons drawn in the palette's text colour, so they follow light and dark schemes.

Each icon renders a pixmap only when Qt first asks for one (a size, a mode, a device pixel
ratio) and keeps it: building an icon costs nothing, and a sidebar of 20 icons no longer
renders 20 pixmaps each before anything is shown.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QStyleOption

ICON_SIZES = (16, 20, 24, 32, 48)
APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


@lru_cache(maxsize=64)
def _svg_text(name: str) -> str:
    return files("rmdesk.resources").joinpath("icons", f"{name}.svg").read_text("utf-8")


def _render(svg: bytes, width: int, height: int, ratio: float) -> QPixmap:
    pixels_w, pixels_h = max(1, round(width * ratio)), max(1, round(height * ratio))
    pixmap = QPixmap(QSize(pixels_w, pixels_h))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    QSvgRenderer(QByteArray(svg)).render(painter, QRectF(0, 0, pixels_w, pixels_h))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


class _SvgIconEngine(QIconEngine):
    """Renders on demand: the normal SVG for every mode but Disabled, which has its own."""

    def __init__(self, normal: bytes, disabled: bytes, sizes: tuple[int, ...]) -> None:
        super().__init__()
        self._normal = normal
        self._disabled = disabled
        self._sizes = sizes
        self._cache: dict[tuple[int, int, int, float], QPixmap] = {}

    def _svg(self, mode: QIcon.Mode) -> bytes:
        return self._disabled if mode == QIcon.Mode.Disabled else self._normal

    def clone(self) -> QIconEngine:
        return _SvgIconEngine(self._normal, self._disabled, self._sizes)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        pixmap = self.scaledPixmap(rect.size(), mode, state, ratio)
        painter.drawPixmap(rect, pixmap)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        key = (size.width(), size.height(), mode.value, scale)
        found = self._cache.get(key)
        if found is None:
            found = _render(self._svg(mode), size.width(), size.height(), scale)
            if mode in (QIcon.Mode.Active, QIcon.Mode.Selected):
                # As Qt's own pixmap icons do for a mode they have no pixmap for (a selected
                # row's icon is tinted by the style), so icons look as they always did.
                option = QStyleOption()
                option.palette = QGuiApplication.palette()
                style = QApplication.style()
                if style is not None:
                    found = style.generatedIconPixmap(mode, found, option)
            self._cache[key] = found
        return found

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return size

    def availableSizes(
        self, mode: QIcon.Mode = QIcon.Mode.Normal, state: QIcon.State = QIcon.State.Off
    ) -> list[QSize]:
        return [QSize(side, side) for side in self._sizes]


def themed_icon(name: str, palette: QPalette | None = None) -> QIcon:
    """``resources/icons/<name>.svg`` with ``currentColor`` set from the palette."""
    pal = palette or QGuiApplication.palette()
    svg = _svg_text(name)
    normal = svg.replace("currentColor", pal.color(QPalette.ColorRole.WindowText).name())
    disabled = svg.replace(
        "currentColor",
        pal.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText).name(),
    )
    return QIcon(_SvgIconEngine(normal.encode("utf-8"), disabled.encode("utf-8"), ICON_SIZES))


def app_icon() -> QIcon:
    svg = _svg_text("rmdesk").encode("utf-8")
    return QIcon(_SvgIconEngine(svg, svg, APP_ICON_SIZES))
