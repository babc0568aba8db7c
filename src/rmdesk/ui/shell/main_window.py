"""The window: welcome / unlock / workspace, menus and shortcuts, lock and shared-screen mode."""

from __future__ import annotations

import dataclasses
import functools
import gc
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QClipboard, QCloseEvent, QGuiApplication, QKeySequence, QScreen
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QFrame,
    QInputDialog,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
)

from rmdesk.domain.sections import Section
from rmdesk.paths import DataPaths
from rmdesk.privacy.clipboard import ClipboardPolicy
from rmdesk.privacy.idle import (
    MAX_IDLE_MINUTES,
    MIN_IDLE_MINUTES,
    Clock,
    IdleLockPolicy,
)
from rmdesk.privacy.share_mode import PRIVATE_VISIBILITY, SHARED_VISIBILITY, Visibility
from rmdesk.store.errors import VaultError
from rmdesk.store.kdf import KdfParams
from rmdesk.ui.kit.error_text import describe, show_not_saved
from rmdesk.ui.kit.icons import themed_icon
from rmdesk.ui.kit.input_policy import install_input_policy
from rmdesk.ui.kit.plurals import install_source_plurals
from rmdesk.ui.kit.sections import section_title
from rmdesk.ui.shell import settings as keys
from rmdesk.ui.shell.exchange_menu import ExchangeMenu
from rmdesk.ui.shell.global_keys import GlobalKeys
from rmdesk.ui.shell.help_menu import HelpMenu
from rmdesk.ui.shell.idle_watcher import IdleWatcher
from rmdesk.ui.shell.passphrase_dialog import PassphraseDialog
from rmdesk.ui.shell.preload import modules_for, while_opening
from rmdesk.ui.shell.relationship_menu import RelationshipMenu
from rmdesk.ui.shell.rollback_prompt import confirm_older_copy
from rmdesk.ui.shell.session_events import SessionEvents
from rmdesk.ui.shell.settings import UiSettings
from rmdesk.ui.shell.unlock_page import UnlockPage
from rmdesk.ui.shell.vault_menu import VaultMenu
from rmdesk.ui.shell.vault_notes_banner import VaultNotesBanner
from rmdesk.ui.shell.window_actions import window_action
from rmdesk.ui.shell.wipe import wipe_widget_tree

if TYPE_CHECKING:
    # Imported when the vault opens (see _build_workspace): the lock screen needs none of the
    # section views, and importing them (with icalendar) would double the start-up time.
    from rmdesk.store.vault import Vault
    from rmdesk.ui.shell.welcome_page import WelcomePage
    from rmdesk.ui.shell.workspace import Workspace

log = logging.getLogger(__name__)

VaultOpener = Callable[[Path, bytearray], "Vault"]


@dataclass(frozen=True)
class WindowContext:
    """What the window needs from the composition root (app.py); tests build their own."""

    paths: DataPaths
    settings: UiSettings
    open_vault: VaultOpener
    create_vault: VaultOpener
    clock: Clock
    demo_vault: Vault | None = None
    demo_passphrase: str = ""
    # Platform "the computer is being locked / put to sleep" signals (session_events.py).
    session_events: SessionEvents | None = None

    kdf: KdfParams | None = None  # None: every known setting (only tests pass a fast one)
    auto_backup: bool = False  # the composition root turns automatic backups on


# The smallest window every section is laid out for (tests/ui/test_layout_fit.py walks them
# all at this size, and at 150 % on a 1280x800 screen).
SMALLEST_WINDOW = QSize(1024, 700)
FIRST_SIZE = QSize(1100, 720)
# Room a window manager's frame takes (title bar, borders): a window as large as the screen's
# free area would not fit with it.
FRAME_ALLOWANCE = QSize(16, 40)


def smallest_window(window: QMainWindow) -> QSize:
    """1024x700, or the whole screen where it is smaller (a 1280x800 screen at 150 %)."""
    # Typed as optional: a window not yet placed on any screen has none, whatever the stubs say.
    screen: QScreen | None = window.screen()
    if screen is None:
        return SMALLEST_WINDOW
    return SMALLEST_WINDOW.boundedTo(screen.availableGeometry().size() - FRAME_ALLOWANCE)


class LockReason:
    REQUEST = "request"
    IDLE = "idle"
    SESSION = "session"


class MainWindow(QMainWindow):
    vault_locked = Signal(str)  # LockReason
    vault_unlocked = Signal()
    share_mode_changed = Signal(bool)

    def __init__(self, context: WindowContext) -> None:
        super().__init__()
        install_input_policy()  # wheel, Tab, Enter and focus rules for every window
        install_source_plurals()  # "1 minute", "2 minutes"
        self.setObjectName("mainWindow")
        self.context = context
        self.vault: Vault | None = None
        self.visibility: Visibility = PRIVATE_VISIBILITY
        self.workspace: Workspace | None = None
        self.clipboard_policy = ClipboardPolicy()

        self.pages = QStackedWidget(self)
        # The workspace and the section it opens on are imported while the key is derived.
        self._preload = modules_for(context.settings.text_value(keys.LAST_SECTION))
        self.unlock_page = UnlockPage(
            context.paths.vault, while_opening(context.open_vault, self._preload), self
        )
        self._welcome_page: WelcomePage | None = None  # built when there is no vault yet
        self.workspace_holder = QFrame(self)
        self.workspace_holder.setObjectName("workspaceHolder")
        self.workspace_layout = QVBoxLayout(self.workspace_holder)
        self.workspace_layout.setContentsMargins(0, 0, 0, 0)
        self.share_banner = QLabel(self.workspace_holder)
        self.share_banner.setObjectName("shareBanner")
        self.share_banner.setTextFormat(Qt.TextFormat.PlainText)
        self.share_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.share_banner.setAutoFillBackground(True)
        self.share_banner.setForegroundRole(self.share_banner.palette().ColorRole.HighlightedText)
        self.share_banner.setBackgroundRole(self.share_banner.palette().ColorRole.Highlight)
        self.share_banner.hide()
        self.workspace_layout.addWidget(self.share_banner)
        self.notes_banner = VaultNotesBanner(self.workspace_holder)
        self.workspace_layout.addWidget(self.notes_banner)
        for page in (self.unlock_page, self.workspace_holder):
            self.pages.addWidget(page)
        self.setCentralWidget(self.pages)

        self.idle = IdleWatcher(
            IdleLockPolicy(context.settings.idle_minutes * 60, clock=context.clock), self
        )
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._update_actions()

        self.unlock_page.unlocked.connect(self._on_vault_opened)
        self.idle.idle_expired.connect(lambda: self.lock(LockReason.IDLE))
        if context.session_events is not None:
            context.session_events.session_locked.connect(self._lock_with_session)
        clipboard = QGuiApplication.clipboard()
        clipboard.dataChanged.connect(self._on_clipboard_changed)

        self.setMinimumSize(smallest_window(self))
        self._restore_geometry()
        if context.demo_vault is not None:
            self._on_vault_opened(context.demo_vault)
        else:
            self.show_entry_page()
        self._update_title()

    # -- actions and menus ---------------------------------------------------------------
    def _action(
        self,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
        slot: Callable[[], object],
    ) -> QAction:
        return window_action(self, text, shortcut, slot)

    def _build_actions(self) -> None:
        self.lock_action = self._action(self.tr("&Lock"), "Ctrl+L", self.lock)
        self.lock_action.setIcon(themed_icon("lock"))
        self.lock_action.setToolTip(self.tr("Lock the vault now (Ctrl+L)"))
        self.share_action = QAction(self.tr("&Shared-screen mode"), self)
        self.share_action.setCheckable(True)
        self.share_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.share_action.setIcon(themed_icon("share-screen"))
        self.share_action.setToolTip(
            self.tr("Show only what both of you may see (Ctrl+Shift+S; F12 enters at once)")
        )
        self.share_action.triggered.connect(self._on_share_toggled)
        self.addAction(self.share_action)
        # The panic key only ever enters the mode; it never asks anything.
        self.panic_action = self._action(
            self.tr("Enter shared-screen mode &now"), "F12", self.enter_share_mode
        )
        self.relationships = RelationshipMenu(self)
        self.idle_action = self._action(
            self.tr("Lock when &idle…"), None, self._choose_idle_timeout
        )
        self.quit_action = self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        self.help_menu = HelpMenu(self)
        self.section_actions: list[QAction] = []
        for number, section in enumerate(Section, start=1):
            action = self._action(
                section_title(section).replace("&", "&&"),
                f"Ctrl+{number}",
                functools.partial(self._go_to, section),
            )
            self.section_actions.append(action)

        # These must work while a dialog is the active window too, a modal one opened from
        # another included: the panic key above all. Qt's shortcut map lets a modal dialog
        # block them, so an application-wide filter runs them instead.
        self.global_keys = GlobalKeys(self)
        for action in (self.lock_action, self.share_action, self.panic_action):
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            self.global_keys.add(action)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        vault_menu = bar.addMenu(self.tr("&Vault"))
        vault_menu.addAction(self.lock_action)
        vault_menu.addAction(self.idle_action)
        vault_menu.addSeparator()
        vault_menu.addAction(self.quit_action)
        self.vault_menu = VaultMenu(self, vault_menu, before=self.lock_action)
        relationship_menu = bar.addMenu(self.tr("&Relationship"))
        self.relationships.fill(relationship_menu, self.help_menu.guided_setup_action)
        self.relationship_menu = relationship_menu
        self.exchange_menu = ExchangeMenu(self, vault_menu, relationship_menu)
        view_menu = bar.addMenu(self.tr("Vie&w"))
        view_menu.addAction(self.share_action)
        view_menu.addAction(self.panic_action)
        view_menu.addSeparator()
        for action in self.section_actions:
            view_menu.addAction(action)
        self.help_menu.fill(bar.addMenu(self.tr("&Help")))

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Main toolbar"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setAccessibleName(self.tr("Main toolbar"))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.relationships.new_action)
        toolbar.addSeparator()
        toolbar.addAction(self.share_action)
        toolbar.addAction(self.lock_action)
        self.addToolBar(toolbar)
        self.toolbar = toolbar

    def _update_actions(self) -> None:
        unlocked = self.vault is not None
        for action in (
            self.lock_action,
            self.share_action,
            self.panic_action,
            *self.relationships.actions(),
            self.help_menu.guided_setup_action,
            self.idle_action,
            *self.section_actions,
        ):
            action.setEnabled(unlocked)
        self.toolbar.setVisible(unlocked)
        self.share_action.setChecked(self.visibility.share_mode)
        if unlocked:
            for action, section in zip(self.section_actions, Section, strict=True):
                action.setVisible(self.visibility.allows(section))

    def _update_title(self) -> None:
        # Qt adds the application's display name ("rmdesk") itself.
        parts: list[str] = []
        if self.context.demo_passphrase:
            parts.append(self.tr("Demo (passphrase: {0})").format(self.context.demo_passphrase))
        if self.visibility.share_mode:
            parts.append(self.tr("Shared screen"))
        self.setWindowTitle(" · ".join(parts))

    # -- entry pages ---------------------------------------------------------------------
    @property
    def welcome_page(self) -> WelcomePage:
        """The page that creates a vault, built on first use: with a vault, the lock screen
        is all that start-up builds."""
        if self._welcome_page is None:
            from rmdesk.ui.shell.welcome_page import WelcomePage

            page = WelcomePage(
                self.context.paths.vault,
                while_opening(self.context.create_vault, self._preload),
                self,
            )
            page.created.connect(self._on_vault_created)
            self.pages.addWidget(page)
            self._welcome_page = page
        return self._welcome_page

    def show_entry_page(self, reason: str = "") -> None:
        path = self.context.paths.vault
        if self.context.demo_passphrase and reason:
            reason += " " + self.tr("This is the demo: its passphrase is “{0}”.").format(
                self.context.demo_passphrase
            )
        if path.exists() or path.is_symlink():
            self.unlock_page.show_reason(reason)
            self.pages.setCurrentWidget(self.unlock_page)
            self.unlock_page.focus_passphrase()
        else:
            self.pages.setCurrentWidget(self.welcome_page)
            self.welcome_page.focus_passphrase()

    def _on_vault_opened(self, vault: object) -> None:
        from rmdesk.store.vault import Vault  # loaded by the opener by now

        if not isinstance(vault, Vault):
            raise TypeError("expected an open Vault")
        if self.vault is not None:  # already unlocked (a second unlock raced the first)
            vault.close()
            return
        if vault.rolled_back and not confirm_older_copy(self, vault):
            vault.close()
            self.show_entry_page(self.tr("Locked: the older copy was not opened."))
            return
        self.vault = vault
        log.info("vault unlocked")
        self.visibility = PRIVATE_VISIBILITY
        try:
            self._build_workspace()
        except VaultError as error:
            # The header opened but a later page is damaged (or the disk failed): close the
            # vault again and say so where the user is, instead of a half-open window.
            self._drop_workspace(save=False)
            self.vault = None
            vault.close()
            self.show_entry_page()
            self.unlock_page.show_problem(*describe(error))
            self._update_actions()
            return
        self.pages.setCurrentWidget(self.workspace_holder)
        self.idle.arm()
        self._update_actions()
        self._update_title()
        self.vault_unlocked.emit()

    # -- workspace -----------------------------------------------------------------------
    def _build_workspace(self, keep: tuple[int | None, str] | None = None) -> None:
        assert self.vault is not None
        from rmdesk.ui.shell.workspace import Workspace

        problem = self._drop_workspace()
        if problem is not None:
            self._show_problem(problem)
        self.workspace = Workspace(
            self.vault,
            self.visibility,
            self.context.settings,
            self.clipboard_policy,
            self,
            start_relationship=lambda: self.help_menu.guided_setup(current=False),
        )
        self.workspace_layout.addWidget(self.workspace, 1)
        self.workspace.restore_position(keep)
        self.notes_banner.show_for(self.vault)  # after the views read: names what they could not
        self.share_banner.setVisible(self.visibility.share_mode)
        self.share_banner.setText(
            self.tr(
                "Shared-screen mode: private reflections and notes are not loaded. "
                "Leaving asks for the passphrase (Ctrl+Shift+S)."
            )
            if self.visibility.share_mode
            else ""
        )
        self.workspace_holder.setProperty("shareMode", self.visibility.share_mode)
        self.workspace_holder.setStyleSheet(
            "QFrame#workspaceHolder { border: 4px solid palette(highlight); }"
            if self.visibility.share_mode
            else ""
        )

    def _drop_workspace(self, *, save: bool = True) -> VaultError | None:
        """Save what is pending, then empty and discard the workspace.

        Returns a failed save's error for the caller to report (no modal box here: this runs
        inside a lock)."""
        self.notes_banner.clear_notes()
        if self.workspace is None:
            return None
        old = self.workspace
        self.workspace = None
        problem = old.save_pending(show_errors=False) if save else None
        old.save_position()
        old.close_down()
        wipe_widget_tree(old)
        old.hide()
        self.workspace_layout.removeWidget(old)
        old.setParent(None)
        old.deleteLater()
        return problem

    # -- lock ----------------------------------------------------------------------------
    def lock(self, reason: str = LockReason.REQUEST) -> None:
        """Close the vault now: dialogs and menus closed, every widget emptied."""
        if self.vault is None:
            return
        log.info("locking (%s)", reason)
        self.idle.disarm()
        problem: VaultError | None = None
        try:
            self._close_popups_and_dialogs()
            problem = self._drop_workspace()
        finally:
            # Whatever happened above, the vault is closed and the key wiped.
            vault, self.vault = self.vault, None
            if vault is not None:
                self.vault_menu.release(vault)  # closed now, or after its automatic backup
            self._clear_clipboard_if_ours()
            self.visibility = PRIVATE_VISIBILITY
            self.share_banner.hide()
            self.workspace_holder.setStyleSheet("")
        if self.context.demo_vault is not None:
            # A demo's vault lives in a throwaway folder: it reopens from the unlock page.
            self.context = dataclasses.replace(self.context, demo_vault=None)
        message = (
            self.tr(
                "Locked after %n minute(s) without activity.",
                "",
                self.context.settings.idle_minutes,
            )
            if reason == LockReason.IDLE
            else self.tr("Locked with the computer.")
            if reason == LockReason.SESSION
            else self.tr("Locked.")
        )
        # Collect the discarded views' Python objects (model caches in reference cycles) now.
        gc.collect()
        self.show_entry_page(message)
        if problem is not None:
            headline, advice = describe(problem)
            self.unlock_page.show_problem(
                self.tr("Your last change could not be saved before locking."),
                f"{headline} {advice}",
            )
        self._update_actions()
        self._update_title()
        self.vault_locked.emit(reason)

    def _lock_with_session(self, _why: str = "") -> None:
        if self.vault is None:
            # An unlock in flight, or the older-copy question, would open the vault behind
            # the computer's lock screen.
            if self.unlock_page.is_busy:
                self.unlock_page.cancel(self.tr("Locked with the computer."))
            self._close_popups_and_dialogs()
        self.lock(LockReason.SESSION)

    def _close_popups_and_dialogs(self) -> None:
        """Close menus, then every dialog, innermost first, and empty what they showed.

        ``QDialog.done`` itself, not ``reject``: a dialog that asks before throwing edits
        away must not ask now. Each ``exec()`` returns "rejected" once the stack unwinds."""
        while (popup := QApplication.activePopupWidget()) is not None:
            popup.close()
            if QApplication.activePopupWidget() is popup:
                break
        closed: list[QDialog] = []
        while isinstance(modal := QApplication.activeModalWidget(), QDialog):
            QDialog.done(modal, QDialog.DialogCode.Rejected)
            closed.append(modal)
            if QApplication.activeModalWidget() is modal:
                break
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                QDialog.done(widget, QDialog.DialogCode.Rejected)
                closed.append(widget)
        for dialog in closed:
            # Qt's file dialog shows file names, never vault content; its own views are left
            # alone for Qt to tear down.
            if not isinstance(dialog, QFileDialog):
                wipe_widget_tree(dialog)

    def _clear_clipboard_if_ours(self) -> None:
        """Anything copied out of rmdesk (Ctrl+C in any field, or a view's copy command)
        leaves the clipboard and the X11 selection when the vault locks."""
        clipboard = QGuiApplication.clipboard()
        if clipboard.ownsClipboard() or self.clipboard_policy.is_ours(clipboard.text()):
            clipboard.clear(QClipboard.Mode.Clipboard)
        if clipboard.supportsSelection() and clipboard.ownsSelection():
            clipboard.clear(QClipboard.Mode.Selection)
        self.clipboard_policy.forget()

    def _on_clipboard_changed(self) -> None:
        clipboard = QGuiApplication.clipboard()
        # Ours when we own it (X11, macOS, Windows) or when it changed while one of our
        # windows had the focus (platforms that do not report ownership).
        from_us = clipboard.ownsClipboard() or QGuiApplication.focusWindow() is not None
        if self.vault is not None and from_us:
            self.clipboard_policy.copied(clipboard.text())
        elif not self.clipboard_policy.is_ours(clipboard.text()):
            self.clipboard_policy.forget()

    # -- shared-screen mode --------------------------------------------------------------
    def enter_share_mode(self) -> None:
        if self.vault is None or self.visibility.share_mode:
            self._update_actions()
            return
        log.info("entering shared-screen mode")
        # A dialog may be showing private text (a candidate's notes): it goes first.
        self._close_popups_and_dialogs()
        keep = self.workspace.position() if self.workspace is not None else None
        state = self.workspace.view_state() if self.workspace is not None else None
        self.visibility = SHARED_VISIBILITY
        self._clear_clipboard_if_ours()
        self._build_workspace(keep)
        if self.workspace is not None:
            self.workspace.restore_view_state(state)
        self._update_actions()
        self._update_title()
        self.share_mode_changed.emit(True)

    def leave_share_mode(self) -> bool:
        if self.vault is None or not self.visibility.share_mode:
            return True
        vault = self.vault
        ok = PassphraseDialog.ask(
            self,
            self.tr("Type the passphrase to show private content again."),
            vault.check_passphrase,
        )
        if not ok or self.vault is not vault:
            self._update_actions()
            return False
        keep = self.workspace.position() if self.workspace is not None else None
        state = self.workspace.view_state() if self.workspace is not None else None
        self.visibility = PRIVATE_VISIBILITY
        self._build_workspace(keep)
        if self.workspace is not None:
            self.workspace.restore_view_state(state)
        self._update_actions()
        self._update_title()
        self.share_mode_changed.emit(False)
        return True

    def _on_share_toggled(self, checked: bool) -> None:
        if checked:
            self.enter_share_mode()
        else:
            self.leave_share_mode()

    # -- relationship and navigation -----------------------------------------------------
    def _go_to(self, section: Section) -> None:
        if self.workspace is not None and self.visibility.allows(section):
            self.workspace.select_section(section)

    def _choose_idle_timeout(self) -> None:
        current = self.context.settings.idle_minutes
        minutes, ok = QInputDialog.getInt(
            self,
            self.tr("Lock when idle"),
            self.tr("Lock after this many minutes without activity:"),
            current,
            MIN_IDLE_MINUTES,
            MAX_IDLE_MINUTES,
        )
        if ok and self.vault is not None:
            self.context.settings.set_idle_minutes(minutes)
            self.idle.set_timeout_minutes(minutes)

    def _on_vault_created(self, vault: object) -> None:
        self._on_vault_opened(vault)
        self.help_menu.offer_after_creation()

    # -- for the Vault menu --------------------------------------------------------------
    def save_pending_edits(self) -> None:
        if self.workspace is not None:
            self.workspace.save_pending()

    def reload_workspace(self) -> None:
        if self.vault is not None:
            keep = self.workspace.position() if self.workspace is not None else None
            self._build_workspace(keep)

    def replace_vault(self, vault: Vault) -> None:
        """Adopt ``vault`` (just restored) in place of the open one, which is closed as is."""
        old, self.vault = self.vault, None
        self._drop_workspace(save=False)
        if old is not None:
            self.vault_menu.jobs.release(old)
        self._on_vault_opened(vault)

    def _show_problem(self, error: VaultError) -> None:
        show_not_saved(self, error)

    # -- geometry ------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self.context.settings.bytes_value(keys.GEOMETRY)
        if geometry is None or not self.restoreGeometry(geometry):
            self._first_size()
        state = self.context.settings.bytes_value(keys.WINDOW_STATE)
        if state is not None:
            self.restoreState(state)

    def _first_size(self) -> None:
        """1100x720, or what the screen has room for with the window's frame (a 1024x768
        laptop, a projector): never hanging over the screen's edge."""
        screen: QScreen | None = self.screen()
        room = screen.availableGeometry().size() if screen is not None else FIRST_SIZE
        self.resize(FIRST_SIZE.boundedTo(room - FRAME_ALLOWANCE))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.unlock_page.shutdown()
        if self._welcome_page is not None:
            self._welcome_page.shutdown()
        self.context.settings.set_bytes(keys.GEOMETRY, self.saveGeometry())
        self.context.settings.set_bytes(keys.WINDOW_STATE, self.saveState())
        self.lock()
        if self.vault_menu.hold_quit():  # an automatic backup finishes first
            event.ignore()
            return
        self.context.settings.sync()
        self.idle.disarm()
        super().closeEvent(event)
