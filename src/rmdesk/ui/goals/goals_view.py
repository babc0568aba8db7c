"""Purpose & Goals (seed step 1): why the pair meets, and the goals of both people.

The purpose and focus areas are shown read-only (they belong to the relationship's settings).
Goals are listed in the pair's order; the pane beside the list edits the current one. Every
change — add, edit, reorder, archive — is an undoable command that writes through the
repository at once. Shared content only, except the count and first lines of private
reflections linked to a goal, which are loaded only outside shared-screen mode.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QItemSelection, QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QScrollArea,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from rmdesk.domain.models import Goal, GoalStatus, Relationship
from rmdesk.domain.validation import ValidationError, validate
from rmdesk.privacy.display_text import one_line
from rmdesk.store.errors import VaultError
from rmdesk.ui.goals.goals_commands import (
    AddGoalCommand,
    CommandHooks,
    EditGoalCommand,
    GoalCommand,
    GoalLedger,
    ReorderGoalsCommand,
    merged_order,
)
from rmdesk.ui.goals.goals_editor import GoalEditor
from rmdesk.ui.goals.goals_links import load_links
from rmdesk.ui.goals.goals_model import GoalsTableModel
from rmdesk.ui.kit import view_keys
from rmdesk.ui.kit.adaptive_splitter import AdaptiveSplitter
from rmdesk.ui.kit.context import ViewContext
from rmdesk.ui.kit.empty_state import EmptyState, EmptySwitch
from rmdesk.ui.kit.error_text import show_not_saved
from rmdesk.ui.kit.flow_layout import FlowLayout
from rmdesk.ui.kit.icons import themed_icon
from rmdesk.ui.kit.table_fit import keep_columns_readable
from rmdesk.ui.kit.view_keys import ViewKeys, view_action
from rmdesk.ui.kit.wrapped_label import WrappedLabel


class GoalsView(QWidget):
    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("goalsView")
        self._context = context
        relationship = context.relationship
        assert relationship.id is not None
        # Read once: the view is rebuilt when the mode changes.
        self._show_private = context.data.private is not None
        self._loading = False  # True while the list is being refilled from the vault
        self.ledger = GoalLedger(context.data.shared.goals, relationship.id)
        self.undo_stack = QUndoStack(self)
        self._hooks = CommandHooks(self.ledger, self._refresh, self._undo_failed)

        layout = QVBoxLayout(self)
        layout.addWidget(self._purpose_box())
        layout.addLayout(self._toolbar())
        splitter = AdaptiveSplitter(self)
        self.model = GoalsTableModel(self)
        self.table = QTableView(splitter)
        self.table.setObjectName("goalsTable")
        self.table.setAccessibleName(self.tr("Goals"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDragDropOverwriteMode(False)
        self.table.setDropIndicatorShown(True)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Whole titles, wrapped, rather than cut off with an ellipsis.
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        keep_columns_readable(self.table, GoalsTableModel.COL_TITLE)
        self.table.setToolTip(
            self.tr("Drag a goal, or press Alt+Up / Alt+Down, to change the order")
        )
        editor_scroll = QScrollArea(splitter)
        editor_scroll.setWidgetResizable(True)
        self.editor = GoalEditor(relationship, show_private=self._show_private)
        editor_scroll.setWidget(self.editor)
        # Scrolls up and down only: as wide as the editor needs, or the panes stack.
        editor_scroll.setMinimumWidth(
            self.editor.minimumSizeHint().width()
            + 2 * editor_scroll.frameWidth()
            + self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        )
        splitter.addWidget(self.table)
        splitter.addWidget(editor_scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([540, 540])
        self.goals_switch = EmptySwitch(
            splitter,
            EmptyState(
                self.tr("No goals yet"),
                self.tr(
                    "A goal names one thing you want to do differently by the review: small "
                    "enough that you can both see progress at each check-in."
                ),
                self.tr("Add a first goal"),
                self.add_goal,
            ),
            self,
        )
        layout.addWidget(self.goals_switch, 1)

        self._build_actions()
        self.model.move_requested.connect(self._move_to, Qt.ConnectionType.QueuedConnection)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.editor.save_requested.connect(self.save_current)
        self.editor.revert_requested.connect(self._revert)
        self.undo_stack.indexChanged.connect(self._on_stack_changed)
        self._refresh(None)

    # -- layout pieces ---------------------------------------------------------------------
    def _purpose_box(self) -> QGroupBox:
        r = self._context.relationship
        box = QGroupBox(self.tr("Purpose"), self)
        layout = QVBoxLayout(box)
        self.purpose_label = WrappedLabel("", box)
        self.purpose_label.setObjectName("purposeText")
        self.purpose_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.purpose_label)
        self.focus_label = WrappedLabel("", box)
        self.focus_label.setObjectName("focusAreas")
        layout.addWidget(self.focus_label)
        self._show_purpose(r)
        self.edit_purpose_button = QPushButton(self.tr("&Edit purpose and focus areas…"), box)
        self.edit_purpose_button.setToolTip(self.tr("Opens the relationship's settings (Ctrl+E)"))
        self.edit_purpose_button.clicked.connect(self._edit_purpose)
        row = QHBoxLayout()
        row.addWidget(self.edit_purpose_button)
        row.addStretch(1)
        layout.addLayout(row)
        return box

    def _show_purpose(self, r: Relationship) -> None:
        self.purpose_label.setText(
            r.purpose.strip() or self.tr("No purpose written yet: say why you are doing this.")
        )
        focus = ", ".join(one_line(area) for area in r.focus_areas) or self.tr("none yet")
        self.focus_label.setText(self.tr("Focus areas: {0}").format(focus))

    def _edit_purpose(self) -> None:
        self._context.edit_relationship()
        # The workspace keeps this view when the section stays the same: show the new words.
        if not self._context.is_closed() and isValid(self.purpose_label):
            fresh = self._context.data.shared.relationships.get(self.ledger.relationship_id)
            if fresh is not None:
                self._show_purpose(fresh)

    def _toolbar(self) -> FlowLayout:
        row = FlowLayout()
        self.add_button = QPushButton(themed_icon("add"), self.tr("&Add goal"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move &down"))
        self.archive_button = QPushButton(self.tr("Arch&ive"))
        self.undo_button = QPushButton(self.tr("Undo"))
        self.redo_button = QPushButton(self.tr("Redo"))
        self.show_archived = QCheckBox(self.tr("Show archived"))
        self.show_archived.setToolTip(self.tr("Also list goals you archived"))
        for button in (self.add_button, self.up_button, self.down_button, self.archive_button):
            row.addWidget(button)
        row.addWidget(self.undo_button)
        row.addWidget(self.redo_button)
        row.addWidget(self.show_archived)
        return row

    def _action(self, entry: ViewKeys, slot: Callable[[], None], button: QPushButton) -> QAction:
        """A view-wide shortcut (announced in the button's tooltip) that the button triggers."""
        action = view_action(self, entry, slot)
        button.setToolTip(self.tr("{0} ({1})").format(entry.what_text(), " / ".join(entry.keys)))
        if button is not self.editor.save_button:  # the editor already asks to save
            button.clicked.connect(action.trigger)
        return action

    def _build_actions(self) -> None:
        self.add_action = self._action(view_keys.GOAL_ADD, self.add_goal, self.add_button)
        self.up_action = self._action(
            view_keys.GOAL_UP, lambda: self.move_current(-1), self.up_button
        )
        self.down_action = self._action(
            view_keys.GOAL_DOWN, lambda: self.move_current(1), self.down_button
        )
        self.archive_action = self._action(
            view_keys.GOAL_ARCHIVE, self.toggle_archive, self.archive_button
        )
        self.undo_action = self._action(view_keys.GOAL_UNDO, self.undo, self.undo_button)
        self.redo_action = self._action(view_keys.GOAL_REDO, self.redo, self.redo_button)
        self.save_action = self._action(
            view_keys.GOAL_SAVE, self.save_current, self.editor.save_button
        )
        self.show_archived.toggled.connect(lambda _on: self._refresh(self._current_uuid()))

    # -- reading ---------------------------------------------------------------------------
    def _current_uuid(self) -> str | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        return self.model.goal(indexes[0].row()).uuid

    def _visible(self, goals: list[Goal]) -> list[Goal]:
        return goals if self.show_archived.isChecked() else [g for g in goals if not g.archived]

    def _refresh(self, select: str | None) -> None:
        """Reload the list from the vault and select ``select`` (or keep the selection)."""
        goals = self._visible(self.ledger.all_goals())
        self._loading = True
        try:
            self.model.set_goals(goals)
            self.goals_switch.set_empty(not goals)
            row = self.model.row_of(select) if select else None
            if row is None and goals:
                row = 0
            if row is not None:
                self.table.selectRow(row)
                self._load_editor(row)  # also when the same row stays selected
            else:
                self.editor.load(None, None)
        finally:
            self._loading = False
        self._update_actions()

    def _on_selection(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        if self._loading:
            return  # _refresh loads the editor itself
        indexes = selected.indexes()
        if not self.editor.is_dirty():
            self._load_editor(indexes[0].row() if indexes else None)
            return
        # The person moved to another goal with unsaved typing: save it first.
        target = self.model.goal(indexes[0].row()).uuid if indexes else None
        previous = self.editor.goal()
        if self._commit_editor():
            row = self.model.row_of(target) if target else None
            if row is not None:
                self.table.selectRow(row)
            return
        # Not saved (e.g. no title): stay on that goal, with the typing kept.
        back = self.model.row_of(previous.uuid) if previous else None
        if back is not None:
            with QSignalBlocker(self.table.selectionModel()):
                self.table.selectRow(back)

    def _load_editor(self, row: int | None) -> None:
        if row is None:
            return
        goal = self.model.goal(row)
        self.editor.load(goal, load_links(self._context.data, goal))
        self._update_actions()

    def _on_stack_changed(self, _index: int) -> None:
        # The stack also reports while the view is being destroyed (it clears itself).
        if isValid(self.undo_stack) and isValid(self.undo_button):
            self._update_actions()

    def _update_actions(self) -> None:
        current = self._current_uuid()
        row = self.model.row_of(current) if current else None
        self.up_action.setEnabled(row is not None and row > 0)
        self.down_action.setEnabled(row is not None and row < self.model.rowCount() - 1)
        self.archive_action.setEnabled(row is not None)
        if row is not None and self.model.goal(row).archived:
            self.archive_button.setText(self.tr("Restore from arch&ive"))
        else:
            self.archive_button.setText(self.tr("Arch&ive"))
        for button, action in (
            (self.up_button, self.up_action),
            (self.down_button, self.down_action),
            (self.archive_button, self.archive_action),
        ):
            button.setEnabled(action.isEnabled())
        self.undo_button.setEnabled(self.undo_stack.canUndo() or self.editor.is_dirty())
        self.redo_button.setEnabled(self.undo_stack.canRedo())

    # -- writing ---------------------------------------------------------------------------
    def _push(self, command: GoalCommand) -> bool:
        try:
            command.apply()
        except VaultError as error:
            if getattr(self, "_saving_on_exit", False):
                raise  # the workspace reports it: no modal box while locking
            self._show_error(error)
            return False
        self.undo_stack.push(command)
        return True

    def add_goal(self) -> None:
        if self.editor.is_dirty() and not self._commit_editor():
            return
        goal = Goal(
            relationship_id=self.ledger.relationship_id,
            title=self.tr("New goal"),
            status=GoalStatus.PROPOSED,
        )
        if self._push(AddGoalCommand(self.tr("Add goal"), self._hooks, goal)):
            self.editor.focus_title()

    def save_current(self) -> None:
        if self.editor.is_dirty():
            self._commit_editor()

    def _commit_editor(self, *, keep_old_title: bool = False) -> bool:
        before, after = self.editor.goal(), self.editor.edited_goal()
        if before is None or after is None or after == before:
            return True
        if keep_old_title and not after.title.strip():
            after = replace(after, title=before.title)
        try:
            validate(after)
        except ValidationError as error:
            self.editor.show_error(_validation_text(self, error))
            return False
        command = EditGoalCommand(
            self.tr("Edit goal"), self._hooks, before, after, self.editor.progress_note()
        )
        return self._push(command)

    def save_pending(self) -> None:
        """Called before the view goes away: save what was typed (an empty title keeps the
        saved one rather than losing every other field)."""
        if self.editor.is_dirty():
            self._saving_on_exit = True
            try:
                self._commit_editor(keep_old_title=True)
            finally:
                self._saving_on_exit = False

    def _revert(self) -> None:
        goal = self.editor.goal()
        if goal is not None:
            self.editor.load(goal, load_links(self._context.data, goal))
        self._update_actions()

    def move_current(self, step: int) -> None:
        current = self._current_uuid()
        row = self.model.row_of(current) if current else None
        if row is not None:
            self._move_to(row, row + step)

    def _move_to(self, source: int, target: int) -> None:
        count = self.model.rowCount()
        if not (0 <= source < count and 0 <= target < count) or source == target:
            return
        if self.editor.is_dirty() and not self._commit_editor():
            return
        visible = [g.uuid for g in self.model.goals()]
        moved = visible[source]
        new_visible = list(visible)
        new_visible.insert(target, new_visible.pop(source))
        full = [g.uuid for g in self.ledger.all_goals()]
        new_full = merged_order(full, visible, new_visible)
        self._push(ReorderGoalsCommand(self.tr("Move goal"), self._hooks, full, new_full, moved))

    def toggle_archive(self) -> None:
        if self.editor.is_dirty() and not self._commit_editor():
            return
        current = self._current_uuid()
        if current is None:
            return
        before = self.ledger.current(current)
        after = replace(before, archived=not before.archived)
        text = self.tr("Restore goal") if before.archived else self.tr("Archive goal")
        self._push(EditGoalCommand(text, self._hooks, before, after))

    def undo(self) -> None:
        # Unsaved typing is the newest change: undo means "throw it away".
        if self.editor.is_dirty():
            self._revert()
            return
        self.undo_stack.undo()

    def redo(self) -> None:
        self.undo_stack.redo()

    # -- failures --------------------------------------------------------------------------
    def _show_error(self, error: VaultError) -> None:
        show_not_saved(self, error)

    def _undo_failed(self, error: VaultError) -> None:
        self._show_error(error)
        # The stack no longer matches the vault: start again from what is saved, once the
        # stack has finished the undo/redo it is in the middle of.
        QTimer.singleShot(0, self, self._reset_after_failure)

    def _reset_after_failure(self) -> None:
        self.undo_stack.clear()
        self._refresh(self._current_uuid())


def _validation_text(widget: QWidget, error: ValidationError) -> str:
    if error.field == "title":
        return QCoreApplication.translate(
            "GoalsView", "Give the goal a title; your other changes are still here."
        )
    return QCoreApplication.translate("GoalsView", "This could not be saved: {0}").format(
        error.message
    )
