"""The meetings a relationship's cadence implies, and how to add them to what exists.

Generation uses :mod:`rmdesk.domain.cadence` (anchored on the relationship's start date, the
agreed wall-clock time kept across daylight-saving changes, month ends clamped). A window
``[window_start, window_end]`` of local calendar days limits it, so a relationship that
started a year ago can be scheduled from today on without inventing past meetings; the
anchor stays the start date, so a biweekly rhythm does not shift with the window.

Merging never duplicates a meeting the pair already has. Each existing *regular* meeting
(not an extra) claims the generated slot nearest to it, if that slot lies less than half a
cadence period away. That keeps three promises:

* generating twice adds nothing the second time;
* a meeting moved by a day or two still holds its slot, so its old date is not re-added;
* a cancelled meeting still holds its slot, so cancelling is not undone by regenerating.

Extra meetings never claim a slot: they come on top of the rhythm.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, time, timedelta, tzinfo

from rmdesk.domain.cadence import occurrences
from rmdesk.domain.models import Cadence, Meeting, MeetingStatus, Relationship

# Half of each cadence's period: a meeting closer than this to a slot is that slot's meeting.
HALF_PERIOD = {
    Cadence.WEEKLY: timedelta(days=3, hours=12),
    Cadence.BIWEEKLY: timedelta(days=7),
    Cadence.MONTHLY: timedelta(days=14),
}


def cadence_meetings(
    relationship: Relationship,
    *,
    at_time: time,
    tz: tzinfo,
    window_start: date,
    window_end: date,
) -> list[Meeting]:
    """New, unsaved planned meetings for every occurrence whose local day lies in the
    window (both ends inclusive), earliest first, each as long as the relationship's
    meetings."""
    if relationship.id is None:
        raise ValueError("save the relationship before scheduling its meetings")
    if window_end < window_start:
        return []
    found = occurrences(
        relationship.start_date, relationship.cadence, at_time, tz, until=window_end
    )
    return [
        Meeting(
            relationship_id=relationship.id,
            starts_at=occurrence.utc,
            minutes=relationship.meeting_minutes,
            status=MeetingStatus.PLANNED,
        )
        for occurrence in found
        if occurrence.local.date() >= window_start
    ]


def _nearest_free_slot(
    meeting: Meeting, generated: Sequence[Meeting], claimed: set[int], tolerance: timedelta
) -> int | None:
    best: int | None = None
    best_gap = tolerance
    for index, slot in enumerate(generated):
        if index in claimed:
            continue
        gap = abs(slot.starts_at - meeting.starts_at)
        if gap < best_gap:
            best, best_gap = index, gap
    return best


def missing_meetings(
    existing: Iterable[Meeting], generated: Sequence[Meeting], cadence: Cadence
) -> list[Meeting]:
    """The generated meetings that no existing regular meeting stands for, in order."""
    tolerance = HALF_PERIOD[cadence]
    claimed: set[int] = set()
    regular = sorted((m for m in existing if not m.is_extra), key=_start_key)
    for meeting in regular:
        slot = _nearest_free_slot(meeting, generated, claimed, tolerance)
        if slot is not None:
            claimed.add(slot)
    return [meeting for index, meeting in enumerate(generated) if index not in claimed]


def schedule_additions(
    relationship: Relationship,
    existing: Iterable[Meeting],
    *,
    at_time: time,
    tz: tzinfo,
    window_start: date,
    window_end: date,
) -> list[Meeting]:
    """What to add so the window holds every meeting of the rhythm (and nothing twice)."""
    generated = cadence_meetings(
        relationship, at_time=at_time, tz=tz, window_start=window_start, window_end=window_end
    )
    return missing_meetings(existing, generated, relationship.cadence)


def _start_key(meeting: Meeting) -> tuple[datetime, int]:
    return (meeting.starts_at, meeting.id or 0)


def last_held_before(meetings: Iterable[Meeting], meeting: Meeting) -> Meeting | None:
    """The latest held meeting that started before ``meeting``: where unfinished agenda
    items are carried over from."""
    earlier = [
        m
        for m in meetings
        if m.status is MeetingStatus.HELD and m.id != meeting.id and m.starts_at < meeting.starts_at
    ]
    return max(earlier, key=_start_key, default=None)
