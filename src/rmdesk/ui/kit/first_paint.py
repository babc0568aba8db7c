"""Run something once a widget has been painted for the first time.

Work that only completes what is already on screen (a row count for the scroll bar, say)
should not compete with the first paint for the two cores and the GIL: started after it,
the user sees the window as soon as it is built.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, then: Callable[[], object]) -> None:
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # The filter sees the event before the widget paints: run after it has painted.
            QTimer.singleShot(0, self._run)
        return False

    def _run(self) -> None:
        then = self._then
        self.deleteLater()
        then()


def after_first_paint(widget: QWidget, then: Callable[[], object]) -> None:
    """Call ``then`` once, on the UI thread, after ``widget``'s first paint (never if the
    widget goes before it is painted)."""
    _FirstPaint(widget, then)
