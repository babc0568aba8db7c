"""The agenda shows its time boxes against the meeting length, before the meeting."""

from __future__ import annotations

import dataclasses

from pytestqt.qtbot import QtBot

from rmdesk.domain.models import MeetingStatus
from rmdesk.domain.sections import Section
from rmdesk.paths import DataPaths
from rmdesk.ui.meetings.meetings_view import MeetingsView
from tests.ui.conftest import WindowFactory, unlock


def test_agenda_time_against_meeting_length(
    qtbot: QtBot, make_window: WindowFactory, filled_vault_file: DataPaths
) -> None:
    window = make_window()
    unlock(qtbot, window)
    assert window.workspace is not None
    window.workspace.select_section(Section.MEETINGS)
    view = window.workspace.view
    assert isinstance(view, MeetingsView)
    planned = next(m for m in view.book.all() if m.status is MeetingStatus.PLANNED)
    view.reload(select=planned.id)
    panel = view.agenda
    total = sum(item.time_box_minutes for item in panel.model.items())
    assert panel.time_label.text() == f"Time boxes: {total} of {planned.minutes} min."
    longer = [dataclasses.replace(i, time_box_minutes=30) for i in panel.model.items()]
    panel.model.set_items(longer)
    over = 30 * len(longer) - planned.minutes
    assert f"{over} more than the {planned.minutes}-minute meeting" in panel.time_label.text()
