"""Carrying unfinished agenda items over to the next meeting.

An item of the previous meeting is offered when it is not done and has not been carried
over already (some item elsewhere names it in ``carried_from_id``). Carrying makes a fresh
item for the new meeting: same owner, kind, title and time box; ``carried_from_id`` points
back; shared notes and outcome stay with the meeting they were written in; the previous
meeting's order is kept.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence

from rmdesk.domain.models import AgendaItem


def carried_ids(items: Iterable[AgendaItem]) -> frozenset[int]:
    """Ids of the items that ``items`` were carried from."""
    return frozenset(item.carried_from_id for item in items if item.carried_from_id is not None)


def offered_for_carry_over(
    previous_items: Iterable[AgendaItem], already_carried: Collection[int] = frozenset()
) -> list[AgendaItem]:
    """The previous meeting's items worth offering, in agenda order.

    ``already_carried`` holds the ids already carried somewhere (see :func:`carried_ids`
    over the later meetings' items). Unsaved items (no id) cannot be referred to and are
    not offered.
    """
    return sorted(
        (
            item
            for item in previous_items
            if not item.done and item.id is not None and item.id not in already_carried
        ),
        key=lambda item: (item.position, item.id or 0),
    )


def carry_over(
    chosen: Sequence[AgendaItem], new_meeting_id: int, first_position: int = 0
) -> list[AgendaItem]:
    """New, unsaved items for ``new_meeting_id`` copied from ``chosen``, numbered from
    ``first_position`` in the order of the previous agenda."""
    if any(item.id is None for item in chosen):
        raise ValueError("only saved agenda items can be carried over")
    ordered = sorted(chosen, key=lambda item: (item.position, item.id or 0))
    return [
        AgendaItem(
            meeting_id=new_meeting_id,
            owner=item.owner,
            kind=item.kind,
            title=item.title,
            time_box_minutes=item.time_box_minutes,
            position=first_position + offset,
            carried_from_id=item.id,
        )
        for offset, item in enumerate(ordered)
    ]
