"""The vault's generation counter: how many write transactions it has committed.

It lives in ``meta`` (row ``generation``, added by migration 3) and :class:`~rmdesk.store.db.Db`
advances it inside every committing write transaction, so an older copy of the vault always
has a smaller number than a newer one. :mod:`rmdesk.store.seen_record` keeps the highest
number this computer has seen, to notice a vault replaced by an older copy of itself.
"""

from __future__ import annotations

from rmdesk.store.db import Db

GENERATION_KEY = "generation"
BUMP_SQL = "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'"


def read_generation(db: Db) -> int | None:
    """The vault's generation, or None for a vault that has no counter (not yet migrated)."""
    value = db.scalar("SELECT value FROM meta WHERE key = ?", (GENERATION_KEY,))
    if value is None:
        return None
    try:
        return int(str(value))
    except ValueError:
        return None
