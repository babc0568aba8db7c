"""The schedule as .ics: parses back, one event per meeting, UTC times, nothing private."""

from __future__ import annotations

import dataclasses
import stat
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar

from rmdesk.domain.models import (
    Cadence,
    Meeting,
    MeetingPrivateNote,
    MeetingStatus,
    Relationship,
    Role,
)
from rmdesk.domain.schedule import cadence_meetings
from rmdesk.export.ics import Reminder, event_title, schedule_calendar, write_schedule
from rmdesk.store.repositories import Repositories
from rmdesk.store.vault import Vault

CANARY = "PRIVCANARY-ics-note"
SHARED_INTENT = "SHAREDINTENT-kept-out-of-calendars"


def stored_schedule(vault: Vault) -> tuple[Relationship, list[Meeting]]:
    repos = Repositories.from_db(vault.db)
    relationship = repos.relationships.add(
        Relationship(
            my_role=Role.LEADER,
            my_name="Margaret Okafor",
            other_name="Leo Brandt",
            cadence=Cadence.WEEKLY,
            meeting_minutes=45,
            start_date=date(2026, 3, 16),
        )
    )
    generated = cadence_meetings(
        relationship,
        at_time=time(9, 0),
        tz=ZoneInfo("Europe/Berlin"),
        window_start=date(2026, 3, 16),
        window_end=date(2026, 4, 6),
    )
    meetings = [repos.meetings.add(m) for m in generated]
    first = meetings[0]
    assert first.id is not None
    repos.meetings.update(dataclasses.replace(first, learning_intent=SHARED_INTENT))
    repos.private_meeting_notes.put(MeetingPrivateNote(meeting_id=first.id, body=CANARY))
    cancelled = repos.meetings.update(
        dataclasses.replace(meetings[2], status=MeetingStatus.CANCELLED)
    )
    meetings[2] = cancelled
    assert relationship.id is not None
    return relationship, repos.meetings.list_for_relationship(relationship.id)


def test_ics_parses_back_with_one_utc_event_per_meeting(vault: Vault, tmp_path: Path) -> None:
    relationship, meetings = stored_schedule(vault)
    target = tmp_path / "schedule.ics"
    count = write_schedule(
        target, relationship, meetings, stamp=datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
    )
    assert count == 4
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    raw = target.read_bytes()
    assert CANARY.encode() not in raw and SHARED_INTENT.encode() not in raw
    calendar = Calendar.from_ical(raw)
    events = calendar.walk("VEVENT")
    assert [str(e["UID"]) for e in events] == [m.uuid for m in meetings]
    for event, meeting in zip(events, meetings, strict=True):
        start = event.decoded("DTSTART")
        end = event.decoded("DTEND")
        assert start.utcoffset() == timedelta(0) and start == meeting.starts_at
        assert end - start == timedelta(minutes=45)
        assert str(event["SUMMARY"]) == "Reverse mentoring: Margaret & Leo"
        assert "DESCRIPTION" not in event
    # 09:00 in Berlin: 08:00 UTC before the DST change on 29 March, 07:00 after it.
    assert [e.decoded("DTSTART").hour for e in events] == [8, 8, 7, 7]
    assert b"DTSTART:20260316T080000Z" in raw
    statuses = [str(e["STATUS"]) for e in events]
    assert statuses == ["CONFIRMED", "CONFIRMED", "CANCELLED", "CONFIRMED"]
    assert str(calendar["VERSION"]) == "2.0" and "PRODID" in calendar


def test_uids_are_stable_and_a_moved_meeting_gets_a_higher_sequence(vault: Vault) -> None:
    relationship, meetings = stored_schedule(vault)
    stamp = datetime(2026, 3, 1, tzinfo=UTC)
    first = Calendar.from_ical(schedule_calendar(relationship, meetings, stamp=stamp))
    moved = dataclasses.replace(
        meetings[1],
        starts_at=meetings[1].starts_at + timedelta(days=1),
        updated_at=meetings[1].updated_at + timedelta(hours=2),
    )
    second = Calendar.from_ical(
        schedule_calendar(relationship, [meetings[0], moved, *meetings[2:]], stamp=stamp)
    )
    uids = [str(e["UID"]) for e in first.walk("VEVENT")]
    assert uids == [str(e["UID"]) for e in second.walk("VEVENT")]
    before = int(first.walk("VEVENT")[1]["SEQUENCE"])
    after = int(second.walk("VEVENT")[1]["SEQUENCE"])
    assert after > before


def test_event_title_uses_first_names_and_neutralises_them() -> None:
    base = Relationship(
        my_role=Role.MENTOR,
        my_name="Leo Brandt",
        other_name="Margaret\u202e Okafor",
        cadence=Cadence.MONTHLY,
        meeting_minutes=30,
        start_date=date(2026, 1, 1),
    )
    assert event_title(base) == "Reverse mentoring: Margaret\ufffd & Leo"
    assert event_title(dataclasses.replace(base, my_name="")) == (
        "Reverse mentoring: Margaret\ufffd"
    )


def test_an_optional_alarm_carries_only_the_content_free_text(vault: Vault) -> None:
    relationship, meetings = stored_schedule(vault)
    text = "Reverse-mentoring meeting in 15 minutes"
    stamp = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
    raw = schedule_calendar(relationship, meetings, stamp=stamp, reminder=Reminder(15, text))
    events = Calendar.from_ical(raw).walk("VEVENT")
    with_alarm = 0
    for event in events:
        alarms = event.walk("VALARM")
        if str(event["STATUS"]) == "CANCELLED":
            assert alarms == []  # no reminder for a meeting that is off
            continue
        (alarm,) = alarms
        assert str(alarm["ACTION"]) == "DISPLAY"
        assert str(alarm["DESCRIPTION"]) == text
        assert alarm["TRIGGER"].dt == -timedelta(minutes=15)
        assert set(alarm.keys()) == {"ACTION", "DESCRIPTION", "TRIGGER"}
        with_alarm += 1
    assert with_alarm == len(events) - 1
    assert b"Margaret" not in raw.split(b"BEGIN:VALARM")[1].split(b"END:VALARM")[0]
    assert CANARY.encode() not in raw and SHARED_INTENT.encode() not in raw
    # Without the option, no alarm at all.
    plain = schedule_calendar(relationship, meetings, stamp=stamp)
    assert b"VALARM" not in plain
