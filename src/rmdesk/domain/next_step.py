"""The one thing to do next in a relationship, and the defaults of a new one.

Pure: the Overview gathers the facts (shared data only, like the seven steps) and shows the
answer as one sentence with one button; the guided start uses the same defaults as the
relationship form so a relationship begun either way looks the same.
"""

from __future__ import annotations

import calendar
from datetime import date
from enum import StrEnum

from rmdesk.domain.journey import JourneyFacts
from rmdesk.domain.models import Cadence, Relationship, Role

DEFAULT_CADENCE = Cadence.BIWEEKLY
DEFAULT_MEETING_MINUTES = 45
DEFAULT_CHECKIN_EVERY = 4
# A first review after about six months is the usual rhythm; people move it as they like.
DEFAULT_REVIEW_AFTER_MONTHS = 6


class NextStep(StrEnum):
    WRITE_PURPOSE = "write_purpose"
    NAME_GOAL = "name_goal"
    CONFIRM_AGREEMENT = "confirm_agreement"
    PLAN_MEETING = "plan_meeting"
    PREPARE_MEETING = "prepare_meeting"


def next_step(facts: JourneyFacts, upcoming_meetings: int) -> NextStep:
    """What the pair should do now, in the order the seed sets a relationship up: a purpose,
    a goal, the agreement both confirm, then a meeting on the calendar. Once all of that is
    in place the next thing is always the same: prepare the coming meeting."""
    if not facts.has_purpose:
        return NextStep.WRITE_PURPOSE
    if facts.goal_count == 0:
        return NextStep.NAME_GOAL
    if not facts.agreement_confirmed_by_both:
        return NextStep.CONFIRM_AGREEMENT
    if upcoming_meetings == 0:
        return NextStep.PLAN_MEETING
    return NextStep.PREPARE_MEETING


def default_review_date(start: date) -> date:
    """Six calendar months after the start; a day the month lacks becomes its last day."""
    month_index = start.month - 1 + DEFAULT_REVIEW_AFTER_MONTHS
    year, month = start.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def new_relationship(role: Role, today: date) -> Relationship:
    """A relationship with the usual rhythm and no names yet (not valid until named)."""
    return Relationship(
        my_role=role,
        other_name="",
        cadence=DEFAULT_CADENCE,
        meeting_minutes=DEFAULT_MEETING_MINUTES,
        start_date=today,
        review_date=default_review_date(today),
        checkin_every=DEFAULT_CHECKIN_EVERY,
    )
