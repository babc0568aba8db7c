"""Session lock and sleep on Windows: WTS session notifications and power broadcasts.

``WTSRegisterSessionNotification`` asks Windows to send ``WM_WTSSESSION_CHANGE`` to a window
of ours; a hidden native window (a bare QWindow) receives it, and an application-wide native
event filter reads the MSG. ``WM_POWERBROADCAST`` / ``PBT_APMSUSPEND`` (sleep) reaches every
top-level window, that one included. Only ctypes and the system's own DLLs.

The platform call is the ctypes function object ``register``: tests replace it at that
boundary and feed MSG structures to :meth:`WtsSessionWatch.nativeEventFilter`.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable

from PySide6.QtCore import QAbstractNativeEventFilter, QByteArray, QCoreApplication
from PySide6.QtGui import QWindow

from rmdesk.ui.shell.session_events import SessionEvents, SessionReason

WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x4
NOTIFY_FOR_THIS_SESSION = 0
NATIVE_MSG = b"windows_generic_MSG"

Register = Callable[[int, int], int]


class MSG(ctypes.Structure):
    """winuser.h's MSG (the layout is the same for 32 and 64 bits given pointer-sized fields)."""

    _fields_ = (
        ("hwnd", ctypes.c_void_p),
        ("message", ctypes.c_uint),
        ("wParam", ctypes.c_size_t),
        ("lParam", ctypes.c_ssize_t),
        ("time", ctypes.c_uint32),
        ("pt_x", ctypes.c_long),
        ("pt_y", ctypes.c_long),
    )


def system_register() -> Register:
    """wtsapi32's WTSRegisterSessionNotification (OSError/AttributeError off Windows)."""
    function = ctypes.WinDLL("wtsapi32", use_last_error=True).WTSRegisterSessionNotification  # type: ignore[attr-defined]
    function.argtypes = (ctypes.c_void_p, ctypes.c_uint32)
    function.restype = ctypes.c_int
    return function  # type: ignore[no-any-return]


class WtsSessionWatch(QAbstractNativeEventFilter):
    def __init__(self, events: SessionEvents, *, register: Register | None = None) -> None:
        super().__init__()
        self._events = events
        self._register = register
        self._window: QWindow | None = None
        self.hwnd = 0

    def start(self) -> None:
        register = self._register if self._register is not None else system_register()
        window = QWindow()
        window.create()  # a native window that is never shown: only a message target
        self.hwnd = int(window.winId())
        if not register(self.hwnd, NOTIFY_FOR_THIS_SESSION):
            window.destroy()
            raise OSError("WTSRegisterSessionNotification failed")
        self._window = window
        app = QCoreApplication.instance()
        if app is not None:
            app.installNativeEventFilter(self)
        # The filter and the window live as long as the events object.
        self._events.destroyed.connect(self._stop)
        self._events.sources.append("wts")
        _KEEP.append(self)

    def _stop(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.removeNativeEventFilter(self)
        if self in _KEEP:
            _KEEP.remove(self)
        if self._window is not None:
            self._window.destroy()
            self._window = None

    def nativeEventFilter(
        self, event_type: QByteArray | bytes | bytearray | memoryview, message: int
    ) -> object:
        if QByteArray(event_type).data() == NATIVE_MSG and message:
            msg = MSG.from_address(int(message))
            if (
                msg.message == WM_WTSSESSION_CHANGE
                and msg.hwnd == self.hwnd
                and msg.wParam == WTS_SESSION_LOCK
            ):
                self._events.report(SessionReason.LOCKED)
            elif msg.message == WM_POWERBROADCAST and msg.wParam == PBT_APMSUSPEND:
                self._events.report(SessionReason.SLEEP)
        return False, 0


# Native event filters are not owned by the application: keep ours alive here.
_KEEP: list[WtsSessionWatch] = []
