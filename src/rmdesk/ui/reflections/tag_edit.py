"""A comma-separated tag field whose completer offers existing tags for the word being typed.

The completer asks the repository for tags by prefix (an index range, fast at any size) each
time the current word changes, so no full tag list is ever held.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QToolButton, QWidget

from rmdesk.domain.validation import normalise_tags

TagSource = Callable[[str], list[str]]
SUGGESTIONS = 50
ROOT = QModelIndex()


def split_tags(text: str) -> tuple[str, ...]:
    return normalise_tags(text.split(","))


def join_tags(tags: tuple[str, ...]) -> str:
    return ", ".join(tags)


def enable_clear_button(edit: QLineEdit, name: str) -> None:
    """Qt's clear button is a nameless tool button; give it a name screen readers can say."""
    edit.setClearButtonEnabled(True)
    for button in edit.findChildren(QToolButton):
        button.setAccessibleName(name)


class SuggestionModel(QStringListModel):
    """A string list whose columnCount is public (QAbstractListModel keeps it private), so
    generic code (tests walking every model) can read it like any other model."""

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else 1


class TagCompleter(QCompleter):
    """Completes the last comma-separated word and keeps the words before it."""

    def __init__(self, edit: QLineEdit, source: TagSource, *, multiple: bool) -> None:
        self._strings = SuggestionModel()
        super().__init__(self._strings, edit)
        self._edit = edit
        self._source = source
        self._multiple = multiple
        self._prefix: str | None = None
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def current_word(self, text: str) -> str:
        return (text.rsplit(",", 1)[-1] if self._multiple else text).strip()

    def refresh(self, text: str) -> None:
        word = self.current_word(text).lower()
        if word == self._prefix:
            return
        self._prefix = word
        self._strings.setStringList(self._source(word)[:SUGGESTIONS] if word else [])

    def splitPath(self, path: str) -> list[str]:
        return [self.current_word(path)]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        chosen = str(index.data())
        if not self._multiple:
            return chosen
        before = self._edit.text().rsplit(",", 1)
        head = [part.strip() for part in before[0].split(",")] if len(before) > 1 else []
        return ", ".join([*(part for part in head if part), chosen])


class TagEdit(QLineEdit):
    """Tags as ``a, b, c``; :meth:`tags` gives them normalised (lower-case, sorted)."""

    def __init__(
        self, source: TagSource, parent: QWidget | None = None, *, multiple: bool = True
    ) -> None:
        super().__init__(parent)
        self.tag_completer = TagCompleter(self, source, multiple=multiple)
        self.setCompleter(self.tag_completer)
        self.textEdited.connect(self.tag_completer.refresh)

    def tags(self) -> tuple[str, ...]:
        return split_tags(self.text())

    def set_tags(self, tags: tuple[str, ...]) -> None:
        self.setText(join_tags(tags))
