"""A check-in both people fill in during a session: 1–5 and a sentence per question.

The mentor may prefer not to rate with the leader watching: each question can be skipped,
or all of the mentor's at once. A skip is saved as a skip (``skipped=True``, no rating),
never as a low score. A question neither rated nor skipped is simply left out.
The private note is the leader's alone and is not even built in shared-screen mode.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rmdesk.domain.checkins import questions_for
from rmdesk.domain.models import CheckIn, CheckInAnswer, Meeting, Relationship, Role
from rmdesk.domain.resources import CheckInQuestionText, load_checkin_questions
from rmdesk.privacy.display_text import party_name
from rmdesk.ui.kit.dates import day_text
from rmdesk.ui.kit.dialog_fit import size_within_window
from rmdesk.ui.kit.edit_dialog import EditDialog
from rmdesk.ui.kit.forms import (
    error_label,
    from_qdate,
    name_buttons,
    text_editor,
    to_qdate,
)
from rmdesk.ui.kit.language import content_language
from rmdesk.ui.progress.progress_model import question_short_name

RATINGS = range(1, 6)


class QuestionRow(QWidget):
    """One question: its label, a 1–5 scale between its two end words, Skip, a sentence."""

    def __init__(
        self, text: CheckInQuestionText, end_width: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.side = text.side
        self.key = text.key
        name = question_short_name(text.side, text.key)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        label = QLabel(text.label, self)
        label.setWordWrap(True)
        layout.addWidget(label, 0, 0, 1, 3)
        scale = QWidget(self)
        scale_layout = QHBoxLayout(scale)
        scale_layout.setContentsMargins(0, 0, 0, 0)
        low = QLabel(text.low_end, scale)
        low.setMinimumWidth(end_width)  # so the 1–5 buttons line up from row to row
        scale_layout.addWidget(low)
        self.group = QButtonGroup(self)
        self.radios: list[QRadioButton] = []
        for rating in RATINGS:
            radio = QRadioButton(str(rating), scale)
            radio.setAccessibleName(self.tr("{0}: {1} of 5").format(name, rating))
            self.group.addButton(radio, rating)
            self.radios.append(radio)
            scale_layout.addWidget(radio)
        scale_layout.addWidget(QLabel(text.high_end, scale))
        scale_layout.addStretch(1)
        layout.addWidget(scale, 1, 0)
        self.skip_check = QCheckBox(self.tr("Skip"), self)
        self.skip_check.setAccessibleName(self.tr("Skip: {0}").format(name))
        self.skip_check.setToolTip(self.tr("Recorded as a skip, never as a low score"))
        self.skip_check.toggled.connect(self._skip_toggled)
        layout.addWidget(self.skip_check, 1, 1)
        self.sentence_edit = QLineEdit(self)
        self.sentence_edit.setAccessibleName(self.tr("One sentence: {0}").format(name))
        self.sentence_edit.setPlaceholderText(self.tr("In one sentence, why?"))
        layout.addWidget(self.sentence_edit, 2, 0, 1, 3)
        layout.setColumnStretch(0, 1)

    def _clear_rating(self) -> None:
        self.group.setExclusive(False)
        for radio in self.radios:
            radio.setChecked(False)
        self.group.setExclusive(True)

    def _skip_toggled(self, skipped: bool) -> None:
        if skipped:
            self._clear_rating()
        for radio in self.radios:
            radio.setEnabled(not skipped)

    def set_rating(self, rating: int | None) -> None:
        if rating is None:
            self._clear_rating()
        else:
            self.radios[rating - 1].setChecked(True)

    def set_answer(self, answer: CheckInAnswer) -> None:
        self.skip_check.setChecked(answer.skipped)
        if not answer.skipped:
            self.set_rating(answer.rating)
        self.sentence_edit.setText(answer.sentence)

    def answer(self, uuid: str | None) -> CheckInAnswer | None:
        """This row's answer, or None when it was neither rated nor skipped."""
        rating = self.group.checkedId()
        skipped = self.skip_check.isChecked()
        sentence = self.sentence_edit.text().strip()
        if not skipped and rating not in RATINGS:
            return None
        answer = CheckInAnswer(
            side=self.side,
            question=self.key,
            rating=None if skipped else rating,
            sentence=sentence,
            skipped=skipped,
        )
        return dataclasses.replace(answer, uuid=uuid) if uuid else answer


class CheckInDialog(EditDialog):
    def __init__(
        self,
        checkin: CheckIn,
        relationship: Relationship,
        meetings: Sequence[Meeting],
        *,
        include_private: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check-in") if checkin.id is None else self.tr("Edit check-in"))
        self._original = checkin
        outer = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Fill this in together. Rate each statement from 1 to 5 and add a sentence. "
                "Anyone may skip a question: a skip is kept as a skip, not as a low score."
            ),
            self,
        )
        intro.setWordWrap(True)
        outer.addWidget(intro)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(scroll)
        layout = QVBoxLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        form = QFormLayout()
        layout.addLayout(form)
        self.date_edit = QDateEdit(body)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setAccessibleName(self.tr("Held on"))
        self.date_edit.setDate(to_qdate(checkin.held_on))
        date_label = QLabel(self.tr("&Held on:"), body)
        date_label.setBuddy(self.date_edit)
        form.addRow(date_label, self.date_edit)
        self.meeting_combo = QComboBox(body)
        self.meeting_combo.setAccessibleName(self.tr("Meeting"))
        self.meeting_combo.addItem(self.tr("(no meeting)"), None)
        for meeting in meetings:
            if meeting.id is None:
                continue
            day = meeting.starts_at.astimezone().date()
            self.meeting_combo.addItem(
                day_text(day, QLocale.FormatType.LongFormat),
                meeting.id,
            )
            if meeting.id == checkin.meeting_id:
                self.meeting_combo.setCurrentIndex(self.meeting_combo.count() - 1)
        meeting_label = QLabel(self.tr("&Meeting:"), body)
        meeting_label.setBuddy(self.meeting_combo)
        form.addRow(meeting_label, self.meeting_combo)

        # Worded in the app's language; a check-in stores only the keys.
        texts = {(q.side, q.key): q for q in load_checkin_questions(content_language())}
        metrics = self.fontMetrics()
        end_width = max(metrics.horizontalAdvance(q.low_end) for q in texts.values()) + 6
        self.rows: dict[tuple[Role, str], QuestionRow] = {}
        for side in (Role.LEADER, Role.MENTOR):
            name = party_name(relationship, side)
            title = (
                self.tr("Leader: {0}").format(name)
                if side is Role.LEADER
                else self.tr("Mentor: {0}").format(name)
            )
            box = QGroupBox(title.strip().rstrip(":"), body)
            box_layout = QVBoxLayout(box)
            if side is Role.MENTOR:
                self.skip_all_check = QCheckBox(
                    self.tr("Skip &all of the mentor's questions this time"), box
                )
                self.skip_all_check.setAccessibleName(self.tr("Skip all of the mentor's questions"))
                self.skip_all_check.toggled.connect(self._skip_all_mentor)
                box_layout.addWidget(self.skip_all_check)
            for key in questions_for(side):
                row = QuestionRow(texts[(side, key)], end_width, box)
                self.rows[(side, key)] = row
                box_layout.addWidget(row)
            layout.addWidget(box)
        for answer in checkin.answers:
            existing = self.rows.get((answer.side, answer.question))
            if existing is not None:
                existing.set_answer(answer)

        self.private_edit: QPlainTextEdit | None = None
        if include_private:
            self.private_edit = text_editor(
                body,
                self.tr("Private note"),
                self.tr("Only you see this; it never appears in shared-screen mode"),
                60,
            )
            self.private_edit.setPlainText(checkin.private_note)
            private_label = QLabel(self.tr("&Private note (only you):"), body)
            private_label.setBuddy(self.private_edit)
            layout.addWidget(private_label)
            layout.addWidget(self.private_edit)
        layout.addStretch(1)

        self.error_label = error_label(self)
        outer.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        name_buttons(self.buttons)
        outer.addWidget(self.buttons)
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        self.result_checkin: CheckIn | None = None
        size_within_window(self, 680, 760)

    def _skip_all_mentor(self, skipped: bool) -> None:
        for (side, _key), row in self.rows.items():
            if side is Role.MENTOR:
                row.skip_check.setChecked(skipped)

    def checkin(self) -> CheckIn:
        uuids = {(a.side, a.question): a.uuid for a in self._original.answers}
        answers = []
        for key, row in self.rows.items():
            answer = row.answer(uuids.get(key))
            if answer is not None:
                answers.append(answer)
        meeting = self.meeting_combo.currentData()
        return dataclasses.replace(
            self._original,
            held_on=from_qdate(self.date_edit.date()),
            meeting_id=int(meeting) if meeting is not None else None,
            answers=tuple(answers),
            private_note=(
                self.private_edit.toPlainText()
                if self.private_edit is not None
                else self._original.private_note
            ),
        )

    def _accept_if_valid(self) -> None:
        checkin = self.checkin()
        if not checkin.answers:
            self.error_label.setText(self.tr("Rate or skip at least one question."))
            self.error_label.show()
            return
        self.result_checkin = checkin
        self.accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        checkin: CheckIn,
        relationship: Relationship,
        meetings: Sequence[Meeting],
        *,
        include_private: bool,
    ) -> CheckIn | None:
        dialog = cls(
            checkin, relationship, meetings, include_private=include_private, parent=parent
        )
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.result_checkin
            return None
        finally:
            dialog.deleteLater()


def new_checkin(relationship_id: int, today: date, meeting_id: int | None) -> CheckIn:
    return CheckIn(relationship_id=relationship_id, held_on=today, meeting_id=meeting_id)
