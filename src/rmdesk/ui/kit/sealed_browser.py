"""A read-only rich-text view for Markdown built from vault text: it follows no link and
loads no resource (an image named in the text could point anywhere on disk)."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QTextBrowser, QWidget

from rmdesk.export.pdf import blank_resource


class SealedBrowser(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def loadResource(self, type: int, name: QUrl | str) -> object:
        return blank_resource(type)
