"""Session lock, sleep and screen saver from D-Bus (logind on the system bus, the screen
saver on the session bus), through QtDBus.

Each signal is matched on its sender's well-known name, so another program on the bus cannot
fake it by emitting the same signal name (and if it could, all it would get is a locked vault).
The buses are injectable: the tests point both at a private ``dbus-daemon``.
"""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import SLOT, QObject, Slot
from PySide6.QtDBus import QDBus, QDBusConnection, QDBusMessage

from rmdesk.ui.shell.session_events import SessionEvents, SessionReason

LOGIN1 = "org.freedesktop.login1"
LOGIN1_PATH = "/org/freedesktop/login1"
LOGIN1_MANAGER = "org.freedesktop.login1.Manager"
LOGIN1_SESSION = "org.freedesktop.login1.Session"
# (service, interface): KDE, Xfce, Cinnamon, MATE and others own the freedesktop name; GNOME
# Shell its own. The object path differs between them, so any path of that owner counts.
SCREEN_SAVERS = (
    ("org.freedesktop.ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("org.gnome.ScreenSaver", "org.gnome.ScreenSaver"),
    ("org.mate.ScreenSaver", "org.mate.ScreenSaver"),
    ("org.cinnamon.ScreenSaver", "org.cinnamon.ScreenSaver"),
)
CALL_TIMEOUT_MS = 500


class DBusSessionWatch(QObject):
    def __init__(
        self,
        events: SessionEvents,
        *,
        system_bus: QDBusConnection | None = None,
        session_bus: QDBusConnection | None = None,
        session_path: str | None = None,
    ) -> None:
        super().__init__(events)
        self._events = events
        self._system = system_bus if system_bus is not None else QDBusConnection.systemBus()
        self._session = session_bus if session_bus is not None else QDBusConnection.sessionBus()
        self._session_path = session_path

    def start(self) -> None:
        if self._system.isConnected():
            path = self._session_path
            if path is None:
                path = own_session_path(self._system)
            # An unknown session path matches every session's Lock: when logind cannot tell
            # us ours, locking too often is the safe mistake.
            if self._system.connect(
                LOGIN1, path, LOGIN1_SESSION, "Lock", self, _slot("_on_session_lock()")
            ):
                self._events.sources.append("logind-lock")
            if self._system.connect(
                LOGIN1,
                LOGIN1_PATH,
                LOGIN1_MANAGER,
                "PrepareForSleep",
                self,
                _slot("_on_prepare_for_sleep(bool)"),
            ):
                self._events.sources.append("logind-sleep")
        if self._session.isConnected():
            for service, interface in SCREEN_SAVERS:
                if self._session.connect(
                    service, "", interface, "ActiveChanged", self, _slot("_on_screensaver(bool)")
                ):
                    self._events.sources.append(service)

    @Slot()
    def _on_session_lock(self) -> None:
        self._events.report(SessionReason.LOCKED)

    @Slot(bool)
    def _on_prepare_for_sleep(self, starting: bool) -> None:
        if starting:
            self._events.report(SessionReason.SLEEP)

    @Slot(bool)
    def _on_screensaver(self, active: bool) -> None:
        if active:
            self._events.report(SessionReason.SCREENSAVER)


def _slot(signature: str) -> Any:
    """Qt's SLOT() code for one of our slots. Typed Any: PySide6's stub says ``connect`` takes
    bytes, but the binding (6.11) accepts only the str that SLOT() returns."""
    return SLOT(signature)


def own_session_path(system_bus: QDBusConnection) -> str:
    """Our logind session's object path, or "" when logind does not answer.

    The session id comes from ``XDG_SESSION_ID``, else from logind's ``session/auto`` object
    (the caller's own session); ``GetSession`` turns it into the path signals come from."""
    session_id = os.environ.get("XDG_SESSION_ID", "")
    if not session_id:
        message = QDBusMessage.createMethodCall(
            LOGIN1, LOGIN1_PATH + "/session/auto", "org.freedesktop.DBus.Properties", "Get"
        )
        message.setArguments([LOGIN1_SESSION, "Id"])
        session_id = _first_answer(system_bus, message)
    if not session_id:
        return ""
    message = QDBusMessage.createMethodCall(LOGIN1, LOGIN1_PATH, LOGIN1_MANAGER, "GetSession")
    message.setArguments([session_id])
    return _first_answer(system_bus, message)


def _first_answer(bus: QDBusConnection, message: QDBusMessage) -> str:
    reply = bus.call(message, QDBus.CallMode.Block, CALL_TIMEOUT_MS)
    if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
        return ""
    value = reply.arguments()[0]
    for unwrap in ("variant", "path"):  # a property comes wrapped; a path has its own type
        if hasattr(value, unwrap):
            value = getattr(value, unwrap)()
    return value if isinstance(value, str) else ""
