from __future__ import annotations

import dataclasses

from rmdesk.domain.journey import JourneyFacts, Step, StepState, journey

NOTHING = JourneyFacts(
    has_purpose=False,
    goal_count=0,
    has_mentor=False,
    agreement_confirmed_by_both=False,
    meetings_with_intent=0,
    held_meetings_with_agenda=0,
    acknowledgements=0,
    checkins=0,
)


def test_a_new_relationship_starts_at_step_one() -> None:
    states = [s.state for s in journey(NOTHING)]
    assert states[0] is StepState.NEXT
    assert states[1:] == [StepState.LATER] * 6


def test_purpose_needs_a_goal_too_and_next_is_the_first_open_step() -> None:
    facts = dataclasses.replace(NOTHING, has_purpose=True, has_mentor=True)
    steps = {s.step: s.state for s in journey(facts)}
    assert steps[Step.PURPOSE] is StepState.NEXT
    assert steps[Step.MENTOR] is StepState.DONE
    facts = dataclasses.replace(facts, goal_count=2)
    steps = {s.step: s.state for s in journey(facts)}
    assert steps[Step.PURPOSE] is StepState.DONE
    assert steps[Step.EXPECTATIONS] is StepState.NEXT


def test_all_done() -> None:
    facts = JourneyFacts(True, 3, True, True, 2, 5, 1, 1)
    assert all(s.state is StepState.DONE for s in journey(facts))
    assert [s.number for s in journey(facts)] == list(range(1, 8))
