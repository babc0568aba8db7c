"""Driving the app by keyboard alone: every key goes to the widget that has the focus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from rmdesk.ui.shell.main_window import MainWindow
from tests.ui.conftest import WindowFactory

STRONG = "plum orbit candle marsh quietly"


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def wait_for_focus_in(window: QWidget, timeout_ms: int = 5_000) -> None:
    """A window just shown gets the focus once the platform activates it. When a nested
    dialog closes, a window manager activates its parent again; the offscreen platform has
    none, so the test does what it would do."""
    if not (QApplication.focusWidget() and focused().window() is window):
        window.activateWindow()
    waited = 0
    while not (QApplication.focusWidget() and focused().window() is window):
        assert waited < timeout_ms, f"{window!r} never got the keyboard focus"
        QTest.qWait(10)
        waited += 10


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), key, modifier)


def type_text(text: str) -> None:
    QTest.keyClicks(focused(), text)


def tab_to(widget: QWidget, most: int = 40) -> None:
    """Tab until ``widget`` has the focus, as a keyboard user would. (Alt+letter mnemonics
    are not delivered by QTest on the offscreen platform, so tests reach buttons by Tab;
    the mnemonics themselves are checked for clashes in test_guide_accessibility.)"""
    for _ in range(most):
        if focused() is widget:
            return
        press(Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {widget!r}")


def activate(widget: QWidget) -> None:
    """Tab to a button and press Space."""
    tab_to(widget)
    press(Qt.Key.Key_Space)


def create_vault_by_keyboard(qtbot: QtBot, make_window: WindowFactory) -> MainWindow:
    """The welcome page, typed: passphrase, Tab, the same again, Return."""
    window = make_window()
    wait_for_focus_in(window)
    assert focused() is window.welcome_page.passphrase
    type_text(STRONG)
    press(Qt.Key.Key_Tab)
    type_text(STRONG)
    press(Qt.Key.Key_Return)
    return window
