"""Write or edit an acknowledgement: what the mentor's contribution changed, linked to an
action or a goal."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from rmdesk.domain.models import Acknowledgement, ActionItem, Goal
from rmdesk.domain.validation import ValidationError, validate
from rmdesk.privacy.display_text import one_line
from rmdesk.ui.kit.dialog_fit import size_within_window
from rmdesk.ui.kit.edit_dialog import EditDialog
from rmdesk.ui.kit.forms import (
    combo_id,
    error_label,
    fill_goal_combo,
    name_buttons,
    text_editor,
)


class AcknowledgementDialog(EditDialog):
    def __init__(
        self,
        ack: Acknowledgement,
        actions: Sequence[ActionItem],
        goals: Sequence[Goal],
        parent: QWidget | None = None,
        *,
        leader: str | None = None,
    ) -> None:
        """``leader``: the leader's name when the mentor records an acknowledgement received."""
        super().__init__(parent)
        self._leader = leader
        if ack.id is not None:
            title = self.tr("Edit acknowledgement")
        elif leader is None:
            title = self.tr("Tell my mentor")
        else:
            title = self.tr("Acknowledgement received")
        self.setWindowTitle(title)
        self._original = ack
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Say what your mentor's contribution changed: what you tried, where, and what "
                "was different afterwards. It goes into the recognition letter."
            )
            if leader is None
            else self.tr(
                "What {0} told you your contribution changed: what they tried, where, and "
                "what was different afterwards. It goes into the recognition letter."
            ).format(leader),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        layout.addLayout(form)
        self.body_edit = text_editor(self, self.tr("Acknowledgement"), "", 110)
        self.body_edit.setPlainText(ack.body)
        body_label = QLabel(
            self.tr("&Your words:") if leader is None else self.tr("&Their words:"), self
        )
        body_label.setBuddy(self.body_edit)
        form.addRow(body_label, self.body_edit)

        self.action_combo = QComboBox(self)
        self.action_combo.setAccessibleName(self.tr("Linked action"))
        self.action_combo.addItem(self.tr("(no action)"), None)
        for action in actions:
            if action.id is None:
                continue
            self.action_combo.addItem(one_line(action.what, 80), action.id)
            if action.id == ack.action_id:
                self.action_combo.setCurrentIndex(self.action_combo.count() - 1)
        action_label = QLabel(self.tr("&Action:"), self)
        action_label.setBuddy(self.action_combo)
        form.addRow(action_label, self.action_combo)

        self.goal_combo = QComboBox(self)
        self.goal_combo.setAccessibleName(self.tr("Linked goal"))
        fill_goal_combo(self.goal_combo, goals, self.tr("(no goal)"), ack.goal_id)
        goal_label = QLabel(self.tr("&Goal:"), self)
        goal_label.setBuddy(self.goal_combo)
        form.addRow(goal_label, self.goal_combo)

        self.error_label = error_label(self)
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        name_buttons(self.buttons)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        self.result_ack: Acknowledgement | None = None
        size_within_window(self, 540, 360)

    def acknowledgement(self) -> Acknowledgement:
        return dataclasses.replace(
            self._original,
            body=self.body_edit.toPlainText().strip(),
            action_id=combo_id(self.action_combo),
            goal_id=combo_id(self.goal_combo),
        )

    def _accept_if_valid(self) -> None:
        ack = self.acknowledgement()
        try:
            validate(ack)
        except ValidationError as error:
            self.error_label.setText(
                (
                    self.tr("Please write a few words for your mentor.")
                    if self._leader is None
                    else self.tr("Please write down what {0} said.").format(self._leader)
                )
                if error.field == "body"
                else self.tr("This cannot be saved: {0}").format(error.message)
            )
            self.error_label.show()
            self.body_edit.setFocus()
            return
        self.result_ack = ack
        self.accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        ack: Acknowledgement,
        actions: Sequence[ActionItem],
        goals: Sequence[Goal],
        *,
        leader: str | None = None,
    ) -> Acknowledgement | None:
        dialog = cls(ack, actions, goals, parent, leader=leader)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.result_ack
            return None
        finally:
            dialog.deleteLater()
