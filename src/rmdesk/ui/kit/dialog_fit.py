"""Dialogs that fit the window they are opened from (1024x700 at the smallest, or a
1280x800 screen at 150 %) and whose title the window manager can show whole."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QAbstractScrollArea, QDialog, QLayout, QStyle, QWidget

# Room the window manager takes around a dialog (frame, title bar) and in its title bar
# (icon, close and maximise buttons) besides the title's own text.
FRAME_ROOM = QSize(40, 60)
TITLE_BAR_ROOM = 120


def _room_for(dialog: QDialog) -> QSize:
    parent = dialog.parentWidget()
    screen = dialog.screen()
    room = screen.availableGeometry().size() if screen is not None else QSize(1024, 700)
    if parent is not None and parent.window().isVisible():
        room = room.boundedTo(parent.window().size())
    return room - FRAME_ROOM


def size_within_window(dialog: QDialog, width: int, height: int) -> None:
    """``width`` x ``height`` where there is room, less where there is not (its contents
    then scroll vertically), never narrower than its title."""
    keep_title_whole(dialog)
    wanted = QSize(width, height).boundedTo(_room_for(dialog))
    dialog.resize(wanted.expandedTo(dialog.minimumSize()).expandedTo(dialog.minimumSizeHint()))


def keep_title_whole(dialog: QDialog) -> None:
    layout = dialog.layout()
    if layout is not None and layout.sizeConstraint() == QLayout.SizeConstraint.SetMinAndMaxSize:
        # Qt's own dialogs (QInputDialog) pin their size to the layout's: let ours count.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetDefaultConstraint)
    dialog.setMinimumWidth(max(dialog.minimumWidth(), title_width(dialog)))


def title_width(dialog: QDialog) -> int:
    """What the window manager needs for the whole title: Qt adds " — <application name>"
    to it, and title bars usually set it in bold."""
    title = dialog.windowTitle()
    if not title:
        return 0
    name = QGuiApplication.applicationDisplayName()
    shown = f"{title} \u2014 {name}" if name and name not in title else title
    bold = QFont(dialog.font())
    bold.setBold(True)
    return QFontMetrics(bold).horizontalAdvance(shown) + TITLE_BAR_ROOM


def scroll_vertically_only(area: QAbstractScrollArea, contents: QWidget) -> None:
    """A scroll area as wide as its contents need: they scroll up and down, never sideways."""
    extent = area.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, area)
    area.setMinimumWidth(contents.minimumSizeHint().width() + 2 * area.frameWidth() + extent)
