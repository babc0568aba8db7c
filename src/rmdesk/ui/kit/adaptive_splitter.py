"""Two panes side by side when there is room, one above the other when there is not.

A section sits in a scroll area that gives it at least its minimum width; a horizontal
splitter would ask for the sum of its panes' minimums and push a narrow window into a
horizontal scrollbar (or the journal's editor off-screen). This splitter asks only for the
widest pane and stacks the panes when its width is below what side by side needs.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSplitter, QWidget


def _minimum_width(widget: QWidget) -> int:
    return max(widget.minimumWidth(), widget.minimumSizeHint().width())


class AdaptiveSplitter(QSplitter):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setChildrenCollapsible(False)

    def _panes(self) -> list[QWidget]:
        panes = (self.widget(i) for i in range(self.count()))
        return [pane for pane in panes if pane is not None and not pane.isHidden()]

    def side_by_side_width(self) -> int:
        panes = self._panes()
        return sum(_minimum_width(p) for p in panes) + self.handleWidth() * max(0, len(panes) - 1)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        stacked = max((_minimum_width(p) for p in self._panes()), default=0)
        return QSize(stacked, hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.fit(event.size().width())
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        # A pane asked for more room (a table filled with rows, a longer date): decide again.
        if event.type() == QEvent.Type.LayoutRequest:
            self.fit(self.width())
        return super().event(event)

    def fit(self, width: int) -> None:
        wanted = (
            Qt.Orientation.Horizontal
            if width >= self.side_by_side_width()
            else Qt.Orientation.Vertical
        )
        if wanted != self.orientation():
            self.setOrientation(wanted)
            if wanted == Qt.Orientation.Vertical:
                # Stacked: each pane the height it would like (a list keeps its rows).
                panes = (self.widget(i) for i in range(self.count()))
                self.setSizes([p.sizeHint().height() if p else 0 for p in panes])
