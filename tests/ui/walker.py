"""Collect every string the UI holds: the canary walk of docs/security.md.

Walks every live widget (visible or not), every item model reachable from a view or a
completer (all rows, all columns, children, every role), window titles, tooltips, status and
what's-this texts, actions and menus, undo stacks, and the clipboard.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QGuiApplication, QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

ROLES = [int(r) for r in Qt.ItemDataRole] + list(range(int(Qt.ItemDataRole.UserRole), 0x120))


def _column_count(model: QAbstractItemModel, parent: QModelIndex) -> int:
    # List models (QStringListModel, QListWidget's) make columnCount private in PySide6.
    if isinstance(model, QAbstractListModel):
        return 1
    return model.columnCount(parent)


def _model_strings(model: QAbstractItemModel, parent: QModelIndex, depth: int = 0) -> Iterator[str]:
    if depth > 8:
        return
    columns = _column_count(model, parent)
    for row in range(model.rowCount(parent)):
        for column in range(max(1, columns)):
            index = model.index(row, column, parent)
            for role in ROLES:
                value = model.data(index, role)
                if value is not None:
                    yield str(value)
            if column == 0 and model.rowCount(index) > 0:
                yield from _model_strings(model, index, depth + 1)
    for section in range(columns):
        value = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if value is not None:
            yield str(value)


def widget_strings(widget: QWidget) -> Iterator[str]:
    yield widget.windowTitle()
    yield widget.toolTip()
    yield widget.statusTip()
    yield widget.whatsThis()
    yield widget.accessibleName()
    yield widget.accessibleDescription()
    if isinstance(widget, QLabel):
        yield widget.text()
    if isinstance(widget, QAbstractButton):
        yield widget.text()
    if isinstance(widget, QGroupBox):
        yield widget.title()
    if isinstance(widget, QLineEdit):
        yield widget.text()
        yield widget.placeholderText()
        completer = widget.completer()
        if completer is not None and completer.model() is not None:
            yield from _model_strings(completer.model(), QModelIndex())
    if isinstance(widget, QPlainTextEdit):
        yield widget.toPlainText()
        yield widget.placeholderText()
    if isinstance(widget, QTextEdit):
        yield widget.toPlainText()
        yield widget.toHtml()
    if isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield widget.itemText(i)
        if widget.model() is not None:
            yield from _model_strings(widget.model(), QModelIndex())
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        yield from _model_strings(widget.model(), QModelIndex())
    if isinstance(widget, QMainWindow) and widget.statusBar() is not None:
        yield widget.statusBar().currentMessage()
    if isinstance(widget, QMenu):
        yield widget.title()
    for action in widget.findChildren(QAction):
        yield action.text()
        yield action.toolTip()
        yield action.statusTip()
        yield action.whatsThis()
    for stack in widget.findChildren(QUndoStack):
        for i in range(stack.count()):
            yield stack.text(i)


def all_ui_strings() -> list[str]:
    strings: list[str] = []
    for widget in QApplication.allWidgets():
        strings.extend(s for s in widget_strings(widget) if s)
    for window in QGuiApplication.topLevelWindows():
        strings.append(window.title())
    strings.append(QGuiApplication.clipboard().text())
    return strings


def find_canaries(canaries: list[str]) -> list[str]:
    """Every canary that appears anywhere in the UI (empty when the UI is clean)."""
    haystack = "\n".join(all_ui_strings())
    return [c for c in canaries if c in haystack]
