"""A bug in plain words instead of a traceback on a terminal the user does not have.

Installed as ``sys.excepthook`` and ``threading.excepthook``: the bug goes to the log without
content (``rmdesk.logs``), and the user sees one calm dialog saying the vault is safe and
where the log is. A worker thread's exception reaches the dialog through a queued signal,
because widgets live on the main thread only.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from rmdesk.logs import log_uncaught


class CrashReporter(QObject):
    crashed = Signal()

    def __init__(self, log_path: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_path = log_path
        self._showing = False
        self._previous_hooks = (sys.excepthook, threading.excepthook)
        # Queued whatever the emitting thread: the dialog is always built on the main thread.
        self.crashed.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        sys.excepthook = self._on_main_thread_exception
        threading.excepthook = self._on_thread_exception

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._previous_hooks

    def _on_main_thread_exception(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous_hooks[0](exc_type, exc, tb)
            return
        log_uncaught((exc_type, exc, tb), where="the main thread")
        self.crashed.emit()

    def _on_thread_exception(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        log_uncaught((args.exc_type, args.exc_value, args.exc_traceback), where="a worker thread")
        self.crashed.emit()

    def message(self) -> str:
        text = self.tr(
            "Something went wrong inside rmdesk. Your vault is safe: everything saved before "
            "this moment is in it, and the vault file was not harmed."
        )
        if self.log_path is not None:
            text += "\n\n" + self.tr(
                "If it happens again, the log can help find the cause. It holds no content "
                "from your vault: {0}"
            ).format(str(self.log_path))
        return text

    def _show(self) -> None:
        # One dialog at a time: a bug that repeats while the first box is open is only logged.
        if self._showing or QApplication.instance() is None:
            return
        self._showing = True
        try:
            box = QMessageBox(
                QMessageBox.Icon.Critical,
                self.tr("rmdesk: something went wrong"),
                self.message(),
                QMessageBox.StandardButton.Ok,
                QApplication.activeWindow(),
            )
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            box.exec()
        finally:
            self._showing = False
