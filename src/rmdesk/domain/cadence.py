"""Meeting dates from a relationship's cadence.

A relationship meets weekly, every two weeks or monthly, starting on ``start`` at a local
wall-clock time (say 09:30) in an IANA time zone. The wall-clock time is what people agreed
on, so it stays 09:30 across daylight-saving changes; the UTC instant moves instead.

Rules, all anchored on the start date so nothing drifts:

* weekly: ``start + 7·n`` days; biweekly: ``start + 14·n`` days.
* monthly: the start's day of month, clamped to the month's last day. A series starting on
  31 January gives 28 (or 29 in a leap year) February, then 31 March, 30 April, 31 May —
  the clamp never carries over to the following months.

Wall-clock times that a zone skips or repeats are resolved the same way every time:

* **Gap** (spring forward, e.g. 02:30 on the last Sunday of March in Europe/Berlin): the
  meeting moves forward by the length of the gap, to the instant the clock would have shown
  without the change (02:30 → 03:30 CEST). ``Occurrence.shifted`` is then true so the UI
  can say so.
* **Fold** (fall back, e.g. 01:30 on the first Sunday of November in America/New_York
  happens twice): the first of the two instants is used (the one still on summer time).

Everything here is pure: the zone is always passed in. :func:`system_time_zone` is the one
helper that looks at the machine, for callers that want "the local zone" as a default.
"""

from __future__ import annotations

import calendar
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from rmdesk.domain.models import Cadence

_DAYS_BETWEEN = {Cadence.WEEKLY: 7, Cadence.BIWEEKLY: 14}


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One meeting start: ``local`` is aware in the relationship's zone, ``utc`` the same
    instant in UTC (what the store keeps). ``shifted`` is true when the agreed wall-clock
    time did not exist that day and the meeting moved forward past the gap."""

    index: int
    local: datetime
    utc: datetime
    shifted: bool = False


def nth_date(start: date, cadence: Cadence, n: int) -> date:
    """The calendar day of the ``n``-th meeting (``n = 0`` is the start itself)."""
    if n < 0:
        raise ValueError("n must not be negative")
    if cadence is Cadence.MONTHLY:
        months_from_year_zero = start.year * 12 + (start.month - 1) + n
        year, month_index = divmod(months_from_year_zero, 12)
        month = month_index + 1
        last_day = calendar.monthrange(year, month)[1]
        return date(year, month, min(start.day, last_day))
    return start + timedelta(days=_DAYS_BETWEEN[cadence] * n)


def at_wall_clock(day: date, at_time: time, tz: tzinfo) -> tuple[datetime, bool]:
    """The aware datetime for ``at_time`` on ``day`` in ``tz`` and whether it was shifted.

    ``fold=0`` gives PEP 495's reading: the earlier instant in a fold, and in a gap the
    offset from before the change, which lands past the gap once normalised through UTC.
    """
    if at_time.tzinfo is not None:
        raise ValueError("at_time must be a naive wall-clock time; pass the zone as tz")
    naive = datetime.combine(day, at_time.replace(fold=0))
    requested = naive.replace(tzinfo=tz)
    normalised = requested.astimezone(UTC).astimezone(tz)
    shifted = normalised.replace(tzinfo=None) != naive
    return normalised, shifted


def _occurrence(start: date, cadence: Cadence, at_time: time, tz: tzinfo, n: int) -> Occurrence:
    local, shifted = at_wall_clock(nth_date(start, cadence, n), at_time, tz)
    return Occurrence(index=n, local=local, utc=local.astimezone(UTC), shifted=shifted)


def _is_past(occurrence: Occurrence, until: date | datetime | None) -> bool:
    if until is None:
        return False
    if isinstance(until, datetime):
        _require_aware(until, "until")
        return occurrence.utc > until
    return occurrence.local.date() > until


def _require_aware(value: datetime, name: str) -> None:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be a timezone-aware datetime")


def iter_occurrences(
    start: date,
    cadence: Cadence,
    at_time: time,
    tz: tzinfo,
    *,
    from_index: int = 0,
) -> Iterator[Occurrence]:
    """Every occurrence from ``from_index`` on, without end."""
    n = from_index
    while True:
        yield _occurrence(start, cadence, at_time, tz, n)
        n += 1


def occurrences(
    start: date,
    cadence: Cadence,
    at_time: time,
    tz: tzinfo,
    until: date | datetime | None = None,
    count: int | None = None,
) -> list[Occurrence]:
    """Meeting starts from ``start`` on, in order.

    ``until`` is inclusive: a ``date`` compares with the local day, an aware ``datetime``
    with the instant. ``count`` caps the number returned. At least one of the two must be
    given, since a cadence has no end of its own.
    """
    if until is None and count is None:
        raise ValueError("give until, count or both: a cadence never ends by itself")
    if count is not None and count < 0:
        raise ValueError("count must not be negative")
    found: list[Occurrence] = []
    for occurrence in iter_occurrences(start, cadence, at_time, tz):
        if (count is not None and len(found) >= count) or _is_past(occurrence, until):
            break
        found.append(occurrence)
    return found


def _first_index_near(start: date, cadence: Cadence, day: date) -> int:
    """An index whose meeting is no later than ``day``'s (or 0), to skip the early ones."""
    if day <= start:
        return 0
    if cadence is Cadence.MONTHLY:
        months = (day.year - start.year) * 12 + (day.month - start.month)
        return max(0, months - 1)
    return max(0, (day - start).days // _DAYS_BETWEEN[cadence] - 1)


def next_occurrence(
    after: datetime,
    start: date,
    cadence: Cadence,
    at_time: time,
    tz: tzinfo,
    until: date | datetime | None = None,
) -> Occurrence | None:
    """The first occurrence strictly after the instant ``after`` (aware), or ``None`` when it
    would fall past ``until``."""
    _require_aware(after, "after")
    local_day = after.astimezone(tz).date()
    first = _first_index_near(start, cadence, local_day)
    for occurrence in iter_occurrences(start, cadence, at_time, tz, from_index=first):
        if _is_past(occurrence, until):
            return None
        if occurrence.utc > after:
            return occurrence
    raise AssertionError("unreachable: iter_occurrences never ends")  # pragma: no cover


def system_time_zone() -> tzinfo:
    """The machine's IANA zone (from ``TZ`` or ``/etc/localtime``), UTC if none is found.

    The only function here that looks outside its arguments; callers use it to fill the
    ``tz`` parameter by default. A fixed offset would be wrong across DST, hence no
    ``datetime.now().astimezone()`` fallback.
    """
    candidates: list[str] = []
    env_tz = os.environ.get("TZ", "").removeprefix(":")
    if env_tz:
        candidates.append(env_tz)
    try:
        target = str(Path("/etc/localtime").resolve(strict=True))
    except OSError:
        target = ""
    if "zoneinfo/" in target:
        candidates.append(target.split("zoneinfo/", 1)[1])
    for key in candidates:
        try:
            return ZoneInfo(key)
        except (ZoneInfoNotFoundError, ValueError):
            continue
    return UTC
