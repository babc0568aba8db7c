"""Merging rows from elsewhere (a pack, another copy of the vault) into this vault.

For each row, matched by table and uuid (docs/merge.md):

- same content here and there: nothing to do;
- their version is one we have seen: ours is newer, keep it;
- our version is one they have seen: theirs is newer, take it (a tombstone deletes);
- neither: both changed since they last met: a **conflict**, kept in ``sync_conflict`` with
  their version until someone chooses; our row stays as it is.

A delete that would cascade away rows still here (added here since), and a row whose required
parent was deleted here, become conflicts too: nothing is dropped silently. Everything happens
in one transaction: all or nothing. Importing the same rows twice changes nothing.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from rmdesk.store.db import Db
from rmdesk.store.portable_spec import TableSpec
from rmdesk.store.sync.apply import Applier, ClashError, MissingParent, PackDataError
from rmdesk.store.sync.rows import DELETED, RowKey, Scope, cached_specs, synced_specs
from rmdesk.store.sync.state import (
    Entry,
    State,
    Stored,
    add_seen,
    load_state,
    seen_versions,
    stored_rows,
    write_stored,
)

KEEP, TAKE, EQUAL, CONFLICT = "keep", "take", "equal", "conflict"

# Why a conflict arose; the UI and the CLI word them.
BOTH_CHANGED = "both-changed"
DELETED_THERE_IN_USE_HERE = "deleted-there-in-use-here"
DELETED_HERE_IN_USE_THERE = "deleted-here-in-use-there"
CLASH = "clash"


@dataclass(slots=True)
class MergeSummary:
    added: Counter[str] = field(default_factory=Counter)
    updated: Counter[str] = field(default_factory=Counter)
    deleted: Counter[str] = field(default_factory=Counter)
    conflicts: Counter[str] = field(default_factory=Counter)

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.deleted)

    @property
    def conflict_count(self) -> int:
        return sum(self.conflicts.values())


def scope_specs(db: Db, scope: Scope) -> tuple[TableSpec, ...]:
    """The tables rows of ``scope`` are written to (every column: the private ones are kept)."""
    names = {spec.name for spec in synced_specs(db, scope)}
    return tuple(s for s in cached_specs(db, include_private=True) if s.name in names)


def entry_to_json(entry: Entry) -> dict[str, Any]:
    return {
        "table": entry.table,
        "key": entry.key,
        "rel": entry.rel,
        "ver": entry.ver,
        "hash": entry.hash,
        "row": entry.row,
        "seen": sorted(entry.seen),
    }


def entry_from_json(data: Any) -> Entry:
    """An entry from stored or packed JSON; :class:`PackDataError` when it is malformed."""
    try:
        row = data["row"]
        rel = data["rel"]
        seen = data["seen"]
        if not isinstance(seen, list) or not all(isinstance(v, str) for v in seen):
            raise TypeError("seen")
        if row is not None and not isinstance(row, dict):
            raise TypeError("row")
        entry = Entry(
            table=str(data["table"]),
            key=str(data["key"]),
            rel=None if rel is None else str(rel),
            ver=str(data["ver"]),
            hash=str(data["hash"]),
            row=row,
            seen=frozenset(seen),
        )
    except (KeyError, TypeError) as exc:
        raise PackDataError(f"a row entry is malformed ({exc})") from exc
    if (entry.row is None) != (entry.hash == DELETED):
        raise PackDataError("a row entry is malformed (tombstone)")
    return entry


def decide(local: Entry | None, theirs: Entry) -> str:
    if local is None:
        return TAKE
    if local.hash == theirs.hash:
        return EQUAL
    if theirs.ver in local.seen:
        return KEEP
    if local.ver in theirs.seen:
        return TAKE
    return CONFLICT


class _Merge:
    def __init__(self, db: Db, scope: Scope, my_role: str | None) -> None:
        self.db = db
        self.scope = scope
        self.specs = scope_specs(db, scope)
        self.order = {spec.name: i for i, spec in enumerate(self.specs)}
        self.applier = Applier(db, scope, self.specs, my_role)
        self.summary = MergeSummary()
        self.conflicts: dict[RowKey, tuple[str, Entry, list[Entry]]] = {}
        self.taken: dict[RowKey, Entry] = {}
        self.acknowledged: dict[RowKey, set[str]] = {}

    def conflict(self, theirs: Entry, reason: str) -> None:
        if theirs.id not in self.conflicts:
            self.conflicts[theirs.id] = (reason, theirs, [])

    def run(self, remote: list[Entry]) -> MergeSummary:
        local = load_state(self.db, self.scope, write=True)
        for entry in remote:
            if entry.table not in self.order:
                raise PackDataError(f"unknown table {entry.table!r}")
        decisions = {e.id: decide(local.get(e.id), e) for e in remote}
        remote.sort(key=lambda e: (self.order[e.table], e.key))
        by_id = {e.id: e for e in remote}
        for entry in remote:
            decision = decisions[entry.id]
            if decision in (EQUAL, KEEP):
                self.acknowledged[entry.id] = {*entry.seen, entry.ver}
            elif decision == CONFLICT:
                missing = (
                    None
                    if entry.deleted
                    else self.applier.missing_parent(entry.table, entry.row or {})
                )
                if missing is None:
                    self.conflict(entry, BOTH_CHANGED)
                else:  # its parent was deleted here: that is the choice to offer
                    self._park(entry, missing, decisions, by_id)
            elif not entry.deleted:
                self._take_row(entry, local.get(entry.id), decisions, by_id)
        for entry in reversed(remote):
            if decisions[entry.id] == TAKE and entry.deleted:
                self._take_deletion(entry, local.get(entry.id))
        self.applier.finish()
        self._record()
        return self.summary

    def _take_row(
        self,
        entry: Entry,
        before: Entry | None,
        decisions: dict[RowKey, str],
        by_id: dict[RowKey, Entry],
    ) -> None:
        assert entry.row is not None
        try:
            missing = self.applier.upsert(entry.table, entry.key, entry.row)
        except ClashError:
            self.conflict(entry, CLASH)
            return
        if isinstance(missing, MissingParent):
            self._park(entry, missing, decisions, by_id)
            return
        self.taken[entry.id] = entry
        if before is None or before.deleted:
            self.summary.added[entry.table] += 1
        else:
            self.summary.updated[entry.table] += 1

    def _park(
        self,
        entry: Entry,
        missing: MissingParent,
        decisions: dict[RowKey, str],
        by_id: dict[RowKey, Entry],
    ) -> None:
        """A row whose parent is not here: it waits in the parent's conflict."""
        parent_id = (missing.table, missing.key)
        parent = by_id.get(parent_id)
        if parent is None or parent.deleted:
            raise PackDataError(f"{entry.table} refers to a {missing.table} that is not there")
        if parent_id not in self.conflicts:
            if decisions.get(parent_id) != KEEP:
                raise PackDataError(f"{entry.table} refers to a {missing.table} that is not there")
            # We deleted the parent and moved past their version of it; they added to it since.
            self.acknowledged.pop(parent_id, None)
            self.conflict(parent, DELETED_HERE_IN_USE_THERE)
        self.conflicts[parent_id][2].append(entry)

    def _take_deletion(self, entry: Entry, before: Entry | None) -> None:
        existed = before is not None and not before.deleted
        if existed and not self.applier.delete(
            entry.table, entry.key, before.row if before else None
        ):
            self.conflict(entry, DELETED_THERE_IN_USE_HERE)
            return
        self.taken[entry.id] = entry
        if existed:
            self.summary.deleted[entry.table] += 1

    def _record(self) -> None:
        write_stored(
            self.db,
            self.scope,
            {key: Stored(rel=e.rel, ver=e.ver, hash=e.hash) for key, e in self.taken.items()},
        )
        seen = dict(self.acknowledged)
        for key, e in self.taken.items():
            seen[key] = {*e.seen, e.ver}
        add_seen(self.db, self.scope, seen)
        # Rows changed by the merge itself (a reference set to NULL) get their next version.
        load_state(self.db, self.scope, write=True)
        now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        for (table, _key), (reason, theirs, dependents) in self.conflicts.items():
            self.summary.conflicts[table] += 1
            store_conflict(self.db, self.scope, theirs, reason, dependents, now)
        drop_settled_conflicts(self.db, self.scope)


def store_conflict(
    db: Db, scope: Scope, theirs: Entry, reason: str, dependents: list[Entry], now: str
) -> None:
    payload = json.dumps(
        {"entry": entry_to_json(theirs), "dependents": [entry_to_json(d) for d in dependents]},
        sort_keys=True,
        ensure_ascii=False,
    )
    existing = db.query_one(
        "SELECT reason, theirs FROM sync_conflict WHERE scope = ? AND tbl = ? AND key = ?",
        (scope, theirs.table, theirs.key),
    )
    if existing is not None and (existing["reason"], existing["theirs"]) == (reason, payload):
        return  # the same conflict again (the same pack imported twice)
    db.execute(
        "INSERT INTO sync_conflict (scope, tbl, key, rel, reason, theirs, detected_at)"
        " VALUES (?,?,?,?,?,?,?) ON CONFLICT (scope, tbl, key) DO UPDATE SET"
        " rel = excluded.rel, reason = excluded.reason, theirs = excluded.theirs,"
        " detected_at = excluded.detected_at",
        (scope, theirs.table, theirs.key, theirs.rel, reason, payload, now),
    )


def drop_settled_conflicts(db: Db, scope: Scope) -> None:
    """Forget the conflicts this vault has since moved past.

    A conflict over one row is settled once we hold their version or one that descends from
    it; one whose rows wait on a parent deleted here, once every waiting row was taken in.
    """
    rows = db.query("SELECT id, tbl, key, theirs FROM sync_conflict WHERE scope = ?", (scope,))
    if not rows:
        return
    seen = seen_versions(db, scope)
    stored = stored_rows(db, scope)
    settled: list[tuple[int]] = []
    for r in rows:
        payload = json.loads(str(r["theirs"]))
        theirs = entry_from_json(payload["entry"])
        dependents = [entry_from_json(d) for d in payload["dependents"]]
        known = seen.get(theirs.id, set())
        if dependents:
            done = all(d.ver in seen.get(d.id, set()) for d in dependents)
        else:
            now = stored.get(theirs.id)
            done = theirs.ver in known or (now is not None and now.hash == theirs.hash)
        if done:
            settled.append((int(r["id"]),))
    db.execute_many("DELETE FROM sync_conflict WHERE id = ?", settled)


def merge_entries(
    db: Db, scope: Scope, remote: list[Entry], *, my_role: str | None = None
) -> MergeSummary:
    """Merge ``remote`` into the vault in one transaction (see the module docstring).

    ``my_role`` is this vault's role in a relationship the pack creates here (shared scope).
    """
    with db.transaction():
        return _Merge(db, scope, my_role).run(list(remote))


def local_state(db: Db, scope: Scope) -> State:
    """This vault's rows of ``scope`` with their versions (refreshing the bookkeeping)."""
    with db.transaction():
        return load_state(db, scope, write=True)
