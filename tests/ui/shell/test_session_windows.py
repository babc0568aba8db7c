"""The Windows session watch, with the platform call replaced at the ctypes boundary.

What could not be run here: the real wtsapi32 call and real WM_WTSSESSION_CHANGE messages
(no Windows in CI). The MSG structures below have the layout Windows hands Qt's native event
filter, and the filter reads them from memory exactly as it would there.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from rmdesk.ui.shell import session_windows
from rmdesk.ui.shell.session_events import SessionEvents, SessionReason, watch_session
from rmdesk.ui.shell.session_windows import (
    MSG,
    NATIVE_MSG,
    PBT_APMSUSPEND,
    WM_POWERBROADCAST,
    WM_WTSSESSION_CHANGE,
    WTS_SESSION_LOCK,
    WtsSessionWatch,
)

WTS_SESSION_UNLOCK = 0x8


@pytest.fixture
def events(qapp: QApplication) -> Iterator[SessionEvents]:
    holder = QObject()
    yield SessionEvents(holder)
    holder.deleteLater()
    del holder


def deliver(watch: WtsSessionWatch, hwnd: int, message: int, wparam: int) -> object:
    msg = MSG(hwnd=hwnd, message=message, wParam=wparam)
    return watch.nativeEventFilter(NATIVE_MSG, ctypes.addressof(msg))


def test_registers_its_window_and_locks_on_a_session_lock(events: SessionEvents) -> None:
    calls: list[tuple[int, int]] = []

    def register(hwnd: int, flags: int) -> int:
        calls.append((hwnd, flags))
        return 1

    watch = WtsSessionWatch(events, register=register)
    watch.start()
    assert calls == [(watch.hwnd, 0)] and watch.hwnd != 0  # NOTIFY_FOR_THIS_SESSION
    assert events.sources == ["wts"]
    seen: list[str] = []
    events.session_locked.connect(seen.append)

    assert deliver(watch, watch.hwnd, WM_WTSSESSION_CHANGE, WTS_SESSION_UNLOCK) == (False, 0)
    deliver(watch, watch.hwnd + 1, WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK)  # not our window
    assert seen == []
    deliver(watch, watch.hwnd, WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK)
    assert seen == [SessionReason.LOCKED]
    deliver(watch, 0, WM_POWERBROADCAST, PBT_APMSUSPEND)  # broadcast to every window
    assert seen == [SessionReason.LOCKED, SessionReason.SLEEP]
    # Other platforms' native events are not read as a MSG at all.
    assert watch.nativeEventFilter(b"xcb_generic_event_t", 1) == (False, 0)


def test_a_failed_registration_leaves_only_the_idle_lock_and_says_nothing(
    monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> None:
    def refuse(_hwnd: int, _flags: int) -> int:
        return 0

    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(session_windows, "system_register", lambda: refuse)
    holder = QObject()
    events = watch_session(holder)
    assert events.sources == [] and not events.available
    holder.deleteLater()
