"""Search results for the journal: a small list model and a delegate that bolds the matches.

Matched words arrive as structured spans (``SnippetSpan``), never as markup. The delegate
lays them out in a QTextLayout: the text is set as plain text and the matches get bold
format ranges, so nothing a person wrote is ever interpreted as HTML.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QPainter, QPalette, QTextCharFormat, QTextLayout, QTextOption
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from rmdesk.privacy.display_text import neutralise
from rmdesk.store.repositories.reflection_query import SearchHit, SnippetSpan

ROLE_ID = Qt.ItemDataRole.UserRole
ROLE_SPANS = Qt.ItemDataRole.UserRole + 1
ROLE_HEADING = Qt.ItemDataRole.UserRole + 2
ROLE_ROW = Qt.ItemDataRole.UserRole + 3
LINE_BREAK = "\u2028"  # a line break inside one paragraph (Qt's QChar.LineSeparator)
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invalid index: the (only) parent of a flat model's rows


@dataclass(frozen=True, slots=True)
class ResultRow:
    reflection_id: int
    heading: str  # date and tags
    spans: tuple[SnippetSpan, ...]

    @property
    def plain(self) -> str:
        return "".join(span.text for span in self.spans)


def result_row(hit: SearchHit, heading: str) -> ResultRow:
    spans = tuple(SnippetSpan(neutralise(s.text), s.highlighted) for s in hit.spans)
    return ResultRow(hit.reflection_id, heading, spans)


class SearchResultsModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ResultRow] = []

    def set_rows(self, rows: list[ResultRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def remove(self, reflection_id: int) -> None:
        for row, found in enumerate(self._rows):
            if found.reflection_id == reflection_id:
                self.beginRemoveRows(ROOT, row, row)
                del self._rows[row]
                self.endRemoveRows()
                return

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        # Public here (QAbstractListModel keeps it private), so anything may ask.
        return 0 if parent.isValid() else 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.heading}\n{row.plain}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return QCoreApplication.translate("SearchResults", "{0}: {1}").format(
                row.heading, row.plain
            )
        if role == ROLE_ID:
            return row.reflection_id
        if role == ROLE_HEADING:
            return row.heading
        if role == ROLE_SPANS:
            return row.spans
        if role == ROLE_ROW:
            return row
        return None

    def reflection_id(self, row: int) -> int | None:
        return self._rows[row].reflection_id if 0 <= row < len(self._rows) else None


def _utf16_length(text: str) -> int:
    """Qt counts text positions in UTF-16 units (an emoji is two)."""
    return len(text.encode("utf-16-le")) // 2


def snippet_layout(heading: str, spans: tuple[SnippetSpan, ...], font: QFont) -> QTextLayout:
    """The heading in italics, a line break, the snippet with its matches in bold: one text
    layout with format ranges (text set, never parsed)."""
    text = heading + LINE_BREAK + "".join(span.text for span in spans)
    layout = QTextLayout(text, font)
    italic = QTextCharFormat()
    italic.setFontItalic(True)
    bold = QTextCharFormat()
    bold.setFontWeight(QFont.Weight.Bold)
    formats = [_format_range(0, _utf16_length(heading), italic)]
    position = _utf16_length(heading) + 1
    for span in spans:
        length = _utf16_length(span.text)
        if span.highlighted:
            formats.append(_format_range(position, length, bold))
        position += length
    layout.setFormats(formats)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    return layout


def _format_range(start: int, length: int, text_format: QTextCharFormat) -> QTextLayout.FormatRange:
    found = QTextLayout.FormatRange()
    found.start, found.length, found.format = start, length, text_format
    return found


class SnippetDelegate(QStyledItemDelegate):
    """Paints a result as its heading and up to two lines of snippet. The laid-out text of
    each row is kept until the rows change (``forget``): a repaint only draws."""

    LINES = 3
    MARGIN = 4

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._layouts: dict[tuple[int, int], QTextLayout] = {}

    def forget(self) -> None:
        self._layouts.clear()

    def _layout(self, row: ResultRow, font: QFont, width: int) -> QTextLayout:
        key = (id(row), width)
        layout = self._layouts.get(key)
        if layout is None:
            layout = snippet_layout(row.heading, row.spans, font)
            layout.beginLayout()
            top = 0.0
            for _ in range(self.LINES):
                line = layout.createLine()
                if not line.isValid():
                    break
                line.setLineWidth(width)
                line.setPosition(QPointF(0, top))
                top += line.height()
            layout.endLayout()
            self._layouts[key] = layout
        return layout

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        widget: QWidget | None = option.widget
        style = widget.style() if widget is not None else None
        text_option = QStyleOptionViewItem(option)
        text_option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, text_option, painter, widget)
        row = index.data(ROLE_ROW)
        if not isinstance(row, ResultRow):
            return
        rect = option.rect
        layout = self._layout(row, option.font, max(1, rect.width() - 2 * self.MARGIN))
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setClipRect(rect)
        painter.setPen(option.palette.color(role))
        layout.draw(painter, QPointF(rect.left() + self.MARGIN, rect.top() + self.MARGIN))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        metrics = option.fontMetrics
        return QSize(200, metrics.lineSpacing() * self.LINES + 12)
