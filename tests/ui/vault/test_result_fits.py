"""After Back up finishes, the result (a long path) is shown whole: the dialog grows to the
height its wrapped text needs instead of squeezing it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog, QLabel
from pytestqt.qtbot import QtBot

from rmdesk.paths import DataPaths
from rmdesk.ui.vault.backup_dialog import BackupDialog
from tests.ui.conftest import unlock
from tests.ui.vault.helpers import drive, finish, make_window


def test_the_backup_result_is_not_squeezed(
    qtbot: QtBot, filled_vault_file: DataPaths, tmp_path: Path
) -> None:
    window = make_window(qtbot, filled_vault_file)
    unlock(qtbot, window)
    deep = tmp_path / "a folder with a rather long name" / "and another one below it"
    deep.mkdir(parents=True)
    seen: list[tuple[int, int, int]] = []

    def steps(dialog: QDialog) -> None:
        assert isinstance(dialog, BackupDialog)
        dialog.target.set_path(deep / "rmdesk-backup-with-a-long-file-name.rmdesk")
        text = finish(qtbot, dialog)
        assert "verified" in text
        for _ in range(5):
            QApplication.processEvents()
        for label in dialog.findChildren(QLabel):
            if label.isVisible() and label.wordWrap():
                seen.append((label.height(), label.heightForWidth(label.width()), 0))
        result = dialog.result_label
        seen.append((result.height(), result.heightForWidth(result.width()), 1))

    drive(qtbot, window.vault_menu.backup_action.trigger, steps)
    assert seen
    for shown, needed, _is_result in seen:
        assert shown >= needed, seen
