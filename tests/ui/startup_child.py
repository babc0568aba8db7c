"""The real app started the way ``rmdesk`` starts it, reporting what it imported.

Usage: python -m tests.ui.startup_child DATA_DIR [PASSPHRASE]
Runs ``rmdesk --data-dir DATA_DIR`` through ``rmdesk.cli.main``, as the command does; DATA_DIR
holds a vault, so the lock screen shows. As soon as the event loop runs, prints one JSON
line: whether the unlock page is the visible page, and every loaded module under ``rmdesk``
plus the third-party ones the store and the workspace bring; then quits. With PASSPHRASE it
first types it into the lock screen, presses Enter, and reports once the vault is unlocked
("unlocked": true).
"""

from __future__ import annotations

import json
import os
import sys


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])  # run_app adopts this instance
    passphrase = sys.argv[2] if len(sys.argv) > 2 else None

    def report(unlocked: bool) -> None:
        from rmdesk.ui.shell.main_window import MainWindow

        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        shown = bool(windows) and windows[0].pages.currentWidget() is windows[0].unlock_page
        visible = bool(windows) and windows[0].unlock_page.isVisible()
        modules = sorted(
            name
            for name in sys.modules
            if name.startswith("rmdesk.")
            or name.split(".")[0] in ("icalendar", "markdown", "sqlcipher3", "_hashlib")
        )
        line = {"lock_screen": shown and visible, "unlocked": unlocked, "modules": modules}
        print(json.dumps(line), flush=True)
        app.quit()

    def start() -> None:
        if passphrase is None:
            report(False)
            return
        from rmdesk.ui.shell.main_window import MainWindow

        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        window.vault_unlocked.connect(lambda: QTimer.singleShot(200, lambda: report(True)))
        QTest.keyClicks(window.unlock_page.passphrase, passphrase)
        QTest.keyClick(window.unlock_page.passphrase, Qt.Key.Key_Return)

    QTimer.singleShot(0, start)
    from rmdesk.cli import main as rmdesk_main  # the way `rmdesk` starts: through the CLI

    return rmdesk_main(["--data-dir", sys.argv[1]])


if __name__ == "__main__":
    sys.exit(main())
