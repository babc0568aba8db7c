"""The real app started as ``rmdesk`` starts it; reports the language it chose.

Usage: python -m tests.ui.i18n.language_child DATA_DIR
Prints one JSON line once the event loop runs (language, default locale, Qt's own "Cancel",
the lock screen's unlock button) and quits.
"""

from __future__ import annotations

import json
import os
import sys


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QLocale, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])  # run_app adopts this instance

    def report() -> None:
        from rmdesk.ui.kit.ui_language import current_language
        from rmdesk.ui.shell.main_window import MainWindow

        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        line = {
            "language": current_language(),
            "locale": QLocale().name(),
            "qt_cancel": QCoreApplication.translate("QPlatformTheme", "Cancel"),
            "unlock_button": window.unlock_page.unlock_button.text(),
        }
        print(json.dumps(line), flush=True)
        app.quit()

    QTimer.singleShot(0, report)
    from rmdesk.app import run_app

    return run_app(data_dir=sys.argv[1], demo=False)


if __name__ == "__main__":
    sys.exit(main())
