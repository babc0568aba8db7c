"""Meetings and their agenda items (ordered, reorderable)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from typing import NamedTuple

from rmdesk.domain.models import AgendaItem, AgendaKind, Meeting, MeetingStatus, Role, utc_now
from rmdesk.domain.validation import validate
from rmdesk.store.db import Db
from rmdesk.store.repositories._base import (
    Row,
    Table,
    require_one,
    saved_id,
    unsaved,
)
from rmdesk.store.repositories._codec import (
    optional_int,
    text_to_time,
    time_to_text,
    utc_seconds,
)
from rmdesk.store.repositories._ordering import new_order, write_positions

_MEETING_COLUMNS = (
    "id, uuid, relationship_id, starts_at, minutes, status, is_extra, learning_intent,"
    " summary, created_at, updated_at"
)
_AGENDA_COLUMNS = (
    "id, uuid, meeting_id, position, owner, kind, title, time_box_minutes, shared_notes,"
    " outcome, done, carried_from_id"
)


class MeetingMoment(NamedTuple):
    id: int
    starts_at: datetime
    status: MeetingStatus


def _meeting(row: Row) -> Meeting:
    return Meeting(
        id=int(row["id"]),
        uuid=row["uuid"],
        relationship_id=int(row["relationship_id"]),
        starts_at=text_to_time(row["starts_at"]),
        minutes=int(row["minutes"]),
        status=MeetingStatus(row["status"]),
        is_extra=bool(row["is_extra"]),
        learning_intent=row["learning_intent"],
        summary=row["summary"],
        created_at=text_to_time(row["created_at"]),
        updated_at=text_to_time(row["updated_at"]),
    )


def _agenda_item(row: Row) -> AgendaItem:
    return AgendaItem(
        id=int(row["id"]),
        uuid=row["uuid"],
        meeting_id=int(row["meeting_id"]),
        position=int(row["position"]),
        owner=Role(row["owner"]),
        kind=AgendaKind(row["kind"]),
        title=row["title"],
        time_box_minutes=int(row["time_box_minutes"]),
        shared_notes=row["shared_notes"],
        outcome=row["outcome"],
        done=bool(row["done"]),
        carried_from_id=optional_int(row["carried_from_id"]),
    )


class MeetingRepository:
    def __init__(self, db: Db) -> None:
        self._db = db

    def add(self, meeting: Meeting) -> Meeting:
        unsaved("meeting", meeting.id)
        validate(meeting)
        saved = replace(
            meeting,
            starts_at=utc_seconds(meeting.starts_at),
            created_at=utc_seconds(meeting.created_at),
            updated_at=utc_seconds(meeting.updated_at),
        )
        with self._db.transaction():
            new_id = self._db.execute(
                "INSERT INTO meeting (uuid, relationship_id, starts_at, minutes, status,"
                " is_extra, learning_intent, summary, created_at, updated_at)"
                " VALUES (?,?,?,?,?,?,?,?,?,?)",
                (
                    saved.uuid,
                    saved.relationship_id,
                    *self._values(saved),
                    time_to_text(saved.created_at),
                    time_to_text(saved.updated_at),
                ),
            )
        return replace(saved, id=new_id)

    def get(self, meeting_id: int) -> Meeting | None:
        return _MEETING_TABLE.one(self._db, "id = ?", (meeting_id,))

    def list_for_relationship(
        self,
        relationship_id: int,
        *,
        starts_from: datetime | None = None,
        starts_before: datetime | None = None,
    ) -> list[Meeting]:
        """Earliest first; optionally only those starting in [starts_from, starts_before)."""
        low = "" if starts_from is None else time_to_text(starts_from)
        high = "9999" if starts_before is None else time_to_text(starts_before)
        return _MEETING_TABLE.many(
            self._db,
            "relationship_id = ? AND starts_at >= ? AND starts_at < ? ORDER BY starts_at, id",
            (relationship_id, low, high),
        )

    def moments_for_relationship(self, relationship_id: int) -> list[MeetingMoment]:
        """Id, start and status of every meeting, earliest first: what a list of links needs,
        without reading intents and summaries (the journal links to any of 2,000 meetings)."""
        rows = self._db.query(
            "SELECT id, starts_at, status FROM meeting WHERE relationship_id = ?"
            " ORDER BY starts_at, id",
            (relationship_id,),
        )
        return [
            MeetingMoment(
                int(row["id"]), text_to_time(row["starts_at"]), MeetingStatus(row["status"])
            )
            for row in rows
        ]

    def update(self, meeting: Meeting) -> Meeting:
        """Save every field but ``created_at``/``uuid``; ``updated_at`` becomes now."""
        row_id = saved_id("meeting", meeting.id)
        validate(meeting)
        with self._db.transaction():
            rows = self._db.query(
                "UPDATE meeting SET starts_at = ?, minutes = ?, status = ?, is_extra = ?,"
                " learning_intent = ?, summary = ?, updated_at = ? WHERE id = ? RETURNING id",
                (*self._values(meeting), time_to_text(utc_now()), row_id),
            )
            require_one(rows, "meeting", row_id)
        found = self.get(row_id)
        assert found is not None
        return found

    def delete(self, meeting_id: int) -> None:
        """Delete it with its agenda and private note; actions/reflections become unlinked."""
        with self._db.transaction():
            self._db.execute("DELETE FROM meeting WHERE id = ?", (meeting_id,))

    @staticmethod
    def _values(m: Meeting) -> tuple[object, ...]:
        return (
            time_to_text(m.starts_at),
            m.minutes,
            str(m.status),
            int(m.is_extra),
            m.learning_intent,
            m.summary,
        )


class AgendaItemRepository:
    def __init__(self, db: Db) -> None:
        self._db = db

    def add(self, item: AgendaItem) -> AgendaItem:
        """Save a new item at the end of its meeting's agenda (``position`` is assigned)."""
        unsaved("agenda_item", item.id)
        validate(item)
        with self._db.transaction():
            position = int(
                self._db.scalar(
                    "SELECT coalesce(max(position) + 1, 0) FROM agenda_item WHERE meeting_id = ?",
                    (item.meeting_id,),
                )
            )
            saved = replace(item, position=position)
            new_id = self._db.execute(
                "INSERT INTO agenda_item (uuid, meeting_id, position, owner, kind, title,"
                " time_box_minutes, shared_notes, outcome, done, carried_from_id)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (saved.uuid, saved.meeting_id, saved.position, *self._values(saved)),
            )
        return replace(saved, id=new_id)

    def get(self, item_id: int) -> AgendaItem | None:
        return _AGENDA_ITEM_TABLE.one(self._db, "id = ?", (item_id,))

    def list_for_meeting(self, meeting_id: int) -> list[AgendaItem]:
        return _AGENDA_ITEM_TABLE.many(
            self._db, "meeting_id = ? ORDER BY position, id", (meeting_id,)
        )

    def update(self, item: AgendaItem) -> AgendaItem:
        """Save every field but ``meeting_id`` and ``position`` (see :meth:`reorder`)."""
        row_id = saved_id("agenda_item", item.id)
        validate(item)
        with self._db.transaction():
            rows = self._db.query(
                "UPDATE agenda_item SET owner = ?, kind = ?, title = ?, time_box_minutes = ?,"
                " shared_notes = ?, outcome = ?, done = ?, carried_from_id = ?"
                " WHERE id = ? RETURNING id",
                (*self._values(item), row_id),
            )
            require_one(rows, "agenda_item", row_id)
        found = self.get(row_id)
        assert found is not None
        return found

    def reorder(self, meeting_id: int, item_ids: Sequence[int]) -> None:
        """Put ``item_ids`` first in that order; items not named keep their order after them."""
        with self._db.transaction():
            rows: list[Row] = self._db.query(
                "SELECT id FROM agenda_item WHERE meeting_id = ? ORDER BY position, id",
                (meeting_id,),
            )
            current = [int(row["id"]) for row in rows]
            ordered = new_order(current, item_ids)
            write_positions(self._db, "UPDATE agenda_item SET position = ? WHERE id = ?", ordered)

    def delete(self, item_id: int) -> None:
        with self._db.transaction():
            self._db.execute("DELETE FROM agenda_item WHERE id = ?", (item_id,))

    @staticmethod
    def _values(a: AgendaItem) -> tuple[object, ...]:
        return (
            str(a.owner),
            str(a.kind),
            a.title,
            a.time_box_minutes,
            a.shared_notes,
            a.outcome,
            int(a.done),
            a.carried_from_id,
        )


_MEETING_TABLE = Table("meeting", _MEETING_COLUMNS, _meeting)
_AGENDA_ITEM_TABLE = Table("agenda_item", _AGENDA_COLUMNS, _agenda_item)
