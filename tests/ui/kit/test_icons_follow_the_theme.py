"""Icons follow a theme change while rmdesk runs: when the system goes dark, Qt sets a dark
palette and repaints, and the icons draw in the new (light) text colour, not black on grey."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QImage, QPalette
from PySide6.QtWidgets import QApplication, QToolButton
from pytestqt.qtbot import QtBot

from rmdesk.ui.kit.icons import themed_icon

SIDE = 32


def _dark() -> QPalette:
    palette = QPalette(QGuiApplication.palette())
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Window, QColor("#202124"))
        palette.setColor(group, QPalette.ColorRole.Button, QColor("#303134"))
        palette.setColor(group, QPalette.ColorRole.WindowText, QColor("#f1f3f4"))
        palette.setColor(group, QPalette.ColorRole.ButtonText, QColor("#f1f3f4"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#80868b"))
    return palette


@pytest.fixture
def light_then_restored(qapp: QApplication) -> Iterator[None]:
    before = QPalette(QGuiApplication.palette())
    light = QPalette(before)
    light.setColor(QPalette.ColorRole.WindowText, QColor("#000000"))
    QApplication.setPalette(light)
    yield
    QApplication.setPalette(before)


def _brightest_drawn(image: QImage) -> int:
    """The lightness of the lightest opaque pixel (the icon's strokes on transparency)."""
    best = -1
    for y in range(image.height()):
        for x in range(image.width()):
            colour = image.pixelColor(x, y)
            if colour.alpha() > 200:
                best = max(best, colour.lightness())
    return best


def _icon_image(icon: QIcon, mode: QIcon.Mode = QIcon.Mode.Normal) -> QImage:
    return icon.pixmap(QSize(SIDE, SIDE), mode).toImage()


@pytest.mark.usefixtures("light_then_restored")
def test_an_icon_made_in_light_mode_draws_light_after_the_switch_to_dark() -> None:
    icon = themed_icon("lock")  # made once, as the window makes its actions' icons
    assert _brightest_drawn(_icon_image(icon)) < 60  # black strokes
    QApplication.setPalette(_dark())
    assert _brightest_drawn(_icon_image(icon)) > 200  # light strokes on the dark window
    disabled = _brightest_drawn(_icon_image(icon, QIcon.Mode.Disabled))
    assert 100 < disabled < 160  # the dark palette's disabled grey


@pytest.mark.usefixtures("light_then_restored")
def test_a_button_repaints_its_icon_when_the_palette_changes(qtbot: QtBot) -> None:
    button = QToolButton()
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    button.setIcon(themed_icon("add"))
    button.setIconSize(QSize(SIDE, SIDE))
    qtbot.addWidget(button)
    button.show()
    qtbot.waitExposed(button)
    before = button.grab().toImage()
    QApplication.setPalette(_dark())
    QApplication.processEvents()
    after = button.grab().toImage()
    # The icon's strokes: the pixels that were darkest before are light now.
    darkest = min(
        (before.pixelColor(x, y).lightness(), x, y)
        for y in range(before.height())
        for x in range(before.width())
    )
    _, x, y = darkest
    assert after.pixelColor(x, y).lightness() > 200
