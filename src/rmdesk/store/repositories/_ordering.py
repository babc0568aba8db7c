"""Reordering of positioned children (goals of a relationship, agenda items of a meeting)."""

from __future__ import annotations

from collections.abc import Sequence

from rmdesk.store.db import Db


def new_order(current: Sequence[int], wanted: Sequence[int]) -> list[int]:
    """``wanted`` first in that order, then the rest as they were.

    Raises ValueError when ``wanted`` names an id that is not among ``current`` or repeats one:
    that is a caller's bug (a stale list), never silently ignored.
    """
    if len(set(wanted)) != len(wanted):
        raise ValueError("an id appears twice in the new order")
    unknown = set(wanted) - set(current)
    if unknown:
        raise ValueError(f"ids not in this list: {sorted(unknown)}")
    chosen = set(wanted)
    return [*wanted, *(item for item in current if item not in chosen)]


def write_positions(db: Db, update_sql: str, ordered_ids: Sequence[int]) -> None:
    """Run ``update_sql`` (taking position, id) for each id; the caller holds the transaction."""
    db.execute_many(update_sql, [(position, row_id) for position, row_id in enumerate(ordered_ids)])
