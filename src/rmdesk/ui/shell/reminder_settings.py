"""The "Reminders" settings: a group for the Preferences dialog, and a small dialog of its own
(opened from the tray menu until Preferences hosts the group)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rmdesk.domain.reminders import MAX_REMINDER_MINUTES, MIN_REMINDER_MINUTES, ReminderPrefs
from rmdesk.ui.shell.settings import UiSettings


class ReminderSettingsGroup(QGroupBox):
    """Edits :class:`ReminderPrefs`; :meth:`save` writes them to the UI settings."""

    def __init__(self, settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Reminders"), parent)
        self.setObjectName("reminderSettings")
        self._settings = settings
        prefs = settings.reminders
        self.enabled = QCheckBox(self.tr("&Remind me before each meeting"), self)
        self.enabled.setAccessibleName(self.tr("Remind me before each meeting"))
        self.enabled.setChecked(prefs.enabled)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(MIN_REMINDER_MINUTES, MAX_REMINDER_MINUTES)
        self.minutes.setValue(prefs.minutes)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Minutes before the meeting"))
        self.while_locked = QCheckBox(self.tr("Also while the vault is &locked"), self)
        self.while_locked.setAccessibleName(self.tr("Remind also while the vault is locked"))
        self.while_locked.setChecked(prefs.while_locked)
        self.while_locked.setToolTip(
            self.tr(
                "rmdesk then keeps the start times of upcoming meetings in memory after "
                "locking (never on disk) so it can remind you."
            )
        )
        note = QLabel(
            self.tr(
                "The reminder says only “Reverse-mentoring meeting in 15 minutes”: no name, "
                "no agenda. Reminders need rmdesk running; for reminders when it is closed, "
                "export the meetings to your calendar."
            ),
            self,
        )
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.enabled)
        minutes_label = QLabel(self.tr("&Minutes before:"), self)
        minutes_label.setBuddy(self.minutes)
        form.addRow(minutes_label, self.minutes)
        form.addRow(self.while_locked)
        form.addRow(note)
        self.enabled.toggled.connect(self._update_enabled)
        self._update_enabled(prefs.enabled)

    def _update_enabled(self, on: bool) -> None:
        self.minutes.setEnabled(on)
        self.while_locked.setEnabled(on)

    def prefs(self) -> ReminderPrefs:
        return ReminderPrefs(
            enabled=self.enabled.isChecked(),
            minutes=self.minutes.value(),
            while_locked=self.while_locked.isChecked(),
        )

    def save(self) -> None:
        self._settings.set_reminders(self.prefs())


class ReminderSettingsDialog(QDialog):
    saved = Signal()

    def __init__(self, settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderSettingsDialog")
        self.setWindowTitle(self.tr("Reminders"))
        self.group = ReminderSettingsGroup(settings, self)
        self.group.setTitle("")  # the window title says it already
        self.group.setFlat(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.group)
        layout.addWidget(buttons)
        self.resize(440, self.sizeHint().height())

    def accept(self) -> None:
        self.group.save()
        self.saved.emit()
        super().accept()
