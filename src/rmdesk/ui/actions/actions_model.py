"""Item models of the Actions view: the applied-learning ledger and the acknowledgements.

Shared content only: ``ActionItem.private_note`` is never a column or a role here (the
view shows it in its own editor, and only outside shared-screen mode).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, tzinfo

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from rmdesk.domain.models import (
    Acknowledgement,
    ActionItem,
    ActionStatus,
    Goal,
    Relationship,
    Role,
)
from rmdesk.domain.progress import is_applied
from rmdesk.privacy.display_text import one_line, party_name
from rmdesk.ui.kit.dates import day_text as kit_day_text
from rmdesk.ui.kit.people import person_text
from rmdesk.ui.kit.table_base import FlatTableModel

Index = QModelIndex | QPersistentModelIndex
ROLE_ID = Qt.ItemDataRole.UserRole  # the row's database id


translate = QCoreApplication.translate


def day_text(day: date) -> str:
    return kit_day_text(day)


def status_text(status: ActionStatus) -> str:
    return {
        ActionStatus.OPEN: translate("Actions", "open"),
        ActionStatus.DONE: translate("Actions", "done"),
        ActionStatus.DROPPED: translate("Actions", "dropped"),
    }[status]


def owner_text(owner: Role, relationship: Relationship | None = None) -> str:
    return person_text(relationship, owner)


class ActionsModel(FlatTableModel):
    COL_WHAT, COL_GOAL, COL_DUE, COL_STATUS, COL_OWNER, COL_IMPACT = range(6)

    def __init__(
        self,
        parent: QObject | None = None,
        relationship: Relationship | None = None,
        *,
        leader: str | None = None,
    ) -> None:
        """``leader``: the leader's name when the person at the desk is the mentor."""
        super().__init__(parent)
        self._relationship = relationship
        self._leader = leader
        self._actions: list[ActionItem] = []
        self._goals: Mapping[int, Goal] = {}
        self._today = date.today()

    def set_actions(
        self, actions: list[ActionItem], goals: Mapping[int, Goal], today: date
    ) -> None:
        self.beginResetModel()
        self._actions = list(actions)
        self._goals = dict(goals)
        self._today = today
        self.endResetModel()

    def action_at(self, row: int) -> ActionItem | None:
        return self._actions[row] if 0 <= row < len(self._actions) else None

    def row_of(self, action_id: int | None) -> int:
        return next((r for r, a in enumerate(self._actions) if a.id == action_id), -1)

    def row_total(self) -> int:
        return len(self._actions)

    def column_names(self) -> tuple[str, ...]:
        return (
            translate("Actions", "What I will try")
            if self._leader is None
            else translate("Actions", "What they will try"),
            translate("Actions", "Goal"),
            translate("Actions", "Due"),
            translate("Actions", "Status"),
            translate("Actions", "Owner"),
            translate("Actions", "Impact"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        action = self.action_at(index.row()) if index.isValid() else None
        if action is None:
            return None
        if role == ROLE_ID:
            return action.id
        column = index.column()
        if column == self.COL_OWNER and role in (
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return owner_text(action.owner, self._relationship)  # "Leo Brandt (mentor)"
        if role != Qt.ItemDataRole.DisplayRole and role != Qt.ItemDataRole.AccessibleTextRole:
            return None
        if column == self.COL_WHAT:
            return one_line(action.what)
        if column == self.COL_GOAL:
            goal = self._goals.get(action.goal_id) if action.goal_id is not None else None
            return one_line(goal.title, 60) if goal is not None else ""
        if column == self.COL_DUE:
            return day_text(action.due_date) if action.due_date is not None else ""
        if column == self.COL_STATUS:
            if (
                action.status is ActionStatus.OPEN
                and action.due_date is not None
                and action.due_date < self._today
            ):
                return translate("Actions", "open, overdue")
            if is_applied(action):
                return translate("Actions", "done, applied")
            return status_text(action.status)
        if column == self.COL_OWNER:
            # The cell says who by first name, so the ledger fits a narrow window; the full
            # name with the role is the tooltip and what a screen reader says.
            name = party_name(self._relationship, action.owner) if self._relationship else ""
            return name.split(" ", 1)[0] if name else owner_text(action.owner, self._relationship)
        if column == self.COL_IMPACT:
            return one_line(action.impact_note, 80)
        return None


class AcknowledgementsModel(FlatTableModel):
    COL_DATE, COL_BODY, COL_LINK = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._acks: list[Acknowledgement] = []
        self._actions: Mapping[int, ActionItem] = {}
        self._goals: Mapping[int, Goal] = {}
        self._tz: tzinfo = UTC

    def set_acknowledgements(
        self,
        acks: list[Acknowledgement],
        actions: Mapping[int, ActionItem],
        goals: Mapping[int, Goal],
        tz: tzinfo,
    ) -> None:
        self.beginResetModel()
        self._acks = list(acks)
        self._actions = dict(actions)
        self._goals = dict(goals)
        self._tz = tz
        self.endResetModel()

    def acknowledgement_at(self, row: int) -> Acknowledgement | None:
        return self._acks[row] if 0 <= row < len(self._acks) else None

    def row_total(self) -> int:
        return len(self._acks)

    def column_names(self) -> tuple[str, ...]:
        return (
            translate("Actions", "Date"),
            translate("Actions", "What your contribution changed"),
            translate("Actions", "Linked to"),
        )

    def link_text(self, ack: Acknowledgement) -> str:
        action = self._actions.get(ack.action_id) if ack.action_id is not None else None
        if action is not None:
            return translate("Actions", "Action: {0}").format(one_line(action.what, 60))
        goal = self._goals.get(ack.goal_id) if ack.goal_id is not None else None
        if goal is not None:
            return translate("Actions", "Goal: {0}").format(one_line(goal.title, 60))
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        ack = self.acknowledgement_at(index.row()) if index.isValid() else None
        if ack is None:
            return None
        if role == ROLE_ID:
            return ack.id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if index.column() == self.COL_DATE:
            return day_text(ack.created_at.astimezone(self._tz).date())
        if index.column() == self.COL_BODY:
            return one_line(ack.body)
        if index.column() == self.COL_LINK:
            return self.link_text(ack)
        return None
