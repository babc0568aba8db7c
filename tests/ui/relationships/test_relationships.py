"""Setting up relationships (seed steps 1-3): who, purpose, choosing a mentor, the rhythm."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from rmdesk.domain.models import Cadence, MentorCandidate, RelationshipStatus, Role
from rmdesk.paths import DataPaths
from rmdesk.ui.relationships.candidate_dialog import CandidateDialog, split_tags
from rmdesk.ui.relationships.relationship_dialog import RelationshipDialog, RelationshipForm
from tests.ui.conftest import WindowFactory, unlock


def test_split_tags_trims_and_drops_duplicates() -> None:
    assert split_tags(" AI tools, hybrid  work,,ai TOOLS , ") == ("AI tools", "hybrid work")


def test_dialog_ranks_candidates_by_focus_overlap_and_explains_why(qtbot: QtBot) -> None:
    candidates = [
        MentorCandidate(relationship_id=0, name="Bea", expertise=("gardening",)),
        MentorCandidate(relationship_id=0, name="Ann", expertise=("AI tools", "hybrid work")),
        MentorCandidate(relationship_id=0, name="Cal", expertise=("AI",)),
    ]
    dialog = RelationshipDialog(None, candidates, include_private=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.focus_edit, "AI tools, hybrid work")
    names = [dialog.table.item(row, 1).text() for row in range(dialog.table.rowCount())]
    assert names == ["Ann", "Cal", "Bea"]
    dialog.table.selectRow(0)
    assert "AI tools" in dialog.why_label.text()
    dialog.table.selectRow(2)
    assert "does not cover" in dialog.why_label.text()
    dialog.table.selectRow(0)
    dialog.choose_candidate_button.click()
    assert dialog.other_name_edit.text() == "Ann"
    chosen = [c.name for c in dialog.form().candidates if c.chosen]
    assert chosen == ["Ann"]


def test_mentor_role_hides_candidate_choice(qtbot: QtBot) -> None:
    dialog = RelationshipDialog(None, [], include_private=True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.mentor_radio.click()
    assert not dialog.candidates_box.isVisible()
    assert dialog.form().relationship.my_role is Role.MENTOR


def test_invalid_dates_are_refused_in_plain_words(qtbot: QtBot) -> None:
    dialog = RelationshipDialog(None, [], include_private=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.other_name_edit, "Leo")
    dialog.start_date.setDate(QDate(2026, 6, 1))
    dialog.review_date.setDate(QDate(2026, 1, 1))
    dialog.buttons.accepted.emit()
    assert dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text().startswith("Please check this:")


def test_candidate_dialog_has_no_notes_field_in_shared_mode(qtbot: QtBot) -> None:
    shared = CandidateDialog(None, include_private=False)
    qtbot.addWidget(shared)
    assert shared.notes_edit is None
    private = CandidateDialog(None, include_private=True)
    qtbot.addWidget(private)
    assert private.notes_edit is not None


@pytest.fixture
def empty_window(qtbot: QtBot, make_window: WindowFactory, data_paths: DataPaths):  # type: ignore[no-untyped-def]
    from rmdesk.store.kdf import passphrase_bytes
    from rmdesk.store.vault import Vault
    from tests.conftest import FAST_KDF, PASSPHRASE

    Vault.create(data_paths.vault, passphrase_bytes(PASSPHRASE), kdf=FAST_KDF).close()
    window = make_window()
    unlock(qtbot, window)
    return window


def test_create_two_relationships_side_by_side_then_pause_and_delete(
    qtbot: QtBot,
    empty_window,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    window = empty_window
    workspace = window.workspace
    assert workspace.sidebar.topLevelItemCount() == 0

    def form(name: str) -> RelationshipForm:
        dialog = RelationshipDialog(None, [], include_private=True)
        dialog.other_name_edit.setText(name)
        dialog.purpose_edit.setPlainText(f"Learn from {name}")
        dialog.cadence_combo.setCurrentIndex(dialog.cadence_combo.findData(Cadence.WEEKLY.value))
        result = dialog.form()
        dialog.deleteLater()
        return result

    forms = iter([form("Leo"), form("Ines")])
    monkeypatch.setattr(RelationshipDialog, "ask", classmethod(lambda cls, *a, **k: next(forms)))
    window.relationships.new_action.trigger()
    window.relationships.new_action.trigger()
    assert workspace.sidebar.topLevelItemCount() == 2
    texts = {workspace.sidebar.topLevelItem(i).text(0) for i in range(2)}
    assert texts == {"Leo (you learn)", "Ines (you learn)"}

    current = workspace.current_relationship()
    assert current is not None and current.other_name == "Ines"
    window.relationships.pause_action.trigger()
    current = workspace.current_relationship()
    assert current is not None and current.status is RelationshipStatus.PAUSED
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)

    def click_delete(box: QMessageBox) -> None:
        for button in box.buttons():
            if box.buttonRole(button) == QMessageBox.ButtonRole.DestructiveRole:
                button.click()

    monkeypatch.setattr(QMessageBox, "exec", lambda box: click_delete(box))
    window.relationships.delete_action.trigger()
    assert workspace.sidebar.topLevelItemCount() == 1
    assert date.today() >= workspace.current_relationship().start_date  # type: ignore[union-attr]
