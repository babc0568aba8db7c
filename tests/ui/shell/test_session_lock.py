"""The vault locks with the computer: logind's Lock and PrepareForSleep, the screen saver.

Every signal travels over a real, private ``dbus-daemon`` started by the test (never the
machine's buses); the fake logind and screen savers own their real well-known names there.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QTimer
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from rmdesk.app import vault_creator, vault_opener
from rmdesk.paths import DataPaths
from rmdesk.privacy.idle import ManualClock
from rmdesk.store.vault import Vault
from rmdesk.ui.shell.main_window import LockReason, MainWindow, WindowContext
from rmdesk.ui.shell.session_dbus import (
    LOGIN1,
    LOGIN1_MANAGER,
    LOGIN1_PATH,
    LOGIN1_SESSION,
    DBusSessionWatch,
    own_session_path,
)
from rmdesk.ui.shell.session_events import SessionEvents, SessionReason
from rmdesk.ui.shell.settings import UiSettings
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.conftest import WindowFactory, unlock
from tests.ui.shell.dbus_fixtures import FakeService, PrivateBus, private_bus

__all__ = ["private_bus"]  # the fixture, imported for pytest

OUR_SESSION = "/org/freedesktop/login1/session/_32"
OTHER_SESSION = "/org/freedesktop/login1/session/_37"


def bus_events(private_bus: PrivateBus) -> tuple[QObject, SessionEvents]:
    """Session events from the private bus (as both the system and the session bus), and the
    object that owns them (delete it at the end)."""
    holder = QObject()
    events = SessionEvents(holder)
    DBusSessionWatch(
        events,
        system_bus=private_bus.connection("system"),
        session_bus=private_bus.connection("session"),
        session_path=OUR_SESSION,
    ).start()
    return holder, events


@pytest.fixture
def watched(
    qtbot: QtBot,
    private_bus: PrivateBus,
    make_window: WindowFactory,
    filled_vault_file: DataPaths,
) -> Iterator[tuple[MainWindow, SessionEvents]]:
    """An unlocked window whose session events come from the private bus (as both the
    system and the session bus)."""
    holder, events = bus_events(private_bus)
    window = make_window(session_events=events)
    unlock(qtbot, window)
    assert window.vault is not None
    yield window, events
    holder.deleteLater()


def test_the_session_lock_of_our_session_locks_the_vault(
    qtbot: QtBot, watched: tuple[MainWindow, SessionEvents], private_bus: PrivateBus
) -> None:
    window, events = watched
    assert {"logind-lock", "logind-sleep", "org.freedesktop.ScreenSaver"} <= set(events.sources)
    logind = FakeService(private_bus, LOGIN1)
    with qtbot.waitSignal(window.vault_locked, timeout=5000) as blocker:
        logind.emit(OUR_SESSION, LOGIN1_SESSION, "Lock")
    assert blocker.args == [LockReason.SESSION]
    assert window.vault is None and window.workspace is None
    assert window.pages.currentWidget() is window.unlock_page
    assert window.unlock_page.reason_label.text() == "Locked with the computer."


def test_another_sessions_lock_does_not_lock(
    qtbot: QtBot, watched: tuple[MainWindow, SessionEvents], private_bus: PrivateBus
) -> None:
    window, _ = watched
    logind = FakeService(private_bus, LOGIN1)
    seen: list[str] = []
    window.vault_locked.connect(seen.append)
    logind.emit(OTHER_SESSION, LOGIN1_SESSION, "Lock")
    logind.emit(LOGIN1_PATH, LOGIN1_MANAGER, "PrepareForSleep", False)  # waking up: no
    # A lock that must come through, after the two that must not (D-Bus keeps the order).
    logind.emit(LOGIN1_PATH, LOGIN1_MANAGER, "PrepareForSleep", True)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen == [LockReason.SESSION]


def test_going_to_sleep_locks_the_vault(
    qtbot: QtBot, watched: tuple[MainWindow, SessionEvents], private_bus: PrivateBus
) -> None:
    window, _ = watched
    logind = FakeService(private_bus, LOGIN1)
    with qtbot.waitSignal(window.vault_locked, timeout=5000):
        logind.emit(LOGIN1_PATH, LOGIN1_MANAGER, "PrepareForSleep", True)
    assert window.vault is None


@pytest.mark.parametrize(
    ("service", "path"),
    [
        ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
        ("org.freedesktop.ScreenSaver", "/ScreenSaver"),
        ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"),
    ],
)
def test_the_screen_saver_starting_locks_the_vault(
    qtbot: QtBot,
    watched: tuple[MainWindow, SessionEvents],
    private_bus: PrivateBus,
    service: str,
    path: str,
) -> None:
    window, _ = watched
    saver = FakeService(private_bus, service)
    seen: list[str] = []
    window.vault_locked.connect(seen.append)
    saver.emit(path, service, "ActiveChanged", False)  # the screen saver ending: no
    saver.emit(path, service, "ActiveChanged", True)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen == [LockReason.SESSION]
    assert window.vault is None


def test_a_signal_from_a_program_that_is_not_the_screen_saver_is_ignored(
    qtbot: QtBot, watched: tuple[MainWindow, SessionEvents], private_bus: PrivateBus
) -> None:
    window, _ = watched
    impostor = FakeService(private_bus, "org.example.NotTheScreenSaver")
    logind = FakeService(private_bus, LOGIN1)
    seen: list[str] = []
    window.vault_locked.connect(seen.append)
    impostor.emit(
        "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", True
    )
    impostor.emit(OUR_SESSION, LOGIN1_SESSION, "Lock")
    logind.emit(LOGIN1_PATH, LOGIN1_MANAGER, "PrepareForSleep", True)  # the real one, last
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen == [LockReason.SESSION]


def test_without_a_bus_nothing_is_said_and_the_idle_lock_still_holds(
    qtbot: QtBot, make_window: WindowFactory, filled_vault_file: DataPaths, clock: ManualClock
) -> None:
    holder = QObject()
    events = SessionEvents(holder)
    nowhere = QDBusConnection.connectToBus("unix:path=/nonexistent/rmdesk-bus", "rmdesk-nobus")
    try:
        assert not nowhere.isConnected()
        DBusSessionWatch(events, system_bus=nowhere, session_bus=nowhere).start()
        assert events.sources == [] and not events.available
        window = make_window(session_events=events)
        unlock(qtbot, window)
        clock.advance(window.context.settings.idle_minutes * 60 + 1)
        with qtbot.waitSignal(window.vault_locked, timeout=10_000) as blocker:
            window.idle.check()
        assert blocker.args == [LockReason.IDLE]
        assert window.vault is None
    finally:
        QDBusConnection.disconnectFromBus("rmdesk-nobus")
        holder.deleteLater()


@pytest.fixture
def fake_logind(private_bus: PrivateBus) -> Iterator[None]:
    """logind in a child process (it must answer calls while this process blocks on them)."""
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.ui.shell.fake_logind", private_bus.address],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[3],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert child.stdout is not None
    try:
        assert child.stdout.readline().strip() == "ready"
        yield
    finally:
        child.terminate()
        child.wait(timeout=10)
        child.stdout.close()


@pytest.mark.parametrize(("session_id", "ours"), [("", "_37"), ("2", "_32")])
def test_our_session_is_found_through_logind(
    qtbot: QtBot,
    private_bus: PrivateBus,
    fake_logind: None,
    monkeypatch: pytest.MonkeyPatch,
    session_id: str,
    ours: str,
) -> None:
    """From XDG_SESSION_ID when set, else logind's session/auto; only that session counts."""
    if session_id:
        monkeypatch.setenv("XDG_SESSION_ID", session_id)
    else:
        monkeypatch.delenv("XDG_SESSION_ID", raising=False)
    system = private_bus.connection("system")
    assert own_session_path(system) == f"/org/freedesktop/login1/session/{ours}"
    holder = QObject()
    events = SessionEvents(holder)
    DBusSessionWatch(events, system_bus=system, session_bus=system).start()
    seen: list[str] = []
    events.session_locked.connect(seen.append)
    other = "_39"
    for name in (other, ours):
        call = QDBusMessage.createMethodCall(LOGIN1, LOGIN1_PATH, LOGIN1_MANAGER, "EmitLock")
        call.setArguments([f"/org/freedesktop/login1/session/{name}"])
        assert system.send(call)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen == [SessionReason.LOCKED]
    holder.deleteLater()


def test_the_session_lock_reaches_the_vault_while_a_modal_dialog_is_open(
    qtbot: QtBot, watched: tuple[MainWindow, SessionEvents], private_bus: PrivateBus
) -> None:
    window, _ = watched
    logind = FakeService(private_bus, LOGIN1)
    seen: list[str] = []
    window.vault_locked.connect(seen.append)
    # The lock arrives while "Lock when idle…" runs its own event loop; locking closes it.
    QTimer.singleShot(200, lambda: logind.emit(OUR_SESSION, LOGIN1_SESSION, "Lock"))
    window.idle_action.trigger()
    assert seen == [LockReason.SESSION]
    assert window.vault is None
    assert QApplication.activeModalWidget() is None


def test_an_unlock_in_flight_when_the_computer_locks_is_dropped(
    qtbot: QtBot, private_bus: PrivateBus, filled_vault_file: DataPaths, clock: ManualClock
) -> None:
    holder, events = bus_events(private_bus)
    opened: list[Vault] = []
    fast_open = vault_opener(filled_vault_file, FAST_KDF)

    def slow_open(path: Path, passphrase: bytearray) -> Vault:
        time.sleep(1.5)  # a key derivation still running when the lock comes
        vault = fast_open(path, passphrase)
        opened.append(vault)
        return vault

    window = MainWindow(
        WindowContext(
            paths=filled_vault_file,
            settings=UiSettings(filled_vault_file.ui_settings),
            open_vault=slow_open,
            create_vault=vault_creator(FAST_KDF),
            clock=clock,
            session_events=events,
        )
    )
    qtbot.addWidget(window)
    window.show()
    logind = FakeService(private_bus, LOGIN1)
    qtbot.keyClicks(window.unlock_page.passphrase, PASSPHRASE)
    window.unlock_page.unlock_button.click()
    assert window.unlock_page.is_busy
    logind.emit(OUR_SESSION, LOGIN1_SESSION, "Lock")
    qtbot.waitUntil(lambda: not window.unlock_page.is_busy, timeout=10_000)
    qtbot.wait(300)  # nothing arrives late either
    assert window.vault is None
    assert [v.is_open for v in opened] == [False]
    assert window.pages.currentWidget() is window.unlock_page
    assert window.unlock_page.reason_label.text() == "Locked with the computer."
    holder.deleteLater()
