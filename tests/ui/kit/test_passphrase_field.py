"""The passphrase field: hidden, never copied or cut, no undo, emptied when taken."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from rmdesk.ui.kit.passphrase_field import PassphraseField


def field(qtbot: QtBot) -> PassphraseField:
    widget = PassphraseField("Passphrase")
    qtbot.addWidget(widget)
    widget.show()
    widget.setFocus()
    return widget


def test_it_hides_what_is_typed_and_is_named(qtbot: QtBot) -> None:
    widget = field(qtbot)
    assert widget.echoMode() is QLineEdit.EchoMode.Password
    assert widget.accessibleName() == "Passphrase"
    assert widget.contextMenuPolicy() is Qt.ContextMenuPolicy.NoContextMenu
    assert widget.inputMethodHints() & Qt.InputMethodHint.ImhSensitiveData


def test_copy_and_cut_put_nothing_on_the_clipboard(qtbot: QtBot) -> None:
    widget = field(qtbot)
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("before")
    qtbot.keyClicks(widget, "secret words")
    widget.selectAll()
    for sequence in (QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.Cut):
        QTest.keySequence(widget, QKeySequence(sequence))
    assert clipboard.text() == "before"
    assert widget.text() == "secret words"
    clipboard.clear()


def test_undo_cannot_bring_a_taken_passphrase_back(qtbot: QtBot) -> None:
    widget = field(qtbot)
    qtbot.keyClicks(widget, "secret words")
    secret = widget.take_passphrase()
    assert bytes(secret) == b"secret words"
    assert widget.text() == ""
    QTest.keySequence(widget, QKeySequence(QKeySequence.StandardKey.Undo))
    widget.undo()  # even the programmatic undo finds no history
    assert widget.text() == ""


def test_the_passphrase_is_normalised_to_nfc(qtbot: QtBot) -> None:
    widget = field(qtbot)
    widget.setText("cafe\u0301")  # e + combining acute
    assert bytes(widget.take_passphrase()) == "café".encode()
