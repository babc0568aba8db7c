"""Feeds user activity into the idle-lock policy and says when the time is up.

An application-wide event filter sees input in every window, modal dialogs and menus
included; a timer on the UI thread checks the policy, and timers keep running while a modal
dialog or a menu runs its own event loop.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from rmdesk.privacy.idle import IdleLockPolicy

_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)
CHECK_INTERVAL_MS = 2000


class IdleWatcher(QObject):
    idle_expired = Signal()

    def __init__(self, policy: IdleLockPolicy, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.policy = policy
        self._armed = False
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def arm(self) -> None:
        """Start watching (while unlocked)."""
        self.policy.note_activity()
        self._armed = True
        self.timer.start()

    def disarm(self) -> None:
        self._armed = False
        self.timer.stop()

    @property
    def armed(self) -> bool:
        return self._armed

    def set_timeout_minutes(self, minutes: int) -> None:
        self.policy.timeout_seconds = minutes * 60
        self.policy.note_activity()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._armed and event.type() in _ACTIVITY:
            self.policy.note_activity()
        return False

    def check(self) -> None:
        if self._armed and self.policy.should_lock():
            self.disarm()
            self.idle_expired.emit()
