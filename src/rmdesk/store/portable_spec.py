"""The exportable shape of a vault, read from the vault itself (see :mod:`rmdesk.store.portable`).

``PRAGMA table_list`` / ``table_xinfo`` / ``foreign_key_list`` give the tables, columns and
references; simple ``CHECK (x IN (...))`` and ``CHECK (x BETWEEN a AND b)`` clauses in the
table's SQL give the allowed values, so import checks follow the schema without a second list.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from rmdesk.store.db import Db
from rmdesk.store.errors import BadInputError
from rmdesk.store.schema import PRIVATE_COLUMNS, PRIVATE_TABLES, SYNC_TABLES

EXCLUDED_TABLES = frozenset({"meta"}) | SYNC_TABLES

_CHOICES = re.compile(r"CHECK\s*\(\s*(\w+)\s+IN\s*\(([^()]*)\)\s*\)", re.IGNORECASE)
_BOUNDS = re.compile(
    r"CHECK\s*\(\s*(?:\w+\s+IS\s+NULL\s+OR\s+)?(\w+)\s+BETWEEN\s+(-?\d+)\s+AND\s+(-?\d+)\s*\)",
    re.IGNORECASE,
)


SHOWN_LIMIT = 40
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,39}", re.ASCII)
# Control, format (bidi overrides, zero-width...), separator, private-use and surrogate
# characters could move the cursor, set the terminal's title, clear the screen or forge a
# line of output: each is shown as its \uXXXX escape.
_HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Co", "Cs"})


def shown(value: object, limit: int | None = SHOWN_LIMIT) -> str:
    """``value`` as it may appear in a message: JSON, hidden characters escaped, and cut to
    ``limit`` characters (so a 50 MB key prints as a short line; None for a path the user
    typed, which the command line already bounds)."""
    text = json.dumps(value, ensure_ascii=False)
    if limit is not None and len(text) > 4 * limit:
        text = text[: 4 * limit]  # nothing past this can be shown anyway
    text = "".join(
        f"\\u{ord(c):04x}" if unicodedata.category(c) in _HIDDEN_CATEGORIES else c for c in text
    )
    return text if limit is None or len(text) <= limit else text[: limit - 3] + "..."


def member(name: str) -> str:
    """A key or table name as a step of a JSON path: ``.name`` when it is a plain identifier,
    else ``[<name shown like a value>]``."""
    return f".{name}" if _IDENTIFIER.fullmatch(name) else f"[{shown(name)}]"


class ImportRejectedError(BadInputError):
    """The input failed its checks (or the vault refused a row); nothing was changed."""

    kind = "import-rejected"
    message = "The file was not imported; nothing was changed."

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = tuple(problems)
        super().__init__(f"{len(self.problems)} problem(s) found")

    def __str__(self) -> str:
        return "\n".join([self.message, *(f"  {p}" for p in self.problems)])


@dataclass(frozen=True, slots=True)
class Column:
    name: str  # as in the vault
    key: str  # as in the dump (``x_id`` -> ``x_uuid`` for references)
    affinity: str  # "integer" | "text" | "real" | "any"
    required: bool  # NOT NULL without a default
    nullable: bool
    references: str | None  # referenced table, for foreign keys
    choices: tuple[str | int, ...] | None
    bounds: tuple[int, int] | None


@dataclass(frozen=True, slots=True)
class TableSpec:
    name: str
    columns: tuple[Column, ...]
    has_uuid: bool
    has_rowid_alias: bool

    def column(self, key: str) -> Column | None:
        return next((c for c in self.columns if c.key == key), None)


def rows_of(db: Db, sql: str) -> list[Any]:
    # Rows as sqlcipher3 gives them (indexable by name and position).
    return list(db.query(sql))


def quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _affinity(declared: str) -> str:
    # SQLite's own affinity rules (https://sqlite.org/datatype3.html#determination_of_column_affinity).
    upper = declared.upper()
    if "INT" in upper:
        return "integer"
    if any(word in upper for word in ("CHAR", "CLOB", "TEXT")):
        return "text"
    if not upper or "BLOB" in upper:
        return "any"
    return "real"


def _parse_choices(text: str) -> tuple[str | int, ...]:
    items: list[str | int] = []
    for raw in text.split(","):
        item = raw.strip()
        items.append(item[1:-1].replace("''", "'") if item.startswith("'") else int(item))
    return tuple(items)


def _table_spec(db: Db, name: str, sql: str, *, include_private: bool) -> TableSpec:
    quoted = quote(name)
    info = rows_of(db, f"PRAGMA table_xinfo({quoted})")
    foreign_keys = rows_of(db, f"PRAGMA foreign_key_list({quoted})")
    refs = {str(r["from"]): str(r["table"]) for r in foreign_keys}
    choices = {m.group(1): _parse_choices(m.group(2)) for m in _CHOICES.finditer(sql)}
    bounds = {m.group(1): (int(m.group(2)), int(m.group(3))) for m in _BOUNDS.finditer(sql)}
    pk_columns = [r for r in info if int(r["pk"]) > 0]
    without_rowid = bool(re.search(r"\)\s*WITHOUT\s+ROWID\s*$", sql, re.IGNORECASE))
    rowid_alias = (
        str(pk_columns[0]["name"])
        if len(pk_columns) == 1
        and str(pk_columns[0]["type"]).upper() == "INTEGER"
        and not without_rowid
        else None
    )
    columns: list[Column] = []
    for row in info:
        col = str(row["name"])
        target = refs.get(col)
        if int(row["hidden"]) != 0 or (col == rowid_alias and target is None):
            continue  # generated columns and the bare row id are not data
        private = (name, col) in PRIVATE_COLUMNS or (target in PRIVATE_TABLES)
        if private and not include_private:
            continue
        not_null = bool(row["notnull"]) or col == rowid_alias
        key = (col[:-3] if col.endswith("_id") else col) + "_uuid" if target else col
        columns.append(
            Column(
                name=col,
                key=key,
                affinity="text" if target else _affinity(str(row["type"])),
                required=not_null and row["dflt_value"] is None,
                nullable=not not_null,
                references=target,
                choices=choices.get(col),
                bounds=bounds.get(col),
            )
        )
    return TableSpec(
        name=name,
        columns=tuple(columns),
        has_uuid=any(c.name == "uuid" for c in columns),
        has_rowid_alias=rowid_alias is not None,
    )


def table_specs(db: Db, *, include_private: bool) -> tuple[TableSpec, ...]:
    """The exportable tables, parents before children (so inserts meet their references)."""
    listed = rows_of(db, "PRAGMA main.table_list")
    names = sorted(
        str(r["name"])
        for r in listed
        if r["type"] == "table"
        and not str(r["name"]).startswith("sqlite_")
        and str(r["name"]) not in EXCLUDED_TABLES
        and (include_private or str(r["name"]) not in PRIVATE_TABLES)
    )
    sql_of = {
        str(r["name"]): str(r["sql"]) for r in rows_of(db, "SELECT name, sql FROM sqlite_master")
    }
    specs = {
        name: _table_spec(db, name, sql_of[name], include_private=include_private) for name in names
    }
    for spec in specs.values():
        for col in spec.columns:
            target = specs.get(col.references or "")
            if col.references and (target is None or not target.has_uuid):
                raise RuntimeError(f"{spec.name}.{col.name} refers to a table without uuid")
            if target is not None and not target.has_rowid_alias:
                raise RuntimeError(f"{spec.name}.{col.name} must refer to a row id")
    ordered: list[TableSpec] = []
    remaining = dict(specs)
    while remaining:
        ready = [
            s
            for s in remaining.values()
            if all(
                c.references in (None, s.name) or c.references not in remaining for c in s.columns
            )
        ]
        if not ready:
            raise RuntimeError("foreign keys form a cycle: " + ", ".join(sorted(remaining)))
        for spec in ready:
            ordered.append(spec)
            del remaining[spec.name]
    return tuple(ordered)
