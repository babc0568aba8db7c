"""Background calls: results and errors arrive on the UI thread; a secret is wiped; a call
can be finished synchronously on shutdown without a "QThread destroyed" abort."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from rmdesk.ui.kit.worker import BackgroundCall, call_with_secret, finish_calls_under


def test_the_result_arrives_on_the_ui_thread(qtbot: QtBot) -> None:
    seen: list[tuple[object, bool]] = []
    call = BackgroundCall(lambda: threading.current_thread() is threading.main_thread())
    call.succeeded.connect(
        lambda result: seen.append((result, threading.current_thread() is threading.main_thread()))
    )
    with qtbot.waitSignal(call.done, timeout=5000):
        call.start()
    assert seen == [(False, True)]  # ran elsewhere, reported here
    assert not call.running


def test_an_error_is_handed_over_not_raised(qtbot: QtBot) -> None:
    errors: list[object] = []

    def fail() -> None:
        raise OSError("disk went away")

    call = BackgroundCall(fail)
    call.failed.connect(errors.append)
    with qtbot.waitSignal(call.done, timeout=5000):
        call.start()
    assert len(errors) == 1 and isinstance(errors[0], OSError)


def test_the_secret_is_wiped_when_the_call_returns(qtbot: QtBot) -> None:
    secret = bytearray(b"passphrase")
    lengths: list[int] = []
    call = call_with_secret(lambda s: lengths.append(len(s)), secret)
    with qtbot.waitSignal(call.done, timeout=5000):
        call.start()
    assert lengths == [10]
    assert secret == bytearray(len(secret)) or secret == bytearray()


def test_calls_under_an_owner_finish_before_it_goes(qtbot: QtBot) -> None:
    owner = QObject()
    release = threading.Event()
    call = BackgroundCall(lambda: release.wait(5) and "done", owner)
    delivered: list[object] = []
    call.succeeded.connect(delivered.append)
    call.start()
    release.set()
    assert finish_calls_under(owner) in (["done"], [])
    assert not call.running
    qtbot.wait(20)
    assert delivered == []  # abandoned calls deliver nothing to a view being deleted
