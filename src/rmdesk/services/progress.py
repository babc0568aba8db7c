"""The progress callback every long operation takes: ``progress(done, total)``."""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int], None]


def ignore(_done: int, _total: int) -> None:
    """The callback when nobody watches."""


def scaled(progress: Progress, start: int, span: int, out_of: int = 100) -> Progress:
    """Map a step's own (done, total) onto ``start`` .. ``start + span`` of ``out_of``, so a
    multi-step operation shows one bar that only moves forward."""

    def report(done: int, total: int) -> None:
        share = span if total <= 0 else span * min(done, total) // total
        progress(start + share, out_of)

    return report
