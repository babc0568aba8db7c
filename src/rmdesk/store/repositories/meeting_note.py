"""The leader's private note on a meeting: a table of its own, so no shared query touches it.

Only the privacy layer hands this repository out, and never in shared-screen mode.
"""

from __future__ import annotations

from dataclasses import replace

from rmdesk.domain.models import MeetingPrivateNote, utc_now
from rmdesk.domain.validation import validate
from rmdesk.store.db import Db
from rmdesk.store.repositories._codec import text_to_time, time_to_text


class PrivateMeetingNoteRepository:
    def __init__(self, db: Db) -> None:
        self._db = db

    def get(self, meeting_id: int) -> MeetingPrivateNote | None:
        row = self._db.query_one(
            "SELECT meeting_id, uuid, body, updated_at FROM meeting_private_note"
            " WHERE meeting_id = ?",
            (meeting_id,),
        )
        if row is None:
            return None
        return MeetingPrivateNote(
            meeting_id=int(row["meeting_id"]),
            uuid=row["uuid"],
            body=row["body"],
            updated_at=text_to_time(row["updated_at"]),
        )

    def put(self, note: MeetingPrivateNote) -> MeetingPrivateNote:
        """Create or replace the note of ``note.meeting_id``; ``updated_at`` becomes now.

        A note keeps the uuid it was first saved with.
        """
        validate(note)
        saved = replace(note, updated_at=utc_now())
        with self._db.transaction():
            self._db.execute(
                "INSERT INTO meeting_private_note (meeting_id, uuid, body, updated_at)"
                " VALUES (?,?,?,?) ON CONFLICT (meeting_id) DO UPDATE"
                " SET body = excluded.body, updated_at = excluded.updated_at",
                (saved.meeting_id, saved.uuid, saved.body, time_to_text(saved.updated_at)),
            )
        found = self.get(saved.meeting_id)
        assert found is not None
        return found

    def delete(self, meeting_id: int) -> None:
        with self._db.transaction():
            self._db.execute("DELETE FROM meeting_private_note WHERE meeting_id = ?", (meeting_id,))
