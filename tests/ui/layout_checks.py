"""What a person sees as a layout that does not fit: a horizontal scrollbar, a button whose
text is wider than the button, a table header or short cell (a date) cut to "…", a label
cut off at the window's edge."""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QStyle,
    QStyleOptionButton,
    QTableView,
    QTreeView,
    QWidget,
)

SHORT_CELL = 40  # longer texts with digits are content, not dates
ROWS_CHECKED = 30


def _shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window) and widget.width() > 0 and widget.height() > 0


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def horizontal_scrollbars(window: QWidget) -> list[str]:
    found = []
    for area in window.findChildren(QAbstractScrollArea):
        if _shown(area, window) and area.horizontalScrollBar().isVisibleTo(window):
            found.append(f"{type(area).__name__} {area.objectName() or area.accessibleName()!r}")
    return found


def clipped_buttons(window: QWidget) -> list[str]:
    found = []
    for button in window.findChildren(QAbstractButton):
        text = _plain(button.text())
        if not text or not _shown(button, window):
            continue
        option = QStyleOptionButton()
        option.initFrom(button)
        option.text = text
        needed = button.fontMetrics().horizontalAdvance(text)
        if not button.icon().isNull():
            needed += button.iconSize().width() + 4
        room = (
            button.style()
            .subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button)
            .width()
        )
        if type(button).__name__ != "QPushButton":
            room = button.contentsRect().width()
            if room >= needed:
                continue
            # Check boxes and radio buttons: their indicator takes part of the width too.
            hint = button.sizeHint().width()
            if button.width() >= hint:
                continue
        if needed > room:
            found.append(f"{text!r}: needs {needed}px, has {room}px")
    return found


def elided_table_text(window: QWidget) -> list[str]:
    found = []
    for table in window.findChildren(QTableView):
        model = table.model()
        if model is None or not _shown(table, window):
            continue
        header = table.horizontalHeader()
        metrics = table.fontMetrics()
        # The item delegate's text margin: the focus frame's margin plus one, on both sides.
        margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table)
        padding = 2 * (margin + 1)
        for column in range(model.columnCount()):
            if table.isColumnHidden(column) or header.sectionSize(column) == 0:
                continue
            width = header.sectionSize(column)
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            if header.isVisible() and _header_needs(header, title) > width:
                found.append(f"{table.accessibleName()!r} header {title!r} cut at {width}px")
            for row in range(min(model.rowCount(), ROWS_CHECKED)):
                value = model.data(model.index(row, column, QModelIndex()))
                text = "" if value is None else str(value)
                if _is_date_or_time(text):
                    needed = metrics.horizontalAdvance(text) + padding
                    if needed > width:
                        found.append(f"{table.accessibleName()!r} cell {text!r} cut at {width}px")
                        break
    return found


def _header_needs(header: QHeaderView, title: str) -> int:
    # What the header's own size hint asks for the title (text, margins, sort indicator).
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    return header.fontMetrics().horizontalAdvance(title) + 2 * margin


def _is_date_or_time(text: str) -> bool:
    """Dates and times ("9 12 2025 09:30", "2026-03-02", "Tue 8 Dec 09:30"): short texts
    with at least two groups of digits."""
    return 0 < len(text) <= SHORT_CELL and len(re.findall(r"\d+", text)) >= 2


def cut_at_the_right(window: QWidget) -> list[str]:
    """Controls that run past the right edge of a pane (a splitter pane or a tab too narrow
    for what it holds): Qt clips them without any scrollbar."""
    found = []
    kinds = (QAbstractButton, QAbstractItemView, QLineEdit, QComboBox, QAbstractSpinBox)
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, kinds) or not _shown(widget, window):
            continue
        if isinstance(widget.parentWidget(), QAbstractScrollArea):
            continue  # a scroll area's own scrollbars and corner
        right = widget.width()
        child: QWidget = widget
        parent = widget.parentWidget()
        while parent is not None and child is not window:
            right += child.x()
            if isinstance(parent.parentWidget(), QAbstractScrollArea) and (
                parent is parent.parentWidget().viewport()  # type: ignore[union-attr]
            ):
                break  # inside a scroll area: a sideways overflow shows its scrollbar
            if right > parent.width() + 1:
                name = widget.accessibleName() or getattr(widget, "text", lambda: "")()
                found.append(
                    f"{type(widget).__name__} {name!r} runs {right - parent.width()}px "
                    f"past the edge of {type(parent).__name__}"
                )
                break
            child, parent = parent, parent.parentWidget()
    return found


def elided_tree_items(window: QWidget) -> list[str]:
    """Short lines of a tree (the sidebar's names and sections) cut at the tree's right edge;
    long ones (a prompt) may end in "…"."""
    found = []
    for tree in window.findChildren(QTreeView):
        model = tree.model()
        if model is None or not _shown(tree, window):
            continue
        room = tree.viewport().width()
        pending = [QModelIndex()]
        while pending:
            parent = pending.pop()
            for row in range(model.rowCount(parent)):
                index = model.index(row, 0, parent)
                pending.append(index)
                text = str(model.data(index) or "")
                rect = tree.visualRect(index)
                if not text or len(text) > SHORT_CELL or rect.isEmpty():
                    continue
                needed = tree.fontMetrics().horizontalAdvance(text) + 4
                if model.data(index, Qt.ItemDataRole.DecorationRole) is not None:
                    needed += tree.iconSize().width() + 4
                if rect.x() + needed > room:
                    found.append(f"{tree.accessibleName()!r} item {text!r} cut at {room}px")
    return found


def _seen_rect(widget: QWidget, window: QWidget) -> QRect:
    """Where a widget is seen in the window: cut to the viewport of each scroll area it is in
    (a button scrolled below a dialog's scroll area is not drawn over the dialog's buttons)."""
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and parent is area.viewport():
            rect = rect.intersected(QRect(parent.mapTo(window, QPoint(0, 0)), parent.size()))
        parent = area
    return rect


def overlapping_controls(window: QWidget) -> list[str]:
    """Buttons and lists drawn over each other (a wrapped button row squeezed onto a table)."""
    kinds = (QAbstractButton, QAbstractItemView)
    shown = [
        w
        for w in window.findChildren(QWidget)
        if isinstance(w, kinds)
        and not isinstance(w.parentWidget(), QAbstractScrollArea)
        and not isinstance(w, QHeaderView)
        and _shown(w, window)
    ]
    rects = [(w, _seen_rect(w, window)) for w in shown]
    found = []
    for i, (first, first_rect) in enumerate(rects):
        for second, second_rect in rects[i + 1 :]:
            if first.isAncestorOf(second) or second.isAncestorOf(first):
                continue
            if first.window() is not second.window():
                continue
            overlap = first_rect.intersected(second_rect)
            if overlap.width() > 2 and overlap.height() > 2:
                found.append(
                    f"{type(first).__name__} {first.accessibleName()!r} and "
                    f"{type(second).__name__} {second.accessibleName()!r} overlap"
                )
    return found


def layout_problems(window: QWidget) -> list[str]:
    return [
        *(f"horizontal scrollbar: {s}" for s in horizontal_scrollbars(window)),
        *(f"cut off: {s}" for s in cut_at_the_right(window)),
        *(f"clipped button: {s}" for s in clipped_buttons(window)),
        *(f"elided: {s}" for s in elided_table_text(window)),
        *(f"elided: {s}" for s in elided_tree_items(window)),
        *(f"overlap: {s}" for s in overlapping_controls(window)),
    ]
