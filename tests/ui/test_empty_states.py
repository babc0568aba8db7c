"""Every empty list and section says what belongs there and offers the one action that fills
it, and that action does what it says (dialogs opened the way the app opens them, exec)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from rmdesk.domain.models import Meeting
from rmdesk.paths import DataPaths
from rmdesk.store.kdf import passphrase_bytes
from rmdesk.store.vault import Vault
from rmdesk.ui.actions.acknowledgement_dialog import AcknowledgementDialog
from rmdesk.ui.actions.action_dialog import ActionDialog
from rmdesk.ui.actions.actions_view import ActionsView
from rmdesk.ui.agreement.agreement_view import PAGE_DRAFT, AgreementView
from rmdesk.ui.goals.goals_view import GoalsView
from rmdesk.ui.kit.empty_state import EmptyState, EmptySwitch
from rmdesk.ui.meetings.agenda_item_dialog import AgendaItemDialog
from rmdesk.ui.meetings.meetings_view import MeetingsView
from rmdesk.ui.progress.checkin_dialog import CheckInDialog
from rmdesk.ui.progress.progress_view import ProgressView
from rmdesk.ui.reflections.prompt_picker import PromptPickerDialog
from rmdesk.ui.reflections.reflections_view import ReflectionsView
from rmdesk.ui.relationships.relationship_dialog import RelationshipDialog
from rmdesk.ui.vault.jobs import VaultJobs
from rmdesk.ui.vault.restore_dialog import RestoreDialog
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.conftest import WindowFactory
from tests.ui.modal import when_modal
from tests.ui.section_context import view_context
from tests.ui.section_walk import add_blank_relationship


@pytest.fixture
def blank_vault(data_paths: DataPaths) -> Iterator[Vault]:
    """An open vault with one relationship and nothing else in it."""
    vault = Vault.create(data_paths.vault, passphrase_bytes(PASSPHRASE), kdf=FAST_KDF)
    try:
        add_blank_relationship(vault)
        yield vault
    finally:
        vault.close()


def shown(qtbot: QtBot, view: QWidget) -> QWidget:
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    return view


def showing_empty(switch: EmptySwitch) -> EmptyState:
    """The switch shows its empty state, with a title, a sentence and a named button."""
    assert switch.is_empty()
    empty = switch.empty
    assert empty.isVisible()
    assert empty.title.text() and empty.text.text().endswith((".", "?"))
    assert empty.button.isVisible() and empty.button.isEnabled()
    assert empty.button.accessibleName()
    assert empty.accessibleName() == empty.title.text()
    assert empty.accessibleDescription() == empty.text.text()
    return empty


def press_and_catch(button: QWidget, respond: str = "reject") -> list[QDialog]:
    """Click a button that opens a dialog with exec(); note the dialog, then close it."""
    seen: list[QDialog] = []

    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, QDialog)
        seen.append(dialog)
        getattr(dialog, respond)()

    when_modal(act)
    button.click()  # type: ignore[attr-defined]
    return seen


def test_empty_vault_offers_to_start_a_relationship(
    qtbot: QtBot, make_window: WindowFactory, data_paths: DataPaths
) -> None:
    vault = Vault.create(data_paths.vault, passphrase_bytes(PASSPHRASE), kdf=FAST_KDF)
    window = make_window(demo_vault=vault)
    found = window.findChildren(EmptyState)
    assert len(found) == 1
    empty = found[0]
    assert empty.isVisible() and "relationship" in empty.text.text()
    seen = press_and_catch(empty.button)
    assert len(seen) == 1 and isinstance(seen[0], RelationshipDialog)


def test_no_meetings_schedules_from_the_rhythm(qtbot: QtBot, blank_vault: Vault) -> None:
    context, _calls = view_context(blank_vault)
    view = shown(qtbot, MeetingsView(context))
    assert view.modes.currentWidget() is view.empty_state
    empty = view.empty_state
    assert empty.isVisible() and "rhythm" in empty.text.text()
    press_and_catch(empty.button, "accept")  # the schedule dialog's own suggestion
    assert view.model.rowCount() > 0
    assert view.modes.currentWidget() is view.planner


def test_empty_agenda_adds_the_first_item(qtbot: QtBot, blank_vault: Vault) -> None:
    context, _calls = view_context(blank_vault)
    assert context.relationship.id is not None
    context.data.shared.meetings.add(
        Meeting(
            relationship_id=context.relationship.id,
            starts_at=datetime.now(UTC) + timedelta(days=3),
            minutes=45,
        )
    )
    view = shown(qtbot, MeetingsView(context))
    empty = showing_empty(view.agenda.table_switch)
    seen = press_and_catch(empty.button)
    assert len(seen) == 1 and isinstance(seen[0], AgendaItemDialog)


def test_empty_journal_starts_from_a_prompt(qtbot: QtBot, blank_vault: Vault) -> None:
    context, _calls = view_context(blank_vault)
    view = shown(qtbot, ReflectionsView(context))
    qtbot.waitUntil(lambda: view.model.count_known)
    empty = showing_empty(view.list_switch)
    assert "prompt" in empty.text.text()
    seen = press_and_catch(empty.button, "accept")
    assert len(seen) == 1 and isinstance(seen[0], PromptPickerDialog)
    assert view.editor is not None and view.editor.prompt_label.text()


def test_journal_filtered_to_nothing_offers_to_clear_the_filters(
    qtbot: QtBot, blank_vault: Vault
) -> None:
    context, _calls = view_context(blank_vault)
    view = shown(qtbot, ReflectionsView(context))
    view.editor.body.setPlainText("Listening before answering")
    view.save_pending()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert not view.list_switch.is_empty()
    view.filter_bar.tag.setText("nothing-has-this-tag")
    qtbot.waitUntil(lambda: view.list_switch.currentWidget() is view.filtered_empty)
    assert "tag" in view.filtered_empty.text.text()
    view.filtered_empty.button.click()
    assert view.filter_bar.tag.text() == "" and not view.filter_bar.is_narrowed()
    qtbot.waitUntil(lambda: view.list_switch.currentWidget() is view.table)


def test_nothing_found_offers_to_clear_the_search(qtbot: QtBot, blank_vault: Vault) -> None:
    context, _calls = view_context(blank_vault)
    view = shown(qtbot, ReflectionsView(context))
    view.search.setText("zebra")
    qtbot.waitUntil(lambda: not view.searching)
    empty = showing_empty(view.results_switch)
    empty.button.click()
    assert view.search.text() == "" and view.search.hasFocus()
    assert view.stack.currentWidget() is view.list_switch


def test_no_checkins_says_when_the_next_is_due(qtbot: QtBot, blank_vault: Vault) -> None:
    context, _calls = view_context(blank_vault)
    view = shown(qtbot, ProgressView(context))
    view.tabs.setCurrentWidget(view.checkins_switch)
    empty = showing_empty(view.checkins_switch)
    assert view.next_label.text() in empty.text.text()
    seen = press_and_catch(empty.button)
    assert len(seen) == 1 and isinstance(seen[0], CheckInDialog)


def test_no_goals_adds_one(qtbot: QtBot, blank_vault: Vault) -> None:
    context, _calls = view_context(blank_vault)
    view = shown(qtbot, GoalsView(context))
    empty = showing_empty(view.goals_switch)
    empty.button.click()
    assert view.model.rowCount() == 1
    assert not view.goals_switch.is_empty()


def test_no_actions_and_no_acknowledgements(qtbot: QtBot, blank_vault: Vault) -> None:
    context, _calls = view_context(blank_vault)
    view = shown(qtbot, ActionsView(context))
    empty = showing_empty(view.actions_switch)
    seen = press_and_catch(empty.button)
    assert len(seen) == 1 and isinstance(seen[0], ActionDialog)
    empty = showing_empty(view.acks_switch)
    seen = press_and_catch(empty.button)
    assert len(seen) == 1 and isinstance(seen[0], AcknowledgementDialog)


def test_no_agreement_starts_a_draft_from_the_template(qtbot: QtBot, blank_vault: Vault) -> None:
    context, _calls = view_context(blank_vault)
    view = shown(qtbot, AgreementView(context))
    found = view.pages.currentWidget()
    assert isinstance(found, EmptyState) and found.isVisible()
    assert "template" in found.text.text()
    found.button.click()
    assert view.pages.currentIndex() == PAGE_DRAFT


def test_no_backups_offers_to_choose_a_file(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen: list[str] = []

    def choose(*_args: object, **_kwargs: object) -> tuple[str, str]:
        chosen.append("asked")  # the system file dialog: not driven here
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    owner = QWidget()
    qtbot.addWidget(owner)
    dialog = RestoreDialog(VaultJobs(owner), [tmp_path / "none"], _never, _never, owner)
    dialog.show()
    empty = showing_empty(dialog.table_switch)
    empty.button.click()
    assert chosen == ["asked"]


def _never(*_args: object) -> object:
    raise AssertionError("not called")


def test_the_empty_state_is_reachable_by_keyboard(qtbot: QtBot, blank_vault: Vault) -> None:
    context, _calls = view_context(blank_vault)
    view = shown(qtbot, GoalsView(context))
    button = view.goals_switch.empty.button
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert view.model.rowCount() == 1
