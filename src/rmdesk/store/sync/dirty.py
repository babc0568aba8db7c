"""Row versions brought up to date at every opening, reading only the rows that changed.

Why at opening at all: a copy of the vault (another device, a sync tool's conflict copy) is
taken of the file as it was between two sessions. For a later ``vault merge`` to recognise the
copy's rows as ancestors of ours rather than as conflicts, the versions of that in-between
state must have been named here, and they can only be named while that state is on disk:
once the next session edits a row, its earlier content is gone. Opening is the one moment
every in-between state passes through, so the engine needs this step there (without it a
row edited on one device after the copy was taken comes back as a conflict).

Why it is cheap: the triggers of migration 4 note every changed row in ``sync_dirty``, so an
opening hashes only those rows (one session's edits), plus one indexed pass over a changed
table's uuids to find the rows that are gone. The full :func:`~rmdesk.store.sync.state.refresh`
(reading and hashing every row) runs before each exchange, where the user asked for the work,
and once for a vault that was never versioned (the opening right after migration 4).
"""

from __future__ import annotations

import json
from collections import defaultdict

from rmdesk.store import portable
from rmdesk.store.db import Db
from rmdesk.store.portable_spec import TableSpec, quote
from rmdesk.store.sync.rows import (
    RELATIONSHIP,
    RowKey,
    owner_column,
    row_key,
    synced_specs,
)
from rmdesk.store.sync.state import (
    Stored,
    counter,
    mark_refreshed,
    next_stored,
    refresh,
    refreshed_at,
    tombstone,
    write_stored,
)

WHOLE_TABLE = 0  # the rid a table without rowids notes: look at all of it


def refresh_at_open(db: Db) -> None:
    """Bring the ``all`` scope's versions up to date with what changed since the last time."""
    count = counter(db)
    if count is None:  # a schema without the bookkeeping
        return
    last = refreshed_at(db, "all")
    if last is None:
        refresh(db, "all")
    elif last != count:
        refresh_dirty(db)


def refresh_dirty(db: Db) -> None:
    """:func:`~rmdesk.store.sync.state.refresh` of the ``all`` scope for the rows noted in
    ``sync_dirty`` only; the same versions, since the other rows did not change."""
    with db.transaction():
        dirty: dict[str, set[int]] = defaultdict(set)
        for mark in db.query("SELECT tbl, rid FROM sync_dirty"):
            dirty[str(mark[0])].add(int(mark[1]))
        specs = synced_specs(db, "all")
        wanted = {
            spec.name: None
            if WHOLE_TABLE in dirty[spec.name] or not spec.has_uuid
            else dirty[spec.name]
            for spec in specs
            if spec.name in dirty
        }
        tables = portable.dump(db, include_private=True, specs=specs, ordered=False, rowids=wanted)
        changes: dict[RowKey, Stored] = {}
        rel_now: dict[RowKey, str | None] = {}
        owned: set[str] = {RELATIONSHIP}
        for spec in specs:
            owner = owner_column(spec, owned)
            if spec.name == RELATIONSHIP or owner is not None:
                owned.add(spec.name)
            if spec.name not in wanted:
                continue
            rows = tables.get(spec.name, [])
            keyed = {(spec.name, row_key(spec, row)): row for row in rows}
            whole = wanted[spec.name] is None
            before = _stored(db, spec.name, None if whole else list(keyed))
            for key, row in keyed.items():
                rel = _owner_rel(db, spec, owner, row, rel_now)
                rel_now[key] = rel
                now = next_stored(key, row, rel, before.get(key))
                if now is not None:
                    changes[key] = now
            for key, gone in _gone(db, spec, whole, keyed, before).items():
                if (stone := tombstone(gone)) is not None:
                    changes[key] = stone
        write_stored(db, "all", changes)
        mark_refreshed(db, "all")


def _owner_rel(
    db: Db,
    spec: TableSpec,
    owner: str | None,
    row: dict[str, object],
    rel_now: dict[RowKey, str | None],
) -> str | None:
    """The relationship a row belongs to, as :func:`~rmdesk.store.sync.rows.read_scope` finds it."""
    if spec.name == RELATIONSHIP:
        return str(row["uuid"])
    if owner is None:
        return None
    target = next(c.references for c in spec.columns if c.key == owner)
    parent = (str(target), str(row[owner]))
    if parent in rel_now:
        return rel_now[parent]
    rel = db.scalar("SELECT rel FROM sync_row WHERE scope = 'all' AND tbl = ? AND key = ?", parent)
    return None if rel is None else str(rel)


def _stored(db: Db, table: str, keys: list[RowKey] | None) -> dict[RowKey, Stored]:
    """The stored versions of ``table`` (of ``keys`` only, when given)."""
    sql = "SELECT key, rel, ver, hash FROM sync_row WHERE scope = 'all' AND tbl = ?"
    if keys is None:
        found = db.query(sql, (table,))
    else:
        found = db.query(
            sql + " AND key IN (SELECT value FROM json_each(?))",  # noqa: S608 - no name in it
            (table, json.dumps([key for _, key in keys])),
        )
    return {(table, str(r["key"])): Stored.of(r) for r in found}


def _gone(
    db: Db,
    spec: TableSpec,
    whole: bool,
    keyed: dict[RowKey, dict[str, object]],
    before: dict[RowKey, Stored],
) -> dict[RowKey, Stored]:
    """The rows of ``spec``'s table stored as present that no longer exist."""
    if whole:  # every row was read, and every stored version with it
        return {key: s for key, s in before.items() if key not in keyed}
    # Only changed rows were read: compare the stored rows with the table's uuids, in SQL.
    sql = (
        "SELECT key, rel, ver, hash FROM sync_row WHERE scope = 'all' AND tbl = ?"  # noqa: S608 - a name from sqlite_master
        f" AND hash != '-' AND key NOT IN (SELECT uuid FROM {quote(spec.name)})"
    )
    found = db.query(sql, (spec.name,))
    return {(spec.name, str(r["key"])): Stored.of(r) for r in found}
