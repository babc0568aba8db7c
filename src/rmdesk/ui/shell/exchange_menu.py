"""The exchange in the menus: Relationship ▸ Share with <the other person>…, Open a pack…,
Resolve N differences…, and Vault ▸ Merge another copy…. The dialogs live in ui/exchange/;
this module opens them the app's way (``exec()``) and refreshes the window after. The dialogs
and the merge engine are imported when first used, not while the lock screen shows."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from rmdesk.domain.sections import Section

if TYPE_CHECKING:
    from rmdesk.store.vault import Vault
    from rmdesk.ui.exchange.exchange_dialog import ExchangeDialog
    from rmdesk.ui.shell.main_window import MainWindow


class ExchangeMenu(QObject):
    # After the work of a dialog that a lock or the panic key closed has ended (and the
    # window shows what it wrote).
    ended_late = Signal()

    def __init__(self, window: MainWindow, vault_menu: QMenu, relationship_menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.folder = Path.home()
        relationship_menu.addSeparator()
        self.share_action = QAction(window)
        self.share_action.triggered.connect(lambda _c=False: self.share())
        self.open_action = QAction(self.tr("&Open a pack…"), window)
        self.open_action.triggered.connect(lambda _c=False: self.open_pack())
        self.resolve_action = QAction(window)
        self.resolve_action.triggered.connect(lambda _c=False: self.resolve())
        for item in (self.share_action, self.open_action, self.resolve_action):
            relationship_menu.addAction(item)
        self.merge_action = QAction(self.tr("Mer&ge another copy…"), window)
        self.merge_action.triggered.connect(lambda _c=False: self.merge_copy())
        vault_menu.insertAction(window.vault_menu.import_action, self.merge_action)
        relationship_menu.aboutToShow.connect(self.update_actions)
        vault_menu.aboutToShow.connect(self.update_actions)
        window.vault_unlocked.connect(self._unlocked)
        window.vault_locked.connect(lambda _reason: self.update_actions())
        window.share_mode_changed.connect(lambda _on: self.update_actions())
        self.update_actions()

    # -- state ---------------------------------------------------------------------------
    def _private(self) -> bool:
        return self.window.vault is not None and not self.window.visibility.share_mode

    def waiting(self) -> int:
        """Differences waiting; on a shared screen only the shared ones are even counted."""
        vault = self.window.vault
        if vault is None:
            return 0
        query = "SELECT count(*) FROM sync_conflict"
        if not self._private():
            query += " WHERE scope = 'shared'"
        return int(vault.db.scalar(query) or 0)

    def _other(self) -> tuple[str, str] | None:
        workspace = self.window.workspace
        current = workspace.current_relationship() if workspace is not None else None
        return None if current is None else (current.uuid, current.other_name)

    def update_actions(self) -> None:
        unlocked = self.window.vault is not None
        other = self._other() if unlocked else None
        if other is None:
            self.share_action.setText(self.tr("S&hare with the other person…"))
        else:
            self.share_action.setText(
                self.tr("S&hare with {0}…").format(other[1].replace("&", "&&"))
            )
        # One exchange at a time: one whose dialog a panic key closed may still be running.
        free = unlocked and not self._working()
        self.share_action.setEnabled(free and other is not None)
        self.open_action.setEnabled(free)
        count = self.waiting()
        self.resolve_action.setText(
            self.tr("Resolve %n di&fference(s)…", "", count)
            if count
            else self.tr("Resolve di&fferences…")  # not "Resolve 0 differences"
        )
        self.resolve_action.setEnabled(free and count > 0)
        # A copy of one's own vault holds private parts: not on a shared screen.
        self.merge_action.setEnabled(free and self._private())

    def _working(self) -> bool:
        vault = self.window.vault
        return vault is not None and self.window.vault_menu.jobs.uses(vault)

    def _unlocked(self) -> None:
        self.update_actions()
        count = self.waiting()
        if count:
            self.window.statusBar().showMessage(
                self.tr(
                    "%n difference(s) from an exchange wait for your choice: "
                    "Relationship > Resolve differences.",
                    "",
                    count,
                ),
                15_000,
            )

    # -- the dialogs ---------------------------------------------------------------------
    def _finish(self, dialog: ExchangeDialog, running: bool) -> None:
        """A dialog closed by a lock or the panic key while its work ran forgets its result
        when the work ends; what the work wrote is shown then, if the vault is still open."""
        if not running:
            dialog.deleteLater()
            return
        vault = self.window.vault
        dialog.ended_after_close.connect(lambda: self._after_late_work(vault))

    def _after_late_work(self, vault: Vault | None) -> None:
        if vault is not None and self.window.vault is vault:
            self.window.reload_workspace()
        self.update_actions()
        self.ended_late.emit()

    def share(self) -> None:
        vault, other = self.window.vault, self._other()
        if vault is None or other is None:
            return
        from rmdesk.ui.exchange.share_dialog import ShareDialog

        self.window.save_pending_edits()
        dialog = ShareDialog(
            self.window.vault_menu.jobs.start, vault, other[0], other[1], self.folder, self.window
        )
        dialog.exec()
        if dialog.written is not None:
            self.folder = dialog.written.target.parent
        self._finish(dialog, dialog.running)

    def open_pack(self) -> None:
        vault = self.window.vault
        if vault is None:
            return
        from rmdesk.ui.exchange.open_pack_dialog import OpenPackDialog

        self.window.save_pending_edits()
        dialog = OpenPackDialog(self.window.vault_menu.jobs.start, vault, self.folder, self.window)
        dialog.exec()
        result = dialog.outcome
        self._finish(dialog, dialog.running)
        if result is not None and self._refreshed(
            vault, result.summary.conflict_count, result.relationship
        ):
            self.update_actions()

    def _refreshed(self, vault: Vault, conflicts: int, relationship: str | None) -> bool:
        """After rows came in: the window shows them, and the differences are offered at
        once (False when the window locked meanwhile)."""
        if self.window.vault is not vault:
            return False
        self.window.reload_workspace()
        if relationship is not None:
            self._select(relationship)
        if conflicts:
            self.resolve()
        return True

    def _select(self, relationship: str) -> None:
        workspace, vault = self.window.workspace, self.window.vault
        if workspace is None or vault is None:
            return
        rel_id = vault.db.scalar("SELECT id FROM relationship WHERE uuid = ?", (relationship,))
        if rel_id is not None:
            workspace.select(int(rel_id), Section.OVERVIEW)

    def resolve(self) -> None:
        vault = self.window.vault
        if vault is None:
            return
        from rmdesk.ui.exchange.conflict_dialog import ConflictDialog

        self.window.save_pending_edits()
        dialog = ConflictDialog(vault.db, include_private=self._private(), parent=self.window)
        dialog.exec()
        settled = dialog.settled
        dialog.deleteLater()
        if settled and self.window.vault is vault:
            self.window.reload_workspace()
        self.update_actions()

    def merge_copy(self) -> None:
        vault = self.window.vault
        if vault is None or not self._private():
            return
        from rmdesk.ui.exchange.merge_copy_dialog import MergeCopyDialog

        self.window.save_pending_edits()
        dialog = MergeCopyDialog(
            self.window.vault_menu.jobs.start, vault, self.window.context.kdf, self.window
        )
        dialog.exec()
        result = dialog.outcome
        self._finish(dialog, dialog.running)
        if result is not None and self._refreshed(vault, result.summary.conflict_count, None):
            self.update_actions()
