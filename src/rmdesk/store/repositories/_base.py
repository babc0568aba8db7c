"""What every repository shares: the missing-row error and the saved-id checks."""

from __future__ import annotations

from typing import Any, Protocol


class Row(Protocol):
    """What repositories read from a result row (sqlcipher3's Row, untyped upstream)."""

    def __getitem__(self, key: str | int, /) -> Any: ...


class NotFoundError(LookupError):
    """An update or child write named a row that does not exist (a stale view: a bug)."""

    def __init__(self, table: str, row_id: int | None) -> None:
        self.table = table
        self.row_id = row_id
        super().__init__(f"no {table} row with id {row_id}")


def saved_id(table: str, row_id: int | None) -> int:
    """The id of an object that must already be saved (update, children, confirmations)."""
    if row_id is None:
        raise ValueError(f"this {table} has not been saved yet (id is None)")
    return row_id


def unsaved(table: str, row_id: int | None) -> None:
    """``add`` takes new objects only, so a stray id never overwrites another row."""
    if row_id is not None:
        raise ValueError(f"this {table} is already saved (id {row_id}); use update")


def require_one(rows: list[Row], table: str, row_id: int) -> None:
    """After ``UPDATE ... RETURNING id``: no row means the id was stale."""
    if not rows:
        raise NotFoundError(table, row_id)
