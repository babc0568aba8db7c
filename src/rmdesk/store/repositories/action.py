"""Action items (with a private note column) and acknowledgements."""

from __future__ import annotations

from dataclasses import replace

from rmdesk.domain.models import Acknowledgement, ActionItem, ActionStatus, Role, utc_now
from rmdesk.domain.validation import validate
from rmdesk.store.db import Db, Params
from rmdesk.store.repositories._base import (
    Row,
    Table,
    decoded,
    require_one,
    saved_id,
    unsaved,
)
from rmdesk.store.repositories._codec import (
    optional_date_to_text,
    optional_int,
    text_to_optional_date,
    text_to_time,
    time_to_text,
    utc_seconds,
)

# Two fixed column lists, so a shared read cannot select the private column even by mistake.
_ACTION_SHARED = (
    "id, uuid, relationship_id, meeting_id, goal_id, owner, what, due_date, status,"
    " impact_note, created_at, updated_at, done_at"
)
_ACTION_ALL = _ACTION_SHARED + ", private_note"
_ACK_COLUMNS = "id, uuid, relationship_id, action_id, goal_id, body, created_at"


def _action(row: Row, include_private: bool) -> ActionItem:
    return ActionItem(
        id=int(row["id"]),
        uuid=row["uuid"],
        relationship_id=int(row["relationship_id"]),
        meeting_id=optional_int(row["meeting_id"]),
        goal_id=optional_int(row["goal_id"]),
        owner=Role(row["owner"]),
        what=row["what"],
        due_date=text_to_optional_date(row["due_date"]),
        status=ActionStatus(row["status"]),
        impact_note=row["impact_note"],
        private_note=row["private_note"] if include_private else "",
        created_at=text_to_time(row["created_at"]),
        updated_at=text_to_time(row["updated_at"]),
        done_at=text_to_time(row["done_at"]) if row["done_at"] else None,
    )


def _acknowledgement(row: Row) -> Acknowledgement:
    return Acknowledgement(
        id=int(row["id"]),
        uuid=row["uuid"],
        relationship_id=int(row["relationship_id"]),
        action_id=optional_int(row["action_id"]),
        goal_id=optional_int(row["goal_id"]),
        body=row["body"],
        created_at=text_to_time(row["created_at"]),
    )


class ActionRepository:
    """Action items; ``private_note`` is private (never in shared mode)."""

    def __init__(self, db: Db) -> None:
        self._db = db

    def add(self, action: ActionItem) -> ActionItem:
        unsaved("action_item", action.id)
        validate(action)
        done = action.status is ActionStatus.DONE
        saved = replace(
            action,
            created_at=utc_seconds(action.created_at),
            updated_at=utc_seconds(action.updated_at),
            done_at=utc_seconds(action.done_at or action.updated_at) if done else None,
        )
        with self._db.transaction():
            new_id = self._db.execute(
                "INSERT INTO action_item (uuid, relationship_id, meeting_id, goal_id, owner,"
                " what, due_date, status, impact_note, private_note, created_at, updated_at,"
                " done_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    saved.uuid,
                    saved.relationship_id,
                    *self._shared_values(saved),
                    saved.private_note,
                    time_to_text(saved.created_at),
                    time_to_text(saved.updated_at),
                    time_to_text(saved.done_at) if saved.done_at else None,
                ),
            )
        return replace(saved, id=new_id)

    def get(self, action_id: int, *, include_private: bool) -> ActionItem | None:
        rows = self._select("id = ?", (action_id,), include_private=include_private)
        return rows[0] if rows else None

    def list_for_relationship(
        self,
        relationship_id: int,
        *,
        include_private: bool,
        status: ActionStatus | None = None,
    ) -> list[ActionItem]:
        """Due soonest first (no due date last), then oldest first."""
        if status is None:
            return self._select(
                "relationship_id = ?", (relationship_id,), include_private=include_private
            )
        return self._select(
            "relationship_id = ? AND status = ?",
            (relationship_id, str(status)),
            include_private=include_private,
        )

    def list_for_meeting(self, meeting_id: int, *, include_private: bool) -> list[ActionItem]:
        return self._select("meeting_id = ?", (meeting_id,), include_private=include_private)

    def list_for_goal(self, goal_id: int, *, include_private: bool) -> list[ActionItem]:
        return self._select("goal_id = ?", (goal_id,), include_private=include_private)

    def update(self, action: ActionItem, *, include_private: bool) -> ActionItem:
        """Save it (``updated_at`` = now); with ``include_private=False`` the stored private
        note stays as it is."""
        row_id = saved_id("action_item", action.id)
        validate(action)
        now = time_to_text(utc_now())
        shared = (*self._shared_values(action), now)
        # Done now: keep the first completion date (a later edit must not move it); no
        # longer done: forget it.
        done_at = "done_at = CASE WHEN status = 'done' THEN COALESCE(done_at, ?) ELSE NULL END"
        with self._db.transaction():
            if include_private:
                rows = self._db.query(
                    "UPDATE action_item SET meeting_id = ?, goal_id = ?, owner = ?, what = ?,"
                    " due_date = ?, status = ?, impact_note = ?, updated_at = ?,"
                    " private_note = ? WHERE id = ? RETURNING id",
                    (*shared, action.private_note, row_id),
                )
            else:
                rows = self._db.query(
                    "UPDATE action_item SET meeting_id = ?, goal_id = ?, owner = ?, what = ?,"
                    " due_date = ?, status = ?, impact_note = ?, updated_at = ?"
                    " WHERE id = ? RETURNING id",
                    (*shared, row_id),
                )
            self._db.execute(f"UPDATE action_item SET {done_at} WHERE id = ?", (now, row_id))  # noqa: S608
            require_one(rows, "action_item", row_id)
        found = self.get(row_id, include_private=include_private)
        assert found is not None
        return found

    def delete(self, action_id: int) -> None:
        with self._db.transaction():
            self._db.execute("DELETE FROM action_item WHERE id = ?", (action_id,))

    def _select(self, where: str, params: Params, *, include_private: bool) -> list[ActionItem]:
        # ``where`` is one of this class's own constant fragments, never user text.
        columns = _ACTION_ALL if include_private else _ACTION_SHARED
        rows = self._db.query(
            f"SELECT {columns} FROM action_item WHERE {where}"  # noqa: S608
            " ORDER BY due_date IS NULL, due_date, created_at, id",
            params,
        )
        return decoded(self._db, "action_item", rows, lambda r: _action(r, include_private))

    @staticmethod
    def _shared_values(a: ActionItem) -> tuple[object, ...]:
        return (
            a.meeting_id,
            a.goal_id,
            str(a.owner),
            a.what,
            optional_date_to_text(a.due_date),
            str(a.status),
            a.impact_note,
        )


class AcknowledgementRepository:
    def __init__(self, db: Db) -> None:
        self._db = db

    def add(self, ack: Acknowledgement) -> Acknowledgement:
        unsaved("acknowledgement", ack.id)
        validate(ack)
        saved = replace(ack, created_at=utc_seconds(ack.created_at))
        with self._db.transaction():
            new_id = self._db.execute(
                "INSERT INTO acknowledgement (uuid, relationship_id, action_id, goal_id, body,"
                " created_at) VALUES (?,?,?,?,?,?)",
                (
                    saved.uuid,
                    saved.relationship_id,
                    saved.action_id,
                    saved.goal_id,
                    saved.body,
                    time_to_text(saved.created_at),
                ),
            )
        return replace(saved, id=new_id)

    def get(self, ack_id: int) -> Acknowledgement | None:
        return _ACKNOWLEDGEMENT_TABLE.one(self._db, "id = ?", (ack_id,))

    def list_for_relationship(self, relationship_id: int) -> list[Acknowledgement]:
        """Newest first."""
        return _ACKNOWLEDGEMENT_TABLE.many(
            self._db, "relationship_id = ? ORDER BY created_at DESC, id DESC", (relationship_id,)
        )

    def update(self, ack: Acknowledgement) -> Acknowledgement:
        row_id = saved_id("acknowledgement", ack.id)
        validate(ack)
        with self._db.transaction():
            rows = self._db.query(
                "UPDATE acknowledgement SET action_id = ?, goal_id = ?, body = ?"
                " WHERE id = ? RETURNING id",
                (ack.action_id, ack.goal_id, ack.body, row_id),
            )
            require_one(rows, "acknowledgement", row_id)
        found = self.get(row_id)
        assert found is not None
        return found

    def delete(self, ack_id: int) -> None:
        with self._db.transaction():
            self._db.execute("DELETE FROM acknowledgement WHERE id = ?", (ack_id,))


_ACKNOWLEDGEMENT_TABLE = Table("acknowledgement", _ACK_COLUMNS, _acknowledgement)
