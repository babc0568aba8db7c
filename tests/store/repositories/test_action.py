"""When an action was done is recorded once (migration 2), so later edits do not move it."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime
from pathlib import Path

from rmdesk.domain.models import ActionItem, ActionStatus, Cadence, Relationship, Role
from rmdesk.store.kdf import passphrase_bytes
from rmdesk.store.repositories import Repositories
from rmdesk.store.schema import MIGRATIONS
from rmdesk.store.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

LONG_AGO = datetime(2026, 1, 5, 12, 0, tzinfo=UTC)


def relationship(repos: Repositories) -> int:
    saved = repos.relationships.add(
        Relationship(
            my_role=Role.LEADER,
            other_name="Leo",
            cadence=Cadence.WEEKLY,
            meeting_minutes=30,
            start_date=date(2026, 1, 1),
        )
    )
    assert saved.id is not None
    return saved.id


def test_done_at_is_set_once_kept_through_edits_and_cleared_on_reopen(vault: Vault) -> None:
    repos = Repositories.from_db(vault.db)
    actions = repos.actions
    action = actions.add(ActionItem(relationship_id=relationship(repos), what="Try a thread"))
    assert action.done_at is None
    done = actions.update(
        dataclasses.replace(action, status=ActionStatus.DONE), include_private=True
    )
    assert done.done_at is not None
    edited = actions.update(
        dataclasses.replace(done, impact_note="It worked", private_note="only me"),
        include_private=False,
    )
    assert edited.done_at == done.done_at
    reopened = actions.update(
        dataclasses.replace(edited, status=ActionStatus.OPEN), include_private=False
    )
    assert reopened.done_at is None


def test_an_action_added_as_done_keeps_the_date_it_was_given(vault: Vault) -> None:
    repos = Repositories.from_db(vault.db)
    action = repos.actions.add(
        ActionItem(
            relationship_id=relationship(repos),
            what="Ran the review differently",
            status=ActionStatus.DONE,
            updated_at=LONG_AGO,
        )
    )
    assert action.done_at == LONG_AGO
    assert repos.actions.get(action.id or 0, include_private=False) == action


def test_migration_2_dates_existing_done_actions_by_their_last_update(tmp_path: Path) -> None:
    path = tmp_path / "vault.rmdesk"
    with Vault.create(
        path, passphrase_bytes(PASSPHRASE), kdf=FAST_KDF, migrations=MIGRATIONS[:1]
    ) as old:
        old.db.execute(
            "INSERT INTO relationship (uuid, my_role, other_name, cadence, meeting_minutes,"
            " start_date, created_at, updated_at) VALUES ('r', 'leader', 'Leo', 'weekly', 30,"
            " '2026-01-01', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"
        )
        old.db.execute(
            "INSERT INTO action_item (uuid, relationship_id, what, status, created_at,"
            " updated_at) VALUES ('a', 1, 'x', 'done', '2026-01-01T00:00:00Z',"
            " '2026-01-05T12:00:00Z')"
        )
    with Vault.open(path, passphrase_bytes(PASSPHRASE), kdf=FAST_KDF) as upgraded:
        action = Repositories.from_db(upgraded.db).actions.get(1, include_private=False)
        assert action is not None and action.done_at == LONG_AGO
    assert list((tmp_path / "backups").glob("pre-migration-v1-*.rmdesk"))
