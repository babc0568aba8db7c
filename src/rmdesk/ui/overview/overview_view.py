"""Where the pair stands: the seven steps, the next meeting, open actions. Shared content only."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rmdesk.domain.cadence import next_occurrence, system_time_zone
from rmdesk.domain.journey import JourneyFacts, Step, StepState, StepStatus, journey
from rmdesk.domain.models import ActionStatus, MeetingStatus, Relationship, Role
from rmdesk.domain.next_step import NextStep, next_step
from rmdesk.domain.sections import Section
from rmdesk.privacy.display_text import neutralise, one_line
from rmdesk.ui.kit.context import ViewContext
from rmdesk.ui.kit.dates import clock_text, day_text
from rmdesk.ui.kit.sections import section_title
from rmdesk.ui.kit.type_scale import TextRole, apply_text_role, mark_primary

STEP_SECTION = {
    Step.PURPOSE: Section.GOALS,
    Step.MENTOR: None,  # chosen in the relationship's own settings
    Step.EXPECTATIONS: Section.AGREEMENT,
    Step.MINDSET: Section.MEETINGS,
    Step.DIALOGUE: Section.MEETINGS,
    Step.APPLY: Section.ACTIONS,
    Step.MEASURE: Section.PROGRESS,
}
MAX_OPEN_ACTIONS = 5
DEFAULT_MEETING_TIME = time(9, 0)


def step_text(step: Step, role: Role = Role.LEADER) -> tuple[str, str]:
    """(title, one-line explanation) for a step, translated, for the person at the desk:
    the same seven steps read differently for the leader and for the mentor."""
    if role is Role.MENTOR:
        return _mentor_step_text(step)
    return {
        Step.PURPOSE: (
            QCoreApplication.translate("Journey", "Define the purpose"),
            QCoreApplication.translate(
                "Journey", "Say why you are doing this and set at least one goal."
            ),
        ),
        Step.MENTOR: (
            QCoreApplication.translate("Journey", "Choose the right mentor"),
            QCoreApplication.translate(
                "Journey", "Pick someone whose knowledge matches your focus areas."
            ),
        ),
        Step.EXPECTATIONS: (
            QCoreApplication.translate("Journey", "Agree how you will work"),
            QCoreApplication.translate(
                "Journey", "Set the rhythm and both confirm the confidentiality agreement."
            ),
        ),
        Step.MINDSET: (
            QCoreApplication.translate("Journey", "Come to learn"),
            QCoreApplication.translate(
                "Journey", "Before a meeting, note what you want to learn and will not defend."
            ),
        ),
        Step.DIALOGUE: (
            QCoreApplication.translate("Journey", "Talk openly"),
            QCoreApplication.translate(
                "Journey", "Hold a meeting with an agenda you both added to."
            ),
        ),
        Step.APPLY: (
            QCoreApplication.translate("Journey", "Apply and acknowledge"),
            QCoreApplication.translate(
                "Journey", "Try what you learned and tell your mentor what it changed."
            ),
        ),
        Step.MEASURE: (
            QCoreApplication.translate("Journey", "Measure and reflect"),
            QCoreApplication.translate(
                "Journey", "Check in together on how it is going for both of you."
            ),
        ),
    }[step]


def _mentor_step_text(step: Step) -> tuple[str, str]:
    return {
        Step.PURPOSE: (
            QCoreApplication.translate("Journey", "Understand the purpose"),
            QCoreApplication.translate(
                "Journey", "Know why the leader is doing this; set a goal of your own too."
            ),
        ),
        Step.MENTOR: (
            QCoreApplication.translate("Journey", "Bring your expertise"),
            QCoreApplication.translate(
                "Journey", "Be clear about what you know that matches the focus areas."
            ),
        ),
        Step.EXPECTATIONS: (
            QCoreApplication.translate("Journey", "Agree how you will work"),
            QCoreApplication.translate(
                "Journey", "Set the rhythm and both confirm the confidentiality agreement."
            ),
        ),
        Step.MINDSET: (
            QCoreApplication.translate("Journey", "Make it safe to be candid"),
            QCoreApplication.translate(
                "Journey", "Before a meeting, note what you want to show or say plainly."
            ),
        ),
        Step.DIALOGUE: (
            QCoreApplication.translate("Journey", "Talk openly"),
            QCoreApplication.translate(
                "Journey", "Hold a meeting with an agenda you both added to."
            ),
        ),
        Step.APPLY: (
            QCoreApplication.translate("Journey", "See it applied"),
            QCoreApplication.translate(
                "Journey", "The leader tries what they learned and tells you what it changed."
            ),
        ),
        Step.MEASURE: (
            QCoreApplication.translate("Journey", "Measure and reflect"),
            QCoreApplication.translate(
                "Journey", "Check in together on how it is going for both of you."
            ),
        ),
    }[step]


class OverviewView(QWidget):
    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewView")
        self._context = context
        relationship = context.relationship
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        body = QWidget(scroll)
        scroll.setWidget(body)
        layout = QVBoxLayout(body)

        layout.addWidget(self._heading(relationship, body))
        if relationship.purpose:
            purpose = self._plain(relationship.purpose, body)
            purpose.setAccessibleName(self.tr("Purpose"))
            layout.addWidget(purpose)
        if relationship.focus_areas:
            focus = self._plain(
                self.tr("Focus areas: {0}").format(", ".join(relationship.focus_areas)), body
            )
            layout.addWidget(focus)

        facts = self._facts(relationship)
        self.steps = journey(facts)
        layout.addWidget(self._next_step_box(facts, relationship, body))
        layout.addWidget(self._journey_box(body))
        layout.addWidget(self._meeting_box(relationship, body))
        layout.addWidget(self._actions_box(relationship, body))
        layout.addStretch(1)

    # -- facts from shared data only -----------------------------------------------------
    def _facts(self, r: Relationship) -> JourneyFacts:
        shared = self._context.data.shared
        assert r.id is not None
        goals = shared.goals.list_for_relationship(r.id)
        latest = shared.agreements.latest(r.id)
        confirmed_parties = (
            {c.party for c in latest.confirmations if c.sha256 == latest.sha256}
            if latest is not None
            else set()
        )
        meetings = shared.meetings.list_for_relationship(r.id)
        held_with_agenda = sum(
            1
            for m in meetings
            if m.status is MeetingStatus.HELD
            and m.id is not None
            and shared.agenda.list_for_meeting(m.id)
        )
        return JourneyFacts(
            has_purpose=bool(r.purpose.strip()),
            goal_count=len(goals),
            has_mentor=bool(r.other_name.strip()),
            agreement_confirmed_by_both=confirmed_parties >= {Role.LEADER, Role.MENTOR},
            meetings_with_intent=sum(1 for m in meetings if m.learning_intent.strip()),
            held_meetings_with_agenda=held_with_agenda,
            acknowledgements=len(shared.acknowledgements.list_for_relationship(r.id)),
            checkins=len(
                shared.checkins.list_for_relationship(
                    r.id, include_private=self._context.data.include_private
                )
            ),
        )

    # -- pieces --------------------------------------------------------------------------
    def _plain(self, text: str, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _heading(self, r: Relationship, parent: QWidget) -> QLabel:
        if r.my_role is Role.LEADER:
            text = self.tr("Learning from {0}").format(neutralise(r.other_name))
        else:
            text = self.tr("Mentoring {0}").format(neutralise(r.other_name))
        label = self._plain(text, parent)
        apply_text_role(label, TextRole.SECTION_TITLE)
        return label

    def _link(self, text: str, parent: QWidget, target: Section | None) -> QPushButton:
        button = QPushButton(text.replace("&", "&&"), parent)
        button.setFlat(True)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setAccessibleName(text)
        if target is None:
            button.clicked.connect(self._context.edit_relationship)
        else:
            button.clicked.connect(lambda _=False, s=target: self._context.navigate(s))
        return button

    def _next_step_box(self, facts: JourneyFacts, r: Relationship, parent: QWidget) -> QGroupBox:
        """One sentence and one button: the first thing still missing, in the seed's order."""
        assert r.id is not None
        upcoming = self._context.data.shared.meetings.list_for_relationship(
            r.id, starts_from=datetime.now(UTC)
        )
        self.next_step = next_step(
            facts, sum(1 for m in upcoming if m.status is MeetingStatus.PLANNED)
        )
        leader = r.my_role is Role.LEADER
        sentence, button_text, target = {
            NextStep.WRITE_PURPOSE: (
                self.tr("Write down what you want to learn, and why now.")
                if leader
                else self.tr("Write down what the leader wants to learn from you."),
                self.tr("Write the purpose"),
                None,
            ),
            NextStep.NAME_GOAL: (
                self.tr("Name a first goal: what you want to do better, and how you will see it."),
                self.tr("Add a goal"),
                Section.GOALS,
            ),
            NextStep.CONFIRM_AGREEMENT: (
                self.tr("Read the agreement together and each confirm it with your name."),
                self.tr("Open the agreement"),
                Section.AGREEMENT,
            ),
            NextStep.PLAN_MEETING: (
                self.tr("Put your first meeting on the calendar."),
                self.tr("Plan a meeting"),
                Section.MEETINGS,
            ),
            NextStep.PREPARE_MEETING: (
                self.tr("Before you meet, note what you want to learn this time."),
                self.tr("Prepare the meeting"),
                Section.MEETINGS,
            ),
        }[self.next_step]
        box = QGroupBox(self.tr("What to do next"), parent)
        box.setObjectName("nextStep")
        layout = QVBoxLayout(box)
        text = self._plain(sentence, box)
        text.setObjectName("nextStepText")
        layout.addWidget(text)
        self.next_step_button = QPushButton(button_text, box)
        self.next_step_button.setObjectName("nextStepButton")
        mark_primary(self.next_step_button)
        self.next_step_button.setAccessibleName(button_text)
        self.next_step_button.setAccessibleDescription(sentence)
        if target is None:
            self.next_step_button.clicked.connect(self._context.edit_relationship)
        else:
            self.next_step_button.clicked.connect(
                lambda _=False, s=target: self._context.navigate(s)
            )
        layout.addWidget(self.next_step_button, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    def _state_text(self, status: StepStatus) -> str:
        return {
            StepState.DONE: self.tr("✓ Done"),
            StepState.NEXT: self.tr("→ Next"),
            StepState.LATER: self.tr("Later"),
        }[status.state]

    def _journey_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("The seven steps"), parent)
        grid = QGridLayout(box)
        for row, status in enumerate(self.steps):
            title, explanation = step_text(status.step, self._context.relationship.my_role)
            state = self._plain(self._state_text(status), box)
            state.setObjectName(f"stepState-{status.step.value}")
            grid.addWidget(state, row, 0)
            text = self._plain(f"{status.number}. {title}: {explanation}", box)
            if status.state is StepState.NEXT:
                font = text.font()
                font.setBold(True)
                text.setFont(font)
            grid.addWidget(text, row, 1)
            target = STEP_SECTION[status.step]
            link_text = (
                self.tr("Edit relationship")
                if target is None
                else self.tr("Open {0}").format(_section_name(target))
            )
            grid.addWidget(self._link(link_text, box, target), row, 2)
        grid.setColumnStretch(1, 1)
        return box

    def _meeting_box(self, r: Relationship, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Next meeting"), parent)
        layout = QVBoxLayout(box)
        assert r.id is not None
        now = datetime.now(UTC)
        planned = [
            m
            for m in self._context.data.shared.meetings.list_for_relationship(r.id, starts_from=now)
            if m.status is MeetingStatus.PLANNED
        ]
        if planned:
            when = planned[0].starts_at.astimezone()
            text = self.tr("{0} at {1}, %n minute(s)", "", planned[0].minutes).format(
                day_text(when.date(), QLocale.FormatType.LongFormat), clock_text(when.time())
            )
        else:
            tz = system_time_zone()
            upcoming = next_occurrence(now, r.start_date, r.cadence, DEFAULT_MEETING_TIME, tz)
            text = (
                self.tr("By your rhythm, around {0}.").format(
                    day_text(upcoming.local.date(), QLocale.FormatType.LongFormat)
                )
                if upcoming is not None
                else self.tr("No meeting planned.")
            )
        label = self._plain(text, box)
        label.setObjectName("nextMeeting")
        layout.addWidget(label)
        layout.addWidget(self._link(self.tr("Open Meetings"), box, Section.MEETINGS))
        return box

    def _actions_box(self, r: Relationship, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Open actions"), parent)
        layout = QVBoxLayout(box)
        assert r.id is not None
        actions = self._context.data.shared.actions.list_for_relationship(
            r.id, include_private=self._context.data.include_private, status=ActionStatus.OPEN
        )
        if not actions:
            layout.addWidget(self._plain(self.tr("Nothing open."), box))
        today = date.today()
        for action in actions[:MAX_OPEN_ACTIONS]:
            due = ""
            if action.due_date is not None:
                when = day_text(action.due_date)
                due = (
                    self.tr(" (overdue since {0})").format(when)
                    if action.due_date < today
                    else self.tr(" (due {0})").format(when)
                )
            layout.addWidget(self._plain(f"• {one_line(action.what)}{due}", box))
        if len(actions) > MAX_OPEN_ACTIONS:
            layout.addWidget(
                self._plain(self.tr("…and {0} more.").format(len(actions) - MAX_OPEN_ACTIONS), box)
            )
        layout.addWidget(self._link(self.tr("Open Actions"), box, Section.ACTIONS))
        return box


def _section_name(section: Section) -> str:
    return section_title(section)
