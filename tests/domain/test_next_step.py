"""The Overview's one next step, decided from the relationship's state."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from rmdesk.domain.journey import JourneyFacts
from rmdesk.domain.models import Role
from rmdesk.domain.next_step import (
    DEFAULT_CHECKIN_EVERY,
    DEFAULT_MEETING_MINUTES,
    NextStep,
    default_review_date,
    new_relationship,
    next_step,
)
from rmdesk.domain.validation import ValidationError, validate

SET_UP = JourneyFacts(
    has_purpose=True,
    goal_count=1,
    has_mentor=True,
    agreement_confirmed_by_both=True,
    meetings_with_intent=0,
    held_meetings_with_agenda=0,
    acknowledgements=0,
    checkins=0,
)


@pytest.mark.parametrize(
    ("changes", "upcoming", "expected"),
    [
        (
            {"has_purpose": False, "goal_count": 0, "agreement_confirmed_by_both": False},
            0,
            NextStep.WRITE_PURPOSE,
        ),
        ({"has_purpose": False}, 3, NextStep.WRITE_PURPOSE),
        ({"goal_count": 0, "agreement_confirmed_by_both": False}, 0, NextStep.NAME_GOAL),
        ({"agreement_confirmed_by_both": False}, 2, NextStep.CONFIRM_AGREEMENT),
        ({}, 0, NextStep.PLAN_MEETING),
        ({}, 1, NextStep.PREPARE_MEETING),
    ],
)
def test_the_first_missing_piece_is_the_next_step(
    changes: dict[str, object], upcoming: int, expected: NextStep
) -> None:
    assert next_step(dataclasses.replace(SET_UP, **changes), upcoming) is expected  # type: ignore[arg-type]


def test_a_new_relationship_has_the_usual_rhythm_and_needs_a_name() -> None:
    today = date(2026, 11, 30)
    fresh = new_relationship(Role.MENTOR, today)
    assert fresh.my_role is Role.MENTOR
    assert fresh.meeting_minutes == DEFAULT_MEETING_MINUTES
    assert fresh.checkin_every == DEFAULT_CHECKIN_EVERY
    assert fresh.start_date == today
    assert fresh.review_date is not None and fresh.review_date > today
    with pytest.raises(ValidationError):
        validate(fresh)  # the other person's name is the one thing a relationship needs
    validate(dataclasses.replace(fresh, other_name="Leo"))


@pytest.mark.parametrize(
    ("start", "review"),
    [
        (date(2026, 11, 30), date(2027, 5, 30)),
        (date(2026, 8, 31), date(2027, 2, 28)),
        (date(2027, 8, 31), date(2028, 2, 29)),
        (date(2026, 1, 15), date(2026, 7, 15)),
    ],
)
def test_the_first_review_is_six_calendar_months_after_the_start(start: date, review: date) -> None:
    assert default_review_date(start) == review
