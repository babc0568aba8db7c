"""The steps of the guided setup, one small page each (seed steps 1 to 3).

Each page reads the draft relationship when it is entered and writes its own fields back
when it is left (``store``); the wizard saves the draft. A page never holds state of its own
beyond its widgets, so going back, skipping and coming back later all show what is stored.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from rmdesk.domain.models import Cadence, Relationship, Role
from rmdesk.domain.next_step import default_review_date
from rmdesk.ui.kit.forms import from_qdate, text_editor, to_qdate
from rmdesk.ui.kit.rhythm_fields import cadence_combo, minutes_spin, start_date_edit
from rmdesk.ui.kit.wrapped_label import WrappedLabel

if TYPE_CHECKING:
    from rmdesk.ui.guide.guided_start import GuidedStart


def split_list(text: str) -> tuple[str, ...]:
    """Comma-separated words as a tuple, blanks and repeats dropped, order kept."""
    seen: dict[str, None] = {}
    for part in text.split(","):
        word = " ".join(part.split())
        if word and word.casefold() not in {k.casefold() for k in seen}:
            seen[word] = None
    return tuple(seen)


class GuidePage(QWizardPage):
    """A step: ``load`` fills it from the draft, ``store`` returns the draft with its fields."""

    def guide(self) -> GuidedStart:
        from rmdesk.ui.guide.guided_start import GuidedStart

        wizard = self.wizard()
        assert isinstance(wizard, GuidedStart)
        return wizard

    def load(self, draft: Relationship) -> None:
        raise NotImplementedError

    def store(self, draft: Relationship) -> Relationship:
        return draft

    def first_field(self) -> QWidget | None:
        return None

    def initializePage(self) -> None:
        self.load(self.guide().draft)

    def validatePage(self) -> bool:
        return self.guide().keep(self.store(self.guide().draft))

    def _form_row(self, form: QFormLayout, text: str, field: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(field)
        form.addRow(label, field)
        return label


class RolePage(GuidePage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Welcome: who are you in this relationship?"))
        self.setSubTitle(
            self.tr(
                "Are you the leader who is learning, or the mentor who is teaching? The next "
                "steps follow your answer. Every step can be skipped and changed later."
            )
        )
        layout = QVBoxLayout(self)
        self.leader_radio = QRadioButton(self.tr("I am the &leader, here to learn"), self)
        self.mentor_radio = QRadioButton(self.tr("I am the &mentor, here to teach"), self)
        self.leader_radio.setAccessibleName(self.tr("I am the leader, here to learn"))
        self.mentor_radio.setAccessibleName(self.tr("I am the mentor, here to teach"))
        group = QButtonGroup(self)
        group.addButton(self.leader_radio)
        group.addButton(self.mentor_radio)
        layout.addWidget(self.leader_radio)
        layout.addWidget(self.mentor_radio)
        form = QFormLayout()
        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("Your own name"))
        self._form_row(form, self.tr("Your &own name:"), self.name_edit)
        layout.addLayout(form)
        layout.addWidget(
            WrappedLabel(
                self.tr(
                    "Your name goes into the agreement you both confirm. It stays in this "
                    "encrypted file, like everything else."
                ),
                self,
            )
        )
        # A mentor whose leader has already shared starts from that pack: the first path.
        self.pack_hint = WrappedLabel(
            self.tr(
                "Has the leader already shared a pack with you? Open it instead of typing: "
                "the relationship and the agreement arrive as the leader set them up."
            ),
            self,
        )
        self.pack_button = QPushButton(self.tr("Open a &pack from your leader…"), self)
        self.pack_button.setAccessibleName(self.tr("Open a pack from your leader"))
        self.pack_button.clicked.connect(self._open_pack_instead)
        layout.addWidget(self.pack_hint)
        layout.addWidget(self.pack_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.mentor_radio.toggled.connect(self._show_pack_path)
        self._show_pack_path(False)
        layout.addStretch(1)

    def _show_pack_path(self, mentor: bool) -> None:
        self.pack_hint.setVisible(mentor)
        self.pack_button.setVisible(mentor)

    def _open_pack_instead(self) -> None:
        guide = self.guide()
        guide.open_pack_requested = True
        guide.reject()

    def load(self, draft: Relationship) -> None:
        (self.leader_radio if draft.my_role is Role.LEADER else self.mentor_radio).setChecked(True)
        self.name_edit.setText(draft.my_name)

    def store(self, draft: Relationship) -> Relationship:
        role = Role.LEADER if self.leader_radio.isChecked() else Role.MENTOR
        return dataclasses.replace(draft, my_role=role, my_name=self.name_edit.text().strip())

    def first_field(self) -> QWidget:
        return self.leader_radio if self.leader_radio.isChecked() else self.mentor_radio


class PurposePage(GuidePage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Step 1: the purpose"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.purpose_edit: QPlainTextEdit = text_editor(
            self, self.tr("Purpose of the relationship"), height=90
        )
        self._form_row(form, self.tr("&Purpose:"), self.purpose_edit)
        self.focus_edit = QLineEdit(self)
        self.focus_edit.setAccessibleName(self.tr("Focus areas, separated by commas"))
        self.focus_edit.setPlaceholderText(self.tr("e.g. AI tools, hybrid work, inclusion"))
        self._form_row(form, self.tr("Focus &areas:"), self.focus_edit)
        layout.addLayout(form)
        self.hint = WrappedLabel("", self)
        layout.addWidget(self.hint)
        layout.addStretch(1)

    def initializePage(self) -> None:
        leader = self.guide().draft.my_role is Role.LEADER
        self.setSubTitle(
            self.tr(
                "What do you want to understand better, and why now? A clear aim keeps your "
                "conversations useful."
            )
            if leader
            else self.tr(
                "What does the leader want to learn from you, and what would you like to "
                "gain yourself?"
            )
        )
        self.purpose_edit.setPlaceholderText(
            self.tr("e.g. Understand how younger colleagues use AI tools in their daily work")
            if leader
            else self.tr("e.g. Show how the team works in a hybrid week; learn how plans are made")
        )
        self.hint.setText(
            self.tr(
                "Focus areas are a few words, separated by commas. Goals come later, in "
                "Purpose & Goals."
            )
        )
        super().initializePage()

    def load(self, draft: Relationship) -> None:
        self.purpose_edit.setPlainText(draft.purpose)
        self.focus_edit.setText(", ".join(draft.focus_areas))

    def store(self, draft: Relationship) -> Relationship:
        return dataclasses.replace(
            draft,
            purpose=self.purpose_edit.toPlainText().strip(),
            focus_areas=split_list(self.focus_edit.text()),
        )

    def first_field(self) -> QWidget:
        return self.purpose_edit


class WhoPage(GuidePage):
    """The one field a relationship cannot be kept without: the other person's name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.other_edit = QLineEdit(self)
        self.other_label = self._form_row(form, "", self.other_edit)
        layout.addLayout(form)
        self.hint = WrappedLabel("", self)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self.other_edit.textChanged.connect(lambda _text: self.completeChanged.emit())

    def initializePage(self) -> None:
        leader = self.guide().draft.my_role is Role.LEADER
        if leader:
            self.setTitle(self.tr("Step 2: your mentor"))
            self.setSubTitle(
                self.tr(
                    "Who will you learn from? The right mentor knows your focus areas and is "
                    "willing to share; someone unlike you brings the most."
                )
            )
            self.other_label.setText(self.tr("Your &mentor's name:"))
            self.other_edit.setAccessibleName(self.tr("Your mentor's name"))
            self.hint.setText(
                self.tr(
                    "Still choosing? Type a working name now. Later, Edit relationship "
                    "(Ctrl+E) lets you list candidates with their expertise and ranks them "
                    "by your focus areas; that list stays private."
                )
            )
        else:
            self.setTitle(self.tr("Step 2: the leader"))
            self.setSubTitle(self.tr("Who is the leader learning from you?"))
            self.other_label.setText(self.tr("The &leader's name:"))
            self.other_edit.setAccessibleName(self.tr("The leader's name"))
            self.hint.setText(
                self.tr(
                    "This copy is yours: you keep your own notes of what you two share. If "
                    "the leader has already shared a pack with you, close this setup and "
                    "choose Relationship → Open a pack… instead: both copies then hold the "
                    "same relationship and agreement."
                )
            )
        super().initializePage()

    def load(self, draft: Relationship) -> None:
        self.other_edit.setText(draft.other_name)

    def store(self, draft: Relationship) -> Relationship:
        return dataclasses.replace(draft, other_name=self.other_edit.text().strip())

    def isComplete(self) -> bool:
        return bool(self.other_edit.text().strip())

    def first_field(self) -> QWidget:
        return self.other_edit


class RhythmPage(GuidePage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Step 3: your rhythm"))
        self.setSubTitle(
            self.tr(
                "Meetings that come round regularly keep the exchange alive. Every two weeks "
                "or once a month suits most pairs."
            )
        )
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.cadence_combo = cadence_combo(self)
        self._form_row(form, self.tr("Meet ho&w often:"), self.cadence_combo)
        self.minutes_spin = minutes_spin(self)
        self._form_row(form, self.tr("Meeting &length:"), self.minutes_spin)
        self.start_date = start_date_edit(self)
        self._form_row(form, self.tr("&Start date:"), self.start_date)
        layout.addLayout(form)
        layout.addWidget(
            WrappedLabel(
                self.tr(
                    "rmdesk plans the meetings from this rhythm in Meetings, where you can "
                    "move or add any of them. A first review is set six months after the start."
                ),
                self,
            )
        )
        layout.addStretch(1)

    def load(self, draft: Relationship) -> None:
        self.cadence_combo.setCurrentIndex(self.cadence_combo.findData(draft.cadence.value))
        self.minutes_spin.setValue(draft.meeting_minutes)
        self.start_date.setDate(to_qdate(draft.start_date))

    def store(self, draft: Relationship) -> Relationship:
        start = from_qdate(self.start_date.date())
        review = draft.review_date
        if review == default_review_date(draft.start_date):
            review = default_review_date(start)  # the default follows the start it came from
        elif review is not None and review < start:
            review = None  # a review before the start makes no sense; set it again later
        return dataclasses.replace(
            draft,
            cadence=Cadence(str(self.cadence_combo.currentData())),
            meeting_minutes=self.minutes_spin.value(),
            start_date=start,
            review_date=review,
        )

    def first_field(self) -> QWidget:
        return self.cadence_combo
