from __future__ import annotations

import pytest

from rmdesk.domain.carryover import carried_ids, carry_over, offered_for_carry_over
from rmdesk.domain.models import AgendaItem, AgendaKind, Role


def item(item_id: int | None, position: int, title: str, **changes: object) -> AgendaItem:
    fields: dict[str, object] = {
        "meeting_id": 10,
        "owner": Role.MENTOR,
        "kind": AgendaKind.QUESTION,
        "title": title,
        "time_box_minutes": 15,
        "position": position,
        "shared_notes": f"notes on {title}",
        "outcome": "half way",
        "id": item_id,
    }
    fields.update(changes)
    return AgendaItem(**fields)  # type: ignore[arg-type]


PREVIOUS = [
    item(3, 2, "Third"),
    item(1, 0, "First"),
    item(2, 1, "Done already", done=True),
    item(4, 3, "Already carried"),
]


def test_offer_skips_done_and_already_carried_and_keeps_agenda_order() -> None:
    next_meeting = [item(99, 0, "Already carried", meeting_id=11, carried_from_id=4)]
    offered = offered_for_carry_over(PREVIOUS, carried_ids(next_meeting))
    assert [i.title for i in offered] == ["First", "Third"]


def test_unsaved_items_are_not_offered() -> None:
    assert offered_for_carry_over([item(None, 0, "Draft")]) == []


def test_carry_over_makes_fresh_items_without_notes() -> None:
    offered = offered_for_carry_over(PREVIOUS, {4})
    carried = carry_over(offered, new_meeting_id=11, first_position=5)
    assert [(c.title, c.position, c.carried_from_id) for c in carried] == [
        ("First", 5, 1),
        ("Third", 6, 3),
    ]
    for new, old in zip(carried, offered, strict=True):
        assert new.meeting_id == 11
        assert new.id is None
        assert new.uuid != old.uuid
        assert (new.owner, new.kind, new.time_box_minutes) == (old.owner, old.kind, 15)
        assert new.shared_notes == "" and new.outcome == "" and not new.done


def test_a_carried_item_can_be_carried_again() -> None:
    second_meeting = [item(7, 0, "Still open", meeting_id=11, carried_from_id=1)]
    third = carry_over(offered_for_carry_over(second_meeting), new_meeting_id=12)
    assert third[0].carried_from_id == 7


def test_carry_over_refuses_unsaved_items() -> None:
    with pytest.raises(ValueError, match="saved"):
        carry_over([item(None, 0, "Draft")], new_meeting_id=11)
