"""A private D-Bus daemon for tests, and a fake logind / screen saver that emit on it."""

from __future__ import annotations

import shutil
import subprocess
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection, QDBusMessage


@dataclass
class PrivateBus:
    address: str
    _names: list[str] = field(default_factory=list)

    def connection(self, label: str) -> QDBusConnection:
        """A new connection of this process to the private bus."""
        name = f"{label}-{uuid.uuid4().hex[:8]}"
        self._names.append(name)
        bus = QDBusConnection.connectToBus(self.address, name)
        assert bus.isConnected(), bus.lastError().message()
        return bus

    def close(self) -> None:
        for name in self._names:
            QDBusConnection.disconnectFromBus(name)


@pytest.fixture
def private_bus(tmp_path: Path) -> Iterator[PrivateBus]:
    """``dbus-daemon --session`` on a socket under tmp_path; skipped without dbus-daemon."""
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.skip("dbus-daemon is not installed (apt: dbus-daemon)")
    process = subprocess.Popen(
        [
            daemon,
            "--session",
            "--nofork",
            "--print-address",
            f"--address=unix:path={tmp_path / 'bus'}",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,  # it complains it cannot raise the fd limit: harmless
        text=True,
    )
    assert process.stdout is not None
    address = process.stdout.readline().strip()
    bus = PrivateBus(address)
    try:
        yield bus
    finally:
        bus.close()
        process.terminate()
        process.wait(timeout=10)
        process.stdout.close()


class FakeService:
    """A connection owning a well-known name (logind, a screen saver) that emits signals."""

    def __init__(self, bus: PrivateBus, service: str) -> None:
        self.connection = bus.connection("fake")
        assert self.connection.registerService(service)

    def emit(self, path: str, interface: str, name: str, *arguments: object) -> None:
        message = QDBusMessage.createSignal(path, interface, name)
        if arguments:
            message.setArguments(list(arguments))
        assert self.connection.send(message)
