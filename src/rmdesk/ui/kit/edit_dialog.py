"""A dialog the user types into: closing it with changes asks Save / Discard / Cancel.

Esc, the Cancel button and the window's close button all end in ``reject()``, so that is
where the question is asked (while the dialog runs modally, as the app runs them). What
counts as a change is found generically: the values of the dialog's own fields when it is
first shown, compared with their values now (plus ``extra_state()`` for what a dialog keeps
outside its fields, like a list of candidates).

The panic key and the lock close dialogs with ``QDialog.done`` and are never asked.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

_SAVE_ROLES = (
    QDialogButtonBox.ButtonRole.AcceptRole,
    QDialogButtonBox.ButtonRole.YesRole,
)


def form_state(root: QWidget) -> list[object]:
    """The value of every field under ``root``, in a stable order."""
    values: list[object] = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLineEdit):
            if not isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox):
                values.append(widget.text())
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            if not widget.isReadOnly():
                values.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            values.append((widget.currentIndex(), widget.currentText()))
        elif isinstance(widget, QAbstractSpinBox):
            values.append(widget.text())
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            values.append(widget.isChecked())
    return values


class EditDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown_state: list[object] | None = None

    def extra_state(self) -> object:
        """What the dialog holds outside its fields (override when there is any)."""
        return None

    def _state(self) -> list[object]:
        return [*form_state(self), self.extra_state()]

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._shown_state is None:
            self._shown_state = self._state()

    def has_edits(self) -> bool:
        return self._shown_state is not None and self._state() != self._shown_state

    def reject(self) -> None:
        # Asked while it runs as a modal dialog, the way the app opens it (exec()); a dialog
        # merely shown (by a test, say) and closed by code is not the user leaving it.
        if self.isVisible() and self.isModal() and self.has_edits():
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("Save the changes you made here?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if not self.isVisible():  # locked or shared-screen mode while asking
                return
            if answer == QMessageBox.StandardButton.Save:
                self._press_save()
                return
            if answer != QMessageBox.StandardButton.Discard:
                return  # Cancel, Esc: keep editing
        super().reject()

    def _press_save(self) -> None:
        """The dialog's own Save/OK button, so its own checks run (and may keep it open)."""
        for box in self.findChildren(QDialogButtonBox):
            for button in box.buttons():
                if box.buttonRole(button) in _SAVE_ROLES and button.isEnabled():
                    button.click()
                    return
