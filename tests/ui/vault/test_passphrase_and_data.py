"""Change passphrase, Check, Export and Import from the Vault menu, through exec()."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from rmdesk.paths import DataPaths
from rmdesk.services import transfer
from rmdesk.store.errors import NotEnoughMemoryError, WrongPassphraseError
from rmdesk.store.kdf import passphrase_bytes
from rmdesk.store.vault import Vault
from rmdesk.ui.vault.check_dialog import CheckDialog
from rmdesk.ui.vault.passphrase_change import PassphraseChangeDialog
from rmdesk.ui.vault.transfer_dialogs import ExportDialog, ImportDialog
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.conftest import unlock
from tests.ui.vault.helpers import drive, finish, make_window

NEW_PASSPHRASE = "violet tractor whispers under seven lanterns"


def test_passphrase_change_is_verified_by_reopening(
    qtbot: QtBot, filled_vault_file: DataPaths
) -> None:
    window = make_window(qtbot, filled_vault_file)
    unlock(qtbot, window)
    shown: list[str] = []

    def steps(dialog: QDialog) -> None:
        assert isinstance(dialog, PassphraseChangeDialog)
        # Offered only after a change: before it, a backup "with the new passphrase" is empty.
        assert not dialog.backup_button.isVisible()
        qtbot.keyClicks(dialog.current, PASSPHRASE)
        qtbot.keyClicks(dialog.new, "short")
        assert not dialog.go_button.isEnabled()
        assert dialog.meter.value() < 2
        dialog.new.clear()
        qtbot.keyClicks(dialog.new, NEW_PASSPHRASE)
        qtbot.keyClicks(dialog.again, NEW_PASSPHRASE)
        assert dialog.meter.value() >= 3
        assert dialog.go_button.isEnabled()
        shown.append(finish(qtbot, dialog))
        assert dialog.backup_button.isVisible()

    drive(qtbot, window.vault_menu.passphrase_action.trigger, steps)
    assert "Passphrase changed" in shown[0]
    assert "OLD passphrase" in shown[0]
    window.lock()
    with Vault.open(filled_vault_file.vault, passphrase_bytes(NEW_PASSPHRASE), kdf=FAST_KDF):
        pass
    with pytest.raises(WrongPassphraseError):
        Vault.open(filled_vault_file.vault, passphrase_bytes(PASSPHRASE), kdf=FAST_KDF)


def test_a_wrong_current_passphrase_changes_nothing(
    qtbot: QtBot, filled_vault_file: DataPaths
) -> None:
    window = make_window(qtbot, filled_vault_file)
    unlock(qtbot, window)
    before = filled_vault_file.vault.read_bytes()
    shown: list[str] = []

    def steps(dialog: QDialog) -> None:
        assert isinstance(dialog, PassphraseChangeDialog)
        qtbot.keyClicks(dialog.current, "not what it is")
        qtbot.keyClicks(dialog.new, NEW_PASSPHRASE)
        qtbot.keyClicks(dialog.again, NEW_PASSPHRASE)
        shown.append(finish(qtbot, dialog))

    drive(qtbot, window.vault_menu.passphrase_action.trigger, steps)
    assert "NOT changed" in shown[0]
    assert filled_vault_file.vault.read_bytes() == before


def test_check_reports_every_check(qtbot: QtBot, filled_vault_file: DataPaths) -> None:
    window = make_window(qtbot, filled_vault_file)
    unlock(qtbot, window)
    shown: list[str] = []

    def steps(dialog: QDialog) -> None:
        assert isinstance(dialog, CheckDialog)
        qtbot.waitUntil(lambda: not dialog.running, timeout=30_000)
        shown.append(dialog.result_label.text())
        assert dialog.progress.value() == dialog.progress.maximum()

    drive(qtbot, window.vault_menu.check_action.trigger, steps)
    assert shown[0].startswith("All checks passed.")
    assert "Encryption integrity (cipher_integrity_check): ok" in shown[0]


def test_export_then_import_into_another_vault(
    qtbot: QtBot, filled_vault_file: DataPaths, tmp_path: Path
) -> None:
    window = make_window(qtbot, filled_vault_file)
    unlock(qtbot, window)
    target = tmp_path / "out" / "everything.json"
    target.parent.mkdir()

    def export_steps(dialog: QDialog) -> None:
        assert isinstance(dialog, ExportDialog)
        assert "NOT encrypted" in dialog.warning.text()
        dialog.everything_button.setChecked(True)
        assert "private notes" in dialog.warning.text()
        dialog.target.set_path(target)
        text = finish(qtbot, dialog)
        assert "NOT encrypted" in text
        assert dialog.progress.value() == dialog.progress.maximum()

    drive(qtbot, window.vault_menu.export_action.trigger, export_steps)
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["scope"] == "all"
    assert document["tables"]["reflection"], "the journal is in an everything-export"
    assert target.stat().st_mode & 0o777 == 0o600
    window.lock()

    other = DataPaths(tmp_path / "other")
    other.root.mkdir(mode=0o700)
    Vault.create(other.vault, passphrase_bytes(PASSPHRASE), kdf=FAST_KDF).close()
    second = make_window(qtbot, other)
    unlock(qtbot, second)
    percentages: list[int] = []

    def import_steps(dialog: QDialog) -> None:
        assert isinstance(dialog, ImportDialog)
        dialog.progress.valueChanged.connect(percentages.append)
        dialog.source.set_path(target)
        text = finish(qtbot, dialog)
        assert "relationships added: 1." in text, text

    drive(qtbot, second.vault_menu.import_action.trigger, import_steps)
    assert second.vault is not None
    assert second.vault.db.scalar("SELECT count(*) FROM reflection") == len(
        document["tables"]["reflection"]
    )
    assert percentages == sorted(percentages) and percentages[-1] == 1000


def test_import_refuses_early_when_memory_is_short(tmp_path: Path) -> None:
    source = tmp_path / "big.json"
    source.write_bytes(b"{}" + b" " * (4 * 1024 * 1024))
    with pytest.raises(NotEnoughMemoryError) as caught:
        transfer.read_import(source, available=8 * 1024 * 1024)
    assert "needs about" in str(caught.value) and "MiB" in str(caught.value)
    # With room to spare the same file gets as far as the parser (which finds no envelope).
    with pytest.raises(Exception) as parsed:
        transfer.read_import(source, available=10 * 1024 * 1024 * 1024)
    assert not isinstance(parsed.value, NotEnoughMemoryError)
    assert transfer.available_memory() is not None
