"""Every interactive widget has an accessible name; every section has a keyboard path."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from rmdesk.domain.sections import Section
from rmdesk.paths import DataPaths
from rmdesk.ui.relationships.relationship_dialog import RelationshipDialog
from tests.ui.conftest import WindowFactory, unlock

INTERACTIVE = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)


def unnamed_interactive_widgets(root: QWidget) -> list[str]:
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(root):
            continue
        # Internal parts of composite widgets (scroll bars, header views, the spin box's
        # line edit) are named by Qt or by their owner.
        if widget.objectName().startswith("qt_") or type(widget).__name__ in {
            "QScrollBar",
            "QHeaderView",
        }:
            continue
        if isinstance(widget, QLineEdit) and isinstance(
            widget.parentWidget(), QAbstractSpinBox | QComboBox
        ):
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface is not None else ""
        if not (widget.accessibleName() or name):
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_entry_pages_and_workspace_name_every_control(
    qtbot: QtBot, make_window: WindowFactory, filled_vault_file: DataPaths
) -> None:
    window = make_window()
    assert unnamed_interactive_widgets(window.unlock_page) == []
    assert unnamed_interactive_widgets(window.welcome_page) == []
    unlock(qtbot, window)
    assert window.workspace is not None
    for section in Section:
        window.workspace.select_section(section)
        QApplication.processEvents()
        assert unnamed_interactive_widgets(window) == [], section


def test_relationship_dialog_names_every_control(
    qtbot: QtBot, make_window: WindowFactory, filled_vault_file: DataPaths
) -> None:
    window = make_window()
    unlock(qtbot, window)
    assert window.workspace is not None
    relationship = window.workspace.current_relationship()
    assert relationship is not None and relationship.id is not None
    assert window.workspace.data.private is not None
    candidates = window.workspace.data.private.candidates.list_for_relationship(
        relationship.id, include_private=True
    )
    dialog = RelationshipDialog(relationship, candidates, include_private=True, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed_interactive_widgets(dialog) == []
    dialog.reject()


def test_every_section_and_command_has_a_shortcut(
    qtbot: QtBot, make_window: WindowFactory, filled_vault_file: DataPaths
) -> None:
    window = make_window()
    unlock(qtbot, window)
    for action in (
        window.lock_action,
        window.share_action,
        window.panic_action,
        window.relationships.new_action,
        window.relationships.edit_action,
        *window.section_actions,
    ):
        assert not action.shortcut().isEmpty(), action.text()
