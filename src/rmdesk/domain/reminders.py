"""When to remind of the next meeting, as pure logic with an injectable "now".

A reminder carries no content: only "a meeting in N minutes". The schedule keeps nothing but
start times and opaque keys, in memory; it is filled from the vault while it is unlocked and
never written anywhere. Each meeting (at a given start time) is reminded of once; a meeting
moved to another time counts as a new one.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rmdesk.domain.models import Meeting

DEFAULT_REMINDER_MINUTES = 15
MIN_REMINDER_MINUTES = 1
MAX_REMINDER_MINUTES = 240


def clamp_reminder_minutes(minutes: int) -> int:
    return max(MIN_REMINDER_MINUTES, min(MAX_REMINDER_MINUTES, minutes))


@dataclass(frozen=True, slots=True)
class Upcoming:
    key: str  # the meeting's uuid and start: no content
    starts_at: datetime


def upcoming_meetings(meetings: Iterable[Meeting], now: datetime) -> list[Upcoming]:
    """Planned meetings that have not started yet, earliest first (cancelled and held ones
    are never reminded of)."""
    # Here, not at the top: the UI settings read this module's limits on the lock screen,
    # which needs none of the domain model.
    from rmdesk.domain.models import MeetingStatus

    found = [
        Upcoming(f"{m.uuid}@{m.starts_at.isoformat()}", m.starts_at)
        for m in meetings
        if m.status is MeetingStatus.PLANNED and m.starts_at > now
    ]
    return sorted(found, key=lambda u: u.starts_at)


def minutes_until(starts_at: datetime, now: datetime) -> int:
    """Whole minutes to go, rounded up: 14 min 50 s is "in 15 minutes"."""
    return max(1, math.ceil((starts_at - now).total_seconds() / 60))


@dataclass
class ReminderSchedule:
    lead_minutes: int = DEFAULT_REMINDER_MINUTES
    _upcoming: list[Upcoming] = field(default_factory=list)
    _reminded: set[str] = field(default_factory=set)

    def replace(self, upcoming: Iterable[Upcoming]) -> None:
        self._upcoming = sorted(upcoming, key=lambda u: u.starts_at)

    def clear(self) -> None:
        """Forget every start time (the ones already reminded of stay reminded)."""
        self._upcoming = []

    @property
    def next_reminder_at(self) -> datetime | None:
        pending = [u for u in self._upcoming if u.key not in self._reminded]
        if not pending:
            return None
        return pending[0].starts_at - timedelta(minutes=self.lead_minutes)

    def due(self, now: datetime) -> int | None:
        """Minutes to the meeting a reminder is due for now, or None; each only once.

        Due from ``lead_minutes`` before the start until the start (a reminder that could
        not be shown in time, say while asleep, is not shown after the meeting began)."""
        lead = timedelta(minutes=self.lead_minutes)
        for upcoming in self._upcoming:
            if upcoming.key in self._reminded:
                continue
            if upcoming.starts_at - lead <= now < upcoming.starts_at:
                self._reminded.add(upcoming.key)
                return minutes_until(upcoming.starts_at, now)
        return None


@dataclass(frozen=True, slots=True)
class ReminderPrefs:
    """The user's choice (Preferences → Reminders); kept in the UI settings file."""

    enabled: bool = True
    minutes: int = DEFAULT_REMINDER_MINUTES
    while_locked: bool = False
