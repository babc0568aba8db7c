"""Empty every widget under a root: used on lock and when leaving a visibility mode.

Generic on purpose: a view added later is wiped without having to remember to.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)


def wipe_widget_tree(root: QWidget) -> None:
    for stack in root.findChildren(QUndoStack):
        stack.clear()
    widgets: list[QWidget] = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        widget.setToolTip("")
        widget.setStatusTip("")
        widget.setWhatsThis("")
        if isinstance(widget, QLineEdit):
            widget.setText("")
            widget.setPlaceholderText("")
            widget.setCompleter(None)  # type: ignore[arg-type]
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            # clear() would keep the undo history, which still holds the text.
            widget.setUndoRedoEnabled(False)
            widget.clear()
        elif isinstance(widget, QLabel | QComboBox):
            widget.clear()
        elif isinstance(widget, QAbstractButton):
            widget.setText("")
        elif isinstance(widget, QTreeWidget | QTableWidget | QListWidget):
            widget.clear()  # their setModel is private: they own their model
        elif isinstance(widget, QAbstractItemView):
            widget.setModel(None)
