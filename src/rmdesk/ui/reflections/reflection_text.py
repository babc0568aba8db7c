"""The two text surfaces of a reflection: the plain-text editor and its Markdown preview.

Both hand their copies (Ctrl+C, the context menu's Copy, a drag) to the clipboard guard, which
marks the data as sensitive and clears it after 30 s if it is still ours.

The preview reads Markdown with ``MarkdownNoHTML``: raw HTML in a reflection is shown as text,
never interpreted. Links are not followed, and no resource (an image named in the Markdown,
which could point anywhere on disk) is ever loaded.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from rmdesk.ui.kit.clipboard_guard import ClipboardGuard
from rmdesk.ui.kit.sealed_browser import SealedBrowser

MARKDOWN_FEATURES = (
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub
    | QTextDocument.MarkdownFeature.MarkdownNoHTML
)


class ReflectionTextEdit(QPlainTextEdit):
    def __init__(self, guard: ClipboardGuard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._guard = guard

    def createMimeDataFromSelection(self) -> QMimeData:
        text = self.textCursor().selection().toPlainText()
        return self._guard.mime_for_selection(text)


class MarkdownPreview(SealedBrowser):
    def __init__(self, guard: ClipboardGuard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._guard = guard

    def show_markdown(self, text: str) -> None:
        self.document().setMarkdown(text, MARKDOWN_FEATURES)

    def createMimeDataFromSelection(self) -> QMimeData:
        text = self.textCursor().selection().toPlainText()
        return self._guard.mime_for_selection(text)
