"""Every text a person sees in a window, keyed by where it is, so that the same window built in
English and in a translation can be compared place by place; and labels cut short."""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6 import QtGui
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)

ROWS = 30
Place = tuple[str, ...]


def _path(widget: QWidget, window: QWidget) -> Place:
    """Where a widget sits: the classes and sibling numbers from the window down (the same
    window built in another language has the same tree)."""
    steps: list[str] = []
    current: QWidget | None = widget
    while current is not None and current is not window:
        parent = current.parentWidget()
        if parent is None:
            break
        same = [
            c
            for c in parent.findChildren(
                type(current), options=Qt.FindChildOption.FindDirectChildrenOnly
            )
        ]
        name = current.objectName()
        steps.append(
            f"{type(current).__name__}#{name}"
            if name
            else f"{type(current).__name__}[{same.index(current)}]"
        )
        current = parent
    return tuple(reversed(steps))


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    # List models make columnCount private in PySide6.
    return 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)


def _model_texts(view: QAbstractItemView) -> Iterator[tuple[str, str]]:
    model = view.model()
    if model is None:
        return
    for column in range(_columns(model, QModelIndex())):
        for role, kind in (
            (Qt.ItemDataRole.DisplayRole, "header"),
            (Qt.ItemDataRole.ToolTipRole, "header tip"),
        ):
            value = model.headerData(column, Qt.Orientation.Horizontal, role)
            if isinstance(value, str):
                yield f"{kind} {column}", value
    pending = [QModelIndex()]
    while pending:
        parent = pending.pop()
        for row in range(min(model.rowCount(parent), ROWS)):
            for column in range(max(1, _columns(model, parent))):
                index = model.index(row, column, parent)
                for role, kind in (
                    (Qt.ItemDataRole.DisplayRole, "cell"),
                    (Qt.ItemDataRole.ToolTipRole, "cell tip"),
                    (Qt.ItemDataRole.AccessibleTextRole, "cell name"),
                ):
                    value = model.data(index, role)
                    if isinstance(value, str):
                        yield f"{kind} {row},{column}", value
                if column == 0 and model.rowCount(index) > 0:
                    pending.append(index)


def _widget_texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    yield "tooltip", widget.toolTip()
    yield "accessible name", widget.accessibleName()
    yield "accessible description", widget.accessibleDescription()
    if isinstance(widget, QLabel):
        yield "label", widget.text()
    elif isinstance(widget, QAbstractButton):
        yield "button", widget.text()
    elif isinstance(widget, QGroupBox):
        yield "group", widget.title()
    elif isinstance(widget, QTabBar):
        for i in range(widget.count()):
            yield f"tab {i}", widget.tabText(i)
            yield f"tab tip {i}", widget.tabToolTip(i)
    elif isinstance(widget, QLineEdit | QPlainTextEdit):
        yield "placeholder", widget.placeholderText()
    elif isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield f"choice {i}", widget.itemText(i)
    if (
        isinstance(widget, QAbstractItemView)
        and not isinstance(widget.parentWidget() or widget, QComboBox | QHeaderView)
        and not isinstance(widget, QHeaderView)
    ):
        yield from _model_texts(widget)


def _menu_texts(menu: QMenu, place: Place) -> Iterator[tuple[Place, str]]:
    yield (*place, "title"), menu.title()
    for number, action in enumerate(menu.actions()):
        yield from _action_texts(action, (*place, f"item {number}"))


def _action_texts(action: QAction, place: Place) -> Iterator[tuple[Place, str]]:
    if action.isSeparator() or not action.isVisible():
        return
    yield (*place, "text"), action.text()
    if action.toolTip() != action.text().replace("&", "").removesuffix("…"):
        yield (*place, "tooltip"), action.toolTip()
    if action.menu() is not None:
        yield from _menu_texts(action.menu(), place)


def visible_texts(window: QWidget) -> dict[Place, str]:
    """Place → text for everything shown in ``window`` (its menu bar included)."""
    found: dict[Place, str] = {("window title",): window.windowTitle()}
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.window() is not window:
            continue
        place = _path(widget, window)
        for kind, text in _widget_texts(widget):
            if text:
                found[(*place, kind)] = text
    if isinstance(window, QMainWindow) and window.menuBar().isVisibleTo(window):
        for number, action in enumerate(window.menuBar().actions()):
            found.update(dict(_action_texts(action, ("menu bar", str(number)))))
    return {place: text for place, text in found.items() if text}


def plain(text: str) -> str:
    """What is read: no mnemonic '&', no markup."""
    if QtGui.Qt.mightBeRichText(text):
        document = QTextDocument()
        document.setHtml(text)
        text = document.toPlainText()
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def clipped_labels(window: QWidget) -> list[str]:
    """Labels of one line (no word wrap) whose text is wider than the label: Qt cuts them."""
    found = []
    for label in window.findChildren(QLabel):
        if not label.isVisibleTo(window) or label.wordWrap() or label.width() <= 0:
            continue
        text = label.text()
        if (
            not text
            or QtGui.Qt.mightBeRichText(text)
            or "\n" in text
            or not label.pixmap().isNull()
        ):
            continue
        needed = label.fontMetrics().horizontalAdvance(plain(text))
        room = (
            label.contentsRect().width() - 2 * label.margin() - label.indent()
            if label.indent() > 0
            else label.contentsRect().width() - 2 * label.margin()
        )
        if needed > room + 1:
            found.append(f"label {plain(text)[:60]!r}: needs {needed}px, has {room}px")
    return found


HAS_LETTERS = re.compile(r"[^\W\d_]{2,}")
