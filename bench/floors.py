"""Floors measured in the same process and run as the figures they sit next to: the same
Qt work with none of rmdesk in it (a bare table over a trivial 100,000-row model, a bare line
edit that fills a bare list), timed the way bench_app.py times rmdesk."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QListView, QTableView, QVBoxLayout, QWidget

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


class BareModel(QAbstractTableModel):
    def __init__(self, rows: int) -> None:
        super().__init__()
        self._rows = rows

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else 4

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return f"row {index.row()} column {index.column()}"


Spin = Callable[[Callable[[], bool]], None]


def bare_table_window() -> tuple[QWidget, QTableView]:
    window = QWidget()
    table = QTableView(window)
    QVBoxLayout(window).addWidget(table)
    table.setModel(BareModel(100_000))
    window.resize(1100, 720)
    window.show()
    return window, table


def table_floor(painted: dict[int, float], arm: Callable[[], None], spin: Spin) -> float:
    """Build and show a bare table window of 100,000 rows: seconds to its first paint."""
    arm()
    start = time.perf_counter()
    window, table = bare_table_window()
    spin(lambda: id(table.viewport()) in painted)
    took = painted[id(table.viewport())] - start
    window.close()
    window.deleteLater()
    return took


def end_floor(painted: dict[int, float], arm: Callable[[], None], spin: Spin) -> list[float]:
    """Ctrl+End in a bare 100,000-row table: key press to the last row painted."""
    window, table = bare_table_window()
    spin(lambda: True)
    times = []
    for _ in range(5):
        table.setFocus()
        QTest.keyClick(table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
        QApplication.processEvents()
        arm()
        start = time.perf_counter()
        QTest.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        spin(lambda: id(table.viewport()) in painted)
        times.append(painted[id(table.viewport())] - start)
    window.close()
    window.deleteLater()
    return times


def keystroke_floor(
    painted: dict[int, float], arm: Callable[[], None], spin: Spin, words: list[str]
) -> list[float]:
    """A bare line edit whose every change fills a bare list with 50 lines: key press to the
    list painted, typing the same words letter by letter."""
    window = QWidget()
    field = QLineEdit(window)
    results = QListView(window)
    layout = QVBoxLayout(window)
    layout.addWidget(field)
    layout.addWidget(results)
    model = QStringListModel()
    results.setModel(model)
    field.textChanged.connect(
        lambda text: model.setStringList([f"{text} result {n}" for n in range(50)])
    )
    window.resize(620, 600)
    window.show()
    field.setFocus()
    spin(lambda: True)
    times = []
    for word in words:
        for letter in word:
            arm()
            start = time.perf_counter()
            QTest.keyClick(field, letter)
            spin(lambda: id(results.viewport()) in painted)
            times.append(painted[id(results.viewport())] - start)
        field.clear()
    window.close()
    window.deleteLater()
    return times
