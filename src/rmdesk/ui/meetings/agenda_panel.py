"""Before a meeting: its learning intent, the agenda (add, edit, reorder, templates,
carry-over) and — outside shared-screen mode only — the leader's private notes.

The private pane is not created at all when ``context.data.private`` is None: not hidden,
absent, and no private repository is reachable to fill it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import tzinfo

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rmdesk.domain.carryover import carried_ids, carry_over, offered_for_carry_over
from rmdesk.domain.models import (
    AgendaItem,
    AgendaTemplate,
    AgendaTemplateItem,
    Meeting,
    MeetingPrivateNote,
    Role,
)
from rmdesk.domain.schedule import last_held_before
from rmdesk.domain.validation import ValidationError
from rmdesk.privacy.display_text import neutralise
from rmdesk.store.errors import VaultError
from rmdesk.ui.kit import view_keys
from rmdesk.ui.kit.context import ViewContext
from rmdesk.ui.kit.empty_state import EmptyState, EmptySwitch
from rmdesk.ui.kit.error_text import show_not_saved
from rmdesk.ui.kit.flow_layout import FlowLayout
from rmdesk.ui.kit.table_fit import keep_columns_readable
from rmdesk.ui.kit.view_keys import view_action
from rmdesk.ui.meetings.agenda_carryover_dialog import CarryOverDialog
from rmdesk.ui.meetings.agenda_item_dialog import AgendaItemDialog
from rmdesk.ui.meetings.agenda_model import COL_TITLE, AgendaModel
from rmdesk.ui.meetings.agenda_template_dialog import (
    AgendaTemplateDialog,
    ask_template_name,
    builtin_choices,
    saved_choices,
)
from rmdesk.ui.meetings.autosave import DebouncedSaver, MeetingBook
from rmdesk.ui.meetings.meetings_model import when_text


class AgendaPanel(QWidget):
    def __init__(
        self,
        context: ViewContext,
        book: MeetingBook,
        saver: DebouncedSaver,
        tz: tzinfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._book = book
        self._saver = saver
        self._tz = tz
        self._meeting_id: int | None = None
        self._offered: list[AgendaItem] = []
        self._carry_source: Meeting | None = None
        shared = context.data.shared
        layout = QVBoxLayout(self)

        relationship = context.relationship
        if relationship.my_role is Role.MENTOR:
            leader = neutralise(relationship.leader_name).strip() or self.tr("the leader")
            intent_text = self.tr(
                "&Learning intent — what does {0} want to learn today, and what will they "
                "not defend? (shared)"
            ).format(leader)
        else:
            intent_text = self.tr(
                "&Learning intent — what do I want to learn today, and what will I not defend? "
                "(shared)"
            )
        intent_label = QLabel(intent_text, self)
        intent_label.setWordWrap(True)
        self.intent_edit = QPlainTextEdit(self)
        self.intent_edit.setAccessibleName(self.tr("Learning intent"))
        self.intent_edit.setMaximumHeight(70)
        intent_label.setBuddy(self.intent_edit)
        self.intent_edit.textChanged.connect(self._on_intent_typed)
        layout.addWidget(intent_label)
        layout.addWidget(self.intent_edit)

        carry_row = QHBoxLayout()
        self.carry_label = QLabel(self)
        self.carry_label.setTextFormat(Qt.TextFormat.PlainText)
        self.carry_label.setWordWrap(True)
        self.carry_button = QPushButton(self.tr("&Carry over…"), self)
        self.carry_button.setAccessibleName(self.tr("Carry over unfinished items"))
        self.carry_button.clicked.connect(self.carry_over)
        carry_row.addWidget(self.carry_label, 1)
        carry_row.addWidget(self.carry_button)
        layout.addLayout(carry_row)

        agenda_label = QLabel(self.tr("A&genda (drag, or Alt+Up/Alt+Down, to reorder):"), self)
        self.model = AgendaModel(context.relationship, self)
        self.model.order_changed.connect(self._save_order)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Agenda items"))
        agenda_label.setBuddy(self.table)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDragEnabled(True)
        self.table.setDropIndicatorShown(True)
        self.table.verticalHeader().hide()
        keep_columns_readable(self.table, COL_TITLE)
        self.table.doubleClicked.connect(lambda _index: self.edit_item())
        self.table_switch = EmptySwitch(
            self.table,
            EmptyState(
                self.tr("Nothing on the agenda yet"),
                self.tr(
                    "Add what you want to talk about: a topic, a question, something to show. "
                    "Each item can have a time box."
                ),
                self.tr("Add the first item…"),
                self.add_item,
            ),
            self,
        )
        layout.addWidget(agenda_label)
        layout.addWidget(self.table_switch, 2)
        self.time_label = QLabel(self)
        self.time_label.setObjectName("agendaTime")
        self.time_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.time_label)
        for signal in (
            self.model.modelReset,
            self.model.rowsInserted,
            self.model.rowsRemoved,
            self.model.dataChanged,
        ):
            signal.connect(self._update_time)
            signal.connect(self._show_empty)
        for entry, slot in (
            (view_keys.AGENDA_UP, functools.partial(self.move_selected, -1)),
            (view_keys.AGENDA_DOWN, functools.partial(self.move_selected, 1)),
            (view_keys.AGENDA_REMOVE, self.remove_item),
        ):
            view_action(self.table, entry, slot, Qt.ShortcutContext.WidgetShortcut)

        buttons = FlowLayout()
        for text, name, slot in (
            (self.tr("&Add item…"), self.tr("Add an agenda item"), self.add_item),
            (self.tr("&Edit…"), self.tr("Edit the agenda item"), self.edit_item),
            (self.tr("Remove"), self.tr("Remove the agenda item"), self.remove_item),
            (self.tr("Move up"), self.tr("Move the item up"), lambda: self.move_selected(-1)),
            (self.tr("Move down"), self.tr("Move the item down"), lambda: self.move_selected(1)),
            (self.tr("Use &template…"), self.tr("Add items from a template"), self.use_template),
            (
                self.tr("Save as te&mplate…"),
                self.tr("Save this agenda as a template"),
                self.save_template,
            ),
        ):
            button = QPushButton(text, self)
            button.setAccessibleName(name)
            button.clicked.connect(lambda _checked=False, s=slot: s())
            buttons.addWidget(button)
        layout.addLayout(buttons)

        # Private notes exist only outside shared-screen mode; otherwise nothing is built.
        self.private_edit: QPlainTextEdit | None = None
        if context.data.private is not None:
            box = QGroupBox(self.tr("Private notes — only you; never on a shared screen"), self)
            box.setObjectName("privateMeetingNotes")
            box_layout = QVBoxLayout(box)
            self.private_edit = QPlainTextEdit(box)
            self.private_edit.setObjectName("privateMeetingNotesEdit")
            self.private_edit.setAccessibleName(self.tr("Private notes on this meeting"))
            self.private_edit.textChanged.connect(self._on_private_typed)
            box_layout.addWidget(self.private_edit)
            layout.addWidget(box, 1)
        self._templates = shared.agenda_templates

    # -- loading -------------------------------------------------------------------------
    def show_meeting(self, meeting: Meeting | None) -> None:
        # Typed intent or private notes still waiting for the debounce are saved first:
        # refilling the editors below would otherwise throw the typing away. A failed save
        # stays queued (with its text) and is reported.
        if self._saver.has_pending:
            self._run(self._saver.flush)
        self._meeting_id = meeting.id if meeting else None
        self.setEnabled(meeting is not None)
        items = (
            self._context.data.shared.agenda.list_for_meeting(meeting.id)
            if meeting and meeting.id is not None
            else []
        )
        self.model.set_items(items)
        self.intent_edit.blockSignals(True)
        self.intent_edit.setPlainText(meeting.learning_intent if meeting else "")
        self.intent_edit.blockSignals(False)
        private = self._context.data.private
        if self.private_edit is not None and private is not None:
            note = private.meeting_notes.get(meeting.id) if meeting and meeting.id else None
            self.private_edit.blockSignals(True)
            self.private_edit.setPlainText(note.body if note else "")
            self.private_edit.blockSignals(False)
        self._refresh_carry_over(meeting)

    def _show_empty(self, *_args: object) -> None:
        self.table_switch.set_empty(self.model.rowCount() == 0)

    def _update_time(self, *_args: object) -> None:
        """The sum of the time boxes against the meeting's length, so an agenda that cannot
        fit is visible before the meeting, not in it."""
        meeting = self._book.by_id.get(self._meeting_id) if self._meeting_id else None
        total = sum(item.time_box_minutes for item in self.model.items())
        if meeting is None or not total:
            self.time_label.setText("")
        elif total > meeting.minutes:
            self.time_label.setText(
                self.tr("Time boxes: {0} min, {1} more than the {2}-minute meeting.").format(
                    total, total - meeting.minutes, meeting.minutes
                )
            )
        else:
            self.time_label.setText(
                self.tr("Time boxes: {0} of {1} min.").format(total, meeting.minutes)
            )

    def _refresh_carry_over(self, meeting: Meeting | None) -> None:
        self._offered = []
        source = last_held_before(self._book.all(), meeting) if meeting else None
        if source is not None and source.id is not None:
            agenda = self._context.data.shared.agenda
            later = [m for m in self._book.all() if m.starts_at > source.starts_at and m.id]
            taken = carried_ids(item for m in later for item in agenda.list_for_meeting(m.id or 0))
            self._offered = offered_for_carry_over(agenda.list_for_meeting(source.id), taken)
        if self._offered and source is not None:
            self.carry_label.setText(
                self.tr(
                    "%n unfinished item(s) from the meeting on {0}.", "", len(self._offered)
                ).format(when_text(source, self._tz, QLocale.FormatType.LongFormat))
            )
        self.carry_label.setVisible(bool(self._offered))
        self.carry_button.setVisible(bool(self._offered))
        self._carry_source = source

    # -- autosaved fields ----------------------------------------------------------------
    def _on_intent_typed(self) -> None:
        if self._meeting_id is None:
            return
        meeting_id, text = self._meeting_id, self.intent_edit.toPlainText()
        self._saver.schedule(
            ("intent", meeting_id), lambda: self._book.change(meeting_id, learning_intent=text)
        )

    def _on_private_typed(self) -> None:
        private = self._context.data.private
        if self._meeting_id is None or self.private_edit is None or private is None:
            return
        note = MeetingPrivateNote(meeting_id=self._meeting_id, body=self.private_edit.toPlainText())
        self._saver.schedule(("private", note.meeting_id), lambda: private.meeting_notes.put(note))

    # -- agenda commands -----------------------------------------------------------------
    def selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _select(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.table.selectRow(row)

    def _run(self, call: Callable[[], object]) -> bool:
        try:
            call()
        except (VaultError, ValidationError) as error:
            show_not_saved(self, error)
            return False
        return True

    def add_item(self) -> None:
        if self._meeting_id is None:
            return
        item = AgendaItemDialog.ask(self, self._context.relationship, self._meeting_id)
        if item is not None and self._run(
            lambda: self.model.append(self._context.data.shared.agenda.add(item))
        ):
            self._select(self.model.rowCount() - 1)

    def edit_item(self) -> None:
        row = self.selected_row()
        current = self.model.item_at(row)
        if current is None or self._meeting_id is None:
            return
        changed = AgendaItemDialog.ask(self, self._context.relationship, self._meeting_id, current)
        if changed is not None:
            self._run(
                lambda: self.model.replace_at(row, self._context.data.shared.agenda.update(changed))
            )

    def remove_item(self) -> None:
        row = self.selected_row()
        item = self.model.item_at(row)
        if item is None or item.id is None:
            return
        item_id = item.id
        if self._run(lambda: self._context.data.shared.agenda.delete(item_id)):
            self.model.remove_at(row)
            self._select(min(row, self.model.rowCount() - 1))

    def move_selected(self, step: int) -> None:
        row = self.selected_row()
        if row >= 0 and self.model.move(row, row + step):
            self._select(row + step)

    def _save_order(self, ids: list[int]) -> None:
        if self._meeting_id is not None:
            meeting_id = self._meeting_id
            if not self._run(lambda: self._context.data.shared.agenda.reorder(meeting_id, ids)):
                self.show_meeting(self._book.get(meeting_id))

    def _add_all(self, items: list[AgendaItem]) -> None:
        agenda = self._context.data.shared.agenda
        with self._context.data.transaction():
            for item in items:
                agenda.add(item)

    def use_template(self) -> None:
        if self._meeting_id is None:
            return
        choice = AgendaTemplateDialog.ask(
            self, builtin_choices(), saved_choices(self._templates.list_all())
        )
        if choice is None:
            return
        meeting_id = self._meeting_id
        items = [
            AgendaItem(
                meeting_id=meeting_id,
                owner=i.owner,
                kind=i.kind,
                title=i.title,
                time_box_minutes=i.time_box_minutes,
            )
            for i in choice.items
        ]
        if self._run(lambda: self._add_all(items)):
            self.show_meeting(self._book.get(meeting_id))

    def save_template(self) -> None:
        items = self.model.items()
        if not items:
            QMessageBox.information(
                self, self.tr("Nothing to save"), self.tr("Add items to the agenda first.")
            )
            return
        name = ask_template_name(self)
        if name is None:
            return
        template = AgendaTemplate(
            name=name,
            items=tuple(
                AgendaTemplateItem(
                    kind=i.kind, title=i.title, owner=i.owner, time_box_minutes=i.time_box_minutes
                )
                for i in items
            ),
        )
        self._run(lambda: self._templates.add(template))

    def carry_over(self) -> None:
        if self._meeting_id is None or not self._offered or self._carry_source is None:
            return
        when = when_text(self._carry_source, self._tz, QLocale.FormatType.LongFormat)
        chosen = CarryOverDialog.ask(self, self._offered, when)
        if not chosen:
            return
        meeting_id = self._meeting_id
        fresh = carry_over(chosen, meeting_id, first_position=self.model.rowCount())
        if self._run(lambda: self._add_all(fresh)):
            self.show_meeting(self._book.get(meeting_id))
