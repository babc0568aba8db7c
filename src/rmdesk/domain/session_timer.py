"""A time box that counts down: running or paused, what is left, how far over time.

The clock is injected (a function returning seconds from a monotonic source), so tests move
time by hand and the UI only has to ask now and then. Going past the time box is allowed and
measured: a conversation that runs over is often the useful one, so the timer keeps counting
and says by how much instead of stopping.
"""

from __future__ import annotations

import math
from collections.abc import Callable

Clock = Callable[[], float]


class SessionTimer:
    def __init__(self, budget_seconds: float, clock: Clock) -> None:
        if budget_seconds < 0:
            raise ValueError("a time box cannot be negative")
        self._budget = float(budget_seconds)
        self._clock = clock
        self._banked = 0.0  # seconds counted before the current run
        self._started_at: float | None = None

    @property
    def budget(self) -> float:
        return self._budget

    @property
    def running(self) -> bool:
        return self._started_at is not None

    def start(self) -> None:
        if self._started_at is None:
            self._started_at = self._clock()

    def pause(self) -> None:
        if self._started_at is not None:
            self._banked += max(0.0, self._clock() - self._started_at)
            self._started_at = None

    def toggle(self) -> bool:
        """Start when paused, pause when running; returns whether it now runs."""
        if self.running:
            self.pause()
        else:
            self.start()
        return self.running

    def reset(self, budget_seconds: float | None = None) -> None:
        """Back to zero and paused, optionally with a new time box."""
        if budget_seconds is not None:
            if budget_seconds < 0:
                raise ValueError("a time box cannot be negative")
            self._budget = float(budget_seconds)
        self._banked = 0.0
        self._started_at = None

    def elapsed(self) -> float:
        running = 0.0 if self._started_at is None else max(0.0, self._clock() - self._started_at)
        return self._banked + running

    def remaining(self) -> float:
        """Seconds left in the time box; negative once over time."""
        return self._budget - self.elapsed()

    def over_time(self) -> float:
        """Seconds past the time box (0 while within it)."""
        return max(0.0, -self.remaining())

    @property
    def is_over(self) -> bool:
        return self.remaining() < 0


def clock_text(seconds: float) -> str:
    """``m:ss`` (``h:mm:ss`` from an hour on) for a non-negative number of seconds, whole
    seconds rounded up so a countdown shows 0:00 only when the time is really up."""
    whole = max(0, math.ceil(seconds - 1e-9))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"
