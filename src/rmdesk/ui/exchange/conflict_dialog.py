"""Resolve differences: each row changed on both sides, their version beside yours, and a
choice per row. Nothing is chosen for the person: a row left on "Decide later" keeps waiting
(and the menu keeps offering this dialog), and ours stays in place meanwhile.

On a shared screen only the shared scope's differences are listed: a difference from merging
another copy of one's own vault may hold private text and is not even read there.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rmdesk.store.db import Db
from rmdesk.store.errors import VaultError
from rmdesk.store.sync.conflicts import Choice, Conflict, list_conflicts, resolve
from rmdesk.ui.exchange.exchange_dialog import error_words
from rmdesk.ui.exchange.exchange_text import thing
from rmdesk.ui.kit.dialog_fit import size_within_window
from rmdesk.ui.kit.forms import name_buttons

# Columns that identify or bookkeep a row rather than say what it holds.
_HIDDEN_SUFFIXES = ("uuid", "_at", "_id")
_TITLE_KEYS = ("title", "text", "body", "summary", "name", "question", "leader_name")
LATER, MINE, THEIRS = 0, 1, 2
MAX_VALUE = 300


def _shown_keys(mine: dict[str, Any] | None, theirs: dict[str, Any] | None) -> list[str]:
    keys = sorted(set(mine or {}) | set(theirs or {}))
    visible = [k for k in keys if not k.endswith(_HIDDEN_SUFFIXES) and k != "uuid"]
    if mine is None or theirs is None:
        return visible
    differing = [k for k in visible if mine.get(k) != theirs.get(k)]
    titles = [k for k in _TITLE_KEYS if k in visible and k not in differing][:1]
    return titles + differing


def _value(value: object) -> str:
    if isinstance(value, str) and value.startswith("["):
        try:  # a list kept as JSON text (focus areas, expertise)
            items = json.loads(value)
        except ValueError:
            items = None
        if isinstance(items, list):
            value = ", ".join(str(item) for item in items)
    text = "" if value is None else str(value)
    if not text:
        return "–"
    return text if len(text) <= MAX_VALUE else text[:MAX_VALUE] + "…"


def _cell(row: dict[str, Any] | None, keys: list[str], deleted: str) -> str:
    if row is None:
        return deleted
    return "\n".join(f"{key.replace('_', ' ')}: {_value(row.get(key))}" for key in keys)


class ConflictDialog(QDialog):
    def __init__(self, db: Db, *, include_private: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Resolve differences"))
        self.setMinimumWidth(760)
        self.db = db
        self.settled = 0
        self.conflicts: list[Conflict] = list_conflicts(db, None if include_private else "shared")
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "These changed on both sides since you last exchanged. For each, choose "
                "which version to keep; your choice reaches the other person with your next "
                "pack. Rows left on Decide later keep waiting, and your version stays meanwhile."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(self.conflicts), 4, self)
        self.table.setObjectName("conflictTable")
        self.table.setAccessibleName(self.tr("Differences to settle"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("What"),
                self.tr("Theirs"),
                self.tr("Yours"),
                self.tr("Keep"),
            ]
        )
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.choices: list[QComboBox] = []
        for row, conflict in enumerate(self.conflicts):
            self._fill(row, conflict)
        self.table.resizeRowsToContents()
        layout.addWidget(self.table, 1)
        self.status = QLabel(self)
        self.status.setObjectName("conflictStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(self)
        self.apply_button = self.buttons.addButton(
            self.tr("&Keep the chosen versions"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.later_button = self.buttons.addButton(
            self.tr("Decide &later"), QDialogButtonBox.ButtonRole.RejectRole
        )
        name_buttons(self.buttons)
        self.apply_button.clicked.connect(self.apply)
        self.later_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        if not self.conflicts:
            self.status.setText(self.tr("No differences are waiting."))
            self.apply_button.setEnabled(False)
        size_within_window(self, 900, 640)

    def _fill(self, row: int, conflict: Conflict) -> None:
        keys = _shown_keys(conflict.mine, conflict.theirs)
        what = thing(conflict.table) + "\n" + self._source(conflict)
        if conflict.dependents:
            what += "\n" + self.tr(
                "(with %n of their rows that depend on it)", "", len(conflict.dependents)
            )
        cells = (
            what,
            _cell(conflict.theirs, keys, self.tr("(deleted there)")),
            _cell(conflict.mine, keys, self.tr("(deleted here)")),
        )
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            self.table.setItem(row, column, item)
        choice = QComboBox(self.table)
        choice.addItems([self.tr("Decide later"), self.tr("Keep yours"), self.tr("Take theirs")])
        choice.setAccessibleName(self.tr("Keep which version: row {0}").format(row + 1))
        self.table.setCellWidget(row, 3, choice)
        self.choices.append(choice)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Rows as tall as their text wraps at the columns' widths once laid out.
        QTimer.singleShot(0, self, self.table.resizeRowsToContents)

    def _source(self, conflict: Conflict) -> str:
        if conflict.scope == "all":
            return self.tr("from the other copy")
        name = self.db.scalar("SELECT other_name FROM relationship WHERE uuid = ?", (conflict.rel,))
        return self.tr("with {0}").format(name) if name else self.tr("from a pack")

    def choose(self, row: int, which: int) -> None:
        self.choices[row].setCurrentIndex(which)

    def apply(self) -> None:
        """Settle each chosen row; one that cannot be settled stays, with the reason shown."""
        problems: list[str] = []
        for conflict, combo in zip(self.conflicts, self.choices, strict=True):
            index = combo.currentIndex()
            if index == LATER or not combo.isEnabled():
                continue
            choice: Choice = "mine" if index == MINE else "theirs"
            try:
                resolve(self.db, conflict.id, choice)
            except VaultError as error:
                problems.append(thing(conflict.table) + ": " + error_words(error))
                continue
            self.settled += 1
            combo.setEnabled(False)
        if problems:
            self.status.setText("\n".join(problems))
            return
        self.accept()
