"""A fake logind for tests, in its own process: ``python -m tests.ui.shell.fake_logind ADDRESS``.

It owns ``org.freedesktop.login1`` on the given bus and answers ``Manager.GetSession(id)``
with ``/org/freedesktop/login1/session/_3<id>`` (logind's escaping of a digit) and the
``session/auto`` object's ``Id`` property with "7"; ``Manager.EmitLock(path)`` makes it emit
``Session.Lock`` on ``path``, as logind does. Prints "ready" once it is on the bus.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import ClassInfo, Property, QCoreApplication, QObject, Slot
from PySide6.QtDBus import QDBusConnection, QDBusMessage

AUTO_SESSION_ID = "7"
BUS_NAME = "fake-logind"


@ClassInfo({"D-Bus Interface": "org.freedesktop.login1.Manager"})
class Manager(QObject):
    @Slot(str, result=str)
    def GetSession(self, session_id: str) -> str:
        return "/org/freedesktop/login1/session/_3" + session_id

    @Slot(str)
    def EmitLock(self, path: str) -> None:
        message = QDBusMessage.createSignal(path, "org.freedesktop.login1.Session", "Lock")
        QDBusConnection(BUS_NAME).send(message)


@ClassInfo({"D-Bus Interface": "org.freedesktop.login1.Session"})
class AutoSession(QObject):
    """QtDBus answers org.freedesktop.DBus.Properties.Get itself from Qt properties."""

    def _id(self) -> str:
        return AUTO_SESSION_ID

    Id = Property(str, _id)


def main() -> None:
    app = QCoreApplication(sys.argv[:1])
    bus = QDBusConnection.connectToBus(sys.argv[1], BUS_NAME)
    manager, auto = Manager(), AutoSession()
    export = QDBusConnection.RegisterOption.ExportAllSlots
    ok = (
        bus.registerObject("/org/freedesktop/login1", manager, export)
        and bus.registerObject(
            "/org/freedesktop/login1/session/auto",
            auto,
            QDBusConnection.RegisterOption.ExportAllProperties,
        )
        and bus.registerService("org.freedesktop.login1")
    )
    print("ready" if ok else "failed", flush=True)
    app.exec()


if __name__ == "__main__":
    main()
