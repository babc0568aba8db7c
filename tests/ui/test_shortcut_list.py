"""Help > Keyboard shortcuts lists every key of the window and of every section view (open
or not), the live session's included: read here from the widgets themselves, section by
section, and compared with the list."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from rmdesk.paths import DataPaths
from rmdesk.ui.guide.help_dialogs import ShortcutsDialog, shortcut_rows
from rmdesk.ui.kit.forms import accessible_label
from rmdesk.ui.kit.view_keys import CATALOGUE, VIEW_KEYS_PROPERTY
from rmdesk.ui.meetings.meetings_view import MeetingsView
from tests.ui.conftest import WindowFactory, unlock
from tests.ui.section_walk import each_section


def keys_of(sequences: list[QKeySequence]) -> str:
    return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences)


def keyed_under(root: QWidget) -> set[tuple[str, str, bool]]:
    """(text, keys, is a view's own) of every action and shortcut under ``root`` with a key."""
    found = set()
    for action in root.findChildren(QAction):
        keys = keys_of(action.shortcuts())
        if keys:
            own = action.property(VIEW_KEYS_PROPERTY) is not None
            found.add((accessible_label(action.text()), keys, own))
    for shortcut in root.findChildren(QShortcut):
        keys = keys_of(shortcut.keys())
        if keys:
            found.add((shortcut.whatsThis() or shortcut.objectName(), keys, False))
    return found


def test_every_key_of_every_section_is_on_the_list(
    qtbot: QtBot, make_window: WindowFactory, filled_vault_file: DataPaths
) -> None:
    window = make_window()
    unlock(qtbot, window)
    rows = shortcut_rows(window)
    assert len(rows) == len(set(rows))
    listed = set(rows)
    seen: set[tuple[str, str, bool]] = set()
    for _section, view in each_section(window):
        seen |= keyed_under(window)
        if isinstance(view, MeetingsView):
            view.start_session()
            assert view.live is not None
            seen |= keyed_under(window)
            view.live.leave()
    own = {(text, keys) for text, keys, is_own in seen if is_own}
    assert len(own) >= 15  # goals, agreement, agenda, live session, journal
    for text, keys, is_own in seen:
        if is_own:
            assert any(label.endswith(": " + text) and k == keys for label, k in rows), text
        else:
            assert (text, keys) in listed, text
    # Nothing listed that no widget has: every catalogue entry was met in a view.
    assert {(entry.what_text(), entry.keys_text()) for entry in CATALOGUE} == own
    for label in ("Ctrl+F", "Alt+Up", "Alt+Down", "Alt+Right", "Ctrl+T"):
        assert any(k == label for _l, k in rows), label


def test_the_dialog_shows_the_rows(
    qtbot: QtBot, make_window: WindowFactory, filled_vault_file: DataPaths
) -> None:
    window = make_window()
    unlock(qtbot, window)
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.rows() == shortcut_rows(window)
    assert dialog.table.rowCount() == len(dialog.rows())
