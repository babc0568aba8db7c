"""The time box countdown with a clock moved by hand."""

from __future__ import annotations

import pytest

from rmdesk.domain.session_timer import SessionTimer, clock_text


class FakeClock:
    def __init__(self) -> None:
        self.now = 500.0

    def __call__(self) -> float:
        return self.now


def test_a_new_timer_is_paused_and_full() -> None:
    clock = FakeClock()
    timer = SessionTimer(600, clock)
    clock.now += 100
    assert not timer.running
    assert timer.remaining() == 600 and timer.elapsed() == 0 and not timer.is_over


def test_running_counts_down_and_pausing_freezes_it() -> None:
    clock = FakeClock()
    timer = SessionTimer(600, clock)
    timer.start()
    clock.now += 90
    assert timer.running and timer.remaining() == 510
    timer.pause()
    clock.now += 1000
    assert not timer.running and timer.remaining() == 510
    assert timer.toggle() is True
    clock.now += 10
    assert timer.remaining() == 500
    assert timer.toggle() is False
    timer.start()
    timer.start()  # starting twice does not restart the count
    clock.now += 5
    assert timer.elapsed() == 105


def test_over_time_keeps_counting() -> None:
    clock = FakeClock()
    timer = SessionTimer(60, clock)
    timer.start()
    clock.now += 60
    assert timer.remaining() == 0 and not timer.is_over and timer.over_time() == 0
    clock.now += 75
    assert timer.is_over and timer.remaining() == -75 and timer.over_time() == 75


def test_reset_with_a_new_time_box() -> None:
    clock = FakeClock()
    timer = SessionTimer(60, clock)
    timer.start()
    clock.now += 30
    timer.reset(300)
    assert not timer.running and timer.budget == 300 and timer.remaining() == 300
    with pytest.raises(ValueError):
        timer.reset(-1)
    with pytest.raises(ValueError):
        SessionTimer(-5, clock)


def test_a_clock_that_steps_back_never_adds_time() -> None:
    clock = FakeClock()
    timer = SessionTimer(60, clock)
    timer.start()
    clock.now -= 30
    assert timer.elapsed() == 0


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(0, "0:00"), (0.2, "0:01"), (59.5, "1:00"), (61, "1:01"), (600, "10:00"), (3725, "1:02:05")],
)
def test_clock_text(seconds: float, text: str) -> None:
    assert clock_text(seconds) == text
