"""What an empty list or section shows instead: what belongs there, and the one action that
fills it. One widget for every room, so empty places look and read the same everywhere.

``EmptyState`` is a title, one sentence and one button (a plain one: the view's own primary
action keeps the prominent look); screen readers get the title as its name and the sentence
as its description. ``EmptySwitch`` stacks it over the list it stands in for and shows
whichever applies.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from rmdesk.ui.kit.forms import accessible_label
from rmdesk.ui.kit.type_scale import (
    Space,
    TextRole,
    apply_text_role,
    readable_width,
    space,
)
from rmdesk.ui.kit.wrapped_label import WrappedLabel

LINE_CHARACTERS = 55


class _Line(WrappedLabel):
    """A wrapped label that asks for its whole maximum width (a centred QLabel would
    otherwise take the narrow width Qt guesses for wrapped text)."""

    def sizeHint(self) -> QSize:
        width = self.maximumWidth()
        return QSize(width, max(self.heightForWidth(width), super().sizeHint().height()))


class EmptyState(QFrame):
    def __init__(
        self,
        title: str,
        text: str,
        action: str,
        slot: Callable[[], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setSpacing(space(self, Space.MEDIUM))
        margin = space(self, Space.SECTION)
        layout.setContentsMargins(margin, margin, margin, margin)
        layout.addStretch(1)
        self.title = _Line(title, self)
        apply_text_role(self.title, TextRole.SUBTITLE)
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.text = _Line(text, self)
        apply_text_role(self.text, TextRole.BODY)
        self.text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.button = QPushButton(action, self)
        self.button.setAccessibleName(accessible_label(action))
        self.button.clicked.connect(lambda _checked=False: slot())
        # As wide as a readable line (about 55 characters), or all there is when narrower,
        # centred between two stretches. Not by an alignment flag: a box layout gives an
        # aligned item the height of its size hint, and a narrower column (the agenda beside
        # the meeting list) wraps into more lines than that, which the button then covered.
        for widget in (self.title, self.text):
            widget.setMaximumWidth(readable_width(self, LINE_CHARACTERS))
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(widget, 100)
            row.addStretch(1)
            layout.addLayout(row)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self._describe()

    def set_text(self, text: str) -> None:
        self.text.setText(text)
        self._describe()

    def set_action(self, action: str) -> None:
        self.button.setText(action)
        self.button.setAccessibleName(accessible_label(action))

    def _describe(self) -> None:
        self.setAccessibleName(self.title.text())
        self.setAccessibleDescription(self.text.text())


class EmptySwitch(QStackedWidget):
    """The list (or section body) and its empty state, one shown at a time."""

    def __init__(self, content: QWidget, empty: EmptyState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = content
        self.empty = empty
        self.addWidget(content)
        self.addWidget(empty)

    def set_empty(self, empty: bool) -> None:
        before = self.currentWidget()
        focus = QApplication.focusWidget()
        had_focus = (
            before is not None
            and focus is not None
            and (focus is before or before.isAncestorOf(focus))
        )
        after = self.empty.button if empty else self.content
        self.setCurrentWidget(self.empty if empty else self.content)
        if had_focus and before is not self.currentWidget():
            # The focus was on the page going away: keep it in the same place, not lost.
            after.setFocus()

    def is_empty(self) -> bool:
        return self.currentWidget() is self.empty
