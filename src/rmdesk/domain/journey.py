"""Where a pair stands on the seven steps of a reverse-mentoring relationship.

Pure: the caller gathers the facts (from shared data only, so the overview can be shown on a
shared screen) and this module decides which steps are done and which one comes next.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Step(StrEnum):
    PURPOSE = "purpose"
    MENTOR = "mentor"
    EXPECTATIONS = "expectations"
    MINDSET = "mindset"
    DIALOGUE = "dialogue"
    APPLY = "apply"
    MEASURE = "measure"


class StepState(StrEnum):
    DONE = "done"
    NEXT = "next"
    LATER = "later"


@dataclass(frozen=True, slots=True)
class JourneyFacts:
    has_purpose: bool
    goal_count: int
    has_mentor: bool
    agreement_confirmed_by_both: bool
    meetings_with_intent: int
    held_meetings_with_agenda: int
    acknowledgements: int
    checkins: int


@dataclass(frozen=True, slots=True)
class StepStatus:
    number: int
    step: Step
    state: StepState


def _done(step: Step, facts: JourneyFacts) -> bool:
    return {
        Step.PURPOSE: facts.has_purpose and facts.goal_count > 0,
        Step.MENTOR: facts.has_mentor,
        Step.EXPECTATIONS: facts.agreement_confirmed_by_both,
        Step.MINDSET: facts.meetings_with_intent > 0,
        Step.DIALOGUE: facts.held_meetings_with_agenda > 0,
        Step.APPLY: facts.acknowledgements > 0,
        Step.MEASURE: facts.checkins > 0,
    }[step]


def journey(facts: JourneyFacts) -> tuple[StepStatus, ...]:
    """Every step with its state; the first step not yet done is the one to do next."""
    statuses: list[StepStatus] = []
    next_given = False
    for number, step in enumerate(Step, start=1):
        if _done(step, facts):
            state = StepState.DONE
        elif not next_given:
            state = StepState.NEXT
            next_given = True
        else:
            state = StepState.LATER
        statuses.append(StepStatus(number=number, step=step, state=state))
    return tuple(statuses)
