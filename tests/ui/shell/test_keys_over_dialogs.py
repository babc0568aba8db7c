"""F12, Ctrl+Shift+S and Ctrl+L over modal dialogs opened the way the app opens them.

Each dialog runs its own ``exec()`` loop, started by the app's own code path; a timer drives
the steps inside, and the key is pressed on the focus widget of the active modal dialog,
nested two deep where the app nests. Afterwards no dialog is open and a canary walk of every
widget still alive finds nothing private (nothing at all after a lock).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from rmdesk.demo import fill_demo
from rmdesk.paths import DataPaths
from rmdesk.privacy.idle import ManualClock
from rmdesk.privacy.share_mode import Section
from rmdesk.store.kdf import passphrase_bytes
from rmdesk.store.repositories import Repositories
from rmdesk.store.vault import Vault
from rmdesk.ui.agreement.agreement_view import AgreementView
from rmdesk.ui.reflections.prompt_edit import PromptEditDialog
from rmdesk.ui.reflections.prompt_picker import PromptPickerDialog
from rmdesk.ui.relationships.candidate_dialog import CandidateDialog
from rmdesk.ui.relationships.relationship_dialog import RelationshipDialog
from rmdesk.ui.shell.main_window import MainWindow
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.conftest import WindowFactory, unlock
from tests.ui.test_share_mode_canaries import private_canaries
from tests.ui.walker import find_canaries

KEYS = {
    "F12": (Qt.Key.Key_F12, Qt.KeyboardModifier.NoModifier),
    "Ctrl+Shift+S": (
        Qt.Key.Key_S,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    ),
    "Ctrl+L": (Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier),
}
TYPED_CANARY = "PRIVCANARY-typed-into-the-dialog"


class Script:
    """Steps run one after another inside the nested event loops, each on a timer."""

    def __init__(self) -> None:
        self.failures: list[str] = []
        self.pressed_over: list[str] = []

    def later(self, step: Callable[[], None]) -> None:
        QTimer.singleShot(0, lambda: self._run(step))

    def _run(self, step: Callable[[], None]) -> None:
        try:
            step()
        except Exception as error:  # reported by the test; the dialogs are rescued
            self.failures.append(f"{type(error).__name__}: {error}")
            self.rescue()

    def press(self, key_name: str) -> None:
        modal = QApplication.activeModalWidget()
        assert modal is not None, "no modal dialog to press the key on"
        self.pressed_over.append(type(modal).__name__)
        target = QApplication.focusWidget() or modal
        key, modifiers = KEYS[key_name]
        QTest.keyClick(target, key, modifiers)
        if QApplication.activeModalWidget() is not None:
            self.failures.append(f"{key_name} left {type(modal).__name__} open")
            self.rescue()

    def rescue(self) -> None:
        """Close whatever is still open so that a failing test fails instead of hanging."""
        while (modal := QApplication.activeModalWidget()) is not None:
            if isinstance(modal, QDialog):
                QDialog.done(modal, QDialog.DialogCode.Rejected)
            else:
                modal.close()


def modal_of(kind: type[QWidget]) -> QWidget:
    modal = QApplication.activeModalWidget()
    assert isinstance(modal, kind), f"expected {kind.__name__}, got {type(modal).__name__}"
    return modal


@pytest.fixture
def canaries(data_paths: DataPaths) -> list[str]:
    with Vault.create(data_paths.vault, passphrase_bytes(PASSPHRASE), kdf=FAST_KDF) as vault:
        fill_demo(Repositories.from_db(vault.db), date(2026, 11, 24))
        return private_canaries(vault)


def check_after(window: MainWindow, key_name: str, canaries: list[str], script: Script) -> None:
    assert script.failures == []
    assert not [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()
    ]
    if key_name == "Ctrl+L":
        assert window.vault is None
    else:
        assert window.visibility.share_mode
    assert find_canaries([*canaries, TYPED_CANARY]) == []


@pytest.mark.parametrize("key_name", list(KEYS))
def test_key_over_the_candidate_dialog_opened_from_the_relationship_dialog(
    qtbot: QtBot, make_window: WindowFactory, canaries: list[str], key_name: str
) -> None:
    window = make_window()
    unlock(qtbot, window)
    script = Script()

    def in_relationship_dialog() -> None:
        dialog = modal_of(RelationshipDialog)
        assert isinstance(dialog, RelationshipDialog)
        dialog.table.selectRow(0)
        script.later(in_candidate_dialog)
        dialog.edit_candidate_button.click()  # runs the candidate dialog's exec()

    def in_candidate_dialog() -> None:
        dialog = modal_of(CandidateDialog)
        assert isinstance(dialog, CandidateDialog) and dialog.notes_edit is not None
        assert "PRIVCANARY" in dialog.notes_edit.toPlainText()  # private notes on screen
        dialog.notes_edit.setFocus()
        script.press(key_name)

    script.later(in_relationship_dialog)
    window.relationships.edit_action.trigger()  # the menu's Edit relationship…
    assert script.pressed_over == ["CandidateDialog"]
    check_after(window, key_name, canaries, script)


@pytest.mark.parametrize("key_name", list(KEYS))
def test_key_over_the_prompt_editor_opened_from_the_prompt_picker(
    qtbot: QtBot, make_window: WindowFactory, canaries: list[str], key_name: str
) -> None:
    window = make_window()
    unlock(qtbot, window)
    assert window.workspace is not None
    window.workspace.select_section(Section.REFLECTIONS)
    script = Script()

    def in_picker() -> None:
        picker = modal_of(PromptPickerDialog)
        assert isinstance(picker, PromptPickerDialog)
        script.later(in_prompt_editor)
        picker.add_button.click()

    def in_prompt_editor() -> None:
        editor = modal_of(PromptEditDialog)
        assert isinstance(editor, PromptEditDialog)
        editor.text.setFocus()
        qtbot.keyClicks(editor.text, TYPED_CANARY)
        script.press(key_name)

    script.later(in_picker)
    view = window.workspace.view
    start = next(b for b in view.findChildren(QPushButton) if b.text() == "From a &prompt…")
    start.click()
    assert script.pressed_over == ["PromptEditDialog"]
    check_after(window, key_name, canaries, script)


@pytest.mark.parametrize("key_name", list(KEYS))
def test_key_over_a_message_box(
    qtbot: QtBot, make_window: WindowFactory, canaries: list[str], key_name: str
) -> None:
    window = make_window()
    unlock(qtbot, window)
    script = Script()
    script.later(lambda: (modal_of(QMessageBox), script.press(key_name)))
    window.relationships.delete_action.trigger()  # asks in a message box
    assert script.pressed_over == ["QMessageBox"]
    check_after(window, key_name, canaries, script)
    if key_name != "Ctrl+L":
        assert window.workspace is not None and window.workspace.current_relationship()


@pytest.mark.parametrize("key_name", list(KEYS))
def test_key_over_the_file_dialog_after_the_unencrypted_warning(
    qtbot: QtBot, make_window: WindowFactory, canaries: list[str], key_name: str
) -> None:
    window = make_window()
    unlock(qtbot, window)
    assert window.workspace is not None
    window.workspace.select_section(Section.AGREEMENT)
    view = window.workspace.view
    assert isinstance(view, AgreementView) and view.export_pdf_button.isEnabled()
    script = Script()

    def in_warning() -> None:
        box = modal_of(QMessageBox)
        assert isinstance(box, QMessageBox)
        save = next(
            b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
        )
        script.later(in_file_dialog)
        save.click()

    def in_file_dialog() -> None:
        modal_of(QFileDialog)
        script.press(key_name)

    script.later(in_warning)
    view.export_pdf_button.click()
    assert script.pressed_over == ["QFileDialog"], script.failures
    check_after(window, key_name, canaries, script)


def test_the_idle_lock_closes_nested_dialogs_and_empties_them(
    qtbot: QtBot, make_window: WindowFactory, canaries: list[str], clock: ManualClock
) -> None:
    window = make_window()
    unlock(qtbot, window)
    script = Script()
    seen: list[str] = []

    def in_relationship_dialog() -> None:
        dialog = modal_of(RelationshipDialog)
        assert isinstance(dialog, RelationshipDialog)
        dialog.table.selectRow(0)
        script.later(in_candidate_dialog)
        dialog.edit_candidate_button.click()

    def in_candidate_dialog() -> None:
        dialog = modal_of(CandidateDialog)
        assert isinstance(dialog, CandidateDialog) and dialog.notes_edit is not None
        seen.append(dialog.notes_edit.toPlainText())
        clock.advance(window.context.settings.idle_minutes * 60 + 1)
        window.idle.check()
        if QApplication.activeModalWidget() is not None:
            script.failures.append("the idle lock left a dialog open")
            script.rescue()

    script.later(in_relationship_dialog)
    window.relationships.edit_action.trigger()
    assert seen and "PRIVCANARY" in seen[0]
    assert script.failures == []
    assert window.vault is None
    assert find_canaries(canaries) == []
