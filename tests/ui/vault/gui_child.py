"""A child process that runs the real window and starts a backup from the Vault menu.

    python -m tests.ui.vault.gui_child full-disk DATA_DIR TARGET LIMIT
    python -m tests.ui.vault.gui_child slow DATA_DIR TARGET

``full-disk`` sets RLIMIT_FSIZE to LIMIT bytes after unlocking and prints the dialog's result
as one JSON line. ``slow`` copies one page per step with a pause, prints ``copying`` once the
temp file exists, and waits to be killed (it stops by itself after CHILD_TIMEOUT).
"""

from __future__ import annotations

import json
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sys
import time
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from rmdesk.paths import DataPaths
from rmdesk.services.progress import Progress
from rmdesk.store import vault_files
from rmdesk.ui.shell.main_window import MainWindow
from rmdesk.ui.vault import backup_dialog
from rmdesk.ui.vault.backup_dialog import BackupDialog
from tests.store.children import CHILD_TIMEOUT, PASSPHRASE, _limit_file_size
from tests.ui.vault.helpers import window_context


def _window(paths: DataPaths) -> MainWindow:
    window = MainWindow(window_context(paths))
    window.show()
    loop = QEventLoop()
    window.vault_unlocked.connect(loop.quit)
    window.unlock_page.passphrase.setText(PASSPHRASE)
    window.unlock_page.unlock_button.click()
    QTimer.singleShot(int(CHILD_TIMEOUT * 1000), loop.quit)
    loop.exec()
    assert window.vault is not None, "the child could not unlock"
    return window


def _slow_copies(target: Path) -> None:
    vault_files.BACKUP_STEP_PAGES = 1
    original = backup_dialog.backups.backup_to_file
    said: list[bool] = []

    def slow(vault: object, where: Path, *, progress: Progress, **kwargs: object) -> Path:
        def paced(done: int, total: int) -> None:
            if not said and any(target.parent.glob(f".{target.name}.*.tmp")):
                said.append(True)
                print("copying", flush=True)
            time.sleep(0.02)
            progress(done, total)

        return original(vault, where, progress=paced, **kwargs)  # type: ignore[arg-type]

    backup_dialog.backups.backup_to_file = slow  # type: ignore[assignment]


def main(argv: list[str]) -> int:
    mode, data_dir, target = argv[0], Path(argv[1]), Path(argv[2])
    app = QApplication([])
    window = _window(DataPaths(data_dir))
    if mode == "slow":
        _slow_copies(target)
    outcome: dict[str, object] = {}

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, BackupDialog):
            QTimer.singleShot(20, drive)
            return
        dialog.target.set_path(target)
        if mode == "full-disk":
            _limit_file_size(int(argv[3]))
        dialog.go_button.click()
        deadline = time.monotonic() + CHILD_TIMEOUT
        while dialog.running and time.monotonic() < deadline:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        outcome["text"] = dialog.result_label.text()
        outcome["running"] = dialog.running
        dialog.reject()

    QTimer.singleShot(0, drive)
    window.vault_menu.backup_action.trigger()
    assert isinstance(QApplication.activeModalWidget(), QDialog | type(None))
    print(json.dumps(outcome), flush=True)
    window.lock()
    window.vault_menu.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
