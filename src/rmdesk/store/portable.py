"""The whole vault as plain data (tables of JSON-ready rows) and back, at table level.

The shape is read from the vault itself (``PRAGMA table_list`` / ``table_xinfo`` /
``foreign_key_list``), so a column added by a later migration is exported without anyone
remembering to list it here. Rules:

- Every ordinary table except ``meta``; virtual tables (the FTS index) and their shadow tables
  are left out: the index is rebuilt by the insert triggers.
- The integer row id (``id``) is left out; an integer foreign key ``x_id`` becomes ``x_uuid``,
  holding the referenced row's ``uuid``. So a dump does not depend on row ids and can be
  loaded beside existing data.
- Private tables and columns (``schema.PRIVATE_TABLES`` / ``PRIVATE_COLUMNS``) only with
  ``include_private``; a reference to a private table counts as private too.
- Rows are sorted by ``uuid`` (or by their content when a table has none), so the same vault
  always gives the same dump.

:func:`load` checks the whole input first (types, required keys, allowed values, references,
UUID collisions with the vault) and inserts in one transaction: all or nothing.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Mapping
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

from rmdesk.store.db import Db
from rmdesk.store.portable_checks import BUILTIN_KEY, MAX_PROBLEMS, builtin_keys, check
from rmdesk.store.portable_spec import (
    Column,
    ImportRejectedError,
    TableSpec,
    quote,
    rows_of,
    table_specs,
)

__all__ = [
    "MAX_PROBLEMS",
    "Column",
    "ImportRejectedError",
    "TableSpec",
    "check",
    "dump",
    "load",
    "table_specs",
]

Row = dict[str, Any]
Tables = dict[str, list[Row]]
Progress = Callable[[int, int], None]
PROGRESS_EVERY = 500


# -- dump ---------------------------------------------------------------------------------
def _sort_key(row: Row) -> tuple[str, str]:
    return (str(row.get("uuid", "")), json.dumps(row, sort_keys=True, ensure_ascii=False))


def dump(
    db: Db,
    *,
    include_private: bool,
    specs: tuple[TableSpec, ...] | None = None,
    ordered: bool = True,
    rowids: Mapping[str, Collection[int] | None] | None = None,
) -> Tables:
    """Every exportable row (of ``specs`` when given), references as UUIDs, in a stable order
    (unless not ``ordered``: the merge keys rows itself and skips the costly sort).

    With ``rowids``, only the tables named there: those rows of a table given a collection,
    all of a table given None (the sync bookkeeping reads just the rows that changed)."""
    if specs is None:
        specs = table_specs(db, include_private=include_private)
    if rowids is not None:
        specs = tuple(spec for spec in specs if spec.name in rowids)
    uuid_of: dict[str, dict[int, str]] = {}
    for spec in specs:
        for target in {c.references for c in spec.columns if c.references}:
            if target is not None and target not in uuid_of:
                uuid_of[target] = {
                    int(r[0]): str(r[1])
                    for r in rows_of(db, f"SELECT rowid, uuid FROM {quote(target)}")  # noqa: S608 - names come from sqlite_master
                }
    out: Tables = {}
    for spec in specs:
        names = ", ".join(quote(c.name) for c in spec.columns)
        sql = f"SELECT {names} FROM {quote(spec.name)}"  # noqa: S608 - as above
        only = None if rowids is None else rowids[spec.name]
        records = (
            rows_of(db, sql)
            if only is None
            else db.query(
                sql + " WHERE rowid IN (SELECT value FROM json_each(?))",  # noqa: S608 - as above
                (json.dumps(sorted(only)),),
            )
        )
        rows: list[Row] = []
        for record in records:
            row: Row = {}
            for col, value in zip(spec.columns, record, strict=True):
                if isinstance(value, bytes):
                    raise RuntimeError(f"{spec.name}.{col.name} holds bytes, which JSON cannot")
                if col.references and value is not None:
                    value = uuid_of[col.references][int(value)]
                row[col.key] = value
            rows.append(row)
        if ordered:
            rows.sort(key=_sort_key)
        out[spec.name] = rows
    return out


# -- load ---------------------------------------------------------------------------------
def load(
    db: Db,
    tables: object,
    *,
    base: str = "$",
    progress: Progress | None = None,
    checkpoint: Callable[[], None] | None = None,
) -> dict[str, int]:
    """Check, then insert every row in one transaction. Returns the row count per table.

    Raises :class:`ImportRejectedError` (nothing changed) when a check fails or the vault refuses
    a row (a constraint the checks do not know). ``checkpoint`` is called before the
    transaction and every ``PROGRESS_EVERY`` rows inside it, never during or after the commit:
    whatever it raises rolls everything back (the CLI stops there on Ctrl-C).
    """
    problems = check(db, tables, base=base)
    if problems:
        raise ImportRejectedError(problems)
    if checkpoint is not None:
        checkpoint()
    assert isinstance(tables, dict)  # check() said so
    specs = table_specs(db, include_private=True)
    total = sum(len(rows) for rows in tables.values())
    done = 0
    ids: dict[str, dict[str, int]] = {}
    counts: dict[str, int] = {}
    with db.transaction():
        for spec in specs:
            rows = tables.get(spec.name)
            if not rows:
                continue
            own_ids = ids.setdefault(spec.name, {})
            later: list[tuple[int, Column, str]] = []  # references to rows of the same table
            library = builtin_keys(db, spec)
            inserted = 0
            for index, row in enumerate(rows):
                done += 1
                key = row.get(BUILTIN_KEY)
                kept = library.get(key) if isinstance(key, str) else None
                if kept is not None:
                    own_ids[row["uuid"]] = kept
                    continue
                names: list[str] = []
                values: list[object] = []
                for col in spec.columns:
                    if col.key not in row:
                        continue
                    value = row[col.key]
                    if col.references == spec.name and value is not None:
                        later.append((index, col, value))
                        value = None
                    elif col.references and value is not None:
                        value = ids[col.references][value]
                    names.append(quote(col.name))
                    values.append(value)
                sql = (
                    f"INSERT INTO {quote(spec.name)} ({', '.join(names)}) "  # noqa: S608
                    f"VALUES ({', '.join('?' * len(values))})"
                )
                rowid = _insert(db, sql, values, f"{base}.{spec.name}[{index}]")
                if spec.has_uuid:
                    own_ids[row["uuid"]] = rowid
                inserted += 1
                if done % PROGRESS_EVERY == 0:
                    if checkpoint is not None:
                        checkpoint()
                    if progress is not None:
                        progress(done, total)
            for index, col, value in later:
                db.execute(
                    f"UPDATE {quote(spec.name)} SET {quote(col.name)} = ? WHERE rowid = ?",  # noqa: S608
                    (own_ids[value], own_ids[rows[index]["uuid"]]),
                )
            counts[spec.name] = inserted
    if progress is not None:
        progress(total, total)
    return counts


def _insert(db: Db, sql: str, values: list[object], path: str) -> int:
    try:
        return db.execute(sql, values)
    except sqlcipher.IntegrityError as exc:
        # A rule only the vault knows (a UNIQUE pair, a CHECK we do not parse): name the row.
        raise ImportRejectedError([f"{path}: the vault refused this row ({exc})"]) from exc
