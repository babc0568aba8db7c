"""The goals of one relationship as a table: title, whose goal, status, progress.

A thin adapter over a list of Goal objects. Dragging a row does not move anything here: the
model asks for the move (``move_requested``) and the view turns it into an undoable command
that writes through the repository, then hands the model the new list.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from rmdesk.domain.models import Goal, GoalStatus, Role
from rmdesk.privacy.display_text import one_line
from rmdesk.ui.kit.plain_text import plain_tooltip

ModelIndex = QModelIndex | QPersistentModelIndex
ROW_MIME = "application/x-rmdesk-goal-row"


class GoalsTableModel(QAbstractTableModel):
    COL_TITLE, COL_OWNER, COL_STATUS, COL_PROGRESS = range(4)
    COLUMN_COUNT = 4
    UUID_ROLE = Qt.ItemDataRole.UserRole + 1

    # (row being dragged, the row it should end up at)
    move_requested = Signal(int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._goals: list[Goal] = []

    # -- content ---------------------------------------------------------------------------
    def set_goals(self, goals: list[Goal]) -> None:
        self.beginResetModel()
        self._goals = list(goals)
        self.endResetModel()

    def goals(self) -> list[Goal]:
        return list(self._goals)

    def goal(self, row: int) -> Goal:
        return self._goals[row]

    def row_of(self, uuid: str) -> int | None:
        for row, goal in enumerate(self._goals):
            if goal.uuid == uuid:
                return row
        return None

    def status_text(self, status: GoalStatus) -> str:
        return {
            GoalStatus.PROPOSED: self.tr("Proposed"),
            GoalStatus.ACTIVE: self.tr("Active"),
            GoalStatus.ACHIEVED: self.tr("Achieved"),
            GoalStatus.DROPPED: self.tr("Dropped"),
        }[status]

    def owner_text(self, owner: Role) -> str:
        return self.tr("Leader") if owner is Role.LEADER else self.tr("Mentor (own goal)")

    # -- QAbstractTableModel ---------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._goals)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._goals):
            return None
        goal = self._goals[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(goal, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_TITLE:
            return plain_tooltip(one_line(goal.why)) or None
        if role == Qt.ItemDataRole.FontRole and goal.archived:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_PROGRESS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.UUID_ROLE:
            return goal.uuid
        return None

    def _display(self, goal: Goal, column: int) -> str | None:
        if column == self.COL_TITLE:
            return one_line(goal.title)
        if column == self.COL_OWNER:
            return self.owner_text(goal.owner)
        if column == self.COL_STATUS:
            status = self.status_text(goal.status)
            return self.tr("{0} (archived)").format(status) if goal.archived else status
        if column == self.COL_PROGRESS:
            return self.tr("{0} %").format(goal.progress)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            self.COL_TITLE: self.tr("Goal"),
            self.COL_OWNER: self.tr("Whose"),
            self.COL_STATUS: self.tr("Status"),
            self.COL_PROGRESS: self.tr("Progress"),
        }.get(section)

    # -- drag to reorder -------------------------------------------------------------------
    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            # Drops land between rows (on the root), never "onto" a goal.
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ROW_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({index.row() for index in indexes if index.isValid()})
        if rows:
            data.setData(ROW_MIME, QByteArray(str(rows[0]).encode("ascii")))
        return data

    def canDropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: ModelIndex,
    ) -> bool:
        return data.hasFormat(ROW_MIME) and action == Qt.DropAction.MoveAction

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: ModelIndex,
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        try:
            source = int(bytes(data.data(ROW_MIME).data()).decode("ascii"))
        except ValueError:
            return False
        if not 0 <= source < len(self._goals):
            return False
        # ``row`` is the insertion point (before that row); -1 means "on the parent": the end,
        # or the row dropped on when the view reports a valid parent.
        insert_at = row if row >= 0 else (parent.row() if parent.isValid() else len(self._goals))
        target = insert_at - 1 if insert_at > source else insert_at
        target = max(0, min(target, len(self._goals) - 1))
        if target != source:
            self.move_requested.emit(source, target)
        # False: nothing was inserted here, so the view must not remove the dragged row.
        return False
