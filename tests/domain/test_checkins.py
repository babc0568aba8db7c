from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from rmdesk.domain.checkins import (
    LEADER_QUESTIONS,
    MENTOR_QUESTIONS,
    SHORT_NAMES,
    CheckInReason,
    Direction,
    ScheduledCheckIn,
    checkin_schedule,
    classify,
    classify_trends,
    is_checkin_meeting,
    questions_for,
    relationship_checkins,
    summary_sentence,
)
from rmdesk.domain.models import (
    Cadence,
    CheckIn,
    CheckInAnswer,
    Meeting,
    MeetingStatus,
    Relationship,
    Role,
)
from rmdesk.domain.resources import load_checkin_questions

START = datetime(2025, 1, 6, 9, 0, tzinfo=UTC)


def meetings(count: int, cancelled: frozenset[int] = frozenset()) -> list[Meeting]:
    return [
        Meeting(
            relationship_id=1,
            starts_at=START + timedelta(weeks=2 * n),
            minutes=45,
            status=MeetingStatus.CANCELLED if n in cancelled else MeetingStatus.HELD,
            id=n + 1,
        )
        for n in range(count)
    ]


def ids(scheduled: list[ScheduledCheckIn]) -> list[int | None]:
    return [s.meeting.id for s in scheduled]


# --- schedule ------------------------------------------------------------------------------


def test_every_fourth_meeting_is_a_check_in() -> None:
    found = checkin_schedule(meetings(9))
    assert ids(found) == [4, 8]
    assert all(s.reasons == {CheckInReason.EVERY_N} for s in found)


def test_cancelled_meetings_do_not_count_and_order_is_by_start() -> None:
    shuffled = list(reversed(meetings(6, cancelled=frozenset({1}))))
    assert ids(checkin_schedule(shuffled)) == [5]


def test_the_meeting_nearest_the_review_date_is_a_check_in() -> None:
    # Meetings on Jan 6, 20, Feb 3, 17, Mar 3; review on Feb 10 is equally near Feb 3 and 17.
    found = checkin_schedule(meetings(5), every=4, review_date=date(2025, 2, 10))
    assert ids(found) == [3, 4]
    assert found[0].reasons == {CheckInReason.NEAREST_REVIEW}
    both = checkin_schedule(meetings(5), every=4, review_date=date(2025, 2, 18))
    assert ids(both) == [4]
    assert both[0].reasons == {CheckInReason.EVERY_N, CheckInReason.NEAREST_REVIEW}


def test_schedule_from_a_relationship_and_membership() -> None:
    rel = Relationship(
        my_role=Role.LEADER,
        other_name="Priya",
        cadence=Cadence.BIWEEKLY,
        meeting_minutes=45,
        start_date=START.date(),
        checkin_every=3,
    )
    series = meetings(7)
    assert ids(relationship_checkins(rel, series)) == [3, 6]
    assert is_checkin_meeting(series[2], series, every=3)
    assert not is_checkin_meeting(series[0], series, every=3)
    with pytest.raises(ValueError):
        checkin_schedule(series, every=0)


# --- questions -----------------------------------------------------------------------------


def test_question_keys_per_side_match_the_resource_labels() -> None:
    assert questions_for(Role.LEADER) == ("insight", "applied", "comfort_feedback")
    assert questions_for(Role.MENTOR) == ("gained", "heard", "safety")
    labels = {(q.side, q.key): q for q in load_checkin_questions()}
    expected = {(Role.LEADER, k) for k in LEADER_QUESTIONS} | {
        (Role.MENTOR, k) for k in MENTOR_QUESTIONS
    }
    assert set(labels) == expected
    assert {key: q.short_name for key, q in labels.items()} == SHORT_NAMES


# --- trends --------------------------------------------------------------------------------


def checkin(day: int, **ratings: int | None) -> CheckIn:
    """A check-in with leader/mentor ratings; ``None`` records a skip."""
    answers = []
    for key, rating in ratings.items():
        side = Role.LEADER if key in LEADER_QUESTIONS else Role.MENTOR
        answers.append(
            CheckInAnswer(side=side, question=key, rating=rating, skipped=rating is None)
        )
    return CheckIn(relationship_id=1, held_on=date(2025, 1, day), answers=tuple(answers))


def test_classify_compares_the_means_of_earlier_and_recent_halves() -> None:
    assert classify([2, 3, 4]).direction is Direction.UP  # 2 vs 3.5
    assert classify([4, 4, 3]).direction is Direction.DOWN  # 4 vs 3.5: exactly the threshold
    assert classify([3, 3, 4, 3]).direction is Direction.UP  # 3 vs 3.5
    assert classify([3, 4, 4, 4, 3]).direction is Direction.FLAT  # 3.5 vs 3.67
    assert classify([4, 3, 3, 4]).direction is Direction.FLAT
    assert classify([5]).direction is Direction.NOT_ENOUGH
    math = classify([1, 5])
    assert (math.earlier_mean, math.recent_mean) == (1, 5)


def test_summary_over_the_last_three_check_ins() -> None:
    history = [
        checkin(1, insight=1, gained=5, safety=5),  # outside the window of three
        checkin(8, insight=2, gained=3, safety=5, heard=4),
        checkin(15, insight=3, gained=3, safety=4, heard=None),
        checkin(22, insight=4, gained=3, safety=3, heard=None),
    ]
    report = classify_trends(history)
    assert report.checkins_used == 3
    by_key = {t.question: t for t in report.trends}
    assert by_key["insight"].direction is Direction.UP
    assert by_key["insight"].ratings == (2, 3, 4)
    assert by_key["gained"].direction is Direction.FLAT
    assert by_key["safety"].direction is Direction.DOWN
    # Two skips: one rating left, not two low scores.
    assert by_key["heard"].direction is Direction.NOT_ENOUGH
    assert by_key["heard"].skipped == 2
    assert summary_sentence(report) == (
        "Over the last three check-ins: insight up, mentor benefit flat, feeling of safety down."
        " Not enough answers yet for learning applied, comfort with feedback, mentor feeling heard."
    )


def test_skips_are_left_out_not_read_as_low_scores() -> None:
    history = [checkin(1, safety=4), checkin(8, safety=None), checkin(15, safety=4)]
    safety = next(t for t in classify_trends(history).trends if t.question == "safety")
    assert safety.direction is Direction.FLAT
    assert safety.ratings == (4, 4)


def test_check_ins_are_ordered_by_date_not_by_input_order() -> None:
    history = [checkin(15, insight=5), checkin(1, insight=1)]
    insight = next(t for t in classify_trends(history).trends if t.question == "insight")
    assert insight.direction is Direction.UP


def test_not_enough_check_ins_yet() -> None:
    assert summary_sentence(classify_trends([])) == "Not enough check-ins yet to see a trend."
    one = classify_trends([checkin(1, insight=3, gained=4)])
    assert not one.enough
    assert summary_sentence(one) == "Not enough check-ins yet to see a trend."
    all_skipped = classify_trends([checkin(1, insight=None), checkin(8, insight=None)])
    assert summary_sentence(all_skipped) == "Not enough check-ins yet to see a trend."


def test_window_size_is_named_in_the_sentence() -> None:
    history = [checkin(day, insight=3) for day in (1, 8, 15, 22, 29)]
    report = classify_trends(history, window=5)
    assert summary_sentence(report).startswith("Over the last five check-ins: insight flat.")
    with pytest.raises(ValueError):
        classify_trends(history, window=1)
