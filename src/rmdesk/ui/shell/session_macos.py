"""Screen lock and screen saver on macOS: CoreFoundation's distributed notifications.

``com.apple.screenIsLocked`` and ``com.apple.screensaver.didstart`` are posted to the
distributed notification center; ``CFNotificationCenterAddObserver`` with a ctypes callback
receives them on the main run loop, which Qt's Cocoa event dispatcher runs. Sleep is not seen
here (it is an NSWorkspace notification, which needs an Objective-C observer); the idle
lock's wall clock still locks after a sleep. Not run in our CI (no macOS there).
"""

from __future__ import annotations

import ctypes
import ctypes.util

from PySide6.QtCore import QObject

from rmdesk.ui.shell.session_events import SessionEvents, SessionReason

NOTIFICATIONS = {
    b"com.apple.screenIsLocked": SessionReason.LOCKED,
    b"com.apple.screensaver.didstart": SessionReason.SCREENSAVER,
}
_UTF8 = 0x08000100  # kCFStringEncodingUTF8
_DELIVER_IMMEDIATELY = 4  # CFNotificationSuspensionBehaviorDeliverImmediately
_CALLBACK = ctypes.CFUNCTYPE(
    None, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p
)


class MacSessionWatch(QObject):
    def __init__(self, events: SessionEvents) -> None:
        super().__init__(events)
        self._events = events
        self._callbacks: list[object] = []  # ctypes callbacks must outlive the registration

    def start(self) -> None:
        path = ctypes.util.find_library("CoreFoundation")
        if path is None:
            raise OSError("CoreFoundation not found")
        cf = ctypes.CDLL(path)
        cf.CFNotificationCenterGetDistributedCenter.restype = ctypes.c_void_p
        cf.CFStringCreateWithCString.restype = ctypes.c_void_p
        cf.CFStringCreateWithCString.argtypes = (ctypes.c_void_p, ctypes.c_char_p, ctypes.c_uint32)
        cf.CFNotificationCenterAddObserver.argtypes = (
            ctypes.c_void_p,
            ctypes.c_void_p,
            _CALLBACK,
            ctypes.c_void_p,
            ctypes.c_void_p,
            ctypes.c_int,
        )
        center = cf.CFNotificationCenterGetDistributedCenter()
        for name, reason in NOTIFICATIONS.items():
            callback = _CALLBACK(lambda *_args, why=reason: self._events.report(why))
            self._callbacks.append(callback)
            cf_name = cf.CFStringCreateWithCString(None, name, _UTF8)
            cf.CFNotificationCenterAddObserver(
                center, id(self), callback, cf_name, None, _DELIVER_IMMEDIATELY
            )
        self._events.sources.append("macos-distributed-notifications")
