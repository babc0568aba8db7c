"""Reflections: the private journal. Tags, paging for 100,000 rows, and full-text search.

Entirely private: the privacy layer hands this repository out only outside shared-screen mode.
Lists are ordered newest first (``created_at`` DESC, ``id`` DESC), and every list and count is
served from an index (reflection_rel, reflection_created, reflection_tag_tag, the partial
meeting/goal indexes), never from a scan of the table. Search uses the FTS5 index in the same
encrypted file; the schema's triggers keep it in step, deleting through FTS5's 'delete' command
so removed or replaced text is no longer found.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from rmdesk.domain.models import Reflection, utc_now
from rmdesk.domain.validation import normalise_tags, validate
from rmdesk.store.db import Db
from rmdesk.store.repositories._base import Row, decoded, require_one, saved_id, unsaved
from rmdesk.store.repositories._codec import optional_int, text_to_time, time_to_text, utc_seconds
from rmdesk.store.repositories.reflection_query import (
    ELLIPSIS,
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    NO_FILTER,
    PageKey,
    ReflectionFilter,
    ReflectionPage,
    SearchHit,
    match_expression,
    parse_snippet,
    where_clause,
)

# How many of the newest matches a search ranks by relevance (see ``search``).
RANK_WINDOW = 1000
_COLUMNS = "id, uuid, relationship_id, meeting_id, goal_id, prompt, body, created_at, updated_at"
_CHUNK = 500  # ids per IN (...) list, well under SQLite's bound-parameter limit
SNIPPET_TOKENS = 16


def _placeholders(count: int) -> str:
    return ",".join("?" * count)


class ReflectionRepository:
    def __init__(self, db: Db) -> None:
        self._db = db

    # -- writing -------------------------------------------------------------------------
    def add(self, reflection: Reflection) -> Reflection:
        """Save a new reflection; returns it with its id and its tags normalised."""
        unsaved("reflection", reflection.id)
        validate(reflection)
        saved = replace(
            reflection,
            tags=normalise_tags(reflection.tags),
            created_at=utc_seconds(reflection.created_at),
            updated_at=utc_seconds(reflection.updated_at),
        )
        with self._db.transaction():
            new_id = self._db.execute(
                "INSERT INTO reflection (uuid, relationship_id, meeting_id, goal_id, prompt,"
                " body, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?)",
                (
                    saved.uuid,
                    saved.relationship_id,
                    saved.meeting_id,
                    saved.goal_id,
                    saved.prompt,
                    saved.body,
                    time_to_text(saved.created_at),
                    time_to_text(saved.updated_at),
                ),
            )
            self._write_tags(new_id, saved.tags)
        return replace(saved, id=new_id)

    def update(self, reflection: Reflection) -> Reflection:
        """Save text, links and tags (``updated_at`` = now); the old text leaves the index."""
        row_id = saved_id("reflection", reflection.id)
        validate(reflection)
        with self._db.transaction():
            rows: list[Row] = self._db.query(
                "UPDATE reflection SET meeting_id = ?, goal_id = ?, prompt = ?, body = ?,"
                " updated_at = ? WHERE id = ? RETURNING id",
                (
                    reflection.meeting_id,
                    reflection.goal_id,
                    reflection.prompt,
                    reflection.body,
                    time_to_text(utc_now()),
                    row_id,
                ),
            )
            require_one(rows, "reflection", row_id)
            self._db.execute("DELETE FROM reflection_tag WHERE reflection_id = ?", (row_id,))
            self._write_tags(row_id, normalise_tags(reflection.tags))
        found = self.get(row_id)
        assert found is not None
        return found

    def delete(self, reflection_id: int) -> None:
        """Delete it, its tags, and (by trigger, via FTS5 'delete') its words in the index."""
        with self._db.transaction():
            self._db.execute("DELETE FROM reflection WHERE id = ?", (reflection_id,))

    def _write_tags(self, reflection_id: int, tags: tuple[str, ...]) -> None:
        self._db.execute_many(
            "INSERT INTO reflection_tag (reflection_id, tag) VALUES (?, ?)",
            [(reflection_id, tag) for tag in tags],
        )

    # -- reading -------------------------------------------------------------------------
    def get(self, reflection_id: int) -> Reflection | None:
        found = self.get_many([reflection_id])
        return found[0] if found else None

    def get_many(self, ids: Sequence[int]) -> list[Reflection]:
        """The reflections with these ids, in the order given; unknown ids are left out."""
        rows: dict[int, Row] = {}
        tags: dict[int, list[str]] = {}
        for start in range(0, len(ids), _CHUNK):
            chunk = list(ids[start : start + _CHUNK])
            marks = _placeholders(len(chunk))
            found: list[Row] = self._db.query(
                f"SELECT {_COLUMNS} FROM reflection WHERE id IN ({marks})",  # noqa: S608
                chunk,
            )
            for row in found:
                rows[int(row["id"])] = row
            tag_rows: list[Row] = self._db.query(
                "SELECT reflection_id, tag FROM reflection_tag"  # noqa: S608
                f" WHERE reflection_id IN ({marks}) ORDER BY reflection_id, tag",
                chunk,
            )
            for row in tag_rows:
                tags.setdefault(int(row["reflection_id"]), []).append(row["tag"])
        return decoded(
            self._db,
            "reflection",
            [rows[row_id] for row_id in ids if row_id in rows],
            lambda row: self._reflection(row, tags.get(int(row["id"]), ())),
        )

    @staticmethod
    def _reflection(row: Row, tags: Iterable[str]) -> Reflection:
        return Reflection(
            id=int(row["id"]),
            uuid=row["uuid"],
            relationship_id=int(row["relationship_id"]),
            meeting_id=optional_int(row["meeting_id"]),
            goal_id=optional_int(row["goal_id"]),
            prompt=row["prompt"],
            body=row["body"],
            tags=tuple(tags),
            created_at=text_to_time(row["created_at"]),
            updated_at=text_to_time(row["updated_at"]),
        )

    # -- lists for a paged model ---------------------------------------------------------
    def count(self, filters: ReflectionFilter = NO_FILTER) -> int:
        where, params = where_clause(filters)
        return int(
            self._db.scalar(f"SELECT count(*) FROM reflection r WHERE {where}", params)  # noqa: S608
        )

    def ids_page(
        self,
        after: PageKey | None = None,
        limit: int = 256,
        filters: ReflectionFilter = NO_FILTER,
    ) -> ReflectionPage:
        """The next ``limit`` ids after ``after`` (None: from the newest), newest first."""
        where, params = where_clause(filters)
        if after is not None:
            where += " AND (r.created_at, r.id) < (?, ?)"
            params += [after.created_at, after.id]
        rows: list[Row] = self._db.query(
            f"SELECT r.id, r.created_at FROM reflection r WHERE {where}"  # noqa: S608
            " ORDER BY r.created_at DESC, r.id DESC LIMIT ?",
            [*params, limit],
        )
        ids = tuple(int(row["id"]) for row in rows)
        next_key = (
            PageKey(rows[-1]["created_at"], int(rows[-1]["id"])) if len(rows) == limit else None
        )
        return ReflectionPage(ids=ids, next_key=next_key)

    def ids_at(
        self, offset: int, limit: int = 256, filters: ReflectionFilter = NO_FILTER
    ) -> tuple[int, ...]:
        """Ids of rows ``offset`` .. ``offset + limit - 1`` in list order, for a jump (End key,
        scrollbar drag). The offset walks an index only, never the table's rows."""
        where, params = where_clause(filters)
        rows: list[Row] = self._db.query(
            f"SELECT r.id FROM reflection r WHERE {where}"  # noqa: S608
            " ORDER BY r.created_at DESC, r.id DESC LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        return tuple(int(row["id"]) for row in rows)

    def all_tags(self, prefix: str = "", limit: int = 100) -> list[str]:
        """Distinct tags starting with ``prefix`` (normalised like tags are), for completion."""
        start = prefix.strip().lower()
        # A range on the tag index rather than LIKE, which could not use it.
        rows: list[Row] = self._db.query(
            "SELECT DISTINCT tag FROM reflection_tag WHERE tag >= ? AND tag < ?"
            " ORDER BY tag LIMIT ?",
            (start, start + "\U0010ffff", limit),
        )
        return [row["tag"] for row in rows]

    # -- search --------------------------------------------------------------------------
    def search(
        self, text: str, filters: ReflectionFilter = NO_FILTER, limit: int = 50
    ) -> list[SearchHit]:
        """Best matches first (bm25) for whole words; newest first while the last word is a
        prefix. Never raises on what a person typed; see reflection_query.

        A trailing ``*`` on the last word searches by prefix. Spans are marked with
        ``HIGHLIGHT_START``/``HIGHLIGHT_END`` internally and returned as structured spans.
        """
        expression = match_expression(text)
        if expression is None:
            return []
        where, params = where_clause(filters)
        if expression.endswith("*"):
            rows = self._newest_matches(expression, where, params, limit)
        else:
            rows = self._best_matches(expression, where, params, limit)
        return [
            SearchHit(
                reflection_id=int(row["id"]),
                spans=parse_snippet(row["snip"] or ""),
                rank=float(row["rank"]),
            )
            for row in rows
        ]

    def _best_matches(
        self, expression: str, where: str, params: list[object], limit: int
    ) -> list[Row]:
        """Whole words: bm25 ranking over the newest RANK_WINDOW matches.

        bm25 costs ~1.5 µs per matching row and a snippet far more, so for a word found in
        most of 100k reflections ranking everything takes ~350 ms. Three cheap steps instead:
        the newest RANK_WINDOW matches (FTS5 walks rowids backwards), bm25 over those, then
        snippets for the top ``limit`` only. A word with fewer matches is ranked over all.
        CROSS JOIN keeps FTS5 as the outer loop: with a relationship filter the planner would
        otherwise walk that index and run the full-text match row by row.
        """
        low = self._db.scalar(
            "SELECT min(id) FROM (SELECT reflection_fts.rowid AS id"  # noqa: S608
            " FROM reflection_fts CROSS JOIN reflection r ON r.id = reflection_fts.rowid"
            f" WHERE reflection_fts MATCH ? AND {where}"
            " ORDER BY reflection_fts.rowid DESC LIMIT ?)",
            [expression, *params, RANK_WINDOW],
        )
        if low is None:
            return []
        return self._db.query(
            "WITH top AS ("  # noqa: S608
            " SELECT reflection_fts.rowid AS id, bm25(reflection_fts) AS rank"
            " FROM reflection_fts CROSS JOIN reflection r ON r.id = reflection_fts.rowid"
            f" WHERE reflection_fts MATCH ? AND reflection_fts.rowid >= ? AND {where}"
            " ORDER BY rank LIMIT ?)"
            " SELECT top.id AS id, top.rank AS rank,"
            " snippet(reflection_fts, -1, ?, ?, ?, ?) AS snip"
            " FROM top JOIN reflection_fts ON reflection_fts.rowid = top.id"
            " WHERE reflection_fts MATCH ? ORDER BY top.rank, top.id",
            [
                expression,
                int(low),
                *params,
                limit,
                HIGHLIGHT_START,
                HIGHLIGHT_END,
                ELLIPSIS,
                SNIPPET_TOKENS,
                expression,
            ],
        )

    def _newest_matches(
        self, expression: str, where: str, params: list[object], limit: int
    ) -> list[Row]:
        """A prefix (the word still being typed): newest matches first, no ranking.

        Every lookup of a prefix re-merges the posting lists of all the words it expands to,
        so bm25 or per-row snippets would cost tens of milliseconds per keystroke. One pass
        in rowid order, with snippets built in the same pass, stays fast; the ranking comes
        back as soon as the word is complete.
        """
        return self._db.query(
            "SELECT reflection_fts.rowid AS id, 0.0 AS rank,"  # noqa: S608
            " snippet(reflection_fts, -1, ?, ?, ?, ?) AS snip"
            " FROM reflection_fts CROSS JOIN reflection r ON r.id = reflection_fts.rowid"
            f" WHERE reflection_fts MATCH ? AND {where}"
            " ORDER BY reflection_fts.rowid DESC LIMIT ?",
            [HIGHLIGHT_START, HIGHLIGHT_END, ELLIPSIS, SNIPPET_TOKENS, expression, *params, limit],
        )
