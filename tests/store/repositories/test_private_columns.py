"""Privacy by construction: with include_private=False the private column is never read.

SQLite's authorizer reports every column a statement reads, so these tests see what the SQL
touched, not just what the object carries.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date

import pytest

from rmdesk.domain.models import ActionItem, Cadence, CheckIn, MentorCandidate, Relationship, Role
from rmdesk.store.repositories import Repositories
from rmdesk.store.schema import PRIVATE_COLUMNS
from rmdesk.store.vault import Vault

SQLITE_READ = 20
CANARY = "PRIVATE-CANARY-7f3a"


@pytest.fixture
def repos(vault: Vault) -> Repositories:
    return Repositories.from_db(vault.db)


@contextmanager
def columns_read(vault: Vault) -> Iterator[set[tuple[str, str]]]:
    seen: set[tuple[str, str]] = set()

    def authorizer(action: int, table: str | None, column: str | None, *_: object) -> int:
        if action == SQLITE_READ and table and column:
            seen.add((table, column))
        return 0  # SQLITE_OK: allow everything, only record

    vault.db.raw.set_authorizer(authorizer)
    try:
        yield seen
    finally:
        vault.db.raw.set_authorizer(None)


def add_rel(repos: Repositories) -> int:
    rel = repos.relationships.add(
        Relationship(
            my_role=Role.LEADER,
            other_name="Sam",
            cadence=Cadence.WEEKLY,
            meeting_minutes=30,
            start_date=date(2026, 1, 1),
        )
    )
    assert rel.id is not None
    return rel.id


# Each case: table, private column, add an object with the canary, and the repo's readers.
Case = tuple[str, str, Callable[[Repositories, int], object], Callable[[Repositories, int], str]]


def _candidate(repos: Repositories, rid: int) -> object:
    return repos.mentor_candidates.add(
        MentorCandidate(relationship_id=rid, name="Kim", private_notes=CANARY)
    )


def _action(repos: Repositories, rid: int) -> object:
    return repos.actions.add(ActionItem(relationship_id=rid, what="Try it", private_note=CANARY))


def _checkin(repos: Repositories, rid: int) -> object:
    return repos.checkins.add(
        CheckIn(relationship_id=rid, held_on=date(2026, 2, 2), private_note=CANARY)
    )


ADDERS = {
    ("mentor_candidate", "private_notes"): _candidate,
    ("action_item", "private_note"): _action,
    ("checkin", "private_note"): _checkin,
}


def shared_reads(repos: Repositories, rid: int, obj_id: int) -> list[object]:
    """Every read method of the mixed repositories, called with include_private=False."""
    return [
        repos.mentor_candidates.get(obj_id, include_private=False),
        repos.mentor_candidates.list_for_relationship(rid, include_private=False),
        repos.actions.get(obj_id, include_private=False),
        repos.actions.list_for_relationship(rid, include_private=False),
        repos.actions.list_for_meeting(obj_id, include_private=False),
        repos.actions.list_for_goal(obj_id, include_private=False),
        repos.checkins.get(obj_id, include_private=False),
        repos.checkins.list_for_relationship(rid, include_private=False),
    ]


def test_every_private_column_has_a_repository_case() -> None:
    assert set(ADDERS) == set(PRIVATE_COLUMNS)


def test_shared_reads_never_select_private_columns(vault: Vault, repos: Repositories) -> None:
    rid = add_rel(repos)
    ids = {key: adder(repos, rid).id for key, adder in ADDERS.items()}  # type: ignore[attr-defined]
    for obj_id in set(ids.values()):
        with columns_read(vault) as seen:
            results = shared_reads(repos, rid, obj_id)
        assert seen, "the authorizer saw no reads: the check itself is broken"
        assert not seen & PRIVATE_COLUMNS, seen & PRIVATE_COLUMNS
        assert CANARY not in repr(results)
    # The same reads with include_private=True do read them (so the check can fail).
    with columns_read(vault) as seen:
        private = repos.actions.get(ids[("action_item", "private_note")], include_private=True)
    assert ("action_item", "private_note") in seen
    assert private is not None and private.private_note == CANARY


def test_shared_objects_carry_empty_private_fields(repos: Repositories) -> None:
    rid = add_rel(repos)
    cand = repos.mentor_candidates.list_for_relationship(rid, include_private=False)
    assert cand == []
    _candidate(repos, rid)
    _action(repos, rid)
    _checkin(repos, rid)
    assert [
        c.private_notes
        for c in repos.mentor_candidates.list_for_relationship(rid, include_private=False)
    ] == [""]
    assert [
        a.private_note for a in repos.actions.list_for_relationship(rid, include_private=False)
    ] == [""]
    assert [
        c.private_note for c in repos.checkins.list_for_relationship(rid, include_private=False)
    ] == [""]


def test_shared_update_keeps_the_stored_private_value(repos: Repositories) -> None:
    rid = add_rel(repos)
    cand = _candidate(repos, rid)
    action = _action(repos, rid)
    checkin = _checkin(repos, rid)
    assert isinstance(cand, MentorCandidate)
    assert isinstance(action, ActionItem) and isinstance(checkin, CheckIn)

    # A shared-mode screen edits the object it was given (private field "") and saves it.
    shown_cand = repos.mentor_candidates.get(cand.id or 0, include_private=False)
    assert shown_cand is not None
    saved = repos.mentor_candidates.update(
        replace(shown_cand, name="Kim B."), include_private=False
    )
    assert saved.private_notes == "" and saved.name == "Kim B."
    # Even a non-empty private value is ignored in shared mode.
    repos.actions.update(
        replace(action, what="Tried", private_note="overwritten?"), include_private=False
    )
    repos.checkins.update(replace(checkin, private_note=""), include_private=False)

    full_cand = repos.mentor_candidates.get(cand.id or 0, include_private=True)
    full_action = repos.actions.get(action.id or 0, include_private=True)
    full_checkin = repos.checkins.get(checkin.id or 0, include_private=True)
    assert full_cand is not None and full_cand.private_notes == CANARY
    assert full_cand.name == "Kim B."
    assert full_action is not None and full_action.private_note == CANARY
    assert full_action.what == "Tried"
    assert full_checkin is not None and full_checkin.private_note == CANARY

    # With include_private=True the private value is saved (and may be cleared).
    repos.actions.update(replace(full_action, private_note=""), include_private=True)
    cleared = repos.actions.get(action.id or 0, include_private=True)
    assert cleared is not None and cleared.private_note == ""


def test_read_methods_require_the_private_flag() -> None:
    import inspect

    from rmdesk.store.repositories import (
        ActionRepository,
        CheckInRepository,
        MentorCandidateRepository,
    )

    for cls in (ActionRepository, CheckInRepository, MentorCandidateRepository):
        for name, method in inspect.getmembers(cls, inspect.isfunction):
            if name.startswith(("get", "list", "update")):
                param = inspect.signature(method).parameters["include_private"]
                assert param.kind is inspect.Parameter.KEYWORD_ONLY, (cls, name)
                assert param.default is inspect.Parameter.empty, (cls, name)
