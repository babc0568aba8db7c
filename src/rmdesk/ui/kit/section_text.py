"""Titled sections (an agreement) shown in a read-only editor: titles bold, bodies as written.

Formatting comes from character formats, never from markup, so text from the vault is never
interpreted (no links, no images, no HTML).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from rmdesk.domain.models import AgreementSection
from rmdesk.privacy.display_text import neutralise


def show_sections(editor: QPlainTextEdit, sections: Sequence[AgreementSection]) -> None:
    editor.clear()
    cursor = QTextCursor(editor.document())
    plain, heading = QTextCharFormat(), QTextCharFormat()
    heading.setFontWeight(QFont.Weight.Bold)
    for index, section in enumerate(sections):
        if index:
            cursor.insertText("\n\n", plain)
        cursor.insertText(neutralise(section.title), heading)
        cursor.insertText("\n" + section.body, plain)
    editor.moveCursor(QTextCursor.MoveOperation.Start)
