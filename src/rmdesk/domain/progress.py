"""The numbers behind the Progress view: what the charts draw and the table lists.

Pure Python over domain objects. Every chart is a :class:`Chart` of named :class:`Series`;
a series is a run of dated :class:`Point` values where ``None`` is a gap, never a zero:

* ratings — one series per check-in question and side, one point per check-in (by
  ``held_on``); a skipped answer is a gap marked ``skipped``, an unanswered one a plain gap;
* goal progress — one series per goal from its dated history, split by owner, so the
  mentor's own goals are tracked beside the leader's;
* actions — at the end of each month (the current month ends today): how many actions
  were added, done, and applied (done with an impact note), counted cumulatively. The day
  an action was done is its ``done_at`` (recorded once by the store; older rows without it
  fall back to their last update);
* meetings — per month: meetings in the calendar (planned, held or cancelled) and held.

Series keys are stable (``"leader.insight"``, ``"goal.7"``, ``"actions.done"``...), so the UI
can translate the known ones and show goal titles as they are.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from enum import StrEnum

from rmdesk.domain.checkins import QUESTIONS, ScheduledCheckIn
from rmdesk.domain.models import (
    ActionItem,
    ActionStatus,
    CheckIn,
    Goal,
    GoalProgress,
    Meeting,
    MeetingStatus,
    Role,
)

RATING_MIN, RATING_MAX = 1.0, 5.0
PROGRESS_MAX = 100.0


class ChartKind(StrEnum):
    LEADER_RATINGS = "leader_ratings"
    MENTOR_RATINGS = "mentor_ratings"
    LEADER_GOALS = "leader_goals"
    MENTOR_GOALS = "mentor_goals"
    ACTIONS = "actions"
    MEETINGS = "meetings"


class ChartShape(StrEnum):
    LINES = "lines"
    BARS = "bars"


@dataclass(frozen=True, slots=True)
class Point:
    day: date
    value: float | None  # None: a gap (skipped or not answered), never drawn as zero
    skipped: bool = False


@dataclass(frozen=True, slots=True)
class Series:
    key: str
    label: str  # English fallback or a goal's title; the UI translates known keys
    points: tuple[Point, ...]

    @property
    def values(self) -> tuple[float | None, ...]:
        return tuple(point.value for point in self.points)


@dataclass(frozen=True, slots=True)
class Chart:
    kind: ChartKind
    shape: ChartShape
    series: tuple[Series, ...]
    y_min: float
    y_max: float

    @property
    def is_empty(self) -> bool:
        return not any(point.value is not None for s in self.series for point in s.points)


@dataclass(frozen=True, slots=True)
class ProgressData:
    charts: tuple[Chart, ...]

    def chart(self, kind: ChartKind) -> Chart:
        return next(chart for chart in self.charts if chart.kind is kind)


# --- months --------------------------------------------------------------------------------


def month_start(day: date) -> date:
    return day.replace(day=1)


def next_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def month_starts(first: date, last: date) -> list[date]:
    """The first day of every month from ``first``'s month to ``last``'s, both included."""
    months: list[date] = []
    current = month_start(first)
    while current <= last:
        months.append(current)
        current = next_month(current)
    return months


def month_end(start: date, today: date) -> date:
    """Last day of the month starting at ``start``, but never after ``today``."""
    return min(next_month(start) - timedelta(days=1), today)


def local_day(moment: datetime, tz: tzinfo) -> date:
    return moment.astimezone(tz).date()


# --- ratings -------------------------------------------------------------------------------


def rating_series(checkins: Iterable[CheckIn], side: Role) -> tuple[Series, ...]:
    """One series per question of ``side``, a point per check-in in date order."""
    ordered = sorted(checkins, key=lambda c: (c.held_on, c.created_at))
    result = []
    for question_side, question in QUESTIONS:
        if question_side is not side:
            continue
        points = []
        for checkin in ordered:
            answer = next(
                (a for a in checkin.answers if a.side is side and a.question == question), None
            )
            if answer is None:
                points.append(Point(checkin.held_on, None))
            elif answer.skipped or answer.rating is None:
                points.append(Point(checkin.held_on, None, skipped=answer.skipped))
            else:
                points.append(Point(checkin.held_on, float(answer.rating)))
        result.append(Series(f"{side.value}.{question}", question, tuple(points)))
    return tuple(result)


# --- goals ---------------------------------------------------------------------------------


def goal_series(
    goals: Iterable[Goal],
    history: Mapping[int, Sequence[GoalProgress]],
    owner: Role,
    tz: tzinfo = UTC,
) -> tuple[Series, ...]:
    """Progress over time of ``owner``'s goals (archived ones left out). Several updates on
    one day keep the last; a goal without history shows its current progress on its
    creation day."""
    result = []
    for goal in goals:
        if goal.owner is not owner or goal.archived or goal.id is None:
            continue
        by_day: dict[date, float] = {}
        for point in sorted(history.get(goal.id, ()), key=lambda p: p.at):
            by_day[local_day(point.at, tz)] = float(point.progress)
        if not by_day:
            by_day[local_day(goal.created_at, tz)] = float(goal.progress)
        points = tuple(Point(day, value) for day, value in sorted(by_day.items()))
        result.append(Series(f"goal.{goal.id}", goal.title, points))
    return tuple(result)


# --- actions -------------------------------------------------------------------------------


def is_applied(action: ActionItem) -> bool:
    """Done, and the leader wrote down where it was applied and what changed."""
    return action.status is ActionStatus.DONE and bool(action.impact_note.strip())


def action_series(
    actions: Iterable[ActionItem], months: Sequence[date], today: date, tz: tzinfo = UTC
) -> tuple[Series, ...]:
    items = list(actions)
    added, done, applied = [], [], []
    for start in months:
        end = month_end(start, today)
        added.append(Point(end, float(sum(local_day(a.created_at, tz) <= end for a in items))))
        finished = [
            a
            for a in items
            if a.status is ActionStatus.DONE and local_day(a.done_at or a.updated_at, tz) <= end
        ]
        done.append(Point(end, float(len(finished))))
        applied.append(Point(end, float(sum(is_applied(a) for a in finished))))
    return (
        Series("actions.added", "added", tuple(added)),
        Series("actions.done", "done", tuple(done)),
        Series("actions.applied", "applied", tuple(applied)),
    )


# --- meetings ------------------------------------------------------------------------------


def meeting_series(
    meetings: Iterable[Meeting], months: Sequence[date], tz: tzinfo = UTC
) -> tuple[Series, ...]:
    per_month_planned = dict.fromkeys(months, 0)
    per_month_held = dict.fromkeys(months, 0)
    for meeting in meetings:
        month = month_start(local_day(meeting.starts_at, tz))
        if month not in per_month_planned:
            continue
        per_month_planned[month] += 1
        if meeting.status is MeetingStatus.HELD:
            per_month_held[month] += 1
    return (
        Series(
            "meetings.planned",
            "in the calendar",
            tuple(Point(m, float(per_month_planned[m])) for m in months),
        ),
        Series("meetings.held", "held", tuple(Point(m, float(per_month_held[m])) for m in months)),
    )


# --- all of it -----------------------------------------------------------------------------


def _top(series: Iterable[Series], floor: float) -> float:
    values = [v for s in series for v in s.values if v is not None]
    return max([floor, *values])


def build_progress(
    *,
    start: date,
    today: date,
    goals: Iterable[Goal],
    goal_history: Mapping[int, Sequence[GoalProgress]],
    actions: Iterable[ActionItem],
    meetings: Iterable[Meeting],
    checkins: Iterable[CheckIn],
    tz: tzinfo = UTC,
) -> ProgressData:
    """Every chart of the Progress view, from the relationship's start month to today's."""
    goals = list(goals)
    checkins = list(checkins)
    months = month_starts(start, max(start, today))
    leader_goals = goal_series(goals, goal_history, Role.LEADER, tz)
    mentor_goals = goal_series(goals, goal_history, Role.MENTOR, tz)
    actions_ = action_series(actions, months, today, tz)
    meetings_ = meeting_series(meetings, months, tz)
    return ProgressData(
        charts=(
            Chart(
                ChartKind.LEADER_RATINGS,
                ChartShape.LINES,
                rating_series(checkins, Role.LEADER),
                RATING_MIN,
                RATING_MAX,
            ),
            Chart(
                ChartKind.MENTOR_RATINGS,
                ChartShape.LINES,
                rating_series(checkins, Role.MENTOR),
                RATING_MIN,
                RATING_MAX,
            ),
            Chart(ChartKind.LEADER_GOALS, ChartShape.LINES, leader_goals, 0.0, PROGRESS_MAX),
            Chart(ChartKind.MENTOR_GOALS, ChartShape.LINES, mentor_goals, 0.0, PROGRESS_MAX),
            Chart(ChartKind.ACTIONS, ChartShape.LINES, actions_, 0.0, _top(actions_, 4.0)),
            Chart(ChartKind.MEETINGS, ChartShape.BARS, meetings_, 0.0, _top(meetings_, 4.0)),
        )
    )


# --- the next check-in ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NextCheckIn:
    scheduled: ScheduledCheckIn
    overdue: bool  # its meeting has started and no check-in was recorded for it


def next_checkin_due(
    schedule: Sequence[ScheduledCheckIn], checkins: Iterable[CheckIn], now: datetime
) -> NextCheckIn | None:
    """The first scheduled check-in meeting not yet covered by a recorded check-in.

    A check-in covers its own meeting, and every scheduled meeting up to its date (a pair
    that checked in a meeting late has not skipped the earlier one)."""
    recorded = list(checkins)
    covered_ids = {c.meeting_id for c in recorded if c.meeting_id is not None}
    latest = max((c.held_on for c in recorded), default=None)
    for scheduled in schedule:
        meeting = scheduled.meeting
        if meeting.id in covered_ids:
            continue
        if latest is not None and meeting.starts_at.date() <= latest:
            continue
        return NextCheckIn(scheduled, overdue=meeting.starts_at <= now)
    return None
