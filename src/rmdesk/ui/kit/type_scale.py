"""The app's type and spacing scales, derived from the system font and the palette.

Nothing here is a pixel or a colour of its own: sizes are multiples of the widget's font
(so they follow the desktop's font setting and QT_SCALE_FACTOR), spacing is a multiple of
the font's line height, and quiet text takes the palette's placeholder colour (so it follows
light and dark themes).
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFontMetrics, QPalette
from PySide6.QtWidgets import QLabel, QLayout, QPlainTextEdit, QPushButton, QTextEdit, QWidget

from rmdesk.ui.kit.wrapped_label import WrappedLabel

# Comfortable reading: about 75-90 characters a line (agreement text, journal previews).
READABLE_CHARACTERS = 82


class TextRole(Enum):
    """(size relative to the body font, bold, quiet colour)."""

    SECTION_TITLE = (1.5, True, False)
    SUBTITLE = (1.15, True, False)
    BODY = (1.0, False, False)
    CAPTION = (0.92, False, True)


class Space(Enum):
    """Steps of the spacing scale, in quarters of a text line."""

    TIGHT = 1
    SMALL = 2
    MEDIUM = 3
    LARGE = 4
    SECTION = 6


def space(widget: QWidget, step: Space) -> int:
    return max(1, round(QFontMetrics(widget.font()).height() * step.value / 4))


def apply_text_role(label: QWidget, role: TextRole) -> None:
    scale, bold, quiet = role.value
    parent = label.parentWidget()
    base = parent.font() if parent is not None else label.font()
    font = label.font()
    font.setPointSizeF(base.pointSizeF() * scale)
    font.setBold(bold)
    label.setFont(font)
    if quiet:
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    label.setProperty("textRole", role.name)


def styled_label(text: str, role: TextRole, parent: QWidget) -> QLabel:
    """A plain-text label in one of the scale's roles (word-wrapped unless a title)."""
    label: QLabel = (
        QLabel(text, parent) if role is TextRole.SECTION_TITLE else WrappedLabel(text, parent)
    )
    label.setTextFormat(Qt.TextFormat.PlainText)
    apply_text_role(label, role)
    return label


def section_spacing(layout: QLayout, widget: QWidget) -> None:
    """The scale's spacing between the parts of a section."""
    layout.setSpacing(space(widget, Space.MEDIUM))


def readable_width(widget: QWidget, characters: int = READABLE_CHARACTERS) -> int:
    return QFontMetrics(widget.font()).averageCharWidth() * characters


class _ReadableColumn(QObject):
    """Keeps a plain-text editor's text column at most ``characters`` wide: the rest of a
    wide editor becomes an empty margin on the right (the text still wraps narrower)."""

    def __init__(self, editor: QPlainTextEdit | QTextEdit, characters: int) -> None:
        super().__init__(editor)
        self._editor = editor
        self._characters = characters

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._editor and event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange):
            editor = self._editor
            document_margin = 2 * round(editor.document().documentMargin())
            column = readable_width(editor, self._characters) + document_margin
            inner = editor.width() - 2 * editor.frameWidth()
            if editor.verticalScrollBar().isVisible():
                inner -= editor.verticalScrollBar().width()
            editor.setViewportMargins(0, 0, max(0, inner - column), 0)
        return False


def limit_line_length(
    editor: QPlainTextEdit | QTextEdit, characters: int = READABLE_CHARACTERS
) -> None:
    """Wrap a long text at a readable width, however wide the window is (and at the
    editor's width when that is narrower: never a sideways scroll)."""
    # The margin right of the text column is the editor's own background: one white page.
    editor.setBackgroundRole(QPalette.ColorRole.Base)
    editor.setAutoFillBackground(True)
    editor.installEventFilter(_ReadableColumn(editor, characters))


def mark_primary(button: QPushButton) -> None:
    """The view's one prominent action: the style's default-button look, bold text."""
    button.setDefault(True)
    font = button.font()
    font.setBold(True)
    button.setFont(font)
    button.setProperty("actionWeight", "primary")


def mark_secondary(*buttons: QPushButton) -> None:
    """Quieter actions: flat until they have the focus (the input policy shows the frame
    then, so the focus stays visible)."""
    for button in buttons:
        button.setFlat(True)
        button.setProperty("actionWeight", "secondary")
