"""Meetings generated from a cadence over a window, merged with what exists, and the
carry-over source; the low-level date rules are in test_cadence.py."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from rmdesk.domain.carryover import carried_ids, carry_over, offered_for_carry_over
from rmdesk.domain.models import (
    AgendaItem,
    AgendaKind,
    Cadence,
    Meeting,
    MeetingStatus,
    Relationship,
    Role,
)
from rmdesk.domain.schedule import (
    cadence_meetings,
    last_held_before,
    missing_meetings,
    schedule_additions,
)

BERLIN = ZoneInfo("Europe/Berlin")
NINE = time(9, 0)


def relationship(cadence: Cadence, start: date, minutes: int = 45) -> Relationship:
    return Relationship(
        my_role=Role.LEADER,
        other_name="Leo",
        cadence=cadence,
        meeting_minutes=minutes,
        start_date=start,
        id=7,
    )


def local_days(meetings: list[Meeting], tz: ZoneInfo = BERLIN) -> list[date]:
    return [m.starts_at.astimezone(tz).date() for m in meetings]


def saved(meetings: list[Meeting], first_id: int = 100) -> list[Meeting]:
    return [dataclasses.replace(m, id=first_id + i) for i, m in enumerate(meetings)]


def test_generated_meetings_are_planned_with_the_relationship_length_in_utc() -> None:
    r = relationship(Cadence.WEEKLY, date(2026, 1, 5), minutes=60)
    meetings = cadence_meetings(
        r, at_time=NINE, tz=BERLIN, window_start=date(2026, 1, 5), window_end=date(2026, 1, 26)
    )
    assert local_days(meetings) == [date(2026, 1, d) for d in (5, 12, 19, 26)]
    assert all(m.status is MeetingStatus.PLANNED and not m.is_extra for m in meetings)
    assert all(m.minutes == 60 and m.relationship_id == 7 and m.id is None for m in meetings)
    assert meetings[0].starts_at == datetime(2026, 1, 5, 8, 0, tzinfo=UTC)  # 09:00 CET
    assert len({m.uuid for m in meetings}) == 4


def test_monthly_from_the_31st_clamps_each_month_without_drifting() -> None:
    r = relationship(Cadence.MONTHLY, date(2027, 1, 31))
    meetings = cadence_meetings(
        r, at_time=NINE, tz=BERLIN, window_start=date(2027, 1, 1), window_end=date(2027, 6, 30)
    )
    assert local_days(meetings) == [
        date(2027, 1, 31),
        date(2027, 2, 28),
        date(2027, 3, 31),
        date(2027, 4, 30),
        date(2027, 5, 31),
        date(2027, 6, 30),
    ]


def test_leap_year_february_29_and_monthly_from_it() -> None:
    r = relationship(Cadence.MONTHLY, date(2028, 1, 29))
    meetings = cadence_meetings(
        r, at_time=NINE, tz=BERLIN, window_start=date(2028, 2, 1), window_end=date(2028, 3, 31)
    )
    assert local_days(meetings) == [date(2028, 2, 29), date(2028, 3, 29)]
    leap_start = relationship(Cadence.WEEKLY, date(2028, 2, 29))
    weekly = cadence_meetings(
        leap_start,
        at_time=NINE,
        tz=BERLIN,
        window_start=date(2028, 2, 1),
        window_end=date(2028, 3, 14),
    )
    assert local_days(weekly) == [date(2028, 2, 29), date(2028, 3, 7), date(2028, 3, 14)]


def test_wall_clock_time_holds_across_dst_so_the_utc_hour_moves() -> None:
    # Europe/Berlin springs forward on 29 March 2026 and falls back on 25 October 2026.
    r = relationship(Cadence.WEEKLY, date(2026, 3, 23))
    spring = cadence_meetings(
        r, at_time=NINE, tz=BERLIN, window_start=date(2026, 3, 23), window_end=date(2026, 4, 6)
    )
    assert [m.starts_at.hour for m in spring] == [8, 7, 7]
    assert all(m.starts_at.astimezone(BERLIN).time() == NINE for m in spring)
    autumn = cadence_meetings(
        r, at_time=NINE, tz=BERLIN, window_start=date(2026, 10, 19), window_end=date(2026, 10, 26)
    )
    assert [m.starts_at.hour for m in autumn] == [7, 8]


def test_a_meeting_in_the_spring_gap_moves_past_it() -> None:
    r = relationship(Cadence.WEEKLY, date(2026, 3, 22))
    meetings = cadence_meetings(
        r,
        at_time=time(2, 30),
        tz=BERLIN,
        window_start=date(2026, 3, 29),
        window_end=date(2026, 3, 29),
    )
    assert meetings[0].starts_at.astimezone(BERLIN).time() == time(3, 30)


def test_biweekly_keeps_its_anchor_on_the_start_date_not_the_window() -> None:
    r = relationship(Cadence.BIWEEKLY, date(2026, 1, 1))  # a Thursday
    meetings = cadence_meetings(
        r, at_time=NINE, tz=BERLIN, window_start=date(2026, 1, 10), window_end=date(2026, 2, 28)
    )
    assert local_days(meetings) == [
        date(2026, 1, 15),
        date(2026, 1, 29),
        date(2026, 2, 12),
        date(2026, 2, 26),
    ]


def test_window_before_the_start_or_reversed_gives_nothing_early() -> None:
    r = relationship(Cadence.WEEKLY, date(2026, 5, 4))
    early = cadence_meetings(
        r, at_time=NINE, tz=BERLIN, window_start=date(2026, 1, 1), window_end=date(2026, 5, 11)
    )
    assert local_days(early) == [date(2026, 5, 4), date(2026, 5, 11)]
    assert (
        cadence_meetings(
            r, at_time=NINE, tz=BERLIN, window_start=date(2026, 6, 1), window_end=date(2026, 5, 1)
        )
        == []
    )


def test_unsaved_relationship_is_refused() -> None:
    r = dataclasses.replace(relationship(Cadence.WEEKLY, date(2026, 1, 1)), id=None)
    with pytest.raises(ValueError, match="save the relationship"):
        cadence_meetings(
            r, at_time=NINE, tz=UTC, window_start=date(2026, 1, 1), window_end=date(2026, 2, 1)
        )


def additions(r: Relationship, existing: list[Meeting], end: date) -> list[Meeting]:
    return schedule_additions(
        r, existing, at_time=NINE, tz=BERLIN, window_start=r.start_date, window_end=end
    )


def test_generating_twice_adds_nothing_the_second_time() -> None:
    r = relationship(Cadence.BIWEEKLY, date(2026, 1, 1))
    first = saved(additions(r, [], date(2026, 6, 30)))
    assert len(first) == 13
    assert additions(r, first, date(2026, 6, 30)) == []
    # Extending the window adds only the new tail.
    longer = additions(r, first, date(2026, 7, 31))
    assert local_days(longer) == [date(2026, 7, 2), date(2026, 7, 16), date(2026, 7, 30)]


def test_moved_and_cancelled_meetings_keep_their_slot_extras_do_not() -> None:
    r = relationship(Cadence.WEEKLY, date(2026, 1, 5))
    existing = saved(additions(r, [], date(2026, 1, 26)))
    moved = dataclasses.replace(existing[1], starts_at=existing[1].starts_at + timedelta(days=2))
    cancelled = dataclasses.replace(existing[2], status=MeetingStatus.CANCELLED)
    extra = Meeting(
        relationship_id=7,
        starts_at=existing[3].starts_at + timedelta(hours=1),
        minutes=30,
        is_extra=True,
        id=999,
    )
    kept = [existing[0], moved, cancelled, extra]
    # Only the fourth slot is free: the extra meeting beside it does not stand for it.
    assert local_days(additions(r, kept, date(2026, 1, 26))) == [date(2026, 1, 26)]


def test_a_meeting_moved_far_frees_its_slot_but_takes_the_nearest_one() -> None:
    r = relationship(Cadence.WEEKLY, date(2026, 1, 5))
    existing = saved(additions(r, [], date(2026, 1, 19)))
    # The 12 January meeting moved to 17 January: nearer the 19th slot (2 days) than its own
    # (5 days), and the 19th's own meeting still holds it, so only the 12th is missing.
    moved = dataclasses.replace(existing[1], starts_at=existing[1].starts_at + timedelta(days=5))
    missing = missing_meetings([existing[0], moved, existing[2]], existing, Cadence.WEEKLY)
    assert [m.id for m in missing] == [existing[1].id]


def test_last_held_meeting_is_the_carry_over_source_and_carried_items_are_not_offered() -> None:
    r = relationship(Cadence.WEEKLY, date(2026, 1, 5))
    m1, m2, m3, m4 = saved(additions(r, [], date(2026, 1, 26)))
    m1 = dataclasses.replace(m1, status=MeetingStatus.HELD)
    m2 = dataclasses.replace(m2, status=MeetingStatus.HELD)
    m3 = dataclasses.replace(m3, status=MeetingStatus.CANCELLED)
    meetings = [m4, m3, m2, m1]
    assert last_held_before(meetings, m4) == m2
    assert last_held_before(meetings, m2) == m1
    assert last_held_before(meetings, m1) is None
    assert m2.id is not None and m4.id is not None

    def agenda(item_id: int, title: str, done: bool) -> AgendaItem:
        return AgendaItem(
            meeting_id=m2.id or 0,
            owner=Role.MENTOR,
            kind=AgendaKind.QUESTION,
            title=title,
            position=item_id,
            done=done,
            id=item_id,
        )

    previous = [agenda(1, "Open", False), agenda(2, "Closed", True), agenda(3, "Also open", False)]
    offered = offered_for_carry_over(previous)
    carried = carry_over(offered[:1], m4.id)
    assert [c.title for c in carried] == ["Open"] and carried[0].carried_from_id == 1
    stored = [dataclasses.replace(carried[0], id=50)]
    assert [i.title for i in offered_for_carry_over(previous, carried_ids(stored))] == ["Also open"]
