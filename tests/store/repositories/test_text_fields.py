"""Any text through every text field of every entity comes back exactly; none of it reaches
the disk in plaintext; a lone surrogate is refused before anything is written."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from sqlcipher3 import dbapi2

from rmdesk.domain.models import (
    Acknowledgement,
    ActionItem,
    AgendaItem,
    AgendaKind,
    AgreementConfirmation,
    AgreementSection,
    AgreementVersion,
    Cadence,
    CheckIn,
    CheckInAnswer,
    Goal,
    Meeting,
    MeetingPrivateNote,
    MentorCandidate,
    Prompt,
    Reflection,
    Relationship,
    Role,
)
from rmdesk.domain.validation import ValidationError, normalise_tags
from rmdesk.paths import DataPaths
from rmdesk.store.db import Db
from rmdesk.store.kdf import KdfParams, passphrase_bytes
from rmdesk.store.repositories import AgendaTemplate, AgendaTemplateItem, Repositories
from rmdesk.store.sync.merge import BOTH_CHANGED, store_conflict
from rmdesk.store.sync.state import load_state
from rmdesk.store.vault import SQLITE_PLAIN_HEADER, Vault

HASH = "c" * 64
WHEN = datetime(2026, 2, 3, 4, 5, 6, tzinfo=UTC)
MEGABYTE = ("a\u202eb 👩‍💻 e\u0301\x00\x1b[31m ש ") * 70_000
STRANGE = [
    "👨‍👩‍👧‍👦",
    "\u202eevil override",
    "a\u0300\u0301\u0302\u0303",
    "nul \x00 inside \x00",
    "\x1b]0;title\x07\x1b[2J",
    "\ufeff\u200b\u200d zero widths",
    MEGABYTE[:1_000_000],
]

Text = Callable[[str], str]
Check = tuple[str, object, Callable[[], object]]


def save_everything(repos: Repositories, text: Text) -> list[Check]:
    """One of every entity, every text field set by ``text(label)``; returns what to compare.

    Required fields get ``text(label)`` too; callers make it non-blank where needed.
    """
    r = repos
    rel = r.relationships.add(
        Relationship(
            my_role=Role.LEADER,
            other_name=text("other_name"),
            my_name=text("my_name"),
            purpose=text("purpose"),
            focus_areas=(text("focus_a"), text("focus_b")),
            cadence=Cadence.WEEKLY,
            meeting_minutes=30,
            start_date=date(2026, 1, 1),
        )
    )
    rid = rel.id or 0
    cand = r.mentor_candidates.add(
        MentorCandidate(
            relationship_id=rid,
            name=text("cand_name"),
            expertise=(text("expertise"),),
            private_notes=text("private_notes"),
        )
    )
    goal = r.goals.add(
        Goal(
            relationship_id=rid,
            title=text("goal_title"),
            why=text("why"),
            success_measure=text("measure"),
        ),
        note=text("progress_note"),
    )
    section = AgreementSection(key=text("key"), title=text("s_title"), body=text("s_body"))
    version = r.agreements.add_version(
        AgreementVersion(relationship_id=rid, number=1, sections=(section,), sha256=HASH)
    )
    confirmation = r.agreements.confirm(
        AgreementConfirmation(
            version_id=version.id or 0, party=Role.MENTOR, name=text("conf_name"), sha256=HASH
        )
    )
    meeting = r.meetings.add(
        Meeting(
            relationship_id=rid,
            starts_at=WHEN,
            minutes=30,
            learning_intent=text("intent"),
            summary=text("summary"),
        )
    )
    mid = meeting.id or 0
    note = r.private_meeting_notes.put(MeetingPrivateNote(meeting_id=mid, body=text("note")))
    item = r.agenda_items.add(
        AgendaItem(
            meeting_id=mid,
            owner=Role.MENTOR,
            kind=AgendaKind.QUESTION,
            title=text("item_title"),
            shared_notes=text("shared_notes"),
            outcome=text("outcome"),
        )
    )
    action = r.actions.add(
        ActionItem(
            relationship_id=rid,
            what=text("what"),
            impact_note=text("impact"),
            private_note=text("action_private"),
            meeting_id=mid,
        )
    )
    ack = r.acknowledgements.add(Acknowledgement(relationship_id=rid, body=text("ack")))
    answer = CheckInAnswer(
        side=Role.LEADER, question=text("question"), rating=3, sentence=text("sentence")
    )
    checkin = r.checkins.add(
        CheckIn(
            relationship_id=rid,
            held_on=date(2026, 2, 3),
            answers=(answer,),
            private_note=text("checkin_private"),
        )
    )
    reflection = r.reflections.add(
        Reflection(
            relationship_id=rid,
            body=text("body"),
            prompt=text("prompt"),
            tags=(text("tag"),),
            meeting_id=mid,
        )
    )
    prompt = r.prompts.add(
        Prompt(
            theme=text("theme"),
            text=text("prompt_text"),
            moment=text("moment"),
            builtin_key=text("builtin_key"),
        )
    )
    template = r.agenda_templates.add(
        AgendaTemplate(
            name=text("template_name"),
            items=(AgendaTemplateItem(kind=AgendaKind.TOPIC, title=text("template_item")),),
        )
    )
    assert reflection.tags == normalise_tags([text("tag")])
    history = r.goals.progress_history(goal.id or 0)

    def get_version() -> AgreementVersion:
        found = r.agreements.get_version(version.id or 0)
        assert found is not None
        return found

    return [
        ("relationship", rel, lambda: r.relationships.get(rid)),
        ("candidate", cand, lambda: r.mentor_candidates.get(cand.id or 0, include_private=True)),
        ("goal", goal, lambda: r.goals.get(goal.id or 0)),
        ("progress", text("progress_note"), lambda: history[0].note),
        ("version", version.sections, lambda: get_version().sections),
        ("confirmation", (confirmation,), lambda: get_version().confirmations),
        ("meeting", meeting, lambda: r.meetings.get(mid)),
        ("note", note, lambda: r.private_meeting_notes.get(mid)),
        ("agenda", item, lambda: r.agenda_items.get(item.id or 0)),
        ("action", action, lambda: r.actions.get(action.id or 0, include_private=True)),
        ("ack", ack, lambda: r.acknowledgements.get(ack.id or 0)),
        ("checkin", checkin, lambda: r.checkins.get(checkin.id or 0, include_private=True)),
        ("reflection", reflection, lambda: r.reflections.get(reflection.id or 0)),
        ("prompt", prompt, lambda: r.prompts.get(prompt.id or 0)),
        ("template", template, lambda: r.agenda_templates.get(template.id or 0)),
    ]


def remove_everything(repos: Repositories, checks: list[Check]) -> None:
    by_name = {name: obj for name, obj, _ in checks}
    for name, delete in (
        ("relationship", repos.relationships.delete),
        ("prompt", repos.prompts.delete),
        ("template", repos.agenda_templates.delete),
    ):
        delete(by_name[name].id)


@pytest.fixture(scope="module")
def shared_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    # One vault for all hypothesis examples: creating one per example would dominate the time.
    root = tmp_path_factory.mktemp("textvault")
    opened = Vault.create(
        root / "vault.rmdesk",
        passphrase_bytes("module passphrase"),
        kdf=KdfParams(version=1, log2_n=10),
    )
    yield opened
    opened.close()


def _required(text: str) -> str:
    return text if text.strip() else text + "x"


@settings(max_examples=30, deadline=None)
@given(st.text())
@example(STRANGE[0])
@example(STRANGE[1])
@example(STRANGE[2])
@example(STRANGE[3])
@example(STRANGE[4])
@example(STRANGE[5])
@example(STRANGE[6])
def test_any_text_round_trips_through_every_field(shared_vault: Vault, text: str) -> None:
    repos = Repositories.from_db(shared_vault.db)
    required = {
        "other_name", "cand_name", "goal_title", "key", "conf_name", "item_title", "what",
        "ack", "question", "theme", "prompt_text", "template_name", "template_item",
    }  # fmt: skip
    checks = save_everything(repos, lambda label: _required(text) if label in required else text)
    try:
        for name, saved, reload in checks:
            assert reload() == saved, name
    finally:
        remove_everything(repos, checks)


def test_text_survives_updates_exactly(shared_vault: Vault) -> None:
    repos = Repositories.from_db(shared_vault.db)
    checks = save_everything(repos, lambda label: f"{label} first")
    by_name = {name: obj for name, obj, _ in checks}
    try:
        reflection = by_name["reflection"]
        assert isinstance(reflection, Reflection)
        for text in STRANGE:
            updated = repos.reflections.update(
                Reflection(
                    relationship_id=reflection.relationship_id,
                    body=text,
                    prompt=text[:10],
                    id=reflection.id,
                    uuid=reflection.uuid,
                )
            )
            assert updated.body == text and updated.prompt == text[:10]
            assert repos.reflections.get(reflection.id or 0) == updated
    finally:
        remove_everything(repos, checks)


def test_lone_surrogates_are_refused_before_writing(repos_vault: tuple[Repositories, Db]) -> None:
    repos, db = repos_vault
    for broken in ("\ud800", "ok\udfffok", "\udc80"):
        with pytest.raises(ValidationError) as caught:
            save_everything(repos, lambda label, b=broken: b if label == "purpose" else "x")
        assert caught.value.field == "purpose"
        assert "invalid character" in str(caught.value)
        with pytest.raises(ValidationError) as tag_error:
            repos.reflections.add(Reflection(relationship_id=1, body="x", tags=("a", broken)))
        assert tag_error.value.field == "tags[1]"
    assert db.scalar("SELECT count(*) FROM relationship") == 0
    assert db.scalar("SELECT count(*) FROM reflection") == 0


@pytest.fixture
def repos_vault(vault: Vault) -> tuple[Repositories, Db]:
    return Repositories.from_db(vault.db), vault.db


def _text_columns(db: Db) -> list[tuple[str, str, str]]:
    """(table, column, table SQL) for every TEXT column of every real table."""
    tables = db.query(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table'"
        " AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'reflection_fts%'"
    )
    found: list[tuple[str, str, str]] = []
    for table in tables:
        for column in db.query(f"PRAGMA table_info({table['name']})"):
            if str(column["type"]).upper() == "TEXT":
                found.append((table["name"], column["name"], table["sql"]))
    return found


def test_canaries_in_every_text_column_never_reach_the_disk(
    vault: Vault, data_paths: DataPaths
) -> None:
    repos = Repositories.from_db(vault.db)
    db = vault.db
    run = uuid.uuid4().hex[:10]
    canaries: list[str] = []

    def canary(label: str) -> str:
        value = f"CANARY{run}{label}"
        canaries.append(value)
        return value

    # 1. Through the repositories (so the FTS index and the JSON columns hold canaries too).
    checks = save_everything(repos, canary)
    assert all(reload() is not None for _, _, reload in checks)
    # The merge bookkeeping (row versions, a waiting conflict) holds a copy of row text too.
    state = load_state(db, "all", write=True)
    with db.transaction():
        store_conflict(db, "all", next(iter(state.values())), BOTH_CHANGED, [], "2026-01-01")

    # 2. Straight into every TEXT column PRAGMA table_info lists, so a column added later is
    #    covered without touching this test. Columns with a CHECK on fixed values refuse it.
    sql_canary = f"SQLCANARY{run}"
    refused: list[str] = []
    for table, column, table_sql in _text_columns(db):
        try:
            db.execute(
                f'UPDATE "{table}" SET "{column}" = ? || coalesce("{column}", \'\')',  # noqa: S608
                (f"{sql_canary}{table}.{column}.",),
            )
        except dbapi2.IntegrityError:  # CHECK constraint: an enum column, not free text
            assert "CHECK" in table_sql and column in table_sql
            refused.append(f"{table}.{column}")
            continue
        hits = db.scalar(
            f'SELECT count(*) FROM "{table}" WHERE "{column}" LIKE ?',  # noqa: S608
            (f"{sql_canary}{table}.{column}.%",),
        )
        assert hits, f"{table}.{column} holds no row to carry a canary"
    assert refused and all(
        c.split(".")[1]
        in {"my_role", "cadence", "status", "owner", "party", "kind", "side", "scope"}
        for c in refused
    ), refused

    vault.close()
    files = [p for p in data_paths.root.rglob("*") if p.is_file()]
    assert data_paths.vault in files
    assert not data_paths.vault.read_bytes().startswith(SQLITE_PLAIN_HEADER)
    needles = [c.encode() for c in canaries] + [sql_canary.encode(), run.encode()]
    for path in files:
        content = path.read_bytes()
        for needle in needles:
            assert needle not in content, (path.name, needle)
