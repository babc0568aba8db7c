"""What an empty list or section shows instead: what belongs there, and the one action that
fills it. One widget for every room, so empty places look and read the same everywhere.

``EmptyState`` is a title, one sentence and one button (the view's primary action, default
style); screen readers get the title as its name and the sentence as its description.
``EmptySwitch`` stacks it over the list it stands in for and shows whichever applies.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from rmdesk.ui.kit.forms import accessible_label
from rmdesk.ui.kit.type_scale import (
    READABLE_CHARACTERS,
    Space,
    TextRole,
    readable_width,
    space,
    styled_label,
)


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
        self.title = styled_label(title, TextRole.SUBTITLE, self)
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.text = styled_label(text, TextRole.BODY, self)
        self.text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.text.setMaximumWidth(readable_width(self, READABLE_CHARACTERS * 2 // 3))
        self.button = QPushButton(action, self)
        self.button.setAutoDefault(True)
        self.button.setDefault(True)
        self.button.setAccessibleName(accessible_label(action))
        self.button.clicked.connect(lambda _checked=False: slot())
        for widget in (self.title, self.text):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
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
