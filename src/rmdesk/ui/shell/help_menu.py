"""The guide room in the window: the guided setup (after a new vault, from the empty vault and
from Relationship ▸ Guided setup…), and the Help menu: the guide (F1), the keyboard shortcuts,
About. The dialogs are imported when first opened, not while the lock screen shows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from rmdesk.domain.sections import Section
from rmdesk.ui.shell.window_actions import window_action

if TYPE_CHECKING:
    from rmdesk.ui.shell.main_window import MainWindow


class HelpMenu(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.guided_setup_action = window_action(
            window, self.tr("&Guided setup…"), None, lambda: self.guided_setup(current=True)
        )
        self.guide_action = window_action(
            window, self.tr("&Guide"), QKeySequence.StandardKey.HelpContents, self.show_guide
        )
        self.shortcuts_action = window_action(
            window, self.tr("&Keyboard shortcuts"), None, self.show_shortcuts
        )
        self.about_action = window_action(window, self.tr("&About rmdesk"), None, self.about)

    def fill(self, menu: QMenu) -> None:
        menu.addAction(self.guide_action)
        menu.addAction(self.shortcuts_action)
        menu.addSeparator()
        menu.addAction(self.about_action)

    # -- the guided setup ----------------------------------------------------------------
    def offer_after_creation(self) -> None:
        """After the welcome page's own slot has returned: the setup runs its own loop."""
        QTimer.singleShot(0, self, self._offer)

    def _offer(self) -> None:
        workspace = self.window.workspace
        if workspace is not None and workspace.current_relationship() is None:
            self.guided_setup(current=False)

    def guided_setup(self, *, current: bool) -> None:
        from rmdesk.ui.agreement.agreement_confirm_dialog import AgreementConfirmDialog
        from rmdesk.ui.guide.guided_start import GuidedStart

        window = self.window
        workspace = window.workspace
        if workspace is None:
            return
        relationship = workspace.current_relationship() if current else None
        wizard = GuidedStart(
            workspace.data,
            relationship,
            AgreementConfirmDialog.ask,
            is_closed=workspace.is_closed,
            parent=window,
        )
        try:
            wizard.exec()
            saved = wizard.relationship_id
            open_pack = wizard.open_pack_requested
        finally:
            wizard.deleteLater()
        # Locked or switched mode meanwhile: the workspace now shown is a new one (or none).
        if window.workspace is not None and saved is not None:
            window.workspace.reload((saved, Section.OVERVIEW))
        if open_pack and window.vault is not None:
            window.exchange_menu.open_pack()

    # -- help ----------------------------------------------------------------------------
    def show_guide(self) -> None:
        from rmdesk.ui.guide.help_dialogs import GuideDialog

        GuideDialog.open_for(QApplication.activeWindow() or self.window)

    def show_shortcuts(self) -> None:
        from rmdesk.ui.guide.help_dialogs import ShortcutsDialog

        dialog = ShortcutsDialog(self.window)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def about(self) -> None:
        from rmdesk.ui.guide.help_dialogs import AboutDialog

        dialog = AboutDialog(self.window.context.paths.root, self.window)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
