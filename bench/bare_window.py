"""The floor for launch timing: a bare PySide6 window (a main window with one label).

    .venv/bin/python bench/bare_window.py

Started by bench_launch.py exactly as it starts rmdesk, so both pay the same interpreter and
Qt start-up; what rmdesk adds on top is ours. Not part of the test suite.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.setCentralWidget(QLabel("bare PySide6 window", window))
    window.resize(1100, 720)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
