"""Mark an action done: where I applied it, what changed, and (if I like) tell my mentor."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from rmdesk.domain.models import ActionItem
from rmdesk.privacy.display_text import neutralise
from rmdesk.ui.kit.dialog_fit import size_within_window
from rmdesk.ui.kit.edit_dialog import EditDialog
from rmdesk.ui.kit.forms import error_label, name_buttons, text_editor


@dataclass(frozen=True)
class DoneResult:
    impact_note: str
    acknowledgement: str | None  # the words for the mentor, when "tell my mentor" was ticked


class ActionDoneDialog(EditDialog):
    def __init__(
        self, action: ActionItem, parent: QWidget | None = None, *, leader: str | None = None
    ) -> None:
        """``leader``: the leader's name when the mentor records it (then there is no
        "tell my mentor": the mentor is the one who would be told)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Action done"))
        layout = QVBoxLayout(self)
        what = QLabel(neutralise(action.what.strip()), self)
        what.setTextFormat(Qt.TextFormat.PlainText)
        what.setWordWrap(True)
        font = what.font()
        font.setBold(True)
        what.setFont(font)
        layout.addWidget(what)

        impact_label = QLabel(
            self.tr("&Where did you apply it, and what changed?")
            if leader is None
            else self.tr("&Where did {0} apply it, and what changed?").format(leader),
            self,
        )
        layout.addWidget(impact_label)
        self.impact_edit = text_editor(
            self,
            self.tr("Impact note"),
            self.tr("e.g. In Tuesday's review I asked the newest analyst to start; ..."),
            90,
        )
        self.impact_edit.setPlainText(action.impact_note)
        impact_label.setBuddy(self.impact_edit)
        layout.addWidget(self.impact_edit)

        self.tell_check = QCheckBox(
            self.tr("&Tell my mentor what their contribution changed"), self
        )
        self.tell_check.setAccessibleName(self.tr("Tell my mentor"))
        layout.addWidget(self.tell_check)
        self.ack_edit = text_editor(
            self,
            self.tr("Acknowledgement for my mentor"),
            self.tr("A few words to your mentor: what you learned from them and what it changed"),
            90,
        )
        self.ack_edit.setEnabled(False)
        self.tell_check.toggled.connect(self.ack_edit.setEnabled)
        self.tell_check.toggled.connect(self._prefill)
        layout.addWidget(self.ack_edit)
        for widget in (self.tell_check, self.ack_edit):
            widget.setVisible(leader is None)

        self.error_label = error_label(self)
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Mark &done"))
        name_buttons(self.buttons)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        self.result_done: DoneResult | None = None
        size_within_window(self, 520, 420)

    def _prefill(self, checked: bool) -> None:
        if checked:
            self.ack_edit.setFocus()

    def _accept_if_valid(self) -> None:
        words = self.ack_edit.toPlainText().strip()
        if self.tell_check.isChecked() and not words:
            self.error_label.setText(
                self.tr("Write a few words for your mentor, or untick “Tell my mentor”.")
            )
            self.error_label.show()
            self.ack_edit.setFocus()
            return
        self.result_done = DoneResult(
            impact_note=self.impact_edit.toPlainText().strip(),
            acknowledgement=words if self.tell_check.isChecked() else None,
        )
        self.accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, action: ActionItem, *, leader: str | None = None
    ) -> DoneResult | None:
        dialog = cls(action, parent, leader=leader)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.result_done
            return None
        finally:
            dialog.deleteLater()
