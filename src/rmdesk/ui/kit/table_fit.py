"""Tables whose short columns (dates, statuses, lengths) are always read whole: those columns
size to their contents, one column takes the rest, and the table asks its layout for enough
width to show them all (so a narrow pane stacks or scrolls vertically instead of showing
"9 12…" or a horizontal scrollbar)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QHeaderView, QStyle, QTableView
from shiboken6 import isValid

STRETCH_MIN_CHARS = 12


def keep_columns_readable(
    table: QTableView,
    stretch: int | Sequence[int],
    *,
    stretch_fits_contents: bool = False,
    cut: Sequence[int] = (),
) -> None:
    """``stretch``: the column(s) that share the remaining width (a title, a description);
    ``stretch_fits_contents``: they, too, must never be cut (the meeting's date); ``cut``:
    columns of free text that may end in "…" at a modest fixed width (a goal's title)."""
    model = table.model()
    header = table.horizontalHeader()
    stretching = {stretch} if isinstance(stretch, int) else set(stretch)
    modest = table.fontMetrics().horizontalAdvance("x") * STRETCH_MIN_CHARS
    for column in range(model.columnCount()):
        if column in stretching:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        elif column in cut:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, max(modest, header.sectionSizeHint(column)))
        else:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def update() -> None:
        if not isValid(table):  # a table widget's own model outlives it by a moment
            return
        width = 0
        for column in range(model.columnCount()):
            if table.isColumnHidden(column):
                continue
            title = header.sectionSizeHint(column)
            if column in cut or (column in stretching and not stretch_fits_contents):
                needed = max(title, modest)
            else:
                needed = max(title, table.sizeHintForColumn(column))
            width += needed
        style = table.style()
        width += 2 * table.frameWidth()
        width += style.pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, table)
        table.setMinimumWidth(width)

    for signal in (model.modelReset, model.rowsInserted, model.dataChanged, model.layoutChanged):
        signal.connect(update)
    update()
