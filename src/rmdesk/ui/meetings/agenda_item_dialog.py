"""Add or edit one agenda item: what, which kind, who brings it, its time box."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rmdesk.domain.models import AgendaItem, AgendaKind, Relationship, Role
from rmdesk.domain.validation import TIME_BOX_MINUTES
from rmdesk.ui.kit.forms import name_buttons
from rmdesk.ui.meetings.agenda_model import kind_text, owner_text


class AgendaItemDialog(QDialog):
    def __init__(
        self,
        relationship: Relationship,
        meeting_id: int,
        item: AgendaItem | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Agenda item") if item else self.tr("New agenda item"))
        self._original = item
        self._meeting_id = meeting_id
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.title_edit = QLineEdit(item.title if item else "", self)
        self.title_edit.setAccessibleName(self.tr("What to talk about"))
        self.title_edit.setPlaceholderText(
            self.tr("A topic, a question, or an assumption to challenge")
        )
        self.kind_combo = QComboBox(self)
        self.kind_combo.setAccessibleName(self.tr("Kind of item"))
        for kind in AgendaKind:
            self.kind_combo.addItem(kind_text(kind), kind.value)
        self.owner_combo = QComboBox(self)
        self.owner_combo.setAccessibleName(self.tr("Brought by"))
        for role in (Role.LEADER, Role.MENTOR):
            self.owner_combo.addItem(owner_text(relationship, role), role.value)
        self.minutes_edit = QSpinBox(self)
        self.minutes_edit.setRange(TIME_BOX_MINUTES.start, TIME_BOX_MINUTES.stop - 1)
        self.minutes_edit.setSuffix(self.tr(" min"))
        self.minutes_edit.setAccessibleName(self.tr("Time box in minutes"))
        self.minutes_edit.setValue(item.time_box_minutes if item else 10)
        if item is not None:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(item.kind.value))
            self.owner_combo.setCurrentIndex(self.owner_combo.findData(item.owner.value))
        for text, field in (
            (self.tr("&What:"), self.title_edit),
            (self.tr("&Kind:"), self.kind_combo),
            (self.tr("&Brought by:"), self.owner_combo),
            (self.tr("&Time box:"), self.minutes_edit),
        ):
            label = QLabel(text, self)
            label.setBuddy(field)
            form.addRow(label, field)
        layout.addLayout(form)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        name_buttons(self.buttons)
        layout.addWidget(self.buttons)

    def result_item(self) -> AgendaItem:
        fields = {
            "title": self.title_edit.text().strip(),
            "kind": AgendaKind(self.kind_combo.currentData()),
            "owner": Role(self.owner_combo.currentData()),
            "time_box_minutes": self.minutes_edit.value(),
        }
        if self._original is not None:
            return dataclasses.replace(self._original, **fields)  # type: ignore[arg-type]
        return AgendaItem(meeting_id=self._meeting_id, **fields)  # type: ignore[arg-type]

    def _accept_if_valid(self) -> None:
        if not self.title_edit.text().strip():
            self.error_label.setText(self.tr("Say in a few words what the item is about."))
            self.error_label.show()
            self.title_edit.setFocus()
            return
        self.accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        relationship: Relationship,
        meeting_id: int,
        item: AgendaItem | None = None,
    ) -> AgendaItem | None:
        dialog = cls(relationship, meeting_id, item, parent)
        return dialog.result_item() if dialog.exec() == QDialog.DialogCode.Accepted else None
