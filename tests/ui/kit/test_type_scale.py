"""The type and spacing scales follow the system font, and the face follows the palette:
an empty state drawn under a dark Fusion palette is dark with light text, under the light
one the other way round (no colour of its own)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QFont, QImage, QPalette
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from rmdesk.ui.kit.empty_state import EmptyState
from rmdesk.ui.kit.type_scale import (
    Space,
    TextRole,
    limit_line_length,
    readable_width,
    space,
    styled_label,
)
from tests.ui.palettes import dark_palette

Role = QPalette.ColorRole


@pytest.fixture
def fusion(qapp: QApplication) -> Iterator[QApplication]:
    style, palette = qapp.style().name(), qapp.palette()
    qapp.setStyle("Fusion")
    yield qapp
    qapp.setStyle(style)
    qapp.setPalette(palette)


def test_titles_are_multiples_of_the_body_font(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    font = QFont(parent.font())
    font.setPointSizeF(13)
    parent.setFont(font)
    title = styled_label("Title", TextRole.SECTION_TITLE, parent)
    caption = styled_label("Caption", TextRole.CAPTION, parent)
    assert title.font().pointSizeF() == pytest.approx(13 * 1.5)
    assert title.font().bold()
    assert caption.font().pointSizeF() < 13
    assert caption.foregroundRole() == Role.PlaceholderText
    line = parent.fontMetrics().height()
    assert space(parent, Space.LARGE) == line and space(parent, Space.SMALL) == round(line / 2)


def test_long_text_wraps_at_a_readable_width(qtbot: QtBot) -> None:
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    limit_line_length(editor)
    editor.setPlainText("word " * 400)
    editor.resize(2000, 400)
    editor.show()
    qtbot.waitExposed(editor)
    assert editor.viewport().width() <= readable_width(editor) + 40
    editor.resize(300, 400)
    QApplication.processEvents()
    assert editor.viewport().width() > 200  # narrower than a line: all of it is used


def share_of(image: QImage, colour: QColor, tolerance: int = 40) -> float:
    hits = total = 0
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            pixel = image.pixelColor(x, y)
            total += 1
            if (
                abs(pixel.red() - colour.red())
                + abs(pixel.green() - colour.green())
                + abs(pixel.blue() - colour.blue())
                <= tolerance
            ):
                hits += 1
    return hits / total


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_the_empty_state_follows_the_palette(
    qtbot: QtBot, fusion: QApplication, dark: bool
) -> None:
    palette = dark_palette() if dark else fusion.style().standardPalette()
    fusion.setPalette(palette)
    empty = EmptyState(
        "No meetings yet", "Schedule them from your rhythm.", "Schedule…", lambda: None
    )
    qtbot.addWidget(empty)
    empty.resize(500, 300)
    empty.show()
    qtbot.waitExposed(empty)
    image = empty.grab().toImage()
    assert share_of(image, palette.color(Role.Window)) > 0.8
    assert share_of(image, palette.color(Role.WindowText), 120) > 0.002  # the text is drawn
    background = palette.color(Role.Window).lightness()
    assert (background < 100) is dark
