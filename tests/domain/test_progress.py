"""The series behind the Progress view, and the trend sentence as the view builds it."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from rmdesk.domain.checkins import (
    Direction,
    checkin_schedule,
    classify_trends,
    summary_sentence,
)
from rmdesk.domain.models import (
    ActionItem,
    ActionStatus,
    CheckIn,
    CheckInAnswer,
    Goal,
    GoalProgress,
    Meeting,
    MeetingStatus,
    Role,
)
from rmdesk.domain.progress import (
    ChartKind,
    ChartShape,
    Point,
    build_progress,
    goal_series,
    month_starts,
    next_checkin_due,
    rating_series,
)

TODAY = date(2025, 6, 15)


def at(day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


def answer(side: Role, key: str, rating: int | None) -> CheckInAnswer:
    return CheckInAnswer(side=side, question=key, rating=rating, skipped=rating is None)


def both_sides(day: date, insight: int, gained: int, safety: int | None) -> CheckIn:
    return CheckIn(
        relationship_id=1,
        held_on=day,
        answers=(
            answer(Role.LEADER, "insight", insight),
            answer(Role.MENTOR, "gained", gained),
            answer(Role.MENTOR, "safety", safety),
        ),
    )


HISTORY = [
    both_sides(date(2025, 2, 10), insight=2, gained=3, safety=4),
    both_sides(date(2025, 4, 7), insight=3, gained=3, safety=None),  # mentor skipped safety
    both_sides(date(2025, 3, 10), insight=3, gained=3, safety=4),
    both_sides(date(2025, 5, 5), insight=4, gained=3, safety=4),
]


def test_ratings_by_side_in_date_order_with_skips_as_gaps() -> None:
    leader = {s.key: s for s in rating_series(HISTORY, Role.LEADER)}
    mentor = {s.key: s for s in rating_series(HISTORY, Role.MENTOR)}
    assert set(leader) == {"leader.insight", "leader.applied", "leader.comfort_feedback"}
    assert set(mentor) == {"mentor.gained", "mentor.heard", "mentor.safety"}
    assert leader["leader.insight"].values == (2.0, 3.0, 3.0, 4.0)
    assert [p.day.month for p in leader["leader.insight"].points] == [2, 3, 4, 5]
    safety = mentor["mentor.safety"].points
    assert safety[2] == Point(date(2025, 4, 7), None, skipped=True)  # a gap, not a 0 or a 1
    assert [p.value for p in safety] == [4.0, 4.0, None, 4.0]
    # Never asked is a plain gap, not a skip.
    assert mentor["mentor.heard"].points[0] == Point(date(2025, 2, 10), None, skipped=False)


def test_summary_sentence_as_the_view_uses_it_leaves_skips_out() -> None:
    report = classify_trends(HISTORY)  # the last three: March, April, May
    safety = next(t for t in report.trends if t.question == "safety")
    assert safety.ratings == (4, 4) and safety.skipped == 1
    assert safety.direction is Direction.FLAT  # a skip read as 1 would have made it "down"
    insight = next(t for t in report.trends if t.question == "insight")
    assert insight.direction is Direction.UP
    assert summary_sentence(report) == (
        "Over the last three check-ins: insight up, mentor benefit flat, feeling of safety flat."
        " Not enough answers yet for learning applied, comfort with feedback, mentor feeling heard."
    )


def test_goal_progress_per_owner_one_point_per_day() -> None:
    goals = [
        Goal(relationship_id=1, title="Lead with AI", id=1, progress=60),
        Goal(relationship_id=1, title="Budget rounds", owner=Role.MENTOR, id=2, progress=10),
        Goal(relationship_id=1, title="Old", id=3, archived=True),
        Goal(
            relationship_id=1,
            title="No history",
            id=4,
            progress=20,
            created_at=at(date(2025, 3, 1)),
        ),
    ]
    history = {
        1: [
            GoalProgress(goal_id=1, at=at(date(2025, 1, 5)), progress=0),
            GoalProgress(goal_id=1, at=at(date(2025, 3, 1), 9), progress=30),
            GoalProgress(goal_id=1, at=at(date(2025, 3, 1), 17), progress=40),
            GoalProgress(goal_id=1, at=at(date(2025, 5, 1)), progress=60),
        ],
        2: [GoalProgress(goal_id=2, at=at(date(2025, 4, 1)), progress=10)],
    }
    leader = goal_series(goals, history, Role.LEADER)
    assert [s.key for s in leader] == ["goal.1", "goal.4"]  # archived left out
    assert leader[0].values == (0.0, 40.0, 60.0)  # the last update of a day wins
    assert leader[1].points == (Point(date(2025, 3, 1), 20.0),)
    mentor = goal_series(goals, history, Role.MENTOR)
    assert [(s.key, s.label, s.values) for s in mentor] == [("goal.2", "Budget rounds", (10.0,))]


def action(
    what: str, created: date, status: ActionStatus, done: date, impact: str = ""
) -> ActionItem:
    return ActionItem(
        relationship_id=1,
        what=what,
        status=status,
        impact_note=impact,
        created_at=at(created),
        updated_at=at(done),
    )


def test_actions_done_and_applied_and_meetings_held_vs_planned() -> None:
    actions = [
        action("a", date(2025, 1, 10), ActionStatus.DONE, date(2025, 2, 3), "It worked"),
        action("b", date(2025, 1, 20), ActionStatus.DONE, date(2025, 3, 3)),  # done, no impact
        action("c", date(2025, 3, 20), ActionStatus.OPEN, date(2025, 3, 20)),
        action("d", date(2025, 4, 2), ActionStatus.DROPPED, date(2025, 4, 9), "ignored"),
    ]
    meetings = [
        Meeting(relationship_id=1, starts_at=at(day), minutes=45, status=status)
        for day, status in (
            (date(2025, 1, 6), MeetingStatus.HELD),
            (date(2025, 1, 20), MeetingStatus.CANCELLED),
            (date(2025, 6, 20), MeetingStatus.PLANNED),  # later this month
            (date(2025, 7, 4), MeetingStatus.PLANNED),  # after today's month: left out
        )
    ]
    data = build_progress(
        start=date(2025, 1, 6),
        today=TODAY,
        goals=[],
        goal_history={},
        actions=actions,
        meetings=meetings,
        checkins=HISTORY,
    )
    assert [c.kind for c in data.charts] == list(ChartKind)
    acts = {s.key: s for s in data.chart(ChartKind.ACTIONS).series}
    # Month ends Jan..May, and today for June.
    assert [p.day for p in acts["actions.done"].points][-2:] == [date(2025, 5, 31), TODAY]
    assert acts["actions.added"].values == (2.0, 2.0, 3.0, 4.0, 4.0, 4.0)
    assert acts["actions.done"].values == (0.0, 1.0, 2.0, 2.0, 2.0, 2.0)
    assert acts["actions.applied"].values == (0.0, 1.0, 1.0, 1.0, 1.0, 1.0)
    meet = data.chart(ChartKind.MEETINGS)
    assert meet.shape is ChartShape.BARS
    by_key = {s.key: s.values for s in meet.series}
    assert by_key["meetings.planned"] == (2.0, 0.0, 0.0, 0.0, 0.0, 1.0)
    assert by_key["meetings.held"] == (1.0, 0.0, 0.0, 0.0, 0.0, 0.0)
    assert data.chart(ChartKind.LEADER_RATINGS).y_max == 5.0
    assert data.chart(ChartKind.LEADER_GOALS).is_empty


def test_months_cross_the_year() -> None:
    assert month_starts(date(2024, 11, 20), date(2025, 2, 1)) == [
        date(2024, 11, 1),
        date(2024, 12, 1),
        date(2025, 1, 1),
        date(2025, 2, 1),
    ]


def test_next_check_in_due_skips_covered_meetings_and_flags_overdue() -> None:
    start = datetime(2025, 1, 6, 9, tzinfo=UTC)
    meetings = [
        Meeting(
            relationship_id=1,
            starts_at=start + timedelta(weeks=2 * n),
            minutes=45,
            status=MeetingStatus.HELD if n < 9 else MeetingStatus.PLANNED,
            id=n + 1,
        )
        for n in range(16)
    ]
    schedule = checkin_schedule(meetings, every=4)
    assert [s.meeting.id for s in schedule] == [4, 8, 12, 16]
    now = start + timedelta(weeks=17)  # after meeting 9
    first = CheckIn(relationship_id=1, held_on=meetings[3].starts_at.date(), meeting_id=4)
    due = next_checkin_due(schedule, [first], now)
    assert due is not None and due.scheduled.meeting.id == 8 and due.overdue
    late = CheckIn(relationship_id=1, held_on=meetings[8].starts_at.date())  # no meeting link
    due = next_checkin_due(schedule, [first, late], now)
    assert due is not None and due.scheduled.meeting.id == 12 and not due.overdue
    assert next_checkin_due(schedule[:1], [first], now) is None
