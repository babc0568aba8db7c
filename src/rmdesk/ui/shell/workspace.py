"""The unlocked workspace: relationships and their sections on the left, one view on the right.

Built for one visibility mode and thrown away when the mode changes or the vault locks, so a
view never outlives the data it was allowed to load. Only the current view exists at a time.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QMenu,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rmdesk.domain.models import MentorCandidate, Relationship, RelationshipStatus, Role
from rmdesk.domain.sections import Section
from rmdesk.domain.validation import ValidationError
from rmdesk.privacy.access import DataAccess, data_access
from rmdesk.privacy.clipboard import ClipboardPolicy
from rmdesk.privacy.display_text import neutralise
from rmdesk.privacy.share_mode import PRIVATE_SECTIONS, Visibility
from rmdesk.store.errors import StorageError, VaultError
from rmdesk.store.repositories.relationship import MentorCandidateRepository
from rmdesk.store.vault import Vault
from rmdesk.ui.kit.context import (
    HasPendingEdits,
    HasViewState,
    ReflectionRequest,
    ViewContext,
)
from rmdesk.ui.kit.empty_state import EmptyState
from rmdesk.ui.kit.error_text import describe, show_not_saved
from rmdesk.ui.kit.icons import themed_icon
from rmdesk.ui.kit.sections import SECTION_ICONS, section_title
from rmdesk.ui.kit.worker import finish_calls_under
from rmdesk.ui.shell import settings as keys
from rmdesk.ui.shell.settings import UiSettings

if TYPE_CHECKING:
    from rmdesk.ui.relationships.relationship_dialog import RelationshipForm

ROLE_KIND = Qt.ItemDataRole.UserRole
ROLE_RELATIONSHIP = Qt.ItemDataRole.UserRole + 1
ROLE_SECTION = Qt.ItemDataRole.UserRole + 2
KIND_RELATIONSHIP = "relationship"
KIND_SECTION = "section"

Position = tuple[int | None, str]


# The sidebar: at least this wide, and as wide as its longest line up to the most.
SIDEBAR_LEAST, SIDEBAR_MOST = 170, 300


class Workspace(QWidget):
    def __init__(
        self,
        vault: Vault,
        visibility: Visibility,
        settings: UiSettings,
        clipboard: ClipboardPolicy,
        parent: QWidget | None = None,
        *,
        start_relationship: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("workspace")
        # The empty vault's one action: the window passes the guided setup (one step at a
        # time, and a mentor is offered the leader's pack); alone, the relationship form.
        self._start_relationship = start_relationship or self.new_relationship
        self.data: DataAccess = data_access(vault.db, visibility)
        self.visibility = visibility
        self._settings = settings
        self._clipboard = clipboard
        self._relationships: dict[int, Relationship] = {}
        self._current: tuple[int, Section] | None = None
        # Set when the vault locks or the mode changes: code returning from a dialog's own
        # event loop checks it before touching the (now closed) vault or this widget.
        self.closed = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        layout.addWidget(self.splitter)

        self.sidebar = QTreeWidget(self.splitter)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setHeaderHidden(True)
        self.sidebar.setAccessibleName(self.tr("Relationships and sections"))
        self.sidebar.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.sidebar.setMinimumWidth(SIDEBAR_LEAST)
        self.content = QStackedWidget(self.splitter)
        self.content.setObjectName("sectionContent")
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.content)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([220, 880])
        self.view: QWidget | None = None

        self.sidebar.currentItemChanged.connect(self._on_current_item)
        self.sidebar.customContextMenuRequested.connect(self._context_menu)
        # No view yet: the window's restore_position opens the one section to show, once.
        self.reload(open_view=False)

    # -- relationships in the sidebar ----------------------------------------------------
    def reload(
        self, select: tuple[int | None, Section] | None = None, *, open_view: bool = True
    ) -> None:
        wanted = select or (self._current if self._current else None)
        self.sidebar.blockSignals(True)
        try:
            self.sidebar.clear()
            self._relationships = {
                r.id: r for r in self.data.shared.relationships.list_all() if r.id is not None
            }
            for relationship in self._relationships.values():
                self.sidebar.addTopLevelItem(self._relationship_item(relationship))
            self.sidebar.expandAll()
            self._fit_sidebar()
        finally:
            self.sidebar.blockSignals(False)
        if not self._relationships:
            self._current = None
            self._show_widget(self._empty_state())
            return
        if not open_view:
            return
        rel_id, section = wanted if wanted else (None, Section.OVERVIEW)
        if rel_id not in self._relationships:
            rel_id = next(iter(self._relationships))
        # The view is rebuilt so its context carries the relationship as just saved.
        self.select(rel_id, section, rebuild=True)

    def _fit_sidebar(self) -> None:
        """Wide enough for its longest line ("Margaret Okafor (you mentor)"), within reason."""
        needed = self.sidebar.sizeHintForColumn(0) + 2 * self.sidebar.frameWidth() + 8
        self.sidebar.setMinimumWidth(min(SIDEBAR_MOST, max(SIDEBAR_LEAST, needed)))

    def _relationship_item(self, r: Relationship) -> QTreeWidgetItem:
        role = self.tr("you learn") if r.my_role is Role.LEADER else self.tr("you mentor")
        status = {
            RelationshipStatus.ACTIVE: "",
            RelationshipStatus.PAUSED: self.tr(", paused"),
            RelationshipStatus.COMPLETED: self.tr(", completed"),
        }[r.status]
        item = QTreeWidgetItem([f"{neutralise(r.other_name)} ({role}{status})"])
        item.setIcon(0, themed_icon("relationship"))
        item.setData(0, ROLE_KIND, KIND_RELATIONSHIP)
        item.setData(0, ROLE_RELATIONSHIP, r.id)
        for section in self.visibility.visible_sections():
            child = QTreeWidgetItem([section_title(section)])
            child.setIcon(0, themed_icon(SECTION_ICONS[section]))
            child.setData(0, ROLE_KIND, KIND_SECTION)
            child.setData(0, ROLE_RELATIONSHIP, r.id)
            child.setData(0, ROLE_SECTION, section.value)
            if section in PRIVATE_SECTIONS:
                child.setToolTip(0, self.tr("Private: never shown in shared-screen mode"))
            item.addChild(child)
        return item

    def _item_for(self, rel_id: int, section: Section) -> QTreeWidgetItem | None:
        for i in range(self.sidebar.topLevelItemCount()):
            top = self.sidebar.topLevelItem(i)
            if top is None or top.data(0, ROLE_RELATIONSHIP) != rel_id:
                continue
            for j in range(top.childCount()):
                child = top.child(j)
                if child is not None and child.data(0, ROLE_SECTION) == section.value:
                    return child
        return None

    def select(self, rel_id: int, section: Section, *, rebuild: bool = False) -> None:
        if not self.visibility.allows(section):
            section = Section.OVERVIEW
        item = self._item_for(rel_id, section)
        if item is not None:
            changed = self._current != (rel_id, section)
            # Quietly: the sidebar's own signal would open the view a second time.
            self._select_quietly(rel_id, section)
            if rebuild or changed:
                self._open(rel_id, section)

    def select_section(self, section: Section) -> None:
        if self._current is not None:
            self.select(self._current[0], section)

    def _select_quietly(self, rel_id: int, section: Section) -> None:
        item = self._item_for(rel_id, section)
        if item is not None:
            self.sidebar.blockSignals(True)
            try:
                self.sidebar.setCurrentItem(item)
            finally:
                self.sidebar.blockSignals(False)

    def step_relationship(self, step: int) -> None:
        ids = list(self._relationships)
        if not ids or self._current is None:
            return
        index = (ids.index(self._current[0]) + step) % len(ids)
        self.select(ids[index], self._current[1])

    def _on_current_item(self, item: QTreeWidgetItem | None, _previous: object) -> None:
        if item is None:
            return
        rel_id = int(item.data(0, ROLE_RELATIONSHIP))
        if item.data(0, ROLE_KIND) == KIND_RELATIONSHIP:
            section = self._current[1] if self._current else Section.OVERVIEW
            child = self._item_for(rel_id, section)
            if child is not None:
                self.sidebar.setCurrentItem(child)
            return
        self._open(rel_id, Section(str(item.data(0, ROLE_SECTION))))

    # -- the one live view ---------------------------------------------------------------
    def _open(self, rel_id: int, section: Section) -> None:
        # The current view could not save (disk full): stay on it, with the typed text,
        # rather than discard it; the sidebar goes back to where it was.
        if self.view is not None and self._current is not None and self.save_pending():
            self._select_quietly(*self._current)
            return
        relationship = self._relationships[rel_id]
        self._current = (rel_id, section)
        reminders = self._settings.reminders
        context = ViewContext(
            data=self.data,
            relationship=relationship,
            navigate=self.select_section,
            clipboard=self._clipboard,
            edit_relationship=self.edit_relationship,
            is_closed=self.is_closed,
            reminder_minutes=reminders.minutes if reminders.enabled else None,
            reflect_on=self.reflect_on,
        )
        try:
            view = self._build_view(section, context)
        except VaultError as error:
            view = self._problem_view(error)
        self._show_widget(view)

    def reflect_on(self, request: ReflectionRequest) -> None:
        """Go to the journal and start a reflection on ``request.meeting_id``. The prompt
        picker opens once the journal is on screen (and not at all if it went away: locked,
        or the section could not be left because a save failed)."""
        if self.visibility.share_mode:
            return
        self.select_section(Section.REFLECTIONS)
        # Imported here, like every section: by now the journal module is loaded anyway.
        from rmdesk.ui.reflections.reflections_view import ReflectionsView

        journal = self.view
        if isinstance(journal, ReflectionsView):
            QTimer.singleShot(
                0, journal, lambda: journal.start_from_prompt(request.moment, request.meeting_id)
            )

    def _build_view(self, section: Section, context: ViewContext) -> QWidget:
        # Each section's module is imported when it is first shown: unlocking into the
        # journal does not load the meetings room (and icalendar) or any other. (Importing
        # them all on a thread after unlock was measured: +11 MiB resident for every session.)
        if section is Section.OVERVIEW:
            from rmdesk.ui.overview.overview_view import OverviewView

            return OverviewView(context, self.content)
        if section is Section.GOALS:
            from rmdesk.ui.goals.goals_view import GoalsView

            return GoalsView(context, self.content)
        if section is Section.AGREEMENT:
            from rmdesk.ui.agreement.agreement_view import AgreementView

            return AgreementView(context, self.content)
        if section is Section.MEETINGS:
            from rmdesk.ui.meetings.meetings_view import MeetingsView

            return MeetingsView(context, self.content)
        if section is Section.ACTIONS:
            from rmdesk.ui.actions.actions_view import ActionsView

            return ActionsView(context, self.content)
        if section is Section.PROGRESS:
            from rmdesk.ui.progress.progress_view import ProgressView

            return ProgressView(context, self.content)
        assert section is Section.REFLECTIONS, section
        from rmdesk.ui.reflections.reflections_view import ReflectionsView

        return ReflectionsView(context, self.content)

    def is_closed(self) -> bool:
        """True once the vault locked or the mode changed (read again after a dialog)."""
        return self.closed

    def _view_as(self) -> object:
        # Typed as object so the protocol checks below are not mistaken for impossible ones
        # (mypy cannot intersect QWidget's metaclass with a Protocol).
        return self.view

    def view_state(self) -> object:
        view = self._view_as()
        return view.view_state() if isinstance(view, HasViewState) else None

    def restore_view_state(self, state: object) -> None:
        view = self._view_as()
        if state is not None and isinstance(view, HasViewState):
            view.restore_view_state(state)

    def save_pending(self, *, show_errors: bool = True) -> VaultError | None:
        """Save what the current view has not saved yet. A failure (disk full) is shown, or
        returned when the caller is locking and must not open a dialog."""
        view = self._view_as()
        if self.closed or not isinstance(view, HasPendingEdits):
            return None
        try:
            view.save_pending()
        except VaultError as error:
            if show_errors:
                self._show_error(error)
            return error
        except ValidationError as error:
            # Text the vault cannot store (a lone surrogate): report it like a failed save.
            failure = StorageError(error.message)
            if show_errors:
                self._show_error(failure)
            return failure
        return None

    def close_down(self) -> None:
        """Before the vault closes: no more reads or writes from here, no thread left."""
        self.closed = True
        for result in finish_calls_under(self):
            if isinstance(result, Vault):
                result.close()

    def _problem_view(self, error: VaultError) -> QWidget:
        headline, advice = describe(error)
        panel = QWidget(self.content)
        layout = QVBoxLayout(panel)
        text = QLabel(f"{headline}\n\n{advice}".strip(), panel)
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        layout.addWidget(text)
        layout.addStretch(1)
        return panel

    def _show_widget(self, widget: QWidget) -> None:
        if self.view is not None:
            self.save_pending()
        old = self.content.currentWidget() if self.view is not None else None
        self.view = widget
        # Each view sits in a scroll area: a wide view (many buttons in a row) scrolls on a
        # small screen instead of forcing the whole window wider than the screen.
        frame = QScrollArea(self.content)
        frame.setObjectName("viewFrame")
        frame.setWidgetResizable(True)
        frame.setFrameShape(QFrame.Shape.NoFrame)
        frame.setWidget(widget)
        self.content.addWidget(frame)
        self.content.setCurrentWidget(frame)
        if old is not None:
            self.content.removeWidget(old)
            finish_calls_under(old)  # an export still writing finishes first
            old.deleteLater()

    def _empty_state(self) -> QWidget:
        return EmptyState(
            self.tr("No relationship yet"),
            self.tr(
                "A relationship holds everything you do with one person: its purpose, the "
                "agreement you confirm together, your meetings and what you learn."
            ),
            self.tr("&Start a relationship…"),
            self._start_relationship,
            self.content,
        )

    # -- position memory (allow-listed settings: the section name only) ------------------
    def position(self) -> Position:
        if self._current is None:
            return (None, Section.OVERVIEW.value)
        return (self._current[0], self._current[1].value)

    def save_position(self) -> None:
        if self._current is not None:
            self._settings.set_text(keys.LAST_SECTION, self._current[1].value)

    def restore_position(self, keep: Position | None) -> None:
        if not self._relationships:
            return
        if keep is None:
            saved = self._settings.text_value(keys.LAST_SECTION, Section.OVERVIEW.value)
            keep = (next(iter(self._relationships)), saved)
        rel_id, section_name = keep
        try:
            section = Section(section_name)
        except ValueError:
            section = Section.OVERVIEW
        if rel_id not in self._relationships:
            rel_id = next(iter(self._relationships))
        assert rel_id is not None
        self.select(rel_id, section)

    # -- relationship commands -----------------------------------------------------------
    def current_relationship(self) -> Relationship | None:
        return self._relationships.get(self._current[0]) if self._current else None

    def new_relationship(self) -> None:
        self._edit(None, [])

    def edit_relationship(self) -> None:
        relationship = self.current_relationship()
        if relationship is None or relationship.id is None:
            return
        private = self.data.private
        candidates = (
            private.candidates.list_for_relationship(relationship.id, include_private=True)
            if private is not None
            else []  # shared screen: the other candidates are not loaded
        )
        self._edit(relationship, candidates)

    def _edit(self, relationship: Relationship | None, candidates: list[MentorCandidate]) -> None:
        from rmdesk.ui.relationships.relationship_dialog import RelationshipDialog

        while True:
            form = RelationshipDialog.ask(
                self, relationship, candidates, include_private=self.data.include_private
            )
            if form is None or self.closed:
                return
            try:
                saved = self._save(form)
            except VaultError as error:
                self._show_error(error)
                if self.is_closed():  # locked while the message was showing
                    return
                # Nothing typed is lost: the dialog opens again with the same values.
                relationship, candidates = form.relationship, list(form.candidates)
                continue
            self.reload((saved.id, Section.OVERVIEW if relationship is None else self._section()))
            return

    def _section(self) -> Section:
        return self._current[1] if self._current else Section.OVERVIEW

    def _save(self, form: RelationshipForm) -> Relationship:
        shared = self.data.shared
        private = self.data.private
        with self.data.transaction():
            if form.relationship.id is None:
                saved = shared.relationships.add(form.relationship)
            else:
                saved = shared.relationships.update(form.relationship)
            assert saved.id is not None
            if private is not None:
                self._save_candidates(private.candidates, form, saved.id)
        return saved

    def _save_candidates(
        self, candidates: MentorCandidateRepository, form: RelationshipForm, rel_id: int
    ) -> None:
        for removed in form.removed_candidate_ids:
            candidates.delete(removed)
        chosen: int | None = None
        for candidate in form.candidates:
            if candidate.id is None:
                stored = candidates.add(dataclasses.replace(candidate, relationship_id=rel_id))
            else:
                stored = candidates.update(candidate, include_private=True)
            if candidate.chosen:
                chosen = stored.id
        if chosen is not None:
            candidates.choose(chosen)

    def set_status(self, status: RelationshipStatus) -> None:
        relationship = self.current_relationship()
        if relationship is None or self.closed:
            return
        try:
            self.data.shared.relationships.update(dataclasses.replace(relationship, status=status))
        except VaultError as error:
            self._show_error(error)
            return
        self.reload()

    def delete_relationship(self) -> None:
        relationship = self.current_relationship()
        if relationship is None or relationship.id is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Delete relationship"),
            self.tr(
                "Delete the relationship with {0} and everything in it (goals, agreement, "
                "meetings, actions, check-ins and reflections)? This cannot be undone; a "
                "backup made earlier still holds it."
            ).format(neutralise(relationship.other_name)),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # a name is text, never markup
        delete_button = box.addButton(self.tr("&Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if self.closed or box.clickedButton() is not delete_button:
            return
        try:
            self.data.shared.relationships.delete(relationship.id)
        except VaultError as error:
            self._show_error(error)
            return
        self._current = None
        self.reload()

    def _context_menu(self, point: QPoint) -> None:
        item = self.sidebar.itemAt(point)
        if item is None:
            return
        self.sidebar.setCurrentItem(item)
        relationship = self.current_relationship()
        if relationship is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("&Edit…"), self.edit_relationship)
        if relationship.status is RelationshipStatus.PAUSED:
            menu.addAction(self.tr("&Resume"), lambda: self.set_status(RelationshipStatus.ACTIVE))
        else:
            menu.addAction(self.tr("&Pause"), lambda: self.set_status(RelationshipStatus.PAUSED))
        menu.addAction(
            self.tr("Mark &completed"), lambda: self.set_status(RelationshipStatus.COMPLETED)
        )
        menu.addSeparator()
        menu.addAction(self.tr("&Delete…"), self.delete_relationship)
        menu.exec(self.sidebar.viewport().mapToGlobal(point))
        # (A lock while the menu was open closes it; its actions check ``closed``.)

    def _show_error(self, error: VaultError) -> None:
        show_not_saved(self, error)
