"""Closing a dialog with unsaved edits asks Save / Discard / Cancel; Esc included.

The dialog is opened by the app's own ``ask`` (its ``exec()``), a timer drives each step,
and every key goes to the focused widget of the active modal window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from rmdesk.ui.relationships.candidate_dialog import CandidateDialog


class Steps:
    def __init__(self) -> None:
        self.failures: list[str] = []
        self.questions = 0

    def later(self, step: Callable[[], None]) -> None:
        def run() -> None:
            try:
                step()
            except Exception as error:  # reported by the test; dialogs closed
                self.failures.append(f"{type(error).__name__}: {error}")
                while (modal := QApplication.activeModalWidget()) is not None:
                    QDialog.done(modal, QDialog.DialogCode.Rejected)  # type: ignore[arg-type]

        QTimer.singleShot(0, run)


def modal() -> QWidget:
    widget = QApplication.activeModalWidget()
    assert widget is not None
    return widget


def press_escape() -> None:
    target = QApplication.focusWidget() or modal()
    QTest.keyClick(target, Qt.Key.Key_Escape)


def answer(steps: Steps, button: QMessageBox.StandardButton) -> None:
    box = modal()
    assert isinstance(box, QMessageBox), f"expected the question, got {type(box).__name__}"
    steps.questions += 1
    clicked = box.button(button)
    assert clicked is not None
    clicked.click()


def test_esc_with_edits_asks_and_cancel_keeps_them_then_discard_closes(qtbot: QtBot) -> None:
    steps = Steps()

    def type_and_escape() -> None:
        dialog = modal()
        assert isinstance(dialog, CandidateDialog)
        QTest.keyClicks(dialog.name_edit, "Dana Ortiz")
        steps.later(lambda: answer(steps, QMessageBox.StandardButton.Cancel))
        press_escape()
        assert dialog.isVisible() and dialog.name_edit.text() == "Dana Ortiz"
        steps.later(lambda: answer(steps, QMessageBox.StandardButton.Discard))
        press_escape()

    steps.later(type_and_escape)
    result = CandidateDialog.ask(None, None, include_private=True)
    assert steps.failures == []
    assert steps.questions == 2
    assert result is None


def test_save_from_the_question_runs_the_dialogs_own_save(qtbot: QtBot) -> None:
    steps = Steps()

    def type_and_escape() -> None:
        dialog = modal()
        assert isinstance(dialog, CandidateDialog)
        dialog.name_edit.setFocus()
        QTest.keyClicks(dialog.name_edit, "Dana Ortiz")
        steps.later(lambda: answer(steps, QMessageBox.StandardButton.Save))
        press_escape()

    steps.later(type_and_escape)
    result = CandidateDialog.ask(None, None, include_private=True)
    assert steps.failures == []
    assert result is not None and result.name == "Dana Ortiz"


def test_no_edits_no_question(qtbot: QtBot) -> None:
    steps = Steps()
    steps.later(press_escape)
    assert CandidateDialog.ask(None, None, include_private=True) is None
    assert steps.failures == [] and steps.questions == 0
