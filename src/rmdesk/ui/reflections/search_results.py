"""Search results for the journal: a small list model and a delegate that bolds the matches.

Matched words arrive as structured spans (``SnippetSpan``), never as markup. The delegate
lays them out in a QTextDocument by inserting each span as plain text with a bold or normal
QTextCharFormat, so nothing a person wrote is ever interpreted as HTML.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QPainter, QPalette, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from rmdesk.privacy.display_text import neutralise
from rmdesk.store.repositories.reflection_query import SearchHit, SnippetSpan

ROLE_ID = Qt.ItemDataRole.UserRole
ROLE_SPANS = Qt.ItemDataRole.UserRole + 1
ROLE_HEADING = Qt.ItemDataRole.UserRole + 2
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
        return None

    def reflection_id(self, row: int) -> int | None:
        return self._rows[row].reflection_id if 0 <= row < len(self._rows) else None


def snippet_document(heading: str, spans: tuple[SnippetSpan, ...], font: QFont) -> QTextDocument:
    """A heading line and the snippet with its matches in bold: text inserted, not parsed."""
    document = QTextDocument()
    document.setDefaultFont(font)
    document.setDocumentMargin(4)
    cursor = QTextCursor(document)
    heading_format = QTextCharFormat()
    heading_format.setFontItalic(True)
    cursor.insertText(heading, heading_format)
    cursor.insertBlock()
    plain, bold = QTextCharFormat(), QTextCharFormat()
    plain.setFontWeight(QFont.Weight.Normal)
    bold.setFontWeight(QFont.Weight.Bold)
    for span in spans:
        cursor.insertText(span.text, bold if span.highlighted else plain)
    return document


class SnippetDelegate(QStyledItemDelegate):
    LINES = 3

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        widget: QWidget | None = option.widget
        style = widget.style() if widget is not None else None
        text_option = QStyleOptionViewItem(option)
        text_option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, text_option, painter, widget)
        spans = index.data(ROLE_SPANS) or ()
        heading = index.data(ROLE_HEADING) or ""
        document = snippet_document(str(heading), tuple(spans), option.font)
        rect = option.rect
        document.setTextWidth(rect.width())
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.translate(rect.topLeft())
        painter.setClipRect(0, 0, rect.width(), rect.height())
        cursor = QTextCursor(document)
        cursor.select(QTextCursor.SelectionType.Document)
        colour = QTextCharFormat()
        colour.setForeground(option.palette.color(role))
        cursor.mergeCharFormat(colour)
        document.drawContents(painter)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        metrics = option.fontMetrics
        return QSize(200, metrics.lineSpacing() * self.LINES + 12)
