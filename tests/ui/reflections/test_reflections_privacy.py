"""The journal inside the real window: shared-screen mode shows nothing of it, lock saves and
empties it, and every control has a name and a keyboard path."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

import tests.ui.test_share_mode_canaries as canary_setup
from rmdesk.demo import fill_demo
from rmdesk.domain.resources import PromptMoment, load_prompts
from rmdesk.domain.sections import Section
from rmdesk.paths import DataPaths
from rmdesk.store.kdf import passphrase_bytes
from rmdesk.store.repositories import Repositories
from rmdesk.store.vault import Vault
from rmdesk.ui.kit.context import ViewContext
from rmdesk.ui.reflections.prompt_edit import PromptEditDialog
from rmdesk.ui.reflections.prompt_library import PromptEntry
from rmdesk.ui.reflections.prompt_picker import PromptPickerDialog
from rmdesk.ui.reflections.reflections_view import ReflectionsView
from rmdesk.ui.shell.main_window import MainWindow
from rmdesk.ui.shell.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.conftest import WindowFactory, unlock
from tests.ui.test_accessibility import unnamed_interactive_widgets
from tests.ui.walker import find_canaries


@pytest.fixture(autouse=True)
def wired(monkeypatch: pytest.MonkeyPatch) -> None:
    """Route the section to this view, as the lead's one-line change in _build_view will."""
    original = Workspace._build_view

    def build(self: Workspace, section: Section, context: ViewContext) -> QWidget:
        if section is Section.REFLECTIONS:
            return ReflectionsView(context, self.content)
        return original(self, section, context)

    monkeypatch.setattr(Workspace, "_build_view", build)


def open_journal(qtbot: QtBot, window: MainWindow) -> ReflectionsView:
    unlock(qtbot, window)
    assert window.workspace is not None
    window.workspace.select_section(Section.REFLECTIONS)
    view = window.workspace.view
    assert isinstance(view, ReflectionsView) and view.editor is not None
    return view


def test_shared_screen_mode_shows_nothing_from_reflections(
    qtbot: QtBot, make_window: WindowFactory, data_paths: DataPaths
) -> None:
    with Vault.create(data_paths.vault, passphrase_bytes(PASSPHRASE), kdf=FAST_KDF) as vault:
        fill_demo(Repositories.from_db(vault.db), date(2026, 11, 24))
        canaries = canary_setup.private_canaries(vault)
    window = make_window()
    view = open_journal(qtbot, window)
    # The walker does see the journal (so the clean result below means something): the list,
    # the editor with prompt and tags, a search result, and a copy on the clipboard.
    view.table.setCurrentIndex(view.model.index(0, 0))
    qtbot.keyClicks(view.search, "PRIVCANARY")
    view.run_search()
    view.editor.copy_all()  # type: ignore[union-attr]
    assert find_canaries(
        ["PRIVCANARY-reflection-prompt", "PRIVCANARY-reflection-body", "privcanary-reflection-tag"]
    ) == ["PRIVCANARY-reflection-prompt", "PRIVCANARY-reflection-body", "privcanary-reflection-tag"]

    window.enter_share_mode()
    QApplication.sendPostedEvents(None, 0)
    workspace = window.workspace
    assert workspace is not None and workspace.data.private is None
    for section in Section:
        workspace.select_section(section)
        QApplication.sendPostedEvents(None, 0)
        assert find_canaries(canaries) == [], section
    assert not isinstance(workspace.view, ReflectionsView)
    # Even built by mistake in shared-screen mode, the view loads nothing.
    relationship = workspace.current_relationship()
    assert relationship is not None
    context = ViewContext(
        data=workspace.data,
        relationship=relationship,
        navigate=lambda _s: None,
        clipboard=window.clipboard_policy,
        edit_relationship=lambda: None,
    )
    stray = ReflectionsView(context, None)
    qtbot.addWidget(stray)
    stray.show()
    assert stray.editor is None
    assert find_canaries(canaries) == []


def test_lock_saves_typed_text_then_empties_the_journal(
    qtbot: QtBot, make_window: WindowFactory, filled_vault_file: DataPaths
) -> None:
    window = make_window()
    view = open_journal(qtbot, window)
    editor = view.editor
    assert editor is not None
    view.new_button.click()
    qtbot.keyClicks(editor.body, "LOCKCANARY typed just before the lock")
    editor.copy_all()
    assert find_canaries(["LOCKCANARY"]) == ["LOCKCANARY"]
    window.lock()
    QApplication.sendPostedEvents(None, 0)
    assert find_canaries(["LOCKCANARY"]) == []
    with Vault.open(filled_vault_file.vault, passphrase_bytes(PASSPHRASE), kdf=FAST_KDF) as vault:
        found = Repositories.from_db(vault.db).reflections.search("LOCKCANARY")
    assert len(found) == 1


def test_journal_and_prompt_dialogs_name_every_control(
    qtbot: QtBot, make_window: WindowFactory, filled_vault_file: DataPaths
) -> None:
    window = make_window()
    view = open_journal(qtbot, window)
    assert view.editor is not None
    view.editor.preview_button.click()
    qtbot.keyClicks(view.search, "meeting")
    view.run_search()
    assert unnamed_interactive_widgets(view) == []
    for button in (view.new_button, view.prompt_button, view.delete_button):
        assert "&" in button.text(), button.text()
    for button in (view.editor.copy_button, view.editor.preview_button):
        assert "&" in button.text(), button.text()

    assert window.workspace is not None
    prompts = window.workspace.data.shared.prompts
    picker = PromptPickerDialog(
        prompts, view.meetings, view.goals, PromptMoment.ON_GOAL, parent=window
    )
    qtbot.addWidget(picker)
    picker.show()
    assert unnamed_interactive_widgets(picker) == []
    picker.reject()
    shipped = load_prompts().prompts[0]
    entry = PromptEntry(shipped.theme, shipped.moment, shipped.text, shipped.key)
    editor = PromptEditDialog(load_prompts(), entry, window)
    qtbot.addWidget(editor)
    editor.show()
    assert unnamed_interactive_widgets(editor) == []
    editor.reject()
