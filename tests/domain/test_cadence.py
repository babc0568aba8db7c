from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rmdesk.domain.cadence import (
    Occurrence,
    at_wall_clock,
    next_occurrence,
    nth_date,
    occurrences,
    system_time_zone,
)
from rmdesk.domain.models import Cadence

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
NINE_THIRTY = time(9, 30)


def local_days(items: list[Occurrence]) -> list[date]:
    return [item.local.date() for item in items]


# --- monthly -------------------------------------------------------------------------------


def test_monthly_from_jan_31_clamps_then_returns_to_31_in_a_leap_year() -> None:
    found = occurrences(date(2024, 1, 31), Cadence.MONTHLY, NINE_THIRTY, BERLIN, count=6)
    assert local_days(found) == [
        date(2024, 1, 31),
        date(2024, 2, 29),
        date(2024, 3, 31),
        date(2024, 4, 30),
        date(2024, 5, 31),
        date(2024, 6, 30),
    ]


def test_monthly_from_jan_31_gives_feb_28_in_a_common_year() -> None:
    found = occurrences(date(2023, 1, 31), Cadence.MONTHLY, NINE_THIRTY, BERLIN, count=3)
    assert local_days(found) == [date(2023, 1, 31), date(2023, 2, 28), date(2023, 3, 31)]


def test_monthly_from_feb_29_lands_on_feb_28_next_year_and_29_in_the_next_leap_year() -> None:
    found = occurrences(date(2024, 2, 29), Cadence.MONTHLY, NINE_THIRTY, BERLIN, count=49)
    days = local_days(found)
    assert days[1] == date(2024, 3, 29)  # anchored on the 29th, not on the month's end
    assert days[12] == date(2025, 2, 28)
    assert days[36] == date(2027, 2, 28)
    assert days[48] == date(2028, 2, 29)


def test_monthly_crosses_the_year_end() -> None:
    found = occurrences(date(2024, 11, 30), Cadence.MONTHLY, NINE_THIRTY, BERLIN, count=4)
    assert local_days(found) == [
        date(2024, 11, 30),
        date(2024, 12, 30),
        date(2025, 1, 30),
        date(2025, 2, 28),
    ]


@settings(max_examples=200, deadline=None)
@given(start=st.dates(date(1990, 1, 1), date(2090, 12, 31)), n=st.integers(0, 400))
def test_monthly_day_is_the_start_day_clamped_to_the_month(start: date, n: int) -> None:
    day = nth_date(start, Cadence.MONTHLY, n)
    months = (day.year - start.year) * 12 + day.month - start.month
    assert months == n
    next_month_first = (day.replace(day=1) + timedelta(days=32)).replace(day=1)
    last_day = (next_month_first - timedelta(days=1)).day
    assert day.day == min(start.day, last_day)


# --- weekly and biweekly -------------------------------------------------------------------


def test_biweekly_is_anchored_on_the_start_date() -> None:
    found = occurrences(date(2025, 1, 6), Cadence.BIWEEKLY, NINE_THIRTY, BERLIN, count=4)
    assert local_days(found) == [
        date(2025, 1, 6),
        date(2025, 1, 20),
        date(2025, 2, 3),
        date(2025, 2, 17),
    ]
    # next_occurrence keeps the same anchor, even when asked from an off week.
    after = datetime(2025, 1, 21, 12, 0, tzinfo=BERLIN)
    upcoming = next_occurrence(after, date(2025, 1, 6), Cadence.BIWEEKLY, NINE_THIRTY, BERLIN)
    assert upcoming is not None
    assert upcoming.local.date() == date(2025, 2, 3)
    assert upcoming.index == 2


def test_weekly_until_is_inclusive_of_the_local_day() -> None:
    found = occurrences(
        date(2025, 1, 1), Cadence.WEEKLY, NINE_THIRTY, BERLIN, until=date(2025, 1, 29)
    )
    assert local_days(found) == [date(2025, 1, d) for d in (1, 8, 15, 22, 29)]


def test_until_as_an_aware_instant() -> None:
    until = datetime(2025, 1, 15, 8, 30, tzinfo=UTC)  # exactly 09:30 in Berlin
    found = occurrences(date(2025, 1, 1), Cadence.WEEKLY, NINE_THIRTY, BERLIN, until=until)
    assert len(found) == 3
    early = datetime(2025, 1, 15, 8, 29, tzinfo=UTC)
    assert len(occurrences(date(2025, 1, 1), Cadence.WEEKLY, NINE_THIRTY, BERLIN, until=early)) == 2


def test_count_and_until_together_stop_at_whichever_comes_first() -> None:
    found = occurrences(
        date(2025, 1, 1), Cadence.WEEKLY, NINE_THIRTY, BERLIN, until=date(2025, 12, 31), count=2
    )
    assert len(found) == 2
    assert occurrences(date(2025, 1, 1), Cadence.WEEKLY, NINE_THIRTY, BERLIN, count=0) == []


def test_an_unbounded_series_is_refused() -> None:
    with pytest.raises(ValueError, match="until, count"):
        occurrences(date(2025, 1, 1), Cadence.WEEKLY, NINE_THIRTY, BERLIN)
    with pytest.raises(ValueError):
        occurrences(date(2025, 1, 1), Cadence.WEEKLY, NINE_THIRTY, BERLIN, count=-1)


# --- daylight saving -----------------------------------------------------------------------


def test_wall_clock_stays_put_across_berlin_dst_and_utc_moves() -> None:
    found = occurrences(date(2025, 3, 24), Cadence.WEEKLY, NINE_THIRTY, BERLIN, count=2)
    assert [o.local.time() for o in found] == [NINE_THIRTY, NINE_THIRTY]
    assert found[0].utc == datetime(2025, 3, 24, 8, 30, tzinfo=UTC)  # CET, +01:00
    assert found[1].utc == datetime(2025, 3, 31, 7, 30, tzinfo=UTC)  # CEST, +02:00
    autumn = occurrences(date(2025, 10, 20), Cadence.WEEKLY, NINE_THIRTY, BERLIN, count=2)
    assert [o.utc.hour for o in autumn] == [7, 8]
    assert all(o.local.tzinfo is BERLIN and o.utc.tzinfo is UTC for o in found + autumn)


def test_wall_clock_stays_put_across_new_york_dst() -> None:
    found = occurrences(date(2025, 3, 3), Cadence.BIWEEKLY, time(17, 0), NEW_YORK, count=2)
    assert [o.local.hour for o in found] == [17, 17]
    assert [o.utc.hour for o in found] == [22, 21]  # EST -05:00, then EDT -04:00


def test_berlin_spring_forward_gap_moves_the_meeting_forward_by_an_hour() -> None:
    # 2025-03-30 02:30 does not exist in Berlin: clocks jump from 02:00 to 03:00.
    found = occurrences(date(2025, 3, 23), Cadence.WEEKLY, time(2, 30), BERLIN, count=3)
    assert [o.shifted for o in found] == [False, True, False]
    assert found[1].local.replace(tzinfo=None) == datetime(2025, 3, 30, 3, 30)
    assert found[1].utc == datetime(2025, 3, 30, 1, 30, tzinfo=UTC)
    assert found[2].local.time() == time(2, 30)  # the following week is back to normal


def test_new_york_spring_forward_gap() -> None:
    local, shifted = at_wall_clock(date(2025, 3, 9), time(2, 15), NEW_YORK)
    assert shifted
    assert local.replace(tzinfo=None) == datetime(2025, 3, 9, 3, 15)
    assert local.astimezone(UTC) == datetime(2025, 3, 9, 7, 15, tzinfo=UTC)


def test_fall_back_ambiguity_takes_the_first_instant() -> None:
    # 2025-11-02 01:30 happens twice in New York; the first is still EDT (-04:00).
    local, shifted = at_wall_clock(date(2025, 11, 2), time(1, 30), NEW_YORK)
    assert not shifted
    assert local.astimezone(UTC) == datetime(2025, 11, 2, 5, 30, tzinfo=UTC)
    # Berlin, 2025-10-26 02:30 happens twice; the first is CEST (+02:00).
    local, _ = at_wall_clock(date(2025, 10, 26), time(2, 30), BERLIN)
    assert local.astimezone(UTC) == datetime(2025, 10, 26, 0, 30, tzinfo=UTC)
    # A caller's fold=1 does not change the rule.
    again, _ = at_wall_clock(date(2025, 10, 26), time(2, 30, fold=1), BERLIN)
    assert again.astimezone(UTC) == local.astimezone(UTC)


def test_at_time_must_be_naive() -> None:
    with pytest.raises(ValueError, match="naive"):
        occurrences(date(2025, 1, 1), Cadence.WEEKLY, time(9, 0, tzinfo=UTC), BERLIN, count=1)


# --- next occurrence -----------------------------------------------------------------------


def test_next_occurrence_is_strictly_after() -> None:
    start = date(2025, 1, 31)
    first_feb = datetime(2025, 2, 28, 8, 30, tzinfo=UTC)  # exactly the February meeting
    upcoming = next_occurrence(first_feb, start, Cadence.MONTHLY, NINE_THIRTY, BERLIN)
    assert upcoming is not None
    assert upcoming.local.date() == date(2025, 3, 31)
    before_start = datetime(2024, 6, 1, tzinfo=UTC)
    first = next_occurrence(before_start, start, Cadence.MONTHLY, NINE_THIRTY, BERLIN)
    assert first is not None and first.index == 0


def test_next_occurrence_respects_until_and_needs_an_aware_instant() -> None:
    after = datetime(2025, 1, 30, tzinfo=UTC)
    none = next_occurrence(
        after, date(2025, 1, 1), Cadence.WEEKLY, NINE_THIRTY, BERLIN, until=date(2025, 2, 4)
    )
    assert none is None
    with pytest.raises(ValueError, match="aware"):
        next_occurrence(
            datetime(2025, 1, 30), date(2025, 1, 1), Cadence.WEEKLY, NINE_THIRTY, BERLIN
        )


@settings(max_examples=150, deadline=None)
@given(
    start=st.dates(date(2020, 1, 1), date(2030, 12, 31)),
    cadence=st.sampled_from(list(Cadence)),
    offset_hours=st.integers(-24 * 30, 24 * 800),
)
def test_next_occurrence_agrees_with_the_plain_series(
    start: date, cadence: Cadence, offset_hours: int
) -> None:
    after = datetime.combine(start, time(12), tzinfo=UTC) + timedelta(hours=offset_hours)
    upcoming = next_occurrence(after, start, cadence, NINE_THIRTY, NEW_YORK)
    series = occurrences(
        start, cadence, NINE_THIRTY, NEW_YORK, count=(upcoming.index + 1) if upcoming else 1
    )
    assert upcoming is not None
    assert series[-1] == upcoming
    assert upcoming.utc > after
    assert upcoming.index == 0 or series[-2].utc <= after


def test_system_time_zone_follows_tz(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "America/New_York")
    assert system_time_zone() == NEW_YORK
    monkeypatch.setenv("TZ", ":Europe/Berlin")
    assert system_time_zone() == BERLIN
