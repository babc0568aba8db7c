"""Meetings: the schedule (from the cadence, editable one by one, exportable as .ics), each
meeting's agenda and summary, and the live session as a mode of this view.

Construct as ``MeetingsView(context, parent)``; ``clock`` (monotonic seconds, for the
session timer), ``now`` and ``tz`` are keywords with real defaults so tests can inject them.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, tzinfo

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rmdesk.domain.cadence import system_time_zone
from rmdesk.domain.models import Meeting, MeetingStatus
from rmdesk.domain.resources import PromptMoment
from rmdesk.domain.schedule import schedule_additions
from rmdesk.domain.validation import ValidationError
from rmdesk.export.ics import Reminder, write_schedule
from rmdesk.store.errors import VaultError
from rmdesk.ui.kit.adaptive_splitter import AdaptiveSplitter
from rmdesk.ui.kit.context import ReflectionRequest, ViewContext
from rmdesk.ui.kit.empty_state import EmptyState
from rmdesk.ui.kit.error_text import not_saved_line, show_not_saved
from rmdesk.ui.kit.flow_layout import FlowLayout
from rmdesk.ui.kit.forms import push_button
from rmdesk.ui.kit.plain_export import PlainFormat, ask_save_path, confirm_plain_export
from rmdesk.ui.kit.reminder_text import reminder_text
from rmdesk.ui.kit.table_fit import keep_columns_readable
from rmdesk.ui.kit.type_scale import TextRole, apply_text_role, mark_primary, mark_secondary
from rmdesk.ui.meetings.agenda_panel import AgendaPanel
from rmdesk.ui.meetings.autosave import DebouncedSaver, MeetingBook
from rmdesk.ui.meetings.live_session_view import LiveSessionView
from rmdesk.ui.meetings.meeting_dialog import MeetingDialog
from rmdesk.ui.meetings.meeting_schedule_dialog import ScheduleDialog
from rmdesk.ui.meetings.meetings_model import (
    COL_WHEN,
    MeetingsModel,
    status_text,
    when_text,
)
from rmdesk.ui.meetings.summary_panel import SummaryPanel

TAB_AGENDA = 0
TAB_SUMMARY = 1


def _utc_now() -> datetime:
    return datetime.now(UTC)


class MeetingsView(QWidget):
    def __init__(
        self,
        context: ViewContext,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        now: Callable[[], datetime] = _utc_now,
        tz: tzinfo | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("meetingsView")
        self._context = context
        self._clock = clock
        self._now = now
        self._tz = tz or system_time_zone()
        relationship_id = context.relationship.id
        assert relationship_id is not None
        self.book = MeetingBook(context.data.shared.meetings, relationship_id)
        self.saver = DebouncedSaver(self)
        self.saver.failed.connect(self._show_problem)
        self.live: LiveSessionView | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.modes = QStackedWidget(self)
        outer.addWidget(self.modes)
        self.planner = AdaptiveSplitter(self.modes)
        self.modes.addWidget(self.planner)
        self.planner.addWidget(self._build_list_side())
        self.planner.addWidget(self._build_detail_side())
        self.planner.setStretchFactor(1, 1)
        self.planner.setSizes([430, 770])
        self.empty_state = EmptyState(
            self.tr("No meetings yet"),
            self.tr(
                "Your rhythm says how often you meet: schedule the coming meetings from it "
                "in one go, then prepare each agenda here."
            ),
            self.tr("Sched&ule from the rhythm…"),
            self.schedule,
            self.modes,
        )
        self.modes.addWidget(self.empty_state)
        self.reload(select=self._default_meeting_id())

    # -- building ------------------------------------------------------------------------
    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        return push_button(text, self, slot, name=name)

    def _build_list_side(self) -> QWidget:
        side = QWidget(self.planner)
        layout = QVBoxLayout(side)
        label = QLabel(self.tr("Meeting&s:"), side)
        self.model = MeetingsModel(self._tz, self)
        self.table = QTableView(side)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Meetings"))
        label.setBuddy(self.table)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        keep_columns_readable(self.table, COL_WHEN, stretch_fits_contents=True)
        # Stacked above the meeting on a small screen, the list still shows a few meetings.
        self.table.setMinimumHeight(
            self.table.verticalHeader().defaultSectionSize() * 4
            + self.table.horizontalHeader().sizeHint().height()
            + 2 * self.table.frameWidth()
        )
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._on_selection())
        layout.addWidget(label)
        layout.addWidget(self.table, 1)
        self.schedule_button = self._button(
            self.tr("Sched&ule meetings…"), self.tr("Schedule meetings"), self.schedule
        )
        self.extra_button = self._button(
            self.tr("Add e&xtra meeting…"), self.tr("Add an extra meeting"), self.add_extra
        )
        self.move_button = self._button(
            self.tr("M&ove…"), self.tr("Move the meeting"), self.move_meeting
        )
        self.cancel_button = self._button(
            self.tr("Ca&ncel meeting"), self.tr("Cancel the meeting"), self.toggle_cancelled
        )
        self.ics_button = self._button(
            self.tr("Export calen&dar (.ics)…"),
            self.tr("Export the schedule as a calendar file"),
            self.export_calendar,
        )
        mark_secondary(self.move_button, self.cancel_button, self.ics_button)
        buttons = FlowLayout()
        for button in (
            self.schedule_button,
            self.extra_button,
            self.move_button,
            self.cancel_button,
            self.ics_button,
        ):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        return side

    def _build_detail_side(self) -> QWidget:
        side = QWidget(self.planner)
        layout = QVBoxLayout(side)
        head = QHBoxLayout()
        self.heading = QLabel(side)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        apply_text_role(self.heading, TextRole.SUBTITLE)
        head.addWidget(self.heading, 1)
        self.start_button = self._button(
            self.tr("Start l&ive session"), self.tr("Start the live session"), self.start_session
        )
        mark_primary(self.start_button)
        head.addWidget(self.start_button)
        # Before a session, a learner's-mindset check in the private journal (never offered
        # in shared-screen mode, where the journal is not loaded).
        self.prepare_button: QPushButton | None = None
        if self._context.data.private is not None:
            self.prepare_button = self._button(
                self.tr("Before-session &check…"),
                self.tr("Write a before-session check for this meeting"),
                self.prepare,
            )
            head.addWidget(self.prepare_button)
        layout.addLayout(head)
        self.status_label = QLabel(side)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)
        self.status_label.hide()
        layout.addWidget(self.status_label)
        self.tabs = QTabWidget(side)
        self.tabs.setAccessibleName(self.tr("Agenda and summary"))
        self.agenda = AgendaPanel(self._context, self.book, self.saver, self._tz, self.tabs)
        self.summary = SummaryPanel(self._context, self.book, self.saver, self._tz, self.tabs)
        self.tabs.addTab(self.agenda, self.tr("Agenda"))
        self.tabs.addTab(self.summary, self.tr("Summar&y"))
        self.tabs.currentChanged.connect(self._on_tab)
        layout.addWidget(self.tabs, 1)
        return side

    # -- the list ------------------------------------------------------------------------
    def _default_meeting_id(self) -> int | None:
        """The next meeting not yet held (or under way), else the latest one."""
        meetings = self.book.reload()
        now = self._now()
        for meeting in meetings:
            ends = meeting.starts_at + timedelta(minutes=meeting.minutes)
            if meeting.status is MeetingStatus.PLANNED and ends >= now:
                return meeting.id
        return meetings[-1].id if meetings else None

    def reload(self, select: int | None = None) -> None:
        keep = select if select is not None else self.current_meeting_id()
        self.model.set_meetings(self.book.reload())
        if self.live is None:
            self.modes.setCurrentWidget(
                self.empty_state if not self.model.rowCount() else self.planner
            )
        row = self.model.row_of(keep) if keep is not None else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        self._on_selection()

    def current_meeting_id(self) -> int | None:
        index = self.table.selectionModel().currentIndex()
        meeting = self.model.meeting_at(index.row()) if index.isValid() else None
        return meeting.id if meeting else None

    def current_meeting(self) -> Meeting | None:
        meeting_id = self.current_meeting_id()
        return self.book.by_id.get(meeting_id) if meeting_id is not None else None

    def _on_selection(self) -> None:
        self._flush_quietly()
        meeting = self.current_meeting()
        if meeting is None:
            self.heading.setText(
                self.tr("No meetings yet. Schedule them from your rhythm, or add one.")
            )
        else:
            self.heading.setText(
                self.tr("{0} · {1} min · {2}").format(
                    when_text(meeting, self._tz, QLocale.FormatType.LongFormat),
                    meeting.minutes,
                    status_text(meeting),
                )
            )
        for button in (self.move_button, self.cancel_button, self.start_button):
            button.setEnabled(meeting is not None)
        cancelled = meeting is not None and meeting.status is MeetingStatus.CANCELLED
        self.cancel_button.setText(
            self.tr("Restore meeti&ng") if cancelled else self.tr("Ca&ncel meeting")
        )
        self.cancel_button.setAccessibleName(
            self.tr("Restore the meeting") if cancelled else self.tr("Cancel the meeting")
        )
        self.start_button.setEnabled(meeting is not None and not cancelled)
        if self.prepare_button is not None:
            self.prepare_button.setVisible(self._is_coming(meeting))
        self.agenda.show_meeting(meeting)
        self.summary.show_meeting(meeting)
        if meeting is not None and meeting.status is MeetingStatus.HELD:
            self.tabs.setCurrentIndex(TAB_SUMMARY)
        else:
            self.tabs.setCurrentIndex(TAB_AGENDA)

    def _is_coming(self, meeting: Meeting | None) -> bool:
        if meeting is None or meeting.status is not MeetingStatus.PLANNED:
            return False
        return meeting.starts_at + timedelta(minutes=meeting.minutes) >= self._now()

    def prepare(self) -> None:
        """The before-session check, linked to the selected (coming) meeting."""
        meeting = self.current_meeting()
        if meeting is not None and meeting.id is not None and self._is_coming(meeting):
            self._flush_quietly()
            self._context.reflect_on(ReflectionRequest(meeting.id, PromptMoment.BEFORE_SESSION))

    def _on_tab(self, index: int) -> None:
        if index == TAB_SUMMARY:
            self._flush_quietly()
            self.summary.refresh()

    # -- schedule commands ---------------------------------------------------------------
    def _run(self, call: Callable[[], object]) -> bool:
        try:
            call()
        except VaultError as error:
            show_not_saved(self, error)
            return False
        return True

    def schedule(self) -> None:
        relationship = self._context.relationship
        today = self._now().astimezone(self._tz).date()
        request = ScheduleDialog.ask(self, relationship, today)
        if request is None:
            return
        additions = schedule_additions(
            relationship,
            self.book.all(),
            at_time=request.at_time,
            tz=self._tz,
            window_start=max(today, relationship.start_date),
            window_end=request.until,
        )

        def add_all() -> None:
            with self._context.data.transaction():
                for meeting in additions:
                    self._context.data.shared.meetings.add(meeting)

        if self._run(add_all):
            first = None
            self.reload()
            if additions:
                first = next((m for m in self.book.all() if m.uuid == additions[0].uuid), None)
                self.reload(select=first.id if first else None)
            self._say(
                self.tr("Added %n meeting(s).", "", len(additions))
                if additions
                else self.tr("Nothing to add: every meeting of your rhythm is already there.")
            )

    def add_extra(self) -> None:
        relationship = self._context.relationship
        assert relationship.id is not None
        tomorrow = (self._now().astimezone(self._tz) + timedelta(days=1)).replace(
            hour=9, minute=0, second=0, microsecond=0
        )
        slot = MeetingDialog.ask(
            self, self.tr("Extra meeting"), tomorrow, relationship.meeting_minutes, self._tz
        )
        if slot is None:
            return
        extra = Meeting(
            relationship_id=relationship.id,
            starts_at=slot.starts_at,
            minutes=slot.minutes,
            is_extra=True,
        )
        added: list[Meeting] = []
        if self._run(lambda: added.append(self.book.add(extra))):
            self.reload(select=added[0].id)

    def move_meeting(self) -> None:
        meeting = self.current_meeting()
        if meeting is None or meeting.id is None:
            return
        slot = MeetingDialog.ask(
            self, self.tr("Move meeting"), meeting.starts_at, meeting.minutes, self._tz
        )
        if slot is None:
            return
        meeting_id = meeting.id
        if self._run(
            lambda: self.book.change(meeting_id, starts_at=slot.starts_at, minutes=slot.minutes)
        ):
            self.reload(select=meeting_id)
            if slot.shifted:
                self._say(
                    self.tr("That time does not exist that day (clocks change); moved past it.")
                )

    def toggle_cancelled(self) -> None:
        meeting = self.current_meeting()
        if meeting is None or meeting.id is None:
            return
        status = (
            MeetingStatus.PLANNED
            if meeting.status is MeetingStatus.CANCELLED
            else MeetingStatus.CANCELLED
        )
        meeting_id = meeting.id
        if self._run(lambda: self.book.change(meeting_id, status=status)):
            self.reload(select=meeting_id)

    def export_calendar(self) -> None:
        meetings = self.book.all()
        if not meetings:
            self._say(self.tr("No meetings to export yet."))
            return
        if not confirm_plain_export(self, self.tr("The meeting dates (no agenda, no notes)")):
            return
        target = ask_save_path(
            self, self.tr("Export calendar"), "rmdesk-meetings", PlainFormat.CALENDAR
        )
        if target is None:
            return
        written: list[int] = []
        if self._run(
            lambda: written.append(
                write_schedule(
                    target,
                    self._context.relationship,
                    meetings,
                    stamp=self._now(),
                    reminder=self._calendar_alarm(),
                )
            )
        ):
            self._say(
                self.tr(
                    "Exported %n meeting(s); cancelled ones are marked cancelled.", "", written[0]
                )
            )

    def _calendar_alarm(self) -> Reminder | None:
        """The user's reminder, as an alarm the calendar shows (same content-free text)."""
        minutes = self._context.reminder_minutes
        return None if minutes is None else Reminder(minutes, reminder_text(minutes))

    # -- handing over to a successor view (shared-screen mode on or off) ------------------
    def view_state(self) -> object:
        live = self.live.session_state() if self.live is not None else None
        return (self.current_meeting_id(), live)

    def restore_view_state(self, state: object) -> None:
        if not isinstance(state, tuple) or len(state) != 2:
            return
        meeting_id, live = state
        if isinstance(meeting_id, int):
            self.reload(select=meeting_id)
        if live is not None and self.current_meeting_id() == meeting_id:
            self.start_session()
            if self.live is not None:
                index, timers, typed = live
                self.live.resume(index, timers, typed)

    # -- live session --------------------------------------------------------------------
    def start_session(self) -> None:
        meeting = self.current_meeting()
        if meeting is None or meeting.status is MeetingStatus.CANCELLED:
            return
        if not self._flush_quietly():
            return
        self.live = LiveSessionView(
            self._context,
            meeting,
            self.book,
            self.saver,
            self.modes,
            clock=self._clock,
            today=lambda: self._now().astimezone(self._tz).date(),
        )
        self.live.ended.connect(self._on_session_ended)
        self.live.left.connect(self._close_session)
        self.modes.addWidget(self.live)
        self.modes.setCurrentWidget(self.live)
        self.live.notes_edit.setFocus()

    def _close_session(self) -> None:
        live, self.live = self.live, None
        meeting_id = self.current_meeting_id()
        self.modes.setCurrentWidget(self.planner if self.model.rowCount() else self.empty_state)
        if live is not None:
            live.stop()
            self.modes.removeWidget(live)
            live.deleteLater()
        self.reload(select=meeting_id)

    def _on_session_ended(self, meeting_id: int) -> None:
        self._close_session()
        self.reload(select=meeting_id)
        self.tabs.setCurrentIndex(TAB_SUMMARY)

    # -- saving --------------------------------------------------------------------------
    def save_pending(self) -> None:
        """HasPendingEdits: write what was typed and not saved yet (may raise VaultError)."""
        try:
            self.saver.flush()
        except ValidationError as error:
            self._show_problem(error)

    def _flush_quietly(self) -> bool:
        try:
            self.saver.flush()
        except (VaultError, ValidationError) as error:
            self._show_problem(error)
            return False
        return True

    def _show_problem(self, error: object) -> None:
        if isinstance(error, VaultError | ValidationError):
            self._say(not_saved_line(error))
        if self.live is not None and isinstance(error, VaultError | ValidationError):
            self.live.show_problem(error)

    def _say(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.show()
