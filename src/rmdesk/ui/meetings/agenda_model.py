"""A meeting's agenda as a table; rows can be dragged into a new order.

The model only moves rows in memory and says so with ``order_changed`` (the item ids in the
new order); the view saves the order, so the model stays a thin adapter.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from rmdesk.domain.models import AgendaItem, AgendaKind, Relationship, Role
from rmdesk.privacy.display_text import one_line
from rmdesk.ui.kit.people import person_text

COL_TITLE = 0
COL_KIND = 1
COL_OWNER = 2
COL_TIME_BOX = 3
COL_STATE = 4
COLUMN_COUNT = 5
ROLE_ITEM_ID = Qt.ItemDataRole.UserRole
ROWS_MIME = "application/x-rmdesk-agenda-rows"

AnyIndex = QModelIndex | QPersistentModelIndex


def kind_text(kind: AgendaKind) -> str:
    return {
        AgendaKind.TOPIC: QCoreApplication.translate("AgendaModel", "Topic"),
        AgendaKind.QUESTION: QCoreApplication.translate("AgendaModel", "Question"),
        AgendaKind.ASSUMPTION: QCoreApplication.translate("AgendaModel", "Assumption to challenge"),
    }[kind]


def owner_text(relationship: Relationship, role: Role) -> str:
    return person_text(relationship, role)


class AgendaModel(QAbstractTableModel):
    order_changed = Signal(list)  # item ids, new order

    def __init__(self, relationship: Relationship, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._relationship = relationship
        self._items: list[AgendaItem] = []

    # -- content -------------------------------------------------------------------------
    def set_items(self, items: list[AgendaItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def items(self) -> list[AgendaItem]:
        return list(self._items)

    def item_at(self, row: int) -> AgendaItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def append(self, item: AgendaItem) -> None:
        row = len(self._items)
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.append(item)
        self.endInsertRows()

    def replace_at(self, row: int, item: AgendaItem) -> None:
        self._items[row] = item
        self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))

    def remove_at(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._items[row]
        self.endRemoveRows()

    def move(self, row: int, target: int) -> bool:
        """Move ``row`` so it ends up at index ``target``; emits ``order_changed``."""
        count = len(self._items)
        if not (0 <= row < count and 0 <= target < count) or row == target:
            return False
        # beginMoveRows wants the destination as an index in the list *before* the move.
        destination = target + 1 if target > row else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self._items.insert(target, self._items.pop(row))
        self.endMoveRows()
        self.order_changed.emit([item.id for item in self._items if item.id is not None])
        return True

    # -- table ---------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == ROLE_ITEM_ID:
            return item.id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        column = index.column()
        if column == COL_TITLE:
            return one_line(item.title)
        if column == COL_KIND:
            return kind_text(item.kind)
        if column == COL_OWNER:
            return owner_text(self._relationship, item.owner)
        if column == COL_TIME_BOX:
            return self.tr("{0} min").format(item.time_box_minutes)
        if column == COL_STATE:
            if item.done:
                return self.tr("Done")
            return self.tr("Carried over") if item.carried_from_id is not None else ""
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            COL_TITLE: self.tr("Item"),
            COL_KIND: self.tr("Kind"),
            COL_OWNER: self.tr("Brought by"),
            COL_TIME_BOX: self.tr("Time box"),
            COL_STATE: self.tr("State"),
        }.get(section)

    # -- drag and drop (within this table only) ------------------------------------------
    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base | Qt.ItemFlag.ItemIsDropEnabled
        return base | Qt.ItemFlag.ItemIsDragEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ROWS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({index.row() for index in indexes if index.isValid()})
        mime = QMimeData()
        mime.setData(ROWS_MIME, QByteArray(",".join(map(str, rows[:1])).encode("ascii")))
        return mime

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: AnyIndex,
    ) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(ROWS_MIME):
            return False
        text = bytes(data.data(ROWS_MIME).data()).decode("ascii")
        if not text.isdigit():
            return False
        source = int(text)
        # Dropped on a row: before it; on empty space: at the end.
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._items)
        target = row - 1 if row > source else row
        self.move(source, min(target, len(self._items) - 1))
        # The move is done; returning False keeps the view from removing the source row.
        return False


COL_TEXT = 0


class TextRowsModel(QAbstractTableModel):
    """One already-neutralised line per row, one column: the live session's short lists
    (agenda at a glance, questions, assumptions, actions)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[str] = []

    def set_rows(self, rows: list[str]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[str]:
        return list(self._rows)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._rows[index.row()]
        return None
