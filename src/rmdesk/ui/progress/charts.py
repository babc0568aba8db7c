"""Small charts painted with QPainter: dated lines and paired monthly bars.

No Qt Charts (deprecated) and no hex colours: every colour comes from the widget's palette,
so a chart follows light and dark themes. Series are told apart by colour *and* by line
style and marker shape, so they stay readable for people who do not see the colours.
A gap in a series (a skipped answer) is left as a gap: never drawn as a low value.
The same numbers are in the Progress view's table, for screen readers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from rmdesk.domain.progress import Chart, ChartShape

# Palette roles the series take their colours from, in order.
# Ordered so the first three (most charts have three series) differ most in every theme.
SERIES_ROLES: tuple[QPalette.ColorRole, ...] = (
    QPalette.ColorRole.Highlight,
    QPalette.ColorRole.LinkVisited,
    QPalette.ColorRole.Text,
    QPalette.ColorRole.Link,
    QPalette.ColorRole.Accent,
    QPalette.ColorRole.PlaceholderText,
)
PEN_STYLES = (
    Qt.PenStyle.SolidLine,
    Qt.PenStyle.DashLine,
    Qt.PenStyle.DotLine,
    Qt.PenStyle.DashDotLine,
)
MARKERS = ("circle", "square", "triangle", "diamond")
MARGIN = 8.0
MARKER_RADIUS = 3.5


def series_color(palette: QPalette, index: int) -> QColor:
    return palette.color(QPalette.ColorGroup.Active, SERIES_ROLES[index % len(SERIES_ROLES)])


def series_pen(palette: QPalette, index: int) -> QPen:
    pen = QPen(series_color(palette, index))
    pen.setWidthF(2.0)
    pen.setStyle(PEN_STYLES[index % len(PEN_STYLES)])
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


@dataclass(frozen=True, slots=True)
class ChartTexts:
    """What the chart writes, already translated by its owner."""

    title: str
    series_labels: tuple[str, ...]
    empty: str
    format_day: Callable[[date], str]
    format_month: Callable[[date], str]


class ChartWidget(QWidget):
    """One chart; ``set_chart`` gives it data and words, ``paintEvent`` draws it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(210)
        self.chart: Chart | None = None
        self.texts: ChartTexts | None = None

    def sizeHint(self) -> QSize:
        return QSize(420, 240)

    def set_chart(self, chart: Chart, texts: ChartTexts) -> None:
        self.chart = chart
        self.texts = texts
        self.setAccessibleName(texts.title)
        self.setAccessibleDescription(
            self.tr("{0}: {1}. The Table tab lists the same numbers.").format(
                texts.title, ", ".join(texts.series_labels)
            )
        )
        self.update()

    def pens(self) -> list[QPen]:
        """The pen of each series, as painted (for tests and the legend)."""
        count = len(self.chart.series) if self.chart else 0
        return [series_pen(self.palette(), i) for i in range(count)]

    # -- painting --------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        palette = self.palette()
        frame = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1.0))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(frame, 4, 4)
        if self.chart is None or self.texts is None:
            return
        title_font = QFont(self.font())
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        title_height = QFontMetricsF(title_font).height()
        painter.drawText(
            QRectF(MARGIN, MARGIN, frame.width() - 2 * MARGIN, title_height),
            Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextSingleLine,
            self.texts.title,
        )
        painter.setFont(self.font())
        top = MARGIN + title_height + 4
        top = self._paint_legend(painter, top, frame.width())
        metrics = QFontMetricsF(self.font())
        axis_width = metrics.horizontalAdvance("100") + 6
        # Half a line of room above the plot for the top tick's label.
        top += metrics.height() / 2 + 2
        plot = QRectF(
            MARGIN + axis_width,
            top,
            frame.width() - 2 * MARGIN - axis_width - 6,
            frame.height() - top - MARGIN - metrics.height() - 4,
        )
        if plot.width() < 20 or plot.height() < 20:
            return
        if self.chart.is_empty:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.texts.empty)
            return
        self._paint_y_axis(painter, plot)
        if self.chart.shape is ChartShape.BARS:
            self._paint_bars(painter, plot)
        else:
            self._paint_lines(painter, plot)

    def _paint_legend(self, painter: QPainter, top: float, width: float) -> float:
        assert self.chart is not None and self.texts is not None
        metrics = QFontMetricsF(self.font())
        x, line_height = MARGIN, metrics.height() + 2
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        for index, label in enumerate(self.texts.series_labels):
            entry = 28 + metrics.horizontalAdvance(label) + 14
            if x + entry > width - MARGIN and x > MARGIN:
                x, top = MARGIN, top + line_height
            middle = QPointF(x + 12, top + line_height / 2)
            self._swatch(painter, index, middle)
            painter.setPen(self.palette().color(QPalette.ColorRole.Text))
            painter.drawText(
                QRectF(x + 28, top, entry, line_height), Qt.AlignmentFlag.AlignVCenter, label
            )
            x += entry
        return top + line_height

    def _swatch(self, painter: QPainter, index: int, middle: QPointF) -> None:
        assert self.chart is not None
        pen = series_pen(self.palette(), index)
        if self.chart.shape is ChartShape.BARS:
            self._bar_style(painter, index)
            painter.drawRect(QRectF(middle.x() - 6, middle.y() - 5, 12, 10))
            return
        painter.setPen(pen)
        painter.drawLine(QPointF(middle.x() - 11, middle.y()), QPointF(middle.x() + 11, middle.y()))
        self._marker(painter, index, middle)

    def _y(self, plot: QRectF, value: float) -> float:
        assert self.chart is not None
        span = (self.chart.y_max - self.chart.y_min) or 1.0
        return plot.bottom() - (value - self.chart.y_min) / span * plot.height()

    def _y_ticks(self) -> list[float]:
        assert self.chart is not None
        low, high = self.chart.y_min, self.chart.y_max
        if high - low <= 5:
            return [low + i for i in range(int(high - low) + 1)]
        step = max(1.0, round((high - low) / 4))
        ticks, value = [], low
        while value <= high + 1e-9:
            ticks.append(value)
            value += step
        return ticks

    def _paint_y_axis(self, painter: QPainter, plot: QRectF) -> None:
        palette = self.palette()
        grid = QPen(palette.color(QPalette.ColorRole.Mid), 1.0, Qt.PenStyle.DotLine)
        metrics = QFontMetricsF(self.font())
        for tick in self._y_ticks():
            y = self._y(plot, tick)
            painter.setPen(grid)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            label = f"{tick:g}"
            painter.drawText(
                QRectF(
                    MARGIN, y - metrics.height() / 2, plot.left() - MARGIN - 4, metrics.height()
                ),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )

    def _x_label(
        self, painter: QPainter, plot: QRectF, x: float, text: str, align_left: bool | None
    ) -> None:
        """A date under the plot: starting at ``x``, ending at it, or (None) centred."""
        metrics = QFontMetricsF(self.font())
        width = metrics.horizontalAdvance(text) + 2
        left = x if align_left else x - width if align_left is False else x - width / 2
        left = max(MARGIN, min(left, self.width() - MARGIN - width))
        painter.drawText(
            QRectF(left, plot.bottom() + 4, width, metrics.height()),
            Qt.AlignmentFlag.AlignCenter,
            text,
        )

    def _paint_lines(self, painter: QPainter, plot: QRectF) -> None:
        assert self.chart is not None and self.texts is not None
        days = [p.day for s in self.chart.series for p in s.points]
        first, last = min(days), max(days)
        span = max(1, (last - first).days)

        def x_of(day: date) -> float:
            if first == last:
                return plot.center().x()
            return plot.left() + (day - first).days / span * plot.width()

        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        self._x_label(painter, plot, x_of(first), self.texts.format_day(first), True)
        if last != first:
            self._x_label(painter, plot, x_of(last), self.texts.format_day(last), False)
        for index, series in enumerate(self.chart.series):
            painter.setPen(series_pen(self.palette(), index))
            previous: QPointF | None = None
            for point in series.points:
                if point.value is None:
                    previous = None  # a gap, not a dip
                    continue
                here = QPointF(x_of(point.day), self._y(plot, point.value))
                if previous is not None:
                    painter.drawLine(previous, here)
                previous = here
            for point in series.points:
                if point.value is not None:
                    self._marker(
                        painter, index, QPointF(x_of(point.day), self._y(plot, point.value))
                    )

    def _bar_style(self, painter: QPainter, index: int) -> None:
        color = series_color(self.palette(), index)
        painter.setPen(QPen(color, 1.5))
        if index == 0:
            painter.setBrush(Qt.BrushStyle.NoBrush)  # the plan: an outline
        else:
            painter.setBrush(color)  # what happened: filled

    def _paint_bars(self, painter: QPainter, plot: QRectF) -> None:
        assert self.chart is not None and self.texts is not None
        slots: Sequence[date] = [p.day for p in self.chart.series[0].points]
        if not slots:
            return
        slot_width = plot.width() / len(slots)
        count = len(self.chart.series)
        bar_width = max(2.0, slot_width * 0.8 / count)
        label_every = max(1, int(len(slots) / max(1, plot.width() / 60)))
        for slot, day in enumerate(slots):
            left = plot.left() + slot * slot_width + slot_width * 0.1
            for index, series in enumerate(self.chart.series):
                value = series.points[slot].value
                if value is None or value <= 0:
                    continue
                top = self._y(plot, value)
                self._bar_style(painter, index)
                painter.drawRect(
                    QRectF(left + index * bar_width, top, bar_width - 1, plot.bottom() - top)
                )
            if slot % label_every == 0:
                painter.setPen(self.palette().color(QPalette.ColorRole.Text))
                self._x_label(
                    painter, plot, left + slot_width * 0.4, self.texts.format_month(day), None
                )
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _marker(self, painter: QPainter, index: int, at: QPointF) -> None:
        color = series_color(self.palette(), index)
        painter.save()
        painter.setPen(QPen(color, 1.5))
        painter.setBrush(color)
        r = MARKER_RADIUS
        shape = MARKERS[index % len(MARKERS)]
        if shape == "circle":
            painter.drawEllipse(at, r, r)
        elif shape == "square":
            painter.drawRect(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r))
        elif shape == "triangle":
            painter.drawPolygon(
                [
                    QPointF(at.x(), at.y() - r - 1),
                    QPointF(at.x() - r - 1, at.y() + r),
                    QPointF(at.x() + r + 1, at.y() + r),
                ]
            )
        else:
            painter.drawPolygon(
                [
                    QPointF(at.x(), at.y() - r - 1),
                    QPointF(at.x() + r + 1, at.y()),
                    QPointF(at.x(), at.y() + r + 1),
                    QPointF(at.x() - r - 1, at.y()),
                ]
            )
        painter.restore()
