"""Reflection prompts: the built-in library (``builtin_key`` set) and the person's own."""

from __future__ import annotations

from dataclasses import replace

from rmdesk.domain.models import Prompt
from rmdesk.domain.validation import validate
from rmdesk.store.db import Db
from rmdesk.store.repositories._base import (
    Row,
    Table,
    require_one,
    saved_id,
    unsaved,
)
from rmdesk.store.repositories._codec import text_to_time, time_to_text, utc_seconds

_COLUMNS = "id, uuid, builtin_key, theme, moment, text, retired, created_at"


def _prompt(row: Row) -> Prompt:
    return Prompt(
        id=int(row["id"]),
        uuid=row["uuid"],
        builtin_key=row["builtin_key"],
        theme=row["theme"],
        moment=row["moment"],
        text=row["text"],
        retired=bool(row["retired"]),
        created_at=text_to_time(row["created_at"]),
    )


class PromptRepository:
    def __init__(self, db: Db) -> None:
        self._db = db

    def add(self, prompt: Prompt) -> Prompt:
        unsaved("prompt", prompt.id)
        validate(prompt)
        saved = replace(prompt, created_at=utc_seconds(prompt.created_at))
        with self._db.transaction():
            new_id = self._db.execute(
                "INSERT INTO prompt (uuid, builtin_key, theme, moment, text, retired, created_at)"
                " VALUES (?,?,?,?,?,?,?)",
                (
                    saved.uuid,
                    saved.builtin_key,
                    saved.theme,
                    saved.moment,
                    saved.text,
                    int(saved.retired),
                    time_to_text(saved.created_at),
                ),
            )
        return replace(saved, id=new_id)

    def get(self, prompt_id: int) -> Prompt | None:
        return _PROMPT_TABLE.one(self._db, "id = ?", (prompt_id,))

    def get_builtin(self, builtin_key: str) -> Prompt | None:
        return _PROMPT_TABLE.one(self._db, "builtin_key = ?", (builtin_key,))

    def list_all(
        self,
        *,
        include_retired: bool = False,
        theme: str | None = None,
        moment: str | None = None,
    ) -> list[Prompt]:
        """By theme, then in the order they were added."""
        return _PROMPT_TABLE.many(
            self._db,
            "(? OR retired = 0) AND (? IS NULL OR theme = ?) AND (? IS NULL OR moment = ?)"
            " ORDER BY theme, id",
            (int(include_retired), theme, theme, moment, moment),
        )

    def update(self, prompt: Prompt) -> Prompt:
        row_id = saved_id("prompt", prompt.id)
        validate(prompt)
        with self._db.transaction():
            rows = self._db.query(
                "UPDATE prompt SET builtin_key = ?, theme = ?, moment = ?, text = ?, retired = ?"
                " WHERE id = ? RETURNING id",
                (
                    prompt.builtin_key,
                    prompt.theme,
                    prompt.moment,
                    prompt.text,
                    int(prompt.retired),
                    row_id,
                ),
            )
            require_one(rows, "prompt", row_id)
        found = self.get(row_id)
        assert found is not None
        return found

    def delete(self, prompt_id: int) -> None:
        with self._db.transaction():
            self._db.execute("DELETE FROM prompt WHERE id = ?", (prompt_id,))


_PROMPT_TABLE = Table("prompt", _COLUMNS, _prompt)
