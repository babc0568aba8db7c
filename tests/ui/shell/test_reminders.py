"""Reminders in the running app: a real window, a real vault, the window's injected clock.

The notification is captured at the notifier (the tray's ``notify``); its text is checked
against every name and agenda title in the vault.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from rmdesk.domain.models import (
    AgendaItem,
    AgendaKind,
    Cadence,
    Meeting,
    MeetingStatus,
    Relationship,
    Role,
)
from rmdesk.domain.reminders import ReminderPrefs
from rmdesk.paths import DataPaths
from rmdesk.privacy.idle import ManualClock
from rmdesk.store.kdf import passphrase_bytes
from rmdesk.store.repositories import Repositories
from rmdesk.store.vault import Vault
from rmdesk.ui.shell.main_window import MainWindow
from rmdesk.ui.shell.reminder_settings import ReminderSettingsDialog
from rmdesk.ui.shell.reminders import ReminderService, RmdeskTray
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.conftest import WindowFactory, unlock
from tests.ui.test_accessibility import unnamed_interactive_widgets

CONTENT = ("Margaret Okafor", "Leo Brandt", "AGENDA-CANARY-okr-review")


@pytest.fixture
def schedule(data_paths: DataPaths, clock: ManualClock) -> dict[str, datetime]:
    """A vault with a planned meeting in an hour, a cancelled one in 40 minutes and another
    planned one in three hours (times relative to the test clock)."""
    now = datetime.fromtimestamp(clock.wall(), UTC)
    times = {
        "planned": now + timedelta(hours=1),
        "cancelled": now + timedelta(minutes=40),
        "later": now + timedelta(hours=3),
    }
    with Vault.create(data_paths.vault, passphrase_bytes(PASSPHRASE), kdf=FAST_KDF) as vault:
        repos = Repositories.from_db(vault.db)
        relationship = repos.relationships.add(
            Relationship(
                my_role=Role.LEADER,
                my_name=CONTENT[0],
                other_name=CONTENT[1],
                cadence=Cadence.WEEKLY,
                meeting_minutes=45,
                start_date=date(2023, 11, 1),
            )
        )
        assert relationship.id is not None
        for name, at in times.items():
            status = MeetingStatus.CANCELLED if name == "cancelled" else MeetingStatus.PLANNED
            added = repos.meetings.add(
                Meeting(relationship_id=relationship.id, starts_at=at, minutes=45, status=status)
            )
            assert added.id is not None
            repos.agenda_items.add(
                AgendaItem(
                    meeting_id=added.id, owner=Role.LEADER, kind=AgendaKind.TOPIC, title=CONTENT[2]
                )
            )
    return times


def service_for(window: MainWindow, clock: ManualClock) -> tuple[ReminderService, list[str]]:
    shown: list[str] = []
    service = ReminderService(window, window.context.settings, clock, shown.append)
    return service, shown


def move_to(clock: ManualClock, moment: datetime) -> None:
    clock.advance(moment.timestamp() - clock.wall())


def test_the_reminder_comes_once_at_the_right_minute_and_says_nothing_else(
    qtbot: QtBot, make_window: WindowFactory, schedule: dict[str, datetime], clock: ManualClock
) -> None:
    window = make_window()
    service, shown = service_for(window, clock)
    unlock(qtbot, window)
    assert window.context.settings.reminders == ReminderPrefs()  # on, 15 minutes, not locked

    # Past the cancelled meeting's reminder time: nothing.
    move_to(clock, schedule["cancelled"] - timedelta(minutes=15))
    service.check()
    move_to(clock, schedule["cancelled"] - timedelta(minutes=1))
    service.check()
    assert shown == []
    # One second before the right minute: nothing; at it: once.
    move_to(clock, schedule["planned"] - timedelta(minutes=15, seconds=1))
    service.check()
    assert shown == []
    move_to(clock, schedule["planned"] - timedelta(minutes=15))
    with qtbot.waitSignal(service.reminded) as blocker:
        service.check()
    assert shown == ["Reverse-mentoring meeting in 15 minutes"]
    assert blocker.args == shown
    for _ in range(3):
        clock.advance(20)
        service.check()
    assert len(shown) == 1
    assert not any(part in text for text in shown for part in CONTENT)


def test_while_locked_nothing_is_reminded_unless_the_user_allowed_it(
    qtbot: QtBot, make_window: WindowFactory, schedule: dict[str, datetime], clock: ManualClock
) -> None:
    window = make_window()
    service, shown = service_for(window, clock)
    unlock(qtbot, window)
    window.lock()
    move_to(clock, schedule["planned"] - timedelta(minutes=15))
    service.check()
    assert shown == []
    assert service.schedule.next_reminder_at is None  # the times were forgotten on lock

    window.context.settings.set_reminders(ReminderPrefs(while_locked=True, minutes=30))
    unlock(qtbot, window)
    window.lock()
    assert service.schedule.next_reminder_at is not None  # kept in memory this time
    move_to(clock, schedule["later"] - timedelta(minutes=30))
    service.check()
    assert shown == ["Reverse-mentoring meeting in 30 minutes"]
    assert window.vault is None  # reminded from memory, without the vault


def test_switched_off_means_no_reminder(
    qtbot: QtBot, make_window: WindowFactory, schedule: dict[str, datetime], clock: ManualClock
) -> None:
    window = make_window()
    window.context.settings.set_reminders(ReminderPrefs(enabled=False))
    service, shown = service_for(window, clock)
    unlock(qtbot, window)
    move_to(clock, schedule["planned"] - timedelta(minutes=15))
    service.check()
    assert shown == []


def test_without_a_tray_the_reminder_shows_in_a_box_that_locking_closes(
    qtbot: QtBot, make_window: WindowFactory, schedule: dict[str, datetime]
) -> None:
    window = make_window()
    tray = RmdeskTray(window, window.context.settings)
    assert tray.icon is None  # the offscreen platform has no tray
    unlock(qtbot, window)
    tray.notify("Reverse-mentoring meeting in 15 minutes")
    box = window.findChild(QMessageBox, "reminderBox")
    assert box is not None and box.isVisible() and not box.isModal()
    assert box.text() == "Reverse-mentoring meeting in 15 minutes"
    window.lock()
    assert not box.isVisible()


def test_the_reminder_settings_dialog_saves_to_the_allow_listed_settings(
    qtbot: QtBot, make_window: WindowFactory, schedule: dict[str, datetime]
) -> None:
    window = make_window()
    tray = RmdeskTray(window, window.context.settings)
    changed: list[bool] = []
    tray.reminder_settings_changed = lambda: changed.append(True)

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ReminderSettingsDialog)
        dialog.group.minutes.setValue(30)
        dialog.group.while_locked.setChecked(True)
        dialog.accept()

    QTimer.singleShot(0, fill_in)
    tray.settings_action.trigger()
    assert changed == [True]
    assert window.context.settings.reminders == ReminderPrefs(True, 30, True)
    window.context.settings.sync()
    text = window.context.paths.ui_settings.read_text(encoding="utf-8")
    assert "minutes_before=30" in text and "while_locked=true" in text
    assert not any(part in text for part in CONTENT)


def test_the_reminder_settings_name_every_control_at_1024x700(
    qtbot: QtBot, make_window: WindowFactory, schedule: dict[str, datetime]
) -> None:
    window = make_window()
    window.resize(1024, 700)
    dialog = ReminderSettingsDialog(window.context.settings, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed_interactive_widgets(dialog) == []
    assert dialog.width() <= 1024 and dialog.height() <= 700
    dialog.group.enabled.setChecked(False)  # off: the details are greyed out
    assert not dialog.group.minutes.isEnabled() and not dialog.group.while_locked.isEnabled()
    dialog.reject()
    assert window.context.settings.reminders == ReminderPrefs()  # Cancel saved nothing
