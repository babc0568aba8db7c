"""Add an extra meeting or move one: day, time and length."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time, tzinfo

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from rmdesk.domain.cadence import at_wall_clock
from rmdesk.domain.validation import MEETING_MINUTES
from rmdesk.ui.kit.forms import from_qdate, name_buttons, to_qdate


@dataclass(frozen=True, slots=True)
class MeetingSlot:
    starts_at: datetime  # UTC
    minutes: int
    shifted: bool  # the wall-clock time did not exist that day (DST gap)


class MeetingDialog(QDialog):
    def __init__(
        self, title: str, starts_at: datetime, minutes: int, tz: tzinfo, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._tz = tz
        local = starts_at.astimezone(tz)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.date_edit = QDateEdit(to_qdate(local.date()), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setAccessibleName(self.tr("Day"))
        self.time_edit = QTimeEdit(QTime(local.hour, local.minute), self)
        self.time_edit.setAccessibleName(self.tr("Time of day"))
        self.minutes_edit = QSpinBox(self)
        self.minutes_edit.setRange(MEETING_MINUTES.start, MEETING_MINUTES.stop - 1)
        self.minutes_edit.setSuffix(self.tr(" min"))
        self.minutes_edit.setValue(minutes)
        self.minutes_edit.setAccessibleName(self.tr("Length in minutes"))
        for text, field in (
            (self.tr("&Day:"), self.date_edit),
            (self.tr("&Time:"), self.time_edit),
            (self.tr("&Length:"), self.minutes_edit),
        ):
            label = QLabel(text, self)
            label.setBuddy(field)
            form.addRow(label, field)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        name_buttons(buttons)
        layout.addWidget(buttons)

    def slot(self) -> MeetingSlot:
        qday, qclock = self.date_edit.date(), self.time_edit.time()
        day = from_qdate(qday)
        local, shifted = at_wall_clock(day, time(qclock.hour(), qclock.minute()), self._tz)
        return MeetingSlot(local.astimezone(UTC), self.minutes_edit.value(), shifted)

    @classmethod
    def ask(
        cls, parent: QWidget | None, title: str, starts_at: datetime, minutes: int, tz: tzinfo
    ) -> MeetingSlot | None:
        dialog = cls(title, starts_at, minutes, tz, parent)
        return dialog.slot() if dialog.exec() == QDialog.DialogCode.Accepted else None
