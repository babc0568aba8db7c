"""When to lock for inactivity, as pure logic with an injectable clock.

Two clocks, because each misses something: the monotonic clock cannot be set back by the
user but on Linux it stops while the machine is suspended; wall time keeps counting across a
suspend. Locking when *either* has passed the timeout makes the lock fire after a suspend too.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Protocol

DEFAULT_IDLE_MINUTES = 10
MIN_IDLE_MINUTES = 1
MAX_IDLE_MINUTES = 240


class Clock(Protocol):
    def monotonic(self) -> float: ...

    def wall(self) -> float: ...


class SystemClock:
    def monotonic(self) -> float:
        return time.monotonic()

    def wall(self) -> float:
        return time.time()


@dataclass
class ManualClock:
    """A clock tests move by hand; ``suspend`` advances wall time only, like a real suspend."""

    mono: float = 1000.0
    wall_time: float = 1_700_000_000.0

    def monotonic(self) -> float:
        return self.mono

    def wall(self) -> float:
        return self.wall_time

    def advance(self, seconds: float) -> None:
        self.mono += seconds
        self.wall_time += seconds

    def suspend(self, seconds: float) -> None:
        self.wall_time += seconds


@dataclass
class IdleLockPolicy:
    timeout_seconds: float
    clock: Clock = field(default_factory=SystemClock)
    _last_mono: float = field(init=False)
    _last_wall: float = field(init=False)

    def __post_init__(self) -> None:
        self.note_activity()

    def note_activity(self) -> None:
        self._last_mono = self.clock.monotonic()
        self._last_wall = self.clock.wall()

    def idle_seconds(self) -> float:
        by_mono = self.clock.monotonic() - self._last_mono
        by_wall = self.clock.wall() - self._last_wall
        return max(by_mono, by_wall)

    def should_lock(self) -> bool:
        return self.timeout_seconds > 0 and self.idle_seconds() >= self.timeout_seconds


def clamp_idle_minutes(minutes: int) -> int:
    return max(MIN_IDLE_MINUTES, min(MAX_IDLE_MINUTES, minutes))
