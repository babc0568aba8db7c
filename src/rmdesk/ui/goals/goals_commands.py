"""Undoable goal changes, each written through the GoalRepository.

Commands name goals by ``uuid``, not row id: undoing an "add" deletes the row, and redoing it
saves the same goal again under a new id, so later commands on the stack must still find it.
:class:`GoalLedger` keeps the uuid → id map for one relationship.

A command's first write happens before it is pushed (:meth:`GoalCommand.apply`), so a full
disk is reported and nothing lands on the stack; ``push`` then only refreshes the view. A
failure during a later undo or redo is reported through ``on_failed`` and the owner reloads
from the vault, which is always the truth.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from PySide6.QtGui import QUndoCommand

from rmdesk.domain.models import Goal
from rmdesk.store.errors import VaultError
from rmdesk.store.repositories.goal import GoalRepository


class GoalLedger:
    """The goals of one relationship, read and written by uuid."""

    def __init__(self, repository: GoalRepository, relationship_id: int) -> None:
        self.repository = repository
        self.relationship_id = relationship_id
        self._ids: dict[str, int] = {}

    def all_goals(self) -> list[Goal]:
        """Every goal, archived ones too, in the pair's order."""
        goals = self.repository.list_for_relationship(self.relationship_id)
        self._ids = {g.uuid: g.id for g in goals if g.id is not None}
        return goals

    def id_of(self, uuid: str) -> int:
        if uuid not in self._ids:
            self.all_goals()
        return self._ids[uuid]

    def add(self, goal: Goal) -> Goal:
        saved = self.repository.add(replace(goal, id=None))
        assert saved.id is not None
        self._ids[saved.uuid] = saved.id
        return saved

    def delete(self, uuid: str) -> None:
        self.repository.delete(self.id_of(uuid))
        self._ids.pop(uuid, None)

    def update(self, goal: Goal, note: str = "") -> Goal:
        return self.repository.update(replace(goal, id=self.id_of(goal.uuid)), note=note)

    def current(self, uuid: str) -> Goal:
        found = self.repository.get(self.id_of(uuid))
        assert found is not None
        return found

    def set_order(self, uuids: Sequence[str]) -> None:
        self.repository.reorder(self.relationship_id, [self.id_of(u) for u in uuids])


def merged_order(
    full: Sequence[str], visible: Sequence[str], new_visible: Sequence[str]
) -> list[str]:
    """The whole order after the visible goals were rearranged: hidden (archived) goals keep
    their places, and the visible ones fill the visible places in their new order."""
    shown = set(visible)
    replacement = iter(new_visible)
    return [next(replacement) if uuid in shown else uuid for uuid in full]


@dataclass(frozen=True)
class CommandHooks:
    """What every command needs: where to write, and whom to tell afterwards."""

    ledger: GoalLedger
    on_changed: Callable[[str | None], None]  # refresh the view, selecting this uuid
    on_failed: Callable[[VaultError], None]  # a write failed during undo/redo


class GoalCommand(QUndoCommand):
    def __init__(self, text: str, hooks: CommandHooks, select: str | None) -> None:
        super().__init__(text)
        self.ledger = hooks.ledger
        self._hooks = hooks
        self._select = select
        self._applied_before_push = False

    def apply(self) -> None:
        """The first write, before the command goes on the stack (may raise VaultError)."""
        self.forward()
        self._applied_before_push = True

    def forward(self) -> None:
        raise NotImplementedError

    def backward(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if self._applied_before_push:
            self._applied_before_push = False
        elif not self._run(self.forward):
            return
        self._hooks.on_changed(self._select)

    def undo(self) -> None:
        if self._run(self.backward):
            self._hooks.on_changed(self._select)

    def _run(self, step: Callable[[], None]) -> bool:
        try:
            step()
        except VaultError as error:
            self._hooks.on_failed(error)
            return False
        return True


class AddGoalCommand(GoalCommand):
    def __init__(self, text: str, hooks: CommandHooks, goal: Goal) -> None:
        super().__init__(text, hooks, goal.uuid)
        self.goal = goal

    def forward(self) -> None:
        self.ledger.add(self.goal)

    def backward(self) -> None:
        self.ledger.delete(self.goal.uuid)


class EditGoalCommand(GoalCommand):
    """Any change of a goal's fields; archiving and restoring are edits of ``archived``."""

    def __init__(
        self, text: str, hooks: CommandHooks, before: Goal, after: Goal, note: str = ""
    ) -> None:
        super().__init__(text, hooks, after.uuid)
        self.before = before
        self.after = after
        self.note = note

    def forward(self) -> None:
        self.ledger.update(self.after, self.note)

    def backward(self) -> None:
        self.ledger.update(self.before)


class ReorderGoalsCommand(GoalCommand):
    def __init__(
        self,
        text: str,
        hooks: CommandHooks,
        old_order: Sequence[str],
        new_order: Sequence[str],
        moved: str,
    ) -> None:
        super().__init__(text, hooks, moved)
        self.old_order = list(old_order)
        self.new_order = list(new_order)

    def forward(self) -> None:
        self.ledger.set_order(self.new_order)

    def backward(self) -> None:
        self.ledger.set_order(self.old_order)
