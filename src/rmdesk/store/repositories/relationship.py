"""Relationships and the mentor candidates considered for one."""

from __future__ import annotations

from dataclasses import replace

from rmdesk.domain.models import (
    Cadence,
    MentorCandidate,
    Relationship,
    RelationshipStatus,
    Role,
    utc_now,
)
from rmdesk.domain.validation import validate
from rmdesk.store.db import Db
from rmdesk.store.repositories._base import (
    Row,
    Table,
    decoded,
    decoded_one,
    require_one,
    saved_id,
    unsaved,
)
from rmdesk.store.repositories._codec import (
    date_to_text,
    json_to_strings,
    optional_date_to_text,
    strings_to_json,
    text_to_date,
    text_to_optional_date,
    text_to_time,
    time_to_text,
    utc_seconds,
)

_RELATIONSHIP_COLUMNS = (
    "id, uuid, my_role, my_name, other_name, purpose, focus_areas, cadence, meeting_minutes,"
    " start_date, review_date, checkin_every, status, created_at, updated_at"
)


def _relationship(row: Row) -> Relationship:
    return Relationship(
        id=int(row["id"]),
        uuid=row["uuid"],
        my_role=Role(row["my_role"]),
        my_name=row["my_name"],
        other_name=row["other_name"],
        purpose=row["purpose"],
        focus_areas=json_to_strings(row["focus_areas"]),
        cadence=Cadence(row["cadence"]),
        meeting_minutes=int(row["meeting_minutes"]),
        start_date=text_to_date(row["start_date"]),
        review_date=text_to_optional_date(row["review_date"]),
        checkin_every=int(row["checkin_every"]),
        status=RelationshipStatus(row["status"]),
        created_at=text_to_time(row["created_at"]),
        updated_at=text_to_time(row["updated_at"]),
    )


class RelationshipRepository:
    def __init__(self, db: Db) -> None:
        self._db = db

    def add(self, relationship: Relationship) -> Relationship:
        unsaved("relationship", relationship.id)
        validate(relationship)
        saved = replace(
            relationship,
            created_at=utc_seconds(relationship.created_at),
            updated_at=utc_seconds(relationship.updated_at),
        )
        with self._db.transaction():
            new_id = self._db.execute(
                "INSERT INTO relationship (uuid, my_role, my_name, other_name, purpose,"
                " focus_areas, cadence, meeting_minutes, start_date, review_date, checkin_every,"
                " status, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    saved.uuid,
                    *self._values(saved),
                    time_to_text(saved.created_at),
                    time_to_text(saved.updated_at),
                ),
            )
        return replace(saved, id=new_id)

    def get(self, relationship_id: int) -> Relationship | None:
        return _RELATIONSHIP_TABLE.one(self._db, "id = ?", (relationship_id,))

    def list_all(self) -> list[Relationship]:
        """Active first, then paused, then completed; newest start first within each."""
        rows = self._db.query(
            f"SELECT {_RELATIONSHIP_COLUMNS} FROM relationship"  # noqa: S608
            " ORDER BY CASE status WHEN 'active' THEN 0 WHEN 'paused' THEN 1 ELSE 2 END,"
            " start_date DESC, id DESC"
        )
        return decoded(self._db, "relationship", rows, _relationship)

    def update(self, relationship: Relationship) -> Relationship:
        """Save every field but ``created_at``/``uuid``; returns it with ``updated_at`` = now."""
        row_id = saved_id("relationship", relationship.id)
        validate(relationship)
        saved = replace(relationship, updated_at=utc_now())
        with self._db.transaction():
            rows = self._db.query(
                "UPDATE relationship SET my_role = ?, my_name = ?, other_name = ?, purpose = ?,"
                " focus_areas = ?, cadence = ?, meeting_minutes = ?, start_date = ?,"
                " review_date = ?, checkin_every = ?, status = ?, updated_at = ?"
                " WHERE id = ? RETURNING id",
                (*self._values(saved), time_to_text(saved.updated_at), row_id),
            )
            require_one(rows, "relationship", row_id)
        return self._reread(row_id)

    def delete(self, relationship_id: int) -> None:
        """Delete it and, by cascade, everything that belongs to it."""
        with self._db.transaction():
            self._db.execute("DELETE FROM relationship WHERE id = ?", (relationship_id,))

    def _reread(self, row_id: int) -> Relationship:
        found = self.get(row_id)
        assert found is not None  # just written in this call
        return found

    @staticmethod
    def _values(r: Relationship) -> tuple[object, ...]:
        return (
            str(r.my_role),
            r.my_name,
            r.other_name,
            r.purpose,
            strings_to_json(r.focus_areas),
            str(r.cadence),
            r.meeting_minutes,
            date_to_text(r.start_date),
            optional_date_to_text(r.review_date),
            r.checkin_every,
            str(r.status),
        )


# Two fixed column lists, so a shared read cannot select the private column even by mistake.
_CANDIDATE_SHARED = "id, uuid, relationship_id, name, expertise, chosen, created_at"
_CANDIDATE_ALL = _CANDIDATE_SHARED + ", private_notes"


def _candidate(row: Row, include_private: bool) -> MentorCandidate:
    return MentorCandidate(
        id=int(row["id"]),
        uuid=row["uuid"],
        relationship_id=int(row["relationship_id"]),
        name=row["name"],
        expertise=json_to_strings(row["expertise"]),
        private_notes=row["private_notes"] if include_private else "",
        chosen=bool(row["chosen"]),
        created_at=text_to_time(row["created_at"]),
    )


class MentorCandidateRepository:
    """Candidates for the mentor role; ``private_notes`` is private (never in shared mode)."""

    def __init__(self, db: Db) -> None:
        self._db = db

    def add(self, candidate: MentorCandidate) -> MentorCandidate:
        unsaved("mentor_candidate", candidate.id)
        validate(candidate)
        saved = replace(candidate, created_at=utc_seconds(candidate.created_at))
        with self._db.transaction():
            new_id = self._db.execute(
                "INSERT INTO mentor_candidate (uuid, relationship_id, name, expertise,"
                " private_notes, chosen, created_at) VALUES (?,?,?,?,?,?,?)",
                (
                    saved.uuid,
                    saved.relationship_id,
                    saved.name,
                    strings_to_json(saved.expertise),
                    saved.private_notes,
                    int(saved.chosen),
                    time_to_text(saved.created_at),
                ),
            )
        return replace(saved, id=new_id)

    def get(self, candidate_id: int, *, include_private: bool) -> MentorCandidate | None:
        columns = _CANDIDATE_ALL if include_private else _CANDIDATE_SHARED
        row = self._db.query_one(
            f"SELECT {columns} FROM mentor_candidate WHERE id = ?",  # noqa: S608
            (candidate_id,),
        )
        return decoded_one(
            self._db, "mentor_candidate", row, lambda r: _candidate(r, include_private)
        )

    def list_for_relationship(
        self, relationship_id: int, *, include_private: bool
    ) -> list[MentorCandidate]:
        columns = _CANDIDATE_ALL if include_private else _CANDIDATE_SHARED
        rows = self._db.query(
            f"SELECT {columns} FROM mentor_candidate WHERE relationship_id = ?"  # noqa: S608
            " ORDER BY id",
            (relationship_id,),
        )
        return decoded(self._db, "mentor_candidate", rows, lambda r: _candidate(r, include_private))

    def update(self, candidate: MentorCandidate, *, include_private: bool) -> MentorCandidate:
        """Save it; with ``include_private=False`` the stored private notes stay as they are."""
        row_id = saved_id("mentor_candidate", candidate.id)
        validate(candidate)
        shared = (candidate.name, strings_to_json(candidate.expertise), int(candidate.chosen))
        with self._db.transaction():
            if include_private:
                rows = self._db.query(
                    "UPDATE mentor_candidate SET name = ?, expertise = ?, chosen = ?,"
                    " private_notes = ? WHERE id = ? RETURNING id",
                    (*shared, candidate.private_notes, row_id),
                )
            else:
                rows = self._db.query(
                    "UPDATE mentor_candidate SET name = ?, expertise = ?, chosen = ?"
                    " WHERE id = ? RETURNING id",
                    (*shared, row_id),
                )
            require_one(rows, "mentor_candidate", row_id)
        found = self.get(row_id, include_private=include_private)
        assert found is not None
        return found

    def choose(self, candidate_id: int) -> None:
        """Mark this candidate as the chosen one and every other of its relationship not."""
        with self._db.transaction():
            rows: list[Row] = self._db.query(
                "SELECT relationship_id FROM mentor_candidate WHERE id = ?", (candidate_id,)
            )
            require_one(rows, "mentor_candidate", candidate_id)
            self._db.execute(
                "UPDATE mentor_candidate SET chosen = (id = ?) WHERE relationship_id = ?",
                (candidate_id, rows[0]["relationship_id"]),
            )

    def delete(self, candidate_id: int) -> None:
        with self._db.transaction():
            self._db.execute("DELETE FROM mentor_candidate WHERE id = ?", (candidate_id,))


_RELATIONSHIP_TABLE = Table("relationship", _RELATIONSHIP_COLUMNS, _relationship)
