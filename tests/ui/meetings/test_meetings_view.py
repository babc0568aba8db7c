"""The Meetings view: schedule, agenda, carry-over, templates, exports, privacy."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from icalendar import Calendar
from pypdf import PdfReader
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QPlainTextEdit
from pytestqt.qtbot import QtBot

from rmdesk.domain.models import AgendaItem, AgendaKind, MeetingStatus, Role
from rmdesk.domain.resources import PromptMoment
from rmdesk.ui.kit.context import ReflectionRequest
from rmdesk.ui.meetings.agenda_item_dialog import AgendaItemDialog
from rmdesk.ui.meetings.agenda_model import ROWS_MIME
from rmdesk.ui.meetings.agenda_template_dialog import AgendaTemplateDialog, builtin_choices
from rmdesk.ui.meetings.meeting_dialog import MeetingDialog, MeetingSlot
from rmdesk.ui.meetings.meeting_schedule_dialog import ScheduleDialog, ScheduleRequest
from tests.export.pdf_pages import assert_printable
from tests.ui.meetings.meetings_world import (
    ACTION_PRIVATE_CANARY,
    PRIVATE_CANARY,
    World,
    world,
)
from tests.ui.test_accessibility import unnamed_interactive_widgets
from tests.ui.walker import find_canaries

__all__ = ["world"]  # the fixture, imported for pytest
CANARIES = [PRIVATE_CANARY, ACTION_PRIVATE_CANARY]


def titles(world: World) -> list[str]:
    assert world.planned.id is not None
    return [i.title for i in world.repos.agenda_items.list_for_meeting(world.planned.id)]


def test_opens_on_the_next_planned_meeting_with_the_private_pane(
    qtbot: QtBot, world: World
) -> None:
    view = world.view(qtbot)
    assert view.current_meeting_id() == world.planned.id
    assert view.agenda.private_edit is not None
    assert view.agenda.private_edit.toPlainText() == PRIVATE_CANARY
    assert view.model.rowCount() == 3
    assert unnamed_interactive_widgets(view) == []


def test_build_an_agenda_and_reorder_it_by_keyboard_and_drop(
    qtbot: QtBot, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = world.view(qtbot)
    meeting_id = world.planned.id
    assert meeting_id is not None
    answers = iter(
        AgendaItem(meeting_id=meeting_id, owner=owner, kind=kind, title=title, time_box_minutes=m)
        for title, kind, owner, m in (
            ("How I plan my week with AI", AgendaKind.TOPIC, Role.MENTOR, 20),
            ("Why async updates?", AgendaKind.QUESTION, Role.LEADER, 10),
            ("Juniors need more structure", AgendaKind.ASSUMPTION, Role.LEADER, 15),
        )
    )
    monkeypatch.setattr(AgendaItemDialog, "ask", classmethod(lambda cls, *a, **k: next(answers)))
    for _ in range(3):
        view.agenda.add_item()
    assert titles(world) == [
        "How I plan my week with AI",
        "Why async updates?",
        "Juniors need more structure",
    ]
    table = view.agenda.table
    table.setFocus()
    view.agenda.table.selectRow(2)
    qtbot.keyClick(table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert titles(world)[1] == "Juniors need more structure"
    assert view.agenda.selected_row() == 1
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert titles(world)[2] == "Juniors need more structure"
    # A drag of the first row dropped onto the third: it lands before it.
    model = view.agenda.model
    data = model.mimeData([model.index(0, 0)])
    assert data.hasFormat(ROWS_MIME)
    model.dropMimeData(data, Qt.DropAction.MoveAction, 2, 0, QModelIndex())
    assert titles(world) == [
        "Why async updates?",
        "How I plan my week with AI",
        "Juniors need more structure",
    ]
    # Delete removes the selected item.
    view.agenda.table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert titles(world) == ["How I plan my week with AI", "Juniors need more structure"]


def test_agenda_item_dialog_refuses_an_empty_title_and_builds_an_item(
    qtbot: QtBot, world: World
) -> None:
    assert world.planned.id is not None
    dialog = AgendaItemDialog(world.relationship, world.planned.id, None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed_interactive_widgets(dialog) == []
    dialog.buttons.accepted.emit()
    assert dialog.error_label.isVisible() and dialog.result() == 0
    qtbot.keyClicks(dialog.title_edit, "Challenge: remote is slower")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("assumption"))
    dialog.owner_combo.setCurrentIndex(dialog.owner_combo.findData("mentor"))
    dialog.minutes_edit.setValue(25)
    with qtbot.waitSignal(dialog.accepted):
        dialog.buttons.accepted.emit()
    item = dialog.result_item()
    assert (item.title, item.kind, item.owner, item.time_box_minutes) == (
        "Challenge: remote is slower",
        AgendaKind.ASSUMPTION,
        Role.MENTOR,
        25,
    )


def test_unfinished_items_of_the_last_held_meeting_are_offered_once(
    qtbot: QtBot, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = world.view(qtbot)
    agenda = view.agenda
    assert agenda.carry_button.isVisible()
    assert agenda.carry_label.text().startswith("1 unfinished item from the meeting on ")
    # Only the last held meeting counts (not the unfinished item of the first one).
    from rmdesk.ui.meetings.agenda_carryover_dialog import CarryOverDialog

    offered: list[list[str]] = []

    def choose_all(
        cls: object, parent: object, items: list[AgendaItem], when: str
    ) -> list[AgendaItem]:
        offered.append([i.title for i in items])
        return items

    monkeypatch.setattr(CarryOverDialog, "ask", classmethod(choose_all))
    agenda.carry_button.click()
    assert offered == [["Remote means less committed"]]
    assert world.planned.id is not None
    carried = world.repos.agenda_items.list_for_meeting(world.planned.id)
    assert [c.title for c in carried] == ["Remote means less committed"]
    assert carried[0].carried_from_id is not None and not carried[0].shared_notes
    assert not agenda.carry_button.isVisible()


def test_carry_over_dialog_lets_a_person_untick(qtbot: QtBot, world: World) -> None:
    from rmdesk.ui.meetings.agenda_carryover_dialog import CarryOverDialog

    items = [
        AgendaItem(meeting_id=1, owner=Role.LEADER, kind=AgendaKind.TOPIC, title=t, id=n)
        for n, t in ((1, "Keep"), (2, "Drop"))
    ]
    dialog = CarryOverDialog(items, "Monday", None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed_interactive_widgets(dialog) == []
    row = dialog.list.item(1)
    assert row is not None
    row.setCheckState(Qt.CheckState.Unchecked)
    assert [i.title for i in dialog.chosen()] == ["Keep"]


def test_templates_add_items_and_the_agenda_saves_as_the_pairs_own(
    qtbot: QtBot, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = world.view(qtbot)
    first = builtin_choices()[0]
    monkeypatch.setattr(AgendaTemplateDialog, "ask", classmethod(lambda cls, *a: first))
    view.agenda.use_template()
    assert titles(world) == [i.title for i in first.items]
    monkeypatch.setattr(
        "rmdesk.ui.meetings.agenda_panel.ask_template_name", lambda parent: "Our usual"
    )
    view.agenda.save_template()
    saved = world.repos.agenda_templates.list_all()
    assert [t.name for t in saved] == ["Our usual"]
    assert [i.title for i in saved[0].items] == [i.title for i in first.items]
    dialog = AgendaTemplateDialog(builtin_choices(), [], None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed_interactive_widgets(dialog) == []
    assert dialog.choice() == first


def test_schedule_from_the_cadence_adds_only_missing_meetings(
    qtbot: QtBot, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = world.view(qtbot)
    request = ScheduleRequest(time(9, 0), date(2026, 4, 30))
    monkeypatch.setattr(ScheduleDialog, "ask", classmethod(lambda cls, *a: request))
    view.schedule_button.click()
    assert world.relationship.id is not None
    meetings = world.repos.meetings.list_for_relationship(world.relationship.id)
    # From today (10 March): 16 March exists already; 23 March to 27 April are added.
    assert [m.starts_at.day for m in meetings[3:]] == [23, 30, 6, 13, 20, 27]
    assert view.status_label.text() == "Added 6 meetings."
    view.schedule_button.click()
    assert len(world.repos.meetings.list_for_relationship(world.relationship.id)) == 9
    assert "Nothing to add" in view.status_label.text()
    dialog = ScheduleDialog(world.relationship, date(2026, 3, 10), None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed_interactive_widgets(dialog) == []
    assert dialog.request().at_time == time(9, 0)


def test_move_cancel_restore_and_add_an_extra_meeting(
    qtbot: QtBot, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = world.view(qtbot)
    moved_to = datetime(2026, 3, 17, 14, 30, tzinfo=UTC)
    monkeypatch.setattr(
        MeetingDialog, "ask", classmethod(lambda cls, *a: MeetingSlot(moved_to, 60, False))
    )
    view.move_button.click()
    assert world.planned.id is not None
    moved = world.repos.meetings.get(world.planned.id)
    assert moved is not None and moved.starts_at == moved_to and moved.minutes == 60
    view.cancel_button.click()
    assert world.repos.meetings.get(world.planned.id).status is MeetingStatus.CANCELLED  # type: ignore[union-attr]
    assert not view.start_button.isEnabled()
    view.cancel_button.click()
    assert world.repos.meetings.get(world.planned.id).status is MeetingStatus.PLANNED  # type: ignore[union-attr]
    extra_at = datetime(2026, 3, 20, 12, 0, tzinfo=UTC)
    monkeypatch.setattr(
        MeetingDialog, "ask", classmethod(lambda cls, *a: MeetingSlot(extra_at, 30, False))
    )
    view.extra_button.click()
    current = view.current_meeting()
    assert current is not None and current.is_extra and current.starts_at == extra_at
    dialog = MeetingDialog("Move", moved_to, 45, UTC, None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed_interactive_widgets(dialog) == []
    assert dialog.slot() == MeetingSlot(moved_to.replace(minute=30), 45, False)


def answer_export(monkeypatch: pytest.MonkeyPatch, module: str, target: Path) -> list[str]:
    asked: list[str] = []

    def confirm(parent: object, what: str) -> bool:
        asked.append(what)
        return True

    monkeypatch.setattr(f"{module}.confirm_plain_export", confirm)
    # The real path step runs (it adds a missing suffix); only the platform dialog answers.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    return asked


def test_calendar_export_after_the_warning_holds_every_meeting_and_nothing_private(
    qtbot: QtBot, world: World, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    view = world.view(qtbot)
    target = tmp_path / "meetings"
    asked = answer_export(monkeypatch, "rmdesk.ui.meetings.meetings_view", target)
    view.ics_button.click()
    assert asked, "the unencrypted-file warning was not shown"
    written = tmp_path / "meetings.ics"
    raw = written.read_bytes()
    assert PRIVATE_CANARY.encode() not in raw
    events = Calendar.from_ical(raw).walk("VEVENT")
    assert [str(e["UID"]) for e in events] == [m.uuid for m in world.meetings]
    assert events[2].decoded("DTSTART") == datetime(2026, 3, 16, 9, 0, tzinfo=UTC)


def test_summary_of_a_held_meeting_exports_shared_parts_only(
    qtbot: QtBot, world: World, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    view = world.view(qtbot)
    view.table.selectRow(1)
    assert view.tabs.currentIndex() == 1  # a held meeting opens on its summary
    text = view.summary.summary_view.toPlainText()
    assert "Remote means less committed" in text and "Shared action text" in text
    assert PRIVATE_CANARY not in text and ACTION_PRIVATE_CANARY not in text
    qtbot.keyClicks(view.summary.words_edit, "A good one")
    target = tmp_path / "summary.md"
    answer_export(monkeypatch, "rmdesk.ui.meetings.summary_panel", target)
    assert view.summary.export_markdown() == target
    markdown = target.read_text(encoding="utf-8")
    assert "## Actions agreed" in markdown and "A good one" in markdown
    assert PRIVATE_CANARY not in markdown and ACTION_PRIVATE_CANARY not in markdown
    pdf = tmp_path / "summary.pdf"
    answer_export(monkeypatch, "rmdesk.ui.meetings.summary_panel", pdf)
    assert view.summary.export_pdf() == pdf
    pdf_text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages)
    assert "Remote means less committed" in pdf_text and PRIVATE_CANARY not in pdf_text
    assert_printable(pdf)
    assert view.summary.reflect_button is not None
    view.summary.reflect_button.click()
    # The journal is asked for a reflection on this very meeting, with the after-meeting prompts.
    assert world.reflections == [
        ReflectionRequest(world.meetings[1].id or 0, PromptMoment.AFTER_MEETING)
    ]


def test_typing_is_autosaved_after_the_debounce_and_on_save_pending(
    qtbot: QtBot, world: World
) -> None:
    view = world.view(qtbot)
    meeting_id = world.planned.id
    assert meeting_id is not None and view.agenda.private_edit is not None
    qtbot.keyClicks(view.agenda.intent_edit, "Learn; do not defend")
    assert view.saver.timer.isActive()
    view.saver.timer.timeout.emit()  # the debounce firing, without waiting for it
    stored = world.repos.meetings.get(meeting_id)
    assert stored is not None and stored.learning_intent == "Learn; do not defend"
    qtbot.keyClick(view.agenda.private_edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(view.agenda.private_edit, " and more")
    view.save_pending()
    note = world.repos.private_meeting_notes.get(meeting_id)
    assert note is not None and note.body == PRIVATE_CANARY + " and more"
    assert not view.saver.has_pending


def test_shared_screen_mode_never_builds_the_private_pane(qtbot: QtBot, world: World) -> None:
    view = world.view(qtbot, share_mode=True)
    assert view.agenda.private_edit is None
    assert view.findChild(QPlainTextEdit, "privateMeetingNotesEdit") is None
    assert view.summary.reflect_button is None
    for row in range(view.model.rowCount()):
        view.table.selectRow(row)
        QApplication.processEvents()
        for tab in (0, 1):
            view.tabs.setCurrentIndex(tab)
            assert find_canaries(CANARIES) == [], (row, tab)
    view.table.selectRow(2)
    view.start_button.click()
    assert view.live is not None
    assert find_canaries(CANARIES) == []
    assert find_canaries(["Shared action text"]) == []  # not this meeting's action
    assert unnamed_interactive_widgets(view) == []


def test_the_walker_does_see_the_private_pane_outside_shared_mode(
    qtbot: QtBot, world: World
) -> None:
    world.view(qtbot)
    assert find_canaries([PRIVATE_CANARY]) == [PRIVATE_CANARY]


def test_empty_relationship_says_what_to_do(qtbot: QtBot, world: World) -> None:
    assert world.relationship.id is not None
    for meeting in world.meetings:
        assert meeting.id is not None
        world.repos.meetings.delete(meeting.id)
    view = world.view(qtbot)
    assert "No meetings yet" in view.heading.text()
    assert not view.start_button.isEnabled()
