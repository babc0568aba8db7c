"""The Relationship menu's own commands: new, edit, pause or resume, complete, delete, and the
steps between relationships. They act on the window's workspace, when one is open."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from rmdesk.ui.kit.icons import themed_icon
from rmdesk.ui.shell.window_actions import window_action

if TYPE_CHECKING:
    from rmdesk.ui.shell.main_window import MainWindow


class RelationshipMenu(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.new_action = window_action(
            window, self.tr("&New relationship…"), QKeySequence.StandardKey.New, self.new
        )
        self.new_action.setIcon(themed_icon("add"))
        self.edit_action = window_action(
            window, self.tr("&Edit relationship…"), "Ctrl+E", self.edit
        )
        self.pause_action = window_action(
            window, self.tr("&Pause or resume"), None, self.toggle_pause
        )
        self.complete_action = window_action(
            window, self.tr("Mark &completed"), None, self.mark_completed
        )
        self.delete_action = window_action(
            window, self.tr("&Delete relationship…"), None, self.delete
        )
        self.next_action = window_action(
            window, self.tr("Ne&xt relationship"), "Ctrl+PgDown", lambda: self.step(1)
        )
        self.previous_action = window_action(
            window, self.tr("Pre&vious relationship"), "Ctrl+PgUp", lambda: self.step(-1)
        )

    def actions(self) -> tuple[QAction, ...]:
        """Every command here: enabled only while a vault is open."""
        return (
            self.new_action,
            self.edit_action,
            self.pause_action,
            self.complete_action,
            self.delete_action,
            self.next_action,
            self.previous_action,
        )

    def fill(self, menu: QMenu, guided_setup: QAction) -> None:
        for action in (self.new_action, self.edit_action, guided_setup, self.pause_action):
            menu.addAction(action)
        menu.addAction(self.complete_action)
        menu.addAction(self.delete_action)
        menu.addSeparator()
        menu.addAction(self.next_action)
        menu.addAction(self.previous_action)

    # -- the commands --------------------------------------------------------------------
    def new(self) -> None:
        if self.window.workspace is not None:
            self.window.workspace.new_relationship()

    def edit(self) -> None:
        if self.window.workspace is not None:
            self.window.workspace.edit_relationship()

    def mark_completed(self) -> None:
        from rmdesk.domain.models import RelationshipStatus  # not needed on the lock screen

        if self.window.workspace is not None:
            self.window.workspace.set_status(RelationshipStatus.COMPLETED)

    def delete(self) -> None:
        if self.window.workspace is not None:
            self.window.workspace.delete_relationship()

    def toggle_pause(self) -> None:
        from rmdesk.domain.models import RelationshipStatus  # not needed on the lock screen

        workspace = self.window.workspace
        current = workspace.current_relationship() if workspace is not None else None
        if workspace is None or current is None:
            return
        paused = current.status is RelationshipStatus.PAUSED
        workspace.set_status(RelationshipStatus.ACTIVE if paused else RelationshipStatus.PAUSED)

    def step(self, step: int) -> None:
        if self.window.workspace is not None:
            self.window.workspace.step_relationship(step)
