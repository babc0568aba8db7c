"""Dialogs are at least as wide as their whole title as a window manager shows it
("Passphrase needed — rmdesk", bold), whichever room opens them."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from rmdesk.ui.kit.dialog_fit import TITLE_BAR_ROOM
from rmdesk.ui.shell.passphrase_dialog import PassphraseDialog
from tests.ui.modal import when_modal


def whole_title(dialog: QDialog) -> int:
    bold = QFont(dialog.font())
    bold.setBold(True)
    text = f"{dialog.windowTitle()} \u2014 {QGuiApplication.applicationDisplayName()}"
    return QFontMetrics(bold).horizontalAdvance(text) + TITLE_BAR_ROOM


def test_the_passphrase_dialog_shows_its_whole_title(qtbot: QtBot) -> None:
    QGuiApplication.setApplicationDisplayName("rmdesk")
    owner = QWidget()
    qtbot.addWidget(owner)
    widths: list[tuple[int, int]] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, PassphraseDialog)
        widths.append((dialog.width(), whole_title(dialog)))
        dialog.reject()

    when_modal(look)
    PassphraseDialog.ask(owner, "Type it", lambda _p: True)
    assert widths and widths[0][0] >= widths[0][1]


def test_any_dialog_of_ours_gets_room_for_its_title(qtbot: QtBot) -> None:
    QGuiApplication.setApplicationDisplayName("rmdesk")
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.setWindowTitle("Restore from a backup made on another computer")
    dialog.show()
    assert dialog.width() >= whole_title(dialog)
