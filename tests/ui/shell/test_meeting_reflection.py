"""Meeting -> journal through the real main window: the reflection a meeting asks for is
linked to that meeting and starts from a prompt of the right moment."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from rmdesk.domain.models import Meeting, MeetingStatus
from rmdesk.domain.resources import PromptMoment
from rmdesk.paths import DataPaths
from rmdesk.privacy.share_mode import Section
from rmdesk.ui.meetings.meetings_view import MeetingsView
from rmdesk.ui.reflections.prompt_picker import PromptPickerDialog
from rmdesk.ui.reflections.reflections_view import ReflectionsView
from rmdesk.ui.shell.main_window import MainWindow
from tests.ui.conftest import WindowFactory, unlock


def meetings_view(window: MainWindow) -> MeetingsView:
    window.workspace.select_section(Section.MEETINGS)
    view = window.workspace.view
    assert isinstance(view, MeetingsView)
    return view


def select(view: MeetingsView, meeting: Meeting) -> None:
    view.table.selectRow(view.model.row_of(meeting.id))
    assert view.current_meeting_id() == meeting.id


def pick_the_offered_prompt(qtbot: QtBot, seen: dict[str, object]) -> None:
    """Answer the prompt picker the app opens with exec(): note what it offers, press Start."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PromptPickerDialog):
            QTimer.singleShot(20, answer)
            return
        seen["moment"] = dialog.current_moment()
        seen["meeting"] = dialog.meeting.currentData()
        entry = dialog.current_entry()
        seen["prompt"] = entry.text if entry is not None else None
        assert dialog.start_button.isEnabled()
        dialog.start_button.click()

    QTimer.singleShot(0, answer)


def write_and_read_back(qtbot: QtBot, window: MainWindow, seen: dict[str, object]) -> None:
    qtbot.waitUntil(lambda: "prompt" in seen, timeout=10_000)
    journal = window.workspace.view
    assert isinstance(journal, ReflectionsView) and journal.editor is not None
    qtbot.waitUntil(lambda: journal.editor is not None and journal.editor.current.prompt != "")
    current = journal.editor.current
    assert current.prompt == seen["prompt"]
    assert current.meeting_id == seen["meeting"]
    qtbot.keyClicks(journal.editor.body, "What I will not defend today")
    journal.save_pending()
    stored = journal.editor.current
    assert stored.id is not None
    assert stored.meeting_id == seen["meeting"] and stored.prompt == seen["prompt"]


def test_write_a_reflection_on_a_held_meeting_links_it_with_an_after_meeting_prompt(
    qtbot: QtBot, make_window: WindowFactory, filled_vault_file: DataPaths
) -> None:
    window = make_window()
    unlock(qtbot, window)
    view = meetings_view(window)
    held = [m for m in view.book.all() if m.status is MeetingStatus.HELD][-2]
    select(view, held)
    assert view.summary.reflect_button is not None
    seen: dict[str, object] = {}
    pick_the_offered_prompt(qtbot, seen)
    view.summary.reflect_button.click()

    write_and_read_back(qtbot, window, seen)
    assert seen["moment"] is PromptMoment.AFTER_MEETING
    assert seen["meeting"] == held.id
    assert window.workspace.position()[1] == Section.REFLECTIONS.value


def test_the_next_meeting_offers_a_before_session_check_linked_to_it(
    qtbot: QtBot, make_window: WindowFactory, filled_vault_file: DataPaths
) -> None:
    window = make_window()
    unlock(qtbot, window)
    view = meetings_view(window)
    now = datetime.now(UTC)
    coming = next(
        m for m in view.book.all() if m.status is MeetingStatus.PLANNED and m.starts_at > now
    )
    # The view opens on the next meeting, and offers the check there.
    assert view.current_meeting_id() == coming.id
    assert view.prepare_button is not None and view.prepare_button.isVisible()
    held = next(m for m in view.book.all() if m.status is MeetingStatus.HELD)
    select(view, held)
    assert not view.prepare_button.isVisible(), "no before-session check for a past meeting"
    select(view, coming)
    seen: dict[str, object] = {}
    pick_the_offered_prompt(qtbot, seen)
    view.prepare_button.click()

    write_and_read_back(qtbot, window, seen)
    assert seen["moment"] is PromptMoment.BEFORE_SESSION
    assert seen["meeting"] == coming.id


def test_shared_screen_mode_offers_no_way_into_the_journal(
    qtbot: QtBot, make_window: WindowFactory, filled_vault_file: DataPaths
) -> None:
    window = make_window()
    unlock(qtbot, window)
    window.enter_share_mode()
    view = meetings_view(window)
    assert view.prepare_button is None and view.summary.reflect_button is None
