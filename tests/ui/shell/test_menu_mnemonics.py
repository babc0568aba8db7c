"""Inside each menu of the main window, every entry has its own Alt-letter."""

from __future__ import annotations

import re
from contextlib import nullcontext

import pytest
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from rmdesk.ui.shell.reminders import start_reminders
from tests.ui.conftest import WindowFactory
from tests.ui.languages import LANGUAGES, speaking


def letters(menu: QMenu) -> list[str]:
    found = []
    for item in menu.actions():
        match = re.search(r"&([^&])", item.text().replace("&&", ""))
        if match and not item.isSeparator():
            found.append(match.group(1).lower())
    return found


@pytest.mark.parametrize("language", ["en", *LANGUAGES])
def test_no_menu_repeats_a_letter(qtbot: QtBot, make_window: WindowFactory, language: str) -> None:
    with nullcontext() if language == "en" else speaking(language):
        window = make_window()
        start_reminders(window)  # adds its entry to the Vault menu, as the app does
        menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
        assert menus
        for menu in menus:
            seen = letters(menu)
            assert len(seen) == len(set(seen)), (menu.title(), sorted(seen))
