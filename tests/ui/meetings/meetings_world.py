"""Shared set-up for the Meetings tests: a real vault with one relationship and a few
meetings, a view built on it in either mode, a clock moved by hand. (No tests here.)"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from rmdesk.domain.models import (
    ActionItem,
    AgendaItem,
    AgendaKind,
    Cadence,
    Meeting,
    MeetingPrivateNote,
    MeetingStatus,
    Relationship,
    Role,
)
from rmdesk.domain.sections import Section
from rmdesk.paths import DataPaths
from rmdesk.privacy.access import data_access
from rmdesk.privacy.clipboard import ClipboardPolicy
from rmdesk.privacy.share_mode import Visibility
from rmdesk.store.kdf import passphrase_bytes
from rmdesk.store.repositories import Repositories
from rmdesk.store.vault import Vault
from rmdesk.ui.kit.context import ViewContext
from rmdesk.ui.meetings.meetings_view import MeetingsView
from tests.conftest import FAST_KDF, PASSPHRASE

NOW = datetime(2026, 3, 10, 8, 0, tzinfo=UTC)
PRIVATE_CANARY = "PRIVCANARY-meeting-private-note"
ACTION_PRIVATE_CANARY = "PRIVCANARY-action-private-note"


class ManualClock:
    """Monotonic seconds that only move when a test says so."""

    def __init__(self) -> None:
        self.now = 10_000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@dataclass
class World:
    vault: Vault
    repos: Repositories
    relationship: Relationship
    meetings: list[Meeting]
    clock: ManualClock = field(default_factory=ManualClock)
    navigated: list[Section] = field(default_factory=list)

    @property
    def planned(self) -> Meeting:
        return self.meetings[2]

    def view(
        self, qtbot: QtBot, *, share_mode: bool = False, reminder_minutes: int | None = None
    ) -> MeetingsView:
        context = ViewContext(
            data=data_access(self.vault.db, Visibility(share_mode=share_mode)),
            relationship=self.relationship,
            navigate=self.navigated.append,
            clipboard=ClipboardPolicy(),
            edit_relationship=lambda: None,
            reminder_minutes=reminder_minutes,
        )
        view = MeetingsView(context, None, clock=self.clock, now=lambda: NOW, tz=UTC)
        qtbot.addWidget(view)
        view.resize(1200, 800)
        view.show()
        qtbot.waitExposed(view)
        view.activateWindow()
        # Shortcuts need an active window; the offscreen platform activates it on its own time.
        qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
        return view


def _agenda(meeting_id: int, title: str, kind: AgendaKind, done: bool = False) -> AgendaItem:
    return AgendaItem(meeting_id=meeting_id, owner=Role.MENTOR, kind=kind, title=title, done=done)


@pytest.fixture
def world(data_paths: DataPaths) -> Iterator[World]:
    vault = Vault.create(data_paths.vault, passphrase_bytes(PASSPHRASE), kdf=FAST_KDF)
    repos = Repositories.from_db(vault.db)
    relationship = repos.relationships.add(
        Relationship(
            my_role=Role.LEADER,
            my_name="Margaret Okafor",
            other_name="Leo Brandt",
            cadence=Cadence.WEEKLY,
            meeting_minutes=45,
            start_date=date(2026, 3, 2),
        )
    )
    assert relationship.id is not None
    meetings = []
    for day, status in (
        (2, MeetingStatus.HELD),
        (9, MeetingStatus.HELD),
        (16, MeetingStatus.PLANNED),
    ):
        meetings.append(
            repos.meetings.add(
                Meeting(
                    relationship_id=relationship.id,
                    starts_at=datetime(2026, 3, day, 9, 0, tzinfo=UTC),
                    minutes=45,
                    status=status,
                )
            )
        )
    ids = [m.id for m in meetings]
    assert None not in ids
    first, second, _third = (int(i or 0) for i in ids)
    repos.agenda_items.add(_agenda(first, "Old topic, unfinished", AgendaKind.TOPIC))
    repos.agenda_items.add(_agenda(second, "Why chat over meetings?", AgendaKind.QUESTION, True))
    repos.agenda_items.add(_agenda(second, "Remote means less committed", AgendaKind.ASSUMPTION))
    for meeting_id in (first, second):
        repos.private_meeting_notes.put(
            MeetingPrivateNote(meeting_id=meeting_id, body=PRIVATE_CANARY)
        )
    repos.private_meeting_notes.put(MeetingPrivateNote(meeting_id=_third, body=PRIVATE_CANARY))
    repos.actions.add(
        ActionItem(
            relationship_id=relationship.id,
            what="Shared action text",
            meeting_id=second,
            private_note=ACTION_PRIVATE_CANARY,
        )
    )
    try:
        yield World(vault, repos, relationship, meetings)
    finally:
        vault.close()


def fill_agenda(world: World, titles: list[tuple[str, AgendaKind, int]]) -> list[AgendaItem]:
    meeting_id = world.planned.id
    assert meeting_id is not None
    return [
        world.repos.agenda_items.add(
            AgendaItem(
                meeting_id=meeting_id,
                owner=Role.LEADER,
                kind=kind,
                title=title,
                time_box_minutes=minutes,
            )
        )
        for title, kind, minutes in titles
    ]


Answer = Callable[..., object]
