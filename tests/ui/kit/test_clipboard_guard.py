"""Copies out of rmdesk carry "do not keep" hints and are taken back only if still ours."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from rmdesk.privacy.clipboard import ClipboardPolicy
from rmdesk.ui.kit.clipboard_guard import SENSITIVE_HINTS, ClipboardGuard


def guard(qtbot: QtBot) -> tuple[ClipboardGuard, QWidget]:
    owner = QWidget()
    qtbot.addWidget(owner)
    return ClipboardGuard(ClipboardPolicy(), owner), owner


def test_a_copy_carries_every_sensitive_hint_and_no_html(qtbot: QtBot) -> None:
    copy_guard, _owner = guard(qtbot)
    copy_guard.copy("a private line")
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.text() == "a private line"
    assert not mime.hasHtml()
    for kind, value in SENSITIVE_HINTS.items():
        assert bytes(mime.data(kind).data()) == value
    assert copy_guard.timer.isActive()
    copy_guard.clear_if_ours()
    assert QGuiApplication.clipboard().text() == ""


def test_someone_elses_later_copy_is_left_alone(qtbot: QtBot) -> None:
    copy_guard, _owner = guard(qtbot)
    copy_guard.copy("ours")
    QGuiApplication.clipboard().setText("another program's text")
    copy_guard.clear_if_ours()
    assert QGuiApplication.clipboard().text() == "another program's text"
    QGuiApplication.clipboard().clear()


def test_the_guard_outlives_its_view_until_the_clearing_is_done(qtbot: QtBot) -> None:
    copy_guard, owner = guard(qtbot)
    copy_guard.copy("copied just before navigating away")
    owner.deleteLater()
    qtbot.waitUntil(lambda: not copy_guard._owner_alive)
    with qtbot.waitSignal(copy_guard.destroyed, timeout=2000):
        copy_guard.timer.setInterval(10)
        copy_guard.timer.start()
    assert QGuiApplication.clipboard().text() == ""
