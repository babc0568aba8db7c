"""The schema, as an ordered list of migrations (``PRAGMA user_version`` = the last applied).

Rules: a migration is a list of statements applied in one transaction together with the new
``user_version``; never edit a released migration, append a new one. Every row has a stable
``uuid`` (export/import identity) and an ``INTEGER PRIMARY KEY`` (stable rowid, which FTS5's
external content and the paged list models rely on). Private content lives in its own columns
or tables, named ``private_*`` or listed in ``PRIVATE_COLUMNS``, so share-mode queries can leave
it out by construction.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

MIGRATION_1: Sequence[str] = (
    """CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) WITHOUT ROWID""",
    """CREATE TABLE relationship (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        my_role TEXT NOT NULL CHECK (my_role IN ('leader', 'mentor')),
        my_name TEXT NOT NULL DEFAULT '',
        other_name TEXT NOT NULL,
        purpose TEXT NOT NULL DEFAULT '',
        focus_areas TEXT NOT NULL DEFAULT '[]',
        cadence TEXT NOT NULL CHECK (cadence IN ('weekly', 'biweekly', 'monthly')),
        meeting_minutes INTEGER NOT NULL CHECK (meeting_minutes BETWEEN 5 AND 480),
        start_date TEXT NOT NULL,
        review_date TEXT,
        checkin_every INTEGER NOT NULL DEFAULT 4 CHECK (checkin_every BETWEEN 1 AND 52),
        status TEXT NOT NULL DEFAULT 'active'
            CHECK (status IN ('active', 'paused', 'completed')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    """CREATE TABLE mentor_candidate (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        relationship_id INTEGER NOT NULL REFERENCES relationship(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        expertise TEXT NOT NULL DEFAULT '[]',
        private_notes TEXT NOT NULL DEFAULT '',
        chosen INTEGER NOT NULL DEFAULT 0 CHECK (chosen IN (0, 1)),
        created_at TEXT NOT NULL
    )""",
    "CREATE INDEX mentor_candidate_rel ON mentor_candidate(relationship_id)",
    """CREATE TABLE goal (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        relationship_id INTEGER NOT NULL REFERENCES relationship(id) ON DELETE CASCADE,
        owner TEXT NOT NULL DEFAULT 'leader' CHECK (owner IN ('leader', 'mentor')),
        title TEXT NOT NULL,
        why TEXT NOT NULL DEFAULT '',
        success_measure TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'proposed'
            CHECK (status IN ('proposed', 'active', 'achieved', 'dropped')),
        progress INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
        position INTEGER NOT NULL DEFAULT 0,
        archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    "CREATE INDEX goal_rel ON goal(relationship_id, position)",
    """CREATE TABLE goal_progress (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        goal_id INTEGER NOT NULL REFERENCES goal(id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        progress INTEGER NOT NULL CHECK (progress BETWEEN 0 AND 100),
        note TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX goal_progress_goal ON goal_progress(goal_id, at)",
    """CREATE TABLE agreement_version (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        relationship_id INTEGER NOT NULL REFERENCES relationship(id) ON DELETE CASCADE,
        number INTEGER NOT NULL,
        sections TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        created_at TEXT NOT NULL,
        UNIQUE (relationship_id, number)
    )""",
    """CREATE TABLE agreement_confirmation (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        version_id INTEGER NOT NULL REFERENCES agreement_version(id) ON DELETE CASCADE,
        party TEXT NOT NULL CHECK (party IN ('leader', 'mentor')),
        name TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        confirmed_at TEXT NOT NULL,
        UNIQUE (version_id, party)
    )""",
    """CREATE TABLE meeting (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        relationship_id INTEGER NOT NULL REFERENCES relationship(id) ON DELETE CASCADE,
        starts_at TEXT NOT NULL,
        minutes INTEGER NOT NULL CHECK (minutes BETWEEN 5 AND 480),
        status TEXT NOT NULL DEFAULT 'planned'
            CHECK (status IN ('planned', 'held', 'cancelled')),
        is_extra INTEGER NOT NULL DEFAULT 0 CHECK (is_extra IN (0, 1)),
        learning_intent TEXT NOT NULL DEFAULT '',
        summary TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    "CREATE INDEX meeting_rel ON meeting(relationship_id, starts_at)",
    """CREATE TABLE meeting_private_note (
        meeting_id INTEGER PRIMARY KEY REFERENCES meeting(id) ON DELETE CASCADE,
        uuid TEXT NOT NULL UNIQUE,
        body TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL
    )""",
    """CREATE TABLE agenda_item (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        owner TEXT NOT NULL CHECK (owner IN ('leader', 'mentor')),
        kind TEXT NOT NULL CHECK (kind IN ('topic', 'question', 'assumption')),
        title TEXT NOT NULL,
        time_box_minutes INTEGER NOT NULL DEFAULT 10 CHECK (time_box_minutes BETWEEN 1 AND 240),
        shared_notes TEXT NOT NULL DEFAULT '',
        outcome TEXT NOT NULL DEFAULT '',
        done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
        carried_from_id INTEGER REFERENCES agenda_item(id) ON DELETE SET NULL
    )""",
    "CREATE INDEX agenda_item_meeting ON agenda_item(meeting_id, position)",
    """CREATE TABLE action_item (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        relationship_id INTEGER NOT NULL REFERENCES relationship(id) ON DELETE CASCADE,
        meeting_id INTEGER REFERENCES meeting(id) ON DELETE SET NULL,
        goal_id INTEGER REFERENCES goal(id) ON DELETE SET NULL,
        owner TEXT NOT NULL DEFAULT 'leader' CHECK (owner IN ('leader', 'mentor')),
        what TEXT NOT NULL,
        due_date TEXT,
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
        impact_note TEXT NOT NULL DEFAULT '',
        private_note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    "CREATE INDEX action_item_rel ON action_item(relationship_id, status)",
    """CREATE TABLE acknowledgement (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        relationship_id INTEGER NOT NULL REFERENCES relationship(id) ON DELETE CASCADE,
        action_id INTEGER REFERENCES action_item(id) ON DELETE SET NULL,
        goal_id INTEGER REFERENCES goal(id) ON DELETE SET NULL,
        body TEXT NOT NULL,
        created_at TEXT NOT NULL
    )""",
    "CREATE INDEX acknowledgement_rel ON acknowledgement(relationship_id, created_at)",
    """CREATE TABLE checkin (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        relationship_id INTEGER NOT NULL REFERENCES relationship(id) ON DELETE CASCADE,
        meeting_id INTEGER REFERENCES meeting(id) ON DELETE SET NULL,
        held_on TEXT NOT NULL,
        private_note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
    )""",
    "CREATE INDEX checkin_rel ON checkin(relationship_id, held_on)",
    """CREATE TABLE checkin_answer (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        checkin_id INTEGER NOT NULL REFERENCES checkin(id) ON DELETE CASCADE,
        side TEXT NOT NULL CHECK (side IN ('leader', 'mentor')),
        question TEXT NOT NULL,
        rating INTEGER CHECK (rating IS NULL OR rating BETWEEN 1 AND 5),
        sentence TEXT NOT NULL DEFAULT '',
        skipped INTEGER NOT NULL DEFAULT 0 CHECK (skipped IN (0, 1)),
        UNIQUE (checkin_id, side, question)
    )""",
    """CREATE TABLE reflection (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        relationship_id INTEGER NOT NULL REFERENCES relationship(id) ON DELETE CASCADE,
        meeting_id INTEGER REFERENCES meeting(id) ON DELETE SET NULL,
        goal_id INTEGER REFERENCES goal(id) ON DELETE SET NULL,
        prompt TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    "CREATE INDEX reflection_rel ON reflection(relationship_id, created_at)",
    # The all-relationships journal list, its count and date filters read this, not the table.
    "CREATE INDEX reflection_created ON reflection(created_at)",
    "CREATE INDEX reflection_meeting ON reflection(meeting_id) WHERE meeting_id IS NOT NULL",
    "CREATE INDEX reflection_goal ON reflection(goal_id) WHERE goal_id IS NOT NULL",
    """CREATE TABLE reflection_tag (
        reflection_id INTEGER NOT NULL REFERENCES reflection(id) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        PRIMARY KEY (reflection_id, tag)
    ) WITHOUT ROWID""",
    "CREATE INDEX reflection_tag_tag ON reflection_tag(tag)",
    # Full-text search over reflections, stored in the same encrypted file. External content:
    # the triggers keep it in step, and deletes use FTS5's 'delete' command so removed text is
    # no longer findable (docs/security.md).
    """CREATE VIRTUAL TABLE reflection_fts USING fts5(
        prompt, body, content='reflection', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2'
    )""",
    """CREATE TRIGGER reflection_fts_insert AFTER INSERT ON reflection BEGIN
        INSERT INTO reflection_fts(rowid, prompt, body) VALUES (new.id, new.prompt, new.body);
    END""",
    """CREATE TRIGGER reflection_fts_delete AFTER DELETE ON reflection BEGIN
        INSERT INTO reflection_fts(reflection_fts, rowid, prompt, body)
            VALUES ('delete', old.id, old.prompt, old.body);
    END""",
    """CREATE TRIGGER reflection_fts_update AFTER UPDATE OF prompt, body ON reflection BEGIN
        INSERT INTO reflection_fts(reflection_fts, rowid, prompt, body)
            VALUES ('delete', old.id, old.prompt, old.body);
        INSERT INTO reflection_fts(rowid, prompt, body) VALUES (new.id, new.prompt, new.body);
    END""",
    """CREATE TABLE prompt (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        builtin_key TEXT UNIQUE,
        theme TEXT NOT NULL,
        moment TEXT NOT NULL DEFAULT 'any',
        text TEXT NOT NULL,
        retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
        created_at TEXT NOT NULL
    )""",
    """CREATE TABLE agenda_template (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        items TEXT NOT NULL,
        created_at TEXT NOT NULL
    )""",
)

# When an action was done. Until now the chart used the last update, so any later edit (even a
# note) moved a completion to another month. Existing done actions keep their last update as
# the best date known.
MIGRATION_2: Sequence[str] = (
    "ALTER TABLE action_item ADD COLUMN done_at TEXT",
    "UPDATE action_item SET done_at = updated_at WHERE status = 'done'",
)

# The generation counter (store/generation.py): every committed write advances it, so rmdesk
# can tell a vault replaced by an older copy of itself. Existing vaults start counting at 0.
MIGRATION_3: Sequence[str] = ("INSERT INTO meta (key, value) VALUES ('generation', '0')",)

# Row-level bookkeeping for merging copies of a vault and exchanging packs (docs/merge.md).
# ``sync_row``: per scope ("all" for copies of one's own vault, "shared" for packs), the
# version id and content hash each row had when last looked at; a deleted row keeps its
# entry with the hash "-" (its tombstone). ``sync_seen``: every version id of a row this vault
# has had or taken in, so a newer version can tell it descends from an older one.
# ``sync_conflict``: a version from elsewhere that clashed with ours, kept until resolved.
MIGRATION_4: Sequence[str] = (
    """CREATE TABLE sync_row (
        scope TEXT NOT NULL CHECK (scope IN ('all', 'shared')),
        tbl TEXT NOT NULL,
        key TEXT NOT NULL,
        rel TEXT,
        ver TEXT NOT NULL,
        hash TEXT NOT NULL,
        PRIMARY KEY (scope, tbl, key)
    ) WITHOUT ROWID""",
    """CREATE TABLE sync_seen (
        scope TEXT NOT NULL CHECK (scope IN ('all', 'shared')),
        tbl TEXT NOT NULL,
        key TEXT NOT NULL,
        ver TEXT NOT NULL,
        PRIMARY KEY (scope, tbl, key, ver)
    ) WITHOUT ROWID""",
    """CREATE TABLE sync_conflict (
        id INTEGER PRIMARY KEY,
        scope TEXT NOT NULL CHECK (scope IN ('all', 'shared')),
        tbl TEXT NOT NULL,
        key TEXT NOT NULL,
        rel TEXT,
        reason TEXT NOT NULL,
        theirs TEXT NOT NULL,
        detected_at TEXT NOT NULL,
        UNIQUE (scope, tbl, key)
    )""",
)

# Every change to a row of these tables bumps ``meta.sync_changes`` and notes the row in
# ``sync_dirty`` (its rowid; 0 for a table without one, meaning "look at the whole table").
# Opening a vault then brings only those rows' versions up to date (store/sync/dirty.py)
# instead of reading every row. A table added later needs the same three triggers (a test
# checks).
_COUNTED_TABLES = (
    "relationship",
    "mentor_candidate",
    "goal",
    "goal_progress",
    "agreement_version",
    "agreement_confirmation",
    "meeting",
    "meeting_private_note",
    "agenda_item",
    "action_item",
    "acknowledgement",
    "checkin",
    "checkin_answer",
    "reflection",
    "reflection_tag",
    "prompt",
    "agenda_template",
)
_WITHOUT_ROWID = frozenset({"reflection_tag"})


def _dirty_rid(table: str, event: str) -> str:
    if table in _WITHOUT_ROWID:
        return "0"
    return "OLD.rowid" if event == "DELETE" else "NEW.rowid"


MIGRATION_4 = (
    *MIGRATION_4,
    """CREATE TABLE sync_dirty (
        tbl TEXT NOT NULL,
        rid INTEGER NOT NULL,
        PRIMARY KEY (tbl, rid)
    ) WITHOUT ROWID""",
    "INSERT OR IGNORE INTO meta (key, value) VALUES ('sync_changes', '0')",
    *(
        f"CREATE TRIGGER {table}_counted_{event.lower()} AFTER {event} ON {table} BEGIN"  # noqa: S608 - our names
        " UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'sync_changes';"
        # Not INSERT OR IGNORE: the conflict clause of the statement that fires a trigger
        # overrides the trigger's own (an INSERT OR ABORT would fail on a second change).
        f" INSERT INTO sync_dirty (tbl, rid) SELECT '{table}', {_dirty_rid(table, event)}"
        f" WHERE NOT EXISTS (SELECT 1 FROM sync_dirty"
        f" WHERE tbl = '{table}' AND rid = {_dirty_rid(table, event)});"
        " END"
        for table in _COUNTED_TABLES
        for event in ("INSERT", "UPDATE", "DELETE")
    ),
)

MIGRATIONS: Sequence[Sequence[str]] = (MIGRATION_1, MIGRATION_2, MIGRATION_3, MIGRATION_4)

# The tables this schema creates (a vault may hold others: tests add their own).
SCHEMA_TABLES: frozenset[str] = frozenset(
    match.group(1)
    for migration in MIGRATIONS
    for statement in migration
    if (match := re.match(r"\s*CREATE TABLE (\w+)", statement))
)

# Bookkeeping tables: never exported, never part of a pack's rows.
SYNC_TABLES: frozenset[str] = frozenset({"sync_row", "sync_seen", "sync_conflict", "sync_dirty"})

SCHEMA_VERSION = len(MIGRATIONS)

# Columns and tables that hold private content: never read in shared-screen mode, left out of
# exports unless the user asks. The share-mode policy and the canary tests both use this list.
PRIVATE_TABLES: frozenset[str] = frozenset(
    {"reflection", "reflection_tag", "reflection_fts", "meeting_private_note", "mentor_candidate"}
)
PRIVATE_COLUMNS: frozenset[tuple[str, str]] = frozenset(
    {
        ("mentor_candidate", "private_notes"),
        ("action_item", "private_note"),
        ("checkin", "private_note"),
    }
)
