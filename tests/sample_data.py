"""A small vault content touching every table, written with plain SQL.

Every private table and column holds ``PRIVATE_CANARY``; shared text holds ``SHARED_CANARY``,
so a test can tell exactly which side of the privacy line leaked.
"""

from __future__ import annotations

import json

from rmdesk.store.db import Db
from rmdesk.store.schema import PRIVATE_COLUMNS

PRIVATE_CANARY = "PRIVCANARY7f3a"
SHARED_CANARY = "SHAREDCANARY2b9c"
T = "2026-03-02T09:00:00Z"


def populate(db: Db, *, prefix: str = "00000000-0000-4000-8000-") -> dict[str, str]:
    """Insert one of everything (two of some); returns a few of the UUIDs used."""

    def uid(n: int) -> str:
        return f"{prefix}{n:012d}"

    def insert(table: str, **values: object) -> int:
        cols = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        sql = f"INSERT INTO {table} ({cols}) VALUES ({marks})"  # noqa: S608 - our own literals
        return db.execute(sql, list(values.values()))

    with db.transaction():
        rel = insert(
            "relationship",
            uuid=uid(1),
            my_role="leader",
            my_name="Dana",
            other_name="Sam",
            purpose=f"Learn how the team uses AI tools {SHARED_CANARY} — «ünïcode» 🧑‍💻",
            focus_areas=json.dumps(["AI", "Gen Z work habits"]),
            cadence="biweekly",
            meeting_minutes=45,
            start_date="2026-03-02",
            review_date="2026-09-01",
            created_at=T,
            updated_at=T,
        )
        insert(
            "mentor_candidate",
            uuid=uid(2),
            relationship_id=rel,
            name="Sam",
            expertise=json.dumps(["prompting"]),
            private_notes=f"{PRIVATE_CANARY} cand",
            chosen=1,
            created_at=T,
        )
        goal = insert(
            "goal",
            uuid=uid(3),
            relationship_id=rel,
            title="Use an AI assistant weekly",
            why="Stay current",
            success_measure="3 real tasks",
            status="active",
            progress=40,
            position=0,
            created_at=T,
            updated_at=T,
        )
        insert(
            "goal",
            uuid=uid(4),
            relationship_id=rel,
            owner="mentor",
            title="Present to execs",
            status="proposed",
            position=1,
            created_at=T,
            updated_at=T,
        )
        insert("goal_progress", uuid=uid(5), goal_id=goal, at=T, progress=40, note="halfway")
        sections = [{"key": "purpose", "title": "Purpose", "body": "Two-way learning."}]
        version = insert(
            "agreement_version",
            uuid=uid(6),
            relationship_id=rel,
            number=1,
            sections=json.dumps(sections),
            sha256="ab" * 32,
            created_at=T,
        )
        insert(
            "agreement_confirmation",
            uuid=uid(7),
            version_id=version,
            party="leader",
            name="Dana",
            sha256="ab" * 32,
            confirmed_at=T,
        )
        meeting = insert(
            "meeting",
            uuid=uid(8),
            relationship_id=rel,
            starts_at=T,
            minutes=45,
            status="held",
            learning_intent="See a real prompt workflow",
            summary="Went well",
            created_at=T,
            updated_at=T,
        )
        later = insert(
            "meeting",
            uuid=uid(9),
            relationship_id=rel,
            starts_at="2026-03-16T09:00:00Z",
            minutes=45,
            created_at=T,
            updated_at=T,
        )
        insert(
            "meeting_private_note",
            meeting_id=meeting,
            uuid=uid(10),
            body=f"{PRIVATE_CANARY} note",
            updated_at=T,
        )
        first = insert(
            "agenda_item",
            uuid=uid(11),
            meeting_id=meeting,
            owner="mentor",
            kind="topic",
            title="Prompt patterns",
            shared_notes="Use examples",
            outcome="Try it",
        )
        insert(
            "agenda_item",
            uuid=uid(12),
            meeting_id=later,
            owner="leader",
            kind="question",
            title="Follow-up",
            carried_from_id=first,
            position=1,
        )
        action = insert(
            "action_item",
            uuid=uid(13),
            relationship_id=rel,
            meeting_id=meeting,
            goal_id=goal,
            what="Draft a memo with the assistant",
            due_date="2026-03-10",
            status="done",
            impact_note="Saved an hour",
            private_note=f"{PRIVATE_CANARY} action",
            created_at=T,
            updated_at=T,
        )
        insert(
            "acknowledgement",
            uuid=uid(14),
            relationship_id=rel,
            action_id=action,
            goal_id=goal,
            body="Thanks for the patience",
            created_at=T,
        )
        checkin = insert(
            "checkin",
            uuid=uid(15),
            relationship_id=rel,
            meeting_id=meeting,
            held_on="2026-03-02",
            private_note=f"{PRIVATE_CANARY} checkin",
            created_at=T,
        )
        insert(
            "checkin_answer",
            uuid=uid(16),
            checkin_id=checkin,
            side="leader",
            question="Is this useful?",
            rating=4,
            sentence="Yes",
        )
        insert(
            "checkin_answer",
            uuid=uid(17),
            checkin_id=checkin,
            side="mentor",
            question="Is this useful?",
            skipped=1,
        )
        reflection = insert(
            "reflection",
            uuid=uid(18),
            relationship_id=rel,
            meeting_id=meeting,
            goal_id=goal,
            prompt=f"What surprised you? {PRIVATE_CANARY}",
            body=f"{PRIVATE_CANARY} journal",
            created_at=T,
            updated_at=T,
        )
        insert("reflection_tag", reflection_id=reflection, tag=f"surprise-{PRIVATE_CANARY}")
        insert(
            "prompt",
            uuid=uid(19),
            builtin_key=None,
            theme="curiosity",
            text="What did you unlearn?",
            created_at=T,
        )
        insert(
            "agenda_template",
            uuid=uid(20),
            name="First meeting",
            items=json.dumps(
                [{"kind": "topic", "title": "Intros", "owner": "leader", "time_box_minutes": 10}]
            ),
            created_at=T,
        )
    return {"relationship": uid(1), "goal": uid(3), "meeting": uid(8)}


def private_columns() -> frozenset[tuple[str, str]]:
    return PRIVATE_COLUMNS
