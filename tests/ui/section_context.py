"""A ViewContext over a real vault, for testing one section view without the main window."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

import pytest

from rmdesk.demo import fill_demo
from rmdesk.domain.models import Relationship
from rmdesk.domain.sections import Section
from rmdesk.paths import DataPaths
from rmdesk.privacy.access import data_access
from rmdesk.privacy.clipboard import ClipboardPolicy
from rmdesk.privacy.share_mode import Visibility
from rmdesk.store.kdf import passphrase_bytes
from rmdesk.store.repositories import Repositories
from rmdesk.store.vault import Vault
from rmdesk.ui.kit.context import ViewContext
from tests.conftest import FAST_KDF, PASSPHRASE


@dataclass
class Calls:
    navigated: list[Section] = field(default_factory=list)
    edit_relationship: int = 0


def view_context(vault: Vault, *, share_mode: bool = False) -> tuple[ViewContext, Calls]:
    calls = Calls()

    def edit() -> None:
        calls.edit_relationship += 1

    data = data_access(vault.db, Visibility(share_mode=share_mode))
    relationship: Relationship = data.shared.relationships.list_all()[0]
    context = ViewContext(
        data=data,
        relationship=relationship,
        navigate=calls.navigated.append,
        clipboard=ClipboardPolicy(),
        edit_relationship=edit,
    )
    return context, calls


@pytest.fixture
def demo_vault(data_paths: DataPaths) -> Iterator[Vault]:
    """An open vault holding the demo relationship (goals, a confirmed agreement, ...)."""
    vault = Vault.create(data_paths.vault, passphrase_bytes(PASSPHRASE), kdf=FAST_KDF)
    try:
        fill_demo(Repositories.from_db(vault.db), date(2026, 11, 24))
        yield vault
    finally:
        vault.close()
