"""Goals of a relationship, their order, and the dated history of their progress."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from rmdesk.domain.models import Goal, GoalProgress, GoalStatus, Role, utc_now
from rmdesk.domain.validation import check_encodable, validate
from rmdesk.store.db import Db
from rmdesk.store.repositories._base import (
    NotFoundError,
    Row,
    Table,
    decoded,
    require_one,
    saved_id,
    unsaved,
)
from rmdesk.store.repositories._codec import text_to_time, time_to_text, utc_seconds
from rmdesk.store.repositories._ordering import new_order, write_positions

_GOAL_COLUMNS = (
    "id, uuid, relationship_id, owner, title, why, success_measure, status, progress,"
    " position, archived, created_at, updated_at"
)


def _goal(row: Row) -> Goal:
    return Goal(
        id=int(row["id"]),
        uuid=row["uuid"],
        relationship_id=int(row["relationship_id"]),
        owner=Role(row["owner"]),
        title=row["title"],
        why=row["why"],
        success_measure=row["success_measure"],
        status=GoalStatus(row["status"]),
        progress=int(row["progress"]),
        position=int(row["position"]),
        archived=bool(row["archived"]),
        created_at=text_to_time(row["created_at"]),
        updated_at=text_to_time(row["updated_at"]),
    )


def _progress(row: Row) -> GoalProgress:
    return GoalProgress(
        id=int(row["id"]),
        uuid=row["uuid"],
        goal_id=int(row["goal_id"]),
        at=text_to_time(row["at"]),
        progress=int(row["progress"]),
        note=row["note"],
    )


class GoalRepository:
    def __init__(self, db: Db) -> None:
        self._db = db

    def add(self, goal: Goal, *, note: str = "") -> Goal:
        """Save a new goal at the end of its relationship's list (``position`` is assigned).

        Its starting progress becomes the first point of its progress history.
        """
        unsaved("goal", goal.id)
        validate(goal)
        check_encodable("note", note)
        with self._db.transaction():
            position = int(
                self._db.scalar(
                    "SELECT coalesce(max(position) + 1, 0) FROM goal WHERE relationship_id = ?",
                    (goal.relationship_id,),
                )
            )
            saved = replace(
                goal,
                position=position,
                created_at=utc_seconds(goal.created_at),
                updated_at=utc_seconds(goal.updated_at),
            )
            new_id = self._db.execute(
                "INSERT INTO goal (uuid, relationship_id, owner, title, why, success_measure,"
                " status, progress, position, archived, created_at, updated_at)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    saved.uuid,
                    saved.relationship_id,
                    *self._values(saved),
                    time_to_text(saved.created_at),
                    time_to_text(saved.updated_at),
                ),
            )
            self._append_progress(new_id, saved.progress, note, saved.created_at)
        return replace(saved, id=new_id)

    def get(self, goal_id: int) -> Goal | None:
        return _GOAL_TABLE.one(self._db, "id = ?", (goal_id,))

    def list_for_relationship(
        self, relationship_id: int, *, include_archived: bool = True
    ) -> list[Goal]:
        """In the person's order (``position``), archived ones included unless asked not to."""
        return _GOAL_TABLE.many(
            self._db,
            "relationship_id = ? AND (? OR archived = 0) ORDER BY position, id",
            (relationship_id, int(include_archived)),
        )

    def update(self, goal: Goal, *, note: str = "", at: datetime | None = None) -> Goal:
        """Save every field but position (see :meth:`reorder`), ``created_at`` and ``uuid``.

        A changed progress appends a dated history point (with ``note``; dated ``at``, or now)
        in the same transaction, so the history never disagrees with the goal.
        """
        row_id = saved_id("goal", goal.id)
        validate(goal)
        check_encodable("note", note)
        now = utc_now()
        with self._db.transaction():
            before = self._db.scalar("SELECT progress FROM goal WHERE id = ?", (row_id,))
            if before is None:
                raise NotFoundError("goal", row_id)
            rows = self._db.query(
                "UPDATE goal SET owner = ?, title = ?, why = ?, success_measure = ?, status = ?,"
                " progress = ?, archived = ?, updated_at = ? WHERE id = ? RETURNING id",
                (
                    str(goal.owner),
                    goal.title,
                    goal.why,
                    goal.success_measure,
                    str(goal.status),
                    goal.progress,
                    int(goal.archived),
                    time_to_text(now),
                    row_id,
                ),
            )
            require_one(rows, "goal", row_id)
            if int(before) != goal.progress:
                self._append_progress(row_id, goal.progress, note, at or now)
        found = self.get(row_id)
        assert found is not None
        return found

    def set_progress(
        self, goal_id: int, progress: int, *, note: str = "", at: datetime | None = None
    ) -> Goal:
        """Change the progress; ``at`` dates the history point (a review held earlier)."""
        goal = self.get(goal_id)
        if goal is None:
            raise NotFoundError("goal", goal_id)
        return self.update(replace(goal, progress=progress), note=note, at=at)

    def progress_history(self, goal_id: int) -> list[GoalProgress]:
        """Oldest first."""
        rows = self._db.query(
            "SELECT id, uuid, goal_id, at, progress, note FROM goal_progress"
            " WHERE goal_id = ? ORDER BY at, id",
            (goal_id,),
        )
        return decoded(self._db, "goal_progress", rows, _progress)

    def reorder(self, relationship_id: int, goal_ids: Sequence[int]) -> None:
        """Put ``goal_ids`` first in that order; goals not named keep their order after them."""
        with self._db.transaction():
            rows: list[Row] = self._db.query(
                "SELECT id FROM goal WHERE relationship_id = ? ORDER BY position, id",
                (relationship_id,),
            )
            current = [int(row["id"]) for row in rows]
            ordered = new_order(current, goal_ids)
            write_positions(self._db, "UPDATE goal SET position = ? WHERE id = ?", ordered)

    def delete(self, goal_id: int) -> None:
        """Delete it with its history; linked actions and reflections keep existing, unlinked."""
        with self._db.transaction():
            self._db.execute("DELETE FROM goal WHERE id = ?", (goal_id,))

    def _append_progress(self, goal_id: int, progress: int, note: str, at: datetime) -> None:
        point = GoalProgress(goal_id=goal_id, at=at, progress=progress, note=note)
        validate(point)
        self._db.execute(
            "INSERT INTO goal_progress (uuid, goal_id, at, progress, note) VALUES (?,?,?,?,?)",
            (point.uuid, goal_id, time_to_text(at), progress, note),
        )

    @staticmethod
    def _values(g: Goal) -> tuple[object, ...]:
        return (
            str(g.owner),
            g.title,
            g.why,
            g.success_measure,
            str(g.status),
            g.progress,
            g.position,
            int(g.archived),
        )


_GOAL_TABLE = Table("goal", _GOAL_COLUMNS, _goal)
