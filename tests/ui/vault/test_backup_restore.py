"""Back up now and Restore from a backup, driven through exec() against real vault files."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from rmdesk.paths import DataPaths
from rmdesk.store.kdf import passphrase_bytes
from rmdesk.store.vault import Vault
from rmdesk.ui.vault.backup_dialog import BackupDialog
from rmdesk.ui.vault.restore_dialog import RestoreDialog
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.conftest import unlock
from tests.ui.vault.helpers import all_rows, drive, finish, make_window

OTHER_PASSPHRASE = "a different passphrase for the other vault"


def _backup_via_menu(qtbot: QtBot, window: object, target: Path) -> str:
    texts: list[str] = []

    def steps(dialog: QDialog) -> None:
        assert isinstance(dialog, BackupDialog)
        dialog.target.set_path(target)
        texts.append(finish(qtbot, dialog))

    drive(qtbot, window.vault_menu.backup_action.trigger, steps)  # type: ignore[attr-defined]
    return texts[0]


def test_backup_then_restore_gives_back_every_row(
    qtbot: QtBot, filled_vault_file: DataPaths, tmp_path: Path
) -> None:
    window = make_window(qtbot, filled_vault_file)
    unlock(qtbot, window)
    assert window.vault is not None
    before = all_rows(window.vault.db)
    target = tmp_path / "kept" / "monday.rmdesk"
    target.parent.mkdir()
    text = _backup_via_menu(qtbot, window, target)
    assert "written and verified" in text
    assert target.stat().st_mode & 0o777 == 0o600

    # Work goes on after the backup: one reflection less, one relationship renamed.
    window.vault.db.execute(
        "DELETE FROM reflection WHERE rowid = (SELECT min(rowid) FROM reflection)"
    )
    window.vault.db.execute("UPDATE relationship SET other_name = 'Changed later'")
    changed = all_rows(window.vault.db)
    assert changed != before

    def steps(dialog: QDialog) -> None:
        assert isinstance(dialog, RestoreDialog)
        dialog.add_other(target)
        assert not dialog.restore_button.isEnabled(), "restore only after a preview"
        qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
        finish(qtbot, dialog)
        preview = dialog.preview_label.text()
        reflections = len(before["reflection"])
        assert f"Reflections: {reflections}" in preview
        assert f"Meetings: {len(before['meeting'])}" in preview
        assert "Relationships: 1" in preview
        assert dialog.restore_button.isEnabled()
        dialog.restore_button.click()
        qtbot.waitUntil(lambda: not dialog.running, timeout=30_000)
        assert "Restored" in dialog.result_label.text(), dialog.result_label.text()

    old_vault = window.vault
    drive(qtbot, window.vault_menu.restore_action.trigger, steps)
    qtbot.waitUntil(lambda: window.vault is not None and window.vault is not old_vault)
    assert not old_vault.is_open
    assert all_rows(window.vault.db) == before
    # The vault as it was just before the restore is kept as a rollback copy.
    rollbacks = list(filled_vault_file.backups.glob("before-restore-*.rmdesk"))
    assert len(rollbacks) == 1
    with Vault.open(rollbacks[0], passphrase_bytes(PASSPHRASE), kdf=FAST_KDF) as kept:
        assert all_rows(kept.db) == changed


@pytest.mark.parametrize("problem", ["wrong passphrase", "tampered"])
def test_a_backup_that_does_not_open_is_refused_and_the_vault_is_untouched(
    qtbot: QtBot, filled_vault_file: DataPaths, tmp_path: Path, problem: str
) -> None:
    window = make_window(qtbot, filled_vault_file)
    unlock(qtbot, window)
    assert window.vault is not None
    target = tmp_path / "b.rmdesk"
    _backup_via_menu(qtbot, window, target)
    if problem == "tampered":
        data = bytearray(target.read_bytes())
        for offset in range(4096 * 2 + 100, 4096 * 2 + 164):  # inside page 3
            data[offset] ^= 0x5A
        target.write_bytes(bytes(data))
    vault_bytes = filled_vault_file.vault.read_bytes()
    rows = all_rows(window.vault.db)
    shown: list[str] = []

    def steps(dialog: QDialog) -> None:
        assert isinstance(dialog, RestoreDialog)
        dialog.add_other(target)
        typed = "not the passphrase at all" if problem == "wrong passphrase" else PASSPHRASE
        qtbot.keyClicks(dialog.passphrase, typed)
        shown.append(finish(qtbot, dialog))
        assert not dialog.restore_button.isEnabled()

    current = window.vault
    drive(qtbot, window.vault_menu.restore_action.trigger, steps)
    if problem == "wrong passphrase":
        assert "passphrase does not open" in shown[0]
    else:
        assert "FAILED its integrity checks" in shown[0] or "damaged" in shown[0], shown[0]
    assert window.vault is current and current.is_open
    assert filled_vault_file.vault.read_bytes() == vault_bytes
    assert all_rows(current.db) == rows
    assert not list(filled_vault_file.backups.glob("before-restore-*"))


def test_the_first_backup_of_a_new_vault_goes_where_it_is_proposed(
    qtbot: QtBot, filled_vault_file: DataPaths
) -> None:
    """A new vault has no backups folder yet: the one rmdesk proposes is made (0700), while a
    folder the user typed that does not exist is still refused in words."""
    window = make_window(qtbot, filled_vault_file)
    unlock(qtbot, window)
    folder = filled_vault_file.backups
    assert not folder.exists()
    texts: list[str] = []

    def steps(dialog: QDialog) -> None:
        assert isinstance(dialog, BackupDialog)
        proposed = dialog.target.path()
        assert proposed is not None and proposed.parent == folder
        texts.append(finish(qtbot, dialog))

    drive(qtbot, window.vault_menu.backup_action.trigger, steps)
    assert "written and verified" in texts[0]
    assert folder.is_dir() and folder.stat().st_mode & 0o777 == 0o700
    elsewhere = folder.parent / "not-made" / "x.rmdesk"
    assert "does not exist" in _backup_via_menu(qtbot, window, elsewhere)
    assert not elsewhere.parent.exists()
