"""Write one reflection: Markdown text with a live preview, tags, links, and autosave.

Autosave never interrupts typing and never loses text: every change restarts a short timer
(``AUTOSAVE_MS`` after the last keystroke) and a longer one caps how long continuous typing
can go unsaved (``MAX_UNSAVED_MS``). A kill after a pause of a second loses nothing. A save
that fails (disk full, read-only) says so beside the text, keeps the text in the editor and
tries again on the next change; :meth:`save_pending` raises instead, so the caller can show it.

A new reflection exists only in the editor until its first save, so an abandoned empty draft
never becomes a row.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rmdesk.domain.models import Reflection
from rmdesk.domain.validation import ValidationError
from rmdesk.store.errors import VaultError
from rmdesk.store.repositories.reflection import ReflectionRepository
from rmdesk.ui.kit.adaptive_splitter import AdaptiveSplitter
from rmdesk.ui.kit.choice_model import choice_combo
from rmdesk.ui.kit.clipboard_guard import ClipboardGuard
from rmdesk.ui.kit.error_text import not_saved_line
from rmdesk.ui.kit.type_scale import limit_line_length
from rmdesk.ui.reflections.reflection_text import MarkdownPreview, ReflectionTextEdit
from rmdesk.ui.reflections.reflections_model import local_time_text
from rmdesk.ui.reflections.tag_edit import TagEdit, TagSource

AUTOSAVE_MS = 800
MAX_UNSAVED_MS = 5000
REFRESH_MS = 250  # word count and preview follow the text this long after a change
Choices = list[tuple[str, int]]


def word_count(text: str) -> int:
    return len(text.split())


class ReflectionEditor(QWidget):
    # (the saved reflection, True when this save created it)
    saved = Signal(object, bool)

    def __init__(
        self,
        repository: ReflectionRepository,
        relationship_id: int,
        meetings: Choices,
        goals: Choices,
        tag_source: TagSource,
        guard: ClipboardGuard,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reflectionEditor")
        self._repository = repository
        self._relationship_id = relationship_id
        self._guard = guard
        self._current = Reflection(relationship_id=relationship_id, body="")
        self._dirty = False
        self._loading = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.prompt_label = QLabel(self)
        self.prompt_label.setObjectName("reflectionPrompt")
        self.prompt_label.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt_label.setWordWrap(True)
        self.prompt_label.setAccessibleName(self.tr("Prompt"))
        font = self.prompt_label.font()
        font.setItalic(True)
        self.prompt_label.setFont(font)
        layout.addWidget(self.prompt_label)

        self.splitter = AdaptiveSplitter(self)
        self.body = ReflectionTextEdit(guard, self.splitter)
        self.body.setObjectName("reflectionBody")
        self.body.setAccessibleName(self.tr("Reflection text"))
        self.body.setPlaceholderText(
            self.tr("Write freely. Markdown works: *emphasis*, - lists, # headings.")
        )
        self.preview = MarkdownPreview(guard, self.splitter)
        self.preview.setObjectName("reflectionPreview")
        self.preview.setAccessibleName(self.tr("Preview"))
        limit_line_length(self.preview)
        limit_line_length(self.body)
        self.preview.hide()
        self.splitter.addWidget(self.body)
        self.splitter.addWidget(self.preview)
        layout.addWidget(self.splitter, 1)

        form = QFormLayout()
        self.tags = TagEdit(tag_source, self)
        self.tags.setObjectName("reflectionTags")
        self.tags.setAccessibleName(self.tr("Tags"))
        self.tags.setPlaceholderText(self.tr("comma, separated, tags"))
        self.meeting = self._choices(self.tr("No meeting"), meetings)
        self.meeting.setAccessibleName(self.tr("Linked meeting"))
        self.goal = self._choices(self.tr("No goal"), goals)
        self.goal.setAccessibleName(self.tr("Linked goal"))
        for combo in (self.meeting, self.goal):  # long goal titles must not widen the pane
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
        form.addRow(self._buddy(self.tr("T&ags:"), self.tags), self.tags)
        links = QHBoxLayout()
        links.addWidget(self.meeting, 1)
        links.addWidget(self._buddy(self.tr("G&oal:"), self.goal))
        links.addWidget(self.goal, 1)
        form.addRow(self._buddy(self.tr("&Meeting:"), self.meeting), links)
        layout.addLayout(form)

        bottom = QHBoxLayout()
        self.info = QLabel(self)
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        self.info.setAccessibleName(self.tr("Word count and dates"))
        self.status = QLabel(self)
        self.status.setObjectName("saveStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Save status"))
        self.preview_button = QPushButton(self.tr("Pr&eview"), self)
        self.preview_button.setCheckable(True)
        self.preview_button.setAccessibleName(self.tr("Show Markdown preview"))
        self.preview_button.toggled.connect(self._toggle_preview)
        self.copy_button = QPushButton(self.tr("&Copy text"), self)
        self.copy_button.setAccessibleName(self.tr("Copy the whole reflection"))
        self.copy_button.setToolTip(self.tr("Copied text is cleared from the clipboard after 30 s"))
        self.copy_button.clicked.connect(self.copy_all)
        self.info.setWordWrap(True)
        bottom.addWidget(self.info, 1)
        bottom.addWidget(self.copy_button)
        bottom.addWidget(self.preview_button)
        layout.addLayout(bottom)
        layout.addWidget(self.status)

        self.autosave_timer = self._timer(AUTOSAVE_MS, self._autosave)
        self.max_wait_timer = self._timer(MAX_UNSAVED_MS, self._autosave)
        self.refresh_timer = self._timer(REFRESH_MS, self._refresh_derived)
        self.body.textChanged.connect(self._changed)
        self.tags.textChanged.connect(self._changed)
        self.meeting.currentIndexChanged.connect(lambda _i: self._changed())
        self.goal.currentIndexChanged.connect(lambda _i: self._changed())
        self._show(self._current)

    # -- building ------------------------------------------------------------------------
    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(widget)
        return label

    def _choices(self, none_text: str, choices: Choices) -> QComboBox:
        return choice_combo([(none_text, None), *choices], self)

    def _timer(self, interval: int, slot: object) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval)
        timer.timeout.connect(slot)
        return timer

    # -- what is shown -------------------------------------------------------------------
    @property
    def current(self) -> Reflection:
        return self._current

    @property
    def dirty(self) -> bool:
        return self._dirty

    def load(self, reflection: Reflection) -> None:
        """Show a saved reflection (save the one being edited first: see save_pending)."""
        self._show(reflection)

    def start_new(
        self, prompt: str = "", meeting_id: int | None = None, goal_id: int | None = None
    ) -> None:
        self._show(
            Reflection(
                relationship_id=self._relationship_id,
                body="",
                prompt=prompt,
                meeting_id=meeting_id,
                goal_id=goal_id,
            )
        )
        self.body.setFocus()

    def _show(self, reflection: Reflection) -> None:
        self._loading = True
        try:
            self._current = reflection
            self.prompt_label.setText(reflection.prompt)
            self.prompt_label.setVisible(bool(reflection.prompt))
            # setPlainText also empties the undo history, so the previous text is gone.
            self.body.setPlainText(reflection.body)
            self.tags.set_tags(reflection.tags)
            self._select(self.meeting, reflection.meeting_id)
            self._select(self.goal, reflection.goal_id)
            self._dirty = False
            self.status.clear()
            self._refresh_derived()
        finally:
            self._loading = False
        for timer in (self.autosave_timer, self.max_wait_timer, self.refresh_timer):
            timer.stop()

    @staticmethod
    def _select(combo: QComboBox, item_id: int | None) -> None:
        index = combo.findData(item_id) if item_id is not None else 0
        combo.setCurrentIndex(max(0, index))

    def _refresh_derived(self) -> None:
        text = self.body.toPlainText()
        parts = [self.tr("Words: {0}").format(QLocale().toString(word_count(text)))]
        if self._current.id is not None:
            parts.append(self.tr("created {0}").format(local_time_text(self._current.created_at)))
            parts.append(self.tr("edited {0}").format(local_time_text(self._current.updated_at)))
        else:
            parts.append(self.tr("not saved yet"))
        self.info.setText(" · ".join(parts))
        if self.preview.isVisibleTo(self):
            self.preview.show_markdown(text)

    def _toggle_preview(self, on: bool) -> None:
        self.preview.setVisible(on)
        if on:
            self.preview.show_markdown(self.body.toPlainText())
        else:
            self.preview.clear()

    def copy_all(self) -> None:
        self._guard.copy(self.body.toPlainText())

    # -- saving --------------------------------------------------------------------------
    def _changed(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self.autosave_timer.start()  # restarts: the save waits for a pause in typing
        if not self.max_wait_timer.isActive():
            self.max_wait_timer.start()
        self.refresh_timer.start()

    def _edited(self) -> Reflection:
        return replace(
            self._current,
            body=self.body.toPlainText(),
            tags=self.tags.tags(),
            meeting_id=self.meeting.currentData(),
            goal_id=self.goal.currentData(),
        )

    def save_pending(self) -> None:
        """Save now if anything changed. Raises VaultError/ValidationError; the text stays."""
        self.autosave_timer.stop()
        self.max_wait_timer.stop()
        if not self._dirty:
            return
        edited = self._edited()
        created = edited.id is None
        if created and not (edited.body.strip() or edited.tags):
            return  # an empty new draft is not worth a row; a prompt alone stays unsaved
        stored = self._repository.add(edited) if created else self._repository.update(edited)
        # Typing cannot happen during the (synchronous) save, so the editor still holds
        # exactly what was saved.
        self._current = stored
        self._dirty = False
        self.status.setText(self.tr("Saved"))
        self._refresh_derived()
        self.saved.emit(stored, created)

    def _autosave(self) -> None:
        self._end_undo_step()
        try:
            self.save_pending()
        except (VaultError, ValidationError) as error:
            self.status.setText(not_saved_line(error))

    def _end_undo_step(self) -> None:
        """A pause in typing ends one undo step. QTextDocument merges every adjacent insert
        into a single undo command while the document counts as modified, so one Ctrl+Z
        took back a whole paragraph (and autosave then stored the emptied text); marking the
        document unmodified at each pause makes the next burst of typing a step of its own."""
        self.body.document().setModified(False)

    def forget(self) -> None:
        """Drop the text and its undo history without saving (after a delete)."""
        self._show(Reflection(relationship_id=self._relationship_id, body=""))
