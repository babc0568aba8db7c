"""Everything that would stop a dump from loading, each named by its JSON path.

Types and required keys come from the vault's columns, allowed values from its CHECK clauses;
then UUIDs (twice in the file, or already in the vault) and references (must resolve inside
the file). Up to ``MAX_PROBLEMS`` are reported; the first ones are the useful ones.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from rmdesk.store.db import Db
from rmdesk.store.portable_spec import (
    Column,
    TableSpec,
    member,
    quote,
    rows_of,
    shown,
    table_specs,
)
from rmdesk.store.repositories._codec import (
    MAX_YEAR,
    MIN_YEAR,
    json_to_strings,
    text_to_date,
    text_to_time,
)
from rmdesk.store.repositories.agenda_template import items_from_json
from rmdesk.store.repositories.agreement import sections_from_json

Row = dict[str, Any]
MAX_PROBLEMS = 10
# Rows shipped with the app (the prompt library) carry a ``builtin_key``; a vault that already
# has a row with the same key keeps its own, so an export can go into any vault.
BUILTIN_KEY = "builtin_key"
INT_MIN, INT_MAX = -(2**63), 2**63 - 1
# Text columns that hold JSON, each with the decoder the app reads it with.
JSON_TEXT_COLUMNS: dict[tuple[str, str], Callable[[str], object]] = {
    ("relationship", "focus_areas"): json_to_strings,
    ("mentor_candidate", "expertise"): json_to_strings,
    ("agreement_version", "sections"): sections_from_json,
    ("agenda_template", "items"): items_from_json,
}


def _value_problem(col: Column, value: object) -> str | None:
    """Why ``value`` cannot go into ``col``, or None."""
    if value is None:
        return None if col.nullable else "must not be null"
    if col.affinity == "integer" and (isinstance(value, bool) or not isinstance(value, int)):
        if col.bounds:
            return f"expected an integer {col.bounds[0]}-{col.bounds[1]}, got {shown(value)}"
        return f"expected an integer, got {shown(value)}"
    if col.affinity == "text" and not isinstance(value, str):
        return f"expected a string, got {shown(value)}"
    if col.affinity == "real" and (isinstance(value, bool) or not isinstance(value, int | float)):
        return f"expected a number, got {shown(value)}"
    if isinstance(value, list | dict | bool):
        return f"expected a plain value, got {shown(value)}"
    if isinstance(value, int) and not INT_MIN <= value <= INT_MAX:
        return "the number is too large"
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return "contains an unpaired surrogate (\\ud800-\\udfff), which is not text"
    if col.choices is not None and value not in col.choices:
        allowed = ", ".join(shown(c) for c in col.choices)
        return f"expected one of {allowed}, got {shown(value)}"
    if (
        col.bounds is not None
        and isinstance(value, int)
        and not (col.bounds[0] <= value <= col.bounds[1])
    ):
        return f"expected an integer {col.bounds[0]}-{col.bounds[1]}, got {shown(value)}"
    if isinstance(value, str):
        return _text_problem(col, value)
    return None


def _text_problem(col: Column, value: str) -> str | None:
    """Times and days are checked with the decoders the app reads them with."""
    if col.references or col.name == "uuid":
        return None if value else "expected a non-empty id"
    decode: Callable[[str], object] | None = None
    if col.name == "at" or col.name.endswith("_at"):
        decode, what = text_to_time, "a UTC time YYYY-MM-DDTHH:MM:SSZ"
    elif col.name.endswith(("_date", "_on")):
        decode, what = text_to_date, "a day YYYY-MM-DD"
    if decode is not None:
        try:
            decode(value)
        except ValueError:
            return f"expected {what} (years {MIN_YEAR}-{MAX_YEAR}), got {shown(value)}"
    return None


def _json_problem(table: str, col: Column, value: object) -> str | None:
    decode = JSON_TEXT_COLUMNS.get((table, col.name))
    if decode is None or not isinstance(value, str):
        return None
    try:
        decode(value)
    except (ValueError, RecursionError) as exc:
        return f"expected {_JSON_SHAPES[(table, col.name)]} ({exc}), got {shown(value)}"
    return None


_JSON_SHAPES = {
    ("relationship", "focus_areas"): "JSON text: a list of strings",
    ("mentor_candidate", "expertise"): "JSON text: a list of strings",
    ("agreement_version", "sections"): 'JSON text: a list of {"key", "title", "body"} strings',
    ("agenda_template", "items"): (
        'JSON text: a list of {"kind", "title", "owner", "time_box_minutes"}'
    ),
}


class _Problems:
    def __init__(self) -> None:
        self.items: list[str] = []

    @property
    def full(self) -> bool:
        return len(self.items) >= MAX_PROBLEMS

    def add(self, path: str, text: str) -> None:
        if not self.full:
            self.items.append(f"{path}: {text}")


def _check_rows(
    specs: Mapping[str, TableSpec], tables: object, base: str, found: _Problems
) -> None:
    if not isinstance(tables, dict):
        found.add(base, f"expected an object of tables, got {shown(tables)}")
        return
    for name, rows in tables.items():
        spec = specs.get(name)
        path = f"{base}{member(name)}"
        if spec is None:
            found.add(path, "unknown table")
            continue
        if not isinstance(rows, list):
            found.add(path, "expected a list of rows")
            continue
        for index, row in enumerate(rows):
            if found.full:
                return
            row_path = f"{path}[{index}]"
            if not isinstance(row, dict):
                found.add(row_path, f"expected an object, got {shown(row)}")
                continue
            for key in row:
                if spec.column(key) is None:
                    found.add(f"{row_path}{member(key)}", "unknown key")
            for col in spec.columns:
                if col.key not in row:
                    if col.required:
                        found.add(f"{row_path}.{col.key}", "required key is missing")
                    continue
                problem = _value_problem(col, row[col.key]) or _json_problem(
                    name, col, row[col.key]
                )
                if problem:
                    found.add(f"{row_path}.{col.key}", problem)


def _check_identity(
    db: Db,
    specs: Mapping[str, TableSpec],
    tables: dict[str, list[Row]],
    base: str,
    found: _Problems,
) -> None:
    """Duplicate or colliding UUIDs, and references that point outside the file."""
    in_file: dict[str, set[str]] = {}
    for name, rows in tables.items():
        if not specs[name].has_uuid:
            continue
        seen = in_file.setdefault(name, set())
        in_vault: set[str] = set()
        if db.scalar(f"SELECT EXISTS (SELECT 1 FROM {quote(name)})"):  # noqa: S608
            in_vault = {str(r[0]) for r in rows_of(db, f"SELECT uuid FROM {quote(name)}")}  # noqa: S608
        library = builtin_keys(db, specs[name])
        for index, row in enumerate(rows):
            value = row["uuid"]
            if row.get(BUILTIN_KEY) in library:
                pass  # the vault has this built-in row already; load() keeps the vault's copy
            elif value in seen:
                found.add(f"{base}.{name}[{index}].uuid", f"{shown(value)} appears twice")
            elif value in in_vault:
                found.add(
                    f"{base}.{name}[{index}].uuid",
                    f"{shown(value)} already exists in this vault (UUID collision)",
                )
            seen.add(value)
    for name, rows in tables.items():
        refs = [c for c in specs[name].columns if c.references]
        for index, row in enumerate(rows):
            for col in refs:
                value = row.get(col.key)
                if value is not None and value not in in_file.get(col.references or "", set()):
                    found.add(
                        f"{base}.{name}[{index}].{col.key}",
                        f"refers to {col.references} {shown(value)}, which is not in the file",
                    )
            if found.full:
                return


def builtin_keys(db: Db, spec: TableSpec) -> dict[str, int]:
    """The built-in rows the vault already has in ``spec``'s table: builtin_key -> row id."""
    if spec.column(BUILTIN_KEY) is None or not spec.has_rowid_alias:
        return {}
    sql = f"SELECT {BUILTIN_KEY}, rowid FROM {quote(spec.name)} WHERE {BUILTIN_KEY} IS NOT NULL"  # noqa: S608
    return {str(r[0]): int(r[1]) for r in rows_of(db, sql)}


def check(db: Db, tables: object, *, base: str = "$") -> list[str]:
    """Every problem (up to ``MAX_PROBLEMS``) that would stop ``tables`` from loading."""
    specs = {s.name: s for s in table_specs(db, include_private=True)}
    found = _Problems()
    _check_rows(specs, tables, base, found)
    if not found.items and isinstance(tables, dict):
        _check_identity(db, specs, tables, base, found)
    return found.items
