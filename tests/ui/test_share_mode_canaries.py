"""Shared-screen mode with canaries in every private field: nothing private is anywhere."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from rmdesk.demo import fill_demo
from rmdesk.domain.models import ActionItem, Reflection
from rmdesk.domain.sections import Section
from rmdesk.paths import DataPaths
from rmdesk.store.kdf import passphrase_bytes
from rmdesk.store.repositories import Repositories
from rmdesk.store.schema import PRIVATE_COLUMNS, PRIVATE_TABLES
from rmdesk.store.vault import Vault
from rmdesk.ui.relationships.relationship_dialog import RelationshipDialog
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.conftest import WindowFactory, unlock
from tests.ui.walker import find_canaries

SHARED_CANARY = "SHAREDCANARY-action-visible"


def private_canaries(vault: Vault) -> list[str]:
    """Write a distinct canary into every private column and table that exists."""
    repos = Repositories.from_db(vault.db)
    db = vault.db
    canaries: list[str] = []
    rel_id = repos.relationships.list_all()[0].id
    assert rel_id is not None
    for table, column in sorted(PRIVATE_COLUMNS):
        canary = f"PRIVCANARY-{table}-{column}"
        db.execute(f"UPDATE {table} SET {column} = ?", (canary,))  # noqa: S608 - our names
        canaries.append(canary)
    repos.reflections.add(
        Reflection(
            relationship_id=rel_id,
            prompt="PRIVCANARY-reflection-prompt",
            body="PRIVCANARY-reflection-body",
            tags=("privcanary-reflection-tag",),
        )
    )
    canaries += ["PRIVCANARY-reflection-prompt", "PRIVCANARY-reflection-body"]
    canaries.append("privcanary-reflection-tag")
    db.execute("UPDATE meeting_private_note SET body = ?", ("PRIVCANARY-meeting-note",))
    canaries.append("PRIVCANARY-meeting-note")
    covered = {t for t, _ in PRIVATE_COLUMNS} | {
        "reflection",
        "reflection_tag",
        "meeting_private_note",
    }
    assert PRIVATE_TABLES - {"reflection_fts"} <= covered, "a private table has no canary"
    repos.actions.add(
        ActionItem(relationship_id=rel_id, what=SHARED_CANARY, private_note="PRIVCANARY-new-action")
    )
    canaries.append("PRIVCANARY-new-action")
    return canaries


def test_shared_screen_mode_shows_no_private_canary_in_any_section(
    qtbot: QtBot, make_window: WindowFactory, data_paths: DataPaths
) -> None:
    with Vault.create(data_paths.vault, passphrase_bytes(PASSPHRASE), kdf=FAST_KDF) as vault:
        fill_demo(Repositories.from_db(vault.db), date(2026, 11, 24))
        canaries = private_canaries(vault)
    window = make_window()
    unlock(qtbot, window)
    assert window.workspace is not None
    # The walker does see vault text (so a clean result below means something).
    assert find_canaries([SHARED_CANARY]) == [SHARED_CANARY]

    window.enter_share_mode()
    QApplication.sendPostedEvents(None, 0)
    workspace = window.workspace
    assert workspace is not None and workspace.data.private is None
    for section in Section:
        workspace.select_section(section)
        QApplication.sendPostedEvents(None, 0)
        assert find_canaries(canaries) == [], f"private text visible in {section}"
    # The relationship dialog (with its candidates and their private notes) in shared mode.
    relationship = workspace.current_relationship()
    assert relationship is not None and relationship.id is not None
    assert workspace.data.private is None  # no way to load the candidates at all
    dialog = RelationshipDialog(relationship, [], include_private=False, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.candidates_box.isVisible()
    assert find_canaries(canaries) == []
    dialog.reject()
