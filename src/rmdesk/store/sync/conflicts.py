"""Conflicts waiting for a person: listing them with both versions, and settling one.

Settling gives the row a new version that descends from both sides, so the next exchange
carries the choice to the other vault instead of raising the same conflict there again.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Literal

from rmdesk.store.db import Db
from rmdesk.store.errors import BadInputError
from rmdesk.store.sync.apply import Applier, MissingParent
from rmdesk.store.sync.merge import entry_from_json, scope_specs
from rmdesk.store.sync.rows import DELETED, Row, Scope, content_hash, merged_version, read_scope
from rmdesk.store.sync.state import Entry, Stored, add_seen, load_state, write_stored

Choice = Literal["mine", "theirs"]


class ConflictGoneError(BadInputError):
    kind = "conflict-gone"
    message = "That conflict is no longer waiting (it was settled meanwhile)."


@dataclass(frozen=True, slots=True)
class Conflict:
    id: int
    scope: Scope
    table: str
    key: str
    rel: str | None
    reason: str
    mine: Row | None  # None: deleted here
    theirs: Row | None  # None: deleted there
    dependents: tuple[Entry, ...]  # their rows that wait on this one (e.g. new agenda items)
    detected_at: str


def list_conflicts(db: Db, scope: Scope | None = None, *, rel: str | None = None) -> list[Conflict]:
    """Waiting conflicts with both versions (ours read now, in the conflict's scope)."""
    rows = db.query(
        "SELECT id, scope, tbl, key, rel, reason, theirs, detected_at FROM sync_conflict"
        " ORDER BY id"
    )
    current: dict[str, dict[tuple[str, str], Row]] = {}
    out: list[Conflict] = []
    for r in rows:
        scope_ = str(r["scope"])
        if scope is not None and scope_ != scope:
            continue
        if rel is not None and r["rel"] != rel:
            continue
        if scope_ not in current:
            current[scope_] = read_scope(db, "shared" if scope_ == "shared" else "all").rows
        payload = json.loads(str(r["theirs"]))
        theirs = entry_from_json(payload["entry"])
        out.append(
            Conflict(
                id=int(r["id"]),
                scope="shared" if scope_ == "shared" else "all",
                table=str(r["tbl"]),
                key=str(r["key"]),
                rel=None if r["rel"] is None else str(r["rel"]),
                reason=str(r["reason"]),
                mine=current[scope_].get((str(r["tbl"]), str(r["key"]))),
                theirs=theirs.row,
                dependents=tuple(entry_from_json(d) for d in payload["dependents"]),
                detected_at=str(r["detected_at"]),
            )
        )
    return out


def resolve(db: Db, conflict_id: int, choice: Choice) -> None:
    """Keep ours or take theirs, in one transaction; each row then descends from both.

    The rows that waited on this one (their new agenda items under a meeting deleted here)
    follow the same choice.
    """
    with db.transaction():
        found = db.query_one("SELECT scope, theirs FROM sync_conflict WHERE id = ?", (conflict_id,))
        if found is None:
            raise ConflictGoneError()
        scope: Scope = "shared" if found["scope"] == "shared" else "all"
        payload = json.loads(str(found["theirs"]))
        entries = [entry_from_json(payload["entry"])]
        entries += [entry_from_json(d) for d in payload["dependents"]]
        db.execute("DELETE FROM sync_conflict WHERE id = ?", (conflict_id,))
        for theirs in entries:
            _settle_one(db, scope, theirs, choice)
        load_state(db, scope, write=True)


def _settle_one(db: Db, scope: Scope, theirs: Entry, choice: Choice) -> None:
    local = load_state(db, scope, write=True).get(theirs.id)
    mine_ver = local.ver if local is not None else ""
    mine_seen = set(local.seen) if local is not None else set()
    if choice == "theirs":
        _take(db, scope, theirs)
        result_hash = content_hash(theirs.row)
    else:
        result_hash = local.hash if local is not None else DELETED
    versions = {v for v in (mine_ver, theirs.ver) if v}
    ver = merged_version(versions, result_hash)
    write_stored(db, scope, {theirs.id: Stored(rel=theirs.rel, ver=ver, hash=result_hash)})
    add_seen(db, scope, {theirs.id: mine_seen | set(theirs.seen) | versions | {ver}})


def _take(db: Db, scope: Scope, theirs: Entry) -> None:
    applier = Applier(db, scope, scope_specs(db, scope), None)
    if theirs.row is None:
        # The person chose their deletion, knowing what goes with it.
        applier.delete(theirs.table, theirs.key, None, cascade=True)
        return
    missing = applier.upsert(theirs.table, theirs.key, theirs.row)
    if isinstance(missing, MissingParent):
        raise BadInputError(
            f"their version needs a {missing.table} that is no longer here; keep yours instead"
        )
    applier.finish()
