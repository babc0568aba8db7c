"""Issue 19 item 1, in the real window: one unreadable row never locks the user out; the rest
is shown and the damaged records are named. And a file ``import`` accepts, however odd, opens.
"""

from __future__ import annotations

import json
from pathlib import Path

from pytestqt.qtbot import QtBot

from rmdesk.export import json_format
from rmdesk.paths import DataPaths
from rmdesk.store.kdf import passphrase_bytes
from rmdesk.store.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.conftest import WindowFactory, unlock

DATA = Path(__file__).resolve().parents[2] / "export" / "data"


def test_damaged_rows_are_left_out_and_named_not_a_lockout(
    qtbot: QtBot, make_window: WindowFactory, filled_vault_file: DataPaths
) -> None:
    with Vault.open(filled_vault_file.vault, passphrase_bytes(PASSPHRASE), kdf=FAST_KDF) as vault:
        db = vault.db
        # What an older rmdesk's import let in (its checks were lenient), written as it did.
        meeting = str(db.scalar("SELECT uuid FROM meeting ORDER BY starts_at LIMIT 1"))
        db.execute(
            "UPDATE meeting SET starts_at = '2026-03-02T09:00:00+14:00' WHERE uuid = ?", (meeting,)
        )
        version = str(db.scalar("SELECT uuid FROM agreement_version LIMIT 1"))
        db.execute(
            "UPDATE agreement_version SET sections = ? WHERE uuid = ?",
            (json.dumps([{"title": "t", "body": "b"}]), version),
        )
        db.execute(
            "INSERT INTO relationship (uuid, my_role, other_name, focus_areas, cadence,"
            " meeting_minutes, start_date, created_at, updated_at) VALUES ('bad-rel', 'mentor',"
            " 'Robin', 'NaN', 'weekly', 30, '2026-01-05', '2026-01-05T10:00:00Z',"
            " '2026-01-05T10:00:00Z')"
        )
    window = make_window()

    unlock(qtbot, window)

    assert window.workspace is not None
    assert window.pages.currentWidget() is window.workspace_holder
    assert window.workspace.sidebar.topLevelItemCount() == 1  # the readable relationship
    banner = window.notes_banner
    assert banner.isVisible()
    assert "relationship bad-rel" in banner.text()
    assert "damaged" in banner.text()
    window.lock()
    assert not banner.isVisible()


def test_an_odd_but_accepted_import_unlocks_the_real_app(
    qtbot: QtBot, make_window: WindowFactory, filled_vault_file: DataPaths
) -> None:
    document = json.loads((DATA / "odd_but_valid.json").read_text(encoding="utf-8"))
    with Vault.open(filled_vault_file.vault, passphrase_bytes(PASSPHRASE), kdf=FAST_KDF) as vault:
        counts = json_format.import_document(vault.db, document)
    assert counts["relationship"] == 1
    window = make_window()

    unlock(qtbot, window)

    assert window.workspace is not None
    assert window.workspace.sidebar.topLevelItemCount() == 2
    assert not window.notes_banner.isVisible()
