"""The reminder schedule: once per meeting, at the right minute, never for cancelled ones."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

from rmdesk.domain.models import Meeting, MeetingStatus
from rmdesk.domain.reminders import ReminderSchedule, minutes_until, upcoming_meetings

START = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def meeting(at: datetime, status: MeetingStatus = MeetingStatus.PLANNED) -> Meeting:
    return Meeting(relationship_id=1, starts_at=at, minutes=45, status=status)


def test_due_once_from_the_lead_time_until_the_start() -> None:
    planned = meeting(START)
    schedule = ReminderSchedule(lead_minutes=15)
    schedule.replace(upcoming_meetings([planned], START - timedelta(hours=1)))
    assert schedule.next_reminder_at == START - timedelta(minutes=15)
    assert schedule.due(START - timedelta(minutes=15, seconds=1)) is None
    assert schedule.due(START - timedelta(minutes=15)) == 15
    assert schedule.due(START - timedelta(minutes=14)) is None  # once only
    schedule.replace(upcoming_meetings([planned], START - timedelta(minutes=10)))
    assert schedule.due(START - timedelta(minutes=10)) is None  # a reload does not repeat it
    assert schedule.next_reminder_at is None


def test_cancelled_held_and_past_meetings_are_never_reminded_of() -> None:
    now = START - timedelta(minutes=5)
    listed = upcoming_meetings(
        [
            meeting(START, MeetingStatus.CANCELLED),
            meeting(START, MeetingStatus.HELD),
            meeting(now - timedelta(minutes=1)),
        ],
        now,
    )
    assert listed == []


def test_a_late_check_says_the_minutes_left_and_a_started_meeting_is_skipped() -> None:
    schedule = ReminderSchedule(lead_minutes=15)
    schedule.replace(upcoming_meetings([meeting(START)], START - timedelta(hours=1)))
    assert schedule.due(START - timedelta(minutes=6, seconds=30)) == 7
    late = ReminderSchedule(lead_minutes=15)
    late.replace(upcoming_meetings([meeting(START)], START - timedelta(hours=1)))
    assert late.due(START + timedelta(seconds=1)) is None  # asleep through it: too late


def test_a_moved_meeting_is_reminded_of_again_at_its_new_time() -> None:
    first = meeting(START)
    schedule = ReminderSchedule(lead_minutes=15)
    schedule.replace(upcoming_meetings([first], START - timedelta(hours=1)))
    assert schedule.due(START - timedelta(minutes=15)) == 15
    moved = dataclasses.replace(first, starts_at=START + timedelta(hours=2))
    schedule.replace(upcoming_meetings([moved], START))
    assert schedule.due(moved.starts_at - timedelta(minutes=15)) == 15


def test_minutes_round_up() -> None:
    assert minutes_until(START, START - timedelta(minutes=14, seconds=50)) == 15
    assert minutes_until(START, START - timedelta(seconds=5)) == 1
