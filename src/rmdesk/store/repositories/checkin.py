"""Check-ins with their answers, always written together in one transaction."""

from __future__ import annotations

from dataclasses import replace

from rmdesk.domain.models import CheckIn, CheckInAnswer, Role
from rmdesk.domain.validation import validate
from rmdesk.store.db import Db, Params
from rmdesk.store.repositories._base import Row, decoded, require_one, saved_id, unsaved
from rmdesk.store.repositories._codec import (
    date_to_text,
    optional_int,
    text_to_date,
    text_to_time,
    time_to_text,
    utc_seconds,
)

# Two fixed column lists, so a shared read cannot select the private column even by mistake.
_CHECKIN_SHARED = "id, uuid, relationship_id, meeting_id, held_on, created_at"
_CHECKIN_ALL = _CHECKIN_SHARED + ", private_note"


def _answer(row: Row) -> CheckInAnswer:
    rating = row["rating"]
    return CheckInAnswer(
        uuid=row["uuid"],
        side=Role(row["side"]),
        question=row["question"],
        rating=None if rating is None else int(rating),
        sentence=row["sentence"],
        skipped=bool(row["skipped"]),
    )


class CheckInRepository:
    """Check-ins; ``private_note`` is private (never in shared mode); answers are shared."""

    def __init__(self, db: Db) -> None:
        self._db = db

    def add(self, checkin: CheckIn) -> CheckIn:
        unsaved("checkin", checkin.id)
        validate(checkin)
        saved = replace(checkin, created_at=utc_seconds(checkin.created_at))
        with self._db.transaction():
            new_id = self._db.execute(
                "INSERT INTO checkin (uuid, relationship_id, meeting_id, held_on, private_note,"
                " created_at) VALUES (?,?,?,?,?,?)",
                (
                    saved.uuid,
                    saved.relationship_id,
                    saved.meeting_id,
                    date_to_text(saved.held_on),
                    saved.private_note,
                    time_to_text(saved.created_at),
                ),
            )
            self._insert_answers(new_id, saved.answers)
        return replace(saved, id=new_id)

    def get(self, checkin_id: int, *, include_private: bool) -> CheckIn | None:
        found = self._select("id = ?", (checkin_id,), include_private=include_private)
        return found[0] if found else None

    def list_for_relationship(
        self, relationship_id: int, *, include_private: bool
    ) -> list[CheckIn]:
        """Most recent first."""
        return self._select(
            "relationship_id = ?", (relationship_id,), include_private=include_private
        )

    def update(self, checkin: CheckIn, *, include_private: bool) -> CheckIn:
        """Save it and replace its answers; with ``include_private=False`` the stored private
        note stays as it is."""
        row_id = saved_id("checkin", checkin.id)
        validate(checkin)
        shared = (checkin.meeting_id, date_to_text(checkin.held_on))
        with self._db.transaction():
            if include_private:
                rows = self._db.query(
                    "UPDATE checkin SET meeting_id = ?, held_on = ?, private_note = ?"
                    " WHERE id = ? RETURNING id",
                    (*shared, checkin.private_note, row_id),
                )
            else:
                rows = self._db.query(
                    "UPDATE checkin SET meeting_id = ?, held_on = ? WHERE id = ? RETURNING id",
                    (*shared, row_id),
                )
            require_one(rows, "checkin", row_id)
            self._db.execute("DELETE FROM checkin_answer WHERE checkin_id = ?", (row_id,))
            self._insert_answers(row_id, checkin.answers)
        found = self.get(row_id, include_private=include_private)
        assert found is not None
        return found

    def delete(self, checkin_id: int) -> None:
        with self._db.transaction():
            self._db.execute("DELETE FROM checkin WHERE id = ?", (checkin_id,))

    def _insert_answers(self, checkin_id: int, answers: tuple[CheckInAnswer, ...]) -> None:
        # Inserted in tuple order; read back ORDER BY id, so the order round-trips.
        self._db.execute_many(
            "INSERT INTO checkin_answer (uuid, checkin_id, side, question, rating, sentence,"
            " skipped) VALUES (?,?,?,?,?,?,?)",
            [
                (a.uuid, checkin_id, str(a.side), a.question, a.rating, a.sentence, int(a.skipped))
                for a in answers
            ],
        )

    def _select(self, where: str, params: Params, *, include_private: bool) -> list[CheckIn]:
        # ``where`` is one of this class's own constant fragments, never user text.
        columns = _CHECKIN_ALL if include_private else _CHECKIN_SHARED
        rows = self._db.query(
            f"SELECT {columns} FROM checkin WHERE {where}"  # noqa: S608
            " ORDER BY held_on DESC, id DESC",
            params,
        )
        return decoded(self._db, "checkin", rows, lambda r: self._checkin(r, include_private))

    def _checkin(self, row: Row, include_private: bool) -> CheckIn:
        answers = self._db.query(
            "SELECT uuid, side, question, rating, sentence, skipped FROM checkin_answer"
            " WHERE checkin_id = ? ORDER BY id",
            (row["id"],),
        )
        return CheckIn(
            id=int(row["id"]),
            uuid=row["uuid"],
            relationship_id=int(row["relationship_id"]),
            meeting_id=optional_int(row["meeting_id"]),
            held_on=text_to_date(row["held_on"]),
            answers=tuple(_answer(a) for a in answers),
            private_note=row["private_note"] if include_private else "",
            created_at=text_to_time(row["created_at"]),
        )
