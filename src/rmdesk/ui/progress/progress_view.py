"""Measure and reflect (seed step 7): check-ins by both sides and progress over time.

A plain-words trend summary, when the next check-in is due, then the same numbers three
ways: charts painted from the palette, a table for screen readers and keyboard users, and
the list of recorded check-ins. The mentor's own goals are charted beside the leader's.
Shared content; ``CheckIn.private_note`` is loaded only outside shared-screen mode (and
shown only in the check-in dialog).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rmdesk.domain.cadence import system_time_zone
from rmdesk.domain.checkins import (
    CheckInReason,
    classify_trends,
    relationship_checkins,
)
from rmdesk.domain.models import CheckIn, GoalProgress, Meeting, MeetingStatus
from rmdesk.domain.progress import ProgressData, build_progress, next_checkin_due
from rmdesk.store.errors import VaultError
from rmdesk.ui.kit.context import ViewContext
from rmdesk.ui.kit.dates import day_text
from rmdesk.ui.kit.empty_state import EmptyState, EmptySwitch
from rmdesk.ui.kit.error_text import show_not_saved
from rmdesk.ui.kit.forms import push_button
from rmdesk.ui.kit.type_scale import (
    TextRole,
    apply_text_role,
    mark_primary,
    mark_secondary,
    section_spacing,
    styled_label,
)
from rmdesk.ui.kit.wrapped_label import WrappedLabel
from rmdesk.ui.progress.charts import ChartTexts, ChartWidget
from rmdesk.ui.progress.checkin_dialog import CheckInDialog, new_checkin
from rmdesk.ui.progress.progress_model import (
    CheckInsModel,
    ProgressModel,
    chart_title,
    empty_text,
    series_label,
    short_day,
    short_month,
    trend_summary,
)

CHART_COLUMNS = 2
NEAR_DAYS = 7  # a due check-in meeting this close to today is offered first


class ProgressView(QWidget):
    checkins_changed = Signal()

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progressView")
        self._context = context
        self._include_private = context.data.include_private  # read once; rebuilt on change
        assert context.relationship.id is not None
        self._rel_id = context.relationship.id
        self._tz = system_time_zone()
        self._meetings: list[Meeting] = []
        self.progress: ProgressData | None = None

        layout = QVBoxLayout(self)
        section_spacing(layout, self)
        heading = styled_label(self.tr("Measure and reflect"), TextRole.SECTION_TITLE, self)
        layout.addWidget(heading)
        self.summary_label = WrappedLabel("", self)
        self.summary_label.setObjectName("trendSummary")
        self.summary_label.setAccessibleName(self.tr("Trend summary"))
        apply_text_role(self.summary_label, TextRole.SUBTITLE)
        layout.addWidget(self.summary_label)
        self.next_label = WrappedLabel("", self)
        self.next_label.setObjectName("nextCheckIn")
        self.next_label.setAccessibleName(self.tr("Next check-in"))
        layout.addWidget(self.next_label)

        row = QHBoxLayout()
        self.start_button = self._button(self.tr("&Start check-in…"), self.tr("Start check-in"))
        self.edit_button = self._button(self.tr("&Edit check-in…"), self.tr("Edit check-in"))
        self.delete_button = self._button(self.tr("De&lete check-in"), self.tr("Delete check-in"))
        mark_primary(self.start_button)
        mark_secondary(self.delete_button)
        for button in (self.start_button, self.edit_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Progress: charts, table, check-ins"))
        self.tabs.addTab(self._charts_page(), self.tr("&Charts"))
        self.progress_model = ProgressModel(self)
        self.table = self._table(self.tr("Progress numbers"))
        self.table.setModel(self.progress_model)
        self.table.horizontalHeader().setSectionResizeMode(
            ProgressModel.COL_CHART, QHeaderView.ResizeMode.Stretch
        )
        self.table.horizontalHeader().setSectionResizeMode(
            ProgressModel.COL_SERIES, QHeaderView.ResizeMode.Stretch
        )
        self.tabs.addTab(self.table, self.tr("&Table"))
        self.checkins_model = CheckInsModel(self)
        self.checkins_table = self._table(self.tr("Recorded check-ins"))
        self.checkins_table.setModel(self.checkins_model)
        for column in (CheckInsModel.COL_LEADER, CheckInsModel.COL_MENTOR):
            self.checkins_table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.Stretch
            )
        self.no_checkins = EmptyState(
            self.tr("No check-ins yet"),
            "",
            self.tr("Start the first check-in…"),
            self.start_checkin,
        )
        self.checkins_switch = EmptySwitch(self.checkins_table, self.no_checkins, self)
        self.tabs.addTab(self.checkins_switch, self.tr("Check-&ins"))
        layout.addWidget(self.tabs, 1)

        self.start_button.clicked.connect(self.start_checkin)
        self.edit_button.clicked.connect(self.edit_checkin)
        self.delete_button.clicked.connect(self.delete_checkin)
        self.checkins_table.doubleClicked.connect(lambda _index: self.edit_checkin())
        self.checkins_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.tabs.currentChanged.connect(lambda _i: self._update_buttons())
        self.reload()

    # -- building ------------------------------------------------------------------------
    def _button(self, text: str, name: str) -> QPushButton:
        return push_button(text, self, name=name)

    def _table(self, name: str) -> QTableView:
        table = QTableView(self)
        table.setAccessibleName(name)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        table.verticalHeader().hide()
        return table

    def _charts_page(self) -> QScrollArea:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setAccessibleName(self.tr("Charts"))
        body = QWidget(scroll)
        grid = QGridLayout(body)
        self.charts: list[ChartWidget] = []
        for index in range(6):
            chart = ChartWidget(body)
            chart.setObjectName(f"chart{index}")
            grid.addWidget(chart, index // CHART_COLUMNS, index % CHART_COLUMNS)
            self.charts.append(chart)
        scroll.setWidget(body)
        return scroll

    # -- loading -------------------------------------------------------------------------
    def reload(self) -> None:
        shared = self._context.data.shared
        relationship = self._context.relationship
        goals = shared.goals.list_for_relationship(self._rel_id)
        history: dict[int, list[GoalProgress]] = {
            g.id: shared.goals.progress_history(g.id) for g in goals if g.id is not None
        }
        actions = shared.actions.list_for_relationship(
            self._rel_id, include_private=self._include_private
        )
        self._meetings = shared.meetings.list_for_relationship(self._rel_id)
        checkins = shared.checkins.list_for_relationship(
            self._rel_id, include_private=self._include_private
        )
        today = date.today()
        self.progress = build_progress(
            start=relationship.start_date,
            today=today,
            goals=goals,
            goal_history=history,
            actions=actions,
            meetings=self._meetings,
            checkins=checkins,
            tz=self._tz,
        )
        for widget, chart in zip(self.charts, self.progress.charts, strict=True):
            widget.set_chart(
                chart,
                ChartTexts(
                    title=chart_title(chart.kind),
                    series_labels=tuple(series_label(s) for s in chart.series),
                    empty=empty_text(chart.kind),
                    format_day=short_day,
                    format_month=short_month,
                ),
            )
        self.progress_model.set_progress(self.progress)
        self.checkins_model.set_checkins(checkins)
        self.summary_label.setText(trend_summary(classify_trends(checkins)))
        self.next_label.setText(self._next_text(checkins))
        self.no_checkins.set_text(
            self.tr(
                "A check-in is a few questions you both answer now and then, to see how the "
                "relationship is going. {0}"
            ).format(self.next_label.text())
        )
        self.checkins_switch.set_empty(not checkins)
        self._update_buttons()

    def _next_text(self, checkins: list[CheckIn]) -> str:
        relationship = self._context.relationship
        schedule = relationship_checkins(relationship, self._meetings, self._tz)
        due = next_checkin_due(schedule, checkins, datetime.now(UTC))
        every = self.tr("a check-in every %n meeting(s)", "", relationship.checkin_every)
        if due is None:
            return self.tr(
                "No check-in is scheduled yet ({0}); plan meetings to see the next."
            ).format(every)
        day = self._long_day(due.scheduled.meeting.starts_at.astimezone(self._tz).date())
        reason = (
            self.tr("the meeting nearest the review date")
            if CheckInReason.NEAREST_REVIEW in due.scheduled.reasons
            else every
        )
        if due.overdue:
            return self.tr("A check-in was due at the meeting on {0} ({1}); start it now.").format(
                day, reason
            )
        return self.tr("Next check-in: at the meeting on {0} ({1}).").format(day, reason)

    def _long_day(self, day: date) -> str:
        return day_text(day, QLocale.FormatType.LongFormat)

    def selected_checkin(self) -> CheckIn | None:
        rows = self.checkins_table.selectionModel().selectedRows()
        return self.checkins_model.checkin_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected_checkin() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    # -- commands ------------------------------------------------------------------------
    def _default_meeting(self, today: date) -> int | None:
        """The meeting a new check-in most likely belongs to: the one nearest today."""
        candidates = [m for m in self._meetings if m.status is not MeetingStatus.CANCELLED]
        if not candidates:
            return None
        nearest = min(
            candidates, key=lambda m: abs((m.starts_at.astimezone(self._tz).date() - today).days)
        )
        distance = abs((nearest.starts_at.astimezone(self._tz).date() - today).days)
        return nearest.id if distance <= NEAR_DAYS else None

    def _offered_meetings(self) -> list[Meeting]:
        horizon = datetime.now(UTC) + timedelta(days=60)
        return [
            m
            for m in reversed(self._meetings)
            if m.status is not MeetingStatus.CANCELLED and m.starts_at <= horizon
        ]

    def start_checkin(self) -> None:
        today = date.today()
        self._edit(new_checkin(self._rel_id, today, self._default_meeting(today)))

    def edit_checkin(self) -> None:
        checkin = self.selected_checkin()
        if checkin is not None:
            self._edit(checkin)

    def _edit(self, checkin: CheckIn) -> None:
        draft = checkin
        while True:
            edited = CheckInDialog.ask(
                self,
                draft,
                self._context.relationship,
                self._offered_meetings(),
                include_private=self._include_private,
            )
            if edited is None or self._context.is_closed():
                return
            repo = self._context.data.shared.checkins
            try:
                if edited.id is None:
                    repo.add(edited)
                else:
                    repo.update(edited, include_private=self._include_private)
            except VaultError as error:
                show_not_saved(self, error)
                if self._context.is_closed():  # locked while the message was showing
                    return
                draft = edited  # the dialog opens again with every answer kept
                continue
            self.reload()
            self.checkins_changed.emit()
            return

    def delete_checkin(self) -> None:
        checkin = self.selected_checkin()
        if checkin is None or checkin.id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete check-in"),
            self.tr("Delete the check-in of {0}?").format(self._long_day(checkin.held_on)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._context.data.shared.checkins.delete(checkin.id)
        except VaultError as error:
            show_not_saved(self, error)
            return
        self.reload()
        self.checkins_changed.emit()
