"""The calendar export carries the user's reminder as a content-free alarm, or none."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from pytestqt.qtbot import QtBot

from tests.ui.meetings.meetings_world import World, world
from tests.ui.meetings.test_meetings_view import answer_export

__all__ = ["world"]  # the fixture, imported for pytest


@pytest.mark.parametrize("minutes", [None, 20])
def test_the_export_carries_the_reminder_setting(
    qtbot: QtBot,
    world: World,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    minutes: int | None,
) -> None:
    view = world.view(qtbot, reminder_minutes=minutes)
    answer_export(monkeypatch, "rmdesk.ui.meetings.meetings_view", tmp_path / "m.ics")
    view.ics_button.click()
    events = Calendar.from_ical((tmp_path / "m.ics").read_bytes()).walk("VEVENT")
    alarms = [alarm for event in events for alarm in event.walk("VALARM")]
    if minutes is None:
        assert alarms == []
        return
    live = [e for e in events if str(e["STATUS"]) != "CANCELLED"]
    assert len(alarms) == len(live) > 0
    for alarm in alarms:
        assert str(alarm["DESCRIPTION"]) == "Reverse-mentoring meeting in 20 minutes"
        assert alarm["TRIGGER"].dt == -timedelta(minutes=20)
