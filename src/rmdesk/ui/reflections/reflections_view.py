"""The leader's private journal: a list of reflections, search, filters and the editor.

Private as a whole. In shared-screen mode the section is not in the sidebar, and if this view
is built anyway it loads nothing: ``context.data.private`` is None there, and the view shows a
sentence instead of touching any repository.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rmdesk.domain.models import MeetingStatus, Reflection, utc_now
from rmdesk.domain.resources import PromptMoment
from rmdesk.domain.validation import ValidationError
from rmdesk.privacy.display_text import one_line
from rmdesk.store.errors import VaultError
from rmdesk.store.repositories.reflection import ReflectionRepository
from rmdesk.ui.kit import view_keys
from rmdesk.ui.kit.adaptive_splitter import AdaptiveSplitter
from rmdesk.ui.kit.clipboard_guard import ClipboardGuard
from rmdesk.ui.kit.context import ViewContext
from rmdesk.ui.kit.dates import day_text
from rmdesk.ui.kit.empty_state import EmptySwitch
from rmdesk.ui.kit.error_text import describe, show_not_saved
from rmdesk.ui.kit.first_paint import after_first_paint
from rmdesk.ui.kit.flow_layout import FlowLayout
from rmdesk.ui.kit.forms import push_button
from rmdesk.ui.kit.type_scale import mark_primary, mark_secondary
from rmdesk.ui.kit.view_keys import view_action
from rmdesk.ui.reflections.journal_empty import no_reflections, nothing_filtered, nothing_found
from rmdesk.ui.reflections.prompt_picker import PromptPickerDialog
from rmdesk.ui.reflections.reflection_editor import ReflectionEditor
from rmdesk.ui.reflections.reflection_filters import FilterBar
from rmdesk.ui.reflections.reflections_model import (
    COL_DATE,
    COL_LINK,
    COL_TAGS,
    COL_TEXT,
    ReflectionListModel,
)
from rmdesk.ui.reflections.search_results import ResultRow, SearchResultsModel, SnippetDelegate
from rmdesk.ui.reflections.search_worker import MIN_PREFIX, SearchRequest, search_worker
from rmdesk.ui.reflections.tag_edit import enable_clear_button

SEARCH_LIMIT = 50
PAGE_LIST, PAGE_RESULTS = 0, 1


# A prefix of one or two letters stands for most of the vocabulary (every word in "m"): as
# a prefix it would list the newest reflections with nothing in common, at the cost of a
# merge of nearly the whole index. Until the third letter (MIN_PREFIX) the word is searched
# as it stands.


def as_you_type(text: str) -> str:
    """While a word is still being typed, search for it as a prefix ("liste" finds "listen");
    a last word shorter than MIN_PREFIX letters as a whole word ("we", "I")."""
    stripped = text.rstrip()
    if stripped != text or stripped.endswith("*"):
        return stripped
    words = stripped.split()
    if words and len(words[-1]) < MIN_PREFIX:
        return stripped
    return stripped + "*"


def confirm_delete(parent: QWidget) -> bool:
    """Ask before deleting; tests replace this function."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("ReflectionsView", "Delete reflection"),
        QCoreApplication.translate(
            "ReflectionsView",
            "Delete this reflection? It cannot be undone, and search will not find it.",
        ),
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    delete = box.addButton(
        QCoreApplication.translate("ReflectionsView", "&Delete"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is delete


class ReflectionsView(QWidget):
    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reflectionsView")
        self._context = context
        self.editor: ReflectionEditor | None = None
        private = context.data.private
        if private is None:  # shared-screen mode: load nothing at all
            self._refuse()
            return
        assert context.relationship.id is not None
        self._relationship_id = context.relationship.id
        self._reflections: ReflectionRepository = private.reflections
        self.guard = ClipboardGuard(context.clipboard, self)
        self._load_links()
        self._build()

    def _refuse(self) -> None:
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("Reflections are private and are not shown in shared-screen mode."))
        label.setWordWrap(True)
        layout.addWidget(label)

    # -- links: the relationship's meetings and goals (shared data) ----------------------
    def _load_links(self) -> None:
        shared = self._context.data.shared
        self._meeting_rows = shared.meetings.moments_for_relationship(self._relationship_id)
        self.meetings = []
        for m in self._meeting_rows:
            day = m.starts_at.astimezone().date()
            if m.id is not None:
                label = day_text(day)
                self.meetings.append((label, m.id))
        self.goals = [
            (one_line(g.title, 80), g.id)
            for g in shared.goals.list_for_relationship(self._relationship_id)
            if g.id is not None
        ]
        self._meeting_names = dict((i, n) for n, i in self.meetings)
        self._goal_names = dict((i, n) for n, i in self.goals)

    def link_text(self, meeting_id: int | None, goal_id: int | None) -> str:
        parts = []
        if meeting_id in self._meeting_names:
            parts.append(self.tr("Meeting {0}").format(self._meeting_names[meeting_id]))
        if goal_id in self._goal_names:
            parts.append(self._goal_names[goal_id])
        return " · ".join(parts)

    def tag_suggestions(self, prefix: str) -> list[str]:
        try:
            return self._reflections.all_tags(prefix, limit=50)
        except VaultError:
            return []

    # -- layout --------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QHBoxLayout(self)
        self.splitter = AdaptiveSplitter(self)
        outer.addWidget(self.splitter)
        left = QWidget(self.splitter)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)

        search_row = QHBoxLayout()
        self.search = QLineEdit(left)
        self.search.setObjectName("reflectionSearch")
        self.search.setAccessibleName(self.tr("Search reflections"))
        self.search.setPlaceholderText(self.tr("Words to find (Ctrl+F); end with * for a prefix"))
        enable_clear_button(self.search, self.tr("Clear the search"))
        search_label = QLabel(self.tr("&Search:"), left)
        search_label.setBuddy(self.search)
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        column.addLayout(search_row)
        self.filter_bar = FilterBar(
            self._relationship_id, self.meetings, self.goals, self.tag_suggestions, left
        )
        column.addWidget(self.filter_bar)

        self.stack = QStackedWidget(left)
        self.model = ReflectionListModel(
            self._reflections, self.filter_bar.filters(), self.link_text, self, hold_count=True
        )
        self.table = self._make_table(left)
        # The first page is what the unlock shows; the count (the scroll bar's length) runs
        # over the whole journal on a worker and would slow that first paint down.
        after_first_paint(self.table.viewport(), self.model.release_count)
        self.results = SearchResultsModel(self)
        self.result_list = QListView(left)
        self.result_list.setObjectName("reflectionResults")
        self.result_list.setAccessibleName(self.tr("Search results"))
        self.result_list.setModel(self.results)
        delegate = SnippetDelegate(self.result_list)
        self.result_list.setItemDelegate(delegate)
        self.results.modelReset.connect(delegate.forget)
        self.result_list.setUniformItemSizes(True)
        self.result_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_switch = EmptySwitch(
            self.table, no_reflections(lambda: self.start_from_prompt(), left), left
        )
        self.filtered_empty = nothing_filtered(self.filter_bar.clear, left)
        self.list_switch.addWidget(self.filtered_empty)
        self.results_switch = EmptySwitch(
            self.result_list, nothing_found(self._clear_search, left), left
        )
        self.stack.addWidget(self.list_switch)
        self.stack.addWidget(self.results_switch)
        column.addWidget(self.stack, 1)
        self.count_label = QLabel(left)
        self.count_label.setObjectName("reflectionCount")
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(self.count_label)

        buttons = FlowLayout()
        self.new_button = self._button(self.tr("&New reflection"), self.new_reflection, left)
        self.prompt_button = self._button(
            self.tr("From a &prompt…"), lambda: self.start_from_prompt(), left
        )
        self.delete_button = self._button(self.tr("&Delete…"), self.delete_current, left)
        mark_primary(self.new_button)
        mark_secondary(self.delete_button)
        for button in (self.new_button, self.prompt_button, self.delete_button):
            buttons.addWidget(button)
        column.addLayout(buttons)

        self.editor = ReflectionEditor(
            self._reflections,
            self._relationship_id,
            self.meetings,
            self.goals,
            self.tag_suggestions,
            self.guard,
            self.splitter,
        )
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([420, 560])

        # No debounce: each keystroke asks the worker at once; it interrupts the query still
        # running for the previous keystroke, and only the newest answer is shown.
        self._search_generation = 0
        self._shown_generation = 0
        self.searcher = search_worker(self._reflections, self)
        self.searcher.answered.connect(self._show_results)
        self.searcher.failed.connect(self._search_failed)
        searcher = self.searcher
        self.destroyed.connect(lambda *_args: searcher.stop())
        self.search.textChanged.connect(lambda _t: self.run_search())
        self.model.counted.connect(self._update_count)
        self.filter_bar.changed.connect(self._filters_changed)
        self.table.selectionModel().currentRowChanged.connect(self._list_row_chosen)
        self.result_list.selectionModel().currentRowChanged.connect(self._result_chosen)
        self.editor.saved.connect(self._saved)
        view_action(self, view_keys.JOURNAL_FIND, self._focus_search)
        self._syncing = False
        self._update_count()
        self._update_buttons()

    def _make_table(self, parent: QWidget) -> QTableView:
        table = QTableView(parent)
        table.setObjectName("reflectionList")
        table.setAccessibleName(self.tr("Journal"))
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.setShowGrid(False)
        table.setAlternatingRowColors(True)
        rows = table.verticalHeader()
        rows.hide()
        # Fixed heights and widths: anything "to contents" would read all 100,000 rows.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        width = table.fontMetrics().horizontalAdvance("0")
        header.resizeSection(COL_DATE, width * 16)
        header.resizeSection(COL_TAGS, width * 12)
        header.resizeSection(COL_LINK, width * 14)
        return table

    def _button(self, text: str, slot: Callable[[], object], parent: QWidget) -> QPushButton:
        return push_button(text, parent, slot)

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- the HasPendingEdits protocol ----------------------------------------------------
    def save_pending(self) -> None:
        if self.editor is not None:
            self.editor.save_pending()

    def _save_or_say(self) -> bool:
        """Save the editor before it shows something else; False (and a message) if not."""
        assert self.editor is not None
        try:
            self.editor.save_pending()
        except (VaultError, ValidationError) as error:
            show_not_saved(self, error)
            return False
        return True

    # -- choosing what to edit -----------------------------------------------------------
    def _list_row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._syncing and current.isValid():
            self.open_reflection(self.model.reflection_id(current.row()))

    def _result_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.open_reflection(self.results.reflection_id(current.row()))

    def open_reflection(self, reflection_id: int | None) -> None:
        assert self.editor is not None
        if reflection_id is None or reflection_id == self.editor.current.id:
            return
        if not self._save_or_say():
            # The open reflection could not be saved and stays in the editor: put the list's
            # highlight back on it so the two never disagree.
            self._select_quietly(self.editor.current.id)
            return
        found = self._reflections.get(reflection_id)
        if found is not None:
            self.editor.load(found)
        self._update_buttons()

    def new_reflection(self) -> None:
        assert self.editor is not None
        if self._save_or_say():
            self._clear_selection()
            self.editor.start_new()
            self._update_buttons()

    def start_from_prompt(
        self,
        moment: PromptMoment = PromptMoment.ANY,
        meeting_id: int | None = None,
        goal_id: int | None = None,
    ) -> None:
        """Pick a prompt (optionally for a moment, a meeting or a goal) and start writing."""
        assert self.editor is not None
        if meeting_id is None:
            meeting_id = self._default_meeting(moment)
        choice = PromptPickerDialog.ask(
            self,
            self._context.data.shared.prompts,
            self.meetings,
            self.goals,
            moment,
            meeting_id=meeting_id,
            goal_id=goal_id,
        )
        if choice is None or not self._save_or_say():
            return
        self._clear_selection()
        self.editor.start_new(choice.text, choice.meeting_id, choice.goal_id)
        self._update_buttons()

    def _default_meeting(self, moment: PromptMoment) -> int | None:
        """Before a session: the next planned meeting; otherwise the latest held one."""
        now = utc_now()
        if moment is PromptMoment.BEFORE_SESSION:
            planned = MeetingStatus.PLANNED
            coming = [m for m in self._meeting_rows if m.starts_at >= now and m.status is planned]
            return coming[0].id if coming else None
        held = [m for m in self._meeting_rows if m.status is MeetingStatus.HELD]
        return held[-1].id if held else None

    def delete_current(self) -> None:
        assert self.editor is not None
        current = self.editor.current
        if current.id is None:
            self.editor.forget()  # an unsaved draft: nothing stored to delete
            return
        if not confirm_delete(self):
            return
        try:
            self._reflections.delete(current.id)
        except VaultError as error:
            headline, advice = describe(error)
            QMessageBox.warning(self, self.tr("Not deleted"), f"{headline}\n\n{advice}".strip())
            return
        self.editor.forget()
        self.results.remove(current.id)  # at once; the search below refreshes the rest
        self._syncing = True
        try:
            self.model.reload()
        finally:
            self._syncing = False
        if self.search.text().strip():
            self.run_search()
        self._update_count()
        self._update_buttons()

    def _select_quietly(self, reflection_id: int | None) -> None:
        row = self.model.row_of(reflection_id) if reflection_id is not None else None
        if row is None:
            self._clear_selection()
            return
        self._syncing = True
        try:
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.table.selectRow(row)
        finally:
            self._syncing = False

    def _clear_selection(self) -> None:
        self._syncing = True
        try:
            self.table.clearSelection()
            self.table.setCurrentIndex(QModelIndex())
        finally:
            self._syncing = False

    def _saved(self, reflection: Reflection, created: bool) -> None:
        if created:
            self._syncing = True
            try:
                self.model.reload()
                # The newest is the first row, unless the filters leave it out.
                if self.model.reflection_id(0) == reflection.id:
                    self.table.setCurrentIndex(self.model.index(0, COL_DATE))
            finally:
                self._syncing = False
            self._update_count()
        else:
            self.model.refresh(reflection)
        self._update_buttons()

    # -- filters and search --------------------------------------------------------------
    def _filters_changed(self) -> None:
        self._syncing = True
        try:
            self.model.set_filters(self.filter_bar.filters())
        finally:
            self._syncing = False
        if self.search.text().strip():
            self.run_search()
        self._update_count()

    def run_search(self) -> None:
        """Search for the field's text on the worker; the answer arrives in _show_results."""
        self._search_generation += 1
        text = self.search.text()
        if not text.strip():
            self._shown_generation = self._search_generation
            self.results.clear()
            self.stack.setCurrentIndex(PAGE_LIST)
            self._update_count()
            return
        self.searcher.submit(
            SearchRequest(
                self._search_generation,
                as_you_type(text),
                self.filter_bar.filters(),
                SEARCH_LIMIT,
            )
        )

    @property
    def searching(self) -> bool:
        """True until the answer to the latest change of the search has been shown."""
        return self._shown_generation != self._search_generation

    def _show_results(self, request: SearchRequest, rows: list[ResultRow]) -> None:
        if request.generation != self._search_generation:
            return  # an older keystroke's answer: never over a newer one
        self._shown_generation = request.generation
        self.results.set_rows(rows)
        self.stack.setCurrentIndex(PAGE_RESULTS)
        self._update_count()

    def _search_failed(self, request: SearchRequest, error: BaseException) -> None:
        if request.generation != self._search_generation:
            return
        if not isinstance(error, VaultError):
            raise error  # a bug: let it surface on the UI thread
        self._shown_generation = request.generation
        self.results.clear()
        self.stack.setCurrentIndex(PAGE_RESULTS)
        headline, _advice = describe(error)
        self.count_label.setText(self.tr("Search failed: {0}").format(headline))

    def _clear_search(self) -> None:
        self.search.clear()
        self.search.setFocus()

    def _show_empty(self) -> None:
        self.results_switch.set_empty(self.results.rowCount() == 0)
        empty = self.model.count_known and self.model.rowCount() == 0
        if empty and self.filter_bar.is_narrowed():
            self.list_switch.setCurrentWidget(self.filtered_empty)
        else:
            self.list_switch.set_empty(empty)

    def _update_count(self) -> None:
        self._show_empty()
        if self.stack.currentIndex() == PAGE_RESULTS:
            found = self.results.rowCount()
            text = (
                self.tr("Showing the best {0} matches").format(SEARCH_LIMIT)
                if found >= SEARCH_LIMIT
                else self.tr("Found: {0}").format(found)
            )
        else:
            total = (
                QLocale().toString(self.model.rowCount())
                if self.model.count_known
                else self.tr("counting…")
            )
            text = self.tr("Reflections: {0}").format(total)
        self.count_label.setText(text)

    def _update_buttons(self) -> None:
        if self.editor is not None:
            self.delete_button.setEnabled(self.editor.current.id is not None)
