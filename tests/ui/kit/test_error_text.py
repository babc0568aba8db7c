"""Every environment error has its own translated words in the UI, with a next step."""

from __future__ import annotations

from rmdesk.store.errors import DamagedVaultError, VaultError, all_error_classes
from rmdesk.ui.kit.error_text import describe


def test_every_error_kind_has_distinct_ui_words() -> None:
    seen: dict[str, type[VaultError]] = {}
    for cls in all_error_classes():
        # The environment errors of the store; subclasses elsewhere carry their own details.
        if cls is VaultError or cls.__module__ != "rmdesk.store.errors":
            continue
        headline, advice = describe(cls())
        assert headline and advice, cls
        assert headline not in seen, (cls, seen.get(headline))
        seen[headline] = cls


def test_damage_says_where() -> None:
    header = describe(DamagedVaultError(where="header"))[0]
    page = describe(DamagedVaultError(where="page"))[0]
    assert header != page
