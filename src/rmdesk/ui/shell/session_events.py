""" "The computer is being locked or put to sleep": one signal, whatever the platform says.

The main window only sees :attr:`SessionEvents.session_locked` and locks the vault on it. The
platform listeners behind it are small and optional: where none works (no D-Bus, an unknown
desktop) nothing is said and the idle lock, which needs nothing from the platform, still holds.

- Linux and BSDs: logind's ``Session.Lock`` and ``Manager.PrepareForSleep(true)`` on the
  system bus, the screen saver's ``ActiveChanged(true)`` on the session bus (QtDBus).
- Windows: WTS session notifications (``WM_WTSSESSION_CHANGE`` / ``WTS_SESSION_LOCK``).
- macOS: the distributed notifications ``com.apple.screenIsLocked`` and
  ``com.apple.screensaver.didstart`` through CoreFoundation (ctypes; not run in our CI).
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)


class SessionReason:
    LOCKED = "session-locked"
    SLEEP = "sleep"
    SCREENSAVER = "screensaver"


class SessionEvents(QObject):
    """Emits :attr:`session_locked` with a :class:`SessionReason`; ``sources`` names the
    platform listeners that are connected (empty: only the idle lock applies)."""

    session_locked = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sources: list[str] = []

    @property
    def available(self) -> bool:
        return bool(self.sources)

    def report(self, reason: str) -> None:
        self.session_locked.emit(reason)


def watch_session(parent: QObject | None = None) -> SessionEvents:
    """The platform's listeners, connected to the buses and windows of this process."""
    events = SessionEvents(parent)
    try:
        if sys.platform == "win32":
            from rmdesk.ui.shell.session_windows import WtsSessionWatch

            WtsSessionWatch(events).start()
        elif sys.platform == "darwin":
            from rmdesk.ui.shell.session_macos import MacSessionWatch

            MacSessionWatch(events).start()
        else:
            from rmdesk.ui.shell.session_dbus import DBusSessionWatch

            DBusSessionWatch(events).start()
    except (ImportError, OSError, AttributeError) as exc:  # a platform library is missing
        log.info("no session lock notifications (%s); the idle lock still applies", type(exc))
    return events
