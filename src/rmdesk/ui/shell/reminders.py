"""Meeting reminders that reveal nothing, and the tray icon that shows them.

While the vault is unlocked the service reads the start times of planned meetings into a
:class:`~rmdesk.domain.reminders.ReminderSchedule` (memory only). On lock it forgets them,
unless the user allowed reminders while locked. A timer on the UI thread asks the schedule
what is due, against the window's injectable clock, and shows "Reverse-mentoring meeting in
N minutes": never a name, an agenda item or anything else from the vault.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QSystemTrayIcon

from rmdesk.domain.reminders import ReminderSchedule, upcoming_meetings
from rmdesk.privacy.idle import Clock
from rmdesk.store.errors import VaultError
from rmdesk.ui.kit.icons import app_icon
from rmdesk.ui.kit.reminder_text import reminder_text
from rmdesk.ui.shell.reminder_settings import ReminderSettingsDialog
from rmdesk.ui.shell.settings import UiSettings

if TYPE_CHECKING:
    from rmdesk.ui.shell.main_window import MainWindow

CHECK_INTERVAL_MS = 20_000
NOTIFICATION_MS = 15_000


class ReminderService(QObject):
    """Emits :attr:`reminded` with the text it showed (for the tray and for tests)."""

    reminded = Signal(str)

    def __init__(
        self,
        window: MainWindow,
        settings: UiSettings,
        clock: Clock,
        notify: Callable[[str], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._clock = clock
        self._notify = notify
        self.schedule = ReminderSchedule(settings.reminders.minutes)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        window.vault_unlocked.connect(self.reload)
        window.vault_locked.connect(self._on_locked)

    def now(self) -> datetime:
        return datetime.fromtimestamp(self._clock.wall(), UTC)

    def reload(self) -> None:
        """Read the planned meetings' start times (while unlocked)."""
        self.schedule.lead_minutes = self._settings.reminders.minutes
        vault = self._window.vault
        if vault is None:
            return
        from rmdesk.store.repositories import Repositories  # not on the lock screen

        now = self.now()
        try:
            repos = Repositories.from_db(vault.db)
            meetings = [
                meeting
                for relationship in repos.relationships.list_all()
                if relationship.id is not None
                for meeting in repos.meetings.list_for_relationship(
                    relationship.id, starts_from=now
                )
            ]
        except VaultError:
            return  # the next check tries again; the window reports storage problems
        self.schedule.replace(upcoming_meetings(meetings, now))

    def _on_locked(self, _reason: str = "") -> None:
        if not self._settings.reminders.while_locked:
            self.schedule.clear()

    def check(self) -> None:
        prefs = self._settings.reminders
        if not prefs.enabled:
            return
        if self._window.vault is not None:
            self.reload()
        elif not prefs.while_locked:
            self.schedule.clear()
            return
        minutes = self.schedule.due(self.now())
        if minutes is None:
            return
        text = reminder_text(minutes)
        self._notify(text)
        self.reminded.emit(text)


class RmdeskTray(QObject):
    """The tray icon (where the desktop has a tray) with a content-free menu; shows reminders
    as its notifications, or in a small message box where there is no tray."""

    def __init__(self, window: MainWindow, settings: UiSettings) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self.reminder_settings_changed: Callable[[], None] = lambda: None
        self.menu = QMenu(window)
        self.menu.setObjectName("trayMenu")
        self.show_action = self._add(self.tr("&Show rmdesk"), self.show_window)
        self.lock_action = self._add(self.tr("&Lock now"), window.lock)
        self.menu.addSeparator()
        self.settings_action = self._add(self.tr("&Reminders…"), self.open_settings)
        self.menu.addSeparator()
        self.quit_action = self._add(self.tr("&Quit"), window.close)
        self.menu.aboutToShow.connect(self._update_actions)
        self.icon: QSystemTrayIcon | None = None
        self.fallback: QMessageBox | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.icon = QSystemTrayIcon(app_icon(), self)
            self.icon.setToolTip("rmdesk")
            self.icon.setContextMenu(self.menu)
            self.icon.activated.connect(self._on_activated)
            self.icon.show()

    def _add(self, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.menu)
        action.triggered.connect(lambda _checked=False: slot())
        self.menu.addAction(action)
        return action

    def _update_actions(self) -> None:
        self.lock_action.setEnabled(self._window.vault is not None)

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.show_window()

    def show_window(self) -> None:
        self._window.showNormal()
        self._window.raise_()
        self._window.activateWindow()

    def open_settings(self) -> None:
        dialog = ReminderSettingsDialog(self._settings, self._window)
        dialog.saved.connect(self.reminder_settings_changed)
        dialog.exec()
        dialog.deleteLater()

    def notify(self, text: str) -> None:
        title = self.tr("rmdesk")
        if self.icon is not None and QSystemTrayIcon.supportsMessages():
            self.icon.showMessage(
                title, text, QSystemTrayIcon.MessageIcon.Information, NOTIFICATION_MS
            )
            return
        # No tray: a small box that does not block (and that locking closes like any dialog).
        if self.fallback is not None:
            self.fallback.close()
        box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=self._window)
        box.setObjectName("reminderBox")
        box.setModal(False)
        box.show()
        self.fallback = box
        QApplication.alert(self._window)


def start_reminders(window: MainWindow) -> tuple[RmdeskTray, ReminderService]:
    """The tray and the reminder service for ``window`` (both owned by it)."""
    settings = window.context.settings
    tray = RmdeskTray(window, settings)
    service = ReminderService(window, settings, window.context.clock, tray.notify)
    tray.reminder_settings_changed = service.reload
    # Also in the window's own menu: a desktop without a tray (GNOME by default) has no
    # tray menu to reach them from.
    reminders_action = QAction(QCoreApplication.translate("RmdeskTray", "Remin&ders…"), window)
    reminders_action.triggered.connect(lambda _checked=False: tray.open_settings())
    window.vault_menu.add_setting(reminders_action)
    return tray, service
