"""A combo box's choices as one read-only model, built in one step however many there are.

A relationship may have 2,000 meetings, and the journal offers them in three combo boxes.
``QComboBox.addItem`` one by one costs a row insertion and its signals per item (3–8 ms per
combo at unlock with 2,031 items, bench/RESULTS.md); a model over the list costs nothing until
the popup draws the rows it shows.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QWidget

Index = QModelIndex | QPersistentModelIndex

_TEXT_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.EditRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.AccessibleTextRole,
)


class ChoiceModel(QAbstractListModel):
    """Rows of (label, value): the label shown, the value as ``Qt.UserRole`` (what
    ``QComboBox.currentData`` and ``findData`` read)."""

    def __init__(self, rows: Sequence[tuple[str, object]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows = tuple(rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        label, value = self._rows[index.row()]
        if role in _TEXT_ROLES:
            return label
        if role == Qt.ItemDataRole.UserRole:
            return value
        return None


def choice_combo(rows: Sequence[tuple[str, object]], parent: QWidget | None = None) -> QComboBox:
    """A combo box over ``rows`` (the model belongs to the combo)."""
    combo = QComboBox(parent)
    combo.setModel(ChoiceModel(rows, combo))
    return combo
