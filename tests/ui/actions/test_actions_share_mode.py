"""Shared-screen mode: leader-only notes of actions and check-ins are never loaded."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from rmdesk.demo import fill_demo
from rmdesk.domain.models import ActionItem
from rmdesk.store.repositories import Repositories
from rmdesk.store.vault import Vault
from rmdesk.ui.actions.acknowledgement_dialog import AcknowledgementDialog
from rmdesk.ui.actions.acknowledgement_letter_dialog import RecognitionLetterDialog
from rmdesk.ui.actions.action_dialog import ActionDialog
from rmdesk.ui.actions.action_done_dialog import ActionDoneDialog
from rmdesk.ui.actions.actions_view import ActionsView
from rmdesk.ui.progress.checkin_dialog import CheckInDialog
from rmdesk.ui.progress.progress_view import ProgressView
from tests.ui.actions.test_actions_view import make_context
from tests.ui.walker import find_canaries

ACTION_CANARY = "PRIVCANARY-action-private-note"
CHECKIN_CANARY = "PRIVCANARY-checkin-private-note"
SHARED_CANARY = "SHAREDCANARY-action-what"
CANARIES = [ACTION_CANARY, CHECKIN_CANARY]


@pytest.fixture
def canary_vault(vault: Vault) -> Vault:
    repos = Repositories.from_db(vault.db)
    fill_demo(repos, date(2026, 11, 24))
    rel_id = repos.relationships.list_all()[0].id
    assert rel_id is not None
    vault.db.execute("UPDATE action_item SET private_note = ?", (ACTION_CANARY,))
    vault.db.execute("UPDATE checkin SET private_note = ?", (CHECKIN_CANARY,))
    repos.actions.add(
        ActionItem(relationship_id=rel_id, what=SHARED_CANARY, private_note=ACTION_CANARY)
    )
    return vault


def open_everything(qtbot: QtBot, vault: Vault, *, share_mode: bool) -> list[QWidget]:
    """Both views, every action selected, and every dialog of this section open (the caller
    keeps the list: a parentless widget lives only as long as its Python reference)."""
    context = make_context(vault, share_mode=share_mode)
    include_private = context.data.include_private
    actions = ActionsView(context)
    qtbot.addWidget(actions)
    actions.show()
    for row in range(actions.actions_model.rowCount()):
        actions.actions_table.selectRow(row)
        QApplication.processEvents()
    progress = ProgressView(context)
    qtbot.addWidget(progress)
    progress.show()
    shared = context.data.shared
    rel = context.relationship
    assert rel.id is not None
    action = shared.actions.list_for_relationship(rel.id, include_private=include_private)[0]
    checkin = shared.checkins.list_for_relationship(rel.id, include_private=include_private)[0]
    goals = shared.goals.list_for_relationship(rel.id)
    dialogs = [
        ActionDialog(action, goals, include_private=include_private, today=date.today()),
        ActionDoneDialog(action),
        AcknowledgementDialog(
            shared.acknowledgements.list_for_relationship(rel.id)[0], [action], goals
        ),
        RecognitionLetterDialog(rel.start_date, date.today()),
        CheckInDialog(checkin, rel, [], include_private=include_private),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
    QApplication.processEvents()
    return [actions, progress, *dialogs]


def test_shared_screen_mode_loads_no_private_note_of_actions_or_check_ins(
    qtbot: QtBot, canary_vault: Vault
) -> None:
    opened = open_everything(qtbot, canary_vault, share_mode=True)
    assert len(opened) == 7
    assert find_canaries([SHARED_CANARY]) == [SHARED_CANARY]  # the walk does see vault text
    assert find_canaries(CANARIES) == []


def test_outside_shared_screen_mode_the_leader_sees_both_notes(
    qtbot: QtBot, canary_vault: Vault
) -> None:
    # The control for the test above: the same walk finds them when they may be shown.
    opened = open_everything(qtbot, canary_vault, share_mode=False)
    assert len(opened) == 7
    assert find_canaries(CANARIES) == CANARIES


def test_an_edit_in_shared_screen_mode_keeps_the_stored_private_note(
    qtbot: QtBot, canary_vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    context = make_context(canary_vault, share_mode=True)
    view = ActionsView(context)
    qtbot.addWidget(view)
    view.actions_table.selectRow(0)
    action = view.selected_action()
    assert action is not None and action.id is not None and action.private_note == ""
    monkeypatch.setattr(
        ActionDialog,
        "ask",
        classmethod(lambda cls, parent, a, goals, **kw: dataclasses.replace(a, what="Changed")),
    )
    with qtbot.waitSignal(view.actions_changed):
        view.edit_button.click()
    stored = make_context(canary_vault).data.shared.actions.get(action.id, include_private=True)
    assert stored is not None and stored.what == "Changed"
    assert stored.private_note == ACTION_CANARY
