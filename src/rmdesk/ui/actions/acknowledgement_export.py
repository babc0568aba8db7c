"""The recognition-letter export flow: options (with the unencrypted warning), a path, and
the write, off the UI thread so the window keeps answering.

Shared content only: actions are read with ``include_private=False`` whatever the mode, so
no private note is even in memory for the letter; reflections are never read.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, tzinfo
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QObject, Signal
from PySide6.QtWidgets import QWidget

from rmdesk.export.recognition_letter import (
    LetterWording,
    recognition_letter_markdown,
    select_for_period,
    write_markdown,
    write_pdf,
)
from rmdesk.privacy.display_text import one_line
from rmdesk.store.errors import VaultError
from rmdesk.ui.actions.acknowledgement_letter_dialog import LetterRequest, RecognitionLetterDialog
from rmdesk.ui.kit.context import ViewContext
from rmdesk.ui.kit.error_text import vault_error_text
from rmdesk.ui.kit.plain_export import safe_file_name
from rmdesk.ui.kit.worker import BackgroundCall

AskPath = Callable[[QWidget, str, bool], Path | None]


def long_day(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


class LetterExport(QObject):
    exported = Signal(object)  # the Path written
    failed = Signal(str)

    def __init__(self, owner: QWidget, context: ViewContext, tz: tzinfo) -> None:
        super().__init__(owner)
        self._owner = owner
        self._context = context
        self._tz = tz
        self.call: BackgroundCall | None = None

    def wording(self) -> LetterWording:
        return LetterWording(
            title=self.tr("Recognition letter"),
            greeting=self.tr("Dear {0},"),
            intro=self.tr(
                "From {0} to {1} you mentored me. This letter records, in my own words, what "
                "your contributions changed."
            ),
            contributions_heading=self.tr("What your contributions changed"),
            applied_heading=self.tr("What I put into practice"),
            linked_action=self.tr("What I tried: {0}"),
            linked_goal=self.tr("Goal: {0}"),
            impact=self.tr("What changed: {0}"),
            words_heading=self.tr("In my own words"),
            closing=self.tr("With thanks,"),
            no_contributions=self.tr("No acknowledgements were recorded in this period."),
            footer=self.tr(
                "Written with rmdesk. Shared content only; nothing private is included."
            ),
        )

    def markdown(self, request: LetterRequest) -> str:
        relationship = self._context.relationship
        assert relationship.id is not None
        shared = self._context.data.shared
        content = select_for_period(
            relationship,
            shared.acknowledgements.list_for_relationship(relationship.id),
            # Never the private note, even outside shared-screen mode: the letter is shared.
            shared.actions.list_for_relationship(relationship.id, include_private=False),
            shared.goals.list_for_relationship(relationship.id),
            request.period_start,
            request.period_end,
            personal_words=request.personal_words,
            tz=self._tz,
        )
        return recognition_letter_markdown(
            content, wording=self.wording(), format_day=long_day, tz=self._tz
        )

    def start(self, ask_path: AskPath) -> None:
        if self.call is not None and self.call.running:
            return
        relationship = self._context.relationship
        request = RecognitionLetterDialog.ask(self._owner, relationship.start_date, date.today())
        if request is None:
            return
        name = self.tr("Recognition letter for {0}").format(
            one_line(relationship.mentor_name or relationship.other_name, 60)
        )
        target = ask_path(self._owner, safe_file_name(name, "letter"), request.as_pdf)
        if target is None:
            return
        markdown = self.markdown(request)
        title = self.tr("Recognition letter")

        def write() -> Path:
            if request.as_pdf:
                write_pdf(markdown, target, title=title)
            else:
                write_markdown(markdown, target)
            return target

        self.call = BackgroundCall(write, self)
        self.call.succeeded.connect(self.exported.emit)
        self.call.failed.connect(self._failed)
        self.call.start()

    def _failed(self, error: object) -> None:
        if isinstance(error, VaultError):
            self.failed.emit(vault_error_text(error))
        elif isinstance(error, OSError):
            self.failed.emit(self.tr("The letter could not be written: {0}").format(error.strerror))
        else:
            raise error if isinstance(error, BaseException) else RuntimeError(str(error))
