"""Generate the meetings of the relationship's rhythm: at what time, up to which day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from rmdesk.domain.models import Cadence, Relationship
from rmdesk.privacy.display_text import neutralise
from rmdesk.ui.kit.dialog_fit import keep_title_whole
from rmdesk.ui.kit.forms import from_qdate, name_buttons, to_qdate

DEFAULT_TIME = time(9, 0)


@dataclass(frozen=True, slots=True)
class ScheduleRequest:
    at_time: time
    until: date


class ScheduleDialog(QDialog):
    def __init__(self, relationship: Relationship, today: date, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Schedule meetings"))
        keep_title_whole(self)  # a translated title is longer
        layout = QVBoxLayout(self)
        rhythm = {
            Cadence.WEEKLY: self.tr("every week"),
            Cadence.BIWEEKLY: self.tr("every two weeks"),
            Cadence.MONTHLY: self.tr("every month"),
        }[relationship.cadence]
        intro = QLabel(
            self.tr(
                "You meet {0} with {1}, %n minute(s) each time. Meetings already planned, moved "
                "or cancelled are kept; only missing ones are added.",
                "",
                relationship.meeting_minutes,
            ).format(rhythm, neutralise(relationship.other_name)),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.time_edit = QTimeEdit(QTime(DEFAULT_TIME.hour, DEFAULT_TIME.minute), self)
        self.time_edit.setAccessibleName(self.tr("Meeting time of day"))
        first = max(today, relationship.start_date)
        default_end = relationship.review_date or date(first.year + 1, first.month, 1)
        self.until_edit = QDateEdit(to_qdate(max(default_end, first)), self)
        self.until_edit.setMinimumDate(to_qdate(first))
        self.until_edit.setCalendarPopup(True)
        self.until_edit.setAccessibleName(self.tr("Schedule up to this day"))
        for text, field in (
            (self.tr("Meet &at (local time):"), self.time_edit),
            (self.tr("&Up to:"), self.until_edit),
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

    def request(self) -> ScheduleRequest:
        qclock, qday = self.time_edit.time(), self.until_edit.date()
        return ScheduleRequest(time(qclock.hour(), qclock.minute()), from_qdate(qday))

    @classmethod
    def ask(
        cls, parent: QWidget | None, relationship: Relationship, today: date
    ) -> ScheduleRequest | None:
        dialog = cls(relationship, today, parent)
        return dialog.request() if dialog.exec() == QDialog.DialogCode.Accepted else None
