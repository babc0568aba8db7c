"""The real app started the way ``rmdesk`` starts it, reporting what it imported.

Usage: python -m tests.ui.startup_child DATA_DIR
Runs ``rmdesk.app.run_app`` on DATA_DIR (which holds a vault, so the lock screen shows). As
soon as the event loop runs, prints one JSON line: whether the unlock page is the visible
page, and every loaded module under ``rmdesk.ui`` plus the third-party ones the workspace
brings; then quits.
"""

from __future__ import annotations

import json
import os
import sys


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])  # run_app adopts this instance

    def report() -> None:
        from rmdesk.ui.shell.main_window import MainWindow

        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        shown = bool(windows) and windows[0].pages.currentWidget() is windows[0].unlock_page
        visible = bool(windows) and windows[0].unlock_page.isVisible()
        modules = sorted(
            name
            for name in sys.modules
            if name.startswith("rmdesk.ui.") or name.split(".")[0] in ("icalendar", "markdown")
        )
        print(json.dumps({"lock_screen": shown and visible, "modules": modules}), flush=True)
        app.quit()

    QTimer.singleShot(0, report)
    from rmdesk.app import run_app

    return run_app(data_dir=sys.argv[1], demo=False)


if __name__ == "__main__":
    sys.exit(main())
