"""Help: F1 opens the guide (sealed, named for screen readers), the shortcut list is the
window's own actions, About says version, licence and data folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence, QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from rmdesk import __version__
from rmdesk.paths import DataPaths
from rmdesk.ui.guide.guide_text import guide_blocks, guide_html, guide_plain_text
from rmdesk.ui.guide.help_dialogs import AboutDialog, GuideDialog, ShortcutsDialog
from rmdesk.ui.kit.forms import accessible_label
from rmdesk.ui.kit.sealed_browser import SealedBrowser
from rmdesk.ui.kit.view_keys import VIEW_KEYS_PROPERTY
from rmdesk.ui.shell import vault_menu
from tests.ui.conftest import WindowFactory, unlock
from tests.ui.guide.keyboard import press, wait_for_focus_in
from tests.ui.modal import when_modal


def open_guides() -> list[GuideDialog]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, GuideDialog) and w.isVisible()
    ]


# Raising the open guide again is a window-manager request the offscreen platform lacks.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_f1_opens_the_guide_in_the_sealed_browser_even_before_unlocking(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    wait_for_focus_in(window)
    press(Qt.Key.Key_F1)
    [guide] = open_guides()
    assert isinstance(guide.browser, SealedBrowser)
    assert guide.browser.accessibleName() == "rmdesk guide"
    assert guide.browser.openLinks() is False and guide.browser.openExternalLinks() is False
    text = guide.browser.toPlainText()
    for words in (
        "Shared-screen mode and the panic key",
        "F12",
        "What is not protected",
        "rmdesk vault backup",
        "Reflections (private)",
    ):
        assert words in text, words
    # A second F1 raises the same guide instead of stacking copies.
    window.activateWindow()
    wait_for_focus_in(window)
    press(Qt.Key.Key_F1)
    assert open_guides() == [guide]
    guide.close()


def test_the_guide_says_nothing_untrue_about_backups_and_loads_nothing() -> None:
    text = guide_plain_text(guide_blocks())
    assert "rmdesk vault backup --rotate" in text
    # What the guide says the Vault menu does is what the menu holds.
    menu_source = Path(vault_menu.__file__).read_text("utf-8")
    for entry in (
        "&Back up now…",
        "&Restore from a backup…",
        "Change &passphrase…",
        "Pre&ferences…",
    ):
        assert entry in menu_source
    assert "Vault menu" in text and "Vault → Preferences" in text
    page = guide_html(guide_blocks())
    assert "<img" not in page and "<a " not in page and "src=" not in page
    browser = SealedBrowser()
    assert browser.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl("x.png"))
    browser.deleteLater()


def test_the_guide_escapes_what_a_translation_brings() -> None:
    from rmdesk.ui.guide.guide_text import Block

    page = guide_html([Block("<b>x</b>", ("a & <img src=/etc/passwd>",))])
    assert "<img" not in page and "&lt;img" in page and "&amp;" in page


def window_shortcuts(window: QWidget) -> set[tuple[str, str]]:
    """What the list must show, read independently: every action in the window with a key
    (a section view's own keys with the section's name in front)."""
    expected = set()
    for action in window.findChildren(QAction):
        keys = ", ".join(
            s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()
        )
        if keys and action.property(VIEW_KEYS_PROPERTY) is None:
            expected.add((accessible_label(action.text()), keys))
    return expected


def view_shortcuts(window: QWidget) -> set[tuple[str, str]]:
    """(text, keys) of the open views' own keys."""
    found = set()
    for action in window.findChildren(QAction):
        keys = ", ".join(
            s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()
        )
        if keys and action.property(VIEW_KEYS_PROPERTY) is not None:
            found.add((action.text(), keys))
    return found


def test_the_shortcut_list_is_every_action_with_a_key(
    qtbot: QtBot, make_window: WindowFactory, filled_vault_file: DataPaths
) -> None:
    window = make_window()
    unlock(qtbot, window)
    rows: list[tuple[str, str]] = []
    names: list[str] = []

    def read(dialog: QWidget) -> None:
        assert isinstance(dialog, ShortcutsDialog)
        rows.extend(dialog.rows())
        names.append(dialog.table.accessibleName())
        dialog.close()

    when_modal(read)
    window.help_menu.shortcuts_action.trigger()
    assert names == ["Keyboard shortcuts"]
    assert window_shortcuts(window) <= set(rows)
    for text, keys in view_shortcuts(window):  # the open section's own keys, with its name
        assert any(label.endswith(": " + text) and k == keys for label, k in rows), text
    assert len(rows) == len(set(rows))
    shown = dict(rows)
    assert "F1" in shown["Guide"].split(", ")
    assert shown["Enter shared-screen mode now"] == "F12"
    assert shown["Lock"] == "Ctrl+L"
    assert shown["Reflections (private)"] == "Ctrl+7"
    # Every command of the window's own that has a key is there (the list cannot drift).
    for action in window.actions():
        if not action.shortcut().isEmpty():
            assert accessible_label(action.text()) in shown, action.text()


def test_about_shows_version_licence_data_folder_and_about_qt(
    qtbot: QtBot, make_window: WindowFactory, data_paths: DataPaths
) -> None:
    window = make_window()
    seen: list[str] = []

    def read(dialog: QWidget) -> None:
        assert isinstance(dialog, AboutDialog)
        seen.extend(label.text() for label in dialog.findChildren(QLabel))
        seen.append(dialog.about_qt_button.accessibleName())
        dialog.close()

    when_modal(read)
    window.help_menu.about_action.trigger()
    text = "\n".join(seen)
    assert f"rmdesk {__version__}" in text
    assert "MIT" in text
    assert str(data_paths.root) in text
    assert "About Qt" in text
