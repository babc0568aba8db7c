"""Add or edit one action item: what I will try, for which goal, by when, and what changed."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from rmdesk.domain.models import ActionItem, ActionStatus, Goal, Role
from rmdesk.domain.validation import ValidationError, validate
from rmdesk.ui.actions.actions_model import owner_text, status_text
from rmdesk.ui.kit.dialog_fit import size_within_window
from rmdesk.ui.kit.edit_dialog import EditDialog
from rmdesk.ui.kit.forms import (
    combo_id,
    error_label,
    fill_goal_combo,
    from_qdate,
    name_buttons,
    text_editor,
    to_qdate,
)


class ActionDialog(EditDialog):
    def __init__(
        self,
        action: ActionItem,
        goals: Sequence[Goal],
        *,
        include_private: bool,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New action") if action.id is None else self.tr("Edit action"))
        self._original = action
        self._include_private = include_private
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)

        self.what_edit = text_editor(
            self,
            self.tr("What I will try"),
            self.tr("One concrete thing to try before we meet again"),
            50,
        )
        self.what_edit.setPlainText(action.what)
        form.addRow(self._buddy(self.tr("&What I will try:"), self.what_edit), self.what_edit)

        self.goal_combo = QComboBox(self)
        self.goal_combo.setAccessibleName(self.tr("Linked goal"))
        fill_goal_combo(self.goal_combo, goals, self.tr("(no goal)"), action.goal_id)
        form.addRow(self._buddy(self.tr("&Goal:"), self.goal_combo), self.goal_combo)

        due_row = QWidget(self)
        due_layout = QHBoxLayout(due_row)
        due_layout.setContentsMargins(0, 0, 0, 0)
        self.due_check = QCheckBox(self.tr("&Due by"), due_row)
        self.due_check.setAccessibleName(self.tr("Has a due date"))
        self.due_edit = QDateEdit(due_row)
        self.due_edit.setAccessibleName(self.tr("Due date"))
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDate(to_qdate(action.due_date or today + timedelta(days=14)))
        self.due_check.setChecked(action.due_date is not None)
        self.due_edit.setEnabled(action.due_date is not None)
        self.due_check.toggled.connect(self.due_edit.setEnabled)
        due_layout.addWidget(self.due_check)
        due_layout.addWidget(self.due_edit, 1)
        form.addRow(self.tr("When:"), due_row)

        self.status_combo = QComboBox(self)
        self.status_combo.setAccessibleName(self.tr("Status"))
        for status in ActionStatus:
            self.status_combo.addItem(status_text(status), status.value)
        self.status_combo.setCurrentIndex(list(ActionStatus).index(action.status))
        form.addRow(self._buddy(self.tr("&Status:"), self.status_combo), self.status_combo)

        self.owner_combo = QComboBox(self)
        self.owner_combo.setAccessibleName(self.tr("Owner"))
        for role in Role:
            self.owner_combo.addItem(owner_text(role), role.value)
        self.owner_combo.setCurrentIndex(list(Role).index(action.owner))
        form.addRow(self._buddy(self.tr("&Owner:"), self.owner_combo), self.owner_combo)

        self.impact_edit = text_editor(
            self,
            self.tr("Impact note"),
            self.tr("When done: where I applied it, and what changed because of it"),
        )
        self.impact_edit.setPlainText(action.impact_note)
        form.addRow(self._buddy(self.tr("&Impact:"), self.impact_edit), self.impact_edit)

        self.private_edit: QPlainTextEdit | None = None
        if include_private:
            # Leader-only: this editor is never built in shared-screen mode.
            self.private_edit = text_editor(
                self,
                self.tr("Private note"),
                self.tr("Only you see this; it never appears in shared-screen mode or exports"),
                50,
            )
            self.private_edit.setPlainText(action.private_note)
            form.addRow(
                self._buddy(self.tr("&Private note:"), self.private_edit), self.private_edit
            )

        self.error_label = error_label(self)
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        name_buttons(self.buttons)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        self.result_action: ActionItem | None = None
        size_within_window(self, 560, 480)

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(widget)
        return label

    def action(self) -> ActionItem:
        """The edited action (the original's private note kept when there is no editor)."""
        return dataclasses.replace(
            self._original,
            what=self.what_edit.toPlainText().strip(),
            goal_id=combo_id(self.goal_combo),
            due_date=from_qdate(self.due_edit.date()) if self.due_check.isChecked() else None,
            status=ActionStatus(str(self.status_combo.currentData())),
            owner=Role(str(self.owner_combo.currentData())),
            impact_note=self.impact_edit.toPlainText().strip(),
            private_note=(
                self.private_edit.toPlainText()
                if self.private_edit is not None
                else self._original.private_note
            ),
        )

    def _accept_if_valid(self) -> None:
        action = self.action()
        try:
            validate(action)
        except ValidationError as error:
            self.error_label.setText(
                self.tr("Please say what you will try.")
                if error.field == "what"
                else self.tr("This cannot be saved: {0}").format(error.message)
            )
            self.error_label.show()
            self.what_edit.setFocus()
            return
        self.result_action = action
        self.accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        action: ActionItem,
        goals: Sequence[Goal],
        *,
        include_private: bool,
        today: date,
    ) -> ActionItem | None:
        dialog = cls(action, goals, include_private=include_private, today=today, parent=parent)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.result_action
            return None
        finally:
            dialog.deleteLater()
