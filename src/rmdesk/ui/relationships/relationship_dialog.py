"""Set up or edit a relationship: who, why, which mentor, and the rhythm (seed steps 1-3)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rmdesk.domain.matching import RankedCandidate, rank_candidates
from rmdesk.domain.models import Cadence, MentorCandidate, Relationship, Role
from rmdesk.domain.validation import ValidationError, validate
from rmdesk.privacy.display_text import neutralise
from rmdesk.ui.kit.forms import from_qdate, name_buttons, push_button, to_qdate
from rmdesk.ui.relationships.candidate_dialog import CandidateDialog, split_tags


@dataclass(frozen=True)
class RelationshipForm:
    """What the dialog returns; the caller saves it."""

    relationship: Relationship
    candidates: tuple[MentorCandidate, ...]
    removed_candidate_ids: tuple[int, ...]


class RelationshipDialog(QDialog):
    COL_RANK, COL_NAME, COL_EXPERTISE, COL_MATCH = range(4)

    def __init__(
        self,
        relationship: Relationship | None,
        candidates: list[MentorCandidate],
        *,
        include_private: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("New relationship") if relationship is None else self.tr("Edit relationship")
        )
        self._original = relationship
        self._include_private = include_private
        self._candidates: list[MentorCandidate] = list(candidates)
        self._removed: list[int] = []
        self._ranked: list[RankedCandidate] = []

        outer = QVBoxLayout(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        body = QWidget(scroll)
        layout = QVBoxLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll)

        layout.addWidget(self._who_box(body))
        layout.addWidget(self._purpose_box(body))
        self.candidates_box = self._candidates_box(body)
        layout.addWidget(self.candidates_box)
        layout.addWidget(self._rhythm_box(body))

        self.error_label = QLabel(self)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        outer.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        name_buttons(self.buttons)
        outer.addWidget(self.buttons)
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)

        self._load(relationship)
        self.leader_radio.toggled.connect(self._update_role)
        self.focus_edit.textChanged.connect(self._refresh_candidates)
        self.review_check.toggled.connect(self.review_date.setEnabled)
        self._update_role()
        self._refresh_candidates()
        self.resize(640, 720)

    # -- building ------------------------------------------------------------------------
    def _who_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Who"), parent)
        form = QFormLayout(box)
        role_row = QWidget(box)
        role_layout = QHBoxLayout(role_row)
        role_layout.setContentsMargins(0, 0, 0, 0)
        self.leader_radio = QRadioButton(self.tr("I am the &leader, learning"), role_row)
        self.mentor_radio = QRadioButton(self.tr("I am the &mentor, teaching"), role_row)
        self.role_group = QButtonGroup(self)
        self.role_group.addButton(self.leader_radio)
        self.role_group.addButton(self.mentor_radio)
        role_layout.addWidget(self.leader_radio)
        role_layout.addWidget(self.mentor_radio)
        form.addRow(self.tr("My role:"), role_row)
        self.my_name_edit = self._line(box, self.tr("My name"))
        self.other_name_edit = self._line(box, self.tr("The other person's name"))
        self._add_row(form, self.tr("My &name:"), self.my_name_edit)
        self.other_label = self._add_row(form, self.tr("&Mentor:"), self.other_name_edit)
        return box

    def _purpose_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Purpose"), parent)
        form = QFormLayout(box)
        self.purpose_edit = QPlainTextEdit(box)
        self.purpose_edit.setAccessibleName(self.tr("Purpose of the relationship"))
        self.purpose_edit.setTabChangesFocus(True)
        self.purpose_edit.setFixedHeight(80)
        self._add_row(form, self.tr("&Purpose:"), self.purpose_edit)
        self.focus_edit = self._line(box, self.tr("Focus areas, separated by commas"))
        self.focus_edit.setPlaceholderText(self.tr("e.g. AI tools, hybrid work, inclusion"))
        self._add_row(form, self.tr("&Focus areas:"), self.focus_edit)
        return box

    def _candidates_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Choosing a mentor"), parent)
        layout = QVBoxLayout(box)
        intro = QLabel(
            self.tr(
                "List the people you could learn from and what they know. They are ranked by "
                "how many of your focus areas their expertise covers: a full match counts "
                "more than a partial one."
            ),
            box,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 4, box)
        self.table.setAccessibleName(self.tr("Mentor candidates, best match first"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Rank"), self.tr("Name"), self.tr("Expertise"), self.tr("Match")]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(
            self.COL_EXPERTISE, QHeaderView.ResizeMode.Stretch
        )
        self.table.setMinimumHeight(140)
        layout.addWidget(self.table)
        self.why_label = QLabel(box)
        self.why_label.setTextFormat(Qt.TextFormat.PlainText)
        self.why_label.setWordWrap(True)
        self.why_label.setAccessibleName(self.tr("Why this rank"))
        layout.addWidget(self.why_label)
        row = QHBoxLayout()
        self.add_candidate_button = self._button(box, self.tr("&Add candidate…"), row)
        self.edit_candidate_button = self._button(box, self.tr("Ed&it…"), row)
        self.remove_candidate_button = self._button(box, self.tr("&Remove"), row)
        self.choose_candidate_button = self._button(box, self.tr("C&hoose as mentor"), row)
        row.addStretch(1)
        layout.addLayout(row)
        self.add_candidate_button.clicked.connect(self._add_candidate)
        self.edit_candidate_button.clicked.connect(self._edit_candidate)
        self.remove_candidate_button.clicked.connect(self._remove_candidate)
        self.choose_candidate_button.clicked.connect(self._choose_candidate)
        self.table.itemSelectionChanged.connect(self._show_why)
        self.table.itemDoubleClicked.connect(lambda _item: self._edit_candidate())
        return box

    def _rhythm_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Rhythm"), parent)
        form = QFormLayout(box)
        self.cadence_combo = QComboBox(box)
        self.cadence_combo.setAccessibleName(self.tr("How often you meet"))
        for cadence, label in (
            (Cadence.WEEKLY, self.tr("Every week")),
            (Cadence.BIWEEKLY, self.tr("Every two weeks")),
            (Cadence.MONTHLY, self.tr("Every month")),
        ):
            self.cadence_combo.addItem(label, cadence.value)
        self._add_row(form, self.tr("Meet &how often:"), self.cadence_combo)
        self.minutes_spin = QSpinBox(box)
        self.minutes_spin.setRange(5, 480)
        self.minutes_spin.setSingleStep(15)
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.minutes_spin.setAccessibleName(self.tr("Meeting length in minutes"))
        self._add_row(form, self.tr("Meeting &length:"), self.minutes_spin)
        self.start_date = QDateEdit(box)
        self.start_date.setCalendarPopup(True)
        self.start_date.setAccessibleName(self.tr("Start date"))
        self._add_row(form, self.tr("&Start date:"), self.start_date)
        review_row = QWidget(box)
        review_layout = QHBoxLayout(review_row)
        review_layout.setContentsMargins(0, 0, 0, 0)
        self.review_check = QCheckBox(self.tr("Re&view on"), review_row)
        self.review_date = QDateEdit(review_row)
        self.review_date.setCalendarPopup(True)
        self.review_date.setAccessibleName(self.tr("Review date"))
        review_layout.addWidget(self.review_check)
        review_layout.addWidget(self.review_date, 1)
        form.addRow(self.tr("Review:"), review_row)
        self.checkin_spin = QSpinBox(box)
        self.checkin_spin.setRange(1, 52)
        self.checkin_spin.setAccessibleName(self.tr("Check-in every how many meetings"))
        self._add_row(form, self.tr("Check-in every &N meetings:"), self.checkin_spin)
        return box

    def _line(self, parent: QWidget, accessible: str) -> QLineEdit:
        edit = QLineEdit(parent)
        edit.setAccessibleName(accessible)
        return edit

    def _button(self, parent: QWidget, text: str, row: QHBoxLayout) -> QPushButton:
        button = push_button(text, parent)
        row.addWidget(button)
        return button

    def _add_row(self, form: QFormLayout, text: str, field: QWidget) -> QLabel:
        label = QLabel(text, field.parentWidget())
        label.setBuddy(field)
        form.addRow(label, field)
        return label

    # -- loading and reading -------------------------------------------------------------
    def _load(self, r: Relationship | None) -> None:
        today = date.today()
        (
            self.leader_radio if r is None or r.my_role is Role.LEADER else self.mentor_radio
        ).setChecked(True)
        self.my_name_edit.setText(r.my_name if r else "")
        self.other_name_edit.setText(r.other_name if r else "")
        self.purpose_edit.setPlainText(r.purpose if r else "")
        self.focus_edit.setText(", ".join(r.focus_areas) if r else "")
        cadence = r.cadence if r else Cadence.BIWEEKLY
        self.cadence_combo.setCurrentIndex(self.cadence_combo.findData(cadence.value))
        self.minutes_spin.setValue(r.meeting_minutes if r else 45)
        self.start_date.setDate(to_qdate(r.start_date if r else today))
        has_review = r is None or r.review_date is not None
        # A first review after about six months is the usual rhythm; the user can move it.
        review = (
            to_qdate(r.review_date) if r and r.review_date else self.start_date.date().addMonths(6)
        )
        self.review_check.setChecked(has_review)
        self.review_date.setDate(review)
        self.review_date.setEnabled(has_review)
        self.checkin_spin.setValue(r.checkin_every if r else 4)

    def _update_role(self) -> None:
        leader = self.leader_radio.isChecked()
        self.other_label.setText(self.tr("&Mentor:") if leader else self.tr("&Leader:"))
        self.purpose_edit.setPlaceholderText(
            self.tr("What should this relationship change for you, and why now?")
            if leader
            else self.tr(
                "What does the leader want to learn from you, and what do you hope to gain?"
            )
        )
        # On a shared screen the chosen mentor may be watching: the other candidates, their
        # ranking and notes are not shown (nor loaded: the caller passes none).
        self.candidates_box.setVisible(leader and self._include_private)

    def relationship(self) -> Relationship:
        focus = split_tags(self.focus_edit.text())
        values = {
            "my_role": Role.LEADER if self.leader_radio.isChecked() else Role.MENTOR,
            "my_name": self.my_name_edit.text().strip(),
            "other_name": self.other_name_edit.text().strip(),
            "purpose": self.purpose_edit.toPlainText().strip(),
            "focus_areas": focus,
            "cadence": Cadence(str(self.cadence_combo.currentData())),
            "meeting_minutes": self.minutes_spin.value(),
            "start_date": from_qdate(self.start_date.date()),
            "review_date": from_qdate(self.review_date.date())
            if self.review_check.isChecked()
            else None,
            "checkin_every": self.checkin_spin.value(),
        }
        if self._original is None:
            return Relationship(**values)  # type: ignore[arg-type]
        return dataclasses.replace(self._original, **values)  # type: ignore[arg-type]

    def form(self) -> RelationshipForm:
        leader = self.leader_radio.isChecked()
        return RelationshipForm(
            relationship=self.relationship(),
            candidates=tuple(self._candidates) if leader and self._include_private else (),
            removed_candidate_ids=tuple(self._removed),
        )

    def _accept_if_valid(self) -> None:
        try:
            validate(self.relationship())
        except ValidationError as error:
            self.error_label.setText(
                self.tr("Please check this: {0}").format(neutralise(error.message))
            )
            self.error_label.show()
            return
        self.accept()

    # -- candidates ----------------------------------------------------------------------
    def _refresh_candidates(self) -> None:
        focus = split_tags(self.focus_edit.text())
        self._ranked = rank_candidates(self._candidates, focus)
        self.table.setRowCount(len(self._ranked))
        for row, ranked in enumerate(self._ranked):
            c = ranked.candidate
            name = neutralise(c.name) + (self.tr(" (chosen)") if c.chosen else "")
            cells = (
                str(row + 1),
                name,
                neutralise(", ".join(c.expertise)),
                self.tr("{0} of {1} focus areas").format(len(ranked.matches), len(focus)),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self._show_why()

    def _selected(self) -> RankedCandidate | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        index = rows[0].row()
        return self._ranked[index] if 0 <= index < len(self._ranked) else None

    def _show_why(self) -> None:
        ranked = self._selected()
        has = ranked is not None
        for button in (
            self.edit_candidate_button,
            self.remove_candidate_button,
            self.choose_candidate_button,
        ):
            button.setEnabled(has)
        if ranked is None:
            self.why_label.setText(
                self.tr("Select a candidate to see why they rank where they do.")
                if self._ranked
                else self.tr("No candidates yet.")
            )
            return
        lines = []
        for match in ranked.matches:
            if match.exact:
                lines.append(self.tr("• “{0}” is one of their areas.").format(match.focus_area))
            else:
                lines.append(
                    self.tr("• “{0}” partly matches “{1}”.").format(
                        match.focus_area, match.expertise
                    )
                )
        if not ranked.matches:
            lines.append(self.tr("• Their expertise does not cover any focus area yet."))
        elif ranked.unmatched_focus_areas:
            lines.append(
                self.tr("• Not covered: {0}.").format(", ".join(ranked.unmatched_focus_areas))
            )
        self.why_label.setText("\n".join(neutralise(line) for line in lines))

    def _add_candidate(self) -> None:
        candidate = CandidateDialog.ask(self, None, include_private=self._include_private)
        if candidate is not None:
            self._candidates.append(candidate)
            self._refresh_candidates()

    def _edit_candidate(self) -> None:
        ranked = self._selected()
        if ranked is None:
            return
        edited = CandidateDialog.ask(self, ranked.candidate, include_private=self._include_private)
        if edited is not None:
            self._replace(ranked.candidate, edited)

    def _remove_candidate(self) -> None:
        ranked = self._selected()
        if ranked is None:
            return
        self._candidates = [c for c in self._candidates if c is not ranked.candidate]
        if ranked.candidate.id is not None:
            self._removed.append(ranked.candidate.id)
        self._refresh_candidates()

    def _choose_candidate(self) -> None:
        ranked = self._selected()
        if ranked is None:
            return
        self._candidates = [
            dataclasses.replace(c, chosen=c is ranked.candidate) for c in self._candidates
        ]
        self.other_name_edit.setText(ranked.candidate.name)
        self._refresh_candidates()

    def _replace(self, old: MentorCandidate, new: MentorCandidate) -> None:
        self._candidates = [new if c is old else c for c in self._candidates]
        self._refresh_candidates()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        relationship: Relationship | None,
        candidates: list[MentorCandidate],
        *,
        include_private: bool,
    ) -> RelationshipForm | None:
        dialog = cls(relationship, candidates, include_private=include_private, parent=parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.form()
        finally:
            dialog.deleteLater()
