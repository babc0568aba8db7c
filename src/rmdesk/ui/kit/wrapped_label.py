"""A word-wrapped plain-text label that asks its layout for all the height its text needs.

Qt lays out a wrapped QLabel inside a fixed-width column with its one-line height and cuts
the rest off; re-stating the minimum height for the actual width after every resize fixes it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget


class WrappedLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        wanted = self.heightForWidth(self.width())
        if wanted > 0 and wanted != self.minimumHeight():
            self.setMinimumHeight(wanted)
