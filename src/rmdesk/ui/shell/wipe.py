"""Empty every widget under a root: used on lock and when leaving a visibility mode.

Generic on purpose: a view added later is wiped without having to remember to.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
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

from rmdesk.ui.kit.worker import BackgroundCall


def wipe_widget_tree(root: QWidget) -> None:
    """Empty ``root`` and everything under it, with every signal blocked.

    Blocked because a view that saves on ``textChanged`` would otherwise write the emptied
    fields into the vault: the tree is being discarded, nothing may react to the wipe.
    """
    objects: list[QObject] = [root, *root.findChildren(QObject)]
    for obj in objects:
        if not isinstance(obj, BackgroundCall):  # it must still hear its thread finish
            obj.blockSignals(True)
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
            model = widget.model()
            # Our own models may cache rows in Python (the paged reflections list): empty them
            # now rather than whenever the garbage collector gets to them.
            clear = getattr(model, "clear", None)
            if callable(clear) and type(model).__module__.startswith("rmdesk."):
                clear()
            widget.setModel(None)
