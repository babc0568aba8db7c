"""SVG icons drawn in the palette's text colour, so they follow light and dark schemes.

Each icon renders a pixmap only when Qt first asks for one (a size, a mode, a device pixel
ratio) and keeps it: building an icon costs nothing, and a sidebar of 20 icons no longer
renders 20 pixmaps each before anything is shown.

The colour is read from the application's palette when a pixmap is asked for, not when the
icon is made: when the system switches between light and dark while rmdesk runs, Qt sets a
new palette and repaints every widget, and each icon then draws in the new text colour.
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


def _text_colour(mode: QIcon.Mode) -> str:
    group = (
        QPalette.ColorGroup.Disabled if mode == QIcon.Mode.Disabled else QPalette.ColorGroup.Normal
    )
    return QGuiApplication.palette().color(group, QPalette.ColorRole.WindowText).name()


class _SvgIconEngine(QIconEngine):
    """Renders on demand, ``currentColor`` (when ``themed``) in the current palette's text
    colour for the mode: the Disabled one for Disabled, the normal one for the others."""

    def __init__(self, svg: str, sizes: tuple[int, ...], *, themed: bool) -> None:
        super().__init__()
        self._svg_text = svg
        self._sizes = sizes
        self._themed = themed
        self._cache: dict[tuple[int, int, int, float, str], QPixmap] = {}

    def clone(self) -> QIconEngine:
        return _SvgIconEngine(self._svg_text, self._sizes, themed=self._themed)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        pixmap = self.scaledPixmap(rect.size(), mode, state, ratio)
        painter.drawPixmap(rect, pixmap)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        colour = _text_colour(mode) if self._themed else ""
        key = (size.width(), size.height(), mode.value, scale, colour)
        found = self._cache.get(key)
        if found is None:
            svg = self._svg_text.replace("currentColor", colour) if colour else self._svg_text
            found = _render(svg.encode("utf-8"), size.width(), size.height(), scale)
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


def themed_icon(name: str) -> QIcon:
    """``resources/icons/<name>.svg`` with ``currentColor`` in the application palette's text
    colour at the time it is drawn."""
    return QIcon(_SvgIconEngine(_svg_text(name), ICON_SIZES, themed=True))


def app_icon() -> QIcon:
    return QIcon(_SvgIconEngine(_svg_text("rmdesk"), APP_ICON_SIZES, themed=False))
