"""After a meeting: the summary (discussed, concluded, agreed), a few words of its own,
exports to Markdown or PDF (shared parts only, after the unencrypted-file warning), and —
outside shared-screen mode — the way to write a reflection."""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo
from pathlib import Path

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rmdesk.domain.models import Meeting, MeetingStatus
from rmdesk.domain.resources import PromptMoment
from rmdesk.export.meeting_summary import (
    MeetingSummary,
    summary_markdown,
    summary_title,
)
from rmdesk.export.pdf import markdown_to_pdf
from rmdesk.store.errors import VaultError
from rmdesk.store.files import write_bytes_atomic
from rmdesk.ui.kit.context import ReflectionRequest, ViewContext
from rmdesk.ui.kit.error_text import show_not_exported
from rmdesk.ui.kit.export_style import user_document_style
from rmdesk.ui.kit.flow_layout import FlowLayout
from rmdesk.ui.kit.plain_export import PlainFormat, ask_save_path, confirm_plain_export
from rmdesk.ui.kit.sealed_browser import SealedBrowser
from rmdesk.ui.meetings.autosave import DebouncedSaver, MeetingBook


class SummaryPanel(QWidget):
    def __init__(
        self,
        context: ViewContext,
        book: MeetingBook,
        saver: DebouncedSaver,
        tz: tzinfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._book = book
        self._saver = saver
        self._tz = tz
        self._meeting_id: int | None = None
        layout = QVBoxLayout(self)

        self.prompt_label = QLabel(self)
        self.prompt_label.setWordWrap(True)
        layout.addWidget(self.prompt_label)
        words_label = QLabel(self.tr("In &a few words (shared):"), self)
        self.words_edit = QPlainTextEdit(self)
        self.words_edit.setAccessibleName(self.tr("The meeting in a few words"))
        self.words_edit.setMaximumHeight(70)
        words_label.setBuddy(self.words_edit)
        self.words_edit.textChanged.connect(self._on_words_typed)
        layout.addWidget(words_label)
        layout.addWidget(self.words_edit)

        summary_label = QLabel(
            self.tr("Su&mmary of what was discussed, concluded and agreed:"), self
        )
        # Rendered Markdown (every vault text in it is escaped by the exporter); the browser
        # follows no link and loads no resource.
        self.summary_view = SealedBrowser(self)
        self.summary_view.setObjectName("meetingSummaryText")
        self.summary_view.setAccessibleName(self.tr("Meeting summary"))
        summary_label.setBuddy(self.summary_view)
        layout.addWidget(summary_label)
        layout.addWidget(self.summary_view, 1)

        row = FlowLayout()
        self.markdown_button = QPushButton(self.tr("Export Mar&kdown…"), self)
        self.markdown_button.setAccessibleName(self.tr("Export the summary as Markdown"))
        self.markdown_button.clicked.connect(self.export_markdown)
        self.pdf_button = QPushButton(self.tr("Export &PDF…"), self)
        self.pdf_button.setAccessibleName(self.tr("Export the summary as PDF"))
        self.pdf_button.clicked.connect(self.export_pdf)
        row.addWidget(self.markdown_button)
        row.addWidget(self.pdf_button)
        # The journal is private: outside shared-screen mode only.
        self.reflect_button: QPushButton | None = None
        if context.data.private is not None:
            self.reflect_button = QPushButton(self.tr("Write a re&flection…"), self)
            self.reflect_button.setAccessibleName(self.tr("Write a reflection on this meeting"))
            self.reflect_button.clicked.connect(self._reflect)
            row.addWidget(self.reflect_button)
        layout.addLayout(row)

    def _reflect(self) -> None:
        if self._meeting_id is not None:
            self._context.reflect_on(
                ReflectionRequest(self._meeting_id, PromptMoment.AFTER_MEETING)
            )

    def show_meeting(self, meeting: Meeting | None) -> None:
        self._meeting_id = meeting.id if meeting else None
        self.setEnabled(meeting is not None)
        self.words_edit.blockSignals(True)
        self.words_edit.setPlainText(meeting.summary if meeting else "")
        self.words_edit.blockSignals(False)
        held = meeting is not None and meeting.status is MeetingStatus.HELD
        if held and self.reflect_button is not None:
            self.prompt_label.setText(
                self.tr(
                    "The meeting is over. While it is fresh: what did you learn, what surprised "
                    "you, what will you try? Write a reflection in your private journal."
                )
            )
        elif held:
            self.prompt_label.setText(self.tr("The meeting is over. Here is what you covered."))
        else:
            self.prompt_label.setText(self.tr("The summary fills in as the meeting is held."))
        self.refresh()

    def summary(self) -> MeetingSummary | None:
        if self._meeting_id is None:
            return None
        shared = self._context.data.shared
        meeting = self._book.get(self._meeting_id)
        # Shared columns only: the summary may be shown and exported in any mode.
        actions = shared.actions.list_for_meeting(self._meeting_id, include_private=False)
        return MeetingSummary.of(
            self._context.relationship,
            meeting,
            shared.agenda.list_for_meeting(self._meeting_id),
            actions,
            self._tz,
            user_document_style(),
        )

    def refresh(self) -> None:
        summary = self.summary()
        self.summary_view.document().setMarkdown(
            summary_markdown(summary, file_note=False) if summary else "",
            QTextDocument.MarkdownFeature.MarkdownNoHTML,
        )

    def _on_words_typed(self) -> None:
        if self._meeting_id is None:
            return
        meeting_id, text = self._meeting_id, self.words_edit.toPlainText()
        self._saver.schedule(
            ("summary", meeting_id), lambda: self._book.change(meeting_id, summary=text)
        )

    # -- exports -------------------------------------------------------------------------
    def _export(
        self,
        caption: str,
        kind: PlainFormat,
        write: Callable[[Path, MeetingSummary], None],
    ) -> Path | None:
        try:
            self._saver.flush()
        except VaultError as error:
            self._warn(error)
            return None
        summary = self.summary()
        if summary is None or not confirm_plain_export(self, self.tr("The meeting summary")):
            return None
        day = summary.meeting.starts_at.astimezone(self._tz).date().isoformat()
        target = ask_save_path(self, caption, f"meeting-{day}", kind)
        if target is None:
            return None
        try:
            write(target, summary)
        except VaultError as error:
            self._warn(error)
            return None
        return target

    def export_markdown(self) -> Path | None:
        return self._export(
            self.tr("Export summary as Markdown"),
            PlainFormat.MARKDOWN,
            lambda target, s: write_bytes_atomic(target, summary_markdown(s).encode("utf-8")),
        )

    def export_pdf(self) -> Path | None:
        return self._export(
            self.tr("Export summary as PDF"),
            PlainFormat.PDF,
            lambda target, s: markdown_to_pdf(summary_markdown(s), target, title=summary_title(s)),
        )

    def _warn(self, error: VaultError) -> None:
        show_not_exported(self, error)
