"""Each row's version, kept up to date lazily (docs/merge.md).

The app's write paths know nothing of versions (triggers only note which rows changed).
Instead, before every exchange,
:func:`refresh` compares each row's content hash with the one stored in ``sync_row`` (at
every opening, store/sync/dirty.py does the same for the rows noted as changed): a new row
gets a first version id, a changed one the next id, a row that is gone
a tombstone (hash ``-``). Version ids are derived from the previous id and the new hash, so two
copies of a vault that look at the same change name it alike. ``sync_seen`` keeps every id a
row has had here; a version from elsewhere whose id we have seen is one we already moved past.

Because deletions are found by absence, every way a row can go (a repository's delete, a
cascade from its parent, an import) leaves a tombstone without any delete path knowing.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from rmdesk.store.db import Db
from rmdesk.store.sync.rows import (
    DELETED,
    Row,
    RowKey,
    Scope,
    ScopeRows,
    content_hash,
    first_version,
    next_version,
    read_scope,
)


@dataclass(frozen=True, slots=True)
class Entry:
    """One row's state in one vault (or pack): its version, content and history."""

    table: str
    key: str
    rel: str | None
    ver: str
    hash: str
    row: Row | None  # None: deleted (a tombstone)
    seen: frozenset[str]

    @property
    def id(self) -> RowKey:
        return (self.table, self.key)

    @property
    def deleted(self) -> bool:
        return self.row is None


@dataclass(frozen=True, slots=True)
class Stored:
    rel: str | None
    ver: str
    hash: str

    @classmethod
    def of(cls, record: Any) -> Stored:
        """From a ``sync_row`` row read with its ``rel``, ``ver`` and ``hash`` columns."""
        rel = record["rel"]
        return cls(
            rel=None if rel is None else str(rel), ver=str(record["ver"]), hash=str(record["hash"])
        )


State = dict[RowKey, Entry]


def stored_rows(db: Db, scope: Scope) -> dict[RowKey, Stored]:
    return {
        (str(r["tbl"]), str(r["key"])): Stored.of(r)
        for r in db.query("SELECT tbl, key, rel, ver, hash FROM sync_row WHERE scope = ?", (scope,))
    }


def seen_versions(db: Db, scope: Scope) -> dict[RowKey, set[str]]:
    seen: dict[RowKey, set[str]] = defaultdict(set)
    for r in db.query("SELECT tbl, key, ver FROM sync_seen WHERE scope = ?", (scope,)):
        seen[(str(r["tbl"]), str(r["key"]))].add(str(r["ver"]))
    return seen


def next_stored(key: RowKey, row: Row, rel: str | None, before: Stored | None) -> Stored | None:
    """The stored version ``row`` (owned by ``rel``) calls for, or None if ``before`` holds."""
    hash_ = content_hash(row)
    if before is None:
        return Stored(rel=rel, ver=first_version(key[0], key[1], hash_), hash=hash_)
    if before.hash != hash_:
        return Stored(rel=rel, ver=next_version(before.ver, hash_), hash=hash_)
    if before.rel != rel:
        return Stored(rel=rel, ver=before.ver, hash=hash_)
    return None


def tombstone(before: Stored) -> Stored | None:
    """The stored version of a row that is gone (None if it already is a tombstone)."""
    if before.hash == DELETED:
        return None
    return Stored(rel=before.rel, ver=next_version(before.ver, DELETED), hash=DELETED)


def _changes(current: ScopeRows, stored: dict[RowKey, Stored]) -> dict[RowKey, Stored]:
    """The rows whose stored version is out of date, with the version they have now."""
    out: dict[RowKey, Stored] = {}
    for key, row in current.rows.items():
        now = next_stored(key, row, current.rel.get(key), stored.get(key))
        if now is not None:
            out[key] = now
    for key, before in stored.items():
        if key not in current.rows and (gone := tombstone(before)) is not None:
            out[key] = gone
    return out


def write_stored(db: Db, scope: Scope, changes: dict[RowKey, Stored]) -> None:
    if not changes:
        return
    db.execute_many(
        "INSERT INTO sync_row (scope, tbl, key, rel, ver, hash) VALUES (?,?,?,?,?,?)"
        " ON CONFLICT (scope, tbl, key) DO UPDATE SET rel = excluded.rel, ver = excluded.ver,"
        " hash = excluded.hash",
        [(scope, t, k, s.rel, s.ver, s.hash) for (t, k), s in changes.items()],
    )
    add_seen(db, scope, {key: {s.ver} for key, s in changes.items()})


def add_seen(db: Db, scope: Scope, versions: dict[RowKey, set[str]]) -> None:
    db.execute_many(
        "INSERT OR IGNORE INTO sync_seen (scope, tbl, key, ver) VALUES (?,?,?,?)",
        [(scope, t, k, v) for (t, k), vers in versions.items() for v in sorted(vers)],
    )


def counter(db: Db) -> str | None:
    value = db.scalar("SELECT value FROM meta WHERE key = 'sync_changes'")
    return None if value is None else str(value)


def refresh(db: Db, scope: Scope) -> ScopeRows:
    """Bring ``sync_row``/``sync_seen`` up to date with the rows; returns the rows read."""
    with db.transaction():
        current = read_scope(db, scope)
        write_stored(db, scope, _changes(current, stored_rows(db, scope)))
        mark_refreshed(db, scope)
    return current


def mark_refreshed(db: Db, scope: Scope) -> None:
    """Note that ``scope``'s versions are up to date with every change counted so far (for
    ``all``, which every row belongs to, the rows noted as changed are then done with)."""
    count = counter(db)
    if count is None:
        return
    db.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (f"sync_refreshed_{scope}", count),
    )
    if scope == "all":
        db.execute("DELETE FROM sync_dirty")


def refreshed_at(db: Db, scope: Scope) -> str | None:
    value = db.scalar("SELECT value FROM meta WHERE key = ?", (f"sync_refreshed_{scope}",))
    return None if value is None else str(value)


def load_state(db: Db, scope: Scope, *, write: bool) -> State:
    """Every row of ``scope`` with its up-to-date version, tombstones included.

    With ``write`` the refreshed versions are stored; without, they are only computed (for a
    copy opened read-only, which computes the same ids when it is next opened itself).
    """
    if write:
        current = refresh(db, scope)
        stored = stored_rows(db, scope)
        seen = seen_versions(db, scope)
    else:
        current = read_scope(db, scope)
        stored = stored_rows(db, scope)
        seen = seen_versions(db, scope)
        for key, now in _changes(current, stored).items():
            stored[key] = now
            seen[key].add(now.ver)
    return {
        key: Entry(
            table=key[0],
            key=key[1],
            rel=s.rel,
            ver=s.ver,
            hash=s.hash,
            row=current.rows.get(key),
            seen=frozenset(seen.get(key, ())),
        )
        for key, s in stored.items()
    }
