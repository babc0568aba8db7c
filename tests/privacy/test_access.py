"""The privacy split of the store's one bundle of repositories, on a real vault file."""

from __future__ import annotations

import dataclasses

import pytest

from rmdesk.privacy.access import PrivateContentBlockedError, _SharedOnly, data_access
from rmdesk.privacy.share_mode import PRIVATE_VISIBILITY, SHARED_VISIBILITY
from rmdesk.store.repositories import Repositories
from rmdesk.store.vault import Vault


def _unwrapped(repository: object) -> object:
    return repository._repository if isinstance(repository, _SharedOnly) else repository


def test_every_repository_of_the_bundle_is_on_exactly_one_side(vault: Vault) -> None:
    # A repository added to the store later must be classified here, or this fails.
    access = data_access(vault.db, PRIVATE_VISIBILITY)
    assert access.private is not None
    handed_out = [
        type(_unwrapped(getattr(part, field.name)))
        for part in (access.shared, access.private)
        for field in dataclasses.fields(part)
    ]
    bundle = [
        type(getattr(Repositories.from_db(vault.db), f.name))
        for f in dataclasses.fields(Repositories)
    ]
    assert sorted(t.__name__ for t in handed_out) == sorted(t.__name__ for t in bundle)


def test_shared_screen_mode_hands_out_no_private_repository(vault: Vault) -> None:
    access = data_access(vault.db, SHARED_VISIBILITY)
    assert access.private is None
    assert not access.include_private
    with pytest.raises(PrivateContentBlockedError):
        access.shared.actions.list_for_relationship(1, include_private=True)
    assert access.shared.actions.list_for_relationship(1, include_private=False) == []
