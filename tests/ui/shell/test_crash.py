"""A bug shows one calm dialog (vault safe, where the log is) and is logged without content."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from rmdesk.ui.shell.crash import CrashReporter
from tests.ui.modal import when_modal

CANARY = "CRASHCANARY private words"


@pytest.fixture
def reporter(qtbot: QtBot, tmp_path: Path) -> Iterator[CrashReporter]:
    crash = CrashReporter(tmp_path / "logs" / "rmdesk.log")
    crash.install()
    yield crash
    crash.uninstall()


def read_and_close(seen: list[str]) -> object:
    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        seen.append(dialog.text())
        dialog.accept()

    return act


def test_a_bug_on_the_main_thread_says_the_vault_is_safe_and_where_the_log_is(
    qtbot: QtBot, reporter: CrashReporter, caplog: pytest.LogCaptureFixture
) -> None:
    seen: list[str] = []
    when_modal(read_and_close(seen))  # type: ignore[arg-type]
    try:
        raise RuntimeError(CANARY)
    except RuntimeError:
        with caplog.at_level(logging.ERROR):
            sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: bool(seen))
    assert "vault is safe" in seen[0]
    assert str(reporter.log_path) in seen[0]
    assert "CRASHCANARY" not in seen[0]
    assert "builtins.RuntimeError" in caplog.text and "CRASHCANARY" not in caplog.text


def test_a_bug_in_a_worker_thread_reaches_the_dialog_on_the_main_thread(
    qtbot: QtBot, reporter: CrashReporter
) -> None:
    seen: list[str] = []
    when_modal(read_and_close(seen))  # type: ignore[arg-type]

    def work() -> None:
        raise OSError(CANARY)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(seen))
    assert "vault is safe" in seen[0]


def test_uninstall_restores_the_hooks(qtbot: QtBot) -> None:
    before = (sys.excepthook, threading.excepthook)
    crash = CrashReporter(None)
    crash.install()
    assert sys.excepthook != before[0]
    crash.uninstall()
    assert (sys.excepthook, threading.excepthook) == before
    assert "log" not in crash.message()
