"""The live session, driven by keyboard with a clock moved by hand."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from rmdesk.domain.models import AgendaKind, MeetingStatus, Role
from rmdesk.ui.meetings.live_session_view import LiveSessionView
from rmdesk.ui.meetings.meetings_view import MeetingsView
from tests.ui.meetings.meetings_world import World, fill_agenda, world
from tests.ui.test_accessibility import unnamed_interactive_widgets

__all__ = ["world"]
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def start(qtbot: QtBot, world: World) -> tuple[MeetingsView, LiveSessionView]:
    fill_agenda(
        world,
        [
            ("How I plan my week with AI", AgendaKind.TOPIC, 10),
            ("Why async updates?", AgendaKind.QUESTION, 5),
            ("Juniors need more structure", AgendaKind.ASSUMPTION, 15),
        ],
    )
    view = world.view(qtbot)
    view.start_button.click()
    live = view.live
    assert live is not None and view.modes.currentWidget() is live
    qtbot.waitUntil(live.notes_edit.hasFocus)
    return view, live


def test_a_session_runs_through_every_item_by_keyboard(qtbot: QtBot, world: World) -> None:
    view, live = start(qtbot, world)
    meeting_id = world.planned.id
    assert meeting_id is not None
    assert unnamed_interactive_widgets(live) == []
    assert live.position_label.text() == "Item 1 of 3"
    assert live.title_label.text() == "How I plan my week with AI"
    assert live.timer_label.text() == "10:00 left (paused)"

    qtbot.keyClick(live.notes_edit, Qt.Key.Key_T, CTRL)  # start the timer
    world.clock.advance(61)
    live.tick.timeout.emit()
    assert live.timer_label.text() == "8:59 left"
    world.clock.advance(600)
    live.tick.timeout.emit()
    assert live.timer_label.text() == "Over time by 1:01"
    assert live.timer_frame.property("overTime") is True
    assert live.timer_frame.backgroundRole() == QPalette.ColorRole.ToolTipBase

    qtbot.keyClick(live.notes_edit, Qt.Key.Key_N, CTRL_SHIFT)  # add a note
    qtbot.keyClicks(live.notes_edit, "Uses three tools")
    qtbot.keyClick(live.notes_edit, Qt.Key.Key_D, CTRL)  # done
    assert live.done_button.isChecked()

    qtbot.keyClick(live.notes_edit, Qt.Key.Key_Right, ALT)  # next item
    assert live.position_label.text() == "Item 2 of 3"
    # The timer moved on with the session: the new item's time box runs.
    assert live.timer_label.text() == "5:00 left"
    world.clock.advance(30)
    live.tick.timeout.emit()
    assert live.timer_label.text() == "4:30 left"
    qtbot.keyClick(live.notes_edit, Qt.Key.Key_T, CTRL)  # pause
    world.clock.advance(300)
    live.refresh_timer()
    assert live.timer_label.text() == "4:30 left (paused)"
    qtbot.keyClicks(live.outcome_edit, "Fewer interruptions")

    qtbot.keyClick(live.notes_edit, Qt.Key.Key_Right, ALT)
    assert live.position_label.text() == "Item 3 of 3"
    qtbot.keyClick(live.notes_edit, Qt.Key.Key_Right, ALT)  # no item after the last
    assert live.position_label.text() == "Item 3 of 3"
    qtbot.keyClick(live.notes_edit, Qt.Key.Key_Left, ALT)
    qtbot.keyClick(live.notes_edit, Qt.Key.Key_Left, ALT)
    assert live.notes_edit.toPlainText() == "- Uses three tools"
    assert live.timer_label.text() == "Over time by 1:01 (paused)"  # its own count, kept

    # Raise a question, challenge an assumption, agree an action — all from the keyboard.
    qtbot.keyClick(live.notes_edit, Qt.Key.Key_Q, CTRL_SHIFT)
    assert live.side.raise_edit.hasFocus()
    qtbot.keyClicks(live.side.raise_edit, "Who reads long emails?")
    qtbot.keyClick(live.side.raise_edit, Qt.Key.Key_Return)
    qtbot.keyClick(live.notes_edit, Qt.Key.Key_C, CTRL_SHIFT)
    qtbot.keyClicks(live.side.raise_edit, "Meetings need an agenda")
    qtbot.keyClick(live.side.raise_edit, Qt.Key.Key_Return)
    assert live.side.rows_of(live.side.questions_list) == [
        "Why async updates? → Fewer interruptions",
        "Who reads long emails?",
    ]
    assert live.side.rows_of(live.side.assumptions_list)[-1] == "Meetings need an agenda"
    assert live.position_label.text() == "Item 1 of 5"

    qtbot.keyClick(live.notes_edit, Qt.Key.Key_A, CTRL_SHIFT)
    assert live.side.action_what.hasFocus()
    live.side.action_owner.setCurrentIndex(live.side.action_owner.findData(Role.MENTOR.value))
    qtbot.keyClicks(live.side.action_what, "Send a two-line update instead of a meeting")
    qtbot.keyClick(live.side.action_what, Qt.Key.Key_Return)
    actions = world.repos.actions.list_for_meeting(meeting_id, include_private=False)
    assert [(a.what, a.owner, a.meeting_id) for a in actions] == [
        ("Send a two-line update instead of a meeting", Role.MENTOR, meeting_id)
    ]
    assert actions[0].due_date is not None
    assert live.side.rows_of(live.side.actions_list)[0].startswith("Leo Brandt (mentor): Send")

    with qtbot.waitSignal(live.ended):
        qtbot.keyClick(live.notes_edit, Qt.Key.Key_E, CTRL_SHIFT)
    stored = world.repos.meetings.get(meeting_id)
    assert stored is not None and stored.status is MeetingStatus.HELD
    items = world.repos.agenda_items.list_for_meeting(meeting_id)
    assert [(i.title, i.done) for i in items][:3] == [
        ("How I plan my week with AI", True),
        ("Why async updates?", False),
        ("Juniors need more structure", False),
    ]
    assert items[0].shared_notes == "- Uses three tools"
    assert items[1].outcome == "Fewer interruptions"
    # Back in the planner, on the summary, with the reflection prompt.
    assert view.live is None and view.modes.currentWidget() is view.planner
    assert view.tabs.currentIndex() == 1
    summary = view.summary.summary_view.toPlainText()
    assert "Uses three tools" in summary and "Send a two-line update" in summary
    assert "Write a reflection" in view.summary.prompt_label.text()


def test_notes_autosave_after_the_debounce_without_leaving(qtbot: QtBot, world: World) -> None:
    _view, live = start(qtbot, world)
    qtbot.keyClicks(live.notes_edit, "typed live")
    item = live.current_item()
    assert item is not None and item.id is not None
    stored = world.repos.agenda_items.get(item.id)
    assert stored is not None and stored.shared_notes == ""  # not yet: debounced
    assert live._saver.timer.interval() == 800
    qtbot.waitUntil(
        lambda: (world.repos.agenda_items.get(item.id or 0) or stored).shared_notes == "typed live",
        timeout=3000,
    )


def test_save_pending_keeps_what_was_typed_when_the_view_goes(qtbot: QtBot, world: World) -> None:
    view, live = start(qtbot, world)
    qtbot.keyClicks(live.outcome_edit, "concluded")
    item = live.current_item()
    assert item is not None and item.id is not None
    view.save_pending()  # what the workspace calls before navigation, lock or share mode
    stored = world.repos.agenda_items.get(item.id)
    assert stored is not None and stored.outcome == "concluded"


def test_leaving_without_ending_keeps_the_meeting_planned(qtbot: QtBot, world: World) -> None:
    view, live = start(qtbot, world)
    qtbot.keyClicks(live.notes_edit, "x")
    with qtbot.waitSignal(live.left):
        live.back_button.click()
    QApplication.processEvents()
    meeting = world.repos.meetings.get(world.planned.id or 0)
    assert meeting is not None and meeting.status is MeetingStatus.PLANNED
    assert view.live is None and view.tabs.currentIndex() == 0
    items = world.repos.agenda_items.list_for_meeting(world.planned.id or 0)
    assert items[0].shared_notes == "x"


def test_an_empty_agenda_can_still_be_run(qtbot: QtBot, world: World) -> None:
    view = world.view(qtbot)
    view.start_button.click()
    live = view.live
    assert live is not None
    assert live.position_label.text() == "No agenda items yet"
    assert not live.notes_edit.isEnabled()
    live.toggle_timer()  # nothing to time: no error
    qtbot.keyClicks(live.side.raise_edit, "First question")
    live.side.raise_button.click()
    assert live.position_label.text() == "Item 1 of 1"
    live.side.raise_button.click()  # empty: says so, adds nothing
    assert "first" in live.side.message_label.text()
