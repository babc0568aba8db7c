"""Screenshots of the Vault menu, the backup list, a restore preview and Preferences.

    xvfb-run -a -s "-screen 0 1280x860x24" sh -c \
        'openbox & sleep 1; .venv/bin/python tools/take_vault_screenshots.py'

The demo vault (fast KDF) with three backups made the way the app makes them; every dialog
opened as the app opens it (``exec()``) and the whole screen grabbed with ImageMagick's
``import -window root``, so menus and window decorations show as a user sees them.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from rmdesk.app import make_application, vault_creator, vault_opener
from rmdesk.demo import build_demo_vault
from rmdesk.paths import DataPaths
from rmdesk.privacy.idle import SystemClock
from rmdesk.services.backup import backup_into_folder
from rmdesk.store.kdf import KdfParams, passphrase_bytes
from rmdesk.ui.shell.main_window import MainWindow, WindowContext
from rmdesk.ui.shell.settings import UiSettings
from rmdesk.ui.vault.restore_dialog import RestoreDialog

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
FAST = KdfParams(version=1, log2_n=10)


def settle(seconds: float = 0.5) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)


def shoot(name: str) -> None:
    settle()
    subprocess.run(["import", "-window", "root", str(OUT / f"{name}.png")], check=True)
    print("wrote", OUT / f"{name}.png")


def with_dialog(open_it: Callable[[], object], steps: Callable[[QDialog], None]) -> None:
    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(50, act)
            return
        try:
            steps(dialog)
        finally:
            dialog.reject()

    QTimer.singleShot(100, act)
    open_it()


def main() -> None:
    app = make_application(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        paths = DataPaths(Path(folder))
        vault = build_demo_vault(paths.vault, passphrase_bytes("demo"), kdf=FAST)
        now = datetime.now(UTC)
        for days in (15, 3, 0):
            backup_into_folder(vault, paths.backups, keep=10, now=now - timedelta(days=days))
        window = MainWindow(
            WindowContext(
                paths=paths,
                settings=UiSettings(paths.ui_settings),
                open_vault=vault_opener(paths, FAST),
                create_vault=vault_creator(FAST),
                clock=SystemClock(),
                demo_vault=vault,
                demo_passphrase="demo",
                kdf=FAST,
                auto_backup=True,
            )
        )
        window.resize(1100, 760)
        window.move(40, 30)
        window.show()
        settle(1.0)

        menu = window.menuBar().actions()[0].menu()
        assert menu is not None

        def menu_shot() -> None:
            shoot("vault-menu")
            menu.close()

        QTimer.singleShot(600, menu_shot)
        menu.exec(window.mapToGlobal(window.menuBar().geometry().bottomLeft()))

        def restore_steps(dialog: QDialog) -> None:
            assert isinstance(dialog, RestoreDialog)
            shoot("backup-list")
            dialog.passphrase.setText("demo")
            dialog.go_button.click()
            deadline = time.monotonic() + 20
            while dialog.running and time.monotonic() < deadline:
                settle(0.1)
            shoot("restore-preview")

        with_dialog(window.vault_menu.restore_action.trigger, restore_steps)
        with_dialog(window.vault_menu.preferences_action.trigger, lambda d: shoot("preferences"))
        window.lock()
        window.vault_menu.shutdown()
        window.close()
        app.processEvents()


if __name__ == "__main__":
    main()
