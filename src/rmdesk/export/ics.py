"""The meeting schedule as an iCalendar file (RFC 5545) that calendar apps import.

One VEVENT per meeting; its UID is the meeting's uuid, so importing a newer export updates
the events instead of duplicating them. Cancelled meetings are *kept*, with
``STATUS:CANCELLED``: a calendar that imported the meeting earlier then learns it is off,
which leaving it out would never tell it. ``SEQUENCE`` grows with every change of the
meeting (minutes between its creation and its last update), which is what calendar apps
compare to take the newer copy.

Times are written in UTC (``DTSTART``/``DTEND`` with a ``Z``), so no time-zone definitions
are needed and the file means the same everywhere.

Privacy: the event text is a fixed title with the two first names ("Reverse mentoring:
Margaret & Leo"). No agenda, learning intent, notes or summary is written: a calendar is
synced, shared and shown in notifications, far from this encrypted file. An optional alarm
(VALARM) says only "Reverse-mentoring meeting in N minutes".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from icalendar import Alarm, Calendar, Event

from rmdesk.domain.models import Meeting, MeetingStatus, Relationship
from rmdesk.export.document_style import ENGLISH, DocumentStyle
from rmdesk.privacy.display_text import neutralise
from rmdesk.store.files import write_bytes_atomic

PRODUCT_ID = "-//rmdesk//Meeting schedule//EN"
_STATUS = {
    MeetingStatus.PLANNED: "CONFIRMED",
    MeetingStatus.HELD: "CONFIRMED",
    MeetingStatus.CANCELLED: "CANCELLED",
}


def _first_name(name: str) -> str:
    words = neutralise(name).split()
    return words[0] if words else ""


def event_title(relationship: Relationship, style: DocumentStyle = ENGLISH) -> str:
    """ "Reverse mentoring: Margaret & Leo" (leader first); just one name if only one is
    known. In ``style``'s language for a document (the calendar file stays English)."""
    names = (relationship.leader_name, relationship.mentor_name)
    firsts = [first for first in map(_first_name, names) if first]
    if not firsts:
        return style.translate("CalendarTitle", "Reverse mentoring")
    return style.translate("CalendarTitle", "Reverse mentoring: {0}").format(" & ".join(firsts))


@dataclass(frozen=True, slots=True)
class Reminder:
    """A VALARM for every meeting still on: ``minutes`` before, with content-free ``text``
    (the caller's translation of "Reverse-mentoring meeting in N minutes")."""

    minutes: int
    text: str


def _alarm(reminder: Reminder) -> Alarm:
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", reminder.text)
    alarm.add("trigger", timedelta(minutes=-reminder.minutes))
    return alarm


def _utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(microsecond=0)


def _sequence(meeting: Meeting) -> int:
    # Seconds since creation at the last change: it rises with every saved change (times are
    # stored to the second), so a calendar that imported the event takes the new version.
    return max(0, int((meeting.updated_at - meeting.created_at).total_seconds()))


def schedule_calendar(
    relationship: Relationship,
    meetings: Iterable[Meeting],
    *,
    stamp: datetime,
    reminder: Reminder | None = None,
) -> bytes:
    """The calendar for ``meetings`` (any order; written earliest first) as bytes; with
    ``reminder``, each meeting that is not cancelled carries an alarm."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    title = event_title(relationship)
    for meeting in sorted(meetings, key=lambda m: (m.starts_at, m.uuid)):
        event = Event()
        event.add("uid", meeting.uuid)
        event.add("dtstamp", _utc(stamp))
        event.add("dtstart", _utc(meeting.starts_at))
        event.add("dtend", _utc(meeting.starts_at + timedelta(minutes=meeting.minutes)))
        event.add("summary", title)
        event.add("status", _STATUS[meeting.status])
        event.add("sequence", _sequence(meeting))
        event.add("last-modified", _utc(meeting.updated_at))
        event.add("transp", "OPAQUE")
        if reminder is not None and meeting.status is not MeetingStatus.CANCELLED:
            event.add_component(_alarm(reminder))
        calendar.add_component(event)
    return bytes(calendar.to_ical())


def write_schedule(
    target: Path,
    relationship: Relationship,
    meetings: Iterable[Meeting],
    *,
    stamp: datetime,
    reminder: Reminder | None = None,
) -> int:
    """Write the calendar atomically with mode 0600; returns the number of events."""
    listed = list(meetings)
    write_bytes_atomic(
        target, schedule_calendar(relationship, listed, stamp=stamp, reminder=reminder)
    )
    return len(listed)
